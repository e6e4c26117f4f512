package lv.mfa.registry.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.text.StructuredText;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.timeline.TimelineService;

@Service
@Transactional(readOnly = true)
class OpenDataService {

	private final TimelineService timeline;

	private final OpenDataRepository repository;

	OpenDataService(TimelineService timeline, OpenDataRepository repository) {
		this.timeline = timeline;
		this.repository = repository;
	}

	/**
	 * Every published event under the timeline's filters (none: all), read by one
	 * projection query (no entities).
	 */
	List<OpenDataRecords.EventRecord> events(String slug, Map<String, String> filters, String baseUrl) {
		List<OpenDataRecords.EventRecord> records = new ArrayList<>();
		this.timeline.forEachPublishedEvent(slug, filters,
				(e) -> records.add(new OpenDataRecords.EventRecord(e.id(), e.key(), e.startDate(), e.endDate(),
						e.datePrecision().name(), in(e.title(), "lv"), in(e.title(), "en"), e.type().name(),
						e.status().name(), in(e.city(), "lv"), in(e.city(), "en"), e.countryCode(), e.priorityNumber(),
						e.workingGroupCode(), e.organisers(), plain(e.results(), "lv"), plain(e.results(), "en"),
						baseUrl + "/events/" + e.id())));
		return records;
	}

	List<OpenDataRecords.ProjectRecord> projects(String slug, String baseUrl) {
		Presidency presidency = this.timeline.publishedPresidency(slug)
			.orElseThrow(() -> new NotFoundException("presidency " + slug));
		return this.repository.findProjects(presidency.getId()).stream().map((p) -> project(p, baseUrl)).toList();
	}

	private static OpenDataRecords.ProjectRecord project(Project p, String baseUrl) {
		List<OpenDataRecords.PartnerRecord> partners = p.getPartners()
			.stream()
			.map((pa) -> new OpenDataRecords.PartnerRecord(in(pa.getName(), "lv"), in(pa.getName(), "en"),
					(pa.getCountry() != null) ? pa.getCountry().getCode() : null, pa.isLead()))
			.toList();
		return new OpenDataRecords.ProjectRecord(p.getId(), p.getKey(), in(p.getTitle(), "lv"), in(p.getTitle(), "en"),
				p.getAcronym(), p.getStartYear(), p.getEndYear(), p.getProgramme().getCode(), p.getStatus().name(),
				(p.getLongTermPriority() != null) ? p.getLongTermPriority().name() : null,
				(p.getPriority() != null) ? p.getPriority().getNumber() : null, partners,
				baseUrl + "/projects/" + p.getId());
	}

	private static String in(LocalizedText text, String language) {
		return (text != null) ? text.in(language) : null;
	}

	/** A long text as plain text: a download carries no CommonMark markup. */
	private static String plain(LocalizedText text, String language) {
		return StructuredText.plain(in(text, language));
	}

}
