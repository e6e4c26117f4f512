package lv.mfa.registry.overview;

import java.util.List;
import java.util.Map;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.progress.Progress;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.workinggroup.WorkingGroupRole;

/** Everything the overview page shows, read in a fixed number of statements. */
record PresidencyOverview(Presidency presidency, List<Priority> priorities, List<WorkingGroupRole> workingGroups,
		long eventCount, long projectCount, Map<Long, Long> eventCountsByPriority, Map<Long, Progress> progress,
		List<Event> recentEvents, List<Event> upcomingEvents, List<Project> projects, EventChart chart) {

	public long eventsOf(Priority priority) {
		return this.eventCountsByPriority.getOrDefault(priority.getId(), 0L);
	}

	public Progress progressOf(Priority priority) {
		return this.progress.getOrDefault(priority.getId(), Progress.NONE);
	}

	public List<WorkingGroupRole> chairedWorkingGroups() {
		return this.workingGroups.stream().filter(WorkingGroupRole::isChaired).toList();
	}

}
