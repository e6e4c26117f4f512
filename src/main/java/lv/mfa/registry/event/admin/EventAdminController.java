package lv.mfa.registry.event.admin;

import java.util.List;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
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

import lv.mfa.registry.event.Event;
import lv.mfa.registry.security.StaffUser;
import lv.mfa.registry.shared.text.ApproximateDate;
import lv.mfa.registry.shared.Publication;
import lv.mfa.registry.shared.form.EditorFlow;
import lv.mfa.registry.shared.form.TypedForms;

/**
 * The staff's event pages: list, form, publish, delete, history. Every save is
 * Post/Redirect/Get with a flash message; what the user typed stays in the form on an
 * error or a conflict.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'COORDINATOR', 'ADMIN')")
@RequestMapping("/admin/events")
class EventAdminController {

	/** How precisely an event's days may be given: exact days first, never undated. */
	private static final List<ApproximateDate.Precision> EVENT_PRECISIONS = List.of(ApproximateDate.Precision.DAYS,
			ApproximateDate.Precision.MONTH, ApproximateDate.Precision.MONTHS, ApproximateDate.Precision.SEASON,
			ApproximateDate.Precision.QUARTER, ApproximateDate.Precision.YEAR, ApproximateDate.Precision.YEARS);

	static final String FORM = "eventForm";

	private static final EditorFlow FLOW = new EditorFlow("admin.event.this");

	private final EventEditing editing;

	private final AdminOptions options;

	private final EventHistory history;

	EventAdminController(EventEditing editing, AdminOptions options, EventHistory history) {
		this.editing = editing;
		this.options = options;
		this.history = history;
	}

	@GetMapping
	String list(@ModelAttribute("filter") EventFilter filter, @AuthenticationPrincipal StaffUser user, Model model) {
		Page<Event> events = this.editing.list(filter, user);
		model.addAttribute("events", events);
		model.addAttribute("editable",
				events.stream()
					.filter((event) -> EventEditing.mayChange(event, user))
					.map(Event::getId)
					.collect(Collectors.toSet()));
		model.addAttribute("statuses", Event.Status.values());
		model.addAttribute("publications", Publication.values());
		model.addAttribute("sorts", EventFilter.SORTS);
		model.addAttribute("options", this.options.forFilters());
		model.addAttribute("user", user);
		return "admin/events/list";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal StaffUser user, Model model) {
		AdminOptions.EventOptions eventOptions = this.options.forEvents();
		model.addAttribute(FORM, EventForm.blank(eventOptions.defaultPresidencyId(), user.getInstitutionId()));
		return form(model, eventOptions, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM) EventForm form, BindingResult result,
			@RequestParam(name = "action", defaultValue = "save") String action,
			@AuthenticationPrincipal StaffUser user, Model model, RedirectAttributes redirect) {
		if (addsRows(action, form, model)) {
			return form(model, this.options.forEvents(), null);
		}
		Long id = FLOW.create(result, () -> this.editing.checkRules(form, user), () -> this.editing.create(form, user));
		if (id != null) {
			redirect.addFlashAttribute("message", "admin.event.created");
			return "redirect:/admin/events/" + id + "/edit";
		}
		return form(model, this.options.forEvents(), null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, @AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute(FORM, this.editing.form(id, user).withBlankRows(EventForm.BLANK_ROWS));
		return form(model, this.options.forEvents(), this.editing.summary(id));
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute(FORM) EventForm form, BindingResult result,
			@RequestParam(name = "action", defaultValue = "save") String action,
			@AuthenticationPrincipal StaffUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		this.editing.checkMayChange(id, user);
		if (addsRows(action, form, model)) {
			return form(model, this.options.forEvents(), this.editing.summary(id));
		}
		EditorFlow.Outcome outcome = FLOW.update(result, () -> this.editing.checkRules(form, user),
				() -> this.editing.update(id, form, user));
		if (outcome == EditorFlow.Outcome.SAVED) {
			redirect.addFlashAttribute("message", "admin.event.saved");
			return "redirect:/admin/events/" + id + "/edit";
		}
		if (outcome == EditorFlow.Outcome.STALE) {
			return conflict(id, form, model, response);
		}
		return form(model, this.options.forEvents(), this.editing.summary(id));
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable Long id, RedirectAttributes redirect) {
		this.editing.publish(id);
		redirect.addFlashAttribute("message", "admin.event.published");
		return "redirect:/admin/events/" + id + "/edit";
	}

	@PostMapping("/{id}/unpublish")
	String unpublish(@PathVariable Long id, RedirectAttributes redirect) {
		this.editing.unpublish(id);
		redirect.addFlashAttribute("message", "admin.event.unpublished");
		return "redirect:/admin/events/" + id + "/edit";
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable Long id, @AuthenticationPrincipal StaffUser user, Model model) {
		this.editing.form(id, user);
		model.addAttribute("event", this.editing.summary(id));
		return "admin/events/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
		this.editing.delete(id, user);
		redirect.addFlashAttribute("message", "admin.event.deleted");
		return "redirect:/admin/events";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable Long id, @AuthenticationPrincipal StaffUser user, Model model) {
		Event event = this.editing.summary(id);
		EventEditing.checkMaySeeHistory(event, user);
		model.addAttribute("event", event);
		model.addAttribute("revisions", this.history.revisions(id));
		model.addAttribute("mayChange", EventEditing.mayChange(event, user));
		return "admin/events/history";
	}

	@PostMapping("/{id}/history/{revision}/restore")
	String restore(@PathVariable Long id, @PathVariable Long revision, @AuthenticationPrincipal StaffUser user,
			RedirectAttributes redirect) {
		boolean restored = this.history.restore(id, revision, user);
		redirect.addFlashAttribute("message", restored ? "admin.history.restored" : "admin.history.not-restored");
		return "redirect:/admin/events/" + id + "/history";
	}

	private String form(Model model, AdminOptions.EventOptions eventOptions, Event event) {
		model.addAttribute("options", eventOptions);
		model.addAttribute("types", Event.Type.values());
		model.addAttribute("precisions", EVENT_PRECISIONS);
		model.addAttribute("statuses", Event.Status.values());
		model.addAttribute("event", event);
		return "admin/events/form";
	}

	/** "Add rows" buttons re-show the form with more empty rows, saving nothing. */
	private static boolean addsRows(String action, EventForm form, Model model) {
		EventForm more = switch (action) {
			case "add-agenda" -> form.withMoreAgendaRows(2);
			case "add-document" -> form.withMoreDocumentRows(1);
			default -> null;
		};
		if (more == null) {
			return false;
		}
		TypedForms.replaceForm(model, FORM, more);
		return true;
	}

	private String conflict(Long id, EventForm mine, Model model, HttpServletResponse response) {
		Event saved = this.editing.summary(id);
		EventForm theirs = this.editing.current(id);
		TypedForms.replaceForm(model, FORM, mine.withVersion(theirs.version()));
		model.addAttribute("theirs", theirs);
		model.addAttribute("mine", mine);
		model.addAttribute("conflict", true);
		model.addAttribute("lastRevision", this.history.latest(id));
		response.setStatus(HttpStatus.CONFLICT.value());
		return form(model, this.options.forEvents(), saved);
	}

}
