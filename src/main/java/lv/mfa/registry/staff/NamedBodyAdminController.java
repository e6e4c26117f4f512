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
import lv.mfa.registry.staff.NamedBodyAdmin.Kind;

/**
 * Admins' institutions and organisations: list, create, edit, delete with confirmation.
 * One controller for both (their forms and pages are the same, templates
 * admin/named-bodies); only the lists differ.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/admin/{bodies:institutions|organisations}")
class NamedBodyAdminController {

	static final String FORM = "institutionForm";

	private static final EditorFlow INSTITUTIONS = new EditorFlow("admin.institution.this");

	private static final EditorFlow ORGANISATIONS = new EditorFlow("admin.organisation.this");

	private final NamedBodyAdmin admin;

	NamedBodyAdminController(NamedBodyAdmin admin) {
		this.admin = admin;
	}

	@GetMapping
	String list(@PathVariable String bodies, Model model) {
		if (Kind.of(bodies) == Kind.INSTITUTION) {
			model.addAttribute("rows", this.admin.institutions());
		}
		else {
			model.addAttribute("organisations", this.admin.organisations());
		}
		return "admin/" + bodies + "/list";
	}

	@GetMapping("/new")
	String newForm(@PathVariable String bodies, Model model) {
		model.addAttribute(FORM, InstitutionForm.blank());
		return form(model, Kind.of(bodies), null);
	}

	@PostMapping
	String create(@PathVariable String bodies, @Valid @ModelAttribute(FORM) InstitutionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Kind kind = Kind.of(bodies);
		if (flow(kind).create(result, () -> this.admin.create(kind, form)) != null) {
			return saved(kind, redirect);
		}
		return form(model, kind, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable String bodies, @PathVariable Long id, Model model) {
		Kind kind = Kind.of(bodies);
		model.addAttribute(FORM, InstitutionForm.of(this.admin.find(kind, id)));
		return form(model, kind, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String bodies, @PathVariable Long id, @Valid @ModelAttribute(FORM) InstitutionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Kind kind = Kind.of(bodies);
		if (flow(kind).updated(result, () -> this.admin.update(kind, id, form))) {
			return saved(kind, redirect);
		}
		return form(model, kind, id);
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable String bodies, @PathVariable Long id, Model model) {
		Kind kind = Kind.of(bodies);
		model.addAttribute("record", this.admin.find(kind, id));
		model.addAttribute("dependants", this.admin.dependants(kind, id));
		return page(model, kind, "delete");
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String bodies, @PathVariable Long id, Model model, RedirectAttributes redirect) {
		Kind kind = Kind.of(bodies);
		List<Dependant> dependants = this.admin.delete(kind, id);
		if (!dependants.isEmpty()) {
			model.addAttribute("record", this.admin.find(kind, id));
			model.addAttribute("dependants", dependants);
			return page(model, kind, "delete");
		}
		redirect.addFlashAttribute("message", "admin." + kind.body + ".deleted");
		return "redirect:/admin/" + kind.bodies;
	}

	private static EditorFlow flow(Kind kind) {
		return (kind == Kind.INSTITUTION) ? INSTITUTIONS : ORGANISATIONS;
	}

	private static String saved(Kind kind, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "admin." + kind.body + ".saved");
		return "redirect:/admin/" + kind.bodies;
	}

	private String form(Model model, Kind kind, Long id) {
		model.addAttribute("recordId", id);
		model.addAttribute("countries", this.admin.countries());
		model.addAttribute("countryOptional", !kind.countryRequired);
		return page(model, kind, "form");
	}

	/** A page institutions share with organisations (templates/admin/named-bodies). */
	private static String page(Model model, Kind kind, String name) {
		model.addAttribute("body", kind.body);
		model.addAttribute("bodies", kind.bodies);
		return "admin/named-bodies/" + name;
	}

}
