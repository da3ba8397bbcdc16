package org.roadmapetl.submission;

/**
 * One non-blank cell as it arrived: its decoded text (before normalisation) and where it sits. Merged cells
 * arrive once, at their top-left position.
 * <p>
 * Struck-through text (見え消し) is deleted text: {@code text} leaves it out, while {@code submitted} keeps what
 * the department sent with each struck part marked {@code ~~…~~}, for audit. Without struck text both are equal.
 */
public record Cell(String text, CellRef ref, String submitted) {

	public Cell(String text, CellRef ref) {
		this(text, ref, text);
	}

	public int column() {
		return this.ref.column();
	}

}
