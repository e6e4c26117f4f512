package lv.mfa.registry.report;

import java.time.LocalDate;

/**
 * The days a report covers.
 *
 * @param from the first day (the presidency's first day for a whole report)
 * @param to the last day
 * @param whole true for the whole presidency: then every published record counts, even
 * one dated outside the period
 */
record ReportRange(LocalDate from, LocalDate to, boolean whole) {

	static ReportRange whole(LocalDate periodStart, LocalDate periodEnd) {
		return new ReportRange(periodStart, periodEnd, true);
	}

	static ReportRange of(LocalDate from, LocalDate to) {
		return new ReportRange(from, to, false);
	}

	/**
	 * The range as query parameters of a download link; empty for the whole presidency.
	 */
	String fromParameter() {
		return this.whole ? null : this.from.toString();
	}

	String toParameter() {
		return this.whole ? null : this.to.toString();
	}

}
