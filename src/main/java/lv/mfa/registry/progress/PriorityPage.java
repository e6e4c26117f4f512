package lv.mfa.registry.progress;

import java.util.List;
import java.util.Map;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.priority.PriorityTask;
import lv.mfa.registry.priority.TaskProgress;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.workinggroup.WorkingGroupRole;

/**
 * Everything the page of one priority shows: its published tasks with their published
 * entries (by task id), its first events ({@code eventCount} in all).
 */
record PriorityPage(Presidency presidency, Priority priority, List<PriorityTask> tasks,
		Map<Long, List<TaskProgress>> entries, Map<Long, Progress> byTask, Progress progress,
		List<WorkingGroupRole> workingGroups, List<Event> events, long eventCount, List<Project> projects) {

	/** The task's published entries in the order set. */
	public List<TaskProgress> entriesOf(PriorityTask task) {
		return this.entries.getOrDefault(task.getId(), List.of());
	}

	public Progress of(PriorityTask task) {
		return this.byTask.getOrDefault(task.getId(), Progress.NONE);
	}

}
