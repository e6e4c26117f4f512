package lv.mfa.registry.event.admin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Page;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.event.admin.EventForm.AgendaRow;
import lv.mfa.registry.event.admin.EventForm.DocumentRow;
import lv.mfa.registry.event.AgendaItem;
import lv.mfa.registry.event.Event;
import lv.mfa.registry.event.EventDocument;
import lv.mfa.registry.presidency.PresidencyRepository;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.priority.PriorityRepository;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.reference.CountryRepository;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.InstitutionRepository;
import lv.mfa.registry.security.StaffUser;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.shared.Publication;
import lv.mfa.registry.workinggroup.WorkingGroup;
import lv.mfa.registry.shared.form.FormProblems;
import lv.mfa.registry.shared.form.FormTexts;
import lv.mfa.registry.shared.form.Versions;

/**
 * Creating, changing, publishing and deleting events. Who may change what is decided
 * here, not in the views: an editor only the events their institution organises, a
 * coordinator all. Every save makes the event a draft until a coordinator publishes it.
 */
@Service
@Transactional
class EventEditing {

	private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final AdminEventRepository events;

	private final InstitutionRepository institutions;

	private final PresidencyRepository presidencies;

	private final CountryRepository countries;

	private final PriorityRepository priorities;

	private final EntityManager entityManager;

	EventEditing(AdminEventRepository events, InstitutionRepository institutions, PresidencyRepository presidencies,
			CountryRepository countries, PriorityRepository priorities, EntityManager entityManager) {
		this.priorities = priorities;
		this.events = events;
		this.institutions = institutions;
		this.presidencies = presidencies;
		this.countries = countries;
		this.entityManager = entityManager;
	}

	/**
	 * The events a user may see in the staff list: coordinators all; an editor their own
	 * institution's (drafts included) and the others' published ones, which the public
	 * sees anyway and which an editor needs to plan around and not enter twice. Others'
	 * drafts are work in progress of another institution.
	 */
	@Transactional(readOnly = true)
	Page<Event> list(EventFilter filter, StaffUser user) {
		// Someone not signed in as staff (no StaffUser) sees what an editor of no
		// institution would: published events only.
		Specification<Event> specification = (user != null && user.isCoordinator()) ? filter.specification()
				: filter.specification().and(visibleTo((user != null) ? user.getInstitutionId() : null));
		Page<Event> page = this.events.findAll(specification, filter.pageable());
		// Organisers of the whole page in one batch (default_batch_fetch_size).
		page.forEach((event) -> event.getOrganisers().size());
		return page;
	}

	/**
	 * The form of an event the user may change; 404 for an unknown id, 403 for others'.
	 */
	@Transactional(readOnly = true)
	EventForm form(Long id, StaffUser user) {
		Event event = this.events.findWithDetailsById(id).orElseThrow(() -> new NotFoundException("event " + id));
		checkMayChange(event, user);
		return EventForm.of(event);
	}

	/**
	 * 404 for an unknown id, 403 for another institution's event: asked before a posted
	 * form is even checked, so a form with mistakes shows nothing of others' events.
	 */
	@Transactional(readOnly = true)
	void checkMayChange(Long id, StaffUser user) {
		checkMayChange(this.events.findWithDetailsById(id).orElseThrow(() -> new NotFoundException("event " + id)),
				user);
	}

	/** The event as saved now, for the conflict page and the history. */
	@Transactional(readOnly = true)
	EventForm current(Long id) {
		return EventForm
			.of(this.events.findWithDetailsById(id).orElseThrow(() -> new NotFoundException("event " + id)));
	}

	@Transactional(readOnly = true)
	Event summary(Long id) {
		return this.events.findWithDetailsById(id).orElseThrow(() -> new NotFoundException("event " + id));
	}

	/** Saves a new event as a draft; answers its id. */
	Long create(EventForm form, StaffUser user) {
		problems(form, user).throwIfAny();
		Event event = new Event(form.startDate(), form.endDate(), form.type(), form.status(), form.title());
		event.knownAs(form.datePrecision());
		applyFields(event, form);
		List<AgendaRow> agenda = filled(form.agenda());
		for (AgendaRow row : agenda) {
			AgendaItem item = event.addAgendaItem(row.day(), row.startTime(), row.endTime(),
					LocalizedText.of(row.titleLv(), row.titleEn()));
			item.setVenue(LocalizedText.of(row.venueLv(), row.venueEn()));
			item.setSpeakers(LocalizedText.of(row.speakersLv(), row.speakersEn()));
		}
		for (DocumentRow row : filledDocuments(form.documents())) {
			event.addDocument(LocalizedText.of(row.titleLv(), row.titleEn()), row.adoptedOn(), blankToNull(row.url()));
		}
		return this.events.save(event).getId();
	}

	/**
	 * Saves the form over the version it was opened from; a newer saved version makes it
	 * a conflict, and the database keeps that newer version.
	 */
	void update(Long id, EventForm form, StaffUser user) {
		this.events.lockVersion(id).orElseThrow(() -> new NotFoundException("event " + id));
		Event event = this.events.findWithDetailsById(id).orElseThrow(() -> new NotFoundException("event " + id));
		checkMayChange(event, user);
		Versions.check(event.getVersion(), form.version());
		problems(form, user).throwIfAny();
		// The version rises even when only the agenda or documents change, so that two
		// saves over the same version always conflict.
		this.entityManager.lock(event, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		applyFields(event, form);
		// The database checks that every agenda slot lies within its event's days, row by
		// row: widen the event to both its old and new days, change the agenda, then set
		// the new days.
		LocalDate widestStart = min(event.getStartDate(), form.startDate());
		LocalDate widestEnd = max(event.getEndDate(), form.endDate());
		event.change(widestStart, widestEnd, form.type(), form.status(), form.title());
		this.entityManager.flush();
		applyAgenda(event, filled(form.agenda()));
		applyDocuments(event, filledDocuments(form.documents()));
		this.entityManager.flush();
		event.change(form.startDate(), form.endDate(), form.type(), form.status(), form.title());
		event.knownAs(form.datePrecision());
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	void publish(Long id) {
		Event event = this.events.findForUpdate(id).orElseThrow(() -> new NotFoundException("event " + id));
		event.setPublication(Publication.PUBLISHED);
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	void unpublish(Long id) {
		Event event = this.events.findForUpdate(id).orElseThrow(() -> new NotFoundException("event " + id));
		event.setPublication(Publication.DRAFT);
	}

	void delete(Long id, StaffUser user) {
		Event event = this.events.findForUpdate(id).orElseThrow(() -> new NotFoundException("event " + id));
		checkMayChange(event, user);
		this.events.delete(event);
	}

	private static Specification<Event> visibleTo(Long institutionId) {
		return (root, query, cb) -> {
			Subquery<Long> own = query.subquery(Long.class);
			Root<Event> event = own.from(Event.class);
			Join<Event, Institution> organiser = event.join("organisers");
			own.select(event.get("id"))
				.where(cb.equal(event.get("id"), root.get("id")), cb.equal(organiser.get("id"), institutionId));
			return cb.or(cb.equal(root.get("publication"), Publication.PUBLISHED), cb.exists(own));
		};
	}

	/**
	 * An event's history shows every earlier state, drafts included: only for those who
	 * may change it.
	 */
	static void checkMaySeeHistory(Event event, StaffUser user) {
		checkMayChange(event, user);
	}

	/** Whether the user may change this event: coordinators all, editors their own. */
	static boolean mayChange(Event event, StaffUser user) {
		if (user.isCoordinator()) {
			return true;
		}
		return user.getInstitutionId() != null && event.getOrganisers()
			.stream()
			.anyMatch((institution) -> user.getInstitutionId().equals(institution.getId()));
	}

	private static void checkMayChange(Event event, StaffUser user) {
		if (!mayChange(event, user)) {
			throw new AccessDeniedException("event " + event.getId() + " is organised by another institution");
		}
	}

	/**
	 * The rules a form must keep beyond its fields' own (ends not before starts are
	 * {@link lv.mfa.registry.shared.form.ValidPeriod}'s), each named beside its field.
	 */
	@Transactional(readOnly = true)
	void checkRules(EventForm form, StaffUser user) {
		problems(form, user).throwIfAny();
	}

	/**
	 * Whether the form keeps the rules, answered without an exception: for a caller
	 * inside its own transaction (restoring a version), which an exception through this
	 * service would mark for rollback.
	 */
	@Transactional(readOnly = true)
	boolean keepsRules(EventForm form, StaffUser user) {
		return problems(form, user).isEmpty();
	}

	private FormProblems problems(EventForm form, StaffUser user) {
		FormProblems problems = new FormProblems();
		if (form.title().isEmpty()) {
			problems.reject("titleLv", "admin.form.title-required");
		}
		if (!user.isCoordinator() && !form.organisedBy(user.getInstitutionId())) {
			problems.reject("organiserIds", "admin.event.own-institution-required");
		}
		if (form.presidencyId() != null && !this.presidencies.existsById(form.presidencyId())) {
			problems.reject("presidencyId", "admin.unknown-choice");
		}
		if (form.priorityId() != null) {
			Priority priority = this.priorities.findById(form.priorityId()).orElse(null);
			if (priority == null || !priority.getPresidency().getId().equals(form.presidencyId())) {
				problems.reject("priorityId", "admin.event.priority-of-other-presidency");
			}
		}
		if (form.workingGroupId() != null
				&& this.entityManager.find(WorkingGroup.class, form.workingGroupId()) == null) {
			problems.reject("workingGroupId", "admin.unknown-choice");
		}
		if (form.projectId() != null && this.entityManager.find(Project.class, form.projectId()) == null) {
			problems.reject("projectId", "admin.unknown-choice");
		}
		if (form.countryCode() != null && !form.countryCode().isBlank()
				&& !this.countries.existsById(form.countryCode())) {
			problems.reject("countryCode", "admin.unknown-choice");
		}
		if (this.institutions.findAllById(form.organiserIds()).size() != new LinkedHashSet<>(form.organiserIds())
			.size()) {
			problems.reject("organiserIds", "admin.unknown-choice");
		}
		for (int i = 0; i < form.agenda().size(); i++) {
			AgendaRow row = form.agenda().get(i);
			if (row.isBlank()) {
				continue;
			}
			String prefix = "agenda[" + i + "].";
			if (row.day() == null) {
				problems.reject(prefix + "day", "admin.event.agenda-day-required");
			}
			else if (form.startDate() != null && form.endDate() != null
					&& (row.day().isBefore(form.startDate()) || row.day().isAfter(form.endDate()))) {
				problems.reject(prefix + "day", "admin.event.agenda-outside-event", COMPACT.format(form.startDate()),
						COMPACT.format(form.endDate()));
			}
			if (FormTexts.blank(row.titleLv()) && FormTexts.blank(row.titleEn())) {
				problems.reject(prefix + "titleLv", "admin.form.title-required");
			}
		}
		for (int i = 0; i < form.documents().size(); i++) {
			DocumentRow row = form.documents().get(i);
			if (!row.isBlank() && FormTexts.blank(row.titleLv()) && FormTexts.blank(row.titleEn())) {
				problems.reject("documents[" + i + "].titleLv", "admin.form.title-required");
			}
		}
		return problems;
	}

	private void applyFields(Event event, EventForm form) {
		event.setPresidency(
				(form.presidencyId() != null) ? this.presidencies.getReferenceById(form.presidencyId()) : null);
		event.setPriority((form.priorityId() != null) ? this.priorities.getReferenceById(form.priorityId()) : null);
		event.setWorkingGroup((form.workingGroupId() != null)
				? this.entityManager.getReference(WorkingGroup.class, form.workingGroupId()) : null);
		event.setProject(
				(form.projectId() != null) ? this.entityManager.getReference(Project.class, form.projectId()) : null);
		boolean hasCountry = form.countryCode() != null && !form.countryCode().isBlank();
		event.setPlace(LocalizedText.of(form.cityLv(), form.cityEn()),
				hasCountry ? this.countries.getReferenceById(form.countryCode()) : null);
		event.setVenue(LocalizedText.of(form.venueLv(), form.venueEn()));
		event.setResults(LocalizedText.of(form.resultsLv(), form.resultsEn()));
		event.setParticipantCount(form.participantCount());
		Set<Institution> organisers = new LinkedHashSet<>(this.institutions.findAllById(form.organiserIds()));
		event.getOrganisers().retainAll(organisers);
		event.getOrganisers().addAll(organisers);
		event.setPublication(Publication.DRAFT);
	}

	private static void applyAgenda(Event event, List<AgendaRow> rows) {
		event.truncateAgenda(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			AgendaRow row = rows.get(i);
			LocalizedText title = LocalizedText.of(row.titleLv(), row.titleEn());
			LocalizedText venue = LocalizedText.of(row.venueLv(), row.venueEn());
			LocalizedText speakers = LocalizedText.of(row.speakersLv(), row.speakersEn());
			if (i < event.getAgenda().size()) {
				event.getAgenda().get(i).change(row.day(), row.startTime(), row.endTime(), title, venue, speakers);
			}
			else {
				AgendaItem item = event.addAgendaItem(row.day(), row.startTime(), row.endTime(), title);
				item.setVenue(venue);
				item.setSpeakers(speakers);
			}
		}
	}

	private static void applyDocuments(Event event, List<DocumentRow> rows) {
		event.truncateDocuments(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			DocumentRow row = rows.get(i);
			LocalizedText title = LocalizedText.of(row.titleLv(), row.titleEn());
			if (i < event.getDocuments().size()) {
				EventDocument document = event.getDocuments().get(i);
				document.change(title, row.adoptedOn(), blankToNull(row.url()));
			}
			else {
				event.addDocument(title, row.adoptedOn(), blankToNull(row.url()));
			}
		}
	}

	private static List<AgendaRow> filled(List<AgendaRow> rows) {
		List<AgendaRow> filled = new ArrayList<>();
		rows.stream().filter((row) -> !row.isBlank()).forEach(filled::add);
		return filled;
	}

	private static List<DocumentRow> filledDocuments(List<DocumentRow> rows) {
		List<DocumentRow> filled = new ArrayList<>();
		rows.stream().filter((row) -> !row.isBlank()).forEach(filled::add);
		return filled;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
