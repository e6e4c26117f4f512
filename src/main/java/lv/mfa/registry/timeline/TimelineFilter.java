package lv.mfa.registry.timeline;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lv.mfa.registry.event.Event;

/**
 * The timeline's filters as the visitor wrote them in the query string, read leniently: a
 * value that cannot be understood is ignored and named in {@link #ignored()}, never an
 * error.
 */
record TimelineFilter(Integer priority, String workingGroup, Event.Type type, String organiser, String country,
		String city, String text, YearMonth month, int page, List<String> ignored) {

	static final int PAGE_SIZE = 25;

	static TimelineFilter parse(String priority, String workingGroup, String type, String organiser, String country,
			String city, String text, String month, String page) {
		List<String> ignored = new ArrayList<>();
		Integer priorityNumber = null;
		if (hasText(priority)) {
			try {
				priorityNumber = Integer.valueOf(priority.strip());
				if (priorityNumber <= 0) {
					priorityNumber = null;
					ignored.add("priority");
				}
			}
			catch (NumberFormatException ex) {
				ignored.add("priority");
			}
		}
		Event.Type eventType = null;
		if (hasText(type)) {
			try {
				eventType = Event.Type.valueOf(type.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				ignored.add("type");
			}
		}
		YearMonth yearMonth = null;
		if (hasText(month)) {
			try {
				yearMonth = YearMonth.parse(month.strip());
			}
			catch (DateTimeException ex) {
				ignored.add("month");
			}
		}
		int pageNumber = 1;
		if (hasText(page)) {
			try {
				pageNumber = Math.max(1, Integer.parseInt(page.strip()));
			}
			catch (NumberFormatException ex) {
				ignored.add("page");
			}
		}
		return new TimelineFilter(priorityNumber, code(workingGroup), eventType, code(organiser), code(country),
				clean(city), clean(text), yearMonth, pageNumber, ignored);
	}

	/** The same filter after checks against the data, with more ignored names. */
	TimelineFilter ignoring(List<String> more) {
		if (more.isEmpty()) {
			return this;
		}
		List<String> all = new ArrayList<>(this.ignored);
		all.addAll(more);
		return new TimelineFilter(more.contains("priority") ? null : this.priority,
				more.contains("wg") ? null : this.workingGroup, this.type,
				more.contains("organiser") ? null : this.organiser, more.contains("country") ? null : this.country,
				this.city, this.text, this.month, this.page, all);
	}

	boolean isFiltered() {
		return this.priority != null || this.workingGroup != null || this.type != null || this.organiser != null
				|| this.country != null || this.city != null || this.text != null || this.month != null;
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static String code(String value) {
		return hasText(value) ? value.strip().toUpperCase(Locale.ROOT) : null;
	}

	private static String clean(String value) {
		if (!hasText(value)) {
			return null;
		}
		String stripped = value.strip();
		return (stripped.length() > 200) ? stripped.substring(0, 200) : stripped;
	}

}
