package lv.mfa.registry.history;

import java.beans.PropertyDescriptor;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import org.hibernate.envers.AuditReaderFactory;
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
 * The history (Hibernate Envers) of any record staff edit besides events, which have
 * their own page with restore: who saved it, when, and which of its fields changed.
 * Fields are compared generically, so a new field of a record shows in its history
 * without code here.
 */
@Service
@Transactional(readOnly = true)
class RecordHistory {

	/** The records with this page, by the path of their staff pages. */
	enum Kind {

		PRESIDENCIES(Presidency.class, Long.class), PRIORITIES(Priority.class, Long.class),
		WORKING_GROUPS(WorkingGroup.class, Long.class), PROJECTS(Project.class, Long.class),
		INSTITUTIONS(Institution.class, Long.class), ORGANISATIONS(Organisation.class, Long.class),
		COUNTRIES(Country.class, String.class);

		final Class<?> type;

		final Class<?> idType;

		Kind(Class<?> type, Class<?> idType) {
			this.type = type;
			this.idType = idType;
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

	/** One saved version, newest first, with the names of the fields it changed. */
	record Revision(long number, LocalDateTime when, String username, RevisionType type, List<String> changed) {
	}

	/**
	 * Properties that are bookkeeping or whole collections, shown on their own records'
	 * pages instead.
	 */
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
	private List<Version> versions(Kind kind, Object id) {
		// Envers answers each version as an array (entity, revision entity, type).
		@SuppressWarnings("unchecked")
		List<Object[]> rows = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(kind.type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		return rows.stream()
			.map((row) -> new Version(row[0], (RegistryRevision) row[1], (RevisionType) row[2]))
			.toList();
	}

	List<Revision> revisions(Kind kind, Object id) {
		List<Version> versions = versions(kind, id);
		if (versions.isEmpty() && this.entityManager.find(kind.type, id) == null) {
			throw new NotFoundException(kind.path() + " " + id);
		}
		List<Revision> revisions = new ArrayList<>();
		Map<String, Object> previous = null;
		for (Version version : versions) {
			Map<String, Object> state = comparable(version.entity());
			RegistryRevision revision = version.revision();
			revisions.add(0,
					new Revision(revision.getId(), LocalDateTime.ofInstant(revision.getInstant(), StaffTime.ZONE),
							revision.getUsername(), version.type(),
							(previous != null) ? changed(previous, state) : List.of()));
			previous = state;
		}
		return revisions;
	}

	/**
	 * A version's fields as values that compare: other records by their id, collections
	 * left out.
	 */
	private Map<String, Object> comparable(Object entity) {
		PersistenceUnitUtil units = this.entityManager.getEntityManagerFactory().getPersistenceUnitUtil();
		BeanWrapper bean = new BeanWrapperImpl(entity);
		Map<String, Object> values = new TreeMap<>();
		for (PropertyDescriptor property : bean.getPropertyDescriptors()) {
			String name = property.getName();
			// Only stored fields: derived getters (a short name, "is published") would
			// repeat them.
			if (SKIPPED.contains(name) || property.getReadMethod() == null
					|| ReflectionUtils.findField(entity.getClass(), name) == null
					|| Collection.class.isAssignableFrom(property.getPropertyType())) {
				continue;
			}
			Object value = bean.getPropertyValue(name);
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
