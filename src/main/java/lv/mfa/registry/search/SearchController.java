package lv.mfa.registry.search;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String query, Locale locale, Model model) {
		String cleaned = (query != null) ? query.strip() : "";
		if (cleaned.length() > SearchService.MAX_QUERY) {
			cleaned = cleaned.substring(0, SearchService.MAX_QUERY);
		}
		model.addAttribute("query", cleaned);
		String text = cleaned;
		model.addAttribute("hits", text.isEmpty() ? List.of() : this.search.search(text, locale));
		model.addAttribute("limit", SearchService.LIMIT);
		return "search/search";
	}

}
