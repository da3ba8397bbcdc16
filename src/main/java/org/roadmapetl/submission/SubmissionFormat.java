package org.roadmapetl.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * The format of a submission file as its first bytes tell it, never as its name does: an .xlsx saved
 * with an .xls name still reads as a workbook.
 */
public enum SubmissionFormat {

	/** A zip container: an Office Open XML workbook (or a zip that the workbook reader will refuse). */
	XLSX,

	/**
	 * An OLE2 compound file or a raw BIFF2-4 stream: a legacy workbook. Excel 5 (BIFF5) files and
	 * password-protected .xlsx files are OLE2 too; the workbook reader refuses them with a clear reason.
	 */
	XLS,

	/** Anything without a known binary signature: a candidate for the text export reader. */
	TEXT,

	/** An empty file, or a recognised format that is no submission at all (PDF, image, Word). */
	UNKNOWN;

	/**
	 * @param file the file on disk
	 * @return the format its leading bytes show
	 * @throws IOException when the file cannot be read
	 */
	public static SubmissionFormat detect(Path file) throws IOException {
		return switch (FileMagic.valueOf(file.toFile())) {
			case OOXML -> XLSX;
			case OLE2, BIFF2, BIFF3, BIFF4 -> XLS;
			case PDF, JPEG, GIF, PNG, TIFF, BMP, WMF, EMF, WORD2, MSWRITE, RTF -> UNKNOWN;
			case UNKNOWN -> isEmpty(file) ? UNKNOWN : TEXT;
			default -> TEXT;
		};
	}

	/** The reader for this format, or empty for {@link #TEXT} (read elsewhere) and {@link #UNKNOWN}. */
	public Optional<SubmissionReader> workbookReader() {
		return switch (this) {
			case XLSX -> Optional.of(new XlsxSubmissionReader());
			case XLS -> Optional.of(new XlsSubmissionReader());
			default -> Optional.empty();
		};
	}

	private static boolean isEmpty(Path file) throws IOException {
		return Files.size(file) == 0;
	}

}
