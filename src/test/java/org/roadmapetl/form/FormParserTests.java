package org.roadmapetl.form;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.roadmapetl.submission.Cell;
import org.roadmapetl.submission.CellRef;
import org.roadmapetl.submission.SheetRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding project blocks by their labels in rows of located cells, whatever format the
 * rows came from.
 */
class FormParserTests {

	private final List<SubmittedProject> blocks = new ArrayList<>();

	private final FormParser parser = new FormParser(this.blocks::add);

	@Test
	void readsTheHeaderTheYearColumnsAndEachInitiativesPlanAndActual() {
		sheet("事業", row(1, "事業名", "見守り事業", "R6事業費(千円)", "4,202"), row(2, "担当部局", "健康福祉部"),
				row(3, "取組", "", "R6", "R7", "R8"), row(4, "体制の検討", "計画", "①検討", "①継続", ""),
				row(5, "", "実績", "検討した", "", ""));

		assertThat(this.blocks).singleElement().satisfies((block) -> {
			assertThat(block.value(HeaderLabel.PROJECT_NAME).text()).isEqualTo("見守り事業");
			assertThat(block.value(HeaderLabel.PROJECT_NAME).ref().location()).isEqualTo("'事業'!B1");
			assertThat(block.value(HeaderLabel.BUDGET).text()).isEqualTo("4,202");
			assertThat(block.value(HeaderLabel.DEPARTMENT).text()).isEqualTo("健康福祉部");
			assertThat(block.years()).extracting(YearColumn::fiscalYear).containsExactly(2024, 2025, 2026);
			assertThat(block.initiatives()).singleElement().satisfies((initiative) -> {
				assertThat(initiative.name().text()).isEqualTo("体制の検討");
				assertThat(initiative.plans()).extracting(RawValue::text).containsExactly("①検討", "①継続", "");
				assertThat(initiative.actuals()).extracting(RawValue::text).containsExactly("検討した", "", "");
				assertThat(initiative.actuals().get(0).ref().location()).isEqualTo("'事業'!C5");
			});
			assertThat(block.problems()).isEmpty();
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			R6事業費(千円)         | 2024
			R6事業費 (千円)        | 2024
			R7事業費(千円)         | 2025
			Ｒ１１事業費（千円）   | 2029
			令和7年度事業費(千円)  | 2025
			R8事業費               | 2026
			事業費(千円)           |
			""")
	void theBudgetLabelNamesTheBudgetsYear(String label, Integer year) {
		sheet("事業", row(1, "事業名", "見守り事業", label, "100"), row(2, "取組", "R7", "R8"));

		assertThat(this.blocks).singleElement().satisfies((block) -> {
			assertThat(block.value(HeaderLabel.BUDGET).text()).isEqualTo("100");
			assertThat(block.budgetYear()).isEqualTo(year);
		});
	}

	@Test
	void blocksStackedDownOneSheetAreEachTheirOwnProject() {
		sheet("全体", row(1, "事業名", "一つ目"), row(2, "取組", "R6", "R7"), row(3, "A", "計画", "x", ""), row(5, "事業名", "二つ目"),
				row(6, "取組", "R6", "R7"), row(7, "B", "計画", "", "y"));

		assertThat(this.blocks).extracting((block) -> block.value(HeaderLabel.PROJECT_NAME).text())
			.containsExactly("一つ目", "二つ目");
		assertThat(this.blocks.get(1).value(HeaderLabel.PROJECT_NAME).ref().location()).isEqualTo("'全体'!B5");
	}

	@Nested
	class WhatIsNotASubmission {

		@Test
		void aSheetOfWorkedExamplesIsSkipped() {
			sheet("記入例", row(1, "事業名", "例の事業"), row(2, "取組", "R6", "R7"));

			assertThat(FormParserTests.this.blocks).isEmpty();
		}

		@Test
		void aPlanRowBeforeAnyYearHeaderIsAProblemNamingItsCell() {
			sheet("事業", row(1, "事業名", "見守り事業"), row(2, "体制の検討", "計画", "①検討"));

			assertThat(FormParserTests.this.blocks).singleElement()
				.satisfies((block) -> assertThat(block.problems()).singleElement().satisfies((problem) -> {
					assertThat(problem.where().location()).isEqualTo("'事業'!B2");
					assertThat(problem.message()).startsWith("計画/実績の行の前に取組の見出し行");
				}));
		}

		@Test
		void aYearHeaderCellNoRuleReadsIsAProblem() {
			sheet("事業", row(1, "事業名", "見守り事業"), row(2, "取組", "R6", "R6年度末"));

			assertThat(FormParserTests.this.blocks.get(0).problems()).extracting(FormProblem::message)
				.containsExactly("取組の見出しの年度が読めません: 「R6年度末」");
		}

	}

	private record Row(int number, String... texts) {
	}

	/**
	 * Rows of a workbook sheet: each row's texts stand in columns A, B, …; empty texts
	 * are blank cells.
	 */
	private void sheet(String name, Row... rows) {
		this.parser.startSheet(name, false);
		for (Row row : rows) {
			List<Cell> cells = new ArrayList<>();
			for (int i = 0; i < row.texts().length; i++) {
				if (!row.texts()[i].isEmpty()) {
					cells.add(new Cell(row.texts()[i], CellRef.inSheet("form.xlsx", name, row.number(), i + 1)));
				}
			}
			this.parser.row(new SheetRow(row.number(), cells));
		}
		this.parser.endSheet();
	}

	private static Row row(int number, String... texts) {
		return new Row(number, texts);
	}

}
