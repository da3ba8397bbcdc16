package org.roadmapetl.submission;

/**
 * A file that cannot be read as a submission at all (wrong format, truncated, hostile, unknown encoding).
 * The message names the file and, where known, the sheet and cell.
 */
public class UnreadableSubmissionException extends RuntimeException {

	private final String file;

	private final String reason;

	public UnreadableSubmissionException(String file, String reason) {
		this(file, reason, null);
	}

	public UnreadableSubmissionException(String file, String reason, Throwable cause) {
		super(file + ": " + reason, cause);
		this.file = file;
		this.reason = reason;
	}

	public String file() {
		return this.file;
	}

	public String reason() {
		return this.reason;
	}

}
