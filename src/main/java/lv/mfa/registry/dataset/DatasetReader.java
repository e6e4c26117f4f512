package lv.mfa.registry.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import lv.mfa.registry.dataset.DatasetRecords.CountryRecord;
import lv.mfa.registry.dataset.DatasetRecords.EventRecord;
import lv.mfa.registry.dataset.DatasetRecords.InstitutionRecord;
import lv.mfa.registry.dataset.DatasetRecords.OrganisationRecord;
import lv.mfa.registry.dataset.DatasetRecords.PresidencyRecord;
import lv.mfa.registry.dataset.DatasetRecords.ProgrammeRecord;
import lv.mfa.registry.dataset.DatasetRecords.ProjectRecord;
import lv.mfa.registry.dataset.DatasetRecords.WorkingGroupRecord;
import lv.mfa.registry.shared.text.LocalizedText;

/**
 * Reads a data file record by record, remembering the line each record starts on so that
 * every problem can be reported by file and line. The file is streamed rather than read
 * into a tree because a tree forgets lines.
 */
class DatasetReader {

	/**
	 * The sections of a data file and the record each holds, in the order they are
	 * loaded.
	 */
	static final Map<String, Class<?>> SECTIONS;

	static {
		Map<String, Class<?>> sections = new LinkedHashMap<>();
		sections.put("countries", CountryRecord.class);
		sections.put("organisations", OrganisationRecord.class);
		sections.put("institutions", InstitutionRecord.class);
		sections.put("fundingProgrammes", ProgrammeRecord.class);
		sections.put("presidencies", PresidencyRecord.class);
		sections.put("workingGroups", WorkingGroupRecord.class);
		sections.put("projects", ProjectRecord.class);
		sections.put("events", EventRecord.class);
		SECTIONS = Collections.unmodifiableMap(sections);
	}

	private final ObjectMapper mapper = YAMLMapper.builder()
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		// Records are read one at a time from a stream that goes on after each.
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	/** A record as read, with where it came from. */
	record Located<T>(String file, int line, T record) {

		String key() {
			return DatasetReader.keyOf(this.record);
		}

		/** A problem of this record worded by a message key, with its English wording. */
		DatasetProblem problem(String english, String messageKey, Object... arguments) {
			return DatasetProblem.keyed(this.file, this.line, key(), english, messageKey, arguments);
		}

	}

	/** Everything read from one or more files, by section. */
	static final class Dataset {

		final Map<Class<?>, List<Located<?>>> records = new LinkedHashMap<>();

		final List<DatasetProblem> problems = new ArrayList<>();

		@SuppressWarnings("unchecked")
		<T> List<Located<T>> all(Class<T> type) {
			return (List<Located<T>>) (List<?>) this.records.getOrDefault(type, List.of());
		}

		boolean isEmpty() {
			return this.records.values().stream().allMatch(List::isEmpty);
		}

	}

	void read(String file, InputStream input, Dataset into) throws IOException {
		// The line of the record being read: Jackson's own location of a binding error
		// may lie past the record.
		int recordLine = 0;
		try (JsonParser parser = this.mapper.createParser(input)) {
			JsonToken token = parser.nextToken();
			if (token == null) {
				return;
			}
			if (token != JsonToken.START_OBJECT) {
				String sections = String.join(", ", SECTIONS.keySet());
				into.problems.add(DatasetProblem.keyed(file, line(parser.currentTokenLocation()), null,
						"a data file is a map of sections (" + sections + ")", "dataset.problem.not-sections",
						sections));
				return;
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String section = parser.currentName();
				int sectionLine = line(parser.currentTokenLocation());
				JsonToken value = parser.nextToken();
				Class<?> type = SECTIONS.get(section);
				if (type == null) {
					String sections = String.join(", ", SECTIONS.keySet());
					into.problems.add(DatasetProblem.keyed(file, sectionLine, null,
							"unknown section '" + section + "'; expected one of " + sections,
							"dataset.problem.unknown-section", section, sections));
					parser.skipChildren();
					continue;
				}
				if (value == JsonToken.VALUE_NULL) {
					continue;
				}
				if (value != JsonToken.START_ARRAY) {
					into.problems.add(DatasetProblem.keyed(file, sectionLine, null,
							"section '" + section + "' must be a list", "dataset.problem.section-not-list", section));
					parser.skipChildren();
					continue;
				}
				while (parser.nextToken() == JsonToken.START_OBJECT) {
					int line = line(parser.currentTokenLocation());
					recordLine = line;
					Object record = this.mapper.readValue(parser, type);
					into.records.computeIfAbsent(type, (k) -> new ArrayList<>()).add(new Located<>(file, line, record));
					recordLine = 0;
				}
				if (parser.currentToken() != JsonToken.END_ARRAY) {
					into.problems.add(DatasetProblem.keyed(file, line(parser.currentTokenLocation()), null,
							"every entry of '" + section + "' must be a map of fields", "dataset.problem.entry-not-map",
							section));
					return;
				}
			}
		}
		catch (JacksonException ex) {
			int line = (recordLine > 0) ? recordLine : line(ex.getLocation());
			// The parser's own words stay English; the sentence around them is the
			// reader's.
			into.problems.add(DatasetProblem.keyed(file, line, null, ex.getOriginalMessage(),
					"dataset.problem.unreadable", ex.getOriginalMessage()));
		}
	}

	private static int line(TokenStreamLocation location) {
		return (location != null) ? location.getLineNr() : 0;
	}

	/** The name or title a person knows a record by, null for one without. */
	static LocalizedText nameOf(Object record) {
		if (record instanceof CountryRecord r) {
			return r.name();
		}
		if (record instanceof OrganisationRecord r) {
			return r.name();
		}
		if (record instanceof InstitutionRecord r) {
			return r.name();
		}
		if (record instanceof ProgrammeRecord r) {
			return r.name();
		}
		if (record instanceof WorkingGroupRecord r) {
			return r.name();
		}
		if (record instanceof ProjectRecord r) {
			return r.title();
		}
		return (record instanceof EventRecord r) ? r.title() : null;
	}

	static String keyOf(Object record) {
		return (record instanceof DatasetRecords.Keyed keyed) ? keyed.key() : null;
	}

}
