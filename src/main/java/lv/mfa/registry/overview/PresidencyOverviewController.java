package lv.mfa.registry.overview;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import lv.mfa.registry.shared.web.LanguageParameter;

@Controller
class PresidencyOverviewController {

	private final PresidencyOverviewService overviews;

	PresidencyOverviewController(PresidencyOverviewService overviews) {
		this.overviews = overviews;
	}

	/**
	 * The home page is the latest presidency's overview; with none published yet, the
	 * list explains that.
	 */
	@GetMapping("/")
	String home(@RequestParam(name = "lang", required = false) String language) {
		// The language asked for travels with the redirect: a client without cookies
		// would otherwise land on the Latvian page.
		String query = LanguageParameter.query(language);
		return this.overviews.latestSlug()
			.map((slug) -> "redirect:/presidencies/" + slug + query)
			.orElse("redirect:/presidencies" + query);
	}

	@GetMapping("/presidencies")
	String list(Model model) {
		model.addAttribute("presidencies", this.overviews.published());
		return "presidency/list";
	}

	@GetMapping("/presidencies/{slug}")
	String overview(@PathVariable String slug, Model model) {
		model.addAttribute("overview", this.overviews.overview(slug));
		return "presidency/overview";
	}

}
