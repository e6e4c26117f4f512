package lv.mfa.registry.dataset;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import lv.mfa.registry.dataset.DatasetReader.Dataset;
import lv.mfa.registry.dataset.DatasetReader.Located;
import lv.mfa.registry.dataset.DatasetRecords.CountryRecord;
import lv.mfa.registry.dataset.DatasetRecords.EventRecord;
import lv.mfa.registry.dataset.DatasetRecords.InstitutionRecord;
import lv.mfa.registry.dataset.DatasetRecords.OrganisationRecord;
import lv.mfa.registry.dataset.DatasetRecords.PartnerRecord;
import lv.mfa.registry.dataset.DatasetRecords.PresidencyRecord;
import lv.mfa.registry.dataset.DatasetRecords.PriorityRecord;
import lv.mfa.registry.dataset.DatasetRecords.ProgrammeRecord;
import lv.mfa.registry.dataset.DatasetRecords.ProjectRecord;
import lv.mfa.registry.dataset.DatasetRecords.RoleRecord;
import lv.mfa.registry.dataset.DatasetRecords.WorkingGroupRecord;
import lv.mfa.registry.event.Event;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.reference.Country;
import lv.mfa.registry.reference.FundingProgramme;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.Organisation;
import lv.mfa.registry.workinggroup.WorkingGroup;

import static lv.mfa.registry.dataset.DatasetEntities.list;

/**
 * The checks between records, before anything is saved: every key defined once and not
 * yet in the registry, every code referred to defined here or in the database. Problems
 * are added to the data set.
 */
final class DatasetReferenceChecks {

	private final EntityManager entityManager;

	private final Dataset dataset;

	DatasetReferenceChecks(EntityManager entityManager, Dataset dataset) {
		this.entityManager = entityManager;
		this.dataset = dataset;
	}

	void check() {
		Set<String> countryCodes = defined(CountryRecord.class, Country.class, "code");
		Set<String> organisationCodes = defined(OrganisationRecord.class, Organisation.class, "code");
		Set<String> institutionCodes = defined(InstitutionRecord.class, Institution.class, "code");
		Set<String> programmeCodes = defined(ProgrammeRecord.class, FundingProgramme.class, "code");
		Set<String> presidencySlugs = defined(PresidencyRecord.class, Presidency.class, "slug");
		Set<String> workingGroupCodes = defined(WorkingGroupRecord.class, WorkingGroup.class, "code");
		Set<String> projectKeys = defined(ProjectRecord.class, Project.class, "key");
		defined(EventRecord.class, Event.class, "key");
		Map<String, Set<Integer>> priorityNumbers = new HashMap<>();
		for (Located<PresidencyRecord> p : this.dataset.all(PresidencyRecord.class)) {
			Set<Integer> numbers = priorityNumbers.computeIfAbsent(p.record().slug(), (k) -> new HashSet<>());
			for (PriorityRecord priority : list(p.record().priorities())) {
				if (!numbers.add(priority.number())) {
					problem(p, "priority " + priority.number() + " is defined twice", "dataset.problem.priority-twice",
							priority.number());
				}
				for (String code : list(priority.leadInstitutions())) {
					require(p, "institution", code, institutionCodes);
				}
			}
		}
		for (Located<OrganisationRecord> o : this.dataset.all(OrganisationRecord.class)) {
			require(o, "country", o.record().country(), countryCodes);
		}
		for (Located<InstitutionRecord> i : this.dataset.all(InstitutionRecord.class)) {
			require(i, "country", i.record().country(), countryCodes);
		}
		for (Located<PresidencyRecord> p : this.dataset.all(PresidencyRecord.class)) {
			PresidencyRecord r = p.record();
			require(p, "organisation", r.organisation(), organisationCodes);
			require(p, "country", r.country(), countryCodes);
			require(p, "institution", r.coordinator(), institutionCodes);
			require(p, "presidency", r.previous(), presidencySlugs);
			require(p, "presidency", r.next(), presidencySlugs);
		}
		for (Located<WorkingGroupRecord> w : this.dataset.all(WorkingGroupRecord.class)) {
			require(w, "organisation", w.record().organisation(), organisationCodes);
			for (RoleRecord role : list(w.record().presidencies())) {
				require(w, "presidency", role.presidency(), presidencySlugs);
				require(w, "institution", role.leadInstitution(), institutionCodes);
				requirePriority(w, role.presidency(), role.priority(), priorityNumbers);
			}
		}
		for (Located<ProjectRecord> p : this.dataset.all(ProjectRecord.class)) {
			ProjectRecord r = p.record();
			require(p, "funding programme", r.programme(), programmeCodes);
			require(p, "presidency", r.presidency(), presidencySlugs);
			requirePriority(p, r.presidency(), r.priority(), priorityNumbers);
			for (PartnerRecord partner : list(r.partners())) {
				require(p, "country", partner.country(), countryCodes);
			}
		}
		for (Located<EventRecord> e : this.dataset.all(EventRecord.class)) {
			EventRecord r = e.record();
			require(e, "presidency", r.presidency(), presidencySlugs);
			require(e, "country", r.country(), countryCodes);
			require(e, "working group", r.workingGroup(), workingGroupCodes);
			require(e, "project", r.project(), projectKeys);
			requirePriority(e, r.presidency(), r.priority(), priorityNumbers);
			for (String code : list(r.organisers())) {
				require(e, "institution", code, institutionCodes);
			}
			for (String code : list(r.partners())) {
				require(e, "organisation", code, organisationCodes);
			}
		}
	}

	/**
	 * Codes defined in this data set (each once, and not already in the database) plus
	 * those in the database.
	 */
	private <T> Set<String> defined(Class<T> recordType, Class<?> entityType, String attribute) {
		Set<String> inDatabase = new HashSet<>(this.entityManager
			.createQuery("select e." + attribute + " from " + entityType.getSimpleName() + " e where e." + attribute
					+ " is not null", String.class)
			.getResultList());
		Set<String> codes = new HashSet<>(inDatabase);
		for (Located<T> located : this.dataset.all(recordType)) {
			String key = located.key();
			if (key == null) {
				continue;
			}
			if (inDatabase.contains(key)) {
				problem(located, "'" + key + "' is already in the registry", "dataset.problem.already-in-registry",
						key);
			}
			else if (!codes.add(key)) {
				problem(located, "'" + key + "' is defined more than once", "dataset.problem.defined-twice", key);
			}
		}
		return codes;
	}

	private void require(Located<?> located, String what, String code, Set<String> known) {
		if (code != null && !known.contains(code)) {
			problem(located, "unknown " + what + " '" + code + "'", "dataset.problem.unknown." + what.replace(' ', '-'),
					code);
		}
	}

	private void requirePriority(Located<?> located, String presidency, Integer number,
			Map<String, Set<Integer>> numbers) {
		if (number == null) {
			return;
		}
		if (presidency == null) {
			problem(located, "a priority needs its presidency", "dataset.problem.priority-without-presidency");
			return;
		}
		Set<Integer> known = numbers.get(presidency);
		boolean inDatabase = known == null && !this.entityManager
			.createQuery("select p.id from Priority p where p.presidency.slug = :slug and p.number = :number",
					Long.class)
			.setParameter("slug", presidency)
			.setParameter("number", number)
			.getResultList()
			.isEmpty();
		if (!inDatabase && (known == null || !known.contains(number))) {
			problem(located, "presidency '" + presidency + "' has no priority " + number,
					"dataset.problem.no-such-priority", presidency, number);
		}
	}

	/** A problem in English with the message key staff read it by. */
	private void problem(Located<?> located, String english, String messageKey, Object... arguments) {
		this.dataset.problems.add(located.problem(english, messageKey, arguments));
	}

}
