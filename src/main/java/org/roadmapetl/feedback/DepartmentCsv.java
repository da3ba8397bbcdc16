package org.roadmapetl.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The CSV form of a department's 指摘事項 sheet: the same header and rows, streamed. */
final class DepartmentCsv {

	private DepartmentCsv() {
	}

	static void write(Path target, FeedbackSource source, int year, String department) throws IOException {
		SafeCsv.write(target, (csv) -> {
			csv.row((Object[]) FindingNames.HEADER);
			try {
				source.findings(year, department, (finding) -> {
					try {
						csv.row(finding.cells());
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
		});
	}

}
