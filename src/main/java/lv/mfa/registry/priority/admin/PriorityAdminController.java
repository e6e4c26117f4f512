package lv.mfa.registry.priority.admin;

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

/** Coordinators' priorities: list and the form with lead institutions and tasks. */
@Controller
@RequestMapping("/admin/priorities")
class PriorityAdminController {

	static final String FORM = "priorityForm";

	private final PriorityAdmin priorities;

	PriorityAdminController(PriorityAdmin priorities) {
		this.priorities = priorities;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("priorities", this.priorities.list());
		return "admin/priorities/list";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		model.addAttribute(FORM, this.priorities.form(id));
		return form(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute(FORM) PriorityForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				if (this.priorities.update(id, form, result)) {
					redirect.addFlashAttribute("message", "admin.priority.saved");
					return "redirect:/admin/priorities/" + id + "/edit";
				}
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("admin.priority.conflict");
			}
		}
		return form(model, id);
	}

	private String form(Model model, Long id) {
		model.addAttribute("priority", this.priorities.find(id));
		model.addAttribute("institutions", this.priorities.institutions());
		return "admin/priorities/form";
	}

}
