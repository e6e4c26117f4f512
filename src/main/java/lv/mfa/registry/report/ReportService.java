package lv.mfa.registry.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.presidency.PresidencyRepository;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.priority.PriorityRepository;
import lv.mfa.registry.priority.PriorityTask;
import lv.mfa.registry.priority.TaskProgress;
import lv.mfa.registry.shared.text.ApproximateDate;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.workinggroup.WorkingGroupRepository;
import lv.mfa.registry.workinggroup.WorkingGroupRole;

/**
 * Loads what a report shows, from published records only, in a fixed number of statements
 * whatever the number of events, and lists what to fix before exporting.
 */
@Service
@Transactional(readOnly = true)
class ReportService {

	private final PresidencyRepository presidencies;

	private final PriorityRepository priorities;

	private final WorkingGroupRepository workingGroups;

	private final ReportEventRepository events;

	private final ReportProgressRepository progress;

	ReportService(PresidencyRepository presidencies, PriorityRepository priorities,
			WorkingGroupRepository workingGroups, ReportEventRepository events, ReportProgressRepository progress) {
		this.presidencies = presidencies;
		this.priorities = priorities;
		this.workingGroups = workingGroups;
		this.events = events;
		this.progress = progress;
	}

	/**
	 * A presidency, published or a draft (coordinators preview a draft's reports, marked
	 * as drafts), or the 404 page.
	 */
	Presidency presidency(String slug) {
		return this.presidencies.findBySlug(slug).orElseThrow(() -> new NotFoundException("presidency " + slug));
	}

	/** The informative report of a presidency read by {@link #presidency(String)}. */
	InformativeReport informative(Presidency presidency, ReportRange range, Locale locale) {
		Long id = presidency.getId();
		List<Priority> priorities = this.priorities.findByPresidencyIdOrderByNumber(id);
		// A draft presidency's preview shows its draft records too: they are what is
		// being
		// checked.
		boolean drafts = !presidency.isPublished();
		List<WorkingGroupRole> roles = drafts ? this.workingGroups.findAllRoles(id)
				: this.workingGroups.findPublishedRoles(id);
		List<Event> events = range.whole() ? this.events.findPublished(id, Event.Status.CANCELLED, drafts)
				: this.events.findPublishedBetween(id, Event.Status.CANCELLED, range.from(), range.to(), drafts);
		List<InformativeReport.PrioritySection> sections = new ArrayList<>();
		int number = 2;
		for (Priority priority : priorities) {
			List<WorkingGroupRole> groups = roles.stream()
				.filter((role) -> role.getPriority() != null
						&& Objects.equals(role.getPriority().getId(), priority.getId()))
				.toList();
			List<Event> ofPriority = events.stream()
				.filter((event) -> event.getPriority() != null
						&& Objects.equals(event.getPriority().getId(), priority.getId()))
				.toList();
			sections.add(new InformativeReport.PrioritySection(number++, priority, groups, ofPriority));
		}
		ReportChecks checks = informativeChecks(presidency, priorities, roles, events, locale);
		return new InformativeReport(presidency, range, sections, events, checks);
	}

	/** The progress report of a presidency read by {@link #presidency(String)}. */
	ProgressReport progress(Presidency presidency, ReportRange range, Locale locale) {
		Long id = presidency.getId();
		List<Priority> priorities = this.priorities.findByPresidencyIdOrderByNumber(id);
		// As for events: a draft presidency's preview shows its draft tasks and entries,
		// each marked; a published presidency's report only what the public sees.
		boolean drafts = !presidency.isPublished();
		List<PriorityTask> tasks = this.progress.findTasks(id, drafts);
		List<TaskProgress> all = this.progress.findProgress(id, drafts);
		// Only what the title names: the range's days, split into done and planned.
		List<TaskProgress> entries = all.stream()
			.filter((entry) -> range.shows(entry.getKind() == TaskProgress.Kind.DONE, entry.getWhen()))
			.toList();
		Map<Long, List<TaskProgress>> entriesByTask = new LinkedHashMap<>();
		for (TaskProgress entry : entries) {
			entriesByTask.computeIfAbsent(entry.getTask().getId(), (key) -> new ArrayList<>()).add(entry);
		}
		List<ProgressReport.PriorityProgress> sections = new ArrayList<>();
		int number = 1;
		for (Priority priority : priorities) {
			List<ProgressReport.TaskRow> rows = tasks.stream()
				.filter((task) -> Objects.equals(task.getPriority().getId(), priority.getId()))
				.map((task) -> new ProgressReport.TaskRow(task, entriesByTask.getOrDefault(task.getId(), List.of())))
				.toList();
			sections.add(new ProgressReport.PriorityProgress(number++, priority, rows));
		}
		ReportChecks checks = progressChecks(presidency, priorities, tasks, entries, all, locale);
		return new ProgressReport(presidency, range, sections, checks);
	}

	private ReportChecks informativeChecks(Presidency presidency, List<Priority> priorities,
			List<WorkingGroupRole> roles, List<Event> events, Locale locale) {
		Issues issues = new Issues(LocalizedText.language(locale));
		String presidencyLabel = presidency.getSlug();
		issues.text(presidency.getOrganisation().getName(), "organisation-name",
				presidency.getOrganisation().getCode());
		issues.text(presidency.getCountry().getName(), "country-name", presidency.getCountry().getCode());
		issues.text(presidency.getIntroduction(), "presidency-introduction", presidencyLabel);
		issues.text(presidency.getCommitteeNarrative(), "presidency-committee", presidencyLabel);
		issues.text(presidency.getOtherDirections(), "presidency-other-directions", presidencyLabel);
		for (Priority priority : priorities) {
			String label = priority.getNumber() + ". " + priority.getTitle().get(locale);
			issues.text(priority.getTitle(), "priority-title", label);
			issues.text(priority.getNarrative(), "priority-narrative", label);
		}
		for (WorkingGroupRole role : roles) {
			if (role.getPriority() != null) {
				issues.text(role.getWorkingGroup().getName(), "working-group-name", role.getWorkingGroup().getCode());
			}
		}
		for (Event event : events) {
			String label = eventLabel(event, locale);
			String edit = "/admin/events/" + event.getId() + "/edit";
			issues.text(event.getTitle(), "event-title", label, edit);
			issues.text(event.getResults(), "event-results", label, edit);
			issues.text(event.getCity(), "event-city", label, edit);
			if (event.isOutside(presidency)) {
				issues.warning("event-outside-period", label, edit);
			}
			if (event.isHeldWithoutResults()) {
				issues.warning("event-without-results", label, edit);
			}
		}
		return issues.checks();
	}

	private ReportChecks progressChecks(Presidency presidency, List<Priority> priorities, List<PriorityTask> tasks,
			List<TaskProgress> entries, List<TaskProgress> all, Locale locale) {
		Issues issues = new Issues(LocalizedText.language(locale));
		issues.text(presidency.getOrganisation().getName(), "organisation-name",
				presidency.getOrganisation().getCode());
		issues.text(presidency.getCountry().getName(), "country-name", presidency.getCountry().getCode());
		for (Priority priority : priorities) {
			String label = priority.getNumber() + ". " + priority.getTitle().get(locale);
			issues.text(priority.getTitle(), "priority-title", label);
			issues.text(priority.getGoal(), "priority-goal", label);
		}
		for (PriorityTask task : tasks) {
			issues.text(task.getTitle(), "task-title", task.getTitle().get(locale));
		}
		for (TaskProgress entry : entries) {
			issues.text(entry.getText(), "progress-text", entryLabel(entry, locale));
		}
		// Entries dated outside the presidency never appear; the coordinator is told.
		for (TaskProgress entry : all) {
			ApproximateDate when = entry.getWhen();
			if (!when.isUndated() && (when.end().isBefore(presidency.getPeriodStart())
					|| when.start().isAfter(presidency.getPeriodEnd()))) {
				issues.warning("progress-outside-period", entryLabel(entry, locale));
			}
		}
		return issues.checks();
	}

	private String entryLabel(TaskProgress entry, Locale locale) {
		return entry.getWhen().compact(locale) + " – " + entry.getTask().getTitle().get(locale);
	}

	private String eventLabel(Event event, Locale locale) {
		String key = (event.getKey() != null) ? " (" + event.getKey() + ")" : "";
		return event.getWhen().compact(locale) + " – " + event.getTitle().get(locale) + key;
	}

	/** Collects the checks' findings in the order the report shows the records. */
	private static final class Issues {

		private final String language;

		private final List<ReportIssue> missing = new ArrayList<>();

		private final List<ReportIssue> warnings = new ArrayList<>();

		Issues(String language) {
			this.language = language;
		}

		void text(LocalizedText text, String code, String record) {
			text(text, code, record, null);
		}

		void text(LocalizedText text, String code, String record, String editPath) {
			if (text == null || text.isMissing(this.language)) {
				this.missing.add(new ReportIssue(code, record, editPath));
			}
		}

		void warning(String code, String record) {
			warning(code, record, null);
		}

		void warning(String code, String record, String editPath) {
			this.warnings.add(new ReportIssue(code, record, editPath));
		}

		ReportChecks checks() {
			return new ReportChecks(this.language, List.copyOf(this.missing), List.copyOf(this.warnings));
		}

	}

}
