package lv.mfa.registry.event;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EventRepository extends JpaRepository<Event, Long> {

	@Query("select count(e) from Event e where e.presidency.id = :presidencyId"
			+ " and e.publication = lv.mfa.registry.shared.Publication.PUBLISHED")
	long countPublishedByPresidency(Long presidencyId);

	/**
	 * Published events per priority of a presidency: one row (priority id or null, count)
	 * per group.
	 */
	@Query("select e.priority.id, count(e) from Event e where e.presidency.id = :presidencyId"
			+ " and e.publication = lv.mfa.registry.shared.Publication.PUBLISHED group by e.priority.id")
	List<Object[]> countPublishedByPriority(Long presidencyId);

}
