package lv.mfa.registry.presidency.admin;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lv.mfa.registry.shared.form.Dependant;
import lv.mfa.registry.shared.form.EditorFlow;

/**
 * Presidencies: list, set up a new one, edit every field, publish or withdraw, delete.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
@RequestMapping("/admin/presidencies")
class PresidencyAdminController {

	static final String FORM = "presidencyForm";

	private static final EditorFlow FLOW = new EditorFlow("admin.presidency.this");

	private final PresidencyAdmin presidencies;

	PresidencyAdminController(PresidencyAdmin presidencies) {
		this.presidencies = presidencies;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("presidencies", this.presidencies.list());
		return "admin/presidencies/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute(FORM, PresidencyForm.empty());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM) PresidencyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			Long id = FLOW.create(result, () -> this.presidencies.checkRules(null, form),
					() -> this.presidencies.create(form));
			if (id != null) {
				redirect.addFlashAttribute("message", "admin.presidency.created");
				return "redirect:/admin/presidencies/" + id + "/edit";
			}
		}
		catch (DataIntegrityViolationException ex) {
			// Two people setting up the same presidency at once: the second is told so.
			result.rejectValue("ordinal", "admin.presidency.ordinal-taken");
		}
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		model.addAttribute(FORM, PresidencyForm.of(this.presidencies.find(id)));
		return form(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute(FORM) PresidencyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			if (FLOW.updated(result, () -> this.presidencies.checkRules(id, form),
					() -> this.presidencies.update(id, form))) {
				redirect.addFlashAttribute("message", "admin.presidency.saved");
				return "redirect:/admin/presidencies/" + id + "/edit";
			}
		}
		catch (DataIntegrityViolationException ex) {
			result.rejectValue("ordinal", "admin.presidency.ordinal-taken");
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

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		model.addAttribute("presidency", this.presidencies.find(id));
		model.addAttribute("dependants", this.presidencies.dependants(id));
		return "admin/presidencies/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		List<Dependant> dependants = this.presidencies.delete(id);
		if (!dependants.isEmpty()) {
			model.addAttribute("presidency", this.presidencies.find(id));
			model.addAttribute("dependants", dependants);
			return "admin/presidencies/delete";
		}
		redirect.addFlashAttribute("message", "admin.presidency.deleted");
		return "redirect:/admin/presidencies";
	}

	private String form(Model model, Long id) {
		model.addAttribute("presidency", (id != null) ? this.presidencies.find(id) : null);
		model.addAttribute("institutions", this.presidencies.institutions());
		model.addAttribute("organisations", this.presidencies.organisations());
		model.addAttribute("countries", this.presidencies.countries());
		model.addAttribute("neighbours", this.presidencies.list());
		return "admin/presidencies/form";
	}

}
