package lv.mfa.registry.priority;

import java.time.LocalDate;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import lv.mfa.registry.shared.Publication;
import lv.mfa.registry.shared.text.ApproximateDate;
import lv.mfa.registry.shared.text.LocalizedText;

/**
 * A line of a task's progress, dated as precisely as given: something done, or something
 * planned.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class TaskProgress {

	public enum Kind {

		DONE, PLANNED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private PriorityTask task;

	/** The first day the entry's date covers; null when undated. */
	private LocalDate entryDate;

	/** The last day the entry's date covers; null when undated. */
	private LocalDate entryEnd;

	@Enumerated(EnumType.STRING)
	private ApproximateDate.Precision datePrecision;

	/** The place the coordinator gave the entry among its task's entries. */
	private int position;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	/** Draft until a coordinator publishes it; the public sees published ones only. */
	@Enumerated(EnumType.STRING)
	private Publication publication = Publication.DRAFT;

	@Embedded
	private LocalizedText text;

	@Version
	private long version;

	protected TaskProgress() {
	}

	TaskProgress(PriorityTask task, int position, ApproximateDate when, Kind kind, LocalizedText text) {
		this.task = task;
		this.position = position;
		change(when, kind, text);
	}

	/** Changes the entry in place. */
	public void change(ApproximateDate when, Kind kind, LocalizedText text) {
		this.entryDate = when.start();
		this.entryEnd = when.end();
		this.datePrecision = when.precision();
		this.kind = kind;
		this.text = text;
	}

	void placeAt(int position) {
		this.position = position;
	}

	public long getVersion() {
		return this.version;
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

	public PriorityTask getTask() {
		return this.task;
	}

	/** The first day the entry's date covers; null when undated. */
	public LocalDate getEntryDate() {
		return this.entryDate;
	}

	/** The entry's date as it was given. */
	public ApproximateDate getWhen() {
		return ApproximateDate.of(this.entryDate, this.entryEnd, this.datePrecision);
	}

	public int getPosition() {
		return this.position;
	}

	public Kind getKind() {
		return this.kind;
	}

	public LocalizedText getText() {
		return this.text;
	}

}
