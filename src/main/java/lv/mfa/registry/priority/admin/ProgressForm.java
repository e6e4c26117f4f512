package lv.mfa.registry.priority.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lv.mfa.registry.priority.TaskProgress;
import lv.mfa.registry.shared.text.ApproximateDate;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.form.FormTexts;

/**
 * A progress entry of a task, Latvian and English side by side. The date is typed as
 * precisely as it is known ({@link ApproximateDate#parse}): kept as typed until it is
 * read, so a wrong one comes back as it was.
 */
record ProgressForm(Long version, @Size(max = 60) String when, @NotNull TaskProgress.Kind kind,
		@Size(max = 20000) String textLv, @Size(max = 20000) String textEn) {

	static ProgressForm blank(LocalDate today) {
		return new ProgressForm(null, ApproximateDate.day(today).iso(), TaskProgress.Kind.DONE, null, null);
	}

	static ProgressForm of(TaskProgress entry) {
		return new ProgressForm(entry.getVersion(), entry.getWhen().iso(), entry.getKind(),
				FormTexts.lv(entry.getText()), FormTexts.en(entry.getText()));
	}

	LocalizedText text() {
		return LocalizedText.of(this.textLv, this.textEn);
	}

}
