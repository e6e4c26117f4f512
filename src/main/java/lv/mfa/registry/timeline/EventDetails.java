package lv.mfa.registry.timeline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import lv.mfa.registry.event.AgendaItem;
import lv.mfa.registry.event.Event;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.Organisation;

/** An event with its agenda grouped by day. */
record EventDetails(Event event, List<AgendaDay> agenda) {

	/** The organisers in a stable order (by code). */
	public List<Institution> organisers() {
		return TimelinePage.sortedByCode(this.event);
	}

	/** The partner organisations in a stable order (by code). */
	public List<Organisation> partners() {
		return this.event.getPartners().stream().sorted(Comparator.comparing(Organisation::getCode)).toList();
	}

	record AgendaDay(LocalDate day, List<AgendaItem> items) {

	}

}
