package lv.mfa.registry.progress;

import java.util.List;
import java.util.Map;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.priority.PriorityTask;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.workinggroup.WorkingGroupRole;

/**
 * Everything the page of one priority shows: its first events ({@code eventCount} in
 * all).
 */
record PriorityPage(Presidency presidency, Priority priority, List<PriorityTask> tasks, Map<Long, Progress> byTask,
		Progress progress, List<WorkingGroupRole> workingGroups, List<Event> events, long eventCount,
		List<Project> projects) {

	public Progress of(PriorityTask task) {
		return this.byTask.getOrDefault(task.getId(), Progress.NONE);
	}

}
