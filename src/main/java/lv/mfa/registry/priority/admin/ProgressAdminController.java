package lv.mfa.registry.priority.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.priority.PriorityTask;
import lv.mfa.registry.priority.TaskProgress;
import lv.mfa.registry.security.StaffUser;
import lv.mfa.registry.shared.form.EditorFlow;
import lv.mfa.registry.shared.form.StaffTime;

/** Progress of the priorities' tasks: the list per presidency, add, edit, delete. */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'COORDINATOR', 'ADMIN')")
@RequestMapping("/admin/progress")
class ProgressAdminController {

	static final String FORM = "progressForm";

	private static final EditorFlow FLOW = new EditorFlow("admin.progress.this");

	private final ProgressEditing editing;

	ProgressAdminController(ProgressEditing editing) {
		this.editing = editing;
	}

	@GetMapping
	String list(@RequestParam(name = "presidency", required = false) Long presidency,
			@AuthenticationPrincipal StaffUser user, Model model) {
		List<Presidency> presidencies = this.editing.presidencies();
		Long shown = (presidency != null) ? presidency : (presidencies.isEmpty() ? null : presidencies.get(0).getId());
		model.addAttribute("presidencies", presidencies);
		model.addAttribute("presidencyId", shown);
		List<ProgressEditing.TaskRow> rows = (shown != null) ? this.editing.tasks(shown, user) : List.of();
		model.addAttribute("rows", rows);
		model.addAttribute("drafts", ProgressEditing.draftsByPriority(rows));
		model.addAttribute("coordinator", user.isCoordinator());
		model.addAttribute("editable",
				rows.stream()
					.map((row) -> row.task().getPriority())
					.filter((priority) -> ProgressEditing.mayChange(priority, user))
					.map(Priority::getId)
					.collect(Collectors.toSet()));
		return "admin/progress/list";
	}

	@GetMapping("/tasks/{taskId}/new")
	String newForm(@PathVariable Long taskId, @AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute(FORM, ProgressForm.blank(LocalDate.now(StaffTime.ZONE)));
		return form(model, this.editing.task(taskId, user), null);
	}

	@PostMapping("/tasks/{taskId}")
	String add(@PathVariable Long taskId, @Valid @ModelAttribute(FORM) ProgressForm form, BindingResult result,
			@RequestParam(name = "publish", defaultValue = "false") boolean publish,
			@AuthenticationPrincipal StaffUser user, Model model, RedirectAttributes redirect) {
		// Another institution's task, or publishing without the right: refused before the
		// form is even checked.
		PriorityTask task = this.editing.task(taskId, user);
		ProgressEditing.publication(publish, user);
		Long presidency = FLOW.create(result, () -> this.editing.add(taskId, form, publish, user));
		if (presidency != null) {
			redirect.addFlashAttribute("message", publish ? "admin.progress.saved-published" : "admin.progress.saved");
			return "redirect:/admin/progress?presidency=" + presidency;
		}
		return form(model, task, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, @AuthenticationPrincipal StaffUser user, Model model) {
		TaskProgress entry = this.editing.entry(id, user);
		model.addAttribute(FORM, ProgressForm.of(entry));
		return form(model, entry.getTask(), entry);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute(FORM) ProgressForm form, BindingResult result,
			@RequestParam(name = "publish", defaultValue = "false") boolean publish,
			@AuthenticationPrincipal StaffUser user, Model model, RedirectAttributes redirect) {
		TaskProgress entry = this.editing.entry(id, user);
		ProgressEditing.publication(publish, user);
		if (FLOW.updated(result, () -> this.editing.update(id, form, publish, user))) {
			redirect.addFlashAttribute("message", publish ? "admin.progress.saved-published" : "admin.progress.saved");
			return "redirect:/admin/progress?presidency=" + entry.getTask().getPriority().getPresidency().getId()
					+ "#entry-" + id;
		}
		return form(model, entry.getTask(), entry);
	}

	/** Coordinators: the entry becomes public; back to the same row. */
	@PostMapping("/{id}/publish")
	String publish(@PathVariable Long id, RedirectAttributes redirect) {
		Long presidency = this.editing.publish(id, true);
		redirect.addFlashAttribute("message", "admin.progress.published");
		return "redirect:/admin/progress?presidency=" + presidency + "#entry-" + id;
	}

	/** Coordinators: the entry is a draft again, no longer public. */
	@PostMapping("/{id}/unpublish")
	String unpublish(@PathVariable Long id, RedirectAttributes redirect) {
		Long presidency = this.editing.publish(id, false);
		redirect.addFlashAttribute("message", "admin.progress.unpublished");
		return "redirect:/admin/progress?presidency=" + presidency + "#entry-" + id;
	}

	/** Coordinators: every draft of a priority, tasks and entries, published at once. */
	@PostMapping("/priorities/{priorityId}/publish")
	String publishAll(@PathVariable Long priorityId, RedirectAttributes redirect) {
		ProgressEditing.Published published = this.editing.publishAll(priorityId);
		redirect.addFlashAttribute("publishedCount", published.count());
		return "redirect:/admin/progress?presidency=" + published.presidencyId() + "#priority-" + priorityId;
	}

	/** Up or down one place; back to the same row. */
	@PostMapping("/{id}/move")
	String move(@PathVariable Long id, @RequestParam String direction, @AuthenticationPrincipal StaffUser user) {
		Long presidency = this.editing.move(id, "up".equals(direction), user);
		return "redirect:/admin/progress?presidency=" + presidency + "#entry-" + id;
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable Long id, @AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute("entry", this.editing.entry(id, user));
		return "admin/progress/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
		Long presidency = this.editing.delete(id, user);
		redirect.addFlashAttribute("message", "admin.progress.deleted");
		return "redirect:/admin/progress?presidency=" + presidency;
	}

	private String form(Model model, PriorityTask task, TaskProgress entry) {
		model.addAttribute("task", task);
		model.addAttribute("entry", entry);
		model.addAttribute("entryId", (entry != null) ? entry.getId() : null);
		model.addAttribute("kinds", TaskProgress.Kind.values());
		return "admin/progress/form";
	}

}
