package lv.mfa.registry.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.priority.TaskProgress;
import lv.mfa.registry.staff.QualityProgressRepository.PriorityTexts;
import lv.mfa.registry.staff.QualityProgressRepository.ProgressFacts;
import lv.mfa.registry.shared.text.LocalizedText;

/**
 * Warnings that do not block saving but want a look: an event outside its presidency's
 * period, a text missing in one language, a held event without results, a planned event
 * in the past; and the same for progress entries (outside the period, still planned after
 * their date, a text in one language only); a priority's or task's text in one language
 * only.
 */
@Service
@Transactional(readOnly = true)
class DataQuality {

	enum Kind {

		OUTSIDE_PERIOD, MISSING_ENGLISH, MISSING_LATVIAN, HELD_WITHOUT_RESULTS, PLANNED_IN_PAST;

		public String messageKey() {
			return "admin.quality." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/** One warning about one event. */
	record Warning(Kind kind, Event event) {
	}

	/** One warning about one progress entry. */
	record ProgressWarning(Kind kind, ProgressFacts entry) {
	}

	/**
	 * One text of a priority present in one language only: {@code field} names the text
	 * (a message key), {@code anchor} the place on the priority's form to fix it.
	 */
	record PriorityWarning(Kind kind, Long priorityId, String presidency, int number, String field, String anchor) {
	}

	private final QualityEventRepository events;

	private final QualityProgressRepository progress;

	private final Clock clock;

	DataQuality(QualityEventRepository events, QualityProgressRepository progress) {
		this.events = events;
		this.progress = progress;
		this.clock = Clock.systemDefaultZone();
	}

	List<ProgressWarning> progressWarnings() {
		LocalDate today = LocalDate.now(this.clock);
		List<ProgressWarning> warnings = new ArrayList<>();
		for (ProgressFacts entry : this.progress.findAllForQualityChecks()) {
			warnings.addAll(check(entry, today));
		}
		return warnings;
	}

	static List<ProgressWarning> check(ProgressFacts entry, LocalDate today) {
		List<ProgressWarning> warnings = new ArrayList<>();
		if (entry.date() != null
				&& (entry.date().isBefore(entry.periodStart()) || entry.date().isAfter(entry.periodEnd()))) {
			warnings.add(new ProgressWarning(Kind.OUTSIDE_PERIOD, entry));
		}
		LocalizedText text = LocalizedText.of(entry.textLv(), entry.textEn());
		if (!text.isEmpty() && text.isMissing(LocalizedText.ENGLISH)) {
			warnings.add(new ProgressWarning(Kind.MISSING_ENGLISH, entry));
		}
		if (!text.isEmpty() && text.isMissing(LocalizedText.LATVIAN)) {
			warnings.add(new ProgressWarning(Kind.MISSING_LATVIAN, entry));
		}
		if (entry.kind() == TaskProgress.Kind.PLANNED && entry.date() != null && entry.date().isBefore(today)) {
			warnings.add(new ProgressWarning(Kind.PLANNED_IN_PAST, entry));
		}
		return warnings;
	}

	List<PriorityWarning> priorityWarnings() {
		List<PriorityWarning> warnings = new ArrayList<>();
		Long previous = null;
		for (PriorityTexts row : this.progress.findPriorityTexts()) {
			// One row per task: the priority's own texts are checked on its first row.
			if (!row.id().equals(previous)) {
				check(warnings, row, "title", row.titleLv(), row.titleEn());
				check(warnings, row, "goal", row.goalLv(), row.goalEn());
				check(warnings, row, "narrative", row.narrativeLv(), row.narrativeEn());
				check(warnings, row, "beforeTasks", row.beforeTasksLv(), row.beforeTasksEn());
				check(warnings, row, "afterTasks", row.afterTasksLv(), row.afterTasksEn());
				previous = row.id();
			}
			if (row.taskId() != null) {
				check(warnings, row, "task", row.taskLv(), row.taskEn());
			}
		}
		return warnings;
	}

	/**
	 * A text in one language only. A priority's text links to the empty field; a task's
	 * title to the task's row, which holds both languages.
	 */
	private static void check(List<PriorityWarning> warnings, PriorityTexts row, String field, String lv, String en) {
		LocalizedText text = LocalizedText.of(lv, en);
		if (text.isEmpty() || (!text.isMissing(LocalizedText.LATVIAN) && !text.isMissing(LocalizedText.ENGLISH))) {
			return;
		}
		boolean english = text.isMissing(LocalizedText.ENGLISH);
		String anchor = "task".equals(field) ? "task-" + row.taskId() : field + (english ? "En" : "Lv");
		warnings.add(new PriorityWarning(english ? Kind.MISSING_ENGLISH : Kind.MISSING_LATVIAN, row.id(),
				row.presidency(), row.number(), "admin.quality.priority-text." + field, anchor));
	}

	List<Warning> warnings() {
		LocalDate today = LocalDate.now(this.clock);
		List<Warning> warnings = new ArrayList<>();
		for (Event event : this.events.findAllForQualityChecks()) {
			warnings.addAll(check(event, today));
		}
		return warnings;
	}

	static List<Warning> check(Event event, LocalDate today) {
		List<Warning> warnings = new ArrayList<>();
		Presidency presidency = event.getPresidency();
		if (presidency != null && event.isOutside(presidency)) {
			warnings.add(new Warning(Kind.OUTSIDE_PERIOD, event));
		}
		LocalizedText title = event.getTitle();
		if (title.isMissing(LocalizedText.ENGLISH) || missing(event.getResults(), LocalizedText.ENGLISH)) {
			warnings.add(new Warning(Kind.MISSING_ENGLISH, event));
		}
		if (title.isMissing(LocalizedText.LATVIAN) || missing(event.getResults(), LocalizedText.LATVIAN)) {
			warnings.add(new Warning(Kind.MISSING_LATVIAN, event));
		}
		if (event.isHeldWithoutResults()) {
			warnings.add(new Warning(Kind.HELD_WITHOUT_RESULTS, event));
		}
		if (event.getStatus() == Event.Status.PLANNED && event.getEndDate().isBefore(today)) {
			warnings.add(new Warning(Kind.PLANNED_IN_PAST, event));
		}
		return warnings;
	}

	/** A text present in one language but not in the other. */
	private static boolean missing(LocalizedText text, String language) {
		return text != null && !text.isEmpty() && text.isMissing(language);
	}

}
