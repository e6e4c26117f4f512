package lv.mfa.registry.report;

import java.util.List;
import java.util.Locale;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.workinggroup.WorkingGroupRole;

/**
 * Everything the informative report shows, loaded in a fixed number of statements: the
 * seed's structure is the introduction, the list of priorities, then numbered sections
 * (the Committee of Senior Officials, one per priority, other directions, and the table
 * of all events).
 */
public record InformativeReport(Presidency presidency, ReportRange range, List<PrioritySection> priorities,
		List<Event> events, ReportChecks checks) implements PresidencyReport {

	/** A priority's section: its narrative, its working groups and its events. */
	public record PrioritySection(int number, Priority priority, List<WorkingGroupRole> workingGroups,
			List<Event> events) {

	}

	public int committeeNumber() {
		return 1;
	}

	public int otherDirectionsNumber() {
		return this.priorities.size() + 2;
	}

	public int eventsNumber() {
		return this.priorities.size() + 3;
	}

	/** The first column of the events table: "18.-20.08.2018, Mariehamna". */
	public static String dateAndPlace(Event event, String city, Locale locale) {
		String date = event.getWhen().compact(locale);
		return (city != null) ? date + ", " + city : date;
	}

	/** The city of an event in the report's language, or null. */
	public static String city(Event event, Locale locale) {
		LocalizedText city = event.getCity();
		return (city != null) ? city.get(locale) : null;
	}

}
