package org.roadmapetl.project;

/**
 * What kind of problem reading a submission raised; the check step turns them into
 * findings of the same name.
 */
public enum ProblemType {

	/** A year, amount or mark that no rule of normalisation.md reads. */
	UNREADABLE_VALUE,

	/** A bare item marker with no earlier definition in its row. */
	UNDEFINED_CONTINUATION,

	/**
	 * A department or section (after splitting) that is not in the organisation master.
	 */
	UNKNOWN_ORGANIZATION,

	/**
	 * A block whose layout could not be read as the form (no 事業名, no year header, a row
	 * without a name…).
	 */
	UNREADABLE_FORM,

	/**
	 * A non-empty 取組 cell under a year column outside the roadmap period
	 * ({@code roadmap.period}).
	 */
	OUT_OF_PERIOD,

	/**
	 * A control, bidirectional or lone surrogate character removed from a cell
	 * (normalisation.md T9).
	 */
	CONTROL_CHARACTER

}
