package lv.mfa.registry.progress;

/**
 * The progress measure of a task or a priority: the share of its dated entries that are
 * done (done ÷ all entries, done and planned). No entries: no measure.
 */
public record Progress(long done, long planned) {

	public static final Progress NONE = new Progress(0, 0);

	public long total() {
		return this.done + this.planned;
	}

	public boolean isMeasured() {
		return total() > 0;
	}

	/** Whole percent, rounded down so that "100 %" means every entry is done. */
	public int percent() {
		return isMeasured() ? (int) (this.done * 100 / total()) : 0;
	}

	Progress plus(Progress other) {
		return new Progress(this.done + other.done, this.planned + other.planned);
	}

}
