package lv.mfa.registry.staff;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import lv.mfa.registry.event.Event;

/** The events the data-quality checks look at, drafts included. */
interface QualityEventRepository extends Repository<Event, Long> {

	/** Everything the data-quality checks look at, in one statement. */
	@Query("select e from Event e left join fetch e.presidency order by e.startDate, e.id")
	List<Event> findAllForQualityChecks();

}
