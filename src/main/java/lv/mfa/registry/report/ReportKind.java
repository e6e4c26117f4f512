package lv.mfa.registry.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The reports a presidency has, each at its own address under the presidency. */
public enum ReportKind {

	/** The informative report to the Cabinet: what was done and achieved. */
	INFORMATIVE("report"),

	/** The half-year progress report: per priority its goal and its tasks' progress. */
	PROGRESS("progress-report");

	private final String path;

	ReportKind(String path) {
		this.path = path;
	}

	/** The address segment: "report" or "progress-report". */
	String path() {
		return this.path;
	}

	/** The name of the templates and message keys: "informative" or "progress". */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<ReportKind> ofPath(String path) {
		return Arrays.stream(values()).filter((kind) -> kind.path.equals(path)).findFirst();
	}

}
