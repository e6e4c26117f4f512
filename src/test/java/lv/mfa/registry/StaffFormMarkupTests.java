package lv.mfa.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The markup rule of every staff form, enforced rather than followed: each visible
 * control has a label, each id a control's aria-describedby names exists, and a field
 * refused on save is marked aria-invalid and names its message. The pages are found from
 * the mappings, so a new form is checked without editing this test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@Transactional
class StaffFormMarkupTests {

	private static final String CONTROLS = "input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea";

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestMappingHandlerMapping requestMappingHandlerMapping;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetails;

	private RequestPostProcessor admin() {
		return user(this.userDetails.loadUserByUsername("admin"));
	}

	@Test
	void everyControlOnEveryStaffFormHasALabelAndNamesOnlyIdsThatExist() throws Exception {
		List<String> formPages = new ArrayList<>();
		for (String page : new StaffAddresses(this.requestMappingHandlerMapping, this.jdbc).pages()) {
			MockHttpServletResponse response = this.mvc.perform(get(page).with(admin())).andReturn().getResponse();
			if (response.getStatus() != 200 || response.getContentType() == null
					|| !response.getContentType().startsWith("text/html")) {
				continue;
			}
			Document document = Jsoup.parse(response.getContentAsString());
			Elements controls = document.select("form " + CONTROLS);
			if (controls.isEmpty()) {
				continue;
			}
			formPages.add(page);
			Set<String> ids = new HashSet<>();
			for (Element control : controls) {
				String what = page + " " + control.tagName() + "[name=" + control.attr("name") + "]";
				assertThat(hasLabel(document, control)).as(what + " has a label").isTrue();
				if (control.hasAttr("id")) {
					assertThat(ids.add(control.id())).as(what + " has an id of its own").isTrue();
				}
				for (String id : describedBy(control)) {
					assertThat(document.getElementById(id)).as(what + " names #" + id).isNotNull();
				}
			}
		}
		// Events, projects, presidencies, working groups, institutions, organisations,
		// countries, users, priorities, progress, password, import, reports: new and
		// edit.
		assertThat(formPages).as("staff form pages found").hasSizeGreaterThan(15);
		assertThat(formPages).contains("/admin/events/new", "/admin/password", "/admin/countries/new",
				"/admin/institutions/new", "/admin/organisations/new", "/admin/users/new", "/admin/projects/new",
				"/admin/presidencies/new", "/admin/working-groups/new");
	}

	/**
	 * Every form with a required field, sent with all of them empty: the form again, each
	 * field that has a message marked aria-invalid and naming it, and no control marked
	 * invalid without a message to read.
	 */
	@Test
	void aRefusedFieldIsMarkedInvalidAndNamesItsMessage() throws Exception {
		List<String> refused = new ArrayList<>();
		for (String page : new StaffAddresses(this.requestMappingHandlerMapping, this.jdbc).pages()) {
			if (!page.endsWith("/new") && !page.endsWith("/edit") && !page.equals("/admin/password")) {
				continue;
			}
			MockHttpServletResponse shown = this.mvc.perform(get(page).with(admin())).andReturn().getResponse();
			if (shown.getStatus() != 200) {
				continue;
			}
			StaffForms.Form form = StaffForms.read(this.mvc, page, admin());
			Document before = Jsoup.parse(shown.getContentAsString());
			List<String> required = before.select("form [required][name]")
				.stream()
				.filter((control) -> !control.hasAttr("readonly"))
				.map((control) -> control.attr("name"))
				.filter(form.names()::contains)
				.distinct()
				.toList();
			if (required.isEmpty() || form.action() == null) {
				continue;
			}
			StaffForms.Form blank = form;
			for (String name : required) {
				blank = blank.with(name, "");
			}
			MockHttpServletResponse response = this.mvc
				.perform(blank.post(null).param("lang", "en").with(admin()).with(csrf()))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(page + " sent with " + required + " empty").isEqualTo(200);
			Document document = Jsoup.parse(response.getContentAsString());
			Elements errors = document.select(".field-error[id$=-error]");
			assertThat(errors).as(page + " names what is wrong beside the field").isNotEmpty();
			for (Element error : errors) {
				String name = error.id().substring(0, error.id().length() - "-error".length());
				assertThat(error.text()).as(page + " message of " + name).isNotBlank();
				Elements marked = document.select("[name=" + cssString(name) + "]:not([type=hidden])");
				assertThat(marked).as(page + " control " + name).isNotEmpty();
				for (Element control : marked) {
					assertThat(control.attr("aria-invalid")).as(page + " " + name + " aria-invalid").isEqualTo("true");
					assertThat(describedBy(control)).as(page + " " + name + " aria-describedby").contains(error.id());
				}
			}
			for (Element invalid : document.select("[aria-invalid=true]")) {
				assertThat(describedBy(invalid).stream().anyMatch((id) -> id.endsWith("-error")))
					.as(page + " " + invalid.attr("name") + " invalid with a message")
					.isTrue();
			}
			refused.add(page);
		}
		assertThat(refused).contains("/admin/events/new", "/admin/password", "/admin/countries/new",
				"/admin/institutions/new", "/admin/users/new", "/admin/projects/new", "/admin/presidencies/new",
				"/admin/working-groups/new");
	}

	private static boolean hasLabel(Document document, Element control) {
		if (!control.attr("aria-label").isBlank() || !control.attr("aria-labelledby").isBlank()) {
			return true;
		}
		if (control.closest("label") != null) {
			return true;
		}
		return control.hasAttr("id") && !document.select("label[for=" + cssString(control.id()) + "]").text().isBlank();
	}

	private static List<String> describedBy(Element control) {
		String value = control.attr("aria-describedby").trim();
		return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
	}

	/** A quoted CSS string, for ids and names with dots and brackets. */
	private static String cssString(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
