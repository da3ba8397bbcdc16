package org.roadmapetl.feedback;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.roadmapetl.normalise.FiscalYear;

/**
 * One department's workbook: 概要 (summary), 指摘事項 (its open findings, streamed) and 解消済み
 * (what it fixed since the previous feedback). The summary is the first sheet but is
 * filled last, from the counts of the other two.
 */
final class DepartmentWorkbook {

	private final FeedbackSource source;

	DepartmentWorkbook(FeedbackSource source) {
		this.source = source;
	}

	/**
	 * @return the number of open findings written
	 */
	int write(Path target, int year, String department, String title, OffsetDateTime since) throws IOException {
		try (SafeWorkbook workbook = new SafeWorkbook()) {
			String heading = title + "　" + FiscalYear.labelOf(year) + " (" + year + "年度)　作成日 " + LocalDate.now();
			SafeSheet summary = workbook.sheet("概要").widths(24, 40, 20, 12, 12).printed("概要　" + heading, true);
			SafeSheet open = findingSheet(workbook.sheet("指摘事項"), "指摘事項　" + heading);
			SafeSheet resolved = findingSheet(workbook.sheet("解消済み"), "解消済み　" + heading);
			Map<String, Integer> bySeverityAndType = new TreeMap<>();
			Map<String, Integer> byState = new java.util.LinkedHashMap<>();
			for (String state : new String[] { "new", "reopened", "open" }) {
				byState.put(state, 0);
			}
			this.source.findings(year, department, (finding) -> {
				open.row(finding.cells());
				bySeverityAndType.merge(
						(finding.isError() ? "エラー" : "警告") + "\t" + FindingNames.japanese(finding.type()), 1,
						Integer::sum);
				if (finding.state() != null) {
					byState.merge(finding.state(), 1, Integer::sum);
				}
			});
			this.source.resolved(year, department, since, (finding) -> resolved.row(finding.cells()));
			open.filterDown(FindingNames.HEADER.length);
			resolved.filterDown(FindingNames.HEADER.length);
			writeSummary(summary, year, department, title, since, bySeverityAndType, byState, resolved.rowCount() - 1);
			workbook.writeTo(target);
			return open.rowCount() - 1;
		}
	}

	private static SafeSheet findingSheet(SafeSheet sheet, String title) {
		return sheet.widths(8, 16, 6, 28, 24, 6, 50, 22, 18, 11, 22)
			.printed(title, false)
			.severityIn(0)
			.header(FindingNames.HEADER)
			.wrapped();
	}

	private void writeSummary(SafeSheet sheet, int year, String department, String title, OffsetDateTime since,
			Map<String, Integer> counts, Map<String, Integer> byState, int resolvedSince) {
		sheet.row("部局", title);
		sheet.row("報告年度", FiscalYear.labelOf(year) + " (" + year + "年度)");
		sheet.row("作成日", LocalDate.now().toString());
		sheet.row("前回のフィードバック", (since != null) ? since.toLocalDate().toString() : "なし");
		String state = this.source.submissionState(year, department);
		sheet.row("提出状況", (state != null) ? SubmissionStates.japanese(state) : null);
		sheet.emptyRow();
		sheet.headingRow("受け付けた提出", "ファイル", "取込日時", "事業数");
		for (Object[] submission : this.source.submissions(department)) {
			sheet.row(null, submission[0], submission[1], submission[2]);
		}
		sheet.emptyRow();
		int countsTitle = sheet.headingRow("指摘事項", "重要度・種類", "件数");
		List<String> kinds = new ArrayList<>();
		List<Number> numbers = new ArrayList<>();
		counts.forEach((key, count) -> {
			sheet.row(null, key.replace('\t', ' '), count);
			kinds.add(key.replace('\t', ' '));
			numbers.add(count);
		});
		// the same lifecycle as each row's 状態: 新規 is what the latest check found first
		byState.forEach((lifecycle, count) -> sheet.row(null, "状態: " + FindingNames.state(lifecycle), count));
		sheet.row(null, "前回以降の解消", resolvedSince);
		int chartRow = 0;
		if (!kinds.isEmpty()) {
			SummaryCharts.draw(sheet,
					new SummaryCharts.Table(sheet.name(), countsTitle + 1, countsTitle + kinds.size(), 1, kinds,
							List.of(new SummaryCharts.Table.Series("件数", countsTitle, 2, numbers, SummaryCharts.RED))),
					"種類別の指摘事項", new int[] { 6, chartRow, 13, chartRow + 15 });
			chartRow += 16;
		}
		List<Object[]> progress = this.source.progress(department);
		if (!progress.isEmpty()) {
			sheet.emptyRow();
			int progressTitle = sheet.headingRow("年度別の記入状況", "年度", "計画", "実績記入済み", "実績未記入");
			List<String> years = new ArrayList<>();
			List<List<Number>> columns = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
			for (Object[] row : progress) {
				sheet.row(null, row[0], row[1], row[2], row[3]);
				years.add(String.valueOf(row[0]));
				for (int i = 0; i < 3; i++) {
					columns.get(i).add((Number) row[i + 1]);
				}
			}
			List<SummaryCharts.Table.Series> series = new ArrayList<>();
			String[] titles = { "計画", "実績記入済み", "実績未記入" };
			byte[][] colours = { SummaryCharts.BLUE, SummaryCharts.GREEN, SummaryCharts.RED };
			for (int i = 0; i < 3; i++) {
				series.add(new SummaryCharts.Table.Series(titles[i], progressTitle, i + 2, columns.get(i), colours[i]));
			}
			SummaryCharts.draw(sheet, new SummaryCharts.Table(sheet.name(), progressTitle + 1,
					progressTitle + years.size(), 1, years, series), "年度別の計画と実績（セル数）",
					new int[] { 6, chartRow, 13, chartRow + 15 });
		}
	}

}
