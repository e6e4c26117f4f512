package lv.mfa.registry;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import lv.mfa.modulithfixture.FixtureApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Proves that the checks {@link ModularityTests} runs on the registry do fail: the same
 * {@code verify()} on a small module tree (under {@code lv.mfa.modulithfixture}, test
 * classes only) with a dependency its module does not declare and a use of another
 * module's internal package.
 */
class ModuleRulesTests {

	/**
	 * The fixture lives in the test classes, which Spring Modulith leaves out by default.
	 */
	private static final ImportOption FIXTURE_CLASSES = (location) -> location.contains("/lv/mfa/modulithfixture/");

	private final ApplicationModules fixture = ApplicationModules.of(FixtureApplication.class.getPackageName(),
			FIXTURE_CLASSES);

	@Test
	void findsTheFixtureModules() {
		assertThat(this.fixture.stream().map((module) -> module.getIdentifier().toString()))
			.containsExactlyInAnyOrder("alpha", "beta", "gamma");
	}

	@Test
	void anUndeclaredDependencyFailsVerification() {
		assertThatExceptionOfType(Violations.class).isThrownBy(this.fixture::verify)
			.satisfies((violations) -> assertThat(violations.getMessages()).anySatisfy((message) -> assertThat(message)
				.contains("Module 'alpha' depends on module 'beta' via lv.mfa.modulithfixture.alpha.Alpha"
						+ " -> lv.mfa.modulithfixture.beta.Beta")
				.contains("Allowed targets: none")));
	}

	@Test
	void aUseOfAnotherModulesInternalTypeFailsVerification() {
		assertThat(this.fixture.detectViolations().getMessages())
			.anySatisfy((message) -> assertThat(message).contains("Module 'gamma' depends on non-exposed type")
				.contains("BetaInternal"));
	}

	@Test
	void aDeclaredDependencyOnTheApiIsAllowed() {
		assertThat(this.fixture.detectViolations().getMessages())
			.noneSatisfy((message) -> assertThat(message).contains("Module 'gamma' depends on module 'beta'"));
	}

}
