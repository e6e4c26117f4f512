package lv.mfa.modulithfixture.beta.internal;

/** Internal to beta: public in Java, hidden from other modules. */
public class BetaInternal {

}
