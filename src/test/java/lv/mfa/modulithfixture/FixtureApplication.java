package lv.mfa.modulithfixture;

/**
 * The root of a small module tree that breaks the rules on purpose, for
 * {@code ModuleRulesTests}. It lies outside {@code lv.mfa.registry}, so the registry's
 * own module analysis and component scan never see it.
 */
public final class FixtureApplication {

	private FixtureApplication() {
	}

}
