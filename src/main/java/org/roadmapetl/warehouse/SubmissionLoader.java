package org.roadmapetl.warehouse;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.roadmapetl.normalise.OrganisationPair;
import org.roadmapetl.project.ParsedSubmission;
import org.roadmapetl.project.Problem;
import org.roadmapetl.project.Project;

/**
 * Applies one parsed submission to the warehouse on the caller's connection and transaction: COPY into staging,
 * then set-based SQL. The caller commits, so a submission is applied whole or not at all.
 */
public final class SubmissionLoader {

	private static final String COPY_PROJECTS = "COPY staging.project (load_id, ordinal, project_key, project_name, "
			+ "field, category, department, section, budget_r6_thousand_yen, budget_note, is_priority, "
			+ "is_future_response, start_fiscal_year, start_fiscal_year_submitted, end_fiscal_year, is_open_ended, "
			+ "overview, content_hash, source_location) FROM STDIN";

	private static final String COPY_ORGANISATIONS = "COPY staging.project_organization (load_id, project_key, "
			+ "ordinal, department, section, department_key, section_key) FROM STDIN";

	private static final String COPY_INITIATIVES = "COPY staging.initiative (load_id, project_key, initiative_seq, "
			+ "initiative_name, initiative_key, initiative_section, source_location) FROM STDIN";

	private static final String COPY_YEARS = "COPY staging.initiative_year (load_id, project_key, initiative_seq, "
			+ "fiscal_year, plan_text_submitted, plan_text, plan_text_resolved, plan_source_location, "
			+ "actual_text_submitted, actual_text, actual_text_resolved, actual_source_location) FROM STDIN";

	private static final String COPY_PROBLEMS = "COPY staging.load_problem (load_id, problem_type, project_key, "
			+ "project_name, initiative_name, fiscal_year, submitted_text, message, suggestion, source_location) "
			+ "FROM STDIN";

	/** Applies the submission and returns its submission id. */
	public long apply(Connection connection, ParsedSubmission submission, Long jobExecutionId) throws SQLException {
		// The planner sees freshly staged rows without statistics and would pick nested loops that grow with the
		// square of a large submission; hash joins stay linear at every size.
		update(connection, "SET LOCAL enable_nestloop = off");
		long loadId = nextLoadId(connection);
		long submissionId = upsertSubmission(connection, submission, jobExecutionId);
		StagingRows rows = stage(loadId, submission);
		copy(connection, COPY_PROJECTS, rows.projects);
		copy(connection, COPY_ORGANISATIONS, rows.organisations);
		copy(connection, COPY_INITIATIVES, rows.initiatives);
		copy(connection, COPY_YEARS, rows.years);
		copy(connection, COPY_PROBLEMS, rows.problems);
		update(connection, ApplyStatements.CLOSE_CHANGED_PROJECTS, loadId, submissionId, submissionId);
		update(connection, ApplyStatements.INSERT_PROJECTS, submissionId, loadId);
		update(connection, ApplyStatements.INSERT_ORGANISATIONS, submissionId, loadId);
		update(connection, ApplyStatements.INSERT_INITIATIVES, submissionId, loadId);
		update(connection, ApplyStatements.INSERT_INITIATIVE_YEARS, submissionId, loadId);
		update(connection, ApplyStatements.DELETE_PROBLEMS, submissionId);
		update(connection, ApplyStatements.INSERT_PROBLEMS, submissionId, loadId);
		for (String clear : ApplyStatements.CLEAR_STAGING) {
			update(connection, clear, loadId);
		}
		return submissionId;
	}

	private static StagingRows stage(long loadId, ParsedSubmission submission) {
		StagingRows rows = new StagingRows(loadId);
		int ordinal = 0;
		for (Project project : submission.projects()) {
			rows.add(++ordinal, project);
		}
		for (Problem problem : submission.problems()) {
			rows.add(problem);
		}
		return rows;
	}

	private static long nextLoadId(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT nextval('staging.load_id_seq')");
				ResultSet result = statement.executeQuery()) {
			result.next();
			return result.getLong(1);
		}
	}

	private static long upsertSubmission(Connection connection, ParsedSubmission submission, Long jobExecutionId)
			throws SQLException {
		Set<String> departments = new LinkedHashSet<>();
		for (Project project : submission.projects()) {
			for (OrganisationPair pair : project.organisations()) {
				if (pair.department() != null) {
					departments.add(pair.department());
				}
			}
		}
		try (PreparedStatement statement = connection.prepareStatement(ApplyStatements.UPSERT_SUBMISSION)) {
			Array departmentArray = connection.createArrayOf("text", departments.toArray());
			statement.setString(1, submission.file().name());
			statement.setString(2, submission.file().checksum());
			statement.setString(3, submission.format());
			statement.setLong(4, submission.file().sizeBytes());
			statement.setArray(5, departmentArray);
			statement.setInt(6, submission.projects().size());
			statement.setObject(7, jobExecutionId);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
	}

	private static void copy(Connection connection, String sql, CopyRows rows) throws SQLException {
		if (rows.rowCount() == 0) {
			return;
		}
		try {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn(sql, new StringReader(rows.text()));
		}
		catch (IOException ex) {
			throw new SQLException("COPY into staging failed", ex);
		}
	}

	private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			statement.executeUpdate();
		}
	}

}
