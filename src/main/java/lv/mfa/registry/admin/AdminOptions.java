package lv.mfa.registry.admin;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.presidency.PresidencyRepository;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.project.ProjectRepository;
import lv.mfa.registry.reference.Country;
import lv.mfa.registry.reference.CountryRepository;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.InstitutionRepository;
import lv.mfa.registry.workinggroup.WorkingGroup;
import lv.mfa.registry.workinggroup.WorkingGroupRepository;

/** The choices the admin forms offer: presidencies, institutions, countries. */
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

	private final PresidencyRepository presidencies;

	private final InstitutionRepository institutions;

	private final CountryRepository countries;

	private final AdminPriorityRepository priorities;

	private final WorkingGroupRepository workingGroups;

	private final ProjectRepository projects;

	AdminOptions(PresidencyRepository presidencies, InstitutionRepository institutions, CountryRepository countries,
			AdminPriorityRepository priorities, WorkingGroupRepository workingGroups, ProjectRepository projects) {
		this.priorities = priorities;
		this.workingGroups = workingGroups;
		this.projects = projects;
		this.presidencies = presidencies;
		this.institutions = institutions;
		this.countries = countries;
	}

	/** What the event list's filters offer: presidencies and institutions only. */
	EventOptions forFilters() {
		return new EventOptions(presidencies(), this.institutions.findAllByOrderByCode(), List.of(), List.of(),
				List.of(), List.of());
	}

	/** What the event form offers. */
	EventOptions forEvents() {
		return new EventOptions(presidencies(), this.institutions.findAllByOrderByCode(),
				this.countries.findAllByOrderByCode(), this.priorities.findAllWithPresidency(),
				this.workingGroups.findAllByOrderByCode(), this.projects.findAllByOrderByStartYearDescKey());
	}

	/** Published presidencies first, newest first; then the drafts. */
	private List<Presidency> presidencies() {
		List<Presidency> all = this.presidencies.findAll(Sort.by(Sort.Direction.DESC, "periodStart"));
		List<Presidency> ordered = new ArrayList<>(all.stream().filter(Presidency::isPublished).toList());
		all.stream().filter((p) -> !p.isPublished()).forEach(ordered::add);
		return ordered;
	}

}
