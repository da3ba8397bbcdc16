package org.roadmapetl.project;

import org.roadmapetl.submission.CellRef;

/**
 * Something found while reading a submission that the warehouse keeps a record of: what,
 * where (file and line/column or sheet and cell), the text as submitted, a message a
 * department can act on, where one exists a suggestion (the closest master name), and the
 * project, initiative and fiscal year it concerns when known.
 */
public record Problem(ProblemType type, CellRef where, String submitted, String message, String suggestion,
		String projectName, String initiativeName, Integer fiscalYear) {

	public static Problem of(ProblemType type, CellRef where, String submitted, String message) {
		return new Problem(type, where, submitted, message, null, null, null, null);
	}

	public Problem withSuggestion(String closestName) {
		return new Problem(this.type, this.where, this.submitted, this.message, closestName, this.projectName,
				this.initiativeName, this.fiscalYear);
	}

	public Problem forProject(String name) {
		return new Problem(this.type, this.where, this.submitted, this.message, this.suggestion, name,
				this.initiativeName, this.fiscalYear);
	}

	public Problem forInitiative(String name, Integer year) {
		return new Problem(this.type, this.where, this.submitted, this.message, this.suggestion, this.projectName, name,
				year);
	}

}
