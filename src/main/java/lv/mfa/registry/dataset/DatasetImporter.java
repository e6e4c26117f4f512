package lv.mfa.registry.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.dataset.DatasetReader.Dataset;
import lv.mfa.registry.dataset.DatasetReader.Located;
import lv.mfa.registry.dataset.DatasetRecords.AgendaRecord;
import lv.mfa.registry.dataset.DatasetRecords.CountryRecord;
import lv.mfa.registry.dataset.DatasetRecords.DocumentRecord;
import lv.mfa.registry.dataset.DatasetRecords.EventRecord;
import lv.mfa.registry.dataset.DatasetRecords.InstitutionRecord;
import lv.mfa.registry.dataset.DatasetRecords.OrganisationRecord;
import lv.mfa.registry.dataset.DatasetRecords.PartnerRecord;
import lv.mfa.registry.dataset.DatasetRecords.PresidencyRecord;
import lv.mfa.registry.dataset.DatasetRecords.PriorityRecord;
import lv.mfa.registry.dataset.DatasetRecords.ProgrammeRecord;
import lv.mfa.registry.dataset.DatasetRecords.ProgressRecord;
import lv.mfa.registry.dataset.DatasetRecords.ProjectRecord;
import lv.mfa.registry.dataset.DatasetRecords.RoleRecord;
import lv.mfa.registry.dataset.DatasetRecords.TaskRecord;
import lv.mfa.registry.dataset.DatasetRecords.WorkingGroupRecord;
import lv.mfa.registry.event.Event;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.priority.PriorityTask;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.reference.Country;
import lv.mfa.registry.reference.FundingProgramme;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.Organisation;
import lv.mfa.registry.shared.Publication;
import lv.mfa.registry.workinggroup.WorkingGroup;

/**
 * Loads data files (see {@code data/FORMAT.md}) into the registry: all of them or none.
 * Every record is checked first, on its own and against the others and what the database
 * already holds; only a data set without problems is saved, in one transaction.
 */
@Service
public class DatasetImporter {

	private static final Logger logger = LoggerFactory.getLogger(DatasetImporter.class);

	private final EntityManager entityManager;

	private final Validator validator;

	private final DatasetReader reader = new DatasetReader();

	DatasetImporter(EntityManager entityManager, Validator validator) {
		this.entityManager = entityManager;
		this.validator = validator;
	}

	/** Summary of what was loaded. */
	public record Result(int presidencies, int workingGroups, int projects, int events) {
	}

	/** Loads every {@code *.yaml} under the location, in file-name order. */
	@Transactional
	public Result importLocation(String locationPattern) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(locationPattern);
			Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
			List<NamedInput> inputs = new ArrayList<>();
			for (Resource resource : resources) {
				inputs.add(new NamedInput(resource.getFilename(), resource::getInputStream));
			}
			return importInputs(inputs);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the data set at " + locationPattern, ex);
		}
	}

	/** A data file by name. */
	public record NamedInput(String name, InputSource source) {
	}

	@FunctionalInterface
	public interface InputSource {

		InputStream open() throws IOException;

	}

	@Transactional
	public Result importInputs(List<NamedInput> inputs) throws IOException {
		Dataset dataset = new Dataset();
		for (NamedInput input : inputs) {
			try (InputStream stream = input.source().open()) {
				this.reader.read(input.name(), stream, dataset);
			}
		}
		validate(dataset);
		if (!dataset.problems.isEmpty()) {
			throw new DatasetException(dataset.problems);
		}
		Loading loading = new Loading(dataset);
		loading.checkReferences();
		if (!dataset.problems.isEmpty()) {
			throw new DatasetException(dataset.problems);
		}
		Result result = loading.save();
		this.entityManager.flush();
		logger.info("Loaded {} presidencies, {} working groups, {} projects and {} events from {} file(s)",
				result.presidencies(), result.workingGroups(), result.projects(), result.events(), inputs.size());
		return result;
	}

	private void validate(Dataset dataset) {
		for (List<Located<?>> records : dataset.records.values()) {
			for (Located<?> located : records) {
				for (ConstraintViolation<?> violation : this.validator.validate(located.record())) {
					String path = violation.getPropertyPath().toString();
					dataset.problems.add(located.problem((path.isEmpty() ? "" : path + ": ") + violation.getMessage()));
				}
			}
		}
	}

	/**
	 * One run of loading: resolves codes to entities, saved in this run or already in the
	 * database.
	 */
	private final class Loading {

		private final Dataset dataset;

		private final Map<String, Country> countries = new HashMap<>();

		private final Map<String, Organisation> organisations = new HashMap<>();

		private final Map<String, Institution> institutions = new HashMap<>();

		private final Map<String, FundingProgramme> programmes = new HashMap<>();

		private final Map<String, Presidency> presidencies = new HashMap<>();

		private final Map<String, WorkingGroup> workingGroups = new HashMap<>();

		private final Map<String, Project> projects = new HashMap<>();

		private final Map<String, Event> events = new HashMap<>();

		/** Priorities by presidency slug and number. */
		private final Map<String, Priority> priorities = new HashMap<>();

		Loading(Dataset dataset) {
			this.dataset = dataset;
		}

		// ---- checks between records, before anything is saved

		void checkReferences() {
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
						problem(p, "priority " + priority.number() + " is defined twice");
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
		 * Codes defined in this data set (each once, and not already in the database)
		 * plus those in the database.
		 */
		private <T> Set<String> defined(Class<T> recordType, Class<?> entityType, String attribute) {
			Set<String> inDatabase = new HashSet<>(DatasetImporter.this.entityManager
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
					problem(located, "'" + key + "' is already in the registry");
				}
				else if (!codes.add(key)) {
					problem(located, "'" + key + "' is defined more than once");
				}
			}
			return codes;
		}

		private void require(Located<?> located, String what, String code, Set<String> known) {
			if (code != null && !known.contains(code)) {
				problem(located, "unknown " + what + " '" + code + "'");
			}
		}

		private void requirePriority(Located<?> located, String presidency, Integer number,
				Map<String, Set<Integer>> numbers) {
			if (number == null) {
				return;
			}
			if (presidency == null) {
				problem(located, "a priority needs its presidency");
				return;
			}
			Set<Integer> known = numbers.get(presidency);
			boolean inDatabase = known == null && !DatasetImporter.this.entityManager
				.createQuery("select p.id from Priority p where p.presidency.slug = :slug and p.number = :number",
						Long.class)
				.setParameter("slug", presidency)
				.setParameter("number", number)
				.getResultList()
				.isEmpty();
			if (!inDatabase && (known == null || !known.contains(number))) {
				problem(located, "presidency '" + presidency + "' has no priority " + number);
			}
		}

		private void problem(Located<?> located, String message) {
			this.dataset.problems.add(located.problem(message));
		}

		// ---- saving, in dependency order

		Result save() {
			EntityManager em = DatasetImporter.this.entityManager;
			for (Located<CountryRecord> c : this.dataset.all(CountryRecord.class)) {
				Country country = new Country(c.record().code(), c.record().name());
				em.persist(country);
				this.countries.put(country.getCode(), country);
			}
			for (Located<OrganisationRecord> o : this.dataset.all(OrganisationRecord.class)) {
				OrganisationRecord r = o.record();
				Organisation organisation = new Organisation(r.code(), r.acronym(), r.name(), country(r.country()));
				em.persist(organisation);
				this.organisations.put(r.code(), organisation);
			}
			for (Located<InstitutionRecord> i : this.dataset.all(InstitutionRecord.class)) {
				InstitutionRecord r = i.record();
				Institution institution = new Institution(r.code(), r.acronym(), r.name(), country(r.country()));
				em.persist(institution);
				this.institutions.put(r.code(), institution);
			}
			for (Located<ProgrammeRecord> p : this.dataset.all(ProgrammeRecord.class)) {
				FundingProgramme programme = new FundingProgramme(p.record().code(), p.record().name());
				em.persist(programme);
				this.programmes.put(programme.getCode(), programme);
			}
			List<Located<PresidencyRecord>> presidencyRecords = this.dataset.all(PresidencyRecord.class);
			for (Located<PresidencyRecord> p : presidencyRecords) {
				savePresidency(p.record());
			}
			for (Located<PresidencyRecord> p : presidencyRecords) {
				Presidency presidency = this.presidencies.get(p.record().slug());
				presidency.setPrevious(presidency(p.record().previous()));
				presidency.setNext(presidency(p.record().next()));
			}
			for (Located<WorkingGroupRecord> w : this.dataset.all(WorkingGroupRecord.class)) {
				saveWorkingGroup(w.record());
			}
			for (Located<ProjectRecord> p : this.dataset.all(ProjectRecord.class)) {
				saveProject(p.record());
			}
			for (Located<EventRecord> e : this.dataset.all(EventRecord.class)) {
				saveEvent(e.record());
			}
			return new Result(presidencyRecords.size(), this.dataset.all(WorkingGroupRecord.class).size(),
					this.dataset.all(ProjectRecord.class).size(), this.dataset.all(EventRecord.class).size());
		}

		private void savePresidency(PresidencyRecord r) {
			Presidency presidency = new Presidency(r.slug(), organisation(r.organisation()), country(r.country()),
					r.ordinal(), r.start(), r.end());
			presidency.setCoordinator(institution(r.coordinator()));
			presidency.setLegalBasis(r.legalBasis());
			presidency.setIntroduction(r.introduction());
			presidency.setCommitteeNarrative(r.committeeNarrative());
			presidency.setOtherDirections(r.otherDirections());
			presidency.setPublication(publication(r.status()));
			DatasetImporter.this.entityManager.persist(presidency);
			this.presidencies.put(r.slug(), presidency);
			for (PriorityRecord pr : list(r.priorities())) {
				Priority priority = new Priority(presidency, pr.number(), pr.title());
				priority.setGoal(pr.goal());
				priority.setNarrative(pr.narrative());
				for (String code : list(pr.leadInstitutions())) {
					priority.getLeadInstitutions().add(institution(code));
				}
				for (TaskRecord tr : list(pr.tasks())) {
					PriorityTask task = priority.addTask(tr.title());
					for (ProgressRecord progress : list(tr.progress())) {
						task.addProgress(progress.date(), progress.kind(), progress.text());
					}
				}
				DatasetImporter.this.entityManager.persist(priority);
				this.priorities.put(r.slug() + "#" + pr.number(), priority);
			}
		}

		private void saveWorkingGroup(WorkingGroupRecord r) {
			WorkingGroup group = new WorkingGroup(r.code(), r.kind(), organisation(r.organisation()), r.name());
			group.setDescription(r.description());
			group.setMandate(r.mandateStart(), r.mandateEnd());
			group.setPublication(publication(r.publication()));
			for (RoleRecord role : list(r.presidencies())) {
				group.addRole(presidency(role.presidency()), priority(role.presidency(), role.priority()),
						institution(role.leadInstitution()), role.chaired());
			}
			DatasetImporter.this.entityManager.persist(group);
			this.workingGroups.put(r.code(), group);
		}

		private void saveProject(ProjectRecord r) {
			Project project = new Project(r.key(), r.title(), programme(r.programme()), r.status());
			project.setAcronym(r.acronym());
			project.setYears(r.startYear(), r.endYear());
			project.setProgrammeReference(r.reference());
			project.setLongTermPriority(r.longTermPriority());
			project.setDescription(r.description());
			project.setPresidency(presidency(r.presidency()));
			project.setPriority(priority(r.presidency(), r.priority()));
			project.setUrl(r.url());
			project.setPublication(publication(r.publication()));
			for (PartnerRecord partner : list(r.partners())) {
				project.addPartner(partner.name(), country(partner.country()), partner.lead());
			}
			DatasetImporter.this.entityManager.persist(project);
			this.projects.put(r.key(), project);
		}

		private void saveEvent(EventRecord r) {
			Event event = new Event(r.start(), r.end(), r.type(), r.status(), r.title());
			event.setKey(r.key());
			event.setPresidency(presidency(r.presidency()));
			event.setSourceDatePlace(r.sourceDatePlace());
			event.setPlace(r.city(), country(r.country()));
			event.setVenue(r.venue());
			event.setResults(r.results());
			event.setWorkingGroup(find(r.workingGroup(), this.workingGroups, WorkingGroup.class, "code"));
			event.setPriority(priority(r.presidency(), r.priority()));
			event.setProject(find(r.project(), this.projects, Project.class, "key"));
			event.setParticipantCount(r.participants());
			event.setPublication(publication(r.publication()));
			for (String code : list(r.organisers())) {
				event.getOrganisers().add(institution(code));
			}
			for (String code : list(r.partners())) {
				event.getPartners().add(organisation(code));
			}
			for (AgendaRecord a : list(r.agenda())) {
				event.addAgendaItem(a.day(), a.start(), a.end(), a.title()).setVenue(a.venue());
				event.getAgenda().get(event.getAgenda().size() - 1).setSpeakers(a.speakers());
			}
			for (DocumentRecord d : list(r.documents())) {
				event.addDocument(d.title(), d.adoptedOn(), d.url());
			}
			DatasetImporter.this.entityManager.persist(event);
			this.events.put(r.key(), event);
		}

		private Publication publication(Publication given) {
			return (given != null) ? given : Publication.PUBLISHED;
		}

		private Country country(String code) {
			if (code == null) {
				return null;
			}
			return this.countries.computeIfAbsent(code,
					(c) -> DatasetImporter.this.entityManager.getReference(Country.class, c));
		}

		private Organisation organisation(String code) {
			return find(code, this.organisations, Organisation.class, "code");
		}

		private Institution institution(String code) {
			return find(code, this.institutions, Institution.class, "code");
		}

		private FundingProgramme programme(String code) {
			return find(code, this.programmes, FundingProgramme.class, "code");
		}

		private Presidency presidency(String slug) {
			return find(slug, this.presidencies, Presidency.class, "slug");
		}

		private Priority priority(String presidencySlug, Integer number) {
			if (presidencySlug == null || number == null) {
				return null;
			}
			return this.priorities.computeIfAbsent(presidencySlug + "#" + number,
					(k) -> DatasetImporter.this.entityManager
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
			return saved.computeIfAbsent(code, (c) -> findInDatabase(type, attribute, c).orElseThrow(
					() -> new IllegalStateException("checked before saving: " + type.getSimpleName() + " " + c)));
		}

		private <T> Optional<T> findInDatabase(Class<T> type, String attribute, String code) {
			return DatasetImporter.this.entityManager
				.createQuery("select e from " + type.getSimpleName() + " e where e." + attribute + " = :code", type)
				.setParameter("code", code)
				.getResultStream()
				.findFirst();
		}

		private static <T> List<T> list(List<T> values) {
			return (values != null) ? values : List.of();
		}

	}

}
