package lv.mfa.registry.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import lv.mfa.registry.shared.text.ApproximateDate;
import lv.mfa.registry.event.Event;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.Publication;

/**
 * The timeline's queries, each one statement whatever the number of events: the counts
 * per value of every filter (each counted with the other filters applied) and the total
 * together in one statement over the events matching the presidency and the text, the ids
 * of one page straight from the index, the events of that page, and the feeds' rows as
 * plain values.
 */
@Repository
class TimelineRepository {

	/** The filters a facet count leaves out: its own. */
	enum Facet {

		NONE, PRIORITY, WORKING_GROUP, TYPE, ORGANISER, COUNTRY, CITY, MONTH

	}

	/** One row of the facet statement: which facet, its value, labels, and the count. */
	record FacetRow(String facet, String code, String lv, String en, String nameLv, String nameEn, long count) {

	}

	/** The grouping set of each facet counted in the shared pass. */
	private static final Map<Facet, String> GROUPS = Map.of(Facet.PRIORITY, "(b.priority_id)", Facet.WORKING_GROUP,
			"(b.working_group_id)", Facet.TYPE, "(b.type)", Facet.COUNTRY, "(b.country_code)", Facet.CITY,
			"(b.city_lv, b.city_en)");

	/** A page of events by id, one named parameter per row of a page. */
	private static final String PAGE_EVENTS = "select e from Event e left join fetch e.priority"
			+ " left join fetch e.workingGroup left join fetch e.country where e.id in ("
			+ String.join(", ", IntStream.range(0, TimelineFilter.PAGE_SIZE).mapToObj((i) -> ":id" + i).toList()) + ")";

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	TimelineRepository(EntityManager entityManager, JdbcTemplate jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/**
	 * The ids of a page of events in date order: read from the index
	 * {@code event_timeline_span_idx} (V13), so a deep page skips index entries, not
	 * rows.
	 */
	List<Long> findPageIds(TimelineQuery query, int offset, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		String sql = "select e.id from event e where e.presidency_id = :presidencyId and e.publication = :published"
				+ textCondition(query, "e", parameters) + conditions(query, Facet.NONE, "e", parameters)
				+ " order by e.start_date, e.end_date, e.id offset :offset limit :limit";
		Query typed = this.entityManager.createNativeQuery(sql, Long.class);
		parameters.forEach(typed::setParameter);
		typed.setParameter("offset", offset).setParameter("limit", limit);
		List<Long> ids = new ArrayList<>();
		for (Object id : typed.getResultList()) {
			ids.add(((Number) id).longValue());
		}
		return ids;
	}

	/**
	 * The events with these ids (at most a page), with what a timeline row shows, in the
	 * order of the ids; organisers come by batch. The ids are bound as a fixed number of
	 * single parameters (the unused ones -1, never an id): a list parameter would make
	 * Hibernate translate the query anew on every request instead of reusing its plan.
	 */
	List<Event> findEvents(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		if (ids.size() > TimelineFilter.PAGE_SIZE) {
			throw new IllegalArgumentException("more than a page of ids: " + ids.size());
		}
		var typed = this.entityManager.createQuery(PAGE_EVENTS, Event.class);
		for (int i = 0; i < TimelineFilter.PAGE_SIZE; i++) {
			typed.setParameter("id" + i, (i < ids.size()) ? ids.get(i) : -1L);
		}
		List<Event> events = new ArrayList<>(typed.getResultList());
		events.sort(Comparator.comparingInt((event) -> ids.indexOf(event.getId())));
		return events;
	}

	/**
	 * Every facet's counts and the total (facet {@code TOTAL}) in one statement. The
	 * presidency's events that match the text are read once (a materialized CTE, from the
	 * covering index when there is no text); the facets whose own filter is not set share
	 * the same conditions and are counted in a single pass (grouping sets); each facet
	 * whose filter is set, the organisers (an event has several) and the months (an event
	 * counts in each month of its span, see {@link TimelinePeriod}) are counted on their
	 * own under the other filters.
	 */
	List<FacetRow> facets(TimelineQuery query) {
		Map<String, Object> parameters = new HashMap<>();
		StringBuilder sql = new StringBuilder("with base as materialized (select e.id, e.priority_id,"
				+ " e.working_group_id, e.type, e.country_code, e.city_lv, e.city_en, e.start_date, e.end_date,"
				+ " e.date_precision from event e where e.presidency_id = :presidencyId and e.publication = :published")
			.append(textCondition(query, "e", parameters))
			.append("), spans as (")
			.append(TimelineSpans.SPANS)
			.append(conditions(query, Facet.MONTH, "b", parameters))
			.append(TimelineSpans.SPANS_GROUPED)
			.append("), steps as (")
			.append(TimelineSpans.STEPS)
			.append(")");
		List<String> shared = new ArrayList<>();
		List<String> own = new ArrayList<>();
		for (Facet facet : List.of(Facet.PRIORITY, Facet.WORKING_GROUP, Facet.TYPE, Facet.COUNTRY, Facet.CITY)) {
			boolean filtered = switch (facet) {
				case PRIORITY -> query.priorityId() != null;
				case WORKING_GROUP -> query.workingGroup() != null;
				case TYPE -> query.type() != null;
				case COUNTRY -> query.country() != null;
				case CITY -> query.city() != null;
				default -> throw new IllegalArgumentException(facet.name());
			};
			if (filtered) {
				own.add(facet.name());
			}
			else {
				shared.add(GROUPS.get(facet));
			}
		}
		shared.add("()");
		// A facet outside the shared pass: its columns are null and it never matches.
		sql.append(", shared as (select ")
			.append(sharedColumn(own, Facet.PRIORITY, "b.priority_id", "bigint", "priority_id", "gp"))
			.append(sharedColumn(own, Facet.WORKING_GROUP, "b.working_group_id", "bigint", "working_group_id", "gw"))
			.append(sharedColumn(own, Facet.TYPE, "b.type", "text", "type", "gt"))
			.append(sharedColumn(own, Facet.COUNTRY, "b.country_code", "text", "country_code", "gc"))
			.append(sharedColumn(own, Facet.CITY, "b.city_lv, b.city_en", null, null, "gcity"))
			.append(own.contains(Facet.CITY.name()) ? " cast(null as text) as city_lv, cast(null as text) as city_en,"
					: " b.city_lv, b.city_en,")
			.append(" count(*) as n from base b where true")
			.append(conditions(query, Facet.NONE, "b", parameters))
			.append(" group by grouping sets (")
			.append(String.join(", ", shared))
			.append("))");
		sql.append(" select case when s.gp = 0 then 'PRIORITY' when s.gw = 0 then 'WORKING_GROUP'")
			.append(" when s.gt = 0 then 'TYPE' when s.gc = 0 then 'COUNTRY' when s.gcity = 0 then 'CITY'")
			.append(" else 'TOTAL' end as facet,")
			.append(" case when s.gp = 0 then cast(s.priority_id as text) when s.gw = 0 then w.code")
			.append(" when s.gt = 0 then s.type when s.gc = 0 then c.code end as code,")
			.append(" case when s.gw = 0 then w.name_lv when s.gc = 0 then c.name_lv when s.gcity = 0 then s.city_lv end")
			.append(" as lv, case when s.gw = 0 then w.name_en when s.gc = 0 then c.name_en when s.gcity = 0")
			.append(" then s.city_en end as en, cast(null as text) as name_lv, cast(null as text) as name_en, s.n")
			.append(" from shared s left join working_group w on s.gw = 0 and w.id = s.working_group_id")
			.append(" and w.publication = 'PUBLISHED'")
			.append(" left join country c on s.gc = 0 and c.code = s.country_code")
			.append(" where not ((s.gw = 0 and w.id is null) or (s.gc = 0 and c.code is null)")
			.append(" or (s.gcity = 0 and s.city_lv is null and s.city_en is null))");
		for (String facet : own) {
			sql.append(" union all ").append(switch (Facet.valueOf(facet)) {
				case PRIORITY -> "select 'PRIORITY', cast(b.priority_id as text), null, null, null, null, count(*)"
						+ " from base b where true" + conditions(query, Facet.PRIORITY, "b", parameters)
						+ " group by b.priority_id";
				case WORKING_GROUP -> "select 'WORKING_GROUP', w.code, w.name_lv, w.name_en, null, null, count(*)"
						+ " from base b join working_group w on w.id = b.working_group_id"
						+ " and w.publication = 'PUBLISHED' where true"
						+ conditions(query, Facet.WORKING_GROUP, "b", parameters)
						+ " group by w.code, w.name_lv, w.name_en";
				case TYPE -> "select 'TYPE', b.type, null, null, null, null, count(*) from base b where true"
						+ conditions(query, Facet.TYPE, "b", parameters) + " group by b.type";
				case COUNTRY -> "select 'COUNTRY', c.code, c.name_lv, c.name_en, null, null, count(*)"
						+ " from base b join country c on c.code = b.country_code where true"
						+ conditions(query, Facet.COUNTRY, "b", parameters) + " group by c.code, c.name_lv, c.name_en";
				case CITY -> "select 'CITY', null, b.city_lv, b.city_en, null, null, count(*) from base b"
						+ " where (b.city_lv is not null or b.city_en is not null)"
						+ conditions(query, Facet.CITY, "b", parameters) + " group by b.city_lv, b.city_en";
				default -> throw new IllegalArgumentException(facet);
			});
		}
		sql.append(" union all ").append(TimelineSpans.MONTHS);
		sql.append(" union all select 'ORGANISER', i.code, i.acronym_lv, i.acronym_en, i.name_lv, i.name_en,")
			.append(" count(*) from base b join event_organiser eo on eo.event_id = b.id")
			.append(" join institution i on i.id = eo.institution_id where true")
			.append(conditions(query, Facet.ORGANISER, "b", parameters))
			.append(" group by i.code, i.acronym_lv, i.acronym_en, i.name_lv, i.name_en order by 1, 2, 3, 4");
		return this.named.query(sql.toString(), parameters, (rs, n) -> new FacetRow(rs.getString(1), rs.getString(2),
				rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7)));
	}

	/**
	 * Every published event of a presidency (or only those with these ids, when given) in
	 * date order as plain values (no entities), handed to the consumer row by row as the
	 * database sends them.
	 */
	void forEachPublished(Long presidencyId, List<Long> onlyIds, Consumer<FeedEvent> consumer) {
		this.jdbc.query((connection) -> {
			var statement = connection.prepareStatement(
					"""
							select e.id, e.key, e.start_date, e.end_date, e.date_precision, e.type, e.status, e.title_lv, e.title_en,
							       e.results_lv, e.results_en, e.city_lv, e.city_en, e.venue_lv, e.venue_en,
							       c.code as country_code, c.name_lv as country_lv, c.name_en as country_en,
							       p.number as priority_number, w.code as working_group_code,
							       (select string_agg(i.code, ' ' order by i.code) from event_organiser eo
							          join institution i on i.id = eo.institution_id where eo.event_id = e.id) as organisers,
							       (select max(r.timestamp) from event_aud a join revinfo r on r.id = a.rev
							          where a.id = e.id) as last_change
							from event e left join country c on c.code = e.country_code
							     left join priority p on p.id = e.priority_id
							     left join working_group w on w.id = e.working_group_id and w.publication = 'PUBLISHED'
							where e.presidency_id = ? and e.publication = 'PUBLISHED' and (? or e.id = any (?))
							order by e.start_date, e.end_date, e.id
							""");
			statement.setLong(1, presidencyId);
			statement.setBoolean(2, onlyIds == null);
			statement.setArray(3,
					connection.createArrayOf("bigint", (onlyIds != null) ? onlyIds.toArray() : new Object[0]));
			statement.setFetchSize(500);
			return statement;
		}, (java.sql.ResultSet rs) -> {
			String organisers = rs.getString("organisers");
			Object priority = rs.getObject("priority_number");
			String countryCode = rs.getString("country_code");
			consumer.accept(new FeedEvent(rs.getLong("id"), rs.getString("key"),
					rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
					ApproximateDate.Precision.valueOf(rs.getString("date_precision")),
					Event.Type.valueOf(rs.getString("type")), Event.Status.valueOf(rs.getString("status")),
					text(rs.getString("title_lv"), rs.getString("title_en")),
					text(rs.getString("results_lv"), rs.getString("results_en")),
					text(rs.getString("city_lv"), rs.getString("city_en")),
					text(rs.getString("venue_lv"), rs.getString("venue_en")), countryCode,
					(countryCode != null) ? text(rs.getString("country_lv"), rs.getString("country_en")) : null,
					(priority != null) ? ((Number) priority).intValue() : null, rs.getString("working_group_code"),
					(organisers != null) ? List.of(organisers.split(" ")) : List.of(),
					instant(rs.getObject("last_change"))));
		});
	}

	/**
	 * When the event's last recorded change (its history) happened, if any is recorded.
	 */
	Instant lastChange(long eventId) {
		return instant(this.jdbc.queryForObject(
				"select max(r.timestamp) from event_aud a join revinfo r" + " on r.id = a.rev where a.id = ?",
				Object.class, eventId));
	}

	private static Instant instant(Object epochMillis) {
		return (epochMillis != null) ? Instant.ofEpochMilli(((Number) epochMillis).longValue()) : null;
	}

	/** One published event with its place, priority, working group and agenda. */
	Optional<Event> findPublishedEvent(long id) {
		return this.entityManager
			.createQuery("select e from Event e left join fetch e.presidency p left join fetch p.organisation"
					+ " left join fetch p.country left join fetch e.priority left join fetch e.workingGroup"
					+ " left join fetch e.project left join fetch e.country left join fetch e.agenda"
					+ " where e.id = :id and e.publication = :published and (p is null or p.publication = :published)",
					Event.class)
			.setParameter("id", id)
			.setParameter("published", Publication.PUBLISHED)
			.getResultStream()
			.findFirst();
	}

	/**
	 * A facet's value and its grouping flag in the shared pass; for a facet counted on
	 * its own, null and 1 (never a group of the shared pass).
	 */
	private static String sharedColumn(List<String> own, Facet facet, String expression, String type, String name,
			String flag) {
		boolean alone = own.contains(facet.name());
		StringBuilder column = new StringBuilder(" ");
		if (name != null) {
			column.append(alone ? "cast(null as " + type + ")" : expression).append(" as ").append(name).append(", ");
		}
		column.append(alone ? "1" : "grouping(" + expression + ")").append(" as ").append(flag).append(",");
		return column.toString();
	}

	private static LocalizedText text(String lv, String en) {
		return (lv == null && en == null) ? null : LocalizedText.of(lv, en);
	}

	/**
	 * The free-text condition: diacritics- and case-insensitive "contains" on the folded
	 * texts stored in {@code search_text} (V5), which the trigram index serves.
	 */
	private static String textCondition(TimelineQuery query, String alias, Map<String, Object> parameters) {
		parameters.put("presidencyId", query.presidencyId());
		parameters.put("published", Publication.PUBLISHED.name());
		if (query.text() == null) {
			return "";
		}
		parameters.put("text", "%" + escapeLike(query.text().replace("\u0001", "")) + "%");
		return " and " + alias + ".search_text like registry_fold(:text) escape '\\'";
	}

	/** The filters other than presidency and text, leaving out the facet's own. */
	private static String conditions(TimelineQuery query, Facet without, String alias, Map<String, Object> parameters) {
		StringBuilder where = new StringBuilder();
		if (query.priorityId() != null && without != Facet.PRIORITY) {
			where.append(" and ").append(alias).append(".priority_id = :priorityId");
			parameters.put("priorityId", query.priorityId());
		}
		if (query.workingGroup() != null && without != Facet.WORKING_GROUP) {
			where.append(" and ")
				.append(alias)
				.append(".working_group_id in (select wf.id from working_group wf where wf.code = :workingGroup"
						+ " and wf.publication = 'PUBLISHED')");
			parameters.put("workingGroup", query.workingGroup());
		}
		if (query.type() != null && without != Facet.TYPE) {
			where.append(" and ").append(alias).append(".type = :type");
			parameters.put("type", query.type().name());
		}
		if (query.organiser() != null && without != Facet.ORGANISER) {
			where.append(" and ")
				.append(alias)
				.append(".id in (select eof.event_id from event_organiser eof")
				.append(" join institution iof on iof.id = eof.institution_id where iof.code = :organiser)");
			parameters.put("organiser", query.organiser());
		}
		if (query.country() != null && without != Facet.COUNTRY) {
			where.append(" and ").append(alias).append(".country_code = :country");
			parameters.put("country", query.country());
		}
		if (query.city() != null && without != Facet.CITY) {
			where.append(" and (")
				.append(alias)
				.append(".city_lv = :city or ")
				.append(alias)
				.append(".city_en = :city)");
			parameters.put("city", query.city());
		}
		if (query.month() != null && without != Facet.MONTH) {
			// The span overlaps the month (or year); a month holds no event known only by
			// its year, a year only those (TimelinePeriod).
			where.append(" and ")
				.append(alias)
				.append(".start_date <= :periodLast and ")
				.append(alias)
				.append(".end_date >= :periodFirst and (")
				.append(alias)
				.append(".date_precision in " + TimelineSpans.YEAR_LONG + ") = :wholeYear");
			parameters.put("periodFirst", query.month().first());
			parameters.put("periodLast", query.month().last());
			parameters.put("wholeYear", query.month().wholeYear());
		}
		return where.toString();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
