package lv.mfa.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A staff form as the browser would send it, read from the page that shows it: every
 * field with its current value, so a test changes one field and keeps real data in the
 * others.
 */
public final class StaffForms {

	private StaffForms() {
	}

	/**
	 * The page's main form: the one posting to the record ({@code /x/1/edit} posts to
	 * {@code /x/1}, {@code /x/new} to {@code /x}), else the largest.
	 */
	public static Form read(MockMvc mvc, String page, RequestPostProcessor user) throws Exception {
		String html = mvc.perform(get(page).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String record = page.replaceFirst("\\?.*$", "").replaceFirst("/(edit|new)$", "");
		return parse(html, record);
	}

	public static Form parse(String html) {
		return parse(html, null);
	}

	private static Form parse(String html, String record) {
		Document document = Jsoup.parse(html);
		Element best = null;
		for (Element form : document.select("form[method=post]")) {
			if (form.attr("action").endsWith("/logout")) {
				continue;
			}
			if (record != null && form.attr("action").replaceFirst("\\?.*$", "").equals(record)) {
				best = form;
				break;
			}
			if (best == null
					|| form.select("input, select, textarea").size() > best.select("input, select, textarea").size()) {
				best = form;
			}
		}
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		if (best == null) {
			return new Form(null, fields);
		}
		for (Element control : best.select("input, select, textarea")) {
			String name = control.attr("name");
			if (name.isEmpty() || name.equals("_csrf") || control.hasAttr("disabled")) {
				continue;
			}
			switch (control.tagName()) {
				case "select" -> {
					var chosen = control.select("option[selected]");
					if (chosen.isEmpty() && !control.hasAttr("multiple") && !control.select("option").isEmpty()) {
						// A browser sends the first option when none is marked.
						chosen = control.select("option").first().select("option");
					}
					chosen.forEach((option) -> fields.add(Map.entry(name, option.attr("value"))));
				}
				case "textarea" -> fields.add(Map.entry(name, control.wholeText()));
				default -> {
					String type = control.attr("type");
					if (type.equals("submit") || type.equals("button")) {
						continue;
					}
					if ((type.equals("checkbox") || type.equals("radio")) && !control.hasAttr("checked")) {
						continue;
					}
					fields.add(Map.entry(name,
							control.hasAttr("value") ? control.attr("value") : (type.equals("checkbox") ? "on" : "")));
				}
			}
		}
		return new Form(best.attr("action"), fields);
	}

	/** A form's address and fields in page order (a name may repeat). */
	public record Form(String action, List<Map.Entry<String, String>> fields) {

		public List<String> names() {
			return this.fields.stream().map(Map.Entry::getKey).distinct().toList();
		}

		public String value(String name) {
			return this.fields.stream()
				.filter((field) -> field.getKey().equals(name))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
		}

		/** The same form with one field set to {@code value} (added when absent). */
		public Form with(String name, String value) {
			List<Map.Entry<String, String>> changed = new ArrayList<>();
			boolean done = false;
			for (Map.Entry<String, String> field : this.fields) {
				if (field.getKey().equals(name)) {
					if (!done) {
						changed.add(Map.entry(name, value));
						done = true;
					}
				}
				else {
					changed.add(field);
				}
			}
			if (!done) {
				changed.add(Map.entry(name, value));
			}
			return new Form(this.action, changed);
		}

		/** The same form without a field. */
		public Form without(String name) {
			return new Form(this.action, this.fields.stream().filter((field) -> !field.getKey().equals(name)).toList());
		}

		/** A POST of these fields to the form's address (or {@code address}). */
		public MockHttpServletRequestBuilder post(String address) {
			MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post((address != null) ? address : this.action);
			this.fields.forEach((field) -> request.param(field.getKey(), field.getValue()));
			return request;
		}

	}

}
