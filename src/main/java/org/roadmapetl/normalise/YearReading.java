package org.roadmapetl.normalise;

/**
 * What a year cell says: nothing (empty), a fiscal year (its starting Gregorian year),
 * open-ended ({@code 未定}), or a problem a department can act on, naming the text as it
 * was given.
 */
public record YearReading(Integer fiscalYear, boolean openEnded, String problem) {

	static final YearReading EMPTY = new YearReading(null, false, null);

	static final YearReading OPEN_ENDED = new YearReading(null, true, null);

	static YearReading of(int fiscalYear) {
		return new YearReading(fiscalYear, false, null);
	}

	static YearReading problem(String message) {
		return new YearReading(null, false, message);
	}

	public boolean isEmpty() {
		return this.fiscalYear == null && !this.openEnded && this.problem == null;
	}

	public boolean isProblem() {
		return this.problem != null;
	}

	/** The year as a {@link FiscalYear}, or {@code null} when there is none. */
	public FiscalYear toFiscalYear() {
		return (this.fiscalYear != null) ? new FiscalYear(this.fiscalYear) : null;
	}

}
