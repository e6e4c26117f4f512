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

import lv.mfa.registry.shared.text.LocalizedText;

/** A dated line of a task's progress: something done, or something planned. */
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

	private LocalDate entryDate;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Embedded
	private LocalizedText text;

	@Version
	private long version;

	protected TaskProgress() {
	}

	TaskProgress(PriorityTask task, LocalDate entryDate, Kind kind, LocalizedText text) {
		this.task = task;
		this.entryDate = entryDate;
		this.kind = kind;
		this.text = text;
	}

	/** Changes the entry in place. */
	public void change(LocalDate entryDate, Kind kind, LocalizedText text) {
		this.entryDate = entryDate;
		this.kind = kind;
		this.text = text;
	}

	public long getVersion() {
		return this.version;
	}

	public Long getId() {
		return this.id;
	}

	public PriorityTask getTask() {
		return this.task;
	}

	public LocalDate getEntryDate() {
		return this.entryDate;
	}

	public Kind getKind() {
		return this.kind;
	}

	public LocalizedText getText() {
		return this.text;
	}

}
