package lv.mfa.registry.priority.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lv.mfa.registry.priority.TaskProgress;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.form.FormTexts;

/** A dated progress entry of a task, Latvian and English side by side. */
record ProgressForm(Long version, @NotNull LocalDate entryDate, @NotNull TaskProgress.Kind kind,
		@Size(max = 20000) String textLv, @Size(max = 20000) String textEn) {

	static ProgressForm blank(LocalDate today) {
		return new ProgressForm(null, today, TaskProgress.Kind.DONE, null, null);
	}

	static ProgressForm of(TaskProgress entry) {
		return new ProgressForm(entry.getVersion(), entry.getEntryDate(), entry.getKind(),
				FormTexts.lv(entry.getText()), FormTexts.en(entry.getText()));
	}

	LocalizedText text() {
		return LocalizedText.of(this.textLv, this.textEn);
	}

}
