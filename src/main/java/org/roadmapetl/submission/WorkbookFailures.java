package org.roadmapetl.submission;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Turns what POI, the zip layer or the XML parser threw into a reason a department's clerk can act on. */
final class WorkbookFailures {

	private WorkbookFailures() {
	}

	/**
	 * Fails early, before POI sees the file: a missing or unreadable file is the caller's I/O problem,
	 * an empty one an unreadable submission.
	 */
	static void requireContent(Path file, String displayName) throws IOException {
		if (Files.size(file) == 0) {
			throw new UnreadableSubmissionException.NotASubmission(displayName, "the file is empty (0 bytes)");
		}
	}

	/**
	 * The typed failure for what was thrown: the file's own fault, or a {@link TransientReadException} when the
	 * file vanished or may not be read (then its content is not to blame).
	 */
	static RuntimeException unreadable(Path file, String displayName, String sheet, Throwable failure, String format) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof UnreadableSubmissionException typed) {
				return typed;
			}
			if (t instanceof NoSuchFileException || t instanceof AccessDeniedException
					|| t instanceof FileNotFoundException || !Files.isReadable(file)) {
				return new TransientReadException(displayName, "could not be opened: " + t, failure);
			}
		}
		String where = (sheet != null) ? "sheet '" + sheet + "' " : "the file ";
		for (Throwable t = failure; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage());
			if (message.contains("Zip bomb detected")) {
				return new UnreadableSubmissionException.OverLimit(displayName, where + "expands far beyond its "
						+ "compressed size (safety limits: " + PoiLimits.MAX_ENTRY_SIZE / (1024 * 1024)
						+ " MiB per part, inflate ratio at least " + PoiLimits.MIN_INFLATE_RATIO
						+ "); refused as a possible zip bomb", null);
			}
			if (message.contains("more internal file entries than expected")) {
				return new UnreadableSubmissionException.OverLimit(displayName, where + "holds more than "
						+ PoiLimits.MAX_FILE_COUNT + " parts (safety limit); refused as a possible zip bomb", null);
			}
			String notASubmission = notASubmission(t, format);
			if (notASubmission != null) {
				return new UnreadableSubmissionException.NotASubmission(displayName, where + notASubmission);
			}
			String damage = damage(t, message, format);
			if (damage != null) {
				return new UnreadableSubmissionException.DamagedFile(displayName, where + damage, null, failure);
			}
		}
		return new UnreadableSubmissionException.DamagedFile(displayName, where + "is damaged: its " + format
				+ " structure cannot be read (" + failure.getClass().getSimpleName() + ": " + failure.getMessage() + ")",
				null, failure);
	}

	private static String notASubmission(Throwable t, String format) {
		String message = String.valueOf(t.getMessage());
		if (message.contains("does not contain a BIFF8 'Workbook' entry") || message.startsWith("The document is really a")) {
			// an OLE2 file of another program: a .doc, .ppt or .msg
			return "is " + SubmissionFormat.NOT_A_ROADMAP_FORMAT;
		}
		if (t instanceof OldExcelFormatException) {
			return "is an Excel 95 or older workbook (BIFF2-5), which cannot be read; save it as .xlsx";
		}
		if (t instanceof EncryptedDocumentException) {
			return "is password-protected; remove the password and send it again";
		}
		if (t instanceof OLE2NotOfficeXmlFileException) {
			return "is a legacy .xls or a password-protected workbook, not an .xlsx package";
		}
		if (t instanceof NotOfficeXmlFileException || t instanceof NotOLE2FileException) {
			return "is not an Excel workbook (" + format + ")";
		}
		if (t instanceof OfficeXmlFileException) {
			return "is an .xlsx package, not a legacy .xls workbook";
		}
		return null;
	}

	private static String damage(Throwable t, String message, String format) {
		if (t instanceof ZipException || t instanceof EOFException || message.startsWith("Truncated")
				|| message.contains("past the end of the file")) {
			return "is truncated or damaged: its " + format + " container ends early or is broken (" + message + ")";
		}
		if (t instanceof SAXParseException parse) {
			return "has malformed XML at line " + parse.getLineNumber() + ", column " + parse.getColumnNumber() + ": "
					+ message;
		}
		if (t instanceof SAXException && t.getCause() == null) {
			return message;
		}
		return null;
	}

}
