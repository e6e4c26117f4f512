package lv.mfa.registry.dataset;

import java.util.List;

import lv.mfa.registry.dataset.DatasetReader.Dataset;
import lv.mfa.registry.dataset.DatasetReader.Located;
import lv.mfa.registry.dataset.DatasetRecords.CountryRecord;
import lv.mfa.registry.dataset.DatasetRecords.InstitutionRecord;
import lv.mfa.registry.dataset.DatasetRecords.OrganisationRecord;
import lv.mfa.registry.dataset.DatasetRecords.PresidencyRecord;
import lv.mfa.registry.dataset.DatasetRecords.PriorityRecord;
import lv.mfa.registry.dataset.DatasetRecords.ProgrammeRecord;
import lv.mfa.registry.dataset.DatasetRecords.ProgressRecord;
import lv.mfa.registry.dataset.DatasetRecords.TaskRecord;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.priority.PriorityTask;
import lv.mfa.registry.reference.Country;
import lv.mfa.registry.reference.FundingProgramme;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.Organisation;
import lv.mfa.registry.shared.Publication;

import static lv.mfa.registry.dataset.DatasetEntities.list;
import static lv.mfa.registry.dataset.DatasetEntities.priorityKey;
import static lv.mfa.registry.dataset.DatasetEntities.publication;

/**
 * Saves what the activities refer to: the reference data, then the presidencies with
 * their priorities, tasks and progress, then the links between presidencies.
 */
final class DatasetReferenceSaving {

	private final Dataset dataset;

	private final DatasetEntities entities;

	DatasetReferenceSaving(Dataset dataset, DatasetEntities entities) {
		this.dataset = dataset;
		this.entities = entities;
	}

	void saveReferenceData() {
		for (Located<CountryRecord> c : this.dataset.all(CountryRecord.class)) {
			Country country = new Country(c.record().code(), c.record().name());
			this.entities.persist(country);
			this.entities.countries.put(country.getCode(), country);
		}
		for (Located<OrganisationRecord> o : this.dataset.all(OrganisationRecord.class)) {
			OrganisationRecord r = o.record();
			Organisation organisation = new Organisation(r.code(), r.acronym(), r.name(),
					this.entities.country(r.country()));
			this.entities.persist(organisation);
			this.entities.organisations.put(r.code(), organisation);
		}
		for (Located<InstitutionRecord> i : this.dataset.all(InstitutionRecord.class)) {
			InstitutionRecord r = i.record();
			Institution institution = new Institution(r.code(), r.acronym(), r.name(),
					this.entities.country(r.country()));
			this.entities.persist(institution);
			this.entities.institutions.put(r.code(), institution);
		}
		for (Located<ProgrammeRecord> p : this.dataset.all(ProgrammeRecord.class)) {
			FundingProgramme programme = new FundingProgramme(p.record().code(), p.record().name());
			this.entities.persist(programme);
			this.entities.programmes.put(programme.getCode(), programme);
		}
	}

	/** Returns how many presidencies were saved. */
	int savePresidencies() {
		List<Located<PresidencyRecord>> presidencyRecords = this.dataset.all(PresidencyRecord.class);
		for (Located<PresidencyRecord> p : presidencyRecords) {
			savePresidency(p.record());
		}
		for (Located<PresidencyRecord> p : presidencyRecords) {
			Presidency presidency = this.entities.presidencies.get(p.record().slug());
			presidency.setPrevious(this.entities.presidency(p.record().previous()));
			presidency.setNext(this.entities.presidency(p.record().next()));
		}
		return presidencyRecords.size();
	}

	private void savePresidency(PresidencyRecord r) {
		Presidency presidency = new Presidency(r.slug(), this.entities.organisation(r.organisation()),
				this.entities.country(r.country()), r.ordinal(), r.start(), r.end());
		presidency.setCoordinator(this.entities.institution(r.coordinator()));
		presidency.setLegalBasis(r.legalBasis());
		presidency.setIntroduction(r.introduction());
		presidency.setCommitteeNarrative(r.committeeNarrative());
		presidency.setOtherDirections(r.otherDirections());
		presidency.setPublication(publication(r.status()));
		this.entities.persist(presidency);
		this.entities.presidencies.put(r.slug(), presidency);
		for (PriorityRecord pr : list(r.priorities())) {
			Priority priority = new Priority(presidency, pr.number(), pr.title());
			priority.setGoal(pr.goal());
			priority.setNarrative(pr.narrative());
			priority.setBeforeTasks(pr.beforeTasks());
			priority.setAfterTasks(pr.afterTasks());
			for (String code : list(pr.leadInstitutions())) {
				priority.getLeadInstitutions().add(this.entities.institution(code));
			}
			for (TaskRecord tr : list(pr.tasks())) {
				// Imports are for coordinators: what they load is public at once.
				PriorityTask task = priority.addTask(tr.title());
				task.setPublication(Publication.PUBLISHED);
				for (ProgressRecord progress : list(tr.progress())) {
					task.addProgress(progress.when(), progress.kind(), progress.text())
						.setPublication(Publication.PUBLISHED);
				}
			}
			this.entities.persist(priority);
			this.entities.priorities.put(priorityKey(r.slug(), pr.number()), priority);
		}
	}

}
