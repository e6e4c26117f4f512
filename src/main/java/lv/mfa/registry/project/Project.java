package lv.mfa.registry.project;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.reference.Country;
import lv.mfa.registry.reference.FundingProgramme;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.Publication;

/**
 * A funded project (CBSS Project Support Facility, EU ISEC…) with its partners by
 * country.
 */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
public class Project {

	/** The CBSS long-term priorities projects are funded under. */
	public enum LongTermPriority {

		REGIONAL_IDENTITY, SUSTAINABLE_PROSPEROUS_REGION, SAFE_SECURE_REGION

	}

	public enum Status {

		APPROVED, ONGOING, COMPLETED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "key")
	private String key;

	@Embedded
	private LocalizedText title;

	private String acronym;

	private Integer startYear;

	private Integer endYear;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private FundingProgramme programme;

	private String programmeReference;

	@Enumerated(EnumType.STRING)
	private LongTermPriority longTermPriority;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Embedded
	private LocalizedText description;

	@ManyToOne(fetch = FetchType.LAZY)
	private Presidency presidency;

	@ManyToOne(fetch = FetchType.LAZY)
	private Priority priority;

	private String url;

	@Enumerated(EnumType.STRING)
	private Publication publication = Publication.DRAFT;

	@OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Partner> partners = new ArrayList<>();

	@Version
	private long version;

	protected Project() {
	}

	public Project(String key, LocalizedText title, FundingProgramme programme, Status status) {
		this.key = key;
		this.title = title;
		this.programme = programme;
		this.status = status;
	}

	public Partner addPartner(LocalizedText name, Country country, boolean lead) {
		Partner partner = new Partner(this, this.partners.size(), name, country, lead);
		this.partners.add(partner);
		return partner;
	}

	/** Changes what identifies and describes the project. */
	public void change(String key, LocalizedText title, FundingProgramme programme, Status status) {
		this.key = key;
		this.title = title;
		this.programme = programme;
		this.status = status;
	}

	/** Keeps the first {@code size} partners; the others are deleted. */
	public void truncatePartners(int size) {
		while (this.partners.size() > size) {
			this.partners.remove(this.partners.size() - 1);
		}
	}

	public long getVersion() {
		return this.version;
	}

	public Long getId() {
		return this.id;
	}

	public String getKey() {
		return this.key;
	}

	public LocalizedText getTitle() {
		return this.title;
	}

	public String getAcronym() {
		return this.acronym;
	}

	public void setAcronym(String acronym) {
		this.acronym = acronym;
	}

	public Integer getStartYear() {
		return this.startYear;
	}

	public Integer getEndYear() {
		return this.endYear;
	}

	public void setYears(Integer startYear, Integer endYear) {
		this.startYear = startYear;
		this.endYear = endYear;
	}

	public FundingProgramme getProgramme() {
		return this.programme;
	}

	public String getProgrammeReference() {
		return this.programmeReference;
	}

	public void setProgrammeReference(String programmeReference) {
		this.programmeReference = programmeReference;
	}

	public LongTermPriority getLongTermPriority() {
		return this.longTermPriority;
	}

	public void setLongTermPriority(LongTermPriority longTermPriority) {
		this.longTermPriority = longTermPriority;
	}

	public Status getStatus() {
		return this.status;
	}

	public LocalizedText getDescription() {
		return this.description;
	}

	public void setDescription(LocalizedText description) {
		this.description = description;
	}

	public Presidency getPresidency() {
		return this.presidency;
	}

	public void setPresidency(Presidency presidency) {
		this.presidency = presidency;
	}

	public Priority getPriority() {
		return this.priority;
	}

	public void setPriority(Priority priority) {
		this.priority = priority;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public Publication getPublication() {
		return this.publication;
	}

	public void setPublication(Publication publication) {
		this.publication = publication;
	}

	public List<Partner> getPartners() {
		return this.partners;
	}

}
