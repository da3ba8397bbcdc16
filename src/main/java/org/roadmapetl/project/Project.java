package org.roadmapetl.project;

import java.util.List;

import org.roadmapetl.normalise.OrganisationPair;
import org.roadmapetl.submission.CellRef;

/**
 * One project in canonical form, ready for the warehouse. {@code department} and
 * {@code section} keep a joint project's names joined by ・; {@code organisations} holds
 * them split and paired. {@code budgetFiscalYear} is the year of
 * {@code budgetThousandYen}: the one its label names, else the roadmap period's first.
 */
public record Project(String name, String nameKey, String field, String category, String department, String section,
		List<OrganisationPair> organisations, Long budgetThousandYen, Integer budgetFiscalYear, String budgetNote,
		Boolean priority, Boolean futureResponse, Integer startFiscalYear, String startSubmitted, Integer endFiscalYear,
		boolean openEnded, String overview, CellRef source, List<Initiative> initiatives) {

	public int cellCount() {
		int cells = 0;
		for (Initiative initiative : this.initiatives) {
			cells += initiative.years().size() * 2;
		}
		return cells;
	}

}
