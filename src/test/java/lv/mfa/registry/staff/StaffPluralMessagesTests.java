package lv.mfa.registry.staff;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import lv.mfa.registry.shared.text.Plurals;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff counts take their plural form from {@link Plurals}, as the public pages do:
 * Latvian uses the singular after 21, 31, … but not after 11.
 */
class StaffPluralMessagesTests {

	private static final Locale LV = Locale.forLanguageTag("lv");

	private final ResourceBundleMessageSource messages = messages();

	private final Plurals plurals = new Plurals();

	@Test
	void latvianCountsEndingInOneTakeTheSingular() {
		assertThat(count("admin.events.count", 21, LV)).isEqualTo("21 pasākums");
		assertThat(count("admin.events.count", 11, LV)).isEqualTo("11 pasākumi");
		assertThat(count("admin.events.count", 0, LV)).isEqualTo("Pasākumu nav");
		assertThat(count("admin.institution.depends.events", 31, LV)).isEqualTo("tā organizē 31 pasākumu");
		assertThat(count("admin.institution.depends.events", 12, LV)).isEqualTo("tā organizē 12 pasākumus");
		assertThat(count("admin.country.depends.institutions", 101, LV)).isEqualTo("101 iestāde");
		assertThat(count("admin.event.delete-consequences", 21, LV)).contains("21 darba kārtības punkts");
	}

	@Test
	void englishCountsTakeThePluralAfterEveryNumberButOne() {
		assertThat(count("admin.events.count", 21, Locale.ENGLISH)).isEqualTo("21 events");
		assertThat(count("admin.events.count", 1, Locale.ENGLISH)).isEqualTo("1 event");
		assertThat(count("admin.organisation.depends.events", 21, Locale.ENGLISH))
			.isEqualTo("it is a partner of 21 events");
	}

	private String count(String key, long n, Locale locale) {
		return this.messages.getMessage(key, new Object[] { n, this.plurals.form(n, locale) }, locale);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
