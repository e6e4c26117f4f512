package lv.mfa.registry.timeline;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.text.StructuredText;

/**
 * Writes events as an iCalendar file (RFC 5545): CRLF line ends, lines folded at 75
 * octets without splitting a UTF-8 character, TEXT values escaped, events as whole days
 * (DTSTART;VALUE=DATE and the exclusive DTEND the day after the last day), each with its
 * type, priority and working group as categories and a link back to its page. DTSTAMP is
 * the event's last recorded change, not the time of the request, so an unchanged feed is
 * the same bytes and keeps its ETag.
 */
final class IcsWriter {

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final int MAX_OCTETS = 75;

	private final StringBuilder out = new StringBuilder();

	private final Locale locale;

	private final String baseUrl;

	private final MessageSource messages;

	IcsWriter(Locale locale, String baseUrl, MessageSource messages) {
		this.locale = locale;
		this.baseUrl = baseUrl;
		this.messages = messages;
	}

	String write(String calendarName, List<FeedEvent> events) {
		begin(calendarName);
		for (FeedEvent event : events) {
			event(event);
		}
		return end();
	}

	/** The calendar's header; then {@link #event} for each event and {@link #end}. */
	IcsWriter begin(String calendarName) {
		line("BEGIN:VCALENDAR");
		line("VERSION:2.0");
		line("PRODID:-//Latvia MFA//Presidency Activity Registry//"
				+ LocalizedText.language(this.locale).toUpperCase(Locale.ROOT));
		line("CALSCALE:GREGORIAN");
		line("METHOD:PUBLISH");
		line("X-WR-CALNAME:" + escape(calendarName));
		return this;
	}

	/** The whole calendar. */
	String end() {
		line("END:VCALENDAR");
		return this.out.toString();
	}

	void event(FeedEvent event) {
		line("BEGIN:VEVENT");
		line("UID:event-" + event.id() + "@presidency-registry.mfa.gov.lv");
		// Without a recorded change (data loaded before history was kept) the first day
		// stands in: stable, which is what matters for caches.
		line("DTSTAMP:" + STAMP.format((event.lastChange() != null) ? event.lastChange()
				: event.startDate().atStartOfDay(ZoneOffset.UTC).toInstant()));
		line("DTSTART;VALUE=DATE:" + DATE.format(event.startDate()));
		line("DTEND;VALUE=DATE:" + DATE.format(event.endDate().plusDays(1)));
		line("SUMMARY:" + escape(text(event.title())));
		String location = location(event);
		if (!location.isEmpty()) {
			line("LOCATION:" + escape(location));
		}
		String url = this.baseUrl + "/events/" + event.id();
		String results = StructuredText.plain(text(event.results()));
		line("DESCRIPTION:" + escape(results.isEmpty() ? url : results + "\n\n" + url));
		List<String> categories = new ArrayList<>();
		categories.add(escape(message("event.type." + event.type().name())));
		if (event.priorityNumber() != null) {
			categories.add(escape(message("timeline.priority-number", event.priorityNumber())));
		}
		if (event.workingGroupCode() != null) {
			categories.add(escape(event.workingGroupCode()));
		}
		line("CATEGORIES:" + String.join(",", categories));
		line("STATUS:" + switch (event.status()) {
			case PLANNED -> "TENTATIVE";
			case HELD -> "CONFIRMED";
			case CANCELLED -> "CANCELLED";
		});
		line("URL:" + url);
		line("END:VEVENT");
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	private String location(FeedEvent event) {
		List<String> parts = new ArrayList<>();
		for (String part : new String[] { text(event.venue()), text(event.city()), text(event.countryName()) }) {
			if (!part.isEmpty()) {
				parts.add(part);
			}
		}
		return String.join(", ", parts);
	}

	private String text(LocalizedText text) {
		if (text == null) {
			return "";
		}
		String value = text.get(this.locale);
		return (value != null) ? value : "";
	}

	/**
	 * RFC 5545 3.3.11: backslash, semicolon, comma and line breaks escaped; other control
	 * characters (vertical tab, form feed, ESC …) are not allowed in TEXT and are
	 * dropped.
	 */
	static String escape(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n")
			.replaceAll("[\\x00-\\x08\\x0A-\\x1F\\x7F]", "");
	}

	/**
	 * RFC 5545 3.1: a content line longer than 75 octets continues on lines that start
	 * with a space.
	 */
	private void line(String content) {
		int octets = 0;
		int limit = MAX_OCTETS;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = utf8Octets(codePoint);
			if (octets + size > limit) {
				this.out.append("\r\n ");
				octets = 1;
			}
			this.out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		this.out.append("\r\n");
	}

	private static int utf8Octets(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return (codePoint < 0x10000) ? 3 : 4;
	}

}
