package org.roadmapetl.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report views are plain SQL views, computed when read: "refreshing" them is what the
 * first BI query after a run pays, so the benchmark times one {@code count(*)} over each.
 *
 * @param nanos the time of all counts
 * @param rows each view's row count
 */
record ViewTimings(long nanos, Map<String, Long> rows) {

	static final List<String> VIEWS = List.of("report.projects", "report.initiative_years", "report.findings",
			"report.department_progress", "report.budget_summary");

	static ViewTimings measure(BenchDatabase database) throws SQLException {
		Map<String, Long> rows = new LinkedHashMap<>();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			long start = System.nanoTime();
			for (String view : VIEWS) {
				try (ResultSet result = statement.executeQuery("SELECT count(*) FROM " + view)) {
					result.next();
					rows.put(view, result.getLong(1));
				}
			}
			return new ViewTimings(System.nanoTime() - start, rows);
		}
	}

	double seconds() {
		return this.nanos / 1e9;
	}

}
