package lv.mfa.registry.event.admin;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.presidency.PresidencyChoices;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.priority.PriorityChoices;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.project.ProjectRepository;
import lv.mfa.registry.reference.Country;
import lv.mfa.registry.reference.CountryRepository;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.InstitutionRepository;
import lv.mfa.registry.workinggroup.WorkingGroup;
import lv.mfa.registry.workinggroup.WorkingGroupRepository;

/**
 * The choices the event list and form offer: presidencies, institutions, countries,
 * priorities, working groups, projects.
 */
@Service
@Transactional(readOnly = true)
class AdminOptions {

	record EventOptions(List<Presidency> presidencies, List<Institution> institutions, List<Country> countries,
			List<Priority> priorities, List<WorkingGroup> workingGroups, List<Project> projects) {

		/** A new event belongs to the newest published presidency (listed first). */
		Long defaultPresidencyId() {
			return this.presidencies.isEmpty() ? null : this.presidencies.get(0).getId();
		}

	}

	private final PresidencyChoices presidencies;

	private final InstitutionRepository institutions;

	private final CountryRepository countries;

	private final PriorityChoices priorities;

	private final WorkingGroupRepository workingGroups;

	private final ProjectRepository projects;

	AdminOptions(PresidencyChoices presidencies, InstitutionRepository institutions, CountryRepository countries,
			PriorityChoices priorities, WorkingGroupRepository workingGroups, ProjectRepository projects) {
		this.priorities = priorities;
		this.workingGroups = workingGroups;
		this.projects = projects;
		this.presidencies = presidencies;
		this.institutions = institutions;
		this.countries = countries;
	}

	/** What the event list's filters offer: presidencies and institutions only. */
	EventOptions forFilters() {
		return new EventOptions(this.presidencies.publishedFirst(), this.institutions.findAllByOrderByCode(), List.of(),
				List.of(), List.of(), List.of());
	}

	/** What the event form offers. */
	EventOptions forEvents() {
		return new EventOptions(this.presidencies.publishedFirst(), this.institutions.findAllByOrderByCode(),
				this.countries.findAllByOrderByCode(), this.priorities.findAllWithPresidency(),
				this.workingGroups.findAllByOrderByCode(), this.projects.findAllByOrderByStartYearDescKey());
	}

}
