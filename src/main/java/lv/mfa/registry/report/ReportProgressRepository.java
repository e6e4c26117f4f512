package lv.mfa.registry.report;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import lv.mfa.registry.priority.PriorityTask;
import lv.mfa.registry.priority.TaskProgress;

/**
 * The tasks of a presidency's priorities and their progress in the order set, one
 * statement each.
 */
interface ReportProgressRepository extends Repository<TaskProgress, Long> {

	@Query("select t from PriorityTask t where t.priority.presidency.id = :presidencyId"
			+ " order by t.priority.number, t.position")
	List<PriorityTask> findTasks(Long presidencyId);

	@Query("select p from TaskProgress p join fetch p.task t where t.priority.presidency.id = :presidencyId"
			+ " order by p.position, p.id")
	List<TaskProgress> findProgress(Long presidencyId);

}
