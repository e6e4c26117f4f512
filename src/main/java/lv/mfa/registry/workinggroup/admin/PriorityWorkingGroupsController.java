package lv.mfa.registry.workinggroup.admin;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lv.mfa.registry.reference.InstitutionRepository;

/**
 * The working groups serving a priority, linked and unlinked from the priority's form
 * (the priority module cannot know working groups: they know priorities).
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
@RequestMapping("/admin/priorities/{priorityId}/working-groups")
class PriorityWorkingGroupsController {

	private final WorkingGroupLinks links;

	private final InstitutionRepository institutions;

	PriorityWorkingGroupsController(WorkingGroupLinks links, InstitutionRepository institutions) {
		this.links = links;
		this.institutions = institutions;
	}

	@GetMapping
	String page(@PathVariable Long priorityId, Model model) {
		model.addAttribute("priority", this.links.priority(priorityId));
		model.addAttribute("links", this.links.linksOf(priorityId));
		model.addAttribute("groups", this.links.allGroups());
		model.addAttribute("institutions", this.institutions.findAllByOrderByCode());
		return "admin/priorities/working-groups";
	}

	@PostMapping
	String link(@PathVariable Long priorityId, @RequestParam(name = "groupId", required = false) Long groupId,
			@RequestParam(name = "leadInstitutionId", required = false) Long leadInstitutionId,
			@RequestParam(name = "chaired", defaultValue = "false") boolean chaired, RedirectAttributes redirect) {
		if (groupId == null) {
			redirect.addFlashAttribute("error", "admin.priority.working-group-required");
		}
		else {
			this.links.link(priorityId, groupId, leadInstitutionId, chaired);
			redirect.addFlashAttribute("message", "admin.priority.working-group-linked");
		}
		return "redirect:/admin/priorities/" + priorityId + "/working-groups";
	}

	@PostMapping("/{roleId}/unlink")
	String unlink(@PathVariable Long priorityId, @PathVariable Long roleId, RedirectAttributes redirect) {
		this.links.unlink(priorityId, roleId);
		redirect.addFlashAttribute("message", "admin.priority.working-group-unlinked");
		return "redirect:/admin/priorities/" + priorityId + "/working-groups";
	}

}
