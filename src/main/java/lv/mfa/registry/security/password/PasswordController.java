package lv.mfa.registry.security.password;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lv.mfa.registry.security.StaffUser;
import lv.mfa.registry.security.StaffUserDetailsService;
import lv.mfa.registry.shared.form.EditorFlow;

/**
 * Every member of staff changes their own password here (the first admin's generated one
 * first of all).
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'COORDINATOR', 'ADMIN')")
class PasswordController {

	static final String FORM = "passwordForm";

	/** One's own password is never stale: no version, so no conflict. */
	private static final EditorFlow FLOW = new EditorFlow("admin.user.this");

	private final PasswordChange passwords;

	private final StaffUserDetailsService userDetails;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordController(PasswordChange passwords, StaffUserDetailsService userDetails) {
		this.passwords = passwords;
		this.userDetails = userDetails;
	}

	@GetMapping("/admin/password")
	String form(Model model) {
		model.addAttribute(FORM, PasswordForm.empty());
		model.addAttribute("minLength", PasswordForm.MIN_LENGTH);
		return "security/password";
	}

	@PostMapping("/admin/password")
	String change(@AuthenticationPrincipal UserDetails user, @Valid @ModelAttribute(FORM) PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		if (!FLOW.updated(result, () -> this.passwords.change(user.getUsername(), form))) {
			// The page shows the errors only: passwords are never sent back to the
			// browser.
			model.addAttribute("minLength", PasswordForm.MIN_LENGTH);
			return "security/password";
		}
		if (user instanceof StaffUser) {
			keepThisSession(user.getUsername(), request, response);
		}
		redirect.addFlashAttribute("message", "password.changed");
		return "redirect:/admin";
	}

	/**
	 * A changed password ends the account's other sessions (StaffSessionCheck); this one
	 * goes on with the account as it now is.
	 */
	private void keepThisSession(String username, HttpServletRequest request, HttpServletResponse response) {
		StaffUser current = (StaffUser) this.userDetails.loadUserByUsername(username);
		current.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities()));
		// Saved for the next request only: the holder of this one is cleared as it ends.
		this.contexts.saveContext(context, request, response);
	}

}
