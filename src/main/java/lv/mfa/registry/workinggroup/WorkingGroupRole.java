package lv.mfa.registry.workinggroup;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.reference.Institution;

/**
 * A working group's part in one presidency: the priority it served, who led it, whether
 * the presidency chaired it.
 */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
public class WorkingGroupRole {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private WorkingGroup workingGroup;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Presidency presidency;

	@ManyToOne(fetch = FetchType.LAZY)
	private Priority priority;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "lead_institution_id")
	private Institution leadInstitution;

	private boolean chaired;

	protected WorkingGroupRole() {
	}

	WorkingGroupRole(WorkingGroup workingGroup, Presidency presidency, Priority priority, Institution leadInstitution,
			boolean chaired) {
		this.workingGroup = workingGroup;
		this.presidency = presidency;
		this.priority = priority;
		this.leadInstitution = leadInstitution;
		this.chaired = chaired;
	}

	/** Changes the group's part in its presidency, or moves it to another presidency. */
	public void change(Presidency presidency, Priority priority, Institution leadInstitution, boolean chaired) {
		this.presidency = presidency;
		this.priority = priority;
		this.leadInstitution = leadInstitution;
		this.chaired = chaired;
	}

	/** Links the role to a priority of its presidency, or to none. */
	public void servePriority(Priority priority) {
		this.priority = priority;
	}

	public Long getId() {
		return this.id;
	}

	public WorkingGroup getWorkingGroup() {
		return this.workingGroup;
	}

	public Presidency getPresidency() {
		return this.presidency;
	}

	public Priority getPriority() {
		return this.priority;
	}

	public Institution getLeadInstitution() {
		return this.leadInstitution;
	}

	public boolean isChaired() {
		return this.chaired;
	}

}
