package lv.mfa.registry.progress;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class PriorityController {

	private final ProgressService progress;

	PriorityController(ProgressService progress) {
		this.progress = progress;
	}

	@GetMapping("/presidencies/{slug}/priorities/{number}")
	String priority(@PathVariable String slug, @PathVariable String number, Model model) {
		model.addAttribute("page", this.progress.priority(slug, number));
		return "progress/priority";
	}

}
