package org.roadmapetl.check;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import org.roadmapetl.normalise.RoadmapPeriod;

/**
 * Recomputes every finding from scratch for one reporting fiscal year and records that year as the one the
 * statuses of the report views are for. Run inside one transaction, so the views never show half a check.
 */
public final class FindingsCheck {

	private final JdbcTemplate jdbc;

	private final RoadmapPeriod period;

	public FindingsCheck(JdbcTemplate jdbc, RoadmapPeriod period) {
		this.jdbc = jdbc;
		this.period = period;
	}

	/** @return the number of findings of each type, in the order of gap-rules.md */
	public Map<String, Integer> run(int reportingFiscalYear) {
		this.jdbc.update("DELETE FROM dw.finding");
		this.jdbc.update("""
				INSERT INTO dw.check_state (singleton, reporting_fiscal_year, checked_at) VALUES (true, ?, now())
				ON CONFLICT (singleton) DO UPDATE SET reporting_fiscal_year = excluded.reporting_fiscal_year,
				                                      checked_at = excluded.checked_at""", reportingFiscalYear);
		Map<String, Integer> counts = new LinkedHashMap<>();
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("y", reportingFiscalYear)
			.addValue("last_year", this.period.lastYear())
			.addValue("first_label", this.period.firstLabel())
			.addValue("period_label", this.period.label());
		NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(this.jdbc);
		for (FindingRules.Rule rule : FindingRules.RULES) {
			counts.put(rule.type(), named.update(FindingRules.insert(rule), parameters));
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
