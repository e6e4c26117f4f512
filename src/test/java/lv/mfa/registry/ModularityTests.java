package lv.mfa.registry;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries: no cycles, no use of another module's internals, and each module
 * uses only the modules it declares ({@code allowedDependencies}).
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(RegistryApplication.class);

	@Test
	void featuresOnlyUseWhatTheyDeclareThroughEachOthersPublicApiWithoutCycles() {
		this.modules.verify();
	}

	/**
	 * Without a declaration a module may use any other: every module says what it uses.
	 */
	@Test
	void everyModuleDeclaresTheModulesItMayUse() throws Exception {
		List<String> undeclared = this.modules.stream()
			.map((module) -> module.getBasePackage().getName())
			.filter((name) -> !declaresDependencies(name))
			.toList();
		assertThat(undeclared).isEmpty();
	}

	/**
	 * The module diagram (PlantUML) under target/spring-modulith-docs; docs/modules.svg
	 * is drawn from it.
	 */
	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML));
	}

	private static boolean declaresDependencies(String packageName) {
		try {
			ApplicationModule module = Class.forName(packageName + ".package-info")
				.getAnnotation(ApplicationModule.class);
			return module != null
					&& !Arrays.equals(module.allowedDependencies(), new String[] { ApplicationModule.OPEN_TOKEN });
		}
		catch (ClassNotFoundException ex) {
			return false;
		}
	}

}
