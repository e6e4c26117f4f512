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
	 * in its first slot ({@code starting}), so that totals count events, not months.
	 */
	List<MonthCount> countByMonthAndPriority(Long presidencyId) {
		return this.jdbc.query("""
				select s.year_long, cast(s.slot as date) as slot, e.priority_id, count(*) as n,
				       count(*) filter (where s.slot = s.first) as starting
				from event e cross join lateral (
				       select e.date_precision in ('YEAR', 'YEARS') as year_long,
				              date_trunc(case when e.date_precision in ('YEAR', 'YEARS') then 'year' else 'month' end,
				                         cast(e.start_date as timestamp)) as first) f
				cross join lateral (
				       select f.year_long, f.first, g as slot
				       from generate_series(f.first, cast(e.end_date as timestamp),
				            case when f.year_long then interval '1 year' else interval '1 month' end) g) s
				where e.presidency_id = ? and e.publication = 'PUBLISHED'
				group by 1, 2, 3 order by 2, 1 desc, 3
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
