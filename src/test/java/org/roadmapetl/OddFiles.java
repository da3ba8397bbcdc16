package org.roadmapetl;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.roadmapetl.submission.HandWrittenXlsx;

/**
 * The 12 sample submissions, and files an attacker or a broken export would send, written
 * into an inbox.
 */
public final class OddFiles {

	private OddFiles() {
	}

	/**
	 * Copies every sample submission (text export, .xls, .xlsx) into the inbox, an hour
	 * old; returns them.
	 */
	public static List<Path> copySamples(Path inbox) throws IOException {
		try (Stream<Path> files = Files.walk(samples())) {
			List<Path> samples = files.filter(Files::isRegularFile)
				.filter((file) -> !file.getParent().getFileName().toString().equals("expected"))
				.toList();
			for (Path sample : samples) {
				Path copy = inbox.resolve(sample.getFileName().toString());
				Files.copy(sample, copy);
				age(copy, Duration.ofHours(2));
			}
			return samples;
		}
	}

	/** Copies every sample submission into the folder as it is; returns the copies. */
	public static List<Path> copySamplesInto(Path folder) throws IOException {
		List<Path> copies = new java.util.ArrayList<>();
		try (Stream<Path> files = Files.walk(samples())) {
			for (Path sample : files.filter(Files::isRegularFile)
				.filter((file) -> !file.getParent().getFileName().toString().equals("expected"))
				.toList()) {
				Path copy = folder.resolve(sample.getFileName().toString());
				Files.copy(sample, copy);
				copies.add(copy);
			}
		}
		return copies;
	}

	public static Path samples() {
		try {
			return Path.of(OddFiles.class.getResource("/samples").toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The sample text export with every project renamed ({@code name + suffix}) so that
	 * it adds projects.
	 */
	public static String renamedSampleText(String suffix) throws IOException {
		return SampleFiles.exportText().replaceAll("(?m)^事業名\\t([^\\t]+)", "事業名\t$1" + suffix);
	}

	/**
	 * A text export whose first 概要 holds {@code inserted} right after its label's tab.
	 */
	public static void textWith(Path file, String suffix, String inserted, int notBeforeChar) throws IOException {
		String text = renamedSampleText(suffix);
		int at = text.indexOf("概要\t", notBeforeChar) + 3;
		Files.writeString(file, text.substring(0, at) + inserted + text.substring(at), StandardCharsets.UTF_8);
	}

	/**
	 * The sample workbook of 教育庁, each project renamed, its 概要 values holding
	 * {@code inserted}.
	 */
	public static void workbookWith(Path file, String suffix, String inserted) throws IOException {
		try (InputStream in = Files.newInputStream(samples().resolve("xlsx/教育庁.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() != CellType.STRING) {
							continue;
						}
						String label = cell.getStringCellValue().replaceAll("\\s", "");
						Cell value = row.getCell(cell.getColumnIndex() + 1);
						if (value != null && value.getCellType() == CellType.STRING && label.equals("事業名")) {
							value.setCellValue(value.getStringCellValue() + suffix);
						}
						if (value != null && value.getCellType() == CellType.STRING && label.equals("概要")) {
							value.setCellValue(inserted + value.getStringCellValue());
						}
					}
				}
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}

	/**
	 * {@code 事業名<TAB>} and then {@code bytes} more bytes with no line break, written as
	 * it goes.
	 */
	public static void oneLine(Path file, long bytes) throws IOException {
		byte[] chunk = "x".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
		try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
			out.write("事業名\t".getBytes(StandardCharsets.UTF_8));
			for (long written = 0; written < bytes; written += chunk.length) {
				out.write(chunk);
			}
		}
	}

	/** {@code lines} lines of {@code 事業名<TAB>x}, written as they go. */
	public static void labelLines(Path file, int lines) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int i = 0; i < lines; i++) {
				out.write("事業名\tx\n");
			}
		}
	}

	/**
	 * A workbook whose one sheet, after a row of 事業名, holds nothing but {@code merges}
	 * merged ranges.
	 */
	public static void mergesOnly(Path file, int merges) throws IOException {
		HandWrittenXlsx.write(file, "結合", (out) -> {
			out.write("<worksheet xmlns=\"" + HandWrittenXlsx.MAIN_NS + "\"><sheetData>"
					+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>事業名</t></is></c></row></sheetData><mergeCells>");
			for (int row = 2; row < merges + 2; row++) {
				out.write("<mergeCell ref=\"A" + row + ":B" + row + "\"/>");
			}
			out.write("</mergeCells></worksheet>");
		}, null);
	}

	public static void age(Path file, Duration age) throws IOException {
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
	}

}
