package lv.mfa.registry.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import lv.mfa.registry.priority.Priority;

/**
 * The geometry of the overview's chart of events per month by priority: stacked bars
 * drawn as SVG on the server, so the chart needs no script and prints. Every month of the
 * presidency has a bar, empty ones too.
 */
record EventChart(List<Bar> bars, List<Series> series, int width, int height, int max, List<Tick> ticks) {

	static final int BAR_WIDTH = 36;

	static final int GAP = 12;

	static final int LEFT = 36;

	static final int TOP = 10;

	static final int PLOT_HEIGHT = 180;

	static final int BOTTOM = 40;

	/** A month's bar: its segments, one per priority with events that month. */
	record Bar(LocalDate month, int x, int labelX, long total, List<Segment> segments) {

	}

	record Segment(int y, int height, int series, long count) {

	}

	/** A priority of the legend (or, as the last one, events under no priority). */
	record Series(int index, Priority priority, long total) {

	}

	record Tick(int value, int y) {

	}

	static EventChart of(LocalDate start, LocalDate end, List<Priority> priorities, List<Object[]> rows) {
		Map<LocalDate, Map<Integer, Long>> counts = new TreeMap<>();
		for (LocalDate month = start.withDayOfMonth(1); !month.isAfter(end); month = month.plusMonths(1)) {
			counts.put(month, new LinkedHashMap<>());
		}
		Map<Long, Integer> seriesOf = new LinkedHashMap<>();
		for (int i = 0; i < priorities.size(); i++) {
			seriesOf.put(priorities.get(i).getId(), i);
		}
		int none = priorities.size();
		long[] totals = new long[priorities.size() + 1];
		for (Object[] row : rows) {
			LocalDate month = LocalDate.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), 1);
			int series = (row[2] != null) ? seriesOf.getOrDefault((Long) row[2], none) : none;
			long count = (Long) row[3];
			counts.computeIfAbsent(month, (m) -> new LinkedHashMap<>()).merge(series, count, Long::sum);
			totals[series] += count;
		}
		long max = counts.values()
			.stream()
			.mapToLong((m) -> m.values().stream().mapToLong(Long::longValue).sum())
			.max()
			.orElse(0);
		int scaleMax = (int) Math.max(1, max);
		List<Bar> bars = new ArrayList<>();
		int index = 0;
		for (Map.Entry<LocalDate, Map<Integer, Long>> month : counts.entrySet()) {
			int x = LEFT + GAP + index * (BAR_WIDTH + GAP);
			int base = TOP + PLOT_HEIGHT;
			List<Segment> segments = new ArrayList<>();
			long total = 0;
			for (int series = 0; series <= none; series++) {
				long count = month.getValue().getOrDefault(series, 0L);
				if (count > 0) {
					int height = (int) Math.round(count * (double) PLOT_HEIGHT / scaleMax);
					base -= height;
					segments.add(new Segment(base, height, series, count));
					total += count;
				}
			}
			bars.add(new Bar(month.getKey(), x, x + BAR_WIDTH / 2, total, segments));
			index++;
		}
		List<Series> series = new ArrayList<>();
		for (int i = 0; i < priorities.size(); i++) {
			series.add(new Series(i, priorities.get(i), totals[i]));
		}
		if (totals[none] > 0) {
			series.add(new Series(none, null, totals[none]));
		}
		List<Tick> ticks = new ArrayList<>();
		int step = Math.max(1, (int) Math.ceil(scaleMax / 4.0));
		for (int value = 0; value <= scaleMax; value += step) {
			ticks.add(new Tick(value, TOP + PLOT_HEIGHT - (int) Math.round(value * (double) PLOT_HEIGHT / scaleMax)));
		}
		int width = LEFT + GAP + bars.size() * (BAR_WIDTH + GAP);
		return new EventChart(bars, series, width, TOP + PLOT_HEIGHT + BOTTOM, scaleMax, ticks);
	}

	public int baseline() {
		return TOP + PLOT_HEIGHT;
	}

	public int left() {
		return LEFT;
	}

	public int barWidth() {
		return BAR_WIDTH;
	}

}
