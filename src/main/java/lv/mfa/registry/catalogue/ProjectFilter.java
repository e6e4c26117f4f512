package lv.mfa.registry.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lv.mfa.registry.project.Project;

/**
 * The projects catalogue's filters from the query string, read leniently: what cannot be
 * understood is ignored and named in {@link #ignored()}.
 */
record ProjectFilter(Project.LongTermPriority longTermPriority, Integer year, String country, String programme,
		Project.Status status, int page, List<String> ignored) {

	static final int PAGE_SIZE = 20;

	static ProjectFilter parse(String longTermPriority, String year, String country, String programme, String status,
			String page) {
		List<String> ignored = new ArrayList<>();
		Project.LongTermPriority ltp = null;
		if (hasText(longTermPriority)) {
			try {
				ltp = Project.LongTermPriority.valueOf(longTermPriority.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				ignored.add("ltp");
			}
		}
		Integer yearNumber = null;
		if (hasText(year)) {
			try {
				yearNumber = Integer.valueOf(year.strip());
				if (yearNumber < 1990 || yearNumber > 2100) {
					yearNumber = null;
					ignored.add("year");
				}
			}
			catch (NumberFormatException ex) {
				ignored.add("year");
			}
		}
		Project.Status projectStatus = null;
		if (hasText(status)) {
			try {
				projectStatus = Project.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				ignored.add("status");
			}
		}
		int pageNumber = 1;
		if (hasText(page)) {
			try {
				pageNumber = Math.max(1, Integer.parseInt(page.strip()));
			}
			catch (NumberFormatException ex) {
				ignored.add("page");
			}
		}
		return new ProjectFilter(ltp, yearNumber, code(country), code(programme), projectStatus, pageNumber, ignored);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static String code(String value) {
		return hasText(value) ? value.strip().toUpperCase(Locale.ROOT) : null;
	}

}
