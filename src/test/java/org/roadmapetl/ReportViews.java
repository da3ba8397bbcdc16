package org.roadmapetl;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the report views as a BI tool would, as rows of text in the notation of the
 * expected-content CSVs (NULL as empty, booleans as true/false), sorted so that two loads
 * can be compared row for row.
 */
public final class ReportViews {

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	public static final String PROJECT_COLUMNS = "project_name, field, category, department, section, "
			+ "budget_r6_thousand_yen, budget_note, is_priority, is_future_response, start_fiscal_year, "
			+ "end_fiscal_year, initiative_count";

	public static final String INITIATIVE_YEAR_COLUMNS = "project_name, initiative_seq, initiative_name, "
			+ "initiative_section, fiscal_year, plan_text_resolved, actual_text";

	private final TestDatabase database;

	public ReportViews(TestDatabase database) {
		this.database = database;
	}

	/**
	 * The views hold exactly the expected content of the sample projects
	 * (samples/expected/*.csv), by match key.
	 */
	public void assertSampleContent() throws Exception {
		assertThat(byMatchKey(rows("report.projects", PROJECT_COLUMNS)))
			.isEqualTo(byMatchKey(CsvRows.read("/samples/expected/projects.csv")));
		assertThat(byMatchKey(rows("report.initiative_years", INITIATIVE_YEAR_COLUMNS)))
			.isEqualTo(byMatchKey(CsvRows.read("/samples/expected/initiative_years.csv")));
	}

	/**
	 * Every value as its match key, sorted: the expected CSVs hold content, not canonical
	 * form, and compare with the warehouse on NFKC with all white space removed
	 * (samples/expected/README.md).
	 */
	public static List<List<String>> byMatchKey(List<List<String>> rows) {
		List<List<String>> keys = new ArrayList<>(rows.size());
		for (List<String> row : rows) {
			List<String> key = new ArrayList<>(row.size());
			for (String value : row) {
				key.add(WHITE_SPACE.matcher(Normalizer.normalize(value, Normalizer.Form.NFKC)).replaceAll(""));
			}
			keys.add(key);
		}
		return sorted(keys);
	}

	public List<List<String>> rows(String view, String columns) throws SQLException {
		try (Connection connection = this.database.connect();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT " + columns + " FROM " + view)) {
			ResultSetMetaData meta = result.getMetaData();
			List<List<String>> rows = new ArrayList<>();
			while (result.next()) {
				List<String> row = new ArrayList<>();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					Object value = result.getObject(i);
					row.add((value == null) ? "" : value.toString());
				}
				rows.add(row);
			}
			return sorted(rows);
		}
	}

	/**
	 * Every column of every report view, for comparing two states of the warehouse whole.
	 */
	public List<List<String>> everything(String view) throws SQLException {
		return rows(view, "*");
	}

	public long count(String sql) throws SQLException {
		try (Connection connection = this.database.connect();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	public static List<List<String>> sorted(List<List<String>> rows) {
		List<List<String>> copy = new ArrayList<>(rows);
		copy.sort(Comparator.comparing(Object::toString));
		return copy;
	}

}
