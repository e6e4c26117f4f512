package lv.mfa.registry.overview;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.shared.Publication;

/** The overview's event and project queries, each one statement. */
@Repository
class OverviewRepository {

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	OverviewRepository(EntityManager entityManager, JdbcTemplate jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/** The latest published events that started on or before the day, newest first. */
	List<Event> findRecent(Long presidencyId, LocalDate day, int limit) {
		return this.entityManager
			.createQuery("select e from Event e left join fetch e.country where e.presidency.id = :id"
					+ " and e.publication = :published and e.startDate <= :day order by e.startDate desc, e.id desc",
					Event.class)
			.setParameter("id", presidencyId)
			.setParameter("published", Publication.PUBLISHED)
			.setParameter("day", day)
			.setMaxResults(limit)
			.getResultList();
	}

	/** The next published events after the day, soonest first. */
	List<Event> findUpcoming(Long presidencyId, LocalDate day, int limit) {
		return this.entityManager
			.createQuery(
					"select e from Event e left join fetch e.country where e.presidency.id = :id"
							+ " and e.publication = :published and e.startDate > :day order by e.startDate, e.id",
					Event.class)
			.setParameter("id", presidencyId)
			.setParameter("published", Publication.PUBLISHED)
			.setParameter("day", day)
			.setMaxResults(limit)
			.getResultList();
	}

	/**
	 * Published events counted in each month their span covers ("autumn 2019" in
	 * September, October and November), by priority; those known only by their year or
	 * years in each of those years instead, since they belong to no one month more than
	 * another (as the timeline's month filter counts them). Each event also counts once,
	 * in its first month or year ({@code starting}), so that totals count events, not
	 * months.
	 * <p>
	 * Each event is a step of +1 at its first month (year) and -1 at the one after its
	 * last; a running sum over the months between gives the counts, from one small
	 * aggregate (a series of months per event would be estimated at a thousand rows each,
	 * and PostgreSQL would then spend seconds compiling the statement with JIT;
	 * {@code registry_span_slots}, V13, gives the months between with a small estimate).
	 */
	List<MonthCount> countByMonthAndPriority(Long presidencyId) {
		return this.jdbc.query(
				"""
						with spans as (
						  select e.priority_id, e.date_precision in ('YEAR', 'YEARS') as year_long,
						         date_trunc(case when e.date_precision in ('YEAR', 'YEARS') then 'year' else 'month' end,
						                    cast(e.start_date as timestamp)) as first,
						         date_trunc(case when e.date_precision in ('YEAR', 'YEARS') then 'year' else 'month' end,
						                    cast(e.end_date as timestamp))
						           + case when e.date_precision in ('YEAR', 'YEARS') then interval '1 year'
						                  else interval '1 month' end as after,
						         count(*) as n
						  from event e where e.presidency_id = ? and e.publication = 'PUBLISHED'
						  group by 1, 2, 3, 4),
						steps as (
						  select year_long, priority_id, at, sum(d) as d, sum(s) as s from (
						    select year_long, priority_id, first as at, n as d, n as s from spans
						    union all
						    select year_long, priority_id, after, -n, 0 from spans) x
						  group by 1, 2, 3)
						select t.year_long, cast(t.at as date) as slot, t.priority_id, t.n, t.starting from (
						  select g.year_long, g.priority_id, g.at, coalesce(k.s, 0) as starting,
						         cast(sum(coalesce(k.d, 0)) over (partition by g.year_long, g.priority_id order by g.at) as bigint) as n
						  from (select year_long, priority_id, registry_span_slots(min(at), max(at), year_long) as at
						        from steps group by year_long, priority_id) g
						  left join steps k
						    on k.year_long = g.year_long and k.priority_id is not distinct from g.priority_id and k.at = g.at) t
						where t.n > 0
						order by 2, 1 desc, 3
						""",
				(rs, n) -> new MonthCount(rs.getObject("slot", LocalDate.class), rs.getBoolean("year_long"),
						rs.getObject("priority_id", Long.class), rs.getLong("n"), rs.getLong("starting")),
				presidencyId);
	}

	/**
	 * The number of published events in a month (its first day) under a priority, or in a
	 * year for the events known only by their year.
	 *
	 * @param wholeYear true for a year's count of the events known only by it
	 * @param priorityId null for events under no priority
	 * @param count the events counted in this slot
	 * @param starting those of them whose span starts in it (each event once overall)
	 */
	record MonthCount(LocalDate month, boolean wholeYear, Long priorityId, long count, long starting) {
	}

	/** The published projects approved during the presidency. */
	List<Project> findProjects(Long presidencyId) {
		return this.entityManager
			.createQuery("select p from Project p join fetch p.programme where p.presidency.id = :id"
					+ " and p.publication = :published order by p.startYear, p.id", Project.class)
			.setParameter("id", presidencyId)
			.setParameter("published", Publication.PUBLISHED)
			.getResultList();
	}

}
