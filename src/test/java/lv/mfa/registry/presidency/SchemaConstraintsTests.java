package lv.mfa.registry.presidency;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import lv.mfa.registry.RegistryJpaTest;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The schema itself refuses bad rows, whatever writes them. Each test runs in a
 * transaction that is rolled back.
 */
@RegistryJpaTest
class SchemaConstraintsTests {

	@Autowired
	JdbcTemplate jdbc;

	long organisation;

	@BeforeEach
	void referenceData() {
		this.jdbc.update("insert into country (code, name_lv, name_en) values ('ZZ', 'Testzeme', 'Testland')"
				+ " on conflict do nothing");
		this.organisation = this.jdbc.queryForObject(
				"insert into organisation (code, name_en) values ('TEST-ORG', 'Test council') returning id",
				Long.class);
	}

	/**
	 * PostgreSQL aborts a transaction on an error; a savepoint lets the test go on after
	 * an expected refusal.
	 */
	private void refused(Runnable statement, String constraint) {
		this.jdbc.execute("savepoint expected_refusal");
		try {
			assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(statement::run)
				.withMessageContaining(constraint);
		}
		finally {
			this.jdbc.execute("rollback to savepoint expected_refusal");
		}
	}

	private void presidency(String slug, int ordinal, String start, String end) {
		this.jdbc
			.update("insert into presidency (slug, organisation_id, country_code, ordinal, period_start, period_end)"
					+ " values (?, ?, 'ZZ', ?, ?::date, ?::date)", slug, this.organisation, ordinal, start, end);
	}

	private long event(String start, String end) {
		return this.jdbc.queryForObject(
				"insert into event (start_date, end_date, type, status, title_lv)"
						+ " values (?::date, ?::date, 'MEETING', 'PLANNED', 'Sanāksme') returning id",
				Long.class, start, end);
	}

	@Test
	void refusesAPresidencyEndingBeforeItStarts() {
		refused(() -> presidency("test-2030", 1, "2030-07-01", "2030-06-30"), "presidency_period_check");
	}

	@Test
	void refusesADuplicateSlug() {
		presidency("test-2030", 1, "2030-07-01", "2031-06-30");
		refused(() -> presidency("test-2030", 2, "2032-07-01", "2033-06-30"), "presidency_slug_key");
	}

	@Test
	void refusesAnEventEndingBeforeItStartsAndAgendaOutsideItsDays() {
		refused(() -> event("2030-09-02", "2030-09-01"), "event_dates_check");
		long event = event("2030-09-01", "2030-09-02");
		assertThatNoException()
			.isThrownBy(() -> this.jdbc.update("insert into agenda_item (event_id, position, day, title_lv)"
					+ " values (?, 0, '2030-09-02', 'Atklāšana')", event));
		refused(() -> this.jdbc.update("insert into agenda_item (event_id, position, day, title_lv)"
				+ " values (?, 1, '2030-09-03', 'Pēc pasākuma')", event), "outside");
	}

	@Test
	void refusesTextMissingInBothLanguagesAndADuplicateCode() {
		refused(() -> this.jdbc.update("insert into event (start_date, end_date, type, status, title_lv, title_en)"
				+ " values ('2030-09-01', '2030-09-01', 'MEETING', 'PLANNED', '  ', null)"), "event_check");
		refused(() -> this.jdbc.update("insert into organisation (code, name_en) values ('TEST-ORG', 'Again')"),
				"organisation_code_key");
	}

	@Test
	void refusesDeletingAnInstitutionThatStillOrganisesEvents() {
		long institution = this.jdbc.queryForObject(
				"insert into institution (code, country_code, name_lv) values ('TEST-MIN', 'ZZ', 'Ministrija') returning id",
				Long.class);
		long event = event("2030-09-01", "2030-09-01");
		this.jdbc.update("insert into event_organiser (event_id, institution_id) values (?, ?)", event, institution);
		refused(() -> this.jdbc.update("delete from institution where id = ?", institution),
				"event_organiser_institution_id_fkey");
	}

}
