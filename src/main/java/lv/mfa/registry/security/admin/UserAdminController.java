package lv.mfa.registry.security.admin;

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

import lv.mfa.registry.security.StaffRole;
import lv.mfa.registry.shared.form.EditorFlow;

/** Admins manage staff accounts: list, create, change role, reset password. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/admin/users")
class UserAdminController {

	static final String FORM = "userForm";

	private static final EditorFlow FLOW = new EditorFlow("admin.user.this");

	private final UserAdmin users;

	UserAdminController(UserAdmin users) {
		this.users = users;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.users.list());
		return "admin/users/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute(FORM, UserForm.blank());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM) UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (FLOW.create(result, () -> this.users.create(form)) != null) {
			redirect.addFlashAttribute("message", "admin.user.created");
			return "redirect:/admin/users";
		}
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		model.addAttribute(FORM, this.users.form(id));
		return form(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute(FORM) UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (FLOW.updated(result, () -> this.users.update(id, form))) {
			redirect.addFlashAttribute("message", "admin.user.saved");
			return "redirect:/admin/users";
		}
		return form(model, id);
	}

	private String form(Model model, Long id) {
		model.addAttribute("userId", id);
		model.addAttribute("roles", StaffRole.values());
		model.addAttribute("minPassword", UserForm.MIN_PASSWORD);
		model.addAttribute("institutions", this.users.institutions());
		return "admin/users/form";
	}

}
