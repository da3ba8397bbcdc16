package org.roadmapetl.submission;

/**
 * One non-blank cell as it arrived: its decoded text (before normalisation) and where it sits.
 * Merged cells arrive once, at their top-left position.
 */
public record Cell(String text, CellRef ref) {

	public int column() {
		return this.ref.column();
	}

}
