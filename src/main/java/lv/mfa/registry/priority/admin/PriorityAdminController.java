package lv.mfa.registry.priority.admin;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
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

import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.priority.PriorityTask;
import lv.mfa.registry.shared.form.Dependant;
import lv.mfa.registry.shared.form.EditorFlow;

/**
 * Coordinators' priorities: list, set up, edit with lead institutions and tasks, delete.
 * The form's row buttons (more rows, up, down, publish, withdraw, delete) save what was
 * typed first, then act, and return to the row they were pressed on; no JavaScript
 * needed. New and renamed tasks are drafts unless saved with "Save and publish".
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
@RequestMapping("/admin/priorities")
class PriorityAdminController {

	static final String FORM = "priorityForm";

	private static final EditorFlow FLOW = new EditorFlow("admin.priority.this");

	private final PriorityAdmin priorities;

	PriorityAdminController(PriorityAdmin priorities) {
		this.priorities = priorities;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("priorities", this.priorities.list());
		model.addAttribute("presidencies", this.priorities.presidencies());
		return "admin/priorities/list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(name = "presidency", required = false) Long presidencyId, Model model) {
		model.addAttribute(FORM, PriorityForm.empty(presidencyId));
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM) PriorityForm form, BindingResult result,
			@RequestParam(name = "action", required = false) String action, Model model, RedirectAttributes redirect) {
		if ("rows".equals(action)) {
			form.withNewRows();
			return form(model, null);
		}
		try {
			Long id = FLOW.create(result, () -> this.priorities.create(form, "publish".equals(action)));
			if (id != null) {
				redirect.addFlashAttribute("message", "admin.priority.created");
				return "redirect:/admin/priorities/" + id + "/edit";
			}
		}
		catch (DataIntegrityViolationException ex) {
			// Two people giving the same number at once: the second is told so.
			result.rejectValue("number", "admin.priority.number-taken");
		}
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		model.addAttribute(FORM, this.priorities.form(id));
		return form(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute(FORM) PriorityForm form, BindingResult result,
			@RequestParam(name = "action", required = false) String action, Model model, RedirectAttributes redirect) {
		if ("rows".equals(action)) {
			form.withNewRows();
			return form(model, id);
		}
		try {
			if (FLOW.updated(result, () -> this.priorities.update(id, form, "publish".equals(action)))) {
				return act(id, (action != null) ? action : "", redirect);
			}
		}
		catch (DataIntegrityViolationException ex) {
			result.rejectValue("number", "admin.priority.number-taken");
		}
		return form(model, id);
	}

	/**
	 * What a row button asks for, after the form is saved: "up:7", "down:7", "delete:7".
	 */
	private String act(Long id, String action, RedirectAttributes redirect) {
		String edit = "redirect:/admin/priorities/" + id + "/edit";
		int colon = action.indexOf(':');
		Long taskId = (colon > 0) ? parse(action.substring(colon + 1)) : null;
		String verb = (colon > 0) ? action.substring(0, colon) : "";
		if (taskId != null && (verb.equals("up") || verb.equals("down"))) {
			this.priorities.moveTask(id, taskId, verb.equals("up") ? -1 : 1);
			redirect.addFlashAttribute("message", "admin.priority.task-moved");
			return edit + "#task-" + taskId;
		}
		if (taskId != null && (verb.equals("publish") || verb.equals("unpublish"))) {
			this.priorities.publishTask(id, taskId, verb.equals("publish"));
			redirect.addFlashAttribute("message",
					verb.equals("publish") ? "admin.priority.task-published" : "admin.priority.task-unpublished");
			return edit + "#task-" + taskId;
		}
		if (taskId != null && verb.equals("delete")) {
			if (this.priorities.entriesOf(id, taskId) > 0) {
				return "redirect:/admin/priorities/" + id + "/tasks/" + taskId + "/delete";
			}
			this.priorities.deleteTask(id, taskId);
			redirect.addFlashAttribute("message", "admin.priority.task-deleted");
			return edit + "#tasks";
		}
		redirect.addFlashAttribute("message",
				action.equals("publish") ? "admin.priority.saved-published" : "admin.priority.saved");
		return edit;
	}

	private static Long parse(String value) {
		try {
			return Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	@GetMapping("/{id}/tasks/{taskId}/delete")
	String confirmTaskDelete(@PathVariable Long id, @PathVariable Long taskId, Model model) {
		model.addAttribute("entries", this.priorities.entriesOf(id, taskId));
		model.addAttribute("priority", this.priorities.find(id));
		model.addAttribute("task",
				this.priorities.find(id)
					.getTasks()
					.stream()
					.filter((t) -> t.getId().equals(taskId))
					.findFirst()
					.orElseThrow());
		return "admin/priorities/delete-task";
	}

	@PostMapping("/{id}/tasks/{taskId}/delete")
	String deleteTask(@PathVariable Long id, @PathVariable Long taskId, RedirectAttributes redirect) {
		this.priorities.deleteTask(id, taskId);
		redirect.addFlashAttribute("message", "admin.priority.task-deleted");
		return "redirect:/admin/priorities/" + id + "/edit#tasks";
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		model.addAttribute("priority", this.priorities.find(id));
		model.addAttribute("dependants", this.priorities.dependants(id));
		model.addAttribute("entries", this.priorities.entries(id));
		return "admin/priorities/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		List<Dependant> dependants = this.priorities.delete(id);
		if (!dependants.isEmpty()) {
			return confirmDelete(id, model);
		}
		redirect.addFlashAttribute("message", "admin.priority.deleted");
		return "redirect:/admin/priorities";
	}

	private String form(Model model, Long id) {
		Priority priority = (id != null) ? this.priorities.find(id) : null;
		model.addAttribute("priority", priority);
		model.addAttribute("draftTasks",
				(priority != null) ? priority.getTasks()
					.stream()
					.filter((task) -> !task.isPublished())
					.map(PriorityTask::getId)
					.collect(Collectors.toSet()) : Set.of());
		model.addAttribute("institutions", this.priorities.institutions());
		model.addAttribute("presidencies", this.priorities.presidencies());
		return "admin/priorities/form";
	}

}
