package lv.mfa.registry.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import lv.mfa.registry.shared.LocalizedText;
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

	TimelineService(PresidencyRepository presidencies, PriorityRepository priorities, TimelineRepository timeline) {
		this.presidencies = presidencies;
		this.priorities = priorities;
		this.timeline = timeline;
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
		TimelineQuery query = new TimelineQuery(presidency.getId(), priorityId, filter.workingGroup(), filter.type(),
				filter.organiser(), filter.country(), filter.city(), filter.text(), filter.month());

		List<FacetValue> priorityFacet = new ArrayList<>();
		Map<Long, Long> byPriority = new LinkedHashMap<>();
		for (Object[] row : this.timeline.facet(query, TimelineRepository.Facet.PRIORITY)) {
			byPriority.put((Long) row[0], (Long) row[1]);
		}
		for (Priority priority : priorityList) {
			priorityFacet.add(new FacetValue(String.valueOf(priority.getNumber()), priority.getTitle(), null,
					byPriority.getOrDefault(priority.getId(), 0L)));
		}
		List<FacetValue> workingGroupFacet = new ArrayList<>();
		for (Object[] row : this.timeline.facet(query, TimelineRepository.Facet.WORKING_GROUP)) {
			workingGroupFacet
				.add(new FacetValue((String) row[0], LocalizedText.of(row[0] + " – " + nonNull(row[1], row[2]),
						row[0] + " – " + nonNull(row[2], row[1])), null, (Long) row[3]));
		}
		List<FacetValue> typeFacet = new ArrayList<>();
		for (Object[] row : this.timeline.facet(query, TimelineRepository.Facet.TYPE)) {
			Event.Type type = (Event.Type) row[0];
			typeFacet.add(new FacetValue(type.name(), null, "event.type." + type.name(), (Long) row[1]));
		}
		List<FacetValue> organiserFacet = new ArrayList<>();
		for (Object[] row : this.timeline.facet(query, TimelineRepository.Facet.ORGANISER)) {
			organiserFacet.add(new FacetValue((String) row[0], LocalizedText.of((String) row[3], (String) row[4]), null,
					(Long) row[5]));
		}
		List<FacetValue> countryFacet = new ArrayList<>();
		for (Object[] row : this.timeline.facet(query, TimelineRepository.Facet.COUNTRY)) {
			countryFacet.add(new FacetValue((String) row[0], LocalizedText.of((String) row[1], (String) row[2]), null,
					(Long) row[3]));
		}
		List<FacetValue> cityFacet = new ArrayList<>();
		for (Object[] row : this.timeline.facet(query, TimelineRepository.Facet.CITY)) {
			LocalizedText city = LocalizedText.of((String) row[0], (String) row[1]);
			cityFacet.add(new FacetValue(nonNull(row[0], row[1]), city, null, (Long) row[2]));
		}
		List<TimelinePage.MonthCount> months = new ArrayList<>();
		for (Object[] row : this.timeline.facet(query, TimelineRepository.Facet.MONTH)) {
			LocalDate first = LocalDate.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), 1);
			months.add(new TimelinePage.MonthCount(first, first.toString().substring(0, 7), (Long) row[2]));
		}

		long total = this.timeline.count(query);
		int pageCount = (int) Math.max(1, (total + TimelineFilter.PAGE_SIZE - 1) / TimelineFilter.PAGE_SIZE);
		int page = Math.min(filter.page(), pageCount);
		List<Event> events = this.timeline.findPage(query, (page - 1) * TimelineFilter.PAGE_SIZE,
				TimelineFilter.PAGE_SIZE);
		events.forEach((event) -> Hibernate.initialize(event.getOrganisers()));
		Map<LocalDate, List<Event>> byMonth = new LinkedHashMap<>();
		for (Event event : events) {
			byMonth.computeIfAbsent(event.getStartDate().withDayOfMonth(1), (month) -> new ArrayList<>()).add(event);
		}
		List<TimelinePage.MonthGroup> groups = new ArrayList<>();
		byMonth.forEach((month, list) -> groups.add(new TimelinePage.MonthGroup(month, list)));
		return new TimelinePage(presidency, filter, priorityList, priorityFacet, workingGroupFacet, typeFacet,
				organiserFacet, countryFacet, cityFacet, months, groups, total, page, pageCount);
	}

	/** A published event with everything its page shows, or 404. */
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

	/** Every published event of a published presidency, in date order, for the feeds. */
	public List<Event> publishedEvents(String slug) {
		Presidency presidency = presidency(slug);
		return this.timeline.findAll(TimelineQuery.all(presidency.getId()));
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
