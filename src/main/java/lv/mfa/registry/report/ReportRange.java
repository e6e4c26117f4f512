package lv.mfa.registry.report;

import java.time.LocalDate;

import lv.mfa.registry.shared.text.ApproximateDate;

/**
 * The days a report covers.
 *
 * @param from the first day (the presidency's first day for a whole report)
 * @param to the last day
 * @param whole true for the whole presidency: then every published event counts, even one
 * dated outside the period (the informative report's checks point at those)
 * @param asOf for the half-year progress report, the day that splits it: done entries up
 * to it, planned entries after it; null otherwise
 */
public record ReportRange(LocalDate from, LocalDate to, boolean whole, LocalDate asOf) {

	static ReportRange whole(LocalDate periodStart, LocalDate periodEnd) {
		return new ReportRange(periodStart, periodEnd, true, null);
	}

	static ReportRange of(LocalDate from, LocalDate to) {
		return new ReportRange(from, to, false, null);
	}

	/** The same days, split at {@code asOf}. */
	ReportRange splitAt(LocalDate asOf) {
		return new ReportRange(this.from, this.to, this.whole, asOf);
	}

	/**
	 * Whether a progress entry of this kind and date belongs in the report, judged by the
	 * span its date covers: the span meets the range and, split at a day, a done entry
	 * began by then, a planned one ends after it. Undated (ongoing) work always belongs.
	 */
	boolean shows(boolean done, ApproximateDate when) {
		if (when.isUndated()) {
			return true;
		}
		if (when.end().isBefore(this.from) || when.start().isAfter(this.to)) {
			return false;
		}
		if (this.asOf == null) {
			return true;
		}
		return done ? !when.start().isAfter(this.asOf) : when.end().isAfter(this.asOf);
	}

	public boolean isSplit() {
		return this.asOf != null;
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

	String asOfParameter() {
		return (this.asOf != null) ? this.asOf.toString() : null;
	}

}
