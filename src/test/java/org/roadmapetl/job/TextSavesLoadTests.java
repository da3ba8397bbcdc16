package org.roadmapetl.job;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.ExcelTextSaves;
import org.roadmapetl.FreshDatabase;
import org.roadmapetl.cli.ExitCodes;
import org.roadmapetl.cli.WarmLauncher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample projects saved as Excel's CSV and Unicode text saves write them load to
 * exactly the expected content, with lines and columns in the lineage.
 */
class TextSavesLoadTests {

	private static final byte[] NONE = {};

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@TempDir
	Path inbox;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@Test
	void excelCsvInWindows31jLoadsTheExpectedContent() throws Exception {
		int line = ExcelTextSaves.write(this.inbox.resolve("roadmap.csv"), ',', Charset.forName("windows-31j"), NONE);

		assertThat(run()).isEqualTo(ExitCodes.SUCCESS);

		this.warehouse.views().assertSampleContent();
		assertThat(this.warehouse.views().rows("report.projects", "source_file, source_location"))
			.contains(List.of("roadmap.csv", "line " + line + ", column 2"))
			.allSatisfy((row) -> assertThat(row.get(1)).matches("line [0-9]+, column [0-9]+"));
	}

	@Test
	void csvUtf8WithByteOrderMarkLoadsTheExpectedContent() throws Exception {
		ExcelTextSaves.write(this.inbox.resolve("roadmap-utf8.csv"), ',', StandardCharsets.UTF_8, UTF8_BOM);

		assertThat(run()).isEqualTo(ExitCodes.SUCCESS);

		this.warehouse.views().assertSampleContent();
	}

	@Test
	void excelUnicodeTextUtf16LittleEndianWithByteOrderMarkLoadsTheExpectedContent() throws Exception {
		int line = ExcelTextSaves.write(this.inbox.resolve("roadmap-unicode.txt"), '\t', StandardCharsets.UTF_16LE,
				new byte[] { (byte) 0xFF, (byte) 0xFE });

		assertThat(run()).isEqualTo(ExitCodes.SUCCESS);

		this.warehouse.views().assertSampleContent();
		assertThat(this.warehouse.views().rows("report.projects", "source_location"))
			.contains(List.of("line " + line + ", column 2"));
	}

	@Test
	void aBigEndianUtf16CsvWithByteOrderMarkLoadsTheExpectedContent() throws Exception {
		ExcelTextSaves.write(this.inbox.resolve("roadmap-be.csv"), ',', StandardCharsets.UTF_16BE,
				new byte[] { (byte) 0xFE, (byte) 0xFF });

		assertThat(run()).isEqualTo(ExitCodes.SUCCESS);

		this.warehouse.views().assertSampleContent();
	}

	private int run() {
		return WarmLauncher.launch(new String[] { "run", "--inbox", this.inbox.toString() },
				this.warehouse.database().properties());
	}

}
