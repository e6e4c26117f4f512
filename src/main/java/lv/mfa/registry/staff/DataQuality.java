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
import lv.mfa.registry.staff.QualityProgressRepository.ProgressFacts;
import lv.mfa.registry.shared.text.LocalizedText;

/**
 * Warnings that do not block saving but want a look: an event outside its presidency's
 * period, a text missing in one language, a held event without results, a planned event
 * in the past; and the same for progress entries (outside the period, still planned after
 * their date, a text in one language only).
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
