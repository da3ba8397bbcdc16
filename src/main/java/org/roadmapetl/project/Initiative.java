package org.roadmapetl.project;

import java.util.List;

import org.roadmapetl.submission.CellRef;

/**
 * An initiative (取組) of a project, in canonical form, with its years in fiscal-year
 * order.
 */
public record Initiative(int seq, String name, String nameKey, String section, CellRef source,
		List<InitiativeYear> years) {
}
