package lv.mfa.registry.timeline;

import java.time.LocalDate;
import java.util.List;

import lv.mfa.registry.event.AgendaItem;
import lv.mfa.registry.event.Event;

/** An event with its agenda grouped by day. */
record EventDetails(Event event, List<AgendaDay> agenda) {

	record AgendaDay(LocalDate day, List<AgendaItem> items) {

	}

}
