package org.roadmapetl.submission;

import org.roadmapetl.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared sample submissions, read through the format their bytes show. */
class SampleWorkbooksTests {

	@ParameterizedTest
	@ValueSource(strings = { "xlsx/stacked-all.xlsx", "xlsx/健康福祉部.xlsx", "xlsx/教育庁.xlsx", "xlsx/病院局.xlsx",
			"xlsx/variant-健康福祉部.xlsx", "xlsx/variant-教育庁.xlsx", "xlsx/variant-病院局.xlsx", "xls/stacked-all.xls",
			"xls/健康福祉部.xls", "xls/教育庁.xls", "xls/病院局.xls" })
	void everySampleReads(String name) throws IOException {
		RecordingSink sink = read(name);

		assertThat(sink.sheets).isNotEmpty();
		assertThat(sink.rows).isNotEmpty().allSatisfy((row) -> assertThat(row.cells()).isNotEmpty());
		assertThat(sink.cells()).anyMatch((cell) -> cell.endsWith("=事業名"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "stacked-all", "健康福祉部", "教育庁", "病院局" })
	void xlsAndXlsxOfOneFormGiveTheSameCells(String form) throws IOException {
		List<String> fromXlsx = read("xlsx/" + form + ".xlsx").cells();
		List<String> fromXls = read("xls/" + form + ".xls").cells();

		assertThat(fromXls).containsExactlyElementsOf(fromXlsx);
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx/stacked-all.xlsx", "xls/stacked-all.xls" })
	void readsNumberCellsAndLabelsWithLineBreaks(String name) throws IOException {
		List<String> cells = read(name).cells();

		assertThat(cells).contains("'ロードマップ'!H4=4202", "'ロードマップ'!H56=246000");
		assertThat(cells).anyMatch((cell) -> cell.endsWith("=事業\n始期"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx/stacked-all.xlsx", "xls/stacked-all.xls" })
	void sendsAMergedInitiativeOnceAtItsTopLeft(String name) throws IOException {
		List<String> cells = read(name).cells();

		assertThat(cells).filteredOn((cell) -> cell.startsWith("'ロードマップ'!B9=")).hasSize(1);
		assertThat(cells).noneMatch((cell) -> cell.startsWith("'ロードマップ'!B10="));
	}

	private static RecordingSink read(String name) throws IOException {
		Path file = SampleFiles.path(name);
		SubmissionReader reader = SubmissionFormat.detect(file).workbookReader().orElseThrow();
		RecordingSink sink = new RecordingSink();
		reader.read(file, file.getFileName().toString(), sink);
		return sink;
	}

}
