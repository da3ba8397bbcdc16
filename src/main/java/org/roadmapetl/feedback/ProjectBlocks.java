package org.roadmapetl.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

import org.roadmapetl.normalise.FiscalYear;
import org.roadmapetl.normalise.RoadmapPeriod;

/**
 * Lays out project blocks of submission-format.md down a sheet from rows of project ×
 * initiative × year, in that order: the two header rows, 概要, the 取組 header and a 計画 and
 * an 実績 row per initiative.
 */
final class ProjectBlocks {

	private static final int FIRST_YEAR_COLUMN = 2;

	private static final String MARK = "○";

	private final SafeSheet sheet;

	private final RoadmapPeriod period;

	private long project = -1;

	private int initiative = -1;

	private String initiativeName;

	private Object[] plans;

	private Object[] actuals;

	private int projects;

	ProjectBlocks(SafeSheet sheet, RoadmapPeriod period) {
		this.sheet = sheet;
		this.period = period;
	}

	void add(ResultSet row) throws SQLException {
		long versionId = row.getLong("project_version_id");
		if (versionId != this.project) {
			finishInitiative();
			startProject(row);
			this.project = versionId;
			this.initiative = -1;
		}
		int seq = row.getInt("initiative_seq");
		if (row.wasNull()) {
			return;
		}
		if (seq != this.initiative) {
			finishInitiative();
			this.initiative = seq;
			String section = row.getString("initiative_section");
			this.initiativeName = row.getString("initiative_name") + ((section != null) ? "【" + section + "】" : "");
			this.plans = yearRow("計画");
			this.actuals = yearRow("実績");
		}
		int year = row.getInt("fiscal_year");
		if (!row.wasNull()) {
			this.plans[FIRST_YEAR_COLUMN + year - this.period.firstYear()] = emptyToNull(row.getString("plan_text"));
			this.actuals[FIRST_YEAR_COLUMN + year - this.period.firstYear()] = emptyToNull(
					row.getString("actual_text"));
		}
	}

	void finish() {
		finishInitiative();
	}

	int projects() {
		return this.projects;
	}

	/**
	 * The block's header as the prefecture's form draws it: label and value pairs, the
	 * values merged over the columns the form gives them, 概要 over the block's width.
	 */
	private void startProject(ResultSet row) throws SQLException {
		if (this.projects++ > 0) {
			this.sheet.emptyRow();
			this.sheet.emptyRow();
		}
		int width = width(this.period);
		Object[] first = new Object[width];
		int[] spans = new int[width];
		put(first, spans, 0, "分野", 1, row.getString("field"), 2);
		put(first, spans, 3, "項目", 4, row.getString("category"), 2);
		put(first, spans, 6, "担当部局", 7, row.getString("department"), 2);
		put(first, spans, 9, "担当課等", 10, row.getString("section"), width - 10);
		this.sheet.formRow(spans, labels(width, 0, 3, 6, 9), first);
		Object[] second = new Object[width];
		spans = new int[width];
		put(second, spans, 0, "事業名", 1, row.getString("project_name"), 4);
		put(second, spans, 5, this.period.firstLabel() + "事業費(千円)", 6, budget(row), 1);
		put(second, spans, 7, "重点枠事業", 8, mark(row, "is_priority"), 1);
		put(second, spans, 9, "将来対応分", 10, mark(row, "is_future_response"), 1);
		put(second, spans, 11, "事業始期", 12, start(row), 1);
		put(second, spans, 13, "事業終期", 14, end(row), width - 14);
		this.sheet.formRow(spans, labels(width, 0, 5, 7, 9, 11, 13), second);
		Object[] overview = new Object[width];
		spans = new int[width];
		put(overview, spans, 0, "概要", 1, emptyToNull(row.getString("overview")), width - 1);
		this.sheet.formRow(spans, labels(width, 0), overview);
		this.sheet.emptyRow();
		Object[] header = new Object[FIRST_YEAR_COLUMN + this.period.years().size()];
		header[0] = "取組";
		header[1] = "";
		for (int year = this.period.firstYear(); year <= this.period.lastYear(); year++) {
			header[FIRST_YEAR_COLUMN + year - this.period.firstYear()] = FiscalYear.labelOf(year);
		}
		boolean[] shaded = new boolean[header.length];
		Arrays.fill(shaded, true);
		this.sheet.formRow(new int[header.length], shaded, header);
	}

	/**
	 * The columns a block takes: the form's 15, or the table's where the period is
	 * longer.
	 */
	static int width(RoadmapPeriod period) {
		return Math.max(15, FIRST_YEAR_COLUMN + period.years().size());
	}

	/** The widest each column grows: 取組, 計画/実績, the years, the header's other pairs. */
	static int[] columnCaps(RoadmapPeriod period) {
		int[] caps = new int[width(period)];
		Arrays.fill(caps, 12);
		caps[0] = 28;
		caps[1] = 8;
		for (int year = 0; year < period.years().size(); year++) {
			caps[FIRST_YEAR_COLUMN + year] = 22;
		}
		return caps;
	}

	private static void put(Object[] cells, int[] spans, int label, String labelText, int value, Object valueText,
			int span) {
		cells[label] = labelText;
		cells[value] = (valueText != null) ? valueText : "";
		spans[value] = span;
	}

	private static boolean[] labels(int width, int... columns) {
		boolean[] labels = new boolean[width];
		for (int column : columns) {
			labels[column] = true;
		}
		return labels;
	}

	private void finishInitiative() {
		if (this.plans == null) {
			return;
		}
		this.plans[0] = this.initiativeName;
		this.actuals[0] = "";
		boolean[] labels = labels(this.plans.length, 1);
		int first = this.sheet.formRow(new int[0], labels, this.plans);
		int second = this.sheet.formRow(new int[0], labels, this.actuals);
		this.sheet.merge(first, second, 0, 0);
		this.plans = null;
		this.actuals = null;
	}

	private Object[] yearRow(String label) {
		Object[] cells = new Object[FIRST_YEAR_COLUMN + this.period.years().size()];
		Arrays.fill(cells, "");
		cells[1] = label;
		return cells;
	}

	/** The amount with its accounting note in brackets, as departments write it. */
	private static Object budget(ResultSet row) throws SQLException {
		long amount = row.getLong("budget_r6_thousand_yen");
		boolean noAmount = row.wasNull();
		String note = row.getString("budget_note");
		if (note == null) {
			return noAmount ? null : amount;
		}
		return (noAmount ? "" : String.valueOf(amount)) + "(" + note + ")";
	}

	private static String mark(ResultSet row, String column) throws SQLException {
		return row.getBoolean(column) ? MARK : null;
	}

	/**
	 * The year's label; a start year no rule could read is written as submitted, so it is
	 * found again.
	 */
	private static String start(ResultSet row) throws SQLException {
		int year = row.getInt("start_fiscal_year");
		return row.wasNull() ? row.getString("start_fiscal_year_submitted") : FiscalYear.labelOf(year);
	}

	private static String end(ResultSet row) throws SQLException {
		if (row.getBoolean("is_open_ended")) {
			return "未定";
		}
		int year = row.getInt("end_fiscal_year");
		return row.wasNull() ? null : FiscalYear.labelOf(year);
	}

	private static String emptyToNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

}
