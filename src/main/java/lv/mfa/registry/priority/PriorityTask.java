package lv.mfa.registry.priority;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import lv.mfa.registry.shared.Publication;
import lv.mfa.registry.shared.text.ApproximateDate;
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

	/** Draft until a coordinator publishes it; the public sees published ones only. */
	@Enumerated(EnumType.STRING)
	private Publication publication = Publication.DRAFT;

	@OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position, id")
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

	/** Adds an entry after the task's last one. */
	public TaskProgress addProgress(ApproximateDate when, TaskProgress.Kind kind, LocalizedText text) {
		int position = this.progress.stream().mapToInt(TaskProgress::getPosition).max().orElse(-1) + 1;
		TaskProgress entry = new TaskProgress(this, position, when, kind, text);
		this.progress.add(entry);
		return entry;
	}

	/**
	 * Moves an entry one place up (towards the first) or down, swapping places with its
	 * neighbour; answers false at either end.
	 */
	public boolean move(TaskProgress entry, boolean up) {
		List<TaskProgress> ordered = new ArrayList<>(this.progress);
		ordered.sort(Comparator.comparingInt(TaskProgress::getPosition).thenComparing(TaskProgress::getId));
		int index = ordered.indexOf(entry);
		int other = up ? index - 1 : index + 1;
		if (index < 0 || other < 0 || other >= ordered.size()) {
			return false;
		}
		// Renumber the whole list so that gaps left by deletions close as well.
		Collections.swap(ordered, index, other);
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).placeAt(i);
		}
		return true;
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

	public Publication getPublication() {
		return this.publication;
	}

	public boolean isPublished() {
		return this.publication == Publication.PUBLISHED;
	}

	public void setPublication(Publication publication) {
		this.publication = publication;
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
