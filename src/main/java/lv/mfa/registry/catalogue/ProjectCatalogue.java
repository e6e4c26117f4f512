package lv.mfa.registry.catalogue;

import java.util.List;

import lv.mfa.registry.project.Project;
import lv.mfa.registry.shared.FacetValue;

/** One page of the projects catalogue with the counts per filter value. */
record ProjectCatalogue(ProjectFilter filter, List<Project> projects, List<FacetValue> longTermPriorities,
		List<FacetValue> statuses, List<FacetValue> programmes, List<FacetValue> countries, List<Integer> years,
		long total, int page, int pageCount) {

}
