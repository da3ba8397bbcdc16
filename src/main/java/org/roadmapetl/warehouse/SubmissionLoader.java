package org.roadmapetl.warehouse;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.roadmapetl.normalise.OrganisationPair;
import org.roadmapetl.project.ParsedSubmission;
import org.roadmapetl.project.Problem;
import org.roadmapetl.project.Project;

/**
 * Applies parsed submissions to the warehouse on the caller's connection and transaction: decides which projects
 * get a new version, COPYs their rows into staging with their keys, and moves them on set-based. The caller
 * commits, so every submission is applied whole or not at all.
 */
public final class SubmissionLoader {

	private static final String COPY_PROJECTS = "COPY staging.project (project_version_id, submission_id, project_key, "
			+ "project_name, field, category, department, section, budget_r6_thousand_yen, budget_note, is_priority, "
			+ "is_future_response, start_fiscal_year, start_fiscal_year_submitted, end_fiscal_year, is_open_ended, "
			+ "overview, content_hash, source_location) FROM STDIN";

	private static final String COPY_ORGANISATIONS = "COPY staging.project_organization (project_version_id, ordinal, "
			+ "department, section, department_key, section_key) FROM STDIN";

	private static final String COPY_INITIATIVES = "COPY staging.initiative (initiative_id, project_version_id, "
			+ "initiative_seq, initiative_name, initiative_key, initiative_section, source_location) FROM STDIN";

	private static final String COPY_YEARS = "COPY staging.initiative_year (initiative_id, fiscal_year, submission_id, "
			+ "plan_text_submitted, plan_text, plan_text_resolved, plan_source_location, actual_text_submitted, "
			+ "actual_text, actual_text_resolved, actual_source_location) FROM STDIN";

	private static final String COPY_PROBLEMS = "COPY staging.load_problem (submission_id, problem_type, project_key, "
			+ "project_name, initiative_name, fiscal_year, submitted_text, message, suggestion, source_location) "
			+ "FROM STDIN";

	private final UnaryOperator<String> tables;

	public SubmissionLoader() {
		this(UnaryOperator.identity());
	}

	/** @param tables maps the warehouse's table names to the ones to write (validate's copies of its own session) */
	public SubmissionLoader(UnaryOperator<String> tables) {
		this.tables = tables;
	}

	/**
	 * Applies a chunk of submissions in their order. A project gets a new version unless it is unchanged (same
	 * content from the same submission) or a later submission holds it; of two submissions of one project in the
	 * chunk, the later one counts, as it would have replaced the earlier.
	 */
	public void apply(Connection connection, List<ParsedSubmission> submissions, Long jobExecutionId)
			throws SQLException {
		apply(connection, submissions, jobExecutionId, false);
	}

	/**
	 * As {@link #apply(Connection, List, Long)}; with {@code supersede}, the submissions' projects become current
	 * even where a later submission holds them (a rerun of one named file).
	 */
	public void apply(Connection connection, List<ParsedSubmission> submissions, Long jobExecutionId, boolean supersede)
			throws SQLException {
		if (submissions.isEmpty()) {
			return;
		}
		StagingRows rows = new StagingRows();
		Map<String, Candidate> latest = new LinkedHashMap<>();
		Long[] submissionIds = new Long[submissions.size()];
		for (int i = 0; i < submissions.size(); i++) {
			ParsedSubmission submission = submissions.get(i);
			long submissionId = upsertSubmission(connection, submission, jobExecutionId);
			submissionIds[i] = submissionId;
			for (Project project : submission.projects()) {
				latest.remove(project.nameKey());
				latest.put(project.nameKey(), new Candidate(submissionId, project, StagingRows.contentHash(project)));
			}
			for (Problem problem : submission.problems()) {
				rows.addProblem(submissionId, problem);
			}
		}
		List<Long> toClose = new ArrayList<>();
		List<Candidate> toInsert = decide(connection, latest, toClose, supersede);
		stageVersions(connection, rows, toInsert);
		copy(connection, COPY_PROJECTS, rows.projects);
		copy(connection, COPY_ORGANISATIONS, rows.organisations);
		copy(connection, COPY_INITIATIVES, rows.initiatives);
		copy(connection, COPY_YEARS, rows.years);
		copy(connection, COPY_PROBLEMS, rows.problems);
		update(connection, ApplyStatements.CLOSE_VERSIONS, connection.createArrayOf("bigint", toClose.toArray()));
		update(connection, ApplyStatements.INSERT_PROJECTS);
		update(connection, ApplyStatements.INSERT_ORGANISATIONS);
		update(connection, ApplyStatements.INSERT_INITIATIVES);
		update(connection, ApplyStatements.INSERT_INITIATIVE_YEARS);
		update(connection, ApplyStatements.REPLACE_PROBLEMS, connection.createArrayOf("bigint", submissionIds));
		update(connection, ApplyStatements.CLEAR_STAGING);
	}

	private record Candidate(long submissionId, Project project, String hash) {
	}

	private record Current(long versionId, String hash, long submissionId) {
	}

	/** The candidates that become new versions; the current versions they replace go to {@code toClose}. */
	private List<Candidate> decide(Connection connection, Map<String, Candidate> candidates, List<Long> toClose,
			boolean supersede) throws SQLException {
		Map<String, Current> current = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(this.tables.apply(ApplyStatements.CURRENT_VERSIONS))) {
			statement.setArray(1, connection.createArrayOf("text", candidates.keySet().toArray()));
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					current.put(result.getString(1), new Current(result.getLong(2), result.getString(3), result.getLong(4)));
				}
			}
		}
		List<Candidate> toInsert = new ArrayList<>();
		for (Map.Entry<String, Candidate> entry : candidates.entrySet()) {
			Candidate candidate = entry.getValue();
			Current now = current.get(entry.getKey());
			if (now == null) {
				toInsert.add(candidate);
			}
			else if ((supersede || now.submissionId() <= candidate.submissionId())
					&& !(now.hash().equals(candidate.hash()) && now.submissionId() == candidate.submissionId())) {
				toClose.add(now.versionId());
				toInsert.add(candidate);
			}
		}
		return toInsert;
	}

	private void stageVersions(Connection connection, StagingRows rows, List<Candidate> versions)
			throws SQLException {
		int initiativeCount = 0;
		for (Candidate candidate : versions) {
			initiativeCount += candidate.project().initiatives().size();
		}
		long[] projectIds = nextIds(connection, ApplyStatements.NEXT_PROJECT_IDS, versions.size());
		long[] initiativeIds = nextIds(connection, ApplyStatements.NEXT_INITIATIVE_IDS, initiativeCount);
		int nextInitiative = 0;
		for (int i = 0; i < versions.size(); i++) {
			Candidate candidate = versions.get(i);
			rows.addVersion(projectIds[i], candidate.submissionId(), candidate.project(), candidate.hash(),
					initiativeIds, nextInitiative);
			nextInitiative += candidate.project().initiatives().size();
		}
	}

	private long[] nextIds(Connection connection, String sql, int count) throws SQLException {
		long[] ids = new long[count];
		if (count == 0) {
			return ids;
		}
		try (PreparedStatement statement = connection.prepareStatement(this.tables.apply(sql))) {
			statement.setInt(1, count);
			try (ResultSet result = statement.executeQuery()) {
				for (int i = 0; result.next(); i++) {
					ids[i] = result.getLong(1);
				}
			}
		}
		return ids;
	}

	private long upsertSubmission(Connection connection, ParsedSubmission submission, Long jobExecutionId)
			throws SQLException {
		Set<String> departments = new LinkedHashSet<>();
		for (Project project : submission.projects()) {
			for (OrganisationPair pair : project.organisations()) {
				if (pair.department() != null) {
					departments.add(pair.department());
				}
			}
		}
		try (PreparedStatement statement = connection.prepareStatement(this.tables.apply(ApplyStatements.UPSERT_SUBMISSION))) {
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

	private void copy(Connection connection, String sql, CopyRows rows) throws SQLException {
		if (rows.rowCount() == 0) {
			return;
		}
		try {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn(this.tables.apply(sql), new StringReader(rows.text()));
		}
		catch (IOException ex) {
			throw new SQLException("COPY into staging failed", ex);
		}
	}

	private void update(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(this.tables.apply(sql))) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			statement.executeUpdate();
		}
	}

}
