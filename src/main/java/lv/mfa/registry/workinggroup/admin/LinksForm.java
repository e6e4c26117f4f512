package lv.mfa.registry.workinggroup.admin;

import java.util.ArrayList;
import java.util.List;

import lv.mfa.registry.workinggroup.WorkingGroup;

/**
 * A working group's part in each presidency as its form sends it: one row per presidency
 * (the priority it serves, its lead institution, chaired or not), a row marked for
 * removal goes, empty rows at the end add new links.
 */
record LinksForm(Long version, List<LinkRow> links) {

	/** Empty rows offered for new links. */
	static final int NEW_ROWS = 2;

	LinksForm {
		links = (links != null) ? new ArrayList<>(links) : new ArrayList<>();
	}

	/** Check boxes are objects: an unticked one is not sent at all. */
	record LinkRow(Long id, Long presidencyId, Long priorityId, Long leadInstitutionId, Boolean chaired,
			Boolean remove) {

		boolean isChaired() {
			return Boolean.TRUE.equals(this.chaired);
		}

		boolean isRemoved() {
			return Boolean.TRUE.equals(this.remove);
		}

		boolean isBlank() {
			return this.id == null && this.presidencyId == null;
		}

	}

	static LinksForm of(WorkingGroup group) {
		List<LinkRow> rows = new ArrayList<>();
		group.getRoles()
			.forEach((role) -> rows.add(new LinkRow(role.getId(), role.getPresidency().getId(),
					(role.getPriority() != null) ? role.getPriority().getId() : null,
					(role.getLeadInstitution() != null) ? role.getLeadInstitution().getId() : null, role.isChaired(),
					false)));
		LinksForm form = new LinksForm(group.getVersion(), rows);
		for (int i = 0; i < NEW_ROWS; i++) {
			form.links().add(new LinkRow(null, null, null, null, false, false));
		}
		return form;
	}

}
