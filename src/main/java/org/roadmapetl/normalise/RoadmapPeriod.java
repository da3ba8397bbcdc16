package org.roadmapetl.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The roadmap period ({@code roadmap.period}): the fiscal years of the 取組 table, first to
 * last. Written in any notation of normalisation.md "Years" on both sides of a dash or
 * wave dash: {@code R7-R11}, {@code R7〜R11}, {@code 令和7年度～令和11年度}, {@code 2025-2029}.
 */
public record RoadmapPeriod(int firstYear, int lastYear) {

	/**
	 * The ASCII dash, the wave dash and its full-width look-alike (NFKC turns ～ into ~),
	 * and the en dash.
	 */
	private static final Pattern SEPARATOR = Pattern.compile("\\s*[-~〜–—]\\s*");

	/** A period longer than this is a typo, not a roadmap. */
	private static final int LONGEST = 20;

	public RoadmapPeriod {
		if (lastYear < firstYear || lastYear - firstYear >= LONGEST) {
			throw new IllegalArgumentException("a roadmap period runs from its first to its last fiscal year, at most "
					+ LONGEST + " years: " + firstYear + "-" + lastYear);
		}
	}

	/**
	 * @throws IllegalArgumentException naming the text when it is not a period
	 */
	public static RoadmapPeriod parse(String text) {
		String canonical = CanonicalText.of((text != null) ? text : "");
		String[] ends = SEPARATOR.split(canonical);
		if (ends.length != 2) {
			throw new IllegalArgumentException(
					"'" + text + "' is not a roadmap period (write it as R7-R11, 2025-2029 " + "or 令和6年度～令和10年度)");
		}
		Integer first = FiscalYears.read(ends[0]).fiscalYear();
		Integer last = FiscalYears.read(ends[1]).fiscalYear();
		if (first == null || last == null) {
			throw new IllegalArgumentException("'" + text + "' is not a roadmap period: cannot read '"
					+ ((first == null) ? ends[0] : ends[1]) + "' as a fiscal year");
		}
		return new RoadmapPeriod(first, last);
	}

	public boolean contains(int fiscalYear) {
		return fiscalYear >= this.firstYear && fiscalYear <= this.lastYear;
	}

	public List<Integer> years() {
		List<Integer> years = new ArrayList<>(this.lastYear - this.firstYear + 1);
		for (int year = this.firstYear; year <= this.lastYear; year++) {
			years.add(year);
		}
		return years;
	}

	public String firstLabel() {
		return new FiscalYear(this.firstYear).label();
	}

	public String lastLabel() {
		return new FiscalYear(this.lastYear).label();
	}

	/** How messages name the period: {@code R7〜R11}. */
	public String label() {
		return firstLabel() + "〜" + lastLabel();
	}

	@Override
	public String toString() {
		return label();
	}

}
