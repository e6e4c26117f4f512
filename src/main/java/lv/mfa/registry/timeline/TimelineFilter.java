package lv.mfa.registry.timeline;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.shared.web.LenientParameters;

/**
 * The timeline's filters as the visitor wrote them in the query string, read leniently: a
 * value that cannot be understood is ignored and named in {@link #ignored()}, never an
 * error.
 */
record TimelineFilter(Integer priority, String workingGroup, Event.Type type, String organiser, String country,
		String city, String text, TimelinePeriod month, int page, List<String> ignored) {

	static final int PAGE_SIZE = 25;

	static TimelineFilter parse(String priority, String workingGroup, String type, String organiser, String country,
			String city, String text, String month, String page) {
		LenientParameters parameters = new LenientParameters();
		Integer priorityNumber = parameters.number("priority", priority, 1, Integer.MAX_VALUE);
		Event.Type eventType = parameters.constant("type", type, Event.Type.class);
		TimelinePeriod period = TimelinePeriod.parseYear(month);
		if (period == null) {
			YearMonth yearMonth = parameters.month("month", month);
			period = (yearMonth != null) ? TimelinePeriod.month(yearMonth) : null;
		}
		int pageNumber = parameters.page(page);
		return new TimelineFilter(priorityNumber, LenientParameters.code(workingGroup), eventType,
				LenientParameters.code(organiser), LenientParameters.code(country), LenientParameters.text(city, 200),
				LenientParameters.text(text, 200), period, pageNumber, parameters.ignored());
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

}
