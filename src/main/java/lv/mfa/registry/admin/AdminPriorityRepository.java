package lv.mfa.registry.admin;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import lv.mfa.registry.priority.Priority;

/** The priorities an event may serve, with their presidency, for the forms' choices. */
interface AdminPriorityRepository extends Repository<Priority, Long> {

	@Query("select p from Priority p join fetch p.presidency s order by s.periodStart desc, p.number")
	List<Priority> findAllWithPresidency();

}
