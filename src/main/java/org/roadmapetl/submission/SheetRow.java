package org.roadmapetl.submission;

import java.util.List;

/** The non-blank cells of one form row, in column order. */
public record SheetRow(int number, List<Cell> cells) {

	public boolean isBlank() {
		return this.cells.isEmpty();
	}

}
