package lv.mfa.registry.priority;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import lv.mfa.registry.shared.text.LocalizedText;

/** A task under a priority, with dated progress entries that are done or planned. */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
public class PriorityTask {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Priority priority;

	private int position;

	@Embedded
	private LocalizedText title;

	@OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("entryDate, id")
	private List<TaskProgress> progress = new ArrayList<>();

	@Version
	private long version;

	protected PriorityTask() {
	}

	PriorityTask(Priority priority, int position, LocalizedText title) {
		this.priority = priority;
		this.position = position;
		this.title = title;
	}

	public TaskProgress addProgress(LocalDate date, TaskProgress.Kind kind, LocalizedText text) {
		TaskProgress entry = new TaskProgress(this, date, kind, text);
		this.progress.add(entry);
		return entry;
	}

	/**
	 * Moves the task to another place in its priority's list (places are unique there).
	 */
	public void placeAt(int position) {
		this.position = position;
	}

	public void setTitle(LocalizedText title) {
		this.title = title;
	}

	public Long getId() {
		return this.id;
	}

	public Priority getPriority() {
		return this.priority;
	}

	public int getPosition() {
		return this.position;
	}

	public LocalizedText getTitle() {
		return this.title;
	}

	public List<TaskProgress> getProgress() {
		return this.progress;
	}

}
