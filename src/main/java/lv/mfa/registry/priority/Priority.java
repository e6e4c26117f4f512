package lv.mfa.registry.priority;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.shared.text.LocalizedText;

/** One of a presidency's priorities: its goal, narrative, lead institutions and tasks. */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
public class Priority {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Presidency presidency;

	private int number;

	@Embedded
	private LocalizedText title;

	@Embedded
	private LocalizedText goal;

	@Embedded
	private LocalizedText narrative;

	/** Free text printed before the task table (CommonMark, as the narrative). */
	@Embedded
	private LocalizedText beforeTasks;

	/** Free text printed after the task table. */
	@Embedded
	private LocalizedText afterTasks;

	@ManyToMany
	@JoinTable(name = "priority_lead_institution", joinColumns = @JoinColumn(name = "priority_id"),
			inverseJoinColumns = @JoinColumn(name = "institution_id"))
	@OrderBy("code")
	private Set<Institution> leadInstitutions = new LinkedHashSet<>();

	@OneToMany(mappedBy = "priority", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<PriorityTask> tasks = new ArrayList<>();

	@Version
	private long version;

	protected Priority() {
	}

	public Priority(Presidency presidency, int number, LocalizedText title) {
		this.presidency = presidency;
		this.number = number;
		this.title = title;
	}

	/**
	 * Adds a task after the last one (positions may have gaps where tasks were deleted).
	 */
	public PriorityTask addTask(LocalizedText title) {
		int position = this.tasks.stream().mapToInt(PriorityTask::getPosition).max().orElse(-1) + 1;
		PriorityTask task = new PriorityTask(this, position, title);
		this.tasks.add(task);
		return task;
	}

	/** Removes a task with its progress entries. */
	public void removeTask(PriorityTask task) {
		this.tasks.remove(task);
	}

	/**
	 * Gives the priority another number within its presidency (numbers are unique there).
	 */
	public void renumber(int number) {
		this.number = number;
	}

	public void setTitle(LocalizedText title) {
		this.title = title;
	}

	public long getVersion() {
		return this.version;
	}

	public Long getId() {
		return this.id;
	}

	public Presidency getPresidency() {
		return this.presidency;
	}

	public int getNumber() {
		return this.number;
	}

	public LocalizedText getTitle() {
		return this.title;
	}

	public LocalizedText getGoal() {
		return this.goal;
	}

	public void setGoal(LocalizedText goal) {
		this.goal = goal;
	}

	public LocalizedText getNarrative() {
		return this.narrative;
	}

	public void setNarrative(LocalizedText narrative) {
		this.narrative = narrative;
	}

	public LocalizedText getBeforeTasks() {
		return this.beforeTasks;
	}

	public void setBeforeTasks(LocalizedText beforeTasks) {
		this.beforeTasks = beforeTasks;
	}

	public LocalizedText getAfterTasks() {
		return this.afterTasks;
	}

	public void setAfterTasks(LocalizedText afterTasks) {
		this.afterTasks = afterTasks;
	}

	public Set<Institution> getLeadInstitutions() {
		return this.leadInstitutions;
	}

	public List<PriorityTask> getTasks() {
		return this.tasks;
	}

}
