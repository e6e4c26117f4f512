package lv.mfa.registry.event.admin;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lv.mfa.registry.event.AgendaItem;
import lv.mfa.registry.event.Event;
import lv.mfa.registry.event.EventDocument;
import lv.mfa.registry.shared.text.ApproximateDate;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.form.FormTexts;
import lv.mfa.registry.shared.form.ValidPeriod;
import lv.mfa.registry.shared.form.WebAddress;

/**
 * What the event form sends: Latvian and English side by side, organisers, agenda rows
 * and document rows. Blank rows are ignored; {@code version} is the version the user
 * started from.
 */
@ValidPeriod(start = "startDate", end = "endDate")
record EventForm(Long version, Long presidencyId, Long priorityId, Long workingGroupId, Long projectId,
		@NotNull LocalDate startDate, @NotNull LocalDate endDate, @NotNull Event.Type type,
		@NotNull Event.Status status, @Size(max = 4000) String titleLv, @Size(max = 4000) String titleEn,
		@Size(max = 200) String cityLv, @Size(max = 200) String cityEn, String countryCode,
		@Size(max = 500) String venueLv, @Size(max = 500) String venueEn, @Size(max = 20000) String resultsLv,
		@Size(max = 20000) String resultsEn, @Min(0) Integer participantCount, List<Long> organiserIds,
		List<@Valid AgendaRow> agenda, List<@Valid DocumentRow> documents, ApproximateDate.Precision datePrecision) {

	/** Empty agenda and document rows offered below the filled ones. */
	static final int BLANK_ROWS = 2;

	EventForm {
		organiserIds = (organiserIds != null) ? new ArrayList<>(organiserIds) : new ArrayList<>();
		organiserIds.removeIf(Objects::isNull);
		agenda = (agenda != null) ? new ArrayList<>(agenda) : new ArrayList<>();
		documents = (documents != null) ? new ArrayList<>(documents) : new ArrayList<>();
		// Gaps in the row numbers (a hand-made request) bind as nulls: empty rows keep
		// the others' numbers for the errors beside them.
		agenda.replaceAll((row) -> (row != null) ? row : AgendaRow.empty());
		documents.replaceAll((row) -> (row != null) ? row : DocumentRow.empty());
		// Known only as a month, season, quarter or year: the dates become the span of
		// the one the start date falls in (several months or years: from the start's to
		// the end's), so every rule on dates holds as for exact days.
		if (datePrecision == ApproximateDate.Precision.UNDATED) {
			datePrecision = null;
		}
		if (startDate != null && datePrecision != null && datePrecision != ApproximateDate.Precision.DAY
				&& datePrecision != ApproximateDate.Precision.DAYS) {
			ApproximateDate span = ApproximateDate.spanning(startDate, endDate, datePrecision);
			startDate = span.start();
			endDate = span.end();
		}
	}

	@ValidPeriod(start = "startTime", end = "endTime")
	record AgendaRow(LocalDate day, LocalTime startTime, LocalTime endTime, @Size(max = 4000) String titleLv,
			@Size(max = 4000) String titleEn, @Size(max = 4000) String venueLv, @Size(max = 4000) String venueEn,
			@Size(max = 4000) String speakersLv, @Size(max = 4000) String speakersEn, Boolean remove) {

		/** Nothing typed, or marked for removal: the row is not saved. */
		boolean isBlank() {
			return Boolean.TRUE.equals(this.remove) || this.day == null && this.startTime == null
					&& this.endTime == null && FormTexts.blank(this.titleLv) && FormTexts.blank(this.titleEn)
					&& FormTexts.blank(this.venueLv) && FormTexts.blank(this.venueEn)
					&& FormTexts.blank(this.speakersLv) && FormTexts.blank(this.speakersEn);
		}

		static AgendaRow empty() {
			return new AgendaRow(null, null, null, null, null, null, null, null, null, false);
		}

		static AgendaRow of(AgendaItem item) {
			return new AgendaRow(item.getDay(), item.getStartTime(), item.getEndTime(), FormTexts.lv(item.getTitle()),
					FormTexts.en(item.getTitle()), FormTexts.lv(item.getVenue()), FormTexts.en(item.getVenue()),
					FormTexts.lv(item.getSpeakers()), FormTexts.en(item.getSpeakers()), false);
		}

	}

	record DocumentRow(@Size(max = 500) String titleLv, @Size(max = 500) String titleEn, LocalDate adoptedOn,
			@Size(max = 500) @WebAddress String url, Boolean remove) {

		/** Nothing typed, or marked for removal: the row is not saved. */
		boolean isBlank() {
			return Boolean.TRUE.equals(this.remove) || FormTexts.blank(this.titleLv) && FormTexts.blank(this.titleEn)
					&& this.adoptedOn == null && FormTexts.blank(this.url);
		}

		static DocumentRow empty() {
			return new DocumentRow(null, null, null, null, false);
		}

		static DocumentRow of(EventDocument document) {
			return new DocumentRow(FormTexts.lv(document.getTitle()), FormTexts.en(document.getTitle()),
					document.getAdoptedOn(), document.getUrl(), false);
		}

	}

	/**
	 * A new event's form: one day, planned, with the editor's institution as organiser.
	 */
	static EventForm blank(Long presidencyId, Long institutionId) {
		List<Long> organisers = new ArrayList<>();
		if (institutionId != null) {
			organisers.add(institutionId);
		}
		return new EventForm(null, presidencyId, null, null, null, null, null, Event.Type.MEETING, Event.Status.PLANNED,
				null, null, null, null, "LV", null, null, null, null, null, organisers, null, null, null)
			.withBlankRows(BLANK_ROWS);
	}

	static EventForm of(Event event) {
		List<AgendaRow> agenda = new ArrayList<>();
		event.getAgenda().forEach((item) -> agenda.add(AgendaRow.of(item)));
		List<DocumentRow> documents = new ArrayList<>();
		event.getDocuments().forEach((document) -> documents.add(DocumentRow.of(document)));
		List<Long> organisers = new ArrayList<>();
		event.getOrganisers().forEach((institution) -> organisers.add(institution.getId()));
		return new EventForm(event.getVersion(), (event.getPresidency() != null) ? event.getPresidency().getId() : null,
				(event.getPriority() != null) ? event.getPriority().getId() : null,
				(event.getWorkingGroup() != null) ? event.getWorkingGroup().getId() : null,
				(event.getProject() != null) ? event.getProject().getId() : null, event.getStartDate(),
				event.getEndDate(), event.getType(), event.getStatus(), FormTexts.lv(event.getTitle()),
				FormTexts.en(event.getTitle()), FormTexts.lv(event.getCity()), FormTexts.en(event.getCity()),
				(event.getCountry() != null) ? event.getCountry().getCode() : null, FormTexts.lv(event.getVenue()),
				FormTexts.en(event.getVenue()), FormTexts.lv(event.getResults()), FormTexts.en(event.getResults()),
				event.getParticipantCount(), organisers, agenda, documents, event.getDatePrecision());
	}

	/** The same form with at least {@code count} empty rows at the end of each table. */
	EventForm withBlankRows(int count) {
		EventForm form = withVersion(this.version);
		for (int i = blanksAtEnd(form.agenda); i < count; i++) {
			form.agenda.add(AgendaRow.empty());
		}
		for (int i = blanksAtEnd(form.documents); i < count; i++) {
			form.documents.add(DocumentRow.empty());
		}
		return form;
	}

	/** The same form with {@code count} more empty agenda rows. */
	EventForm withMoreAgendaRows(int count) {
		EventForm form = withVersion(this.version);
		for (int i = 0; i < count; i++) {
			form.agenda.add(AgendaRow.empty());
		}
		return form;
	}

	/** The same form with {@code count} more empty document rows. */
	EventForm withMoreDocumentRows(int count) {
		EventForm form = withVersion(this.version);
		for (int i = 0; i < count; i++) {
			form.documents.add(DocumentRow.empty());
		}
		return form;
	}

	/** The same form, to be saved over the given version (after a conflict). */
	EventForm withVersion(Long version) {
		return new EventForm(version, this.presidencyId, this.priorityId, this.workingGroupId, this.projectId,
				this.startDate, this.endDate, this.type, this.status, this.titleLv, this.titleEn, this.cityLv,
				this.cityEn, this.countryCode, this.venueLv, this.venueEn, this.resultsLv, this.resultsEn,
				this.participantCount, this.organiserIds, this.agenda, this.documents, this.datePrecision);
	}

	LocalizedText title() {
		return LocalizedText.of(this.titleLv, this.titleEn);
	}

	boolean organisedBy(Long institutionId) {
		return institutionId != null && this.organiserIds.contains(institutionId);
	}

	private static int blanksAtEnd(List<?> rows) {
		int blanks = 0;
		for (int i = rows.size() - 1; i >= 0; i--) {
			Object row = rows.get(i);
			boolean blank = (row instanceof AgendaRow agendaRow) ? agendaRow.isBlank() : ((DocumentRow) row).isBlank();
			if (!blank) {
				break;
			}
			blanks++;
		}
		return blanks;
	}

}
