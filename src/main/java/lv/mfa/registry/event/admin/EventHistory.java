package lv.mfa.registry.event.admin;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.security.StaffUser;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.shared.form.StaffTime;
import lv.mfa.registry.history.RegistryRevision;

/**
 * An event's history from Hibernate Envers: who saved, when, and which fields changed;
 * restoring an earlier version saves it again as a new version.
 */
@Service
@Transactional
class EventHistory {

	/** One saved version of an event, newest first, with the fields it changed. */
	record Revision(long number, LocalDateTime when, String username, RevisionType type, Event state,
			List<String> changed) {
	}

	private final EntityManager entityManager;

	private final EventEditing editing;

	EventHistory(EntityManager entityManager, EventEditing editing) {
		this.entityManager = entityManager;
		this.editing = editing;
	}

	@Transactional(readOnly = true)
	List<Revision> revisions(Long eventId) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = reader().createQuery()
			.forRevisionsOfEntity(Event.class, false, true)
			.add(AuditEntity.id().eq(eventId))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<Revision> revisions = new ArrayList<>();
		Event previous = null;
		for (Object[] row : rows) {
			Event state = (Event) row[0];
			RegistryRevision revision = (RegistryRevision) row[1];
			RevisionType type = (RevisionType) row[2];
			revisions.add(0,
					new Revision(revision.getId(), LocalDateTime.ofInstant(revision.getInstant(), StaffTime.ZONE),
							revision.getUsername(), type, state,
							(previous != null) ? changes(previous, state) : List.of()));
			previous = state;
		}
		return revisions;
	}

	/** Who saved the event last, and when; null when it has no history. */
	@Transactional(readOnly = true)
	Revision latest(Long eventId) {
		List<Revision> revisions = revisions(eventId);
		return revisions.isEmpty() ? null : revisions.get(0);
	}

	/**
	 * Saves the event as it was at {@code revision}: a new version, a draft again.
	 * Answers false when that version no longer passes today's rules.
	 */
	boolean restore(Long eventId, Long revision, StaffUser user) {
		Event old = reader().find(Event.class, eventId, revision);
		if (old == null) {
			throw new NotFoundException("event " + eventId + " at revision " + revision);
		}
		EventForm current = this.editing.form(eventId, user);
		EventForm restored = EventForm.of(old).withVersion(current.version());
		if (!this.editing.keepsRules(restored, user)) {
			return false;
		}
		this.editing.update(eventId, restored, user);
		return true;
	}

	private AuditReader reader() {
		return AuditReaderFactory.get(this.entityManager);
	}

	/** The message keys of the fields that differ between two versions. */
	private static List<String> changes(Event before, Event after) {
		List<String> changed = new ArrayList<>();
		compare(changed, "admin.event.dates", before.getStartDate(), after.getStartDate());
		compare(changed, "admin.event.dates", before.getEndDate(), after.getEndDate());
		compare(changed, "admin.event.title", before.getTitle(), after.getTitle());
		compare(changed, "admin.event.type", before.getType(), after.getType());
		compare(changed, "admin.event.status", before.getStatus(), after.getStatus());
		compare(changed, "admin.event.city", before.getCity(), after.getCity());
		compare(changed, "admin.event.venue", before.getVenue(), after.getVenue());
		compare(changed, "admin.event.results", before.getResults(), after.getResults());
		compare(changed, "admin.event.participants", before.getParticipantCount(), after.getParticipantCount());
		compare(changed, "admin.event.publication", before.getPublication(), after.getPublication());
		return changed;
	}

	private static void compare(List<String> changed, String key, Object before, Object after) {
		if (!Objects.equals(before, after) && !changed.contains(key)) {
			changed.add(key);
		}
	}

}
