package lv.mfa.registry.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data set, loaded at start into an empty registry, holds everything of the
 * sources: the counts are those of the seed documents (47 rows in section 6 of the
 * 2018–2019 report, 27 PSF past projects…), and rows are checked field by field against
 * the source text.
 */
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
class DemoDatasetTests {

	@Autowired
	JdbcTemplate jdbc;

	private long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

	@Test
	void holdsEveryRecordOfTheSources() {
		assertThat(count("select count(*) from event e join presidency p on p.id = e.presidency_id"
				+ " where p.slug = 'cbss-2018-2019'"))
			.as("rows of the report's event table")
			.isEqualTo(47);
		assertThat(count("select count(*) from event where presidency_id is null"))
			.as("the ISEC final conference and the Brussels study visit")
			.isEqualTo(2);
		assertThat(count("select count(*) from project p join funding_programme f on f.id = p.programme_id"
				+ " where f.code = 'CBSS-PSF' and p.presidency_id is null"))
			.as("CBSS PSF past projects")
			.isEqualTo(27);
		assertThat(count("select count(*) from project")).isEqualTo(31);
		assertThat(count("select count(*) from project_partner")).isEqualTo(176);
		assertThat(count("select count(*) from working_group")).isEqualTo(14);
		assertThat(count("select count(*) from priority p join presidency s on s.id = p.presidency_id"
				+ " where s.slug = 'cbss-2018-2019'"))
			.isEqualTo(3);
		assertThat(count("select count(*) from agenda_item a join event e on e.id = a.event_id"
				+ " where e.key = 'lps-study-visit-brussels-2024'"))
			.isEqualTo(10);
	}

	@Test
	void presidencyIsLatviasThirdCbssPresidency() {
		Map<String, Object> row = this.jdbc
			.queryForMap("select p.ordinal, p.period_start, p.period_end, c.code as country,"
					+ " o.code as organisation, i.code as coordinator, prev.slug as previous, nxt.slug as next, p.publication"
					+ " from presidency p join country c on c.code = p.country_code join organisation o on o.id = p.organisation_id"
					+ " join institution i on i.id = p.coordinator_id left join presidency prev on prev.id = p.previous_id"
					+ " left join presidency nxt on nxt.id = p.next_id where p.slug = 'cbss-2018-2019'");
		assertThat(row).containsEntry("ordinal", 3)
			.containsEntry("country", "LV")
			.containsEntry("organisation", "CBSS")
			.containsEntry("coordinator", "MFA")
			.containsEntry("previous", "cbss-2017-2018")
			.containsEntry("next", "cbss-2019-2020")
			.containsEntry("publication", "PUBLISHED");
		assertThat(row.get("period_start")).hasToString("2018-07-01");
		assertThat(row.get("period_end")).hasToString("2019-06-30");
		List<String> titles = this.jdbc.queryForList("select title_lv from priority p join presidency s"
				+ " on s.id = p.presidency_id where s.slug = 'cbss-2018-2019' order by number", String.class);
		assertThat(titles).containsExactly("Sabiedrības drošība",
				"Ilgtspējīga attīstība, teritoriālā attīstība, klimata pārmaiņas", "Kultūras mantojums");
	}

	@Test
	void eventRowsKeepTheSourcesValues() {
		Map<String, Object> first = this.jdbc.queryForMap(
				"select start_date, end_date, city_lv, city_en, country_code, title_lv, results_lv from event where key = 'cbss-2018-2019-01'");
		// Before the presidency began: kept as the source has it; data-quality warnings
		// point at it.
		assertThat(first.get("start_date")).hasToString("2018-06-26");
		assertThat(first.get("end_date")).hasToString("2018-06-26");
		assertThat(first).containsEntry("city_lv", "Rīga").containsEntry("city_en", "Riga");
		assertThat(first).containsEntry("title_lv",
				"Seminārs Ārlietu ministrijā Vidzemes Augstskolas BJVP Starptautiskās vasaras skolas studentiem "
						+ "“Mediju pratība un demokrātija: Baltijas perspektīva”");
		assertThat((String) first.get("results_lv"))
			.startsWith("Studenti guva ieskatu jautājumos par diplomātijas un plašsaziņas līdzekļu mijiedarbību");

		// The source's 27.09.2019 among the September 2018 rows stays 2019.
		assertThat(this.jdbc.queryForObject("select start_date from event where key = 'cbss-2018-2019-10'",
				LocalDate.class))
			.isEqualTo(LocalDate.of(2019, 9, 27));

		Map<String, Object> range = this.jdbc.queryForMap(
				"select start_date, end_date, city_lv, source_date_place from event where key = 'cbss-2018-2019-02'");
		assertThat(range.get("start_date")).hasToString("2018-08-18");
		assertThat(range.get("end_date")).hasToString("2018-08-20");
		assertThat(range).containsEntry("city_lv", "Mariehamna");

		List<String> documents = this.jdbc.queryForList("select d.title_lv from event_document d join event e"
				+ " on e.id = d.event_id where e.key = 'cbss-2018-2019-44' order by d.position", String.class);
		assertThat(documents).containsExactly("Jūrmalas deklarācija", "BJVP reformu rīcības plāns 2018 – 2020");
	}

	@Test
	void projectsKeepProgrammePartnersAndReference() {
		List<Map<String, Object>> partners = this.jdbc.queryForList("select pp.name_en, pp.country_code, pp.lead"
				+ " from project_partner pp join project p on p.id = pp.project_id"
				+ " where p.key = 'psf-2013-ngos-bsr' order by pp.position");
		assertThat(partners).extracting((row) -> row.get("name_en") + "/" + row.get("country_code"))
			.containsExactly("Norden Association in Sweden/SE", "Forschungsgruppe Nordeuropäische Politik e.V./DE",
					"Suomi–Venäjä seura/FI");
		Map<String, Object> isec = this.jdbc
			.queryForMap("select p.programme_reference, p.status, p.start_year, p.end_year,"
					+ " f.code from project p join funding_programme f on f.id = p.programme_id"
					+ " where p.key = 'isec-police-cooperation-2014'");
		assertThat(isec).containsEntry("programme_reference", "HOME/2013/ISEC/FP/C1/4000005037")
			.containsEntry("status", "COMPLETED")
			.containsEntry("code", "EU-ISEC")
			.containsEntry("start_year", 2014)
			.containsEntry("end_year", 2016);
		assertThat(count("select count(*) from event e join project p on p.id = e.project_id"
				+ " where p.key = 'isec-police-cooperation-2014'"))
			.as("its final conference")
			.isEqualTo(1);
		assertThat(this.jdbc.queryForList("select p.key from project p join presidency s on s.id = p.presidency_id"
				+ " where s.slug = 'cbss-2018-2019'", String.class))
			.contains("psf-2019-cape", "psf-2019-youth-for-safer-youth");
	}

	@Test
	void studyVisitHasItsAgendaByDayAndTime() {
		Map<String, Object> first = this.jdbc.queryForMap("select a.day, a.start_time, a.end_time, a.title_lv"
				+ " from agenda_item a join event e on e.id = a.event_id"
				+ " where e.key = 'lps-study-visit-brussels-2024' order by a.position limit 1");
		assertThat(first.get("day")).hasToString("2024-05-15");
		assertThat(first.get("start_time")).hasToString("07:30:00");
		assertThat(first).containsEntry("title_lv", "Lidojums Rīga - Brisele.");
		assertThat(count("select count(distinct a.day) from agenda_item a join event e on e.id = a.event_id"
				+ " where e.key = 'lps-study-visit-brussels-2024'"))
			.isEqualTo(3);
	}

	@Test
	void latvianLettersAreIntact() {
		String allLatvian = String.join("\n",
				this.jdbc.queryForList("select coalesce(title_lv, '') || ' ' || coalesce(results_lv, '') from event",
						String.class))
				+ String.join("\n",
						this.jdbc.queryForList("select coalesce(narrative_lv, '') from priority", String.class));
		for (String letter : List.of("ā", "č", "ē", "ģ", "ī", "ķ", "ļ", "ņ", "š", "ū", "ž", "Ā")) {
			assertThat(allLatvian).as("contains %s", letter).contains(letter);
		}
		assertThat(allLatvian).doesNotContain("\uFFFD").doesNotContain("Ä").doesNotContain("Å«");
	}

}
