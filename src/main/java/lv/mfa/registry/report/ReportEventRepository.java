package lv.mfa.registry.report;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import lv.mfa.registry.event.Event;

/**
 * The events a report lists: a presidency's published events that were not cancelled, in
 * date order, each in one statement (their texts are columns of the event row). The
 * preview of a draft presidency lists its draft events too ({@code drafts}).
 */
interface ReportEventRepository extends Repository<Event, Long> {

	@Query("select e from Event e where e.presidency.id = :presidencyId"
			+ " and (e.publication = lv.mfa.registry.shared.Publication.PUBLISHED or :drafts = true)"
			+ " and e.status <> :excluded" + " order by e.startDate, e.endDate, e.id")
	List<Event> findPublished(Long presidencyId, Event.Status excluded, boolean drafts);

	/** Events that overlap the range. */
	@Query("select e from Event e where e.presidency.id = :presidencyId"
			+ " and (e.publication = lv.mfa.registry.shared.Publication.PUBLISHED or :drafts = true)"
			+ " and e.status <> :excluded"
			+ " and e.endDate >= :from and e.startDate <= :to order by e.startDate, e.endDate, e.id")
	List<Event> findPublishedBetween(Long presidencyId, Event.Status excluded, LocalDate from, LocalDate to,
			boolean drafts);

}
