package lv.mfa.registry.catalogue;

import java.util.List;

import lv.mfa.registry.project.Project;
import lv.mfa.registry.shared.web.LenientParameters;

/**
 * The projects catalogue's filters from the query string, read leniently: what cannot be
 * understood is ignored and named in {@link #ignored()}.
 */
record ProjectFilter(Project.LongTermPriority longTermPriority, Integer year, String country, String programme,
		Project.Status status, int page, List<String> ignored) {

	static final int PAGE_SIZE = 20;

	static ProjectFilter parse(String longTermPriority, String year, String country, String programme, String status,
			String page) {
		LenientParameters parameters = new LenientParameters();
		Project.LongTermPriority ltp = parameters.constant("ltp", longTermPriority, Project.LongTermPriority.class);
		Integer yearNumber = parameters.number("year", year, 1990, 2100);
		Project.Status projectStatus = parameters.constant("status", status, Project.Status.class);
		int pageNumber = parameters.page(page);
		return new ProjectFilter(ltp, yearNumber, LenientParameters.code(country), LenientParameters.code(programme),
				projectStatus, pageNumber, parameters.ignored());
	}

}
