package org.roadmapetl.normalise;

import java.time.LocalDate;

/**
 * A Japanese fiscal year (年度, 1 April – 31 March), identified by the Gregorian year it
 * starts in.
 */
public record FiscalYear(int startYear) {

	static final int REIWA_OFFSET = 2018;

	static final int HEISEI_OFFSET = 1988;

	static final int SHOWA_OFFSET = 1925;

	/**
	 * The fiscal year that contains {@code date}: January–March belong to the year that
	 * started the April before.
	 */
	public static FiscalYear containing(LocalDate date) {
		return new FiscalYear(startOf(date.getYear(), date.getMonthValue()));
	}

	/**
	 * The latest fiscal year that has ended before {@code date} (gap-rules.md: actuals
	 * are reported after a year closes): on 2026-05-15 and on 2027-03-31 that is R7, on
	 * 2027-04-01 R8.
	 */
	public static FiscalYear latestEndedBefore(LocalDate date) {
		return new FiscalYear(containing(date).startYear() - 1);
	}

	/** The fiscal year of Reiwa {@code year} ({@code 6} → 2024). */
	public static FiscalYear ofReiwa(int year) {
		return new FiscalYear(REIWA_OFFSET + year);
	}

	static int startOf(int year, int month) {
		return (month >= 4) ? year : year - 1;
	}

	/**
	 * The label reports use: {@code R6} for 2024, {@code H30} for 2018, {@code S63} for
	 * 1988.
	 */
	public String label() {
		if (this.startYear > REIWA_OFFSET) {
			return "R" + (this.startYear - REIWA_OFFSET);
		}
		if (this.startYear > HEISEI_OFFSET) {
			return "H" + (this.startYear - HEISEI_OFFSET);
		}
		if (this.startYear > SHOWA_OFFSET) {
			return "S" + (this.startYear - SHOWA_OFFSET);
		}
		return String.valueOf(this.startYear);
	}

	@Override
	public String toString() {
		return label();
	}

	/** The label ({@code R7}) of a fiscal year, or null for none. */
	/**
	 * {@code R7 (2025年度)}: the label and the year it starts in, as status and the logs
	 * name a reporting year.
	 */
	public String describe() {
		return label() + " (" + startYear() + "年度)";
	}

	public static String labelOf(Integer fiscalYear) {
		return (fiscalYear == null) ? null : new FiscalYear(fiscalYear).label();
	}

}
