package lv.mfa.registry.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.reference.Country;
import lv.mfa.registry.reference.FundingProgramme;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.Organisation;
import lv.mfa.registry.shared.Publication;
import lv.mfa.registry.workinggroup.WorkingGroup;

/**
 * One run of loading: codes resolved to entities, saved in this run or already in the
 * database (the references were checked before saving).
 */
final class DatasetEntities {

	final EntityManager entityManager;

	final Map<String, Country> countries = new HashMap<>();

	final Map<String, Organisation> organisations = new HashMap<>();

	final Map<String, Institution> institutions = new HashMap<>();

	final Map<String, FundingProgramme> programmes = new HashMap<>();

	final Map<String, Presidency> presidencies = new HashMap<>();

	final Map<String, WorkingGroup> workingGroups = new HashMap<>();

	final Map<String, Project> projects = new HashMap<>();

	final Map<String, Event> events = new HashMap<>();

	/** Priorities by presidency slug and number. */
	final Map<String, Priority> priorities = new HashMap<>();

	DatasetEntities(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	void persist(Object entity) {
		this.entityManager.persist(entity);
	}

	static Publication publication(Publication given) {
		return (given != null) ? given : Publication.PUBLISHED;
	}

	static <T> List<T> list(List<T> values) {
		return (values != null) ? values : List.of();
	}

	static String priorityKey(String presidencySlug, Integer number) {
		return presidencySlug + "#" + number;
	}

	Country country(String code) {
		if (code == null) {
			return null;
		}
		return this.countries.computeIfAbsent(code, (c) -> this.entityManager.getReference(Country.class, c));
	}

	Organisation organisation(String code) {
		return find(code, this.organisations, Organisation.class, "code");
	}

	Institution institution(String code) {
		return find(code, this.institutions, Institution.class, "code");
	}

	FundingProgramme programme(String code) {
		return find(code, this.programmes, FundingProgramme.class, "code");
	}

	Presidency presidency(String slug) {
		return find(slug, this.presidencies, Presidency.class, "slug");
	}

	WorkingGroup workingGroup(String code) {
		return find(code, this.workingGroups, WorkingGroup.class, "code");
	}

	Project project(String key) {
		return find(key, this.projects, Project.class, "key");
	}

	Priority priority(String presidencySlug, Integer number) {
		if (presidencySlug == null || number == null) {
			return null;
		}
		return this.priorities.computeIfAbsent(priorityKey(presidencySlug, number),
				(k) -> this.entityManager
					.createQuery("select p from Priority p where p.presidency.slug = :slug and p.number = :number",
							Priority.class)
					.setParameter("slug", presidencySlug)
					.setParameter("number", number)
					.getSingleResult());
	}

	private <T> T find(String code, Map<String, T> saved, Class<T> type, String attribute) {
		if (code == null) {
			return null;
		}
		return saved.computeIfAbsent(code, (c) -> findInDatabase(type, attribute, c)
			.orElseThrow(() -> new IllegalStateException("checked before saving: " + type.getSimpleName() + " " + c)));
	}

	private <T> Optional<T> findInDatabase(Class<T> type, String attribute, String code) {
		return this.entityManager
			.createQuery("select e from " + type.getSimpleName() + " e where e." + attribute + " = :code", type)
			.setParameter("code", code)
			.getResultStream()
			.findFirst();
	}

}
