package lv.mfa.registry;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every public parameter and every staff form field, found from the mappings and the form
 * records (so a new one is covered without editing this test), takes a corpus of bad
 * values: wrong types, too long, NUL and control characters, SQL and HTML, huge and
 * negative numbers, unknown ids, impossible dates. Never a 500, never a stack trace or an
 * exception's name in a page, nothing a form refused is stored, and each refused request
 * writes under 1 KB of log. Staff posts run in one transaction rolled back to a savepoint
 * after each, so the demo data stay as they were.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class BadInputTests {

	/**
	 * Values of every kind; each field gets a sample of them (and its length limit + 1).
	 */
	static final List<String> CORPUS = List.of("", " ", "abc", "-1", "0", "99999999999999999999", "2147483648", "1e308",
			"999999999", "2019-02-30", "-999999999-01-01", "+999999999-12-31", "a\u0000b", "\u0007\u001b\u000b",
			"' or '1'='1", "1; drop table event; --", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"%C3%28", "\uFFFD\uD800", "x".repeat(10_000), "NO_SUCH_VALUE", "javascript:alert(1)", "../../etc/passwd");

	/**
	 * How many corpus values each field gets (rotating, so together they use them all).
	 */
	static final int SAMPLE = 2;

	private static final int LOG_BUDGET = 1024;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	RequestMappingHandlerMapping requestMappingHandlerMapping;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	EntityManager entityManager;

	private int rotation;

	private final List<String> problems = new ArrayList<>();

	@Test
	void everyPublicParameterTakesBadInput(CapturedOutput output) throws Exception {
		int addresses = 0;
		int parameters = 0;
		int tried = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.requestMappingHandlerMapping.getHandlerMethods()
			.entrySet()) {
			if (!entry.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				if (pattern.startsWith("/admin") || pattern.startsWith("/error")) {
					continue;
				}
				addresses++;
				String path = publicPath(pattern);
				List<String> names = new ArrayList<>();
				for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
					names.addAll(parameterNames(parameter));
				}
				for (String name : names) {
					parameters++;
					for (String value : sample(null)) {
						tried++;
						check(output, get(path).param(name, value), "GET " + path + "?" + name);
					}
				}
				for (String variable : variables(pattern)) {
					parameters++;
					for (String value : sample(null)) {
						if (value.isEmpty() || value.contains("/")) {
							continue;
						}
						tried++;
						String bad = pattern.replaceAll("\\{" + variable + "(:[^}]*)?}",
								java.util.regex.Matcher.quoteReplacement(value.replace("{", "").replace("}", "")));
						check(output, get(publicPath(bad)), "GET " + pattern + " " + variable);
					}
				}
			}
		}
		System.out.printf("Bad input, public: %d addresses, %d parameters, %d inputs tried%n", addresses, parameters,
				tried);
		assertThat(addresses).isGreaterThan(15);
		assertThat(this.problems).isEmpty();
	}

	@Test
	void everyStaffFormFieldTakesBadInputAndStoresNothingItRefused(CapturedOutput output) {
		RequestPostProcessor admin = user(this.userDetails.loadUserByUsername("admin"));
		StaffAddresses staff = new StaffAddresses(this.requestMappingHandlerMapping, this.jdbc);
		int[] counts = new int[3];
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		transaction.executeWithoutResult((status) -> {
			try {
				for (StaffAddresses.Address address : staff.addresses()) {
					if (address.method() != RequestMethod.POST) {
						continue;
					}
					Map<String, Integer> fields = formFields(address.handler());
					if (fields.isEmpty()) {
						continue;
					}
					StaffForms.Form form = formFor(address.path(), admin);
					if (form == null) {
						continue;
					}
					counts[0]++;
					for (Map.Entry<String, Integer> field : fields.entrySet()) {
						counts[1]++;
						for (String value : sample(field.getValue())) {
							counts[2]++;
							post(output, form.without("formToken").with(field.getKey(), value), address.path(),
									field.getKey(), admin);
						}
					}
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			status.setRollbackOnly();
		});
		System.out.printf("Bad input, staff forms: %d forms, %d fields, %d inputs tried%n", counts[0], counts[1],
				counts[2]);
		assertThat(counts[0]).isGreaterThan(8);
		assertThat(this.problems).isEmpty();
	}

	private void post(CapturedOutput output, StaffForms.Form form, String path, String field,
			RequestPostProcessor admin) throws Exception {
		this.jdbc.execute("savepoint bad_input");
		long before = rows();
		MockHttpServletRequestBuilder request = form.post(path).param("lang", "en").with(admin).with(csrf());
		MvcResult result = check(output, request, "POST " + path + " " + field);
		int status = (result != null) ? result.getResponse().getStatus() : 0;
		if (status != 302 && status != 303) {
			// Refused (the form again, 400, 409): nothing of it stored. A statement the
			// database refused leaves this test's transaction aborted; in the running
			// application that request's own transaction rolls back: nothing stored.
			long after;
			try {
				after = rows();
			}
			catch (org.springframework.dao.DataAccessException ex) {
				after = before;
			}
			if (after != before) {
				this.problems.add("POST " + path + " " + field + ": refused with " + status + " but rows went from "
						+ before + " to " + after);
			}
		}
		this.jdbc.execute("rollback to savepoint bad_input");
		this.entityManager.clear();
	}

	private MvcResult check(CapturedOutput output, MockHttpServletRequestBuilder request, String what)
			throws Exception {
		int logBefore = output.getAll().length();
		MvcResult result;
		try {
			result = this.mvc.perform(request).andReturn();
		}
		catch (Exception ex) {
			this.problems.add(what + ": " + ex.getClass().getSimpleName() + " " + ex.getMessage());
			return null;
		}
		int status = result.getResponse().getStatus();
		String body = result.getResponse().getContentAsString();
		if (status >= 500) {
			this.problems.add(what + ": " + status);
		}
		for (String leak : List.of("Exception", "\tat ", "org.hibernate", "org.springframework", "java.lang.")) {
			if (body.contains(leak)) {
				this.problems.add(what + ": the page shows " + leak);
			}
		}
		int logged = output.getAll().length() - logBefore;
		if (logged > LOG_BUDGET) {
			this.problems.add(what + ": " + logged + " characters of log for one refused request: "
					+ output.getAll().substring(logBefore, Math.min(output.getAll().length(), logBefore + 800)));
		}
		return result;
	}

	/**
	 * A sample of the corpus, rotating, with a value one past the field's length limit.
	 */
	private List<String> sample(Integer limit) {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < SAMPLE; i++) {
			values.add(CORPUS.get(this.rotation++ % CORPUS.size()));
		}
		if (limit != null) {
			values.add("x".repeat(limit + 1));
		}
		return values;
	}

	private long rows() {
		return this.jdbc.queryForObject("select (select count(*) from event) + (select count(*) from agenda_item)"
				+ " + (select count(*) from event_document) + (select count(*) from project)"
				+ " + (select count(*) from project_partner) + (select count(*) from working_group)"
				+ " + (select count(*) from priority) + (select count(*) from priority_task)"
				+ " + (select count(*) from task_progress) + (select count(*) from presidency)"
				+ " + (select count(*) from institution) + (select count(*) from organisation)"
				+ " + (select count(*) from country) + (select count(*) from app_user)", Long.class);
	}

	/** The page that shows the form a POST address takes, read with real values. */
	private StaffForms.Form formFor(String path, RequestPostProcessor admin) throws Exception {
		for (String page : List.of(path + "/edit", path + "/new", path)) {
			MvcResult result = this.mvc.perform(get(page).with(admin)).andReturn();
			if (result.getResponse().getStatus() == 200) {
				StaffForms.Form form = StaffForms.parse(result.getResponse().getContentAsString());
				if (form.action() != null && !form.fields().isEmpty()) {
					return form;
				}
			}
		}
		return null;
	}

	/**
	 * The fields a handler's form takes, from its form record (recursively into lists,
	 * with row 0) and its request parameters, each with its length limit where it has
	 * one.
	 */
	static Map<String, Integer> formFields(HandlerMethod handler) {
		Map<String, Integer> fields = new LinkedHashMap<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				fields.put(!param.name().isEmpty() ? param.name() : parameter.getParameterName(), null);
			}
			else if (isForm(parameter)) {
				collect(parameter.getParameterType(), "", fields);
			}
		}
		return fields;
	}

	private static boolean isForm(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return parameter.hasParameterAnnotation(ModelAttribute.class)
				|| type.isRecord() && !BeanUtils.isSimpleProperty(type)
						&& !type.getName().startsWith("org.springframework") && BindingResult.class != type;
	}

	private static void collect(Class<?> type, String prefix, Map<String, Integer> fields) {
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				add(component.getName(), component.getType(), component.getGenericType(),
						component.getAnnotation(Size.class), prefix, fields);
			}
			return;
		}
		for (Field field : type.getDeclaredFields()) {
			if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
				add(field.getName(), field.getType(), field.getGenericType(), field.getAnnotation(Size.class), prefix,
						fields);
			}
		}
	}

	private static void add(String name, Class<?> type, Type generic, Size size, String prefix,
			Map<String, Integer> fields) {
		if (List.class.isAssignableFrom(type) && generic instanceof ParameterizedType list
				&& list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
			collect(element, prefix + name + "[0].", fields);
		}
		else {
			fields.put(prefix + name, (size != null && size.max() < 100_000) ? size.max() : null);
		}
	}

	/** The names a GET handler takes: its request parameters and its query record's. */
	private static List<String> parameterNames(MethodParameter parameter) {
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null) {
			return List.of(!param.name().isEmpty() ? param.name() : parameter.getParameterName());
		}
		if (parameter.hasParameterAnnotation(PathVariable.class) || !isForm(parameter)) {
			return List.of();
		}
		Map<String, Integer> fields = new LinkedHashMap<>();
		collect(parameter.getParameterType(), "", fields);
		return new ArrayList<>(fields.keySet());
	}

	private static Set<String> variables(String pattern) {
		Set<String> names = new LinkedHashSet<>();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{(\\w+)(:[^}]*)?}").matcher(pattern);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/** A public pattern with its variables filled from published demo records. */
	private String publicPath(String pattern) {
		String path = pattern.replace("{slug}", "cbss-2018-2019").replace("{number}", "1");
		if (path.contains("{id}")) {
			String table = path.startsWith("/projects") ? "project" : "event";
			path = path.replace("{id}", String.valueOf(this.jdbc
				.queryForObject("select min(id) from " + table + " where publication = 'PUBLISHED'", Long.class)));
		}
		if (path.contains("{code}")) {
			path = path.replace("{code}", this.jdbc
				.queryForObject("select min(code) from working_group where publication = 'PUBLISHED'", String.class));
		}
		return path.replaceAll("\\{\\w+(:[^}]*)?}", "1");
	}

}
