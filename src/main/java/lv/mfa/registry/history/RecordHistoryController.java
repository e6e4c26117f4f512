package lv.mfa.registry.history;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The history page of a presidency, priority, working group, project, institution,
 * organisation or country. It sits under each record's own staff path and asks the same
 * roles as the record's editor: coordinators for a presidency's records, admins for
 * reference data. Reference data, all plain fields, can be restored to an earlier
 * version.
 */
@Controller
class RecordHistoryController {

	private final RecordHistory history;

	RecordHistoryController(RecordHistory history) {
		this.history = history;
	}

	@GetMapping("/admin/{kind:presidencies|priorities|working-groups|projects}/{id}/history")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	String presidencyRecord(@PathVariable String kind, @PathVariable String id, Model model) {
		return page(kind, id, model);
	}

	@GetMapping("/admin/{kind:institutions|organisations|countries}/{id}/history")
	@PreAuthorize("hasRole('ADMIN')")
	String referenceRecord(@PathVariable String kind, @PathVariable String id, Model model) {
		return page(kind, id, model);
	}

	/** Copies an earlier version back as a new one (Post/Redirect/Get to the history). */
	@PostMapping("/admin/{kind:institutions|organisations|countries}/{id}/history/{revision}/restore")
	@PreAuthorize("hasRole('ADMIN')")
	String restore(@PathVariable String kind, @PathVariable String id, @PathVariable long revision,
			RedirectAttributes redirect) {
		RecordHistory.Kind recordKind = RecordHistory.Kind.ofPath(kind);
		Object recordId = this.history.parseId(recordKind, id);
		try {
			this.history.restore(recordKind, recordId, revision);
			redirect.addFlashAttribute("message", "admin.history.restored-record");
		}
		catch (RecordHistory.NotRestorable ex) {
			redirect.addFlashAttribute("message", "admin.history.not-restored-record");
		}
		return "redirect:/admin/" + recordKind.path() + "/" + recordId + "/history";
	}

	private String page(String kind, String id, Model model) {
		RecordHistory.Kind recordKind = RecordHistory.Kind.ofPath(kind);
		Object recordId = this.history.parseId(recordKind, id);
		model.addAttribute("kind", recordKind.path());
		model.addAttribute("recordId", recordId);
		model.addAttribute("restorable", recordKind.restorable);
		model.addAttribute("revisions", this.history.revisions(recordKind, recordId));
		return "admin/history";
	}

}
