package lv.mfa.registry.progress;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import lv.mfa.registry.shared.PublicPageCache;

@Controller
class PriorityController {

	private final ProgressService progress;

	private final PublicPageCache cache;

	PriorityController(ProgressService progress, PublicPageCache cache) {
		this.progress = progress;
		this.cache = cache;
	}

	@GetMapping("/presidencies/{slug}/priorities/{number}")
	String priority(@PathVariable String slug, @PathVariable String number, Model model) {
		model.addAttribute("page",
				this.cache.get("priority", List.of(slug, number), () -> this.progress.priority(slug, number)));
		return "progress/priority";
	}

}
