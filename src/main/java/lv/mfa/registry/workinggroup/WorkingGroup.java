package lv.mfa.registry.workinggroup;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.Version;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.Organisation;
import lv.mfa.registry.shared.text.ApproximateDate;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.Publication;

/**
 * An expert group, task force, network or committee of a council (TF-THB, BSTF, EGSD,
 * CSO…).
 */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
public class WorkingGroup {

	public enum Kind {

		EXPERT_GROUP, TASK_FORCE, NETWORK, COMMITTEE, PLATFORM, OTHER

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	private Organisation organisation;

	@Embedded
	private LocalizedText name;

	@Embedded
	private LocalizedText description;

	private LocalDate mandateStart;

	private LocalDate mandateEnd;

	/** How precisely each end of the mandate is known ("2019.–2022. gadam": years). */
	@Enumerated(EnumType.STRING)
	private ApproximateDate.Precision mandatePrecision = ApproximateDate.Precision.DAY;

	@Enumerated(EnumType.STRING)
	private Publication publication = Publication.DRAFT;

	@OneToMany(mappedBy = "workingGroup", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<WorkingGroupRole> roles = new ArrayList<>();

	@Version
	private long version;

	protected WorkingGroup() {
	}

	public WorkingGroup(String code, Kind kind, Organisation organisation, LocalizedText name) {
		this.code = code;
		this.kind = kind;
		this.organisation = organisation;
		this.name = name;
	}

	public WorkingGroupRole addRole(Presidency presidency, Priority priority, Institution leadInstitution,
			boolean chaired) {
		WorkingGroupRole role = new WorkingGroupRole(this, presidency, priority, leadInstitution, chaired);
		this.roles.add(role);
		return role;
	}

	/** Changes the group's code, kind, organisation and name. */
	public void change(String code, Kind kind, Organisation organisation, LocalizedText name) {
		this.code = code;
		this.kind = kind;
		this.organisation = organisation;
		this.name = name;
	}

	public long getVersion() {
		return this.version;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public Kind getKind() {
		return this.kind;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public LocalizedText getName() {
		return this.name;
	}

	public LocalizedText getDescription() {
		return this.description;
	}

	public void setDescription(LocalizedText description) {
		this.description = description;
	}

	public LocalDate getMandateStart() {
		return this.mandateStart;
	}

	public LocalDate getMandateEnd() {
		return this.mandateEnd;
	}

	/** A mandate of exact days. */
	public void setMandate(LocalDate start, LocalDate end) {
		setMandate(start, end, ApproximateDate.Precision.DAY);
	}

	/**
	 * A mandate whose ends are known as precisely as {@code precision} says: the start
	 * becomes the first day of its month, season, quarter or year, the end the last.
	 */
	public void setMandate(LocalDate start, LocalDate end, ApproximateDate.Precision precision) {
		boolean days = precision == null || precision == ApproximateDate.Precision.DAY
				|| precision == ApproximateDate.Precision.DAYS || precision == ApproximateDate.Precision.UNDATED;
		this.mandatePrecision = days ? ApproximateDate.Precision.DAY : precision;
		this.mandateStart = (start != null) ? ApproximateDate.covering(start, this.mandatePrecision).start() : null;
		this.mandateEnd = (end != null) ? ApproximateDate.covering(end, this.mandatePrecision).end() : null;
	}

	public ApproximateDate.Precision getMandatePrecision() {
		return this.mandatePrecision;
	}

	public Publication getPublication() {
		return this.publication;
	}

	public void setPublication(Publication publication) {
		this.publication = publication;
	}

	public List<WorkingGroupRole> getRoles() {
		return this.roles;
	}

}
