package lv.mfa.registry.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.shared.text.ApproximateDate;
import lv.mfa.registry.shared.text.LocalizedText;

/**
 * A published event as the calendar feed and the open data downloads write it: plain
 * values read by one projection query, no entities. Texts absent in both languages are
 * {@code null}; organisers are institution codes in code order.
 */
public record FeedEvent(long id, String key, LocalDate startDate, LocalDate endDate,
		ApproximateDate.Precision datePrecision, Event.Type type, Event.Status status, LocalizedText title,
		LocalizedText results, LocalizedText city, LocalizedText venue, String countryCode, LocalizedText countryName,
		Integer priorityNumber, String workingGroupCode, List<String> organisers, Instant lastChange) {

	/**
	 * The same values read from an entity (for the calendar file of one event), with the
	 * time of its last recorded change (null if none is recorded).
	 */
	static FeedEvent of(Event event, Instant lastChange) {
		return new FeedEvent(event.getId(), event.getKey(), event.getStartDate(), event.getEndDate(),
				event.getDatePrecision(), event.getType(), event.getStatus(), event.getTitle(), event.getResults(),
				event.getCity(), event.getVenue(), (event.getCountry() != null) ? event.getCountry().getCode() : null,
				(event.getCountry() != null) ? event.getCountry().getName() : null,
				(event.getPriority() != null) ? event.getPriority().getNumber() : null,
				(event.getPublishedWorkingGroup() != null) ? event.getPublishedWorkingGroup().getCode() : null,
				event.getOrganisers().stream().map((o) -> o.getCode()).sorted().toList(), lastChange);
	}

}
