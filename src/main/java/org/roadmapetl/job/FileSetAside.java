package org.roadmapetl.job;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import org.roadmapetl.project.SubmissionFile;
import org.roadmapetl.submission.Reason;
import org.roadmapetl.submission.TransientReadException;
import org.roadmapetl.submission.UnreadableSubmissionException;

/**
 * One inbox file the load step did not load, and whose fault that is: the step's skip
 * policy skips exactly these, so one file never stops the others. The cause is the typed
 * failure it was decided from.
 */
final class FileSetAside extends RuntimeException {

	enum Fault {

		/**
		 * What the department sent cannot be read: set aside against its checksum until
		 * it changes (exit 3).
		 */
		DEPARTMENT,

		/**
		 * A bug of ours while reading it: set aside, not held against its content, the
		 * run fails (exit 1).
		 */
		INTERNAL,

		/**
		 * Vanished, locked or not readable now: left in place, nothing recorded, tried
		 * again next run.
		 */
		TRANSIENT

	}

	private final Fault fault;

	private final Path path;

	private final transient SubmissionFile file;

	/**
	 * What a department reads for an internal error: whose fault it is and what happens
	 * next, no Java names.
	 */
	static final Reason INTERNAL_ERROR = new Reason(
			"roadmap-etl の内部エラーのため読めませんでした。部局の誤りではありません。IT 担当が修正した後、このファイルを受信フォルダに戻します",
			"an internal error of roadmap-etl stopped reading it; not the department's fault: IT puts it back in the "
					+ "inbox once the error is fixed (details in the run's log)");

	private final Reason reason;

	private final boolean recorded;

	FileSetAside(Fault fault, Path path, SubmissionFile file, Reason reason, Throwable cause) {
		this(fault, path, file, reason, cause, false);
	}

	private FileSetAside(Fault fault, Path path, SubmissionFile file, Reason reason, Throwable cause,
			boolean recorded) {
		super(reason.english(), cause);
		this.fault = fault;
		this.path = path;
		this.file = file;
		this.reason = reason;
		this.recorded = recorded;
	}

	/**
	 * A file set aside by an earlier run that could not be moved then: moved now, not
	 * recorded again.
	 */
	static FileSetAside stillInInbox(Path path, SubmissionFile file, String recordedReason) {
		int split = recordedReason.lastIndexOf(" / ");
		Reason reason;
		if (split > 0) {
			reason = new Reason(recordedReason.substring(0, split), recordedReason.substring(split + 3));
		}
		else {
			// a reason recorded before reasons had two languages; an internal error's
			// held the exception's text
			reason = recordedReason.startsWith("internal error") ? INTERNAL_ERROR
					: new Reason(recordedReason, recordedReason);
		}
		return new FileSetAside(Fault.DEPARTMENT, path, file, reason, null, true);
	}

	boolean recorded() {
		return this.recorded;
	}

	/**
	 * Decides whose fault a failure is; a file that changed under the reader is never the
	 * department's.
	 */
	static FileSetAside of(Throwable failure, Path path, SubmissionFile file, boolean changedWhileRead) {
		if (failure instanceof TransientReadException || failure instanceof java.io.IOException || changedWhileRead
				|| file == null || failure instanceof CancellationException
				|| failure instanceof InterruptedException) {
			Reason why = changedWhileRead ? CHANGED_WHILE_READ
					: new Reason("ファイルを開けませんでした。次回の実行で読み直します", "could not be opened now; tried again next run");
			return new FileSetAside(Fault.TRANSIENT, path, file, why, failure);
		}
		if (failure instanceof UnreadableSubmissionException unreadable) {
			return new FileSetAside(Fault.DEPARTMENT, path, file, unreadable.reason().at(unreadable.where()), failure);
		}
		return new FileSetAside(Fault.INTERNAL, path, file, INTERNAL_ERROR, failure);
	}

	private static final Reason CHANGED_WHILE_READ = new Reason("読み込み中にファイルが変更されたか消えました。次回の実行で読み直します",
			"the file changed or vanished while it was read; tried again next run");

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

	/** The reason on one line, Japanese first. */
	String reason() {
		return this.reason.text();
	}

	Reason why() {
		return this.reason;
	}

}
