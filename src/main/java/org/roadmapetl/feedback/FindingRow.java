package org.roadmapetl.feedback;

import java.time.Instant;
import java.time.ZoneId;

import org.roadmapetl.normalise.FiscalYear;

/** One finding as a department reads it in its workbook. */
record FindingRow(String severity, String type, String state, String projectName, String initiativeName,
		Integer fiscalYear, String message, String sourceFile, String sourceLocation, Instant firstSeen) {

	boolean isError() {
		return "error".equals(this.severity);
	}

	/** The cells of the 指摘事項 row, in the order of {@link FindingNames#HEADER}. */
	Object[] cells() {
		return new Object[] { isError() ? "エラー" : "警告", FindingNames.japanese(this.type),
				FindingNames.state(this.state), this.projectName, this.initiativeName,
				FiscalYear.labelOf(this.fiscalYear), this.message, this.sourceFile,
				FindingNames.location(this.sourceLocation), (this.firstSeen != null)
						? this.firstSeen.atZone(ZoneId.systemDefault()).toLocalDate().toString() : null,
				this.type };
	}

}
