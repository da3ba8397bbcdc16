package org.roadmapetl.feedback;

import org.roadmapetl.normalise.CanonicalText;
import org.roadmapetl.normalise.FiscalYear;
import org.roadmapetl.normalise.FiscalYears;

/**
 * The roadmap period as feedback needs it: its first and last fiscal year and their labels. A stand-in for the
 * period value object the normalise package is to own; every label feedback writes comes from here.
 */
record RoadmapPeriod(int first, int last) {

	static final RoadmapPeriod DEFAULT = new RoadmapPeriod(2024, 2028);

	/** Reads {@code R6-R10} (or {@code 2024〜2028}, {@code 令和6年度-令和10年度}); anything else is the default. */
	static RoadmapPeriod of(String text) {
		if (text == null) {
			return DEFAULT;
		}
		String[] ends = CanonicalText.of(text).split("[-~〜－ー]");
		if (ends.length != 2) {
			return DEFAULT;
		}
		Integer first = FiscalYears.read(ends[0].strip()).fiscalYear();
		Integer last = FiscalYears.read(ends[1].strip()).fiscalYear();
		return (first == null || last == null || last < first) ? DEFAULT : new RoadmapPeriod(first, last);
	}

	static String label(Integer fiscalYear) {
		return (fiscalYear == null) ? null : new FiscalYear(fiscalYear).label();
	}

	String budgetLabel() {
		return label(this.first) + "事業費(千円)";
	}

	int years() {
		return this.last - this.first + 1;
	}

}
