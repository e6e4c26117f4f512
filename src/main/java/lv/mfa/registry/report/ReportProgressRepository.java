package lv.mfa.registry.report;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import lv.mfa.registry.priority.PriorityTask;
import lv.mfa.registry.priority.TaskProgress;

/**
 * The tasks of a presidency's priorities and their progress in the order set, one
 * statement each: published ones, or drafts too for a draft presidency's preview.
 */
interface ReportProgressRepository extends Repository<TaskProgress, Long> {

	@Query("select t from PriorityTask t where t.priority.presidency.id = :presidencyId"
			+ " and (t.publication = lv.mfa.registry.shared.Publication.PUBLISHED or :drafts = true)"
			+ " order by t.priority.number, t.position")
	List<PriorityTask> findTasks(Long presidencyId, boolean drafts);

	/**
	 * The entries of the tasks {@link #findTasks} answers: a draft task hides its own.
	 */
	@Query("select p from TaskProgress p join fetch p.task t where t.priority.presidency.id = :presidencyId"
			+ " and ((p.publication = lv.mfa.registry.shared.Publication.PUBLISHED"
			+ " and t.publication = lv.mfa.registry.shared.Publication.PUBLISHED) or :drafts = true)"
			+ " order by p.position, p.id")
	List<TaskProgress> findProgress(Long presidencyId, boolean drafts);

}
