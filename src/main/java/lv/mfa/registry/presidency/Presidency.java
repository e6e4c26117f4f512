package lv.mfa.registry.presidency;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.LocalDate;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import lv.mfa.registry.reference.Country;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.Organisation;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.Publication;

/**
 * A country's term at the head of an intergovernmental council, e.g. Latvia's third CBSS
 * presidency 2018–2019.
 */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
public class Presidency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Organisation organisation;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "country_code")
	private Country country;

	private int ordinal;

	private LocalDate periodStart;

	private LocalDate periodEnd;

	@ManyToOne(fetch = FetchType.LAZY)
	private Institution coordinator;

	@ManyToOne(fetch = FetchType.LAZY)
	private Presidency previous;

	@ManyToOne(fetch = FetchType.LAZY)
	private Presidency next;

	@Embedded
	private LocalizedText legalBasis;

	@Embedded
	private LocalizedText introduction;

	@Embedded
	private LocalizedText committeeNarrative;

	@Embedded
	private LocalizedText otherDirections;

	private String reportDatePlace;

	@Enumerated(EnumType.STRING)
	private Publication publication = Publication.DRAFT;

	@Version
	private long version;

	protected Presidency() {
	}

	public Presidency(String slug, Organisation organisation, Country country, int ordinal, LocalDate periodStart,
			LocalDate periodEnd) {
		this.slug = slug;
		this.organisation = organisation;
		this.country = country;
		this.ordinal = ordinal;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
	}

	/** Changes the presidency's term; the end may not be before the start. */
	public void changePeriod(LocalDate periodStart, LocalDate periodEnd) {
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
	}

	/**
	 * Changes who held which council: the organisation, the holding country and the
	 * ordinal of this country's presidency of it.
	 */
	public void changeHolder(Organisation organisation, Country country, int ordinal) {
		this.organisation = organisation;
		this.country = country;
		this.ordinal = ordinal;
	}

	public boolean isPublished() {
		return this.publication == Publication.PUBLISHED;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public Country getCountry() {
		return this.country;
	}

	public int getOrdinal() {
		return this.ordinal;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public Institution getCoordinator() {
		return this.coordinator;
	}

	public void setCoordinator(Institution coordinator) {
		this.coordinator = coordinator;
	}

	public Presidency getPrevious() {
		return this.previous;
	}

	public void setPrevious(Presidency previous) {
		this.previous = previous;
	}

	public Presidency getNext() {
		return this.next;
	}

	public void setNext(Presidency next) {
		this.next = next;
	}

	public LocalizedText getLegalBasis() {
		return this.legalBasis;
	}

	public void setLegalBasis(LocalizedText legalBasis) {
		this.legalBasis = legalBasis;
	}

	public LocalizedText getIntroduction() {
		return this.introduction;
	}

	public void setIntroduction(LocalizedText introduction) {
		this.introduction = introduction;
	}

	public LocalizedText getCommitteeNarrative() {
		return this.committeeNarrative;
	}

	public void setCommitteeNarrative(LocalizedText committeeNarrative) {
		this.committeeNarrative = committeeNarrative;
	}

	public LocalizedText getOtherDirections() {
		return this.otherDirections;
	}

	public void setOtherDirections(LocalizedText otherDirections) {
		this.otherDirections = otherDirections;
	}

	/** The report's date-and-place line, e.g. "05.02.2008, Rīga"; null when not given. */
	public String getReportDatePlace() {
		return this.reportDatePlace;
	}

	public void setReportDatePlace(String reportDatePlace) {
		this.reportDatePlace = reportDatePlace;
	}

	public Publication getPublication() {
		return this.publication;
	}

	public void setPublication(Publication publication) {
		this.publication = publication;
	}

	public long getVersion() {
		return this.version;
	}

}
