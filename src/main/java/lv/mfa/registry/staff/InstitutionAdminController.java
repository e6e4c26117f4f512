package lv.mfa.registry.staff;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/** Admins' institutions: list, create, edit, delete with confirmation. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/admin/institutions")
class InstitutionAdminController {

	static final String FORM = "institutionForm";

	private final InstitutionAdmin institutions;

	InstitutionAdminController(InstitutionAdmin institutions) {
		this.institutions = institutions;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rows", this.institutions.list());
		return "admin/institutions/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute(FORM, InstitutionForm.blank());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM) InstitutionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors() && this.institutions.create(form, result) != null) {
			redirect.addFlashAttribute("message", "admin.institution.saved");
			return "redirect:/admin/institutions";
		}
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		model.addAttribute(FORM, InstitutionForm.of(this.institutions.find(id)));
		return form(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute(FORM) InstitutionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.institutions.update(id, form, result);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("admin.institution.conflict");
			}
			if (!result.hasErrors()) {
				redirect.addFlashAttribute("message", "admin.institution.saved");
				return "redirect:/admin/institutions";
			}
		}
		return form(model, id);
	}

	private String form(Model model, Long id) {
		model.addAttribute("recordId", id);
		model.addAttribute("countries", this.institutions.countries());
		model.addAttribute("countryOptional", false);
		return page(model, "form");
	}

	/** A page institutions share with organisations (templates/admin/named-bodies). */
	static String page(Model model, String body, String bodies, String name) {
		model.addAttribute("body", body);
		model.addAttribute("bodies", bodies);
		return "admin/named-bodies/" + name;
	}

	private static String page(Model model, String name) {
		return page(model, "institution", "institutions", name);
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		model.addAttribute("record", this.institutions.find(id));
		model.addAttribute("dependants", this.institutions.dependants(id));
		return page(model, "delete");
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		List<Dependant> dependants = this.institutions.delete(id);
		if (!dependants.isEmpty()) {
			model.addAttribute("record", this.institutions.find(id));
			model.addAttribute("dependants", dependants);
			model.addAttribute("refused", true);
			return page(model, "delete");
		}
		redirect.addFlashAttribute("message", "admin.institution.deleted");
		return "redirect:/admin/institutions";
	}

}
