package org.roadmapetl.project;

import org.roadmapetl.submission.CellRef;

/**
 * One initiative's plan and actual for one fiscal year: canonical text, text resolved
 * through item markers, the text as submitted, and the cell each came from (null for a
 * year the header did not have).
 */
public record InitiativeYear(int fiscalYear, YearCell plan, YearCell actual) {

	public record YearCell(String submitted, String text, String resolved, CellRef ref) {

		public static final YearCell EMPTY = new YearCell("", "", "", null);

	}

}
