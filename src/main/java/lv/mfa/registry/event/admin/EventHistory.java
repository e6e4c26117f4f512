package lv.mfa.registry.event.admin;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.history.RecordHistory;
import lv.mfa.registry.security.StaffUser;

/**
 * An event's history, compared field by field as every record's is
 * ({@link RecordHistory}); restoring an earlier version goes through the event's editor,
 * so it is saved only if it passes today's rules.
 */
@Service
@Transactional
class EventHistory {

	private final RecordHistory history;

	private final EventEditing editing;

	EventHistory(RecordHistory history, EventEditing editing) {
		this.history = history;
		this.editing = editing;
	}

	@Transactional(readOnly = true)
	List<RecordHistory.Revision> revisions(Long eventId) {
		return this.history.revisions(Event.class, eventId);
	}

	/** Who saved the event last, and when; null when it has no history. */
	@Transactional(readOnly = true)
	RecordHistory.Revision latest(Long eventId) {
		List<RecordHistory.Revision> revisions = revisions(eventId);
		return revisions.isEmpty() ? null : revisions.get(0);
	}

	/**
	 * Saves the event as it was at {@code revision}: a new version, a draft again.
	 * Answers false when that version no longer passes today's rules.
	 */
	boolean restore(Long eventId, Long revision, StaffUser user) {
		Event old = this.history.version(Event.class, eventId, revision);
		EventForm current = this.editing.form(eventId, user);
		EventForm restored = EventForm.of(old).withVersion(current.version());
		if (!this.editing.keepsRules(restored, user)) {
			return false;
		}
		this.editing.update(eventId, restored, user);
		return true;
	}

}
