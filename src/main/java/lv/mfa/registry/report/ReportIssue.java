package lv.mfa.registry.report;

/**
 * Something to fix before exporting: a text missing in the report's language, or a
 * data-quality warning.
 *
 * @param code the message key's last part ({@code report.issue.<code>})
 * @param record the record it concerns, as the coordinator recognises it
 * @param editPath where staff fix it, or {@code null} where there is no form for it
 */
record ReportIssue(String code, String record, String editPath) {

}
