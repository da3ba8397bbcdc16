package org.roadmapetl.project;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.roadmapetl.form.RawValue;
import org.roadmapetl.form.SubmittedInitiative;
import org.roadmapetl.form.SubmittedProject;
import org.roadmapetl.form.YearColumn;
import org.roadmapetl.normalise.CanonicalText;
import org.roadmapetl.normalise.FiscalYear;
import org.roadmapetl.normalise.ItemMarkers;
import org.roadmapetl.normalise.ResolvedCell;
import org.roadmapetl.normalise.RoadmapPeriod;
import org.roadmapetl.normalise.SectionTags;
import org.roadmapetl.normalise.TaggedName;
import org.roadmapetl.project.InitiativeYear.YearCell;

/**
 * Builds a block's initiatives: responsible-section tags taken off the names, and each
 * plan and actual row resolved through its item markers. Every initiative gets a year for
 * each year of the roadmap period (and any other year its header names), empty where
 * nothing was submitted. A filled cell of a year outside the period is kept, and recorded
 * as an {@link ProblemType#OUT_OF_PERIOD} problem: the checks never look at it.
 */
final class InitiativeAssembler {

	private InitiativeAssembler() {
	}

	static List<Initiative> initiatives(SubmittedProject block, RoadmapPeriod period, List<Problem> problems) {
		List<YearColumn> columns = block.years();
		TreeMap<Integer, Integer> columnOfYear = new TreeMap<>();
		for (int i = 0; i < columns.size(); i++) {
			columnOfYear.putIfAbsent(columns.get(i).fiscalYear(), i);
		}
		for (int year : period.years()) {
			columnOfYear.putIfAbsent(year, -1);
		}
		List<Initiative> initiatives = new ArrayList<>(block.initiatives().size());
		for (SubmittedInitiative submitted : block.initiatives()) {
			TaggedName name = SectionTags.split(submitted.name().text());
			List<YearCell> plans = resolve(submitted.plans(), columnOfYear, name.name(), problems);
			List<YearCell> actuals = resolve(submitted.actuals(), columnOfYear, name.name(), problems);
			List<InitiativeYear> years = new ArrayList<>(columnOfYear.size());
			int i = 0;
			for (Integer year : columnOfYear.keySet()) {
				InitiativeYear initiativeYear = new InitiativeYear(year, plans.get(i), actuals.get(i));
				if (!period.contains(year)) {
					outOfPeriod(initiativeYear.plan(), "計画", name.name(), year, period, problems);
					outOfPeriod(initiativeYear.actual(), "実績", name.name(), year, period, problems);
				}
				years.add(initiativeYear);
				i++;
			}
			initiatives.add(new Initiative(initiatives.size() + 1, name.name(), CanonicalText.matchKey(name.name()),
					name.section(), submitted.name().ref(), years));
		}
		return initiatives;
	}

	private static void outOfPeriod(YearCell cell, String kind, String initiativeName, int year, RoadmapPeriod period,
			List<Problem> problems) {
		if (cell.text().isEmpty()) {
			return;
		}
		String label = new FiscalYear(year).label();
		problems.add(
				Problem
					.of(ProblemType.OUT_OF_PERIOD, cell.ref(), cell.submitted(),
							"取組「" + initiativeName + "」の" + label + "年度の" + kind + "は、ロードマップの期間 (" + period.label()
									+ ") の外の年度のため確認の対象になりません。年度の見出しを確認してください")
					.forInitiative(initiativeName, year));
	}

	/**
	 * One row's cells in fiscal-year order, each resolved through the item markers of the
	 * earlier years.
	 */
	private static List<YearCell> resolve(List<RawValue> row, TreeMap<Integer, Integer> columnOfYear,
			String initiativeName, List<Problem> problems) {
		List<RawValue> inYearOrder = new ArrayList<>(columnOfYear.size());
		List<String> texts = new ArrayList<>(columnOfYear.size());
		for (Integer column : columnOfYear.values()) {
			RawValue value = (column >= 0 && column < row.size()) ? row.get(column) : RawValue.MISSING;
			inYearOrder.add(value);
			texts.add(value.text());
		}
		List<ResolvedCell> resolved = ItemMarkers.resolveRow(texts);
		List<YearCell> cells = new ArrayList<>(texts.size());
		int i = 0;
		for (Integer year : columnOfYear.keySet()) {
			RawValue value = inYearOrder.get(i);
			ResolvedCell cell = resolved.get(i);
			if (!cell.undefinedMarkers().isEmpty()) {
				String message = ItemMarkers.isContinuationMark(cell.submitted())
						? "「" + cell.submitted().strip() + "」(前年度と同じ) の前の年度に内容がありません。" + "最初に記入する年度には内容を書いてください"
						: "「" + String.join(" ", cell.undefinedMarkers()) + "」は前の年度に定義がありません。"
								+ "最初に記入する年度では番号の後に内容を書いてください (例: ①補助金交付)";
				problems.add(Problem.of(ProblemType.UNDEFINED_CONTINUATION, value.ref(), value.submitted(), message)
					.forInitiative(initiativeName, year));
			}
			cells.add(value.isEmpty() && value.ref() == null ? YearCell.EMPTY
					: new YearCell(value.submitted(), value.text(), cell.resolved(), value.ref()));
			i++;
		}
		return cells;
	}

}
