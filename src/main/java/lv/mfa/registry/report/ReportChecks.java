package lv.mfa.registry.report;

import java.util.List;

/**
 * The pre-export list: texts the report uses that are missing in its language (they would
 * appear in the other language), and data-quality warnings that affect it.
 */
record ReportChecks(String language, List<ReportIssue> missingTexts, List<ReportIssue> warnings) {

	public boolean isClean() {
		return this.missingTexts.isEmpty() && this.warnings.isEmpty();
	}

}
