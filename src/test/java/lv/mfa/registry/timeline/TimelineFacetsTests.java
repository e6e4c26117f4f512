package lv.mfa.registry.timeline;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.event.Event;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one facet statement counts what one plain query per facet counts (each facet under
 * the other filters, the text folded field by field as before V5), for several
 * combinations of filters over the demo data, and the page's ids come in date order.
 */
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
@Transactional
class TimelineFacetsTests {

	@Autowired
	TimelineRepository timeline;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void facetsMatchOneQueryPerFacet() {
		long presidency = this.jdbc.queryForObject("select id from presidency where slug = 'cbss-2018-2019'",
				Long.class);
		long priorityOne = this.jdbc.queryForObject("select id from priority where presidency_id = ? and number = 1",
				Long.class, presidency);
		String organiser = this.jdbc.queryForObject("select i.code from event_organiser eo join institution i"
				+ " on i.id = eo.institution_id join event e on e.id = eo.event_id where e.presidency_id = ?"
				+ " group by i.code order by count(*) desc, i.code limit 1", String.class, presidency);
		String city = this.jdbc.queryForObject(
				"select city_en from event where presidency_id = ? and city_en"
						+ " is not null group by city_en order by count(*) desc, city_en limit 1",
				String.class, presidency);
		List<TimelineQuery> queries = List.of(
				new TimelineQuery(presidency, null, null, null, null, null, null, null, null),
				new TimelineQuery(presidency, priorityOne, null, null, null, "LV", null, null, null),
				new TimelineQuery(presidency, null, null, Event.Type.MEETING, null, null, null, "riga", null),
				new TimelineQuery(presidency, null, null, null, organiser, null, city, null,
						TimelinePeriod.month(YearMonth.of(2019, 3))),
				new TimelineQuery(presidency, null, null, null, null, null, null, null, TimelinePeriod.year(2019)),
				new TimelineQuery(presidency, priorityOne, null, null, organiser, "LV", city, "a", null));
		for (TimelineQuery query : queries) {
			Map<String, Long> actual = new TreeMap<>();
			for (TimelineRepository.FacetRow row : this.timeline.facets(query)) {
				String value = row.facet().equals("CITY") ? row.lv() + "|" + row.en() : row.code();
				actual.put(row.facet() + ":" + value, row.count());
			}
			// Events without a priority are counted too; the service shows only
			// priorities.
			actual.remove("PRIORITY:null");
			assertThat(actual).as(query.toString()).isEqualTo(expected(query));
			List<Long> ids = this.timeline.findPageIds(query, 0, 1_000);
			assertThat((long) ids.size()).isEqualTo(actual.get("TOTAL:null"));
			List<Long> ordered = this.jdbc.queryForList(
					"select e.id from event e where e.id = any(?)" + " order by e.start_date, e.end_date, e.id",
					Long.class, (Object) ids.toArray(new Long[0]));
			assertThat(ids).isEqualTo(ordered);
		}
	}

	private Map<String, Long> expected(TimelineQuery query) {
		Map<String, Long> counts = new TreeMap<>();
		count(counts, "PRIORITY", "cast(e.priority_id as text)", "", query, "PRIORITY");
		count(counts, "WORKING_GROUP", "w.code", " join working_group w on w.id = e.working_group_id", query,
				"WORKING_GROUP");
		count(counts, "TYPE", "e.type", "", query, "TYPE");
		count(counts, "ORGANISER", "i.code",
				" join event_organiser eo on eo.event_id = e.id join institution i on i.id = eo.institution_id", query,
				"ORGANISER");
		count(counts, "COUNTRY", "e.country_code", " join country c on c.code = e.country_code", query, "COUNTRY");
		count(counts, "CITY", "coalesce(e.city_lv, 'null') || '|' || coalesce(e.city_en, 'null')", "", query, "CITY");
		// Each month the span meets, or each year for a date known only by its year: here
		// as a join on a calendar rather than a series per event.
		count(counts, "MONTH", "to_char(m.first, case when m.year then 'YYYY' else 'YYYY-MM' end)",
				" join (select first, first + interval '1 month' as next, false as year from generate_series("
						+ "timestamp '2000-01-01', timestamp '2040-12-01', interval '1 month') first union all"
						+ " select first, first + interval '1 year', true from generate_series(timestamp '2000-01-01',"
						+ " timestamp '2040-01-01', interval '1 year') first) m on m.first <= e.end_date"
						+ " and m.next > e.start_date and m.year = (e.date_precision in ('YEAR', 'YEARS'))",
				query, "MONTH");
		count(counts, "TOTAL", "cast(null as text)", "", query, "NONE");
		return counts;
	}

	private void count(Map<String, Long> counts, String facet, String value, String join, TimelineQuery query,
			String without) {
		List<Object> args = new ArrayList<>();
		StringBuilder where = new StringBuilder(" where e.presidency_id = ? and e.publication = 'PUBLISHED'");
		args.add(query.presidencyId());
		if (facet.equals("CITY")) {
			where.append(" and (e.city_lv is not null or e.city_en is not null)");
		}
		if (query.priorityId() != null && !without.equals("PRIORITY")) {
			where.append(" and e.priority_id = ?");
			args.add(query.priorityId());
		}
		if (query.type() != null && !without.equals("TYPE")) {
			where.append(" and e.type = ?");
			args.add(query.type().name());
		}
		if (query.organiser() != null && !without.equals("ORGANISER")) {
			where.append(" and exists (select 1 from event_organiser x join institution y on y.id = x.institution_id"
					+ " where x.event_id = e.id and y.code = ?)");
			args.add(query.organiser());
		}
		if (query.country() != null && !without.equals("COUNTRY")) {
			where.append(" and e.country_code = ?");
			args.add(query.country());
		}
		if (query.city() != null && !without.equals("CITY")) {
			where.append(" and (e.city_lv = ? or e.city_en = ?)");
			args.add(query.city());
			args.add(query.city());
		}
		if (query.month() != null && !without.equals("MONTH")) {
			where.append(" and e.start_date <= ? and e.end_date >= ?");
			where.append(query.month().wholeYear() ? " and e.date_precision in ('YEAR', 'YEARS')"
					: " and e.date_precision not in ('YEAR', 'YEARS')");
			args.add(query.month().last());
			args.add(query.month().first());
		}
		if (query.text() != null) {
			where.append(" and (false");
			for (String column : List.of("title_lv", "title_en", "city_lv", "city_en", "venue_lv", "venue_en",
					"results_lv", "results_en")) {
				where.append(" or registry_fold(e.").append(column).append(") like registry_fold(?)");
				args.add("%" + query.text() + "%");
			}
			where.append(")");
		}
		String groupBy = facet.equals("TOTAL") ? "" : " group by 1";
		this.jdbc.query("select " + value + ", count(*) from event e" + join + where + groupBy, (rs) -> {
			String key = rs.getString(1);
			counts.put(facet + ":" + ((key != null) ? key : (facet.equals("PRIORITY") ? null : "null")), rs.getLong(2));
		}, args.toArray());
		counts.remove("PRIORITY:null");
	}

}
