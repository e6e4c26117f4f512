package lv.mfa.registry.report;

import java.util.Locale;

import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.report.document.LatvianInflection;
import lv.mfa.registry.shared.text.LocalizedText;

/**
 * What both reports share: the presidency, the range, the pre-export checks, the title's
 * words.
 */
public interface PresidencyReport {

	Presidency presidency();

	ReportRange range();

	ReportChecks checks();

	/**
	 * A preview of a presidency not yet published: every page of it is marked as a draft.
	 */
	default boolean isDraft() {
		return !this.presidency().isPublished();
	}

	/**
	 * The holding country as the title needs it: "Latvijas" (genitive) in Latvian,
	 * "Latvia" in English.
	 */
	default String holder(Locale locale) {
		String name = this.presidency().getCountry().getName().get(locale);
		return isLatvian(locale) ? LatvianInflection.genitive(name) : name;
	}

	/**
	 * The organisation where the presidency was held: "Baltijas jūras valstu padomē"
	 * (locative) in Latvian, "Council of the Baltic Sea States" in English.
	 */
	default String organisationName(Locale locale) {
		String name = this.presidency().getOrganisation().getName().get(locale);
		return isLatvian(locale) ? LatvianInflection.locative(name) : name;
	}

	default String acronym(Locale locale) {
		LocalizedText acronym = this.presidency().getOrganisation().getAcronym();
		return (acronym != null && !acronym.isEmpty()) ? acronym.get(locale)
				: this.presidency().getOrganisation().getCode();
	}

	private static boolean isLatvian(Locale locale) {
		return LocalizedText.LATVIAN.equals(LocalizedText.language(locale));
	}

}
