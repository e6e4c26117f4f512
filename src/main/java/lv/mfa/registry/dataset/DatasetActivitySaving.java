package lv.mfa.registry.dataset;

import lv.mfa.registry.dataset.DatasetReader.Dataset;
import lv.mfa.registry.dataset.DatasetReader.Located;
import lv.mfa.registry.dataset.DatasetRecords.AgendaRecord;
import lv.mfa.registry.dataset.DatasetRecords.DocumentRecord;
import lv.mfa.registry.dataset.DatasetRecords.EventRecord;
import lv.mfa.registry.dataset.DatasetRecords.PartnerRecord;
import lv.mfa.registry.dataset.DatasetRecords.ProjectRecord;
import lv.mfa.registry.dataset.DatasetRecords.RoleRecord;
import lv.mfa.registry.dataset.DatasetRecords.WorkingGroupRecord;
import lv.mfa.registry.event.Event;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.shared.text.ApproximateDate;
import lv.mfa.registry.workinggroup.WorkingGroup;

import static lv.mfa.registry.dataset.DatasetEntities.list;
import static lv.mfa.registry.dataset.DatasetEntities.publication;

/**
 * Saves the activities, after what they refer to: working groups with their roles,
 * projects with their partners, events with their agendas and documents.
 */
final class DatasetActivitySaving {

	private final Dataset dataset;

	private final DatasetEntities entities;

	DatasetActivitySaving(Dataset dataset, DatasetEntities entities) {
		this.dataset = dataset;
		this.entities = entities;
	}

	int saveWorkingGroups() {
		for (Located<WorkingGroupRecord> w : this.dataset.all(WorkingGroupRecord.class)) {
			saveWorkingGroup(w.record());
		}
		return this.dataset.all(WorkingGroupRecord.class).size();
	}

	int saveProjects() {
		for (Located<ProjectRecord> p : this.dataset.all(ProjectRecord.class)) {
			saveProject(p.record());
		}
		return this.dataset.all(ProjectRecord.class).size();
	}

	int saveEvents() {
		for (Located<EventRecord> e : this.dataset.all(EventRecord.class)) {
			saveEvent(e.record());
		}
		return this.dataset.all(EventRecord.class).size();
	}

	private void saveWorkingGroup(WorkingGroupRecord r) {
		WorkingGroup group = new WorkingGroup(r.code(), r.kind(), this.entities.organisation(r.organisation()),
				r.name());
		group.setDescription(r.description());
		group.setMandate(r.mandateStart(), r.mandateEnd(), r.mandatePrecision());
		group.setPublication(publication(r.publication()));
		for (RoleRecord role : list(r.presidencies())) {
			group.addRole(this.entities.presidency(role.presidency()),
					this.entities.priority(role.presidency(), role.priority()),
					this.entities.institution(role.leadInstitution()), role.chaired());
		}
		this.entities.persist(group);
		this.entities.workingGroups.put(r.code(), group);
	}

	private void saveProject(ProjectRecord r) {
		Project project = new Project(r.key(), r.title(), this.entities.programme(r.programme()), r.status());
		project.setAcronym(r.acronym());
		project.setYears(r.startYear(), r.endYear());
		project.setProgrammeReference(r.reference());
		project.setLongTermPriority(r.longTermPriority());
		project.setDescription(r.description());
		project.setPresidency(this.entities.presidency(r.presidency()));
		project.setPriority(this.entities.priority(r.presidency(), r.priority()));
		project.setUrl(r.url());
		project.setPublication(publication(r.publication()));
		for (PartnerRecord partner : list(r.partners())) {
			project.addPartner(partner.name(), this.entities.country(partner.country()), partner.lead());
		}
		this.entities.persist(project);
		this.entities.projects.put(r.key(), project);
	}

	private void saveEvent(EventRecord r) {
		boolean days = r.datePrecision() == null || r.datePrecision() == ApproximateDate.Precision.DAY
				|| r.datePrecision() == ApproximateDate.Precision.DAYS;
		// Known only as a month, season, quarter or year: the span of the one its start
		// is in; as several months or years: from the start's to the end's.
		ApproximateDate when = days ? ApproximateDate.days(r.start(), r.end())
				: ApproximateDate.spanning(r.start(), r.end(), r.datePrecision());
		Event event = new Event(when.start(), when.end(), r.type(), r.status(), r.title());
		event.knownAs(when.precision());
		event.setKey(r.key());
		event.setPresidency(this.entities.presidency(r.presidency()));
		event.setSourceDatePlace(r.sourceDatePlace());
		event.setPlace(r.city(), this.entities.country(r.country()));
		event.setVenue(r.venue());
		event.setResults(r.results());
		event.setWorkingGroup(this.entities.workingGroup(r.workingGroup()));
		event.setPriority(this.entities.priority(r.presidency(), r.priority()));
		event.setProject(this.entities.project(r.project()));
		event.setParticipantCount(r.participants());
		event.setPublication(publication(r.publication()));
		for (String code : list(r.organisers())) {
			event.getOrganisers().add(this.entities.institution(code));
		}
		for (String code : list(r.partners())) {
			event.getPartners().add(this.entities.organisation(code));
		}
		for (AgendaRecord a : list(r.agenda())) {
			event.addAgendaItem(a.day(), a.start(), a.end(), a.title()).setVenue(a.venue());
			event.getAgenda().get(event.getAgenda().size() - 1).setSpeakers(a.speakers());
		}
		for (DocumentRecord d : list(r.documents())) {
			event.addDocument(d.title(), d.adoptedOn(), d.url());
		}
		this.entities.persist(event);
		this.entities.events.put(r.key(), event);
	}

}
