package lv.mfa.registry.priority.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import lv.mfa.registry.priority.PriorityTask;
import lv.mfa.registry.priority.TaskProgress;

/** Tasks and their progress entries as the staff edit them. */
interface AdminProgressRepository extends Repository<PriorityTask, Long> {

	/**
	 * A presidency's tasks in order, with their priority and progress, in one statement.
	 */
	@Query("select t from PriorityTask t join fetch t.priority p left join fetch t.progress"
			+ " where p.presidency.id = :presidencyId order by p.number, t.position")
	List<PriorityTask> findTasksWithProgress(Long presidencyId);

	@Query("select t from PriorityTask t join fetch t.priority p left join fetch p.leadInstitutions where t.id = :id")
	Optional<PriorityTask> findTask(Long id);

	@Query("select e from TaskProgress e join fetch e.task t join fetch t.priority p left join fetch p.leadInstitutions"
			+ " where e.id = :id")
	Optional<TaskProgress> findEntry(Long id);

}
