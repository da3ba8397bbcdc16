package org.roadmapetl.feedback;

import java.nio.file.Path;

import org.roadmapetl.TestDatabase;

/** Lets tests of other packages start from the exported sample roadmap. */
public final class RoadmapExportTestSupport {

	private RoadmapExportTestSupport() {
	}

	/**
	 * Loads the sample export for R7 into the database and returns the consolidated
	 * roadmap written from it.
	 */
	public static Path exportSamples(TestDatabase database, Path work) throws Exception {
		return RoadmapExportTests.exportSamples(database, work);
	}

}
