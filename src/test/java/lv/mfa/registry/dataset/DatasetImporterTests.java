package lv.mfa.registry.dataset;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.dataset.DatasetImporter.NamedInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The importer takes a whole data set or nothing, and names the file, line and record of
 * every problem.
 */
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
class DatasetImporterTests {

	@Autowired
	DatasetImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	private static NamedInput file(String name, String yaml) {
		return new NamedInput(name, () -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
	}

	private static final String NEW_PRESIDENCY = """
			presidencies:
			  - slug: cbss-2031-2032
			    organisation: CBSS
			    country: LV
			    ordinal: 4
			    start: 2031-07-01
			    end: 2032-06-30
			    coordinator: MFA
			    status: draft
			    priorities:
			      - number: 1
			        title: {lv: Drošība, en: Security}
			events:
			  - key: cbss-2031-2032-01
			    presidency: cbss-2031-2032
			    start: 2031-09-01
			    end: 2031-09-02
			    city: {lv: Rīga, en: Riga}
			    country: LV
			    type: meeting
			    status: planned
			    title: {lv: Vecāko amatpersonu komitejas sanāksme, en: Meeting of the Committee of Senior Officials}
			    priority: 1
			    agenda:
			      - day: 2031-09-02
			        start: "10:00"
			        end: "12:00"
			        title: {lv: Atklāšana, en: Opening}
			""";

	@Test
	void rejectsAnEventEndingBeforeItStartsNamingFileLineAndRecord() {
		String yaml = """
				events:
				  - key: good-event
				    start: 2031-09-01
				    end: 2031-09-01
				    type: meeting
				    status: planned
				    title: {lv: Sanāksme}
				  - key: bad-event
				    start: 2031-09-05
				    end: 2031-09-01
				    type: meeting
				    status: planned
				    title: {lv: Sanāksme}
				""";
		assertThatExceptionOfType(DatasetException.class)
			.isThrownBy(() -> this.importer.importInputs(List.of(file("bad.yaml", yaml))))
			.satisfies((ex) -> assertThat(ex.getProblems()).singleElement().satisfies((problem) -> {
				assertThat(problem.file()).isEqualTo("bad.yaml");
				assertThat(problem.line()).isEqualTo(8);
				assertThat(problem.record()).isEqualTo("bad-event");
			}));
		assertThat(this.jdbc.queryForObject("select count(*) from event where key in ('good-event', 'bad-event')",
				Long.class))
			.as("nothing of a bad data set is saved")
			.isZero();
	}

	@Test
	void rejectsMalformedYamlAndUnknownFieldsAndReferences() {
		String yaml = """
				events:
				  - key: unknown-refs
				    start: 2031-09-01
				    end: 2031-09-01
				    type: meeting
				    status: planned
				    title: {lv: Sanāksme}
				    organisers: [NO-SUCH-MINISTRY]
				    country: XX
				""";
		assertThatExceptionOfType(DatasetException.class)
			.isThrownBy(() -> this.importer.importInputs(List.of(file("refs.yaml", yaml))))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(DatasetProblem::message)
				.contains("unknown institution 'NO-SUCH-MINISTRY'", "unknown country 'XX'"));

		assertThatExceptionOfType(DatasetException.class)
			.isThrownBy(() -> this.importer.importInputs(List.of(file("typo.yaml", """
					events:
					  - key: typo
					    start: 2031-09-01
					    end: 2031-09-01
					    typ: meeting
					"""))))
			.satisfies((ex) -> assertThat(ex.getProblems()).singleElement().satisfies((problem) -> {
				assertThat(problem.file()).isEqualTo("typo.yaml");
				assertThat(problem.line()).as("the record's first line").isEqualTo(2);
				assertThat(problem.message()).contains("typ");
			}));

		assertThatExceptionOfType(DatasetException.class)
			.isThrownBy(() -> this.importer.importInputs(List.of(file("broken.yaml", "events:\n  - key: [unclosed\n"))))
			.satisfies((ex) -> assertThat(ex.getProblems()).singleElement()
				.satisfies((problem) -> assertThat(problem.file()).isEqualTo("broken.yaml")));
	}

	@Test
	void rejectsCodesDefinedTwiceOrAlreadyInTheRegistry() {
		assertThatExceptionOfType(DatasetException.class)
			.isThrownBy(() -> this.importer.importInputs(List.of(file("dup.yaml", """
					countries:
					  - {code: LV, name: {lv: Latvija, en: Latvia}}
					institutions:
					  - {code: NEW-AGENCY, country: LV, name: {lv: Aģentūra}}
					  - {code: NEW-AGENCY, country: LV, name: {lv: Aģentūra}}
					"""))))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(DatasetProblem::toString)
				.containsExactlyInAnyOrder("dup.yaml:2 (LV): 'LV' is already in the registry",
						"dup.yaml:5 (NEW-AGENCY): 'NEW-AGENCY' is defined more than once"));
	}

	@Test
	void loadsAWholeNewPresidencyIntoARegistryThatHoldsOthers() throws Exception {
		try {
			DatasetImporter.Result result = this.importer.importInputs(List.of(file("new.yaml", NEW_PRESIDENCY)));
			assertThat(result.presidencies()).isEqualTo(1);
			assertThat(result.events()).isEqualTo(1);
			assertThat(this.jdbc.queryForObject("select count(*) from agenda_item a join event e on e.id = a.event_id"
					+ " join priority p on p.id = e.priority_id where e.key = 'cbss-2031-2032-01' and p.number = 1",
					Long.class))
				.isEqualTo(1);
		}
		finally {
			this.jdbc.update("delete from event where key = 'cbss-2031-2032-01'");
			this.jdbc.update("delete from presidency where slug = 'cbss-2031-2032'");
		}
	}

	/**
	 * A priority's texts before and after its task table are read from the data set as
	 * written (CommonMark kept); tasks and entries an import creates are published.
	 */
	@Test
	void readsThePriorityTextsAroundTheTaskTableAndPublishesTasksAndEntries() throws Exception {
		String yaml = """
				presidencies:
				  - slug: cbss-2033-2034
				    organisation: CBSS
				    country: LV
				    ordinal: 5
				    start: 2033-07-01
				    end: 2034-06-30
				    status: draft
				    priorities:
				      - number: 1
				        title: {lv: Drošība, en: Security}
				        beforeTasks:
				          lv: |
				            Pirms tabulas.

				            - punkts
				          en: Before the table.
				        afterTasks: {lv: Pēc tabulas., en: After the table.}
				        tasks:
				          - title: {lv: Uzdevums, en: Task}
				            progress:
				              - date: 2033-09
				                kind: done
				                text: {lv: Paveikts., en: Done.}
				""";
		try {
			this.importer.importInputs(List.of(file("texts.yaml", yaml)));
			assertThat(this.jdbc.queryForMap("select before_tasks_lv, before_tasks_en, after_tasks_lv, after_tasks_en"
					+ " from priority p join presidency s on s.id = p.presidency_id where s.slug = 'cbss-2033-2034'"))
				.containsEntry("before_tasks_lv", "Pirms tabulas.\n\n- punkts\n")
				.containsEntry("before_tasks_en", "Before the table.")
				.containsEntry("after_tasks_lv", "Pēc tabulas.")
				.containsEntry("after_tasks_en", "After the table.");
			assertThat(this.jdbc.queryForList(
					"select t.publication from priority_task t join priority p"
							+ " on p.id = t.priority_id join presidency s on s.id = p.presidency_id"
							+ " where s.slug = 'cbss-2033-2034' union all select e.publication from task_progress e"
							+ " join priority_task t on t.id = e.task_id join priority p on p.id = t.priority_id"
							+ " join presidency s on s.id = p.presidency_id where s.slug = 'cbss-2033-2034'",
					String.class))
				.containsExactly("PUBLISHED", "PUBLISHED");
		}
		finally {
			this.jdbc.update("delete from presidency where slug = 'cbss-2033-2034'");
		}
	}

}
