package lv.mfa.registry.report.document;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import lv.mfa.registry.report.PresidencyReport;
import lv.mfa.registry.report.ReportKind;
import lv.mfa.registry.shared.text.DateTexts;

/**
 * A report's title, built from the data in the report's language: "Informatīvais
 * ziņojums" and "“Par īstenotajiem pasākumiem un sasniegtajiem rezultātiem Latvijas
 * prezidentūrā Baltijas jūras valstu padomē (BJVP) no 2018. gada 1. jūlija līdz 2019.
 * gada 30. jūnijam”". The page, the HTML and PDF documents and the DOCX all use it.
 */
@Component
public class ReportTitles {

	private final MessageSource messages;

	private final DateTexts dateTexts;

	ReportTitles(MessageSource messages, DateTexts dateTexts) {
		this.messages = messages;
		this.dateTexts = dateTexts;
	}

	public String heading(ReportKind kind, Locale locale) {
		return this.messages.getMessage("report." + kind.key() + ".heading", null, locale);
	}

	/**
	 * "Pusgada progresa ziņojums" only for a progress report split at an as-of day: any
	 * other range is not a half-year's.
	 */
	public String heading(ReportKind kind, PresidencyReport report, Locale locale) {
		return split(kind, report) ? this.messages.getMessage("report.progress.split.heading", null, locale)
				: heading(kind, locale);
	}

	public String subject(ReportKind kind, PresidencyReport report, Locale locale) {
		if (split(kind, report)) {
			return this.messages.getMessage("report.progress.split.subject",
					new Object[] { report.holder(locale), report.acronym(locale) }, locale);
		}
		String period = period(report, locale);
		Object[] args = (kind == ReportKind.INFORMATIVE) ? new Object[] { report.holder(locale),
				report.organisationName(locale), report.acronym(locale), period }
				: new Object[] { report.holder(locale), report.acronym(locale), period };
		return this.messages.getMessage("report." + kind.key() + ".subject", args, locale);
	}

	/** "no 2018. gada 1. jūlija līdz 2019. gada 30. jūnijam", "from 1 July 2018 to …". */
	public String period(PresidencyReport report, Locale locale) {
		return this.dateTexts.period(report.range().from(), report.range().to(), locale);
	}

	/**
	 * The line under a split progress report's title: the presidency, its period and the
	 * day the report stands at ("Latvijas prezidentūra BJVP no … līdz …; stāvoklis 2018.
	 * gada 31. decembrī"); null for other reports.
	 */
	public String presidencyLine(ReportKind kind, PresidencyReport report, Locale locale) {
		if (!split(kind, report)) {
			return null;
		}
		var presidency = report.presidency();
		String period = this.dateTexts.period(presidency.getPeriodStart(), presidency.getPeriodEnd(), locale);
		String asOf = this.dateTexts.date(report.range().asOf(), DateTexts.Case.LOCATIVE, locale);
		return this.messages.getMessage("report.progress.split.presidency",
				new Object[] { report.holder(locale), report.acronym(locale), period, asOf }, locale);
	}

	/**
	 * The report's own date-and-place line as the coordinator typed it on the presidency
	 * ("05.02.2008, Rīga"); null when none was given.
	 */
	public String datePlace(PresidencyReport report) {
		String line = report.presidency().getReportDatePlace();
		return (line == null || line.isBlank()) ? null : line.strip();
	}

	/** Heading and subject in one line: the document's title in its metadata. */
	public String title(ReportKind kind, PresidencyReport report, Locale locale) {
		return heading(kind, report, locale) + " " + subject(kind, report, locale);
	}

	private static boolean split(ReportKind kind, PresidencyReport report) {
		return kind == ReportKind.PROGRESS && report.range().isSplit();
	}

}
