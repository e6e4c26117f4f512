package lv.mfa.registry.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * What the timeline's {@code month} filter names: a month ({@code 2019-10}), or a year
 * ({@code 2019}) for the events known only by their year or years.
 * <p>
 * An event counts in every month its span covers ("in autumn 2019": September, October
 * and November), except one known only by its year ("2019", "2019–2022"): it belongs to
 * none of the twelve months more than another, so counting it in each would swell every
 * month of the year with events that may have happened in any. Those are counted under
 * their year instead, shown as "2019 (month not known)", and a month's page points to
 * them.
 *
 * @param first the first day of the month or year
 * @param last the last day
 * @param wholeYear true for a year: it matches the events known only by their year
 */
record TimelinePeriod(LocalDate first, LocalDate last, boolean wholeYear) {

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	static TimelinePeriod month(YearMonth month) {
		return new TimelinePeriod(month.atDay(1), month.atEndOfMonth(), false);
	}

	static TimelinePeriod year(int year) {
		return new TimelinePeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), true);
	}

	/** A year as the filter writes it ("2019"), or null when the value is not one. */
	static TimelinePeriod parseYear(String value) {
		String typed = (value != null) ? value.strip() : "";
		return YEAR.matcher(typed).matches() ? year(Integer.parseInt(typed)) : null;
	}

	/**
	 * As the query string writes it: "2019-10" or "2019"; also the facet's value.
	 */
	@Override
	public String toString() {
		return this.wholeYear ? String.valueOf(this.first.getYear()) : YearMonth.from(this.first).toString();
	}

}
