package org.roadmapetl.form;

import java.util.ArrayList;
import java.util.List;

import org.roadmapetl.normalise.CanonicalText;
import org.roadmapetl.normalise.FiscalYears;
import org.roadmapetl.normalise.YearReading;
import org.roadmapetl.submission.Cell;
import org.roadmapetl.submission.CellRef;

/** Collects one project block: its header values, the 取組 header, and the 計画/実績 rows. */
final class BlockBuilder {

	private static final String PLAN = "計画";

	private static final String ACTUAL = "実績";

	private final CellRef start;

	private final HeaderValues header = new HeaderValues();

	private final List<FormProblem> problems = new ArrayList<>();

	private List<YearColumn> years;

	private final List<InitiativeBuilder> initiatives = new ArrayList<>();

	BlockBuilder(CellRef start) {
		this.start = start;
	}

	/** {@code 計画} or {@code 実績} when the cell is that row label, else null. */
	static String rowKind(Cell cell) {
		String text = cell.text().strip();
		if (text.length() > 8) {
			return null;
		}
		String key = CanonicalText.matchKey(CanonicalText.of(text));
		return (PLAN.equals(key) || ACTUAL.equals(key)) ? key : null;
	}

	/**
	 * The rightmost column the block has used so far: its header's labels and values, its
	 * table.
	 */
	private int rightmostColumn = Integer.MIN_VALUE;

	int rightmostColumn() {
		return this.rightmostColumn;
	}

	void extendTo(List<Cell> cells) {
		for (Cell cell : cells) {
			this.rightmostColumn = Math.max(this.rightmostColumn, cell.column() + cell.columnSpan() - 1);
		}
	}

	void addProblem(FormProblem problem) {
		this.problems.add(problem);
	}

	boolean hasTable() {
		return this.years != null;
	}

	HeaderValues header() {
		return this.header;
	}

	/**
	 * A header cell such as 備考 after the years is not a year at all; one with digits or 年
	 * was meant as one.
	 */
	private static boolean looksLikeAYear(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isDigit(c) || c == '年') {
				return true;
			}
		}
		return false;
	}

	static int yearCellCount(List<Cell> cells) {
		int count = 0;
		for (Cell cell : cells) {
			if (FiscalYears.read(CanonicalText.of(cell.text())).fiscalYear() != null) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Reads the year columns of the 取組 header from the cells after {@code tableIndex}
	 * (-1: all cells).
	 */
	void tableHeader(List<Cell> cells, int tableIndex) {
		List<YearColumn> columns = new ArrayList<>();
		for (int i = tableIndex + 1; i < cells.size(); i++) {
			Cell cell = cells.get(i);
			YearReading reading = FiscalYears.read(CanonicalText.of(cell.text()));
			if (reading.fiscalYear() != null) {
				columns.add(new YearColumn(reading.fiscalYear(), cell.ref()));
			}
			else if (!reading.isEmpty() && looksLikeAYear(cell.text())) {
				this.problems
					.add(new FormProblem(cell.ref(), cell.submitted(), "取組の見出しの年度が読めません: 「" + cell.text() + "」"));
			}
		}
		if (columns.isEmpty()) {
			Cell label = cells.get(Math.max(tableIndex, 0));
			this.problems.add(new FormProblem(label.ref(), label.text(), "取組の見出し行に年度 (例: R7 R8 …) がありません"));
		}
		this.years = columns;
	}

	void planOrActualRow(List<Cell> cells, int labelIndex, boolean positional) {
		Cell label = cells.get(labelIndex);
		if (!hasTable() || this.years.isEmpty()) {
			this.problems.add(new FormProblem(label.ref(), label.text(), "計画/実績の行の前に取組の見出し行 (取組 | R7 | R8 …) がありません"));
			return;
		}
		RawValue name = nameBefore(cells, labelIndex);
		List<RawValue> values = yearValues(cells, label, positional);
		boolean plan = PLAN.equals(rowKind(label));
		InitiativeBuilder target = targetFor(name, plan);
		if (plan) {
			target.plans = values;
		}
		else {
			target.actuals = values;
		}
	}

	private InitiativeBuilder targetFor(RawValue name, boolean plan) {
		InitiativeBuilder last = this.initiatives.isEmpty() ? null : this.initiatives.get(this.initiatives.size() - 1);
		boolean sameName = last != null && (name.isEmpty()
				|| CanonicalText.matchKey(name.text()).equals(CanonicalText.matchKey(last.name.text())));
		boolean free = last != null && (plan ? last.plans == null : last.actuals == null);
		if (sameName && free) {
			return last;
		}
		if (name.isEmpty()) {
			this.problems.add(new FormProblem(this.start, "", "取組名のない" + (plan ? PLAN : ACTUAL) + "の行があります"));
		}
		InitiativeBuilder created = new InitiativeBuilder(name);
		this.initiatives.add(created);
		return created;
	}

	private static RawValue nameBefore(List<Cell> cells, int labelIndex) {
		StringBuilder text = new StringBuilder();
		StringBuilder submitted = new StringBuilder();
		CellRef ref = null;
		for (int i = 0; i < labelIndex; i++) {
			String canonical = CanonicalText.of(cells.get(i).text());
			if (canonical.isEmpty()) {
				continue;
			}
			if (ref == null) {
				ref = cells.get(i).ref();
			}
			else {
				text.append(' ');
				submitted.append(' ');
			}
			text.append(canonical);
			submitted.append(cells.get(i).submitted());
		}
		return (ref == null) ? RawValue.MISSING : new RawValue(text.toString(), submitted.toString(), ref);
	}

	/**
	 * The row's value for each year column. In a text export the year cells follow the
	 * 計画/実績 cell in the header's order; in a workbook each sits under its header cell.
	 */
	private List<RawValue> yearValues(List<Cell> cells, Cell label, boolean positional) {
		List<RawValue> values = new ArrayList<>(this.years.size());
		for (int i = 0; i < this.years.size(); i++) {
			int column = positional ? label.column() + 1 + i : this.years.get(i).header().column();
			values.add(valueAt(cells, label.ref(), column));
		}
		return values;
	}

	/**
	 * The cell at the column, or else the merged cell over it: a plan drawn across years
	 * is the plan of each.
	 */
	private static RawValue valueAt(List<Cell> cells, CellRef rowRef, int column) {
		Cell over = null;
		for (Cell cell : cells) {
			if (cell.column() == column) {
				return new RawValue(CanonicalText.of(cell.text()), cell.submitted(), cell.ref());
			}
			if (cell.columnSpan() > 1 && cell.covers(column)) {
				over = cell;
			}
		}
		if (over != null) {
			return new RawValue(CanonicalText.of(over.text()), over.submitted(), over.ref());
		}
		return new RawValue("", "", new CellRef(rowRef.file(), rowRef.sheet(), rowRef.row(), column));
	}

	SubmittedProject build() {
		List<SubmittedInitiative> built = new ArrayList<>(this.initiatives.size());
		int yearCount = hasTable() ? this.years.size() : 0;
		for (InitiativeBuilder initiative : this.initiatives) {
			built.add(new SubmittedInitiative(initiative.name, orEmpty(initiative.plans, yearCount),
					orEmpty(initiative.actuals, yearCount)));
		}
		return new SubmittedProject(this.start, this.header.values(), this.header.budgetYear(),
				hasTable() ? this.years : List.of(), built, this.problems);
	}

	private static List<RawValue> orEmpty(List<RawValue> values, int count) {
		if (values != null) {
			return values;
		}
		List<RawValue> empty = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			empty.add(RawValue.MISSING);
		}
		return empty;
	}

	private static final class InitiativeBuilder {

		private final RawValue name;

		private List<RawValue> plans;

		private List<RawValue> actuals;

		InitiativeBuilder(RawValue name) {
			this.name = name;
		}

	}

}
