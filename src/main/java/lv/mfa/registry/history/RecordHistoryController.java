package lv.mfa.registry.history;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The history page of a presidency, priority, working group, project, institution,
 * organisation or country. It sits under each record's own staff path, so the same roles
 * that may edit a record may read its history.
 */
@Controller
class RecordHistoryController {

	private final RecordHistory history;

	RecordHistoryController(RecordHistory history) {
		this.history = history;
	}

	@GetMapping("/admin/{kind:presidencies|priorities|working-groups|projects|institutions|organisations|countries}/{id}/history")
	String history(@PathVariable String kind, @PathVariable String id, Model model) {
		RecordHistory.Kind recordKind = RecordHistory.Kind.ofPath(kind);
		Object recordId = this.history.parseId(recordKind, id);
		model.addAttribute("kind", recordKind.path());
		model.addAttribute("recordId", recordId);
		model.addAttribute("revisions", this.history.revisions(recordKind, recordId));
		return "admin/history";
	}

}
