package lv.mfa.registry.priority.admin;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import lv.mfa.registry.priority.Priority;

/** What goes with a priority or task that is deleted, and what refers to a priority. */
interface PriorityDependants extends Repository<Priority, Long> {

	@Query("select count(e) from TaskProgress e where e.task.id = :taskId")
	long countTaskEntries(Long taskId);

	@Query("select count(e) from TaskProgress e where e.task.priority.id = :id")
	long countEntries(Long id);

	@Query("select count(e) from Event e where e.priority.id = :id")
	long countEvents(Long id);

	@Query("select count(p) from Project p where p.priority.id = :id")
	long countProjects(Long id);

	@Query("select count(r) from WorkingGroupRole r where r.priority.id = :id")
	long countWorkingGroupRoles(Long id);

	@Query("select coalesce(max(p.number), 0) from Priority p where p.presidency.id = :presidencyId")
	int maxNumber(Long presidencyId);

}
