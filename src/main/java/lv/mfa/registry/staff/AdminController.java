package lv.mfa.registry.staff;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import lv.mfa.registry.security.StaffUser;

/**
 * The staff's start page: what they can edit and, for coordinators, the data-quality
 * warnings with links to fix them.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'COORDINATOR', 'ADMIN')")
class AdminController {

	private final DataQuality quality;

	AdminController(DataQuality quality) {
		this.quality = quality;
	}

	@GetMapping("/admin")
	String dashboard(@AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute("user", user);
		if (user.isCoordinator()) {
			model.addAttribute("warnings", this.quality.warnings());
			model.addAttribute("progressWarnings", this.quality.progressWarnings());
			model.addAttribute("priorityWarnings", this.quality.priorityWarnings());
		}
		return "admin/dashboard";
	}

}
