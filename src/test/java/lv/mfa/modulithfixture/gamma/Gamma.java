package lv.mfa.modulithfixture.gamma;

import lv.mfa.modulithfixture.beta.Beta;
import lv.mfa.modulithfixture.beta.internal.BetaInternal;

/** May use beta's API, but reaches into its internal package too. */
public class Gamma {

	final Beta beta = new Beta();

	final BetaInternal internal = new BetaInternal();

}
