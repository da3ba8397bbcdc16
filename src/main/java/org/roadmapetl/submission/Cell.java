package org.roadmapetl.submission;

/**
 * One non-blank cell as it arrived: its decoded text (before normalisation) and where it
 * sits. Merged cells arrive once, at their top-left position.
 * <p>
 * Struck-through text (見え消し) is deleted text: {@code text} leaves it out, while
 * {@code submitted} keeps what the department sent with each struck part marked
 * {@code ~~…~~}, for audit. Without struck text both are equal. {@code columnSpan} is how
 * many columns the cell covers, more than one for the top-left cell of a merge.
 */
public record Cell(String text, CellRef ref, String submitted, int columnSpan) {

	public Cell(String text, CellRef ref) {
		this(text, ref, text);
	}

	public Cell(String text, CellRef ref, String submitted) {
		this(text, ref, submitted, 1);
	}

	/**
	 * Whether the cell stands in the 1-based {@code column}, at it or by a merge over it.
	 */
	public boolean covers(int column) {
		int first = this.ref.column();
		return column >= first && column < first + this.columnSpan;
	}

	public int column() {
		return this.ref.column();
	}

}
