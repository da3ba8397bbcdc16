package org.roadmapetl.submission;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one submission file into rows of located cells, streaming. */
public interface SubmissionReader {

	/**
	 * Feeds every sheet and row of {@code file} to {@code sink}.
	 * @param file the file on disk
	 * @param displayName the name lineage records for the file (normally its file name)
	 * @throws UnreadableSubmissionException when the file is not a submission this reader
	 * can read
	 */
	void read(Path file, String displayName, RowSink sink) throws IOException;

}
