package lv.mfa.modulithfixture.beta;

/** Part of beta's public API (its base package). */
public class Beta {

}
