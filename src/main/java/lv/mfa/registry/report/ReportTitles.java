package lv.mfa.registry.report;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import lv.mfa.registry.shared.DateTexts;

/**
 * A report's title, built from the data in the report's language: "Informatīvais
 * ziņojums" and "“Par īstenotajiem pasākumiem un sasniegtajiem rezultātiem Latvijas
 * prezidentūrā Baltijas jūras valstu padomē (BJVP) no 2018. gada 1. jūlija līdz 2019.
 * gada 30. jūnijam”". The page, the HTML and PDF documents and the DOCX all use it.
 */
@Component
class ReportTitles {

	private final MessageSource messages;

	private final DateTexts dateTexts;

	ReportTitles(MessageSource messages, DateTexts dateTexts) {
		this.messages = messages;
		this.dateTexts = dateTexts;
	}

	String heading(ReportKind kind, Locale locale) {
		return this.messages.getMessage("report." + kind.key() + ".heading", null, locale);
	}

	String subject(ReportKind kind, PresidencyReport report, Locale locale) {
		String period = period(report, locale);
		Object[] args = (kind == ReportKind.INFORMATIVE) ? new Object[] { report.holder(locale),
				report.organisationName(locale), report.acronym(locale), period }
				: new Object[] { report.holder(locale), report.acronym(locale), period };
		return this.messages.getMessage("report." + kind.key() + ".subject", args, locale);
	}

	/** "no 2018. gada 1. jūlija līdz 2019. gada 30. jūnijam", "from 1 July 2018 to …". */
	String period(PresidencyReport report, Locale locale) {
		return this.dateTexts.period(report.range().from(), report.range().to(), locale);
	}

	/** Heading and subject in one line: the document's title in its metadata. */
	String title(ReportKind kind, PresidencyReport report, Locale locale) {
		return heading(kind, locale) + " " + subject(kind, report, locale);
	}

}
