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

	/**
	 * Whole percent, rounded (2 of 3 is 67), except that 100 means every entry is done
	 * and 0 that none is.
	 */
	public int percent() {
		if (!isMeasured()) {
			return 0;
		}
		long rounded = Math.round(this.done * 100.0 / total());
		if (this.done < total()) {
			rounded = Math.min(rounded, 99);
		}
		if (this.done > 0) {
			rounded = Math.max(rounded, 1);
		}
		return (int) rounded;
	}

	Progress plus(Progress other) {
		return new Progress(this.done + other.done, this.planned + other.planned);
	}

}
