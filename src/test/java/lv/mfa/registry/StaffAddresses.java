package lv.mfa.registry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every staff address the application maps, with its path variables filled from real demo
 * records: found from the mappings, so a new page is covered without editing a test.
 */
public final class StaffAddresses {

	private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)(?::([^}]*))?}");

	private final RequestMappingHandlerMapping mapping;

	private final JdbcTemplate jdbc;

	public StaffAddresses(RequestMappingHandlerMapping mapping, JdbcTemplate jdbc) {
		this.mapping = mapping;
		this.jdbc = jdbc;
	}

	/** One mapped address: its method, the concrete path and the handler. */
	public record Address(RequestMethod method, String pattern, String path, HandlerMethod handler) {
	}

	/** Every GET page under /admin, path variables filled. */
	public List<String> pages() {
		return addresses().stream().filter((a) -> a.method() == RequestMethod.GET).map(Address::path).toList();
	}

	/** Every address under /admin (GET and POST), path variables filled. */
	public List<Address> addresses() {
		Set<Address> found = new LinkedHashSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : new TreeSet<>(info.getPatternValues())) {
				if (!pattern.startsWith("/admin")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					for (String path : fill(pattern)) {
						found.add(new Address(method, pattern, path, entry.getValue()));
					}
				}
			}
		}
		return found.stream().sorted((a, b) -> (a.path() + a.method()).compareTo(b.path() + b.method())).toList();
	}

	/**
	 * The pattern with each variable replaced by a real value (each alternative of a
	 * regex).
	 */
	List<String> fill(String pattern) {
		Matcher matcher = VARIABLE.matcher(pattern);
		if (!matcher.find()) {
			return List.of(pattern);
		}
		List<String> values = new ArrayList<>();
		String name = matcher.group(1);
		String regex = matcher.group(2);
		String before = pattern.substring(0, matcher.start());
		if (regex != null && regex.matches("[a-z|-]+")) {
			values.addAll(List.of(regex.split("\\|")));
		}
		else {
			values.add(value(name, before));
		}
		List<String> paths = new ArrayList<>();
		for (String value : values) {
			String replaced = before + value + pattern.substring(matcher.end());
			paths.addAll(fill(replaced));
		}
		return paths;
	}

	private String value(String name, String before) {
		return switch (name) {
			case "slug" -> "cbss-2018-2019";
			case "code" -> "LV";
			case "id" -> before.startsWith("/admin/countries/") ? "LV"
					: first("select coalesce(min(id), 0) from " + table(before));
			case "taskId" -> first(before.startsWith("/admin/priorities/")
					? "select min(id) from priority_task where priority_id = " + lastNumber(before)
					: "select min(id) from priority_task");
			case "priorityId" -> first("select min(id) from priority");
			case "roleId" ->
				first("select coalesce(min(id), 0) from working_group_role where priority_id = " + lastNumber(before));
			case "revision" -> before.startsWith("/admin/countries/")
					? first("select coalesce(max(rev), 0) from country_aud where code = 'LV'")
					: first("select coalesce(max(rev), 0) from " + table(before) + "_aud where id = "
							+ lastNumber(before));
			default -> throw new IllegalStateException("No value for {" + name + "} in " + before);
		};
	}

	private static String table(String before) {
		if (before.startsWith("/admin/progress/priorities/")) {
			return "priority";
		}
		String kind = before.replaceFirst("^/admin/", "").replaceFirst("/.*", "");
		return switch (kind) {
			case "events" -> "event";
			case "working-groups" -> "working_group";
			case "priorities" -> "priority";
			case "presidencies" -> "presidency";
			case "projects" -> "project";
			case "institutions" -> "institution";
			case "organisations" -> "organisation";
			case "users" -> "app_user";
			case "progress" -> "task_progress";
			case "import" -> "pending_import";
			default -> throw new IllegalStateException("No table for " + before);
		};
	}

	private static String lastNumber(String path) {
		Matcher number = Pattern.compile("(\\d+)\\D*$").matcher(path);
		if (!number.find()) {
			throw new IllegalStateException("No id in " + path);
		}
		return number.group(1);
	}

	private String first(String sql) {
		return String.valueOf(this.jdbc.queryForObject(sql, Long.class));
	}

}
