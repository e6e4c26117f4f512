package lv.mfa.registry.timeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Repository;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.shared.Publication;

/**
 * The timeline's queries: one page of events, its total, and the counts per value of each
 * filter (each counted with the other filters applied), each in one statement whatever
 * the number of events.
 */
@Repository
class TimelineRepository {

	/** The filters a facet count leaves out: its own. */
	enum Facet {

		NONE, PRIORITY, WORKING_GROUP, TYPE, ORGANISER, COUNTRY, CITY, MONTH

	}

	private final EntityManager entityManager;

	TimelineRepository(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * A page of events in date order, with what a timeline row shows; organisers come by
	 * batch.
	 */
	List<Event> findPage(TimelineQuery query, int offset, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		String jpql = "select e from Event e left join fetch e.priority left join fetch e.workingGroup"
				+ " left join fetch e.country" + where(query, Facet.NONE, parameters)
				+ " order by e.startDate, e.endDate, e.id";
		TypedQuery<Event> typed = this.entityManager.createQuery(jpql, Event.class);
		parameters.forEach(typed::setParameter);
		return typed.setFirstResult(offset).setMaxResults(limit).getResultList();
	}

	/**
	 * Every matching event with its organisers, for the feeds and downloads: one
	 * statement however many events.
	 */
	List<Event> findAll(TimelineQuery query) {
		Map<String, Object> parameters = new HashMap<>();
		String jpql = "select distinct e from Event e left join fetch e.priority left join fetch e.workingGroup"
				+ " left join fetch e.country left join fetch e.organisers" + where(query, Facet.NONE, parameters)
				+ " order by e.startDate, e.endDate, e.id";
		TypedQuery<Event> typed = this.entityManager.createQuery(jpql, Event.class);
		parameters.forEach(typed::setParameter);
		return typed.getResultList();
	}

	long count(TimelineQuery query) {
		Map<String, Object> parameters = new HashMap<>();
		TypedQuery<Long> typed = this.entityManager
			.createQuery("select count(e) from Event e" + where(query, Facet.NONE, parameters), Long.class);
		parameters.forEach(typed::setParameter);
		return typed.getSingleResult();
	}

	/** Rows of (value columns…, count) for one facet, under the other filters. */
	List<Object[]> facet(TimelineQuery query, Facet facet) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(query, facet, parameters);
		String jpql = switch (facet) {
			case PRIORITY -> "select e.priority.id, count(e) from Event e" + where + " group by e.priority.id";
			case WORKING_GROUP -> "select w.code, w.name.lv, w.name.en, count(e) from Event e join e.workingGroup w"
					+ where + " group by w.code, w.name.lv, w.name.en order by w.code";
			case TYPE -> "select e.type, count(e) from Event e" + where + " group by e.type order by e.type";
			case ORGANISER -> "select o.code, o.acronym.lv, o.acronym.en, o.name.lv, o.name.en, count(e)"
					+ " from Event e join e.organisers o" + where
					+ " group by o.code, o.acronym.lv, o.acronym.en, o.name.lv, o.name.en order by o.code";
			case COUNTRY -> "select c.code, c.name.lv, c.name.en, count(e) from Event e join e.country c" + where
					+ " group by c.code, c.name.lv, c.name.en order by c.code";
			case CITY -> "select e.city.lv, e.city.en, count(e) from Event e" + where
					+ " and (e.city.lv is not null or e.city.en is not null) group by e.city.lv, e.city.en"
					+ " order by e.city.lv, e.city.en";
			case MONTH -> "select extract(year from e.startDate), extract(month from e.startDate), count(e)"
					+ " from Event e" + where + " group by 1, 2 order by 1, 2";
			case NONE -> throw new IllegalArgumentException("no facet");
		};
		TypedQuery<Object[]> typed = this.entityManager.createQuery(jpql, Object[].class);
		parameters.forEach(typed::setParameter);
		return typed.getResultList();
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

	private static String where(TimelineQuery query, Facet without, Map<String, Object> parameters) {
		StringBuilder where = new StringBuilder(
				" where e.presidency.id = :presidencyId and e.publication = :published");
		parameters.put("presidencyId", query.presidencyId());
		parameters.put("published", Publication.PUBLISHED);
		if (query.priorityId() != null && without != Facet.PRIORITY) {
			where.append(" and e.priority.id = :priorityId");
			parameters.put("priorityId", query.priorityId());
		}
		if (query.workingGroup() != null && without != Facet.WORKING_GROUP) {
			where.append(" and e.workingGroup.code = :workingGroup");
			parameters.put("workingGroup", query.workingGroup());
		}
		if (query.type() != null && without != Facet.TYPE) {
			where.append(" and e.type = :type");
			parameters.put("type", query.type());
		}
		if (query.organiser() != null && without != Facet.ORGANISER) {
			where.append(" and e.id in (select e2.id from Event e2 join e2.organisers o2 where o2.code = :organiser)");
			parameters.put("organiser", query.organiser());
		}
		if (query.country() != null && without != Facet.COUNTRY) {
			where.append(" and e.country.code = :country");
			parameters.put("country", query.country());
		}
		if (query.city() != null && without != Facet.CITY) {
			where.append(" and (e.city.lv = :city or e.city.en = :city)");
			parameters.put("city", query.city());
		}
		if (query.text() != null) {
			// Diacritics- and case-insensitive: both sides folded by the database
			// (registry_fold, V2).
			where.append(" and (")
				.append(String.join(" or ", folded("e.title.lv"), folded("e.title.en"), folded("e.city.lv"),
						folded("e.city.en"), folded("e.venue.lv"), folded("e.venue.en"), folded("e.results.lv"),
						folded("e.results.en")))
				.append(")");
			parameters.put("text", "%" + escapeLike(query.text()) + "%");
		}
		if (query.month() != null && without != Facet.MONTH) {
			where.append(" and e.startDate >= :monthStart and e.startDate < :monthEnd");
			LocalDate start = query.month().atDay(1);
			parameters.put("monthStart", start);
			parameters.put("monthEnd", start.plusMonths(1));
		}
		return where.toString();
	}

	private static String folded(String path) {
		return "cast(function('registry_fold', " + path
				+ ") as String) like cast(function('registry_fold', :text) as String) escape '\\'";
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
