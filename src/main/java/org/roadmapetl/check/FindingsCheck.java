package org.roadmapetl.check;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recomputes every finding from scratch for one reporting fiscal year and records that year as the one the
 * statuses of the report views are for. Run inside one transaction, so the views never show half a check.
 */
public final class FindingsCheck {

	private final JdbcTemplate jdbc;

	public FindingsCheck(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the number of findings of each type, in the order of gap-rules.md */
	public Map<String, Integer> run(int reportingFiscalYear) {
		this.jdbc.update("DELETE FROM dw.finding");
		this.jdbc.update("""
				INSERT INTO dw.check_state (singleton, reporting_fiscal_year, checked_at) VALUES (true, ?, now())
				ON CONFLICT (singleton) DO UPDATE SET reporting_fiscal_year = excluded.reporting_fiscal_year,
				                                      checked_at = excluded.checked_at""", reportingFiscalYear);
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (FindingRules.Rule rule : FindingRules.RULES) {
			String sql = FindingRules.insert(rule);
			Object[] year = new Object[(int) sql.chars().filter((c) -> c == '?').count()];
			java.util.Arrays.fill(year, reportingFiscalYear);
			counts.put(rule.type(), this.jdbc.update(sql, year));
		}
		return counts;
	}

	/** Whether the latest check was for this year and no submission has been loaded since. */
	public boolean isUpToDate(int reportingFiscalYear) {
		Boolean upToDate = this.jdbc.queryForObject("""
				SELECT EXISTS (SELECT 1 FROM dw.check_state s
				               WHERE s.reporting_fiscal_year = ?
				                 AND s.checked_at >= coalesce((SELECT max(loaded_at) FROM dw.submission), '-infinity'))""",
				Boolean.class, reportingFiscalYear);
		return Boolean.TRUE.equals(upToDate);
	}

	/** Errors and warnings of the latest check. */
	public Map<String, Integer> bySeverity() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("error", 0);
		counts.put("warning", 0);
		this.jdbc.query("SELECT severity, count(*) FROM dw.finding GROUP BY severity",
				(row) -> {
					counts.put(row.getString(1), row.getInt(2));
				});
		return counts;
	}

}
