package lv.mfa.registry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import lv.mfa.registry.security.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every address a staff page links to answers, as an admin follows it: no 404, 405 or
 * 500. The walk starts at /admin and follows the links of every staff page it reaches.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class StaffLinksTests {

	private static final Pattern HREF = Pattern.compile("href=\"([^\"#]*)");

	/**
	 * Enough for every kind of staff page several times over, bounded so the walk ends.
	 */
	private static final int MAX_PAGES = 400;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void everyStaffLinkAnswers() throws Exception {
		// A real account: the staff pages read the signed-in person's role and
		// institution.
		StaffFixtures staff = new StaffFixtures(this.context, "links-admin");
		try {
			walk(staff.signIn(StaffRole.ADMIN));
		}
		finally {
			staff.deleteAll();
		}
	}

	private void walk(UserDetails admin) throws Exception {
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/admin"));
		List<String> broken = new ArrayList<>();
		int pages = 0;
		while (!queue.isEmpty() && pages < MAX_PAGES) {
			String url = queue.poll();
			if (!seen.add(url)) {
				continue;
			}
			MockHttpServletResponse response = this.mvc.perform(get(url).with(user(admin))).andReturn().getResponse();
			pages++;
			int status = response.getStatus();
			if (status == 404 || status == 405 || status >= 500) {
				broken.add(url + " → " + status);
				continue;
			}
			String type = response.getContentType();
			if (!url.startsWith("/admin") || type == null || !type.startsWith("text/html")) {
				continue;
			}
			Matcher links = HREF.matcher(response.getContentAsString());
			while (links.find()) {
				String link = HtmlUtils.htmlUnescape(links.group(1));
				// Staff pages and the public pages they link to; not the sign-out or
				// other hosts.
				if (link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/logout")
						&& !seen.contains(link) && !kindSeenOften(seen, link)) {
					queue.add(link);
				}
			}
		}
		assertThat(pages).as("pages walked").isGreaterThan(20);
		assertThat(seen).as("the new editors are reached").contains("/admin/presidencies/new", "/admin/priorities/new");
		assertThat(broken).as("links answering 404, 405 or 500").isEmpty();
	}

	/**
	 * Addresses that differ only in their numbers (one event's form and the next) are the
	 * same page: a few of each kind are enough.
	 */
	private static boolean kindSeenOften(Set<String> seen, String link) {
		String kind = link.replaceAll("\\d+", "#");
		return seen.stream().filter((s) -> s.replaceAll("\\d+", "#").equals(kind)).count() >= 3;
	}

}
