package lv.mfa.registry.timeline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

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
	 * A month of the navigator: its first day and the events it holds under the filters.
	 */
	record MonthCount(LocalDate firstDay, String value, long count) {

	}

	/** The events of one month on this page. */
	record MonthGroup(LocalDate firstDay, List<Event> events) {

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
