package org.roadmapetl.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;

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

	private void startProject(ResultSet row) throws SQLException {
		if (this.projects++ > 0) {
			this.sheet.emptyRow();
		}
		this.sheet.row("分野", row.getString("field"), "項目", row.getString("category"), "担当部局",
				row.getString("department"), "担当課等", row.getString("section"));
		this.sheet.row("事業名", row.getString("project_name"), this.period.firstLabel() + "事業費(千円)", budget(row), "重点枠事業",
				mark(row, "is_priority"), "将来対応分", mark(row, "is_future_response"), "事業始期", start(row), "事業終期",
				end(row));
		this.sheet.row("概要", emptyToNull(row.getString("overview")));
		Object[] header = new Object[FIRST_YEAR_COLUMN + this.period.years().size()];
		header[0] = "取組";
		for (int year = this.period.firstYear(); year <= this.period.lastYear(); year++) {
			header[FIRST_YEAR_COLUMN + year - this.period.firstYear()] = FiscalYear.labelOf(year);
		}
		this.sheet.row(header);
	}

	private void finishInitiative() {
		if (this.plans == null) {
			return;
		}
		this.plans[0] = this.initiativeName;
		int first = this.sheet.row(this.plans);
		int second = this.sheet.row(this.actuals);
		this.sheet.merge(first, second, 0, 0);
		this.plans = null;
		this.actuals = null;
	}

	private Object[] yearRow(String label) {
		Object[] cells = new Object[FIRST_YEAR_COLUMN + this.period.years().size()];
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
