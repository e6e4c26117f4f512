package lv.mfa.registry.overview;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.springframework.stereotype.Repository;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.shared.Publication;

/** The overview's event and project queries, each one statement. */
@Repository
class OverviewRepository {

	private final EntityManager entityManager;

	OverviewRepository(EntityManager entityManager) {
		this.entityManager = entityManager;
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

	/** Published events counted by the month they start in and priority. */
	List<MonthCount> countByMonthAndPriority(Long presidencyId) {
		return this.entityManager
			.createQuery("select extract(year from e.startDate), extract(month from e.startDate), e.priority.id,"
					+ " count(e) from Event e where e.presidency.id = :id and e.publication = :published"
					+ " group by 1, 2, 3 order by 1, 2", Tuple.class)
			.setParameter("id", presidencyId)
			.setParameter("published", Publication.PUBLISHED)
			.getResultStream()
			.map((row) -> new MonthCount(
					LocalDate.of(((Number) row.get(0)).intValue(), ((Number) row.get(1)).intValue(), 1),
					row.get(2, Long.class), row.get(3, Long.class)))
			.toList();
	}

	/**
	 * The number of published events starting in a month (its first day) under a
	 * priority.
	 *
	 * @param priorityId null for events under no priority
	 */
	record MonthCount(LocalDate month, Long priorityId, long count) {
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
