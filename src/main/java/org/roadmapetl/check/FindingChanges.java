package org.roadmapetl.check;

/**
 * How one check changed the findings of its reporting year.
 *
 * @param added findings whose key was never seen before
 * @param resolved findings open before and no longer found
 * @param reopened findings resolved once and found again
 */
public record FindingChanges(long added, long resolved, long reopened) {

	public static final FindingChanges NONE = new FindingChanges(0, 0, 0);

	/** {@code 3 new, 1 resolved, 0 reopened}. */
	public String describe() {
		return this.added + " new, " + this.resolved + " resolved, " + this.reopened + " reopened";
	}

}
