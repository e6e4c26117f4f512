package lv.mfa.registry.dataset;

/** One thing wrong with a data file, pointing at the record by file, line and key. */
public record DatasetProblem(String file, int line, String record, String message) {

	@Override
	public String toString() {
		return this.file + ":" + this.line + (this.record != null ? " (" + this.record + ")" : "") + ": "
				+ this.message;
	}

}
