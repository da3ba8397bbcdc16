package org.roadmapetl.check;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.roadmapetl.normalise.RoadmapPeriod;

/**
 * Checks every current project for one reporting fiscal year and meets what it finds with the history of that
 * year (gap-rules.md "Lifecycle"): a check that finds exactly what the latest one found changes nothing; otherwise
 * findings are new, open or reopened, and those no longer found are resolved. Run inside one transaction, so the
 * views never show half a check.
 */
public final class FindingsCheck {

	private static final NamedStatements RULES = NamedStatements.load("finding-rules.sql");

	private static final NamedStatements LIFECYCLE = NamedStatements.load("finding-lifecycle.sql");

	private final JdbcClient jdbc;

	private final RoadmapPeriod period;

	private final SubmissionSchedule schedule;

	public FindingsCheck(JdbcTemplate jdbc, RoadmapPeriod period, SubmissionSchedule schedule) {
		this.jdbc = JdbcClient.create(jdbc);
		this.period = period;
		this.schedule = schedule;
	}

	/** What one check found and how it changed the findings of its year. */
	public record Outcome(Map<String, Integer> byType, FindingChanges changes) {
	}

	/** The named parameters every rule and lifecycle statement is bound with. */
	static Map<String, Object> parameters(RoadmapPeriod period, int reportingFiscalYear) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("year", reportingFiscalYear);
		parameters.put("period_first", period.firstYear());
		parameters.put("period_last", period.lastYear());
		parameters.put("first_label", period.firstLabel());
		parameters.put("period_label", period.label());
		return parameters;
	}

	public Outcome run(int reportingFiscalYear) {
		this.schedule.synchronise();
		Map<String, Object> parameters = parameters(this.period, reportingFiscalYear);
		this.jdbc.sql(LIFECYCLE.get("TUNE")).query((row) -> {
			// set for this transaction; nothing to read
		});
		update("CLEAR_FOUND", parameters);
		RULES.all().values().forEach((rule) -> this.jdbc.sql(rule).params(parameters).update());
		update("KEY_FOUND", parameters);
		FindingChanges changes = FindingChanges.NONE;
		boolean unchanged = Boolean.TRUE
			.equals(this.jdbc.sql(LIFECYCLE.get("UNCHANGED")).params(parameters).query(Boolean.class).single());
		if (!unchanged) {
			update("CLEAR_LATEST", parameters);
			update("PUBLISH", parameters);
			update("RESOLVE", parameters);
			update("RECORD", parameters);
			update("ANALYSE_FINDINGS", parameters);
			changes = this.jdbc.sql(LIFECYCLE.get("COUNT_STATES"))
				.query((row, i) -> new FindingChanges(row.getLong("added"), row.getLong("resolved"), row.getLong("reopened")))
				.single();
		}
		update("RECORD_CHECK", parameters);
		if (!unchanged) {
			update("RECORD_CHANGE", parameters);
		}
		Map<String, Integer> byType = new LinkedHashMap<>();
		this.jdbc.sql(LIFECYCLE.get("COUNT_TYPES"))
			.query((row) -> {
				byType.put(row.getString("finding_type"), row.getInt("findings"));
			});
		return new Outcome(byType, changes);
	}

	private int update(String statement, Map<String, Object> parameters) {
		return this.jdbc.sql(LIFECYCLE.get(statement)).params(parameters).update();
	}

	/** Whether the latest check was for this year and no submission has been loaded since. */
	public boolean isUpToDate(int reportingFiscalYear) {
		return Boolean.TRUE.equals(this.jdbc.sql(LIFECYCLE.get("UP_TO_DATE"))
			.param("year", reportingFiscalYear)
			.query(Boolean.class)
			.single());
	}

	/** Errors and warnings of the latest check. */
	public Map<String, Integer> bySeverity() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("error", 0);
		counts.put("warning", 0);
		this.jdbc.sql(LIFECYCLE.get("BY_SEVERITY")).query((row) -> {
			counts.put(row.getString("severity"), row.getInt("findings"));
		});
		return counts;
	}

}
