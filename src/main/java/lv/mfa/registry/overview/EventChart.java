package lv.mfa.registry.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import lv.mfa.registry.overview.OverviewRepository.MonthCount;
import lv.mfa.registry.priority.Priority;

/**
 * The geometry of the overview's chart of events per month by priority: one horizontal
 * stacked bar per month, drawn as SVG on the server, so the chart needs no script and
 * prints. It is drawn {@value #WIDTH} units wide, about a phone's width, so its month
 * names and counts stay legible there instead of shrinking. Every month from the first to
 * the last has a bar, empty ones too, so the axis never skips a month. An event counts in
 * each month its span covers; one known only by its year (or years) in a bar of its own
 * for that year, just before the year's January, instead of in twelve months.
 */
record EventChart(List<Bar> bars, List<Series> series, int width, int height, int max) {

	static final int WIDTH = 320;

	/** Room for a month's name, e.g. "Sept 2018" or "sept. 2018". */
	static final int LABEL_WIDTH = 72;

	/** Room after the longest bar for its count. */
	static final int VALUE_WIDTH = 28;

	static final int ROW_HEIGHT = 22;

	static final int BAR_HEIGHT = 15;

	/**
	 * A month's bar (or a year's, for the events known only by it): its segments, one per
	 * priority with events that month.
	 */
	record Bar(LocalDate month, boolean wholeYear, int y, int textY, int valueX, long total, List<Segment> segments) {

		/** The timeline's {@code month} filter for this bar: "2019-10", or "2019". */
		public String filterValue() {
			return this.wholeYear ? String.valueOf(this.month.getYear())
					: String.format("%d-%02d", this.month.getYear(), this.month.getMonthValue());
		}

	}

	/** Where a bar stands: a month, or a year just before its January. */
	private record Slot(LocalDate month, boolean wholeYear) implements Comparable<Slot> {

		@Override
		public int compareTo(Slot other) {
			int byMonth = this.month.compareTo(other.month);
			return (byMonth != 0) ? byMonth : Boolean.compare(other.wholeYear, this.wholeYear);
		}

	}

	record Segment(int x, int width, int series, long count) {

	}

	/** A priority of the legend (or, as the last one, events under no priority). */
	record Series(int index, Priority priority, long total) {

	}

	static EventChart of(LocalDate start, LocalDate end, List<Priority> priorities, List<MonthCount> rows) {
		Map<Slot, Map<Integer, Long>> counts = new TreeMap<>();
		Map<Long, Integer> seriesOf = new LinkedHashMap<>();
		for (int i = 0; i < priorities.size(); i++) {
			seriesOf.put(priorities.get(i).getId(), i);
		}
		int none = priorities.size();
		long[] totals = new long[priorities.size() + 1];
		LocalDate first = start.withDayOfMonth(1);
		LocalDate last = end.withDayOfMonth(1);
		for (MonthCount row : rows) {
			LocalDate month = row.month();
			int series = (row.priorityId() != null) ? seriesOf.getOrDefault(row.priorityId(), none) : none;
			counts.computeIfAbsent(new Slot(month, row.wholeYear()), (m) -> new LinkedHashMap<>())
				.merge(series, row.count(), Long::sum);
			// The legend counts events, each once.
			totals[series] += row.starting();
			if (!row.wholeYear()) {
				first = month.isBefore(first) ? month : first;
				last = month.isAfter(last) ? month : last;
			}
		}
		// Events dated outside the presidency widen the axis; the months between stay.
		for (LocalDate month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			counts.computeIfAbsent(new Slot(month, false), (m) -> new LinkedHashMap<>());
		}
		long max = counts.values()
			.stream()
			.mapToLong((m) -> m.values().stream().mapToLong(Long::longValue).sum())
			.max()
			.orElse(0);
		int scaleMax = (int) Math.max(1, max);
		int plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
		List<Bar> bars = new ArrayList<>();
		int index = 0;
		for (Map.Entry<Slot, Map<Integer, Long>> month : counts.entrySet()) {
			int y = index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
			int x = LABEL_WIDTH;
			List<Segment> segments = new ArrayList<>();
			long total = 0;
			for (int series = 0; series <= none; series++) {
				long count = month.getValue().getOrDefault(series, 0L);
				if (count > 0) {
					int width = (int) Math.max(1, Math.round(count * (double) plotWidth / scaleMax));
					segments.add(new Segment(x, width, series, count));
					x += width;
					total += count;
				}
			}
			bars.add(new Bar(month.getKey().month(), month.getKey().wholeYear(), y, y + BAR_HEIGHT - 3, x + 4, total,
					segments));
			index++;
		}
		List<Series> series = new ArrayList<>();
		for (int i = 0; i < priorities.size(); i++) {
			series.add(new Series(i, priorities.get(i), totals[i]));
		}
		if (totals[none] > 0) {
			series.add(new Series(none, null, totals[none]));
		}
		return new EventChart(bars, series, WIDTH, bars.size() * ROW_HEIGHT, scaleMax);
	}

	public int labelWidth() {
		return LABEL_WIDTH;
	}

	public int barHeight() {
		return BAR_HEIGHT;
	}

}
