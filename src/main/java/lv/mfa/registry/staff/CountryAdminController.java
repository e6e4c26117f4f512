package lv.mfa.registry.staff;

import java.util.List;

import jakarta.validation.Valid;

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

/** Admins' countries: list, create, rename, delete with confirmation. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/admin/countries")
class CountryAdminController {

	static final String FORM = "countryForm";

	private static final EditorFlow FLOW = new EditorFlow("admin.country.this");

	private final CountryAdmin countries;

	CountryAdminController(CountryAdmin countries) {
		this.countries = countries;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("countries", this.countries.list());
		return "admin/countries/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute(FORM, CountryForm.blank());
		model.addAttribute("countryCode", null);
		return "admin/countries/form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM) CountryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (FLOW.create(result, () -> this.countries.create(form)) != null) {
			redirect.addFlashAttribute("message", "admin.country.saved");
			return "redirect:/admin/countries";
		}
		model.addAttribute("countryCode", null);
		return "admin/countries/form";
	}

	@GetMapping("/{code}/edit")
	String editForm(@PathVariable String code, Model model) {
		model.addAttribute(FORM, CountryForm.of(this.countries.find(code)));
		model.addAttribute("countryCode", code);
		return "admin/countries/form";
	}

	@PostMapping("/{code}")
	String update(@PathVariable String code, @Valid @ModelAttribute(FORM) CountryForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (FLOW.updated(result, () -> this.countries.update(code, form))) {
			redirect.addFlashAttribute("message", "admin.country.saved");
			return "redirect:/admin/countries";
		}
		model.addAttribute("countryCode", code);
		return "admin/countries/form";
	}

	@GetMapping("/{code}/delete")
	String confirmDelete(@PathVariable String code, Model model) {
		model.addAttribute("country", this.countries.find(code));
		model.addAttribute("dependants", this.countries.dependants(code));
		return "admin/countries/delete";
	}

	@PostMapping("/{code}/delete")
	String delete(@PathVariable String code, Model model, RedirectAttributes redirect) {
		List<Dependant> dependants = this.countries.delete(code);
		if (!dependants.isEmpty()) {
			model.addAttribute("country", this.countries.find(code));
			model.addAttribute("dependants", dependants);
			return "admin/countries/delete";
		}
		redirect.addFlashAttribute("message", "admin.country.deleted");
		return "redirect:/admin/countries";
	}

}
