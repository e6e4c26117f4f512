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

/** Admins' organisations: list, create, edit, delete with confirmation. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/admin/organisations")
class OrganisationAdminController {

	private final OrganisationAdmin organisations;

	OrganisationAdminController(OrganisationAdmin organisations) {
		this.organisations = organisations;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("organisations", this.organisations.list());
		return "admin/organisations/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute(InstitutionAdminController.FORM, InstitutionForm.blank());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(InstitutionAdminController.FORM) InstitutionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && this.organisations.create(form, result) != null) {
			redirect.addFlashAttribute("message", "admin.organisation.saved");
			return "redirect:/admin/organisations";
		}
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		model.addAttribute(InstitutionAdminController.FORM, InstitutionForm.of(this.organisations.find(id)));
		return form(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute(InstitutionAdminController.FORM) InstitutionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.organisations.update(id, form, result);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("admin.institution.conflict");
			}
			if (!result.hasErrors()) {
				redirect.addFlashAttribute("message", "admin.organisation.saved");
				return "redirect:/admin/organisations";
			}
		}
		return form(model, id);
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		model.addAttribute("record", this.organisations.find(id));
		model.addAttribute("dependants", this.organisations.dependants(id));
		return page(model, "delete");
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		List<Dependant> dependants = this.organisations.delete(id);
		if (!dependants.isEmpty()) {
			model.addAttribute("record", this.organisations.find(id));
			model.addAttribute("dependants", dependants);
			return page(model, "delete");
		}
		redirect.addFlashAttribute("message", "admin.organisation.deleted");
		return "redirect:/admin/organisations";
	}

	private String form(Model model, Long id) {
		model.addAttribute("recordId", id);
		model.addAttribute("countries", this.organisations.countries());
		model.addAttribute("countryOptional", true);
		return page(model, "form");
	}

	private static String page(Model model, String name) {
		return InstitutionAdminController.page(model, "organisation", "organisations", name);
	}

}
