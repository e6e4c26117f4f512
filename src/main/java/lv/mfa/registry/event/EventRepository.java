package lv.mfa.registry.event;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EventRepository extends JpaRepository<Event, Long> {

	@Query("select count(e) from Event e where e.presidency.id = :presidencyId"
			+ " and e.publication = lv.mfa.registry.shared.Publication.PUBLISHED")
	long countPublishedByPresidency(Long presidencyId);

}
