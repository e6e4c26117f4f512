package lv.mfa.registry.presidency.admin;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Presidencies: list, edit the term and texts, publish or withdraw. */
@Controller
@RequestMapping("/admin/presidencies")
class PresidencyAdminController {

	static final String FORM = "presidencyForm";

	private final PresidencyAdmin presidencies;

	PresidencyAdminController(PresidencyAdmin presidencies) {
		this.presidencies = presidencies;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("presidencies", this.presidencies.list());
		return "admin/presidencies/list";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		model.addAttribute(FORM, PresidencyForm.of(this.presidencies.find(id)));
		return form(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute(FORM) PresidencyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				if (this.presidencies.update(id, form, result)) {
					redirect.addFlashAttribute("message", "admin.presidency.saved");
					return "redirect:/admin/presidencies/" + id + "/edit";
				}
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("admin.presidency.conflict");
			}
		}
		return form(model, id);
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable Long id, RedirectAttributes redirect) {
		this.presidencies.publish(id, true);
		redirect.addFlashAttribute("message", "admin.presidency.published");
		return "redirect:/admin/presidencies/" + id + "/edit";
	}

	@PostMapping("/{id}/unpublish")
	String unpublish(@PathVariable Long id, RedirectAttributes redirect) {
		this.presidencies.publish(id, false);
		redirect.addFlashAttribute("message", "admin.presidency.unpublished");
		return "redirect:/admin/presidencies/" + id + "/edit";
	}

	private String form(Model model, Long id) {
		model.addAttribute("presidency", this.presidencies.find(id));
		model.addAttribute("institutions", this.presidencies.institutions());
		return "admin/presidencies/form";
	}

}
