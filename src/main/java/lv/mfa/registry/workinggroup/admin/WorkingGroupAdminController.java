package lv.mfa.registry.workinggroup.admin;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.data.domain.Sort;
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

import lv.mfa.registry.presidency.PresidencyRepository;
import lv.mfa.registry.priority.PriorityChoices;
import lv.mfa.registry.reference.InstitutionRepository;
import lv.mfa.registry.shared.form.EditorFlow;
import lv.mfa.registry.shared.text.ApproximateDate;
import lv.mfa.registry.workinggroup.WorkingGroup;

/** Coordinators' working groups: list, create, edit, publish or withdraw. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
@RequestMapping("/admin/working-groups")
class WorkingGroupAdminController {

	static final String FORM = "workingGroupForm";

	static final String LINKS = "linksForm";

	private static final EditorFlow FLOW = new EditorFlow("admin.working-group.this");

	private final WorkingGroupAdmin groups;

	private final WorkingGroupLinks links;

	private final PresidencyRepository presidencies;

	private final PriorityChoices priorities;

	private final InstitutionRepository institutions;

	WorkingGroupAdminController(WorkingGroupAdmin groups, WorkingGroupLinks links, PresidencyRepository presidencies,
			PriorityChoices priorities, InstitutionRepository institutions) {
		this.groups = groups;
		this.links = links;
		this.presidencies = presidencies;
		this.priorities = priorities;
		this.institutions = institutions;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("groups", this.groups.list());
		return "admin/working-groups/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute(FORM, WorkingGroupForm.blank());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM) WorkingGroupForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Long id = FLOW.create(result, () -> this.groups.checkRules(null, form), () -> this.groups.create(form));
		if (id != null) {
			redirect.addFlashAttribute("message", "admin.working-group.saved");
			return "redirect:/admin/working-groups/" + id + "/edit";
		}
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		model.addAttribute(FORM, WorkingGroupForm.of(this.groups.find(id)));
		return form(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute(FORM) WorkingGroupForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (FLOW.updated(result, () -> this.groups.checkRules(id, form), () -> this.groups.update(id, form))) {
			redirect.addFlashAttribute("message", "admin.working-group.saved");
			return "redirect:/admin/working-groups/" + id + "/edit";
		}
		return form(model, id);
	}

	@PostMapping("/{id}/links")
	String saveLinks(@PathVariable Long id, @ModelAttribute(LINKS) LinksForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (FLOW.updated(result, () -> this.links.save(id, form))) {
			redirect.addFlashAttribute("message", "admin.working-group.links-saved");
			return "redirect:/admin/working-groups/" + id + "/edit#links";
		}
		model.addAttribute(FORM, WorkingGroupForm.of(this.groups.find(id)));
		return form(model, id);
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable Long id, RedirectAttributes redirect) {
		this.groups.publish(id, true);
		redirect.addFlashAttribute("message", "admin.working-group.published");
		return "redirect:/admin/working-groups/" + id + "/edit";
	}

	@PostMapping("/{id}/unpublish")
	String unpublish(@PathVariable Long id, RedirectAttributes redirect) {
		this.groups.publish(id, false);
		redirect.addFlashAttribute("message", "admin.working-group.unpublished");
		return "redirect:/admin/working-groups/" + id + "/edit";
	}

	private String form(Model model, Long id) {
		model.addAttribute("groupId", id);
		model.addAttribute("mandatePrecisions", List.of(ApproximateDate.Precision.DAY, ApproximateDate.Precision.MONTH,
				ApproximateDate.Precision.QUARTER, ApproximateDate.Precision.YEAR));
		model.addAttribute("group", (id != null) ? this.groups.find(id) : null);
		model.addAttribute("kinds", WorkingGroup.Kind.values());
		model.addAttribute("organisations", this.groups.organisations());
		if (id != null) {
			if (!model.containsAttribute(LINKS)) {
				model.addAttribute(LINKS, this.links.form(id));
			}
			model.addAttribute("presidencies", this.presidencies.findAll(Sort.by(Sort.Direction.DESC, "periodStart")));
			model.addAttribute("priorities", this.priorities.findAllWithPresidency());
			model.addAttribute("institutions", this.institutions.findAllByOrderByCode());
		}
		return "admin/working-groups/form";
	}

}
