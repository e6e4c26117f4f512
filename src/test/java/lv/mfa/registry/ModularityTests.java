package lv.mfa.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.code.TranscoderUtil;
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

	private static final Path DOCS_OUTPUT = Path.of("target", "spring-modulith-docs");

	private static final Path README_DIAGRAM = Path.of("docs", "modules.svg");

	private static final String SMETANA = "!pragma layout smetana";

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
	 * The module diagram: the Documenter writes
	 * target/spring-modulith-docs/components.puml, PlantUML draws components.svg beside
	 * it, and {@code -Ddocs.modules=true} copies that to docs/modules.svg. The README's
	 * diagram must be drawn from the modules as they are: the SVG carries its PlantUML
	 * source, which must be today's.
	 */
	@Test
	void theReadmesModuleDiagramIsDrawnFromTheCurrentModules() throws IOException {
		new Documenter(this.modules).writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML));
		String source = Files.readString(DOCS_OUTPUT.resolve("components.puml"));
		Path drawn = DOCS_OUTPUT.resolve("components.svg");
		try (OutputStream out = Files.newOutputStream(drawn)) {
			// Smetana, PlantUML's own layout in Java: no Graphviz needed.
			new SourceStringReader(source.replaceFirst("@startuml\\R", "@startuml\n" + SMETANA + "\n")).outputImage(out,
					new FileFormatOption(FileFormat.SVG));
		}
		assertThat(sourceOf(drawn)).isEqualTo(lines(source));
		if (Boolean.getBoolean("docs.modules")) {
			Files.copy(drawn, README_DIAGRAM, StandardCopyOption.REPLACE_EXISTING);
		}
		assertThat(sourceOf(README_DIAGRAM))
			.as("docs/modules.svg is out of date: redraw it with ./mvnw test -Dtest=ModularityTests -Ddocs.modules=true")
			.isEqualTo(lines(source));
	}

	/** The PlantUML source a drawn SVG carries, without the layout pragma. */
	private static List<String> sourceOf(Path svg) throws IOException {
		Matcher matcher = Pattern.compile("<\\?plantuml-src (\\S+)\\?>").matcher(Files.readString(svg));
		assertThat(matcher.find()).as(svg + " carries its PlantUML source").isTrue();
		return lines(TranscoderUtil.getDefaultTranscoder().decode(matcher.group(1)).replace(SMETANA, ""));
	}

	/**
	 * The source's lines that say something (PlantUML keeps no blank lines), sorted: the
	 * order of the relationships is not the diagram's content.
	 */
	private static List<String> lines(String source) {
		return source.lines().map(String::strip).filter((line) -> !line.isEmpty()).sorted().toList();
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
