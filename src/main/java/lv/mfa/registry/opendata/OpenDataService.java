package lv.mfa.registry.opendata;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.shared.LocalizedText;
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

	List<OpenDataRecords.EventRecord> events(String slug, String baseUrl) {
		return this.timeline.publishedEvents(slug)
			.stream()
			.map((e) -> new OpenDataRecords.EventRecord(e.getId(), e.getKey(), e.getStartDate(), e.getEndDate(),
					in(e.getTitle(), "lv"), in(e.getTitle(), "en"), e.getType().name(), e.getStatus().name(),
					in(e.getCity(), "lv"), in(e.getCity(), "en"),
					(e.getCountry() != null) ? e.getCountry().getCode() : null,
					(e.getPriority() != null) ? e.getPriority().getNumber() : null,
					(e.getWorkingGroup() != null) ? e.getWorkingGroup().getCode() : null,
					e.getOrganisers().stream().map(Institution::getCode).sorted().toList(),
					baseUrl + "/events/" + e.getId()))
			.toList();
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

}
