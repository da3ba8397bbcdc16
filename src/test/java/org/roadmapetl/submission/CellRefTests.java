package org.roadmapetl.submission;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A location reads as a person looks it up in a spreadsheet or a text file. */
class CellRefTests {

	@Test
	void aSheetCellIsTheQuotedSheetNameAndTheA1Address() {
		assertThat(CellRef.inSheet("f.xlsx", "R6ロードマップ", 12, 4).location()).isEqualTo("'R6ロードマップ'!D12");
		assertThat(CellRef.inSheet("f.xlsx", "部局's 表", 1, 26).location()).isEqualTo("'部局''s 表'!Z1");
		assertThat(CellRef.inSheet("f.xlsx", "''", 3, 27).location()).isEqualTo("''''''!AA3");
		assertThat(CellRef.inSheet("f.xlsx", "S", 1_048_576, 16_384).location()).isEqualTo("'S'!XFD1048576");
	}

	@Test
	void aTextCellIsItsLineAndField() {
		assertThat(CellRef.inText("f.csv", 7, 3).location()).isEqualTo("line 7, column 3");
		assertThat(CellRef.columnLetters(702)).isEqualTo("ZZ");
		assertThat(CellRef.columnLetters(703)).isEqualTo("AAA");
	}

}
