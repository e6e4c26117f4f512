package lv.mfa.registry.priority.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lv.mfa.registry.priority.TaskProgress;
import lv.mfa.registry.security.StaffUser;
import lv.mfa.registry.shared.form.EditorFlow;
import lv.mfa.registry.shared.text.LocalizedText;

/**
 * Many progress entries of one priority on one page: typed into a table, or pasted from a
 * spreadsheet and checked into it; saved all at once. Editors of the priority's lead
 * institution use it too, so it lives under {@code /admin/progress}.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'COORDINATOR', 'ADMIN')")
@RequestMapping("/admin/progress/priorities/{priorityId}/bulk")
class ProgressBulkController {

	static final String FORM = "bulkForm";

	private static final EditorFlow FLOW = new EditorFlow("admin.progress.this");

	private final ProgressBulkEditing editing;

	ProgressBulkController(ProgressBulkEditing editing) {
		this.editing = editing;
	}

	@GetMapping
	String form(@PathVariable Long priorityId, @AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute(FORM, ProgressBulkForm.blank());
		return page(model, this.editing.priority(priorityId, user), null);
	}

	/** "Check": the pasted rows join the table, as typed, for a look before saving. */
	@PostMapping(params = "action=check")
	String check(@PathVariable Long priorityId, @ModelAttribute(FORM) ProgressBulkForm form,
			@AuthenticationPrincipal StaffUser user, Model model) {
		ProgressBulkEditing.PriorityTasks priority = this.editing.priority(priorityId, user);
		List<ProgressBulkForm.Row> rows = new ArrayList<>();
		form.rows().stream().filter((row) -> row != null && !row.isEmpty()).forEach(rows::add);
		rows.addAll(BulkPaste.rows(form.paste(), priority.number(), priority.tasks()));
		model.addAttribute(FORM, new ProgressBulkForm(null, rows).padded());
		return page(model, priority, null);
	}

	@PostMapping
	String save(@PathVariable Long priorityId, @Valid @ModelAttribute(FORM) ProgressBulkForm form, BindingResult result,
			@RequestParam(name = "publish", defaultValue = "false") boolean publish,
			@AuthenticationPrincipal StaffUser user, Model model, RedirectAttributes redirect) {
		ProgressBulkEditing.PriorityTasks priority = this.editing.priority(priorityId, user);
		ProgressEditing.publication(publish, user);
		if (result.hasErrors()) {
			return page(model, priority, result);
		}
		if (form.hasNoRows() && form.paste() != null && !form.paste().isBlank()) {
			// Saved straight from the paste: the rows it makes are what is saved.
			form = new ProgressBulkForm(null, BulkPaste.rows(form.paste(), priority.number(), priority.tasks()));
			model.addAttribute(FORM, form);
			result = new BeanPropertyBindingResult(form, FORM);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
		}
		List<ProgressBulkEditing.NewEntry> entries = new ArrayList<>();
		for (int i = 0; i < form.rows().size(); i++) {
			ProgressBulkForm.Row row = form.rows().get(i);
			if (row != null && !row.isEmpty()) {
				entries.add(new ProgressBulkEditing.NewEntry(i, row.task(), row.taskTyped(), row.when(), row.kind(),
						LocalizedText.of(row.textLv(), row.textEn())));
			}
		}
		if (entries.isEmpty()) {
			result.reject("admin.progress.bulk.nothing");
			form.padded();
			return page(model, priority, result);
		}
		List<Long> ids = FLOW.create(result, () -> this.editing.addAll(priorityId, entries, publish, user));
		if (ids != null) {
			redirect.addFlashAttribute("message",
					publish ? "admin.progress.bulk.saved-published" : "admin.progress.bulk.saved");
			return "redirect:/admin/progress?presidency=" + priority.presidencyId() + "#entry-" + ids.get(0);
		}
		form.padded();
		return page(model, priority, result);
	}

	private static String page(Model model, ProgressBulkEditing.PriorityTasks priority, BindingResult result) {
		model.addAttribute("priority", priority);
		model.addAttribute("kinds", TaskProgress.Kind.values());
		TreeSet<Integer> errorRows = new TreeSet<>();
		if (result != null) {
			for (FieldError error : result.getFieldErrors()) {
				String field = error.getField();
				if (field.startsWith("rows[")) {
					errorRows.add(Integer.valueOf(field.substring(5, field.indexOf(']'))));
				}
			}
		}
		model.addAttribute("errorRows", errorRows);
		return "admin/progress/bulk";
	}

}
