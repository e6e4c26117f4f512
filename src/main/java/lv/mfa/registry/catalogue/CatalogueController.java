package lv.mfa.registry.catalogue;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import lv.mfa.registry.shared.web.QueryLinks;

@Controller
class CatalogueController {

	private final CatalogueService catalogue;

	CatalogueController(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/projects")
	String projects(@RequestParam(name = "ltp", required = false) String longTermPriority,
			@RequestParam(required = false) String year, @RequestParam(required = false) String country,
			@RequestParam(required = false) String programme, @RequestParam(required = false) String status,
			@RequestParam(required = false) String page, Locale locale, Model model) {
		ProjectFilter filter = ProjectFilter.parse(longTermPriority, year, country, programme, status, page);
		ProjectCatalogue catalogue = this.catalogue.projects(filter, locale);
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("ltp", (filter.longTermPriority() != null) ? filter.longTermPriority().name() : null);
		parameters.put("year", (filter.year() != null) ? String.valueOf(filter.year()) : null);
		parameters.put("country", filter.country());
		parameters.put("programme", filter.programme());
		parameters.put("status", (filter.status() != null) ? filter.status().name() : null);
		parameters.put("page", (catalogue.page() > 1) ? String.valueOf(catalogue.page()) : null);
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("links", QueryLinks.of("/projects", parameters));
		return "catalogue/projects";
	}

	@GetMapping("/projects/{id}")
	String project(@PathVariable String id, Locale locale, Model model) {
		model.addAttribute("details", this.catalogue.project(id, locale));
		return "catalogue/project";
	}

	@GetMapping("/working-groups/{code}")
	String workingGroup(@PathVariable String code, Model model) {
		model.addAttribute("details", this.catalogue.workingGroup(code));
		return "catalogue/working-group";
	}

}
