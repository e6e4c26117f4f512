package lv.mfa.registry.priority;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The priorities a record may serve, with their presidency, for the staff forms' choices.
 */
public interface PriorityChoices extends Repository<Priority, Long> {

	@Query("select p from Priority p join fetch p.presidency s order by s.periodStart desc, p.number")
	List<Priority> findAllWithPresidency();

}
