package lv.mfa.registry.project.admin;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lv.mfa.registry.project.Project;
import lv.mfa.registry.shared.form.EditorFlow;
import lv.mfa.registry.shared.form.TypedForms;

/** Coordinators' projects: list, form with partner rows, publish or withdraw. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
@RequestMapping("/admin/projects")
class ProjectAdminController {

	static final String FORM = "projectForm";

	private static final EditorFlow FLOW = new EditorFlow("admin.project.this");

	private final ProjectEditing editing;

	ProjectAdminController(ProjectEditing editing) {
		this.editing = editing;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("projects", this.editing.list());
		return "admin/projects/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute(FORM, ProjectForm.blank());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM) ProjectForm form, BindingResult result,
			@RequestParam(name = "action", defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		if ("add-partners".equals(action)) {
			TypedForms.replaceForm(model, FORM, form.withBlankRows(3));
			return form(model, null);
		}
		Long id = FLOW.create(result, () -> this.editing.checkRules(null, form), () -> this.editing.create(form));
		if (id != null) {
			redirect.addFlashAttribute("message", "admin.project.saved");
			return "redirect:/admin/projects/" + id + "/edit";
		}
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		model.addAttribute(FORM, this.editing.form(id).withBlankRows(2));
		return form(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute(FORM) ProjectForm form, BindingResult result,
			@RequestParam(name = "action", defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		if ("add-partners".equals(action)) {
			TypedForms.replaceForm(model, FORM, form.withBlankRows(3));
			return form(model, id);
		}
		if (FLOW.updated(result, () -> this.editing.checkRules(id, form), () -> this.editing.update(id, form))) {
			redirect.addFlashAttribute("message", "admin.project.saved");
			return "redirect:/admin/projects/" + id + "/edit";
		}
		return form(model, id);
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable Long id, RedirectAttributes redirect) {
		this.editing.publish(id, true);
		redirect.addFlashAttribute("message", "admin.project.published");
		return "redirect:/admin/projects/" + id + "/edit";
	}

	@PostMapping("/{id}/unpublish")
	String unpublish(@PathVariable Long id, RedirectAttributes redirect) {
		this.editing.publish(id, false);
		redirect.addFlashAttribute("message", "admin.project.unpublished");
		return "redirect:/admin/projects/" + id + "/edit";
	}

	private String form(Model model, Long id) {
		model.addAttribute("projectId", id);
		model.addAttribute("project", (id != null) ? this.editing.find(id) : null);
		model.addAttribute("options", this.editing.options());
		model.addAttribute("programmes", this.editing.programmes());
		model.addAttribute("statuses", Project.Status.values());
		model.addAttribute("longTermPriorities", Project.LongTermPriority.values());
		return "admin/projects/form";
	}

}
