package lv.mfa.registry.progress;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.springframework.stereotype.Repository;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.priority.PriorityTask;
import lv.mfa.registry.priority.TaskProgress;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.shared.Publication;
import lv.mfa.registry.workinggroup.WorkingGroupRole;

/** The priority page's queries, each one statement whatever the number of rows. */
@Repository
class ProgressRepository {

	private final EntityManager entityManager;

	ProgressRepository(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * A presidency's published task entries (of published tasks) counted by priority and
	 * kind.
	 */
	List<EntryCount> countEntriesByPriority(Long presidencyId) {
		return this.entityManager
			.createQuery("select t.priority.id, e.kind, count(e) from TaskProgress e join e.task t"
					+ " where t.priority.presidency.id = :presidencyId and t.publication = :published"
					+ " and e.publication = :published group by t.priority.id, e.kind", Tuple.class)
			.setParameter("presidencyId", presidencyId)
			.setParameter("published", Publication.PUBLISHED)
			.getResultStream()
			.map((row) -> new EntryCount(row.get(0, Long.class), row.get(1, TaskProgress.Kind.class),
					row.get(2, Long.class)))
			.toList();
	}

	/** How many task entries of a kind a priority has. */
	record EntryCount(Long priorityId, TaskProgress.Kind kind, long count) {
	}

	Optional<Priority> findPriority(Long presidencyId, int number) {
		return this.entityManager
			.createQuery("select distinct p from Priority p left join fetch p.leadInstitutions"
					+ " where p.presidency.id = :presidencyId and p.number = :number", Priority.class)
			.setParameter("presidencyId", presidencyId)
			.setParameter("number", number)
			.getResultStream()
			.findFirst();
	}

	/** The priority's published tasks in order. */
	List<PriorityTask> findTasks(Long priorityId) {
		return this.entityManager
			.createQuery("select t from PriorityTask t where t.priority.id = :priorityId"
					+ " and t.publication = :published order by t.position", PriorityTask.class)
			.setParameter("priorityId", priorityId)
			.setParameter("published", Publication.PUBLISHED)
			.getResultList();
	}

	/**
	 * The published entries of the priority's published tasks in the order set. Read
	 * apart from the tasks: a fetched collection must hold every entry, drafts too.
	 */
	List<TaskProgress> findEntries(Long priorityId) {
		return this.entityManager
			.createQuery("select e from TaskProgress e join e.task t where t.priority.id = :priorityId"
					+ " and t.publication = :published and e.publication = :published order by e.position, e.id",
					TaskProgress.class)
			.setParameter("priorityId", priorityId)
			.setParameter("published", Publication.PUBLISHED)
			.getResultList();
	}

	List<WorkingGroupRole> findWorkingGroups(Long priorityId) {
		return this.entityManager
			.createQuery(
					"select r from WorkingGroupRole r join fetch r.workingGroup w left join fetch r.leadInstitution"
							+ " where r.priority.id = :priorityId and w.publication = :published order by w.code",
					WorkingGroupRole.class)
			.setParameter("priorityId", priorityId)
			.setParameter("published", Publication.PUBLISHED)
			.getResultList();
	}

	/** The first published events of the priority in date order (index V5). */
	List<Event> findEvents(Long priorityId, int limit) {
		return this.entityManager
			.createQuery("select e from Event e left join fetch e.country where e.priority.id = :priorityId"
					+ " and e.publication = :published order by e.startDate, e.id", Event.class)
			.setParameter("priorityId", priorityId)
			.setParameter("published", Publication.PUBLISHED)
			.setMaxResults(limit)
			.getResultList();
	}

	long countEvents(Long priorityId) {
		return this.entityManager
			.createQuery(
					"select count(e) from Event e where e.priority.id = :priorityId and e.publication = :published",
					Long.class)
			.setParameter("priorityId", priorityId)
			.setParameter("published", Publication.PUBLISHED)
			.getSingleResult();
	}

	List<Project> findProjects(Long priorityId) {
		return this.entityManager
			.createQuery("select p from Project p join fetch p.programme where p.priority.id = :priorityId"
					+ " and p.publication = :published order by p.startYear, p.id", Project.class)
			.setParameter("priorityId", priorityId)
			.setParameter("published", Publication.PUBLISHED)
			.getResultList();
	}

}
