package org.roadmapetl.form;

import org.roadmapetl.submission.CellRef;

/**
 * Something in a block's layout that could not be read as the form (a plan row without a
 * year header…).
 */
public record FormProblem(CellRef where, String submitted, String message) {
}
