package org.roadmapetl.submission;

/**
 * A file that cannot be read as a submission, because of what the department sent: the
 * file is set aside with this reason and not tried again until its content changes. The
 * message names the file and, where known, the sheet and cell or line. Each kind of
 * "cannot read" is a subclass, so that the policy of setting a file aside is declared
 * once, over this type; anything else thrown while reading a file is an internal error.
 */
public class UnreadableSubmissionException extends RuntimeException {

	private final String file;

	private final Reason reason;

	private final CellRef where;

	public UnreadableSubmissionException(String file, Reason reason) {
		this(file, reason, null, null);
	}

	public UnreadableSubmissionException(String file, Reason reason, CellRef where, Throwable cause) {
		super(file + ((where != null) ? " " + where.location() : "") + ": " + reason.english(), cause);
		this.file = file;
		this.reason = reason;
		this.where = where;
	}

	public String file() {
		return this.file;
	}

	/**
	 * What is wrong and what to do, for the department, without the file name or the
	 * place.
	 */
	public Reason reason() {
		return this.reason;
	}

	/** Where in the file, or {@code null} when the file as a whole is unreadable. */
	public CellRef where() {
		return this.where;
	}

	/**
	 * Not a workbook or a text export at all (a PDF, a Word file, an empty file, an
	 * unsupported kind).
	 */
	public static class NotASubmission extends UnreadableSubmissionException {

		public NotASubmission(String file, Reason reason) {
			super(file, reason);
		}

	}

	/**
	 * A container or stream that is broken: a truncated zip, a damaged OLE2 file,
	 * malformed XML.
	 */
	public static class DamagedFile extends UnreadableSubmissionException {

		public DamagedFile(String file, Reason reason, CellRef where, Throwable cause) {
			super(file, reason, where, cause);
		}

	}

	/**
	 * Over a safety limit (size, line or cell length, rows, blocks, zip ratio): the
	 * reason names the limit and how to raise it.
	 */
	public static class OverLimit extends UnreadableSubmissionException {

		public OverLimit(String file, Reason reason, CellRef where) {
			super(file, reason, where, null);
		}

	}

	/**
	 * Text in an encoding that cannot be decoded (or UTF-16 without a byte order mark).
	 */
	public static class Undecodable extends UnreadableSubmissionException {

		public Undecodable(String file, Reason reason, CellRef where) {
			super(file, reason, where, null);
		}

	}

	/**
	 * A readable file with no roadmap form in it (no block with 事業名), or a form laid out
	 * beyond reading.
	 */
	public static class NoRoadmapForm extends UnreadableSubmissionException {

		public NoRoadmapForm(String file, Reason reason) {
			super(file, reason);
		}

	}

}
