package org.roadmapetl.submission;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

/**
 * Decides whose fault a failure while reading a workbook is, and says it in words a
 * department's clerk can act on. What the file's damage or kind explains becomes a typed
 * {@link UnreadableSubmissionException}; a failure that started in roadmap-etl's own code
 * is returned as it is, so that the job sets the file aside as an internal error and does
 * not blame the department. Reasons name no server path, Java class or stack trace.
 */
final class WorkbookFailures {

	private static final String OUR_PACKAGE = "org.roadmapetl.";

	private WorkbookFailures() {
	}

	/**
	 * Fails early, before POI sees the file: a missing or unreadable file is the caller's
	 * I/O problem, an empty one an unreadable submission.
	 */
	static void requireContent(Path file, String displayName) throws IOException {
		if (Files.size(file) == 0) {
			throw new UnreadableSubmissionException.NotASubmission(displayName, Reason.EMPTY_FILE);
		}
	}

	static RuntimeException unreadable(Path file, String displayName, String sheet, Throwable failure, String format) {
		return unreadable(file, displayName, sheet, null, failure, format);
	}

	/**
	 * @param sheet the sheet being read, or null
	 * @param part the package part being read when no sheet was
	 * ({@code xl/sharedStrings.xml}), or null
	 * @return the typed failure; a {@link TransientReadException} when the file vanished
	 * or may not be read; or the failure itself (unchecked) when it started in our own
	 * code
	 */
	static RuntimeException unreadable(Path file, String displayName, String sheet, String part, Throwable failure,
			String format) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof UnreadableSubmissionException typed) {
				return typed;
			}
			if (t instanceof NoSuchFileException || t instanceof AccessDeniedException
					|| t instanceof FileNotFoundException || !Files.isReadable(file)) {
				return new TransientReadException(displayName, "could not be opened: " + t.getClass().getSimpleName(),
						failure);
			}
		}
		Place place = new Place(sheet, part);
		for (Throwable t = failure; t != null; t = t.getCause()) {
			Reason notASubmission = notASubmission(t, format);
			if (notASubmission != null) {
				return new UnreadableSubmissionException.NotASubmission(displayName, notASubmission);
			}
			Reason damage = damage(t, format, place);
			if (damage != null) {
				return new UnreadableSubmissionException.DamagedFile(displayName, damage, null, failure);
			}
		}
		if (startedInOurCode(failure)) {
			return (failure instanceof RuntimeException unchecked) ? unchecked : new IllegalStateException(failure);
		}
		return new UnreadableSubmissionException.DamagedFile(displayName, damaged(place, format), null, failure);
	}

	/**
	 * The reason for a failure that says the file is no workbook this reader can read at
	 * all, or null.
	 */
	private static Reason notASubmission(Throwable t, String format) {
		String message = String.valueOf(t.getMessage());
		if (t instanceof EncryptedDocumentException) {
			return Reason.PASSWORD;
		}
		if (message.contains("does not contain a BIFF8 'Workbook' entry")
				|| message.startsWith("The document is really a")) {
			return Reason.NOT_A_ROADMAP_FORMAT; // an OLE2 file of another program: a
												// .doc, .ppt or .msg
		}
		if (t instanceof OldExcelFormatException) {
			return new Reason("Excel 95 以前の形式 (BIFF2〜5) のブックは読めません。Excel で .xlsx として保存し直して送り直してください",
					"the file is an Excel 95 or older workbook (BIFF2-5), which cannot be read; save it as .xlsx and "
							+ "send it again");
		}
		if (t instanceof OLE2NotOfficeXmlFileException) {
			return new Reason("古い形式 (.xls) のブックか、パスワードが設定されたブックです。パスワードがあれば外し、.xlsx で保存し直して送り直してください",
					"the file is a legacy .xls or a password-protected workbook, not an .xlsx package; remove any "
							+ "password, save it as .xlsx and send it again");
		}
		if (t instanceof OfficeXmlFileException) {
			return new Reason("拡張子は .xls ですが中身は .xlsx のブックです。Excel で .xlsx として保存し直して送り直してください",
					"the file is an .xlsx package, not a legacy .xls workbook; save it as .xlsx and send it again");
		}
		if (t instanceof NotOfficeXmlFileException || t instanceof NotOLE2FileException) {
			return new Reason("Excel のブックとして読めないファイルです (" + format + ")。Excel で .xlsx として保存し直して送り直してください",
					"the file is not an Excel workbook (" + format + "); save it as .xlsx and send it again");
		}
		return null;
	}

	/**
	 * The reason for a failure whose kind tells what is damaged or over a limit in the
	 * file, or null.
	 */
	private static Reason damage(Throwable t, String format, Place place) {
		String message = String.valueOf(t.getMessage());
		if (message.contains("Zip bomb detected")) {
			return new Reason(
					place.japanese() + "は展開後の大きさがファイル上の大きさに比べて極端に大きいため、安全のため読み込みを止めました。" + "不要なデータを削除して保存し直し、送り直してください",
					place.english() + " expands far beyond its compressed size (safety limits: "
							+ PoiLimits.MAX_ENTRY_SIZE / (1024 * 1024) + " MiB per part, inflate ratio at least "
							+ PoiLimits.MIN_INFLATE_RATIO + "); refused as a possible zip bomb; delete unused data, "
							+ "save it again and send it again");
		}
		if (message.contains("more internal file entries than expected")) {
			return new Reason(
					place.japanese() + "の内部のファイル数が " + PoiLimits.MAX_FILE_COUNT
							+ " を超えるため、安全のため読み込みを止めました。不要なシートや画像を削除して送り直してください",
					place.english() + " holds more than " + PoiLimits.MAX_FILE_COUNT + " parts (safety limit); refused "
							+ "as a possible zip bomb; delete unused sheets and pictures and send it again");
		}
		if (message.contains("Maximum Element Depth limit")) {
			return Reason.overLimit(place.japanese() + "の XML の入れ子の深さ", place.english() + "'s XML nesting is",
					HardenedSax.limitsInForce().xmlDepth(), "roadmap.limits.xml-depth");
		}
		if (message.contains("Attribute limit (")) {
			return Reason.overLimit(place.japanese() + "の XML の 1 つの要素の属性の数",
					"the attributes of one element of " + place.english() + "'s XML are",
					HardenedSax.limitsInForce().xmlAttributes(), "roadmap.limits.xml-attributes");
		}
		if (t instanceof SAXException && (message.contains("DOCTYPE") || message.contains("external resource"))) {
			return new Reason(
					place.japanese() + "の XML に DOCTYPE 宣言があります。Excel や LibreOffice が保存したファイルには無いもので、"
							+ "安全のため読み込みを止めました。Excel か LibreOffice で開いて保存し直し、送り直してください",
					place.english() + " declares a DOCTYPE, which no spreadsheet program writes; refused for safety; "
							+ "open it in Excel or LibreOffice, save it again and send it again");
		}
		if (t instanceof SAXParseException parse) {
			return new Reason(
					place.japanese() + "の XML の " + parse.getLineNumber() + " 行目 " + parse.getColumnNumber()
							+ " 列目が壊れています。Excel か LibreOffice で開いて保存し直し、送り直してください",
					place.english() + " has malformed XML at line " + parse.getLineNumber() + ", column "
							+ parse.getColumnNumber() + " (" + message + "); open it in Excel or LibreOffice, save it "
							+ "again and send it again");
		}
		if (t instanceof ZipException || t instanceof EOFException || message.startsWith("Truncated")
				|| message.contains("past the end of the file")) {
			return new Reason("ファイルが途中で切れているか壊れています (" + format + " の入れ物が読めません)。元のファイルを保存し直して送り直してください",
					"the file is truncated or damaged: its " + format + " container ends early or is broken; save "
							+ "the original again and send it again");
		}
		if (t instanceof SAXException && t.getCause() == null) {
			Reason damaged = damaged(place, format);
			return new Reason(damaged.japanese(), damaged.english() + " (" + message + ")");
		}
		return null;
	}

	private static Reason damaged(Place place, String format) {
		return new Reason(
				place.japanese() + "が壊れているため読めません (" + format + " の構造が読めません)。Excel か LibreOffice で開いて保存し直し、送り直してください",
				place.english() + " is damaged: its " + format + " structure cannot be read; open it in Excel or "
						+ "LibreOffice, save it again and send it again");
	}

	/**
	 * Whether the failure was thrown by roadmap-etl's code (directly, or by the JDK on
	 * its behalf) rather than by a library reading the file: the first frame outside the
	 * JDK decides.
	 */
	static boolean startedInOurCode(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		for (StackTraceElement frame : root.getStackTrace()) {
			String type = frame.getClassName();
			if (type.startsWith("java.") || type.startsWith("javax.") || type.startsWith("jdk.")
					|| type.startsWith("sun.") || type.startsWith("com.sun.")) {
				continue;
			}
			return type.startsWith(OUR_PACKAGE);
		}
		// No frames: the JVM omits them for an exception thrown often from compiled code,
		// which is a library
		// meeting one kind of damage in many files far more often than a bug of ours.
		return false;
	}

	/** Where in the workbook a failure happened, in both languages. */
	private record Place(String sheet, String part) {

		String japanese() {
			if (this.sheet != null) {
				return "シート「" + this.sheet + "」";
			}
			return (this.part != null) ? "ファイル内の「" + this.part + "」" : "ファイル";
		}

		String english() {
			if (this.sheet != null) {
				return "sheet '" + this.sheet + "'";
			}
			return (this.part != null) ? "the file's part " + this.part : "the file";
		}

	}

}
