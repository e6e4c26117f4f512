package lv.mfa.registry.dataset;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import lv.mfa.registry.event.Event;
import lv.mfa.registry.priority.TaskProgress;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.shared.text.ApproximateDate;
import lv.mfa.registry.shared.text.InvalidApproximateDateException;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.Publication;
import lv.mfa.registry.shared.form.ValidPeriod;
import lv.mfa.registry.workinggroup.WorkingGroup;

/**
 * The shape of a data file (see {@code data/FORMAT.md}). Rules that concern one record
 * are stated here and checked by Bean Validation; rules between records (codes that must
 * exist) are checked by the importer.
 */
final class DatasetRecords {

	static final String CODE = "^[A-Z0-9][A-Z0-9-]*$";

	static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

	private DatasetRecords() {
	}

	/**
	 * A record's own key in the data set: its code, slug or key, by which others refer to
	 * it.
	 */
	interface Keyed {

		String key();

	}

	record CountryRecord(@NotNull @Pattern(regexp = "^[A-Z]{2}$") String code,
			@HasText @BothLanguages LocalizedText name) implements Keyed {

		@Override
		public String key() {
			return this.code;
		}

	}

	record OrganisationRecord(@NotNull @Pattern(regexp = CODE) String code, LocalizedText acronym,
			@HasText LocalizedText name, @Pattern(regexp = "^[A-Z]{2}$") String country) implements Keyed {

		@Override
		public String key() {
			return this.code;
		}

	}

	record InstitutionRecord(@NotNull @Pattern(regexp = CODE) String code,
			@NotNull @Pattern(regexp = "^[A-Z]{2}$") String country, LocalizedText acronym,
			@HasText LocalizedText name) implements Keyed {

		@Override
		public String key() {
			return this.code;
		}

	}

	record ProgrammeRecord(@NotNull @Pattern(regexp = CODE) String code, @HasText LocalizedText name) implements Keyed {

		@Override
		public String key() {
			return this.code;
		}

	}

	@ValidPeriod(start = "start", end = "end", message = "{dataset.end-before-start}")
	record PresidencyRecord(@NotNull @Pattern(regexp = SLUG) String slug, @NotBlank String organisation,
			@NotNull @Pattern(regexp = "^[A-Z]{2}$") String country, @NotNull @Min(1) Integer ordinal,
			@NotNull LocalDate start, @NotNull LocalDate end, String coordinator, String previous, String next,
			Publication status, LocalizedText legalBasis, LocalizedText introduction, LocalizedText committeeNarrative,
			LocalizedText otherDirections, List<@Valid PriorityRecord> priorities) implements Keyed {

		@Override
		public String key() {
			return this.slug;
		}

	}

	record PriorityRecord(@NotNull @Min(1) Integer number, @HasText LocalizedText title, LocalizedText goal,
			LocalizedText narrative, LocalizedText beforeTasks, LocalizedText afterTasks,
			List<@NotBlank String> leadInstitutions, List<@Valid TaskRecord> tasks) {
	}

	record TaskRecord(@HasText LocalizedText title, List<@Valid ProgressRecord> progress) {
	}

	/**
	 * A progress entry; its date as precisely as the source gives it
	 * ({@link ApproximateDate#parse}: "2019-10-03", "2019-10", "2019", "2019-autumn",
	 * "2019-10-03..2019-10-05", missing for undated).
	 */
	record ProgressRecord(String date, @NotNull TaskProgress.Kind kind, @HasText LocalizedText text) {

		@AssertTrue(message = "{dataset.date-unreadable}")
		boolean isDateReadable() {
			try {
				when();
				return true;
			}
			catch (InvalidApproximateDateException ex) {
				return false;
			}
		}

		ApproximateDate when() {
			return ApproximateDate.parse(this.date);
		}

	}

	@ValidPeriod(start = "mandateStart", end = "mandateEnd", message = "{dataset.end-before-start}")
	record WorkingGroupRecord(@NotNull @Pattern(regexp = CODE) String code, @NotNull WorkingGroup.Kind kind,
			String organisation, @HasText LocalizedText name, LocalizedText description, LocalDate mandateStart,
			LocalDate mandateEnd, ApproximateDate.Precision mandatePrecision, Publication publication,
			List<@Valid RoleRecord> presidencies) implements Keyed {

		@Override
		public String key() {
			return this.code;
		}

	}

	record RoleRecord(@NotBlank String presidency, Integer priority, String leadInstitution, boolean chaired) {
	}

	@ValidPeriod(start = "start", end = "end", message = "{dataset.end-before-start}")
	record EventRecord(@NotNull @Pattern(regexp = SLUG) String key, String presidency, @NotNull LocalDate start,
			@NotNull LocalDate end, String sourceDatePlace, LocalizedText city,
			@Pattern(regexp = "^[A-Z]{2}$") String country, LocalizedText venue, @NotNull Event.Type type,
			@NotNull Event.Status status, Publication publication, @HasText LocalizedText title, LocalizedText results,
			List<@NotBlank String> organisers, List<@NotBlank String> partners, String workingGroup, Integer priority,
			String project, @PositiveOrZero Integer participants, List<@Valid AgendaRecord> agenda,
			List<@Valid DocumentRecord> documents, ApproximateDate.Precision datePrecision) implements Keyed {

		@AssertTrue(message = "{date.approximate.required}")
		boolean isDated() {
			return this.datePrecision != ApproximateDate.Precision.UNDATED;
		}

		@AssertTrue(message = "{dataset.agenda-outside-event}")
		boolean isAgendaWithinEvent() {
			if (this.agenda == null || this.start == null || this.end == null) {
				return true;
			}
			return this.agenda.stream()
				.allMatch((item) -> item.day() == null
						|| (!item.day().isBefore(this.start) && !item.day().isAfter(this.end)));
		}

	}

	@ValidPeriod(start = "start", end = "end", message = "{dataset.end-before-start}")
	record AgendaRecord(@NotNull LocalDate day, LocalTime start, LocalTime end, @HasText LocalizedText title,
			LocalizedText venue, LocalizedText speakers) {

	}

	record DocumentRecord(@HasText LocalizedText title, LocalDate adoptedOn, String url) {
	}

	@ValidPeriod(start = "startYear", end = "endYear", message = "{dataset.end-before-start}")
	record ProjectRecord(@NotNull @Pattern(regexp = SLUG) String key, @HasText LocalizedText title, String acronym,
			@Min(1990) @Max(2100) Integer startYear, @Min(1990) @Max(2100) Integer endYear, @NotBlank String programme,
			String reference, Project.LongTermPriority longTermPriority, @NotNull Project.Status status,
			LocalizedText description, String presidency, Integer priority, String url, Publication publication,
			List<@Valid PartnerRecord> partners) implements Keyed {

		@AssertTrue(message = "{dataset.one-lead-partner}")
		boolean isAtMostOneLead() {
			return this.partners == null || this.partners.stream().filter(PartnerRecord::lead).count() <= 1;
		}

	}

	record PartnerRecord(@HasText LocalizedText name, @Pattern(regexp = "^[A-Z]{2}$") String country, boolean lead) {
	}

}
