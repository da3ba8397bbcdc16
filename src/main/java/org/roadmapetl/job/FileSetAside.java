package org.roadmapetl.job;

import java.nio.file.Path;

import org.roadmapetl.project.SubmissionFile;
import org.roadmapetl.submission.TransientReadException;
import org.roadmapetl.submission.UnreadableSubmissionException;

/**
 * One inbox file the load step did not load, and whose fault that is: the step's skip policy skips exactly
 * these, so one file never stops the others. The cause is the typed failure it was decided from.
 */
final class FileSetAside extends RuntimeException {

	enum Fault {

		/** What the department sent cannot be read: set aside against its checksum until it changes (exit 3). */
		DEPARTMENT,

		/** A bug of ours while reading it: set aside, not held against its content, the run fails (exit 1). */
		INTERNAL,

		/** Vanished, locked or not readable now: left in place, nothing recorded, tried again next run. */
		TRANSIENT

	}

	private final Fault fault;

	private final Path path;

	private final transient SubmissionFile file;

	private final String reason;

	private final boolean recorded;

	FileSetAside(Fault fault, Path path, SubmissionFile file, String reason, Throwable cause) {
		this(fault, path, file, reason, cause, false);
	}

	private FileSetAside(Fault fault, Path path, SubmissionFile file, String reason, Throwable cause, boolean recorded) {
		super(reason, cause);
		this.fault = fault;
		this.path = path;
		this.file = file;
		this.reason = reason;
		this.recorded = recorded;
	}

	/** A file set aside by an earlier run that could not be moved then: moved now, not recorded again. */
	static FileSetAside stillInInbox(Path path, SubmissionFile file, String recordedReason) {
		return new FileSetAside(Fault.DEPARTMENT, path, file, recordedReason, null, true);
	}

	boolean recorded() {
		return this.recorded;
	}

	/** Decides whose fault a failure is; a file that changed under the reader is never the department's. */
	static FileSetAside of(Throwable failure, Path path, SubmissionFile file, boolean changedWhileRead) {
		if (failure instanceof TransientReadException || failure instanceof java.io.IOException || changedWhileRead
				|| file == null) {
			String why = changedWhileRead ? "the file changed or vanished while it was read" : failure.getMessage();
			return new FileSetAside(Fault.TRANSIENT, path, file, why, failure);
		}
		if (failure instanceof UnreadableSubmissionException unreadable) {
			String where = (unreadable.where() != null) ? unreadable.where().location() + ": " : "";
			return new FileSetAside(Fault.DEPARTMENT, path, file, where + unreadable.reason(), failure);
		}
		return new FileSetAside(Fault.INTERNAL, path, file,
				"internal error of roadmap-etl while reading it (" + failure + "); not the department's fault, "
						+ "put it back in the inbox once the error is fixed", failure);
	}

	Fault fault() {
		return this.fault;
	}

	Path path() {
		return this.path;
	}

	/** The file as hashed, or null when it could not even be hashed. */
	SubmissionFile file() {
		return this.file;
	}

	String reason() {
		return this.reason;
	}

}
