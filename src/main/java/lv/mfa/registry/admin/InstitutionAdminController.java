package lv.mfa.registry.admin;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins' institution list and deleting with confirmation. */
@Controller
@RequestMapping("/admin/institutions")
class InstitutionAdminController {

	private final InstitutionAdmin institutions;

	InstitutionAdminController(InstitutionAdmin institutions) {
		this.institutions = institutions;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rows", this.institutions.list());
		return "admin/institutions/list";
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		model.addAttribute("institution", this.institutions.find(id));
		model.addAttribute("dependants", this.institutions.dependants(id));
		return "admin/institutions/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		List<InstitutionAdmin.Dependant> dependants = this.institutions.delete(id);
		if (!dependants.isEmpty()) {
			model.addAttribute("institution", this.institutions.find(id));
			model.addAttribute("dependants", dependants);
			model.addAttribute("refused", true);
			return "admin/institutions/delete";
		}
		redirect.addFlashAttribute("message", "admin.institution.deleted");
		return "redirect:/admin/institutions";
	}

}
