package lv.mfa.modulithfixture.alpha;

import lv.mfa.modulithfixture.beta.Beta;

/** Uses a module it did not declare: the forbidden dependency. */
public class Alpha {

	final Beta beta = new Beta();

}
