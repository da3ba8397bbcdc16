package org.roadmapetl.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 100,000-row sheet read in a JVM whose heap could not hold it as a DOM. */
class XlsxLargeSheetTests {

	private static final int ROWS = 100_000;

	@TempDir
	Path dir;

	@Test
	void readsAHundredThousandRowsInA256MegabyteHeap() throws Exception {
		Path file = writeLargeWorkbook(this.dir.resolve("large.xlsx"));

		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-cp", System.getProperty("java.class.path"), ReadLargeWorkbook.class.getName(),
				file.toString())
			.redirectErrorStream(true)
			.start();
		String output;
		try (InputStream out = child.getInputStream()) {
			output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
		System.out.println("xlsx " + (Files.size(file) >> 10) + " KiB, child JVM -Xmx256m: " + output.strip());

		assertThat(child.exitValue()).as(output).isZero();
		assertThat(output).contains("rows=" + ROWS + " cells=" + (ROWS * 8L - ROWS / 1000));
	}

	private static Path writeLargeWorkbook(Path file) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		workbook.setCompressTempFiles(true);
		Sheet sheet = workbook.createSheet("ロードマップ");
		for (int r = 0; r < ROWS; r++) {
			Row row = sheet.createRow(r);
			row.createCell(1).setCellValue("取組" + r + "\n職員研修");
			row.createCell(2).setCellValue((r % 2 == 0) ? "計画" : "実績");
			row.createCell(3).setCellValue("①システム設計 ②運用" + r);
			row.createCell(4).setCellValue(4202 + r);
			row.createCell(5).setCellValue("R" + (6 + r % 5));
			row.createCell(6).setCellValue("健康福祉部・医療薬務課");
			row.createCell(7).setCellValue(r * 1.5);
			row.createCell(8).setCellValue("令和6年度");
			if (r % 1000 == 0) {
				// the hidden cell B(r+2) of each merge is dropped: ROWS / 1000 cells
				// fewer
				sheet.addMergedRegion(new CellRangeAddress(r, r + 1, 1, 1));
			}
		}
		try (workbook; var out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		return file;
	}

}
