package org.roadmapetl.form;

import org.roadmapetl.submission.CellRef;

/**
 * A value as the form holds it: its canonical text (never null, empty when the cell was
 * empty), the text as submitted, and the cell it came from (null when the cell was
 * missing altogether).
 */
public record RawValue(String text, String submitted, CellRef ref) {

	public static final RawValue MISSING = new RawValue("", "", null);

	public boolean isEmpty() {
		return this.text.isEmpty();
	}

}
