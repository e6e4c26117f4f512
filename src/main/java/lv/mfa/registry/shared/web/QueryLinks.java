package lv.mfa.registry.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of a filtered listing that keep every other filter in the query string, so a
 * filtered view stays bookmarkable: {@code with("priority", "2")}, {@code without("q")},
 * {@code page(3)}. Changing a filter goes back to the first page.
 */
public final class QueryLinks {

	private final String path;

	private final Map<String, String> parameters;

	private QueryLinks(String path, Map<String, String> parameters) {
		this.path = path;
		this.parameters = parameters;
	}

	/**
	 * The links for a listing at {@code path} with these filter values (null or blank
	 * ones left out).
	 */
	public static QueryLinks of(String path, Map<String, String> parameters) {
		Map<String, String> kept = new LinkedHashMap<>();
		parameters.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				kept.put(name, value);
			}
		});
		return new QueryLinks(path, kept);
	}

	public String with(String name, Object value) {
		Map<String, String> changed = new LinkedHashMap<>(this.parameters);
		changed.remove("page");
		changed.put(name, String.valueOf(value));
		return build(changed);
	}

	public String without(String name) {
		Map<String, String> changed = new LinkedHashMap<>(this.parameters);
		changed.remove("page");
		changed.remove(name);
		return build(changed);
	}

	public String page(int page) {
		Map<String, String> changed = new LinkedHashMap<>(this.parameters);
		if (page <= 1) {
			changed.remove("page");
		}
		else {
			changed.put("page", String.valueOf(page));
		}
		return build(changed);
	}

	/**
	 * Another address with the same filters (not the page), e.g. a download of what the
	 * listing shows, plus the extra name and value pairs given.
	 */
	public String at(String path, String... extra) {
		Map<String, String> changed = new LinkedHashMap<>(this.parameters);
		changed.remove("page");
		for (int i = 0; i + 1 < extra.length; i += 2) {
			changed.put(extra[i], extra[i + 1]);
		}
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		changed.forEach(builder::queryParam);
		return builder.encode().build().toUriString();
	}

	public boolean has(String name) {
		return this.parameters.containsKey(name);
	}

	/** How many of these filters are set (the "Filters (3)" of a folded filter form). */
	public int count(String... names) {
		int count = 0;
		for (String name : names) {
			if (has(name)) {
				count++;
			}
		}
		return count;
	}

	public String value(String name) {
		return this.parameters.get(name);
	}

	public String path() {
		return this.path;
	}

	private String build(Map<String, String> values) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(this.path);
		values.forEach(builder::queryParam);
		return builder.encode().build().toUriString();
	}

}
