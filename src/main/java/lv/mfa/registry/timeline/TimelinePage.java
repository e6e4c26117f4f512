package lv.mfa.registry.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.shared.FacetValue;

/** Everything the timeline page shows. */
record TimelinePage(Presidency presidency, TimelineFilter filter, List<Priority> priorities,
		List<FacetValue> priorityFacet, List<FacetValue> workingGroupFacet, List<FacetValue> typeFacet,
		List<FacetValue> organiserFacet, List<FacetValue> countryFacet, List<FacetValue> cityFacet,
		List<MonthCount> months, List<MonthGroup> groups, long total, int page, int pageCount) {

	/**
	 * An event's organisers in a stable order (by code), so equal pages are equal bytes.
	 */
	public List<Institution> organisersOf(Event event) {
		return sortedByCode(event);
	}

	static List<Institution> sortedByCode(Event event) {
		return event.getOrganisers().stream().sorted(Comparator.comparing(Institution::getCode)).toList();
	}

	/**
	 * A month of the navigator: its first day and the events whose span it holds under
	 * the filters; or a year ({@code wholeYear}) and the events known only by it
	 * ({@link TimelinePeriod}).
	 */
	record MonthCount(LocalDate firstDay, String value, long count, boolean wholeYear) {

		/** From the facet's value: "2019-10" or "2019". */
		static MonthCount of(String value, long count) {
			boolean year = value.length() == 4;
			return new MonthCount(LocalDate.parse(year ? value + "-01-01" : value + "-01"), value, count, year);
		}

	}

	/**
	 * The events of one month on this page, or of one year for those known only by it.
	 */
	record MonthGroup(LocalDate firstDay, boolean wholeYear, List<Event> events) {

		/**
		 * The page's events under their headings, in the page's order: an event under the
		 * month it starts in, or under the month filtered for when its span began earlier
		 * ("autumn 2019" under October when October is asked for); one known only by its
		 * year under that year, before the year's January.
		 */
		static List<MonthGroup> of(List<Event> events, TimelinePeriod filtered) {
			Map<LocalDate, List<Event>> months = new TreeMap<>();
			Map<LocalDate, List<Event>> years = new TreeMap<>();
			for (Event event : events) {
				boolean year = event.getDatePrecision() != null && event.getDatePrecision().isYearLong();
				LocalDate first = year ? event.getStartDate().withDayOfYear(1) : event.getStartDate().withDayOfMonth(1);
				if (filtered != null && first.isBefore(filtered.first())) {
					first = filtered.first();
				}
				(year ? years : months).computeIfAbsent(first, (key) -> new ArrayList<>()).add(event);
			}
			List<MonthGroup> groups = new ArrayList<>();
			years.forEach((first, list) -> groups.add(new MonthGroup(first, true, list)));
			months.forEach((first, list) -> groups.add(new MonthGroup(first, false, list)));
			groups.sort(Comparator.comparing(MonthGroup::firstDay)
				.thenComparing(MonthGroup::wholeYear, Comparator.reverseOrder()));
			return groups;
		}

	}

	/**
	 * On a month's page, the year of that month when events are known only by it: they
	 * may belong to this month, so the page points to them (null otherwise).
	 */
	public MonthCount yearOnly() {
		if (this.filter.month() == null || this.filter.month().wholeYear()) {
			return null;
		}
		String year = String.valueOf(this.filter.month().first().getYear());
		return this.months.stream().filter((m) -> m.value().equals(year)).findFirst().orElse(null);
	}

	/**
	 * The facet value a filter is set to (for its removable chip), or null when no event
	 * has it any more.
	 */
	public FacetValue selected(List<FacetValue> facet, String value) {
		return facet.stream().filter((f) -> f.value().equals(value)).findFirst().orElse(null);
	}

	public boolean isEmpty() {
		return this.total == 0;
	}

}
