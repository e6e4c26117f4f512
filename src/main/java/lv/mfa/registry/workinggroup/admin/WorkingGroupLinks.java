package lv.mfa.registry.workinggroup.admin;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.presidency.PresidencyRepository;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.priority.PriorityRepository;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.InstitutionRepository;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.shared.form.FormProblems;
import lv.mfa.registry.shared.form.StaleEditException;
import lv.mfa.registry.shared.form.Versions;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.workinggroup.WorkingGroup;
import lv.mfa.registry.workinggroup.WorkingGroupRepository;
import lv.mfa.registry.workinggroup.WorkingGroupRole;
import lv.mfa.registry.workinggroup.admin.LinksForm.LinkRow;

/**
 * The links between working groups and presidencies or priorities, with their role,
 * edited from the working group's form (every presidency it worked in) and from a
 * priority's form (the groups serving it). A group has one role per presidency.
 */
@Service
@Transactional
class WorkingGroupLinks {

	/** A working group serving a priority, as the priority's page lists it. */
	record PriorityLink(Long roleId, Long groupId, String code, LocalizedText name, String leadInstitution,
			boolean chaired) {
	}

	private final WorkingGroupRepository groups;

	private final PresidencyRepository presidencies;

	private final PriorityRepository priorities;

	private final InstitutionRepository institutions;

	WorkingGroupLinks(WorkingGroupRepository groups, PresidencyRepository presidencies, PriorityRepository priorities,
			InstitutionRepository institutions) {
		this.groups = groups;
		this.presidencies = presidencies;
		this.priorities = priorities;
		this.institutions = institutions;
	}

	@Transactional(readOnly = true)
	LinksForm form(Long groupId) {
		return LinksForm.of(group(groupId));
	}

	/** Saves the rows, or rejects them all with the errors beside their rows. */
	void save(Long groupId, LinksForm form) {
		WorkingGroup group = group(groupId);
		Versions.check(group.getVersion(), form.version());
		FormProblems problems = new FormProblems();
		Map<Long, WorkingGroupRole> roles = group.getRoles()
			.stream()
			.collect(Collectors.toMap(WorkingGroupRole::getId, Function.identity()));
		Set<Long> presidenciesTaken = new HashSet<>();
		List<LinkRow> rows = form.links();
		for (int i = 0; i < rows.size(); i++) {
			LinkRow row = rows.get(i);
			if (row == null || row.isBlank() || row.isRemoved()) {
				continue;
			}
			String path = "links[" + i + "]";
			if (row.id() != null && !roles.containsKey(row.id())) {
				// A row of a role someone else removed meanwhile.
				throw new StaleEditException(group.getVersion());
			}
			if (row.presidencyId() == null) {
				problems.reject(path + ".presidencyId", "admin.working-group.link-presidency-required");
				continue;
			}
			if (!presidenciesTaken.add(row.presidencyId())) {
				problems.reject(path + ".presidencyId", "admin.working-group.link-presidency-twice");
			}
			Priority priority = (row.priorityId() != null) ? this.priorities.findById(row.priorityId()).orElse(null)
					: null;
			if (row.priorityId() != null
					&& (priority == null || !priority.getPresidency().getId().equals(row.presidencyId()))) {
				problems.reject(path + ".priorityId", "admin.working-group.link-priority-elsewhere");
			}
		}
		problems.throwIfAny();
		// Removals reach the database first: a presidency freed by one row may be taken
		// by another (one role per group and presidency).
		for (LinkRow row : rows) {
			if (row != null && row.id() != null && (row.isRemoved() || row.presidencyId() == null)) {
				group.removeRole(roles.get(row.id()));
			}
		}
		this.groups.flush();
		for (LinkRow row : rows) {
			if (row == null || row.isBlank() || row.isRemoved() || row.presidencyId() == null) {
				continue;
			}
			Presidency presidency = this.presidencies.findById(row.presidencyId())
				.orElseThrow(() -> new NotFoundException("presidency " + row.presidencyId()));
			Priority priority = (row.priorityId() != null) ? this.priorities.getReferenceById(row.priorityId()) : null;
			Institution lead = institution(row.leadInstitutionId());
			if (row.id() != null) {
				roles.get(row.id()).change(presidency, priority, lead, row.isChaired());
			}
			else {
				group.addRole(presidency, priority, lead, row.isChaired());
			}
		}
	}

	@Transactional(readOnly = true)
	List<PriorityLink> linksOf(Long priorityId) {
		Priority priority = priority(priorityId);
		return this.groups.findAllByOrderByCode()
			.stream()
			.flatMap((group) -> group.getRoles().stream())
			.filter((role) -> role.getPriority() != null && role.getPriority().getId().equals(priority.getId()))
			.map((role) -> new PriorityLink(role.getId(), role.getWorkingGroup().getId(),
					role.getWorkingGroup().getCode(), role.getWorkingGroup().getName(),
					(role.getLeadInstitution() != null) ? role.getLeadInstitution().getCode() : null, role.isChaired()))
			.toList();
	}

	@Transactional(readOnly = true)
	Priority priority(Long priorityId) {
		Priority priority = this.priorities.findById(priorityId)
			.orElseThrow(() -> new NotFoundException("priority " + priorityId));
		priority.getPresidency().getSlug();
		return priority;
	}

	@Transactional(readOnly = true)
	List<WorkingGroup> allGroups() {
		return this.groups.findAllByOrderByCode();
	}

	/**
	 * Links a group to the priority: its role in the priority's presidency now serves the
	 * priority (a new role where it had none there).
	 */
	void link(Long priorityId, Long groupId, Long leadInstitutionId, boolean chaired) {
		Priority priority = priority(priorityId);
		WorkingGroup group = group(groupId);
		Institution lead = institution(leadInstitutionId);
		group.getRoles()
			.stream()
			.filter((role) -> role.getPresidency().getId().equals(priority.getPresidency().getId()))
			.findFirst()
			.ifPresentOrElse((role) -> role.change(role.getPresidency(), priority, lead, chaired),
					() -> group.addRole(priority.getPresidency(), priority, lead, chaired));
	}

	/** The group no longer serves the priority; its part in the presidency stays. */
	void unlink(Long priorityId, Long roleId) {
		for (WorkingGroup group : this.groups.findAllByOrderByCode()) {
			for (WorkingGroupRole role : group.getRoles()) {
				if (role.getId().equals(roleId) && role.getPriority() != null
						&& role.getPriority().getId().equals(priorityId)) {
					role.servePriority(null);
				}
			}
		}
	}

	private WorkingGroup group(Long id) {
		return this.groups.findById(id).orElseThrow(() -> new NotFoundException("working group " + id));
	}

	private Institution institution(Long id) {
		return (id != null) ? this.institutions.findById(id).orElse(null) : null;
	}

}
