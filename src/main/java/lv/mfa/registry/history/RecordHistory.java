package lv.mfa.registry.history;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnitUtil;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ReflectionUtils;

import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.reference.Country;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.Organisation;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.workinggroup.WorkingGroup;
import lv.mfa.registry.shared.form.StaffTime;

/**
 * The history (Hibernate Envers) of every record staff edit, events included: who saved
 * it, when, and which of its fields changed. Fields are compared generically, so a new
 * field of a record shows in its history without code here. Records whose fields are all
 * plain values (reference data) can be restored to an earlier version here; events
 * restore through their editor, which checks today's rules.
 */
@Service
@Transactional(readOnly = true)
public class RecordHistory {

	/** The records with a page here, by the path of their staff pages. */
	enum Kind {

		PRESIDENCIES(Presidency.class, Long.class, false), PRIORITIES(Priority.class, Long.class, false),
		WORKING_GROUPS(WorkingGroup.class, Long.class, false), PROJECTS(Project.class, Long.class, false),
		INSTITUTIONS(Institution.class, Long.class, true), ORGANISATIONS(Organisation.class, Long.class, true),
		COUNTRIES(Country.class, String.class, true);

		final Class<?> type;

		final Class<?> idType;

		/**
		 * Whether an earlier version may be copied back as it is: only texts and links to
		 * reference data, no rules between fields that a form would check.
		 */
		final boolean restorable;

		Kind(Class<?> type, Class<?> idType, boolean restorable) {
			this.type = type;
			this.idType = idType;
			this.restorable = restorable;
		}

		String path() {
			return name().toLowerCase().replace('_', '-');
		}

		static Kind ofPath(String path) {
			for (Kind kind : values()) {
				if (kind.path().equals(path)) {
					return kind;
				}
			}
			throw new NotFoundException(path);
		}

	}

	/**
	 * One saved version, newest first: the record as it was then and the names of the
	 * fields it changed (message keys {@code history.field.<name>}).
	 */
	public record Revision(long number, LocalDateTime when, String username, RevisionType type, Object state,
			List<String> changed) {
	}

	/** Thrown when an earlier version cannot be stored again as it is. */
	static class NotRestorable extends RuntimeException {

		NotRestorable(Throwable cause) {
			super(cause);
		}

	}

	/** Bookkeeping, not what anyone edits. */
	private static final Set<String> SKIPPED = Set.of("class", "id", "version");

	private final EntityManager entityManager;

	RecordHistory(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	Object parseId(Kind kind, String id) {
		if (kind.idType == String.class) {
			return id;
		}
		try {
			return Long.valueOf(id);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException(kind.path() + " " + id);
		}
	}

	/** One stored version of a record: its state, the revision and what it did. */
	private record Version(Object entity, RegistryRevision revision, RevisionType type) {
	}

	/** Every version of a record, oldest first. */
	private List<Version> versions(Class<?> type, Object id) {
		// Envers's own API answers each version as an array (entity, revision entity,
		// type): read into a record at once.
		@SuppressWarnings("unchecked")
		List<Object[]> rows = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		return rows.stream()
			.map((row) -> new Version(row[0], (RegistryRevision) row[1], (RevisionType) row[2]))
			.toList();
	}

	List<Revision> revisions(Kind kind, Object id) {
		return revisions(kind.type, id);
	}

	/**
	 * Every saved version of a record of this type, newest first.
	 * @throws NotFoundException when there is no such record and never was
	 */
	public List<Revision> revisions(Class<?> type, Object id) {
		List<Version> versions = versions(type, id);
		if (versions.isEmpty() && this.entityManager.find(type, id) == null) {
			throw new NotFoundException(type.getSimpleName() + " " + id);
		}
		List<Revision> revisions = new ArrayList<>();
		Map<String, Object> previous = null;
		for (Version version : versions) {
			Map<String, Object> state = comparable(version.entity());
			RegistryRevision revision = version.revision();
			revisions.add(0,
					new Revision(revision.getId(), LocalDateTime.ofInstant(revision.getInstant(), StaffTime.ZONE),
							revision.getUsername(), version.type(), version.entity(),
							(previous != null) ? changed(previous, state) : List.of()));
			previous = state;
		}
		return revisions;
	}

	/** The record as it was saved in a revision; not found when it did not exist then. */
	public <T> T version(Class<T> type, Object id, long revision) {
		T version = AuditReaderFactory.get(this.entityManager).find(type, id, revision);
		if (version == null) {
			throw new NotFoundException(type.getSimpleName() + " " + id + " at revision " + revision);
		}
		return version;
	}

	/**
	 * Stores a reference record as it was at {@code revision} again, as a new version.
	 * @throws NotRestorable when the database refuses it (its code is someone else's now,
	 * the country it named is gone)
	 */
	@Transactional
	void restore(Kind kind, Object id, long revision) {
		if (!kind.restorable) {
			throw new NotFoundException("restore of " + kind.path());
		}
		Object current = this.entityManager.find(kind.type, id);
		if (current == null) {
			throw new NotFoundException(kind.path() + " " + id);
		}
		Object old = version(kind.type, id, revision);
		for (Field field : storedFields(kind.type)) {
			ReflectionUtils.makeAccessible(field);
			ReflectionUtils.setField(field, current, ReflectionUtils.getField(field, old));
		}
		try {
			this.entityManager.flush();
		}
		catch (PersistenceException ex) {
			throw new NotRestorable(ex);
		}
	}

	/** The fields of a plain record that a restore copies: not its id nor version. */
	private static List<Field> storedFields(Class<?> type) {
		List<Field> fields = new ArrayList<>();
		ReflectionUtils.doWithFields(type, fields::add,
				(field) -> !Modifier.isStatic(field.getModifiers()) && !SKIPPED.contains(field.getName())
						&& !field.isAnnotationPresent(NotAudited.class)
						&& !Collection.class.isAssignableFrom(field.getType()));
		return fields;
	}

	/**
	 * A version's stored fields as values that compare: other records by their id, links
	 * to several records (an event's organisers) as their ids. A record's own rows (an
	 * event's agenda, a priority's tasks) are left out: they have histories of their own.
	 */
	private Map<String, Object> comparable(Object entity) {
		PersistenceUnitUtil units = this.entityManager.getEntityManagerFactory().getPersistenceUnitUtil();
		BeanWrapper bean = new BeanWrapperImpl(entity);
		Map<String, Object> values = new TreeMap<>();
		for (PropertyDescriptor property : bean.getPropertyDescriptors()) {
			String name = property.getName();
			// Only stored fields: derived getters (a short name, "is published") would
			// repeat them.
			Field field = ReflectionUtils.findField(entity.getClass(), name);
			if (SKIPPED.contains(name) || property.getReadMethod() == null || field == null
					|| field.isAnnotationPresent(NotAudited.class)) {
				continue;
			}
			Object value = bean.getPropertyValue(name);
			if (Collection.class.isAssignableFrom(property.getPropertyType())) {
				if (!field.isAnnotationPresent(ManyToMany.class)) {
					continue;
				}
				Set<Object> ids = new HashSet<>();
				if (value != null) {
					((Collection<?>) value).forEach((linked) -> ids.add(units.getIdentifier(linked)));
				}
				value = ids;
			}
			values.put(name, isEntity(value) ? units.getIdentifier(value) : value);
		}
		return values;
	}

	private boolean isEntity(Object value) {
		return value != null && this.entityManager.getMetamodel()
			.getEntities()
			.stream()
			.anyMatch((type) -> type.getJavaType().isInstance(value));
	}

	private static List<String> changed(Map<String, Object> before, Map<String, Object> after) {
		List<String> changed = new ArrayList<>();
		for (Map.Entry<String, Object> field : after.entrySet()) {
			if (!Objects.equals(before.get(field.getKey()), field.getValue())) {
				changed.add(field.getKey());
			}
		}
		return changed;
	}

}
