package org.roadmapetl.submission;

/**
 * A file that could not be read this time for a reason that is not in its content: it
 * vanished, is locked, or the job's user may not read it. Nothing is recorded against its
 * checksum; it stays where it is and is tried again on the next run.
 */
public class TransientReadException extends RuntimeException {

	private final String file;

	public TransientReadException(String file, String reason, Throwable cause) {
		super(reason, cause);
		this.file = file;
	}

	public String file() {
		return this.file;
	}

}
