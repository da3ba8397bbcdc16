package org.roadmapetl.submission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * The format of a submission file as its bytes tell it, never as its name alone does: an
 * .xlsx saved with an .xls name still reads as a workbook, a .docx renamed .xlsx is no
 * submission.
 */
public enum SubmissionFormat {

	/**
	 * An Office Open XML workbook (or a zip too damaged to tell, which the workbook
	 * reader will refuse).
	 */
	XLSX,

	/**
	 * An OLE2 compound file or a raw BIFF2-4 stream: a legacy workbook. Excel 5 (BIFF5)
	 * files and password-protected .xlsx files are OLE2 too; the workbook reader refuses
	 * them with a clear reason.
	 */
	XLS,

	/** An OpenDocument spreadsheet (.ods), known by its {@code mimetype} entry. */
	ODS,

	/** Text without a binary signature whose records are tab-separated: a text export. */
	TEXT,

	/** Text whose records are comma-separated. */
	CSV,

	/**
	 * An empty file, or a recognised format that is no submission at all (PDF, image,
	 * Word, .xlsb, Numbers).
	 */
	UNKNOWN;

	/**
	 * @param file the file on disk
	 * @return the format its bytes show
	 * @throws IOException when the file cannot be read
	 */
	public static SubmissionFormat detect(Path file) throws IOException {
		return switch (FileMagic.valueOf(file.toFile())) {
			case OOXML -> ZipContent.formatOf(file);
			case OLE2, BIFF2, BIFF3, BIFF4 -> XLS;
			case PDF, JPEG, GIF, PNG, TIFF, BMP, WMF, EMF, WORD2, MSWRITE, RTF -> UNKNOWN;
			default -> isEmpty(file) ? UNKNOWN : textFormat(file);
		};
	}

	/**
	 * The reader for a workbook format, or empty for text (read by
	 * {@link TextExportReader}) and {@link #UNKNOWN}.
	 */
	public Optional<SubmissionReader> workbookReader() {
		return switch (this) {
			case XLSX -> Optional.of(new XlsxSubmissionReader());
			case XLS -> Optional.of(new XlsSubmissionReader());
			case ODS -> Optional.of(new OdsSubmissionReader());
			default -> Optional.empty();
		};
	}

	/**
	 * Tab or comma by which one the file's first 4 KiB hold more of: separators outnumber
	 * the commas of amounts ({@code 4,202}) in a text export and the rare tab in a CSV
	 * cell. Counting bytes is safe in the 8-bit encodings: neither byte occurs inside a
	 * Windows-31J or UTF-8 multi-byte character; UTF-16 is counted in characters. Only a
	 * tie (a file of one-field lines) is settled by the name.
	 */
	private static SubmissionFormat textFormat(Path file) throws IOException {
		byte[] head = TextEncoding.head(file);
		CharSequence units = TextEncoding.hasUtf16ByteOrderMark(head)
				? new String(head, 0, head.length & ~1, StandardCharsets.UTF_16)
				: new String(head, StandardCharsets.ISO_8859_1);
		int tabs = 0;
		int commas = 0;
		for (int i = 0; i < units.length(); i++) {
			char c = units.charAt(i);
			if (c == '\t') {
				tabs++;
			}
			else if (c == ',') {
				commas++;
			}
		}
		if (tabs != commas) {
			return (tabs > commas) ? TEXT : CSV;
		}
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : TEXT;
	}

	private static boolean isEmpty(Path file) throws IOException {
		return Files.size(file) == 0;
	}

}
