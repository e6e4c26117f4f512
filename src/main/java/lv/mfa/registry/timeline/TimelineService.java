package lv.mfa.registry.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.hibernate.Hibernate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.event.AgendaItem;
import lv.mfa.registry.event.Event;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.presidency.PresidencyRepository;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.priority.PriorityRepository;
import lv.mfa.registry.shared.FacetValue;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.shared.Publication;

/**
 * Reads a timeline page, an event page or a feed in a fixed number of statements,
 * whatever the number of events.
 */
@Service
@Transactional(readOnly = true)
public class TimelineService {

	private final PresidencyRepository presidencies;

	private final PriorityRepository priorities;

	private final TimelineRepository timeline;

	private final TimelineFacetCache facetCache;

	TimelineService(PresidencyRepository presidencies, PriorityRepository priorities, TimelineRepository timeline,
			TimelineFacetCache facetCache) {
		this.presidencies = presidencies;
		this.priorities = priorities;
		this.timeline = timeline;
		this.facetCache = facetCache;
	}

	Presidency presidency(String slug) {
		return this.presidencies.findBySlugAndPublication(slug, Publication.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("presidency " + slug));
	}

	TimelinePage timeline(String slug, TimelineFilter requested) {
		Presidency presidency = presidency(slug);
		List<Priority> priorityList = this.priorities.findByPresidencyIdOrderByNumber(presidency.getId());
		Long priorityId = null;
		List<String> unknown = new ArrayList<>();
		if (requested.priority() != null) {
			priorityId = priorityList.stream()
				.filter((p) -> p.getNumber() == requested.priority())
				.map(Priority::getId)
				.findFirst()
				.orElse(null);
			if (priorityId == null) {
				unknown.add("priority");
			}
		}
		TimelineFilter filter = requested.ignoring(unknown);
		TimelineQuery query = query(presidency, priorityId, filter);

		List<FacetValue> priorityFacet = new ArrayList<>();
		Map<Long, Long> byPriority = new LinkedHashMap<>();
		List<FacetValue> workingGroupFacet = new ArrayList<>();
		List<FacetValue> typeFacet = new ArrayList<>();
		List<FacetValue> organiserFacet = new ArrayList<>();
		List<FacetValue> countryFacet = new ArrayList<>();
		List<FacetValue> cityFacet = new ArrayList<>();
		List<TimelinePage.MonthCount> months = new ArrayList<>();
		long total = 0;
		for (TimelineRepository.FacetRow row : this.facetCache.facets(query, () -> this.timeline.facets(query))) {
			switch (row.facet()) {
				case "PRIORITY" -> {
					if (row.code() != null) {
						byPriority.put(Long.valueOf(row.code()), row.count());
					}
				}
				case "WORKING_GROUP" -> workingGroupFacet
					.add(new FacetValue(row.code(), LocalizedText.of(row.code() + " – " + nonNull(row.lv(), row.en()),
							row.code() + " – " + nonNull(row.en(), row.lv())), null, row.count()));
				case "TYPE" -> typeFacet.add(new FacetValue(row.code(), null, "event.type." + row.code(), row.count()));
				case "ORGANISER" -> organiserFacet
					.add(new FacetValue(row.code(), LocalizedText.of(row.nameLv(), row.nameEn()), null, row.count()));
				case "COUNTRY" -> countryFacet
					.add(new FacetValue(row.code(), LocalizedText.of(row.lv(), row.en()), null, row.count()));
				case "CITY" -> cityFacet.add(new FacetValue(nonNull(row.lv(), row.en()),
						LocalizedText.of(row.lv(), row.en()), null, row.count()));
				case "MONTH" -> months.add(TimelinePage.MonthCount.of(row.code(), row.count()));
				case "TOTAL" -> total = row.count();
				default -> throw new IllegalStateException("facet " + row.facet());
			}
		}
		for (Priority priority : priorityList) {
			priorityFacet.add(new FacetValue(String.valueOf(priority.getNumber()), priority.getTitle(), null,
					byPriority.getOrDefault(priority.getId(), 0L)));
		}

		int pageCount = (int) Math.max(1, (total + TimelineFilter.PAGE_SIZE - 1) / TimelineFilter.PAGE_SIZE);
		int page = Math.min(filter.page(), pageCount);
		List<Event> events = this.timeline.findEvents(
				this.timeline.findPageIds(query, (page - 1) * TimelineFilter.PAGE_SIZE, TimelineFilter.PAGE_SIZE));
		events.forEach((event) -> Hibernate.initialize(event.getOrganisers()));
		return new TimelinePage(presidency, filter, priorityList, priorityFacet, workingGroupFacet, typeFacet,
				organiserFacet, countryFacet, cityFacet, months, TimelinePage.MonthGroup.of(events, filter.month()),
				total, page, pageCount);
	}

	/** A published event with everything its page shows, or 404. */
	/**
	 * A published event as its calendar file writes it, with its last recorded change.
	 */
	FeedEvent feedEvent(long id) {
		Event event = this.timeline.findPublishedEvent(id).orElseThrow(() -> new NotFoundException("event " + id));
		return FeedEvent.of(event, this.timeline.lastChange(id));
	}

	EventDetails event(long id) {
		Event event = this.timeline.findPublishedEvent(id).orElseThrow(() -> new NotFoundException("event " + id));
		Hibernate.initialize(event.getDocuments());
		Hibernate.initialize(event.getOrganisers());
		Hibernate.initialize(event.getPartners());
		Map<LocalDate, List<AgendaItem>> byDay = new LinkedHashMap<>();
		for (AgendaItem item : event.getAgenda()) {
			byDay.computeIfAbsent(item.getDay(), (day) -> new ArrayList<>()).add(item);
		}
		List<EventDetails.AgendaDay> days = new ArrayList<>();
		byDay.forEach((day, items) -> days.add(new EventDetails.AgendaDay(day, items)));
		return new EventDetails(event, days);
	}

	/**
	 * Every published event of a published presidency, in date order, for the feeds: one
	 * projection query (no entities), each row handed over as the database sends it.
	 */
	public void forEachPublishedEvent(String slug, Consumer<FeedEvent> consumer) {
		Presidency presidency = presidency(slug);
		this.timeline.forEachPublished(presidency.getId(), null, consumer);
	}

	/**
	 * The same, limited by the timeline's filters as its query string writes them
	 * ({@code priority}, {@code wg}, {@code type}, {@code organiser}, {@code country},
	 * {@code city}, {@code q}, {@code month}), so a download holds what the visitor sees.
	 * A value that cannot be understood is ignored, as on the timeline.
	 */
	public void forEachPublishedEvent(String slug, Map<String, String> filters, Consumer<FeedEvent> consumer) {
		TimelineFilter filter = TimelineFilter.parse(filters.get("priority"), filters.get("wg"), filters.get("type"),
				filters.get("organiser"), filters.get("country"), filters.get("city"), filters.get("q"),
				filters.get("month"), null);
		if (!filter.isFiltered()) {
			forEachPublishedEvent(slug, consumer);
			return;
		}
		Presidency presidency = presidency(slug);
		Long priorityId = null;
		if (filter.priority() != null) {
			priorityId = this.priorities.findByPresidencyIdOrderByNumber(presidency.getId())
				.stream()
				.filter((p) -> p.getNumber() == filter.priority())
				.map(Priority::getId)
				.findFirst()
				.orElse(null);
		}
		TimelineFilter known = (filter.priority() != null && priorityId == null) ? filter.ignoring(List.of("priority"))
				: filter;
		List<Long> ids = this.timeline.findPageIds(query(presidency, priorityId, known), 0, Integer.MAX_VALUE);
		this.timeline.forEachPublished(presidency.getId(), ids, consumer);
	}

	private static TimelineQuery query(Presidency presidency, Long priorityId, TimelineFilter filter) {
		return new TimelineQuery(presidency.getId(), priorityId, filter.workingGroup(), filter.type(),
				filter.organiser(), filter.country(), filter.city(), filter.text(), filter.month());
	}

	Optional<String> latestSlug() {
		return this.presidencies.findLatestPublishedSlug();
	}

	/** The published presidency with this slug, if any. */
	public Optional<Presidency> publishedPresidency(String slug) {
		return this.presidencies.findBySlugAndPublication(slug, Publication.PUBLISHED);
	}

	private static String nonNull(Object first, Object second) {
		return (first != null) ? (String) first : (String) second;
	}

}
