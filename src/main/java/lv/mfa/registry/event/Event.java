package lv.mfa.registry.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.reference.Country;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.Organisation;
import lv.mfa.registry.shared.text.ApproximateDate;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.Publication;
import lv.mfa.registry.workinggroup.WorkingGroup;

/**
 * A meeting, conference, seminar… held (or planned) during a presidency, with its agenda
 * and results.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Event {

	public enum Type {

		MEETING, CONFERENCE, SEMINAR, FORUM, HIGH_LEVEL_MEETING, CEREMONY, STUDY_VISIT, SUMMIT, WORKSHOP, OTHER

	}

	public enum Status {

		PLANNED, HELD, CANCELLED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "key")
	private String key;

	@ManyToOne(fetch = FetchType.LAZY)
	private Presidency presidency;

	private LocalDate startDate;

	private LocalDate endDate;

	/** How precisely the dates are known: the start and end are the span it covers. */
	@Enumerated(EnumType.STRING)
	private ApproximateDate.Precision datePrecision;

	private String sourceDatePlace;

	@Embedded
	private LocalizedText city;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_code")
	private Country country;

	@Embedded
	private LocalizedText venue;

	@Enumerated(EnumType.STRING)
	private Type type;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Embedded
	private LocalizedText title;

	@Embedded
	private LocalizedText results;

	@ManyToOne(fetch = FetchType.LAZY)
	private WorkingGroup workingGroup;

	@ManyToOne(fetch = FetchType.LAZY)
	private Priority priority;

	@ManyToOne(fetch = FetchType.LAZY)
	private Project project;

	private Integer participantCount;

	@Enumerated(EnumType.STRING)
	private Publication publication = Publication.DRAFT;

	@ManyToMany
	@JoinTable(name = "event_organiser", joinColumns = @JoinColumn(name = "event_id"),
			inverseJoinColumns = @JoinColumn(name = "institution_id"))
	private Set<Institution> organisers = new LinkedHashSet<>();

	@NotAudited
	@ManyToMany
	@JoinTable(name = "event_partner", joinColumns = @JoinColumn(name = "event_id"),
			inverseJoinColumns = @JoinColumn(name = "organisation_id"))
	private Set<Organisation> partners = new LinkedHashSet<>();

	@OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<AgendaItem> agenda = new ArrayList<>();

	@OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<EventDocument> documents = new ArrayList<>();

	@Version
	private long version;

	protected Event() {
	}

	public Event(LocalDate startDate, LocalDate endDate, Type type, Status status, LocalizedText title) {
		this.startDate = startDate;
		this.endDate = endDate;
		this.datePrecision = dayPrecision(startDate, endDate);
		this.type = type;
		this.status = status;
		this.title = title;
	}

	public AgendaItem addAgendaItem(LocalDate day, LocalTime start, LocalTime end, LocalizedText title) {
		AgendaItem item = new AgendaItem(this, this.agenda.size(), day, start, end, title);
		this.agenda.add(item);
		return item;
	}

	public EventDocument addDocument(LocalizedText title, LocalDate adoptedOn, String url) {
		EventDocument document = new EventDocument(this, this.documents.size(), title, adoptedOn, url);
		this.documents.add(document);
		return document;
	}

	/**
	 * Changes what the event is and when it happens (exact days); the agenda must still
	 * fit.
	 */
	public void change(LocalDate startDate, LocalDate endDate, Type type, Status status, LocalizedText title) {
		this.startDate = startDate;
		this.endDate = endDate;
		this.datePrecision = dayPrecision(startDate, endDate);
		this.type = type;
		this.status = status;
		this.title = title;
	}

	/**
	 * Says the event's days are known only as a month, season, quarter or year: the start
	 * and end must already be that span. Exact days (or null) keep the day precision.
	 */
	public void knownAs(ApproximateDate.Precision precision) {
		if (precision == ApproximateDate.Precision.UNDATED) {
			throw new IllegalArgumentException("an event has at least a year");
		}
		boolean days = precision == null || precision == ApproximateDate.Precision.DAY
				|| precision == ApproximateDate.Precision.DAYS;
		this.datePrecision = days ? dayPrecision(this.startDate, this.endDate) : precision;
	}

	private static ApproximateDate.Precision dayPrecision(LocalDate start, LocalDate end) {
		return (start == null || start.equals(end)) ? ApproximateDate.Precision.DAY : ApproximateDate.Precision.DAYS;
	}

	/** When the event happens, as precisely as it is known. */
	public ApproximateDate getWhen() {
		return ApproximateDate.of(this.startDate, this.endDate, this.datePrecision);
	}

	public ApproximateDate.Precision getDatePrecision() {
		return this.datePrecision;
	}

	/** Keeps the first {@code size} agenda items; the others are deleted. */
	public void truncateAgenda(int size) {
		while (this.agenda.size() > size) {
			this.agenda.remove(this.agenda.size() - 1);
		}
	}

	/** Keeps the first {@code size} documents; the others are deleted. */
	public void truncateDocuments(int size) {
		while (this.documents.size() > size) {
			this.documents.remove(this.documents.size() - 1);
		}
	}

	public boolean isPublished() {
		return this.publication == Publication.PUBLISHED;
	}

	/**
	 * Dated before the presidency began or after it ended: a data-quality warning, never
	 * a refusal.
	 */
	public boolean isOutside(Presidency presidency) {
		return this.startDate.isBefore(presidency.getPeriodStart()) || this.endDate.isAfter(presidency.getPeriodEnd());
	}

	/**
	 * Held, but nobody wrote down what it achieved: the report's last column would be
	 * empty.
	 */
	public boolean isHeldWithoutResults() {
		return this.status == Status.HELD && (this.results == null || this.results.isEmpty());
	}

	public boolean isSingleDay() {
		return this.startDate.equals(this.endDate);
	}

	public Long getId() {
		return this.id;
	}

	public String getKey() {
		return this.key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public Presidency getPresidency() {
		return this.presidency;
	}

	public void setPresidency(Presidency presidency) {
		this.presidency = presidency;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public String getSourceDatePlace() {
		return this.sourceDatePlace;
	}

	public void setSourceDatePlace(String sourceDatePlace) {
		this.sourceDatePlace = sourceDatePlace;
	}

	public LocalizedText getCity() {
		return this.city;
	}

	public Country getCountry() {
		return this.country;
	}

	public void setPlace(LocalizedText city, Country country) {
		this.city = city;
		this.country = country;
	}

	public LocalizedText getVenue() {
		return this.venue;
	}

	public void setVenue(LocalizedText venue) {
		this.venue = venue;
	}

	public Type getType() {
		return this.type;
	}

	public Status getStatus() {
		return this.status;
	}

	public LocalizedText getTitle() {
		return this.title;
	}

	public LocalizedText getResults() {
		return this.results;
	}

	public void setResults(LocalizedText results) {
		this.results = results;
	}

	public WorkingGroup getWorkingGroup() {
		return this.workingGroup;
	}

	public void setWorkingGroup(WorkingGroup workingGroup) {
		this.workingGroup = workingGroup;
	}

	public Priority getPriority() {
		return this.priority;
	}

	public void setPriority(Priority priority) {
		this.priority = priority;
	}

	public Project getProject() {
		return this.project;
	}

	/**
	 * The working group as the public may see it: none while the group is a draft (its
	 * own page answers 404, so a published event must not name it either).
	 */
	public WorkingGroup getPublishedWorkingGroup() {
		return (this.workingGroup != null && this.workingGroup.getPublication() == Publication.PUBLISHED)
				? this.workingGroup : null;
	}

	/** The related project as the public may see it: none while it is a draft. */
	public Project getPublishedProject() {
		return (this.project != null && this.project.getPublication() == Publication.PUBLISHED) ? this.project : null;
	}

	public void setProject(Project project) {
		this.project = project;
	}

	public Integer getParticipantCount() {
		return this.participantCount;
	}

	public void setParticipantCount(Integer participantCount) {
		this.participantCount = participantCount;
	}

	public Publication getPublication() {
		return this.publication;
	}

	public void setPublication(Publication publication) {
		this.publication = publication;
	}

	public Set<Institution> getOrganisers() {
		return this.organisers;
	}

	public Set<Organisation> getPartners() {
		return this.partners;
	}

	public List<AgendaItem> getAgenda() {
		return this.agenda;
	}

	public List<EventDocument> getDocuments() {
		return this.documents;
	}

	public long getVersion() {
		return this.version;
	}

}
