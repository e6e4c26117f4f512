package lv.mfa.registry.report;

import java.util.List;

import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.priority.PriorityTask;
import lv.mfa.registry.priority.TaskProgress;

/**
 * The half-year progress report: per priority its goal, then its tasks with the done and
 * planned entries of the range.
 */
public record ProgressReport(Presidency presidency, ReportRange range, List<PriorityProgress> priorities,
		ReportChecks checks) implements PresidencyReport {

	public record PriorityProgress(int number, Priority priority, List<TaskRow> tasks) {

	}

	public record TaskRow(PriorityTask task, List<TaskProgress> entries) {

	}

}
