package lv.mfa.registry.timeline;

/**
 * The timeline's month counts by span as SQL over the facet statement's {@code base}: an
 * event counts in each month its span covers, one known only by its year or years in each
 * of those years instead ({@link TimelinePeriod}).
 */
final class TimelineSpans {

	/**
	 * The precisions of an event known only by its year or years
	 * ({@link TimelinePeriod}).
	 */
	static final String YEAR_LONG = "('YEAR', 'YEARS')";

	/**
	 * The first month of each event's span (or the first year, for one known only by its
	 * year) and the month (year) after its last, counted, from {@code base} under the
	 * other filters (appended, then {@link #SPANS_GROUPED}).
	 */
	static final String SPANS = "select b.date_precision in " + YEAR_LONG + " as year_long,"
			+ " date_trunc(case when b.date_precision in " + YEAR_LONG + " then 'year' else 'month' end,"
			+ " cast(b.start_date as timestamp)) as first, date_trunc(case when b.date_precision in " + YEAR_LONG
			+ " then 'year' else 'month' end, cast(b.end_date as timestamp)) + case when b.date_precision in "
			+ YEAR_LONG + " then interval '1 year' else interval '1 month' end as after, count(*) as n"
			+ " from base b where true";

	static final String SPANS_GROUPED = " group by 1, 2, 3";

	/**
	 * The spans as steps: +1 per event at its first month (year), -1 at the one after its
	 * last. A running sum over every month between gives each month's number of events
	 * whose span covers it, from one small aggregate whatever the spans' length (a series
	 * of months per event would be estimated at a thousand rows each, and PostgreSQL
	 * would then spend seconds compiling the statement with JIT;
	 * {@code registry_span_slots}, V13, gives the months between with a small estimate).
	 */
	static final String STEPS = "select year_long, at, sum(d) as d from (select year_long, first as at, n as d"
			+ " from spans union all select year_long, after, -n from spans) x group by 1, 2";

	/** The month facet: the running sum of the steps over every month (year) between. */
	static final String MONTHS = "select 'MONTH', to_char(t.at, case when t.year_long then 'YYYY'"
			+ " else 'YYYY-MM' end), null, null, null, null, t.n from (select g.year_long, g.at, cast(sum(coalesce(k.d,"
			+ " 0)) over (partition by g.year_long order by g.at) as bigint) as n from (select year_long,"
			+ " registry_span_slots(min(at), max(at), year_long) as at from steps group by year_long) g"
			+ " left join steps k on k.year_long = g.year_long and k.at = g.at) t where t.n > 0";

	private TimelineSpans() {
	}

}
