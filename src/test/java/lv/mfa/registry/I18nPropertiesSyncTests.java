package lv.mfa.registry;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in Latvian and English: the two message files have the same keys, no
 * file holds a U+FFFD (the mark of a broken encoding), and templates hold no literal
 * text, only message keys and data.
 */
class I18nPropertiesSyncTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(name)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@Test
	void latvianAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> latvian = new TreeSet<>(load("messages_lv.properties").stringPropertyNames());
		Set<String> english = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
		assertThat(latvian).as("keys missing in English").isSubsetOf(english);
		assertThat(english).as("keys missing in Latvian").isSubsetOf(latvian);
		assertThat(latvian).isNotEmpty();
	}

	@Test
	void noFileHoldsAReplacementCharacter() throws IOException {
		try (Stream<Path> files = Files.walk(RESOURCES)) {
			List<Path> broken = files.filter(Files::isRegularFile)
				.filter((path) -> path.toString().matches(".*\\.(properties|html|yaml|sql|css)$"))
				.filter((path) -> read(path).contains("\uFFFD"))
				.toList();
			assertThat(broken).isEmpty();
		}
	}

	/**
	 * Text between tags, and the human-readable attributes, must come from messages or
	 * data.
	 */
	@Test
	void templatesHoldNoLiteralText() throws IOException {
		Pattern textBetweenTags = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");
		Pattern readableAttribute = Pattern.compile("\\s(?:title|alt|placeholder|aria-label)=\"([^\"]*)\"");
		List<String> literals = new ArrayList<>();
		try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path template : files.filter((path) -> path.toString().endsWith(".html")).toList()) {
				String html = read(template).replaceAll("(?s)<!--.*?-->", "")
					.replaceAll("(?s)<script.*?</script>", "")
					.replaceAll("(?s)<style.*?</style>", "");
				Matcher text = textBetweenTags.matcher(html);
				while (text.find()) {
					String value = text.group(1).strip();
					if (!value.isEmpty() && !value.equals("…")) {
						literals.add(template.getFileName() + ": " + value);
					}
				}
				Matcher attribute = readableAttribute.matcher(html);
				while (attribute.find()) {
					literals.add(template.getFileName() + ": " + attribute.group(0).strip());
				}
			}
		}
		assertThat(literals).as("literal text in templates; use th:text=\"#{key}\"").isEmpty();
	}

	private static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
