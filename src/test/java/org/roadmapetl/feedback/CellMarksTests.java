package org.roadmapetl.feedback;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a stored location puts its mark: a workbook's sheet and cell (a range at its
 * first cell), a text file's line and field; nothing for a location that names no cell.
 */
class CellMarksTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			'04_事業'!C7              | 04_事業    | 6       | 2
			'It''s a sheet'!AA10      | It's a sheet | 9     | 26
			'S'!C7:D9                 | S          | 6       | 2
			'S'!XFD1048576            | S          | 1048575 | 16383
			"line 48, column 3"       | ""         | 47      | 2
			""")
	void aLocationMarksTheCellItNames(String location, String sheet, int row, int column) {
		CellMarks marks = new CellMarks();
		marks.add(finding(location, "error"));

		assertThat(marks.of(sheet)).singleElement().satisfies((mark) -> {
			assertThat(mark.row()).isEqualTo(row);
			assertThat(mark.column()).isEqualTo(column);
			assertThat(mark.error()).isTrue();
		});
		assertThat(marks.unlocated()).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			'S'!XFE1
			'S'!A0
			'S'!A1048577
			"line 0, column 3"
			sheet S cell C7
			"line 99999999999, column 1"
			""")
	void aLocationNamingNoCellIsLeftUnmarked(String location) {
		CellMarks marks = new CellMarks();
		marks.add(finding(location, "warning"));

		assertThat(marks.count()).isZero();
		assertThat(marks.unlocated()).isOne();
	}

	@Test
	void findingsAtOneCellShareOneMarkOfTheWorstSeverityAndBothMessages() {
		CellMarks marks = new CellMarks();
		marks.add(finding("'S'!C7", "warning"));
		marks.add(new FindingRow("error", "MISSING_ACTUAL", "new", "事業", "取組", 2025, "実績が未記入です", "f.xlsx", "'S'!C7",
				null));

		List<CellMarks.Mark> marked = marks.of("S");
		assertThat(marked).singleElement().satisfies((mark) -> {
			assertThat(mark.error()).isTrue();
			assertThat(mark.comment()).contains("【警告】計画のない実績", "【エラー】実績未記入", "実績が未記入です");
		});
	}

	private static FindingRow finding(String location, String severity) {
		return new FindingRow(severity, "UNPLANNED_ACTUAL", "new", "事業", "取組", 2025, "計画のない実績があります", "f.xlsx", location,
				null);
	}

}
