package org.roadmapetl.form;

import org.roadmapetl.submission.CellRef;

/**
 * One year column of the 取組 header: its fiscal year and the header cell that names it.
 */
public record YearColumn(int fiscalYear, CellRef header) {
}
