package lv.mfa.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import lv.mfa.registry.security.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every staff address (found from the mappings, path variables filled from demo records)
 * answered for every kind of visitor as the rules say: anonymous visitors and accounts
 * demoted or disabled since they signed in are sent to sign in; a role the address is not
 * for gets 403; an editor gets 403 for another institution's records. Every GET is asked
 * of every visitor; a POST only of those it must refuse (refused before any handler, so
 * nothing changes; the allowed posts are the editors' own tests' business).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class AccessMatrixTests {

	/**
	 * Addresses for admins only, then for coordinators and admins (as the security
	 * rules).
	 */
	private static final List<String> ADMIN_ONLY = List.of("/admin/users", "/admin/institutions", "/admin/countries",
			"/admin/organisations");

	private static final List<String> COORDINATORS = List.of("/admin/presidencies", "/admin/projects",
			"/admin/working-groups", "/admin/priorities", "/admin/import");

	enum Visitor {

		ANONYMOUS, EDITOR_A, EDITOR_B, COORDINATOR, ADMIN, DEMOTED, DISABLED

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RequestMappingHandlerMapping requestMappingHandlerMapping;

	private StaffFixtures staff;

	@BeforeEach
	void signInStaff() {
		this.staff = new StaffFixtures(this.context, "matrix");
	}

	@AfterEach
	void cleanUp() {
		this.staff.deleteAll();
	}

	@Test
	void everyStaffAddressAnswersEveryVisitorAsTheRulesSay() throws Exception {
		StaffAddresses addresses = new StaffAddresses(this.requestMappingHandlerMapping, this.jdbc);
		long event = this.jdbc.queryForObject("select min(id) from event", Long.class);
		long institutionA = this.jdbc
			.queryForObject("select min(institution_id) from event_organiser where event_id = ?", Long.class, event);
		long institutionB = this.jdbc.queryForObject("select min(id) from institution where id not in"
				+ " (select institution_id from event_organiser where event_id = ?)", Long.class, event);
		Map<Visitor, UserDetails> visitors = new LinkedHashMap<>();
		visitors.put(Visitor.EDITOR_A, this.staff.signIn(StaffRole.EDITOR, institutionA));
		visitors.put(Visitor.EDITOR_B, this.staff.signIn(StaffRole.EDITOR, institutionB));
		visitors.put(Visitor.COORDINATOR, this.staff.signIn(StaffRole.COORDINATOR));
		visitors.put(Visitor.ADMIN, this.staff.signIn(StaffRole.ADMIN));
		// Signed in as a coordinator, then demoted; signed in, then disabled.
		visitors.put(Visitor.DEMOTED, this.staff.signIn(StaffRole.COORDINATOR));
		visitors.put(Visitor.DISABLED, this.staff.signIn(StaffRole.EDITOR, institutionA));
		// Each change raises the account's version, as an admin's edit does.
		this.jdbc.update("update app_user set role = 'EDITOR', institution_id = ?, version = version + 1"
				+ " where username = ?", institutionB, visitors.get(Visitor.DEMOTED).getUsername());
		this.jdbc.update("update app_user set enabled = false, version = version + 1 where username = ?",
				visitors.get(Visitor.DISABLED).getUsername());

		List<String> wrong = new ArrayList<>();
		int asked = 0;
		List<StaffAddresses.Address> all = addresses.addresses();
		for (StaffAddresses.Address address : all) {
			for (Visitor visitor : Visitor.values()) {
				Set<Integer> expected = expected(address, visitor, institutionA, institutionB);
				boolean refused = !expected.contains(200) && !expected.contains(-1);
				if (address.method() == RequestMethod.POST && !refused) {
					continue;
				}
				MockHttpServletRequestBuilder request = (address.method() == RequestMethod.GET) ? get(address.path())
						: post(address.path()).with(csrf());
				if (visitor != Visitor.ANONYMOUS) {
					request.with(user(visitors.get(visitor)));
				}
				MvcResult result = this.mvc.perform(request).andReturn();
				asked++;
				int status = result.getResponse().getStatus();
				String location = result.getResponse().getRedirectedUrl();
				int answer = (status == 302 && location != null && location.contains("/login")) ? 0 : status;
				if (!expected.contains(answer)
						&& !(expected.contains(-1) && answer != 0 && answer != 403 && answer < 500)) {
					wrong.add(address.method() + " " + address.path() + " as " + visitor + ": " + status + " "
							+ location + ", expected " + expected);
				}
			}
		}
		System.out.printf("Access matrix: %d addresses x %d visitors, %d requests made%n", all.size(),
				Visitor.values().length, asked);
		assertThat(all).hasSizeGreaterThan(60);
		assertThat(wrong).isEmpty();
	}

	/**
	 * What a visitor must get: 0 is "sent to sign in", -1 "allowed" (200, a redirect, or
	 * for a post a form or a conflict, anything but a refusal or an error).
	 */
	private Set<Integer> expected(StaffAddresses.Address address, Visitor visitor, long institutionA,
			long institutionB) {
		String path = address.path();
		if (visitor == Visitor.ANONYMOUS || visitor == Visitor.DEMOTED || visitor == Visitor.DISABLED) {
			return Set.of(0);
		}
		boolean coordinator = visitor == Visitor.COORDINATOR || visitor == Visitor.ADMIN;
		if (ADMIN_ONLY.stream().anyMatch((prefix) -> path.startsWith(prefix))) {
			return (visitor == Visitor.ADMIN) ? allowed(address) : Set.of(403);
		}
		if (path.matches("/admin/import/\\d+") && coordinator) {
			// An upload is seen only by the person who made it: none of these visitors
			// did.
			return Set.of(404);
		}
		if (COORDINATORS.stream().anyMatch((prefix) -> path.startsWith(prefix))
				|| path.matches("/admin/presidencies/.*report.*")) {
			return coordinator ? allowed(address) : Set.of(403);
		}
		if (coordinator || !path.matches("/admin/(events|progress)/.+")) {
			return allowed(address);
		}
		long institution = (visitor == Visitor.EDITOR_A) ? institutionA : institutionB;
		if (path.matches("/admin/events/\\d+/(publish|unpublish)")
				|| path.matches("/admin/progress/(\\d+|priorities/\\d+)/(publish|unpublish)")) {
			// Only coordinators publish, whoever leads the priority.
			return Set.of(403);
		}
		if (path.matches("/admin/(events|progress)/[a-z-]+")) {
			return allowed(address);
		}
		if (path.startsWith("/admin/events/")) {
			long id = Long.parseLong(path.replaceAll("^/admin/events/(\\d+).*", "$1"));
			boolean own = this.jdbc.queryForObject(
					"select count(*) from event_organiser where event_id = ? and institution_id = ?", Integer.class, id,
					institution) > 0;
			return own ? allowed(address) : refusedByRecord(address);
		}
		if (path.startsWith("/admin/progress/priorities/")) {
			String priority = path.replaceAll("^/admin/progress/priorities/(\\d+).*", "$1");
			boolean leads = this.jdbc.queryForObject("select count(*) from priority_lead_institution"
					+ " where priority_id = " + priority + " and institution_id = ?", Integer.class, institution) > 0;
			return leads ? allowed(address) : refusedByRecord(address);
		}
		String task = path.startsWith("/admin/progress/tasks/")
				? path.replaceAll("^/admin/progress/tasks/(\\d+).*", "$1")
				: "(select task_id from task_progress where id = " + path.replaceAll("^/admin/progress/(\\d+).*", "$1")
						+ ")";
		boolean leads = this.jdbc.queryForObject(
				"select count(*) from priority_lead_institution l join priority_task t"
						+ " on t.priority_id = l.priority_id where t.id = " + task + " and l.institution_id = ?",
				Integer.class, institution) > 0;
		return leads ? allowed(address) : refusedByRecord(address);
	}

	/**
	 * Another institution's record: 403; a post missing a parameter it needs may be
	 * refused (400) before the record's owner is looked at, which is a refusal too.
	 */
	private static Set<Integer> refusedByRecord(StaffAddresses.Address address) {
		return (address.method() == RequestMethod.GET) ? Set.of(403) : Set.of(403, 400);
	}

	private static Set<Integer> allowed(StaffAddresses.Address address) {
		return (address.method() == RequestMethod.GET) ? Set.of(200) : Set.of(-1);
	}

}
