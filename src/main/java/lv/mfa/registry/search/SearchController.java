package lv.mfa.registry.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

	/** The record types in the order their groups are shown. */
	static final List<String> KINDS = List.of("EVENT", "PROJECT", "WORKING_GROUP", "PRIORITY");

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "type", required = false) String type, Locale locale, Model model) {
		String cleaned = (query != null) ? query.strip() : "";
		if (cleaned.length() > SearchService.MAX_QUERY) {
			cleaned = cleaned.substring(0, SearchService.MAX_QUERY);
		}
		model.addAttribute("query", cleaned);
		String text = cleaned;
		List<SearchHit> hits = text.isEmpty() ? List.of() : this.search.search(text, locale);
		// An unknown type shows every type rather than nothing.
		String kind = (type != null && KINDS.contains(type)) ? type : null;
		Map<String, List<SearchHit>> groups = new LinkedHashMap<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String k : KINDS) {
			List<SearchHit> ofKind = hits.stream().filter((hit) -> hit.kind().equals(k)).toList();
			counts.put(k, ofKind.size());
			if (!ofKind.isEmpty() && (kind == null || kind.equals(k))) {
				groups.put(k, ofKind);
			}
		}
		model.addAttribute("hits", hits);
		model.addAttribute("groups", groups);
		model.addAttribute("counts", counts);
		model.addAttribute("type", kind);
		// Only when nothing matches, so a page's statements do not depend on how much
		// does.
		model.addAttribute("suggestion", (!text.isEmpty() && hits.isEmpty()) ? this.search.suggestion(text) : null);
		model.addAttribute("limit", SearchService.LIMIT);
		return "search/search";
	}

}
