package lv.mfa.registry.security;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every member of staff changes their own password here (the first admin's generated one
 * first of all).
 */
@Controller
class PasswordController {

	static final String FORM = "passwordForm";

	private final PasswordChange passwords;

	PasswordController(PasswordChange passwords) {
		this.passwords = passwords;
	}

	@GetMapping("/admin/password")
	String form(Model model) {
		model.addAttribute(FORM, PasswordForm.empty());
		model.addAttribute("minLength", PasswordForm.MIN_LENGTH);
		return "security/password";
	}

	@PostMapping("/admin/password")
	String change(@AuthenticationPrincipal UserDetails user, @Valid @ModelAttribute(FORM) PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			this.passwords.change(user.getUsername(), form, result);
		}
		if (result.hasErrors()) {
			// The page shows the errors only: passwords are never sent back to the
			// browser.
			model.addAttribute("minLength", PasswordForm.MIN_LENGTH);
			return "security/password";
		}
		redirect.addFlashAttribute("message", "password.changed");
		return "redirect:/admin";
	}

}
