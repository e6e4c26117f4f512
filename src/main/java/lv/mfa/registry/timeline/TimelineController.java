package lv.mfa.registry.timeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.shared.web.LanguageParameter;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.shared.web.PublicAddress;
import lv.mfa.registry.shared.web.QueryLinks;

@Controller
class TimelineController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final TimelineService timeline;

	private final MessageSource messages;

	private final PublicAddress publicAddress;

	TimelineController(TimelineService timeline, MessageSource messages, PublicAddress publicAddress) {
		this.publicAddress = publicAddress;
		this.timeline = timeline;
		this.messages = messages;
	}

	@GetMapping("/presidencies/{slug}/timeline")
	String timeline(@PathVariable String slug, @RequestParam(required = false) String priority,
			@RequestParam(name = "wg", required = false) String workingGroup,
			@RequestParam(required = false) String type, @RequestParam(required = false) String organiser,
			@RequestParam(required = false) String country, @RequestParam(required = false) String city,
			@RequestParam(name = "q", required = false) String text, @RequestParam(required = false) String month,
			@RequestParam(required = false) String page, Model model) {
		TimelineFilter filter = TimelineFilter.parse(priority, workingGroup, type, organiser, country, city, text,
				month, page);
		TimelinePage timelinePage = this.timeline.timeline(slug, filter);
		TimelineFilter used = timelinePage.filter();
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("priority", (used.priority() != null) ? String.valueOf(used.priority()) : null);
		parameters.put("wg", used.workingGroup());
		parameters.put("type", (used.type() != null) ? used.type().name() : null);
		parameters.put("organiser", used.organiser());
		parameters.put("country", used.country());
		parameters.put("city", used.city());
		parameters.put("q", used.text());
		parameters.put("month", (used.month() != null) ? used.month().toString() : null);
		parameters.put("page", (timelinePage.page() > 1) ? String.valueOf(timelinePage.page()) : null);
		model.addAttribute("timeline", timelinePage);
		model.addAttribute("links", QueryLinks.of("/presidencies/" + slug + "/timeline", parameters));
		return "timeline/timeline";
	}

	/** The navigation's "Timeline": the latest published presidency's. */
	@GetMapping("/timeline")
	String latestTimeline(@RequestParam(name = "lang", required = false) String language) {
		String query = LanguageParameter.query(language);
		return this.timeline.latestSlug()
			.map((slug) -> "redirect:/presidencies/" + slug + "/timeline" + query)
			.orElse("redirect:/presidencies" + query);
	}

	@GetMapping("/events/{id}")
	String event(@PathVariable String id, Model model) {
		long eventId = parseId(id);
		model.addAttribute("details", this.timeline.event(eventId));
		return "timeline/event";
	}

	@GetMapping("/events/{id}.ics")
	ResponseEntity<String> eventCalendar(@PathVariable String id, Locale locale) {
		FeedEvent event = this.timeline.feedEvent(parseId(id));
		String body = new IcsWriter(locale, this.publicAddress.baseUrl(), this.messages)
			.write(event.title().get(locale), List.of(event));
		return calendar(body, "event-" + event.id() + ".ics");
	}

	@GetMapping("/presidencies/{slug}/events.ics")
	ResponseEntity<String> presidencyCalendar(@PathVariable String slug, @RequestParam Map<String, String> filters,
			Locale locale) {
		Presidency presidency = this.timeline.publishedPresidency(slug)
			.orElseThrow(() -> new NotFoundException("presidency " + slug));
		String name = this.messages.getMessage("timeline.calendar-name",
				new Object[] { presidency.getOrganisation().getShortName().get(locale),
						presidency.getCountry().getName().get(locale), presidency.getPeriodStart().getYear(),
						presidency.getPeriodEnd().getYear() },
				locale);
		IcsWriter writer = new IcsWriter(locale, this.publicAddress.baseUrl(), this.messages).begin(name);
		this.timeline.forEachPublishedEvent(slug, filters, writer::event);
		String body = writer.end();
		return calendar(body, slug + "-events.ics");
	}

	private static ResponseEntity<String> calendar(String body, String fileName) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
			.body(body);
	}

	private static long parseId(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException("event " + id);
		}
	}

}
