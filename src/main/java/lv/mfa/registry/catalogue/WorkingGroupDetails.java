package lv.mfa.registry.catalogue;

import java.util.List;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.workinggroup.WorkingGroup;
import lv.mfa.registry.workinggroup.WorkingGroupRole;

/**
 * A working group with its role in each presidency, its meetings and related projects.
 */
record WorkingGroupDetails(WorkingGroup workingGroup, List<WorkingGroupRole> roles, List<Event> events,
		List<Project> projects) {

}
