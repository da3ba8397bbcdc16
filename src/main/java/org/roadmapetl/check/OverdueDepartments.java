package org.roadmapetl.check;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.roadmapetl.normalise.FiscalYear;
import org.roadmapetl.warehouse.NamedStatements;

/**
 * For {@code status}: the departments whose submission for the reporting year of the
 * latest check is missing, late, or was only ever set aside (report.submission_status).
 */
public final class OverdueDepartments {

	private static final NamedStatements STATEMENTS = NamedStatements.load(OverdueDepartments.class,
			"submission-schedule.sql");

	private static final Map<String, String> HEADINGS = Map.of("missing", "missing", "late", "late", "set_aside_only",
			"set aside only");

	private final JdbcClient jdbc;

	public OverdueDepartments(JdbcTemplate jdbc) {
		this.jdbc = JdbcClient.create(jdbc);
	}

	public void print(PrintStream out) {
		List<Integer> checked = this.jdbc.sql(STATEMENTS.get("REPORTING_YEAR")).query(Integer.class).list();
		int year = checked.isEmpty() ? FiscalYear.containing(LocalDate.now()).startYear() - 1 : checked.get(0);
		Map<String, StringBuilder> byState = new TreeMap<>();
		this.jdbc.sql(STATEMENTS.get("MISSING_LATE_SET_ASIDE")).param("year", year).query((row) -> {
			StringBuilder names = byState.computeIfAbsent(row.getString("state"), (state) -> new StringBuilder());
			names.append((names.length() > 0) ? ", " : "").append(row.getString("department"));
		});
		String heading = "Submissions for reporting year " + new FiscalYear(year).describe();
		if (!this.jdbc.sql(STATEMENTS.get("ANY_FILE")).query(Boolean.class).single()) {
			out.println(heading + ": no file loaded yet.");
			return;
		}
		if (byState.isEmpty()) {
			out.println(heading + ": none missing, late or set aside only.");
			return;
		}
		out.println(heading + ":");
		Map<String, StringBuilder> ordered = new LinkedHashMap<>();
		for (String state : List.of("missing", "late", "set_aside_only")) {
			if (byState.containsKey(state)) {
				ordered.put(state, byState.get(state));
			}
		}
		ordered.forEach((state, names) -> out.println("  " + HEADINGS.get(state) + ": " + names));
	}

}
