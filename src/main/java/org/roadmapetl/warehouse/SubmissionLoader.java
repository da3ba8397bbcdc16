package org.roadmapetl.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.roadmapetl.project.ParsedSubmission;
import org.roadmapetl.project.Problem;
import org.roadmapetl.project.Project;

/**
 * Applies parsed submissions to the warehouse on the caller's connection and transaction:
 * decides which projects get a new version and COPYs their rows straight into the
 * warehouse with their keys (a submission's problems through staging, to replace the ones
 * it had). The caller commits, so every submission is applied whole or not at all.
 */
public final class SubmissionLoader {

	/**
	 * The rows of one COPY go in messages of at most this size, whatever the chunk holds.
	 */
	private static final int COPY_MESSAGE_BYTES = 1024 * 1024;

	private static final String COPY_PROJECTS = "COPY dw.project (project_version_id, project_key, project_name, field, "
			+ "category, department, section, budget_thousand_yen, budget_fiscal_year, budget_r6_thousand_yen, "
			+ "budget_note, is_priority, is_future_response, start_fiscal_year, start_fiscal_year_submitted, "
			+ "end_fiscal_year, is_open_ended, overview, content_hash, submission_id, source_location, valid_from, "
			+ "valid_to, is_current) FROM STDIN";

	private static final String COPY_ORGANISATIONS = "COPY dw.project_organization (project_version_id, ordinal, "
			+ "department, section, organization_id) FROM STDIN";

	/**
	 * Initiatives and their years, the bulk of a chunk, go straight into the warehouse:
	 * nothing is looked up for them.
	 */
	private static final String COPY_INITIATIVES = "COPY dw.initiative (initiative_id, project_version_id, "
			+ "initiative_seq, initiative_name, initiative_key, initiative_section, source_location) FROM STDIN";

	private static final String COPY_YEARS = "COPY dw.initiative_year (initiative_id, fiscal_year, submission_id, "
			+ "plan_text_submitted, plan_text, plan_text_resolved, plan_source_location, actual_text_submitted, "
			+ "actual_text, actual_text_resolved, actual_source_location) FROM STDIN";

	private static final String COPY_PROBLEMS = "COPY staging.load_problem (submission_id, problem_type, project_key, "
			+ "project_name, initiative_name, fiscal_year, submitted_text, message, suggestion, source_location) "
			+ "FROM STDIN";

	private final UnaryOperator<String> tables;

	public SubmissionLoader() {
		this(UnaryOperator.identity());
	}

	/**
	 * @param tables maps the warehouse's table names to the ones to write (validate's
	 * copies of its own session)
	 */
	public SubmissionLoader(UnaryOperator<String> tables) {
		this.tables = tables;
	}

	/**
	 * Applies a chunk of submissions in their order. A project gets a new version unless
	 * it is unchanged (same content from the same submission) or a later submission holds
	 * it; of two submissions of one project in the chunk, the later one counts, as it
	 * would have replaced the earlier.
	 */
	public void apply(Connection connection, List<ParsedSubmission> submissions, Long jobExecutionId)
			throws SQLException {
		apply(connection, submissions, jobExecutionId, false);
	}

	/**
	 * As {@link #apply(Connection, List, Long)}; with {@code supersede}, the submissions'
	 * projects become current even where a later submission holds them (a rerun of one
	 * named file).
	 */
	public void apply(Connection connection, List<ParsedSubmission> submissions, Long jobExecutionId, boolean supersede)
			throws SQLException {
		if (submissions.isEmpty()) {
			return;
		}
		// The chunk's own connection: COPY and the statements below share its
		// transaction.
		NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(
				new SingleConnectionDataSource(connection, true));
		ChunkRows rows = new ChunkRows(
				jdbc.queryForObject(WarehouseStatements.TRANSACTION_TIME, Map.of(), String.class));
		Map<String, Candidate> latest = new LinkedHashMap<>();
		Long[] submissionIds = SubmissionRows.upsert(jdbc, connection, submissions, jobExecutionId, this.tables);
		for (int i = 0; i < submissions.size(); i++) {
			ParsedSubmission submission = submissions.get(i);
			long submissionId = submissionIds[i];
			for (Project project : submission.projects()) {
				latest.remove(project.nameKey());
				latest.put(project.nameKey(), new Candidate(submissionId, project, ChunkRows.contentHash(project)));
			}
			for (Problem problem : submission.problems()) {
				rows.addProblem(submissionId, problem);
			}
		}
		List<Long> toClose = new ArrayList<>();
		List<Candidate> toInsert = decide(jdbc, connection, latest, toClose, supersede);
		stageVersions(jdbc, rows, toInsert);
		copy(connection, COPY_PROBLEMS, rows.problems);
		jdbc.update(this.tables.apply(WarehouseStatements.CLOSE_VERSIONS),
				Map.of("project_version_ids", connection.createArrayOf("bigint", toClose.toArray())));
		copy(connection, COPY_PROJECTS, rows.projects);
		copy(connection, COPY_ORGANISATIONS, rows.organisations);
		copy(connection, COPY_INITIATIVES, rows.initiatives);
		copy(connection, COPY_YEARS, rows.years);
		jdbc.update(this.tables.apply(WarehouseStatements.REPLACE_PROBLEMS),
				Map.of("submission_ids", connection.createArrayOf("bigint", submissionIds)));
		jdbc.update(this.tables.apply(WarehouseStatements.CLEAR_STAGING), Map.of());
	}

	/**
	 * Brings the planner's statistics of the loaded tables up to date; call it once a run
	 * has loaded something.
	 */
	public static void analyseLoaded(DataSource dataSource) {
		new JdbcTemplate(dataSource).execute(WarehouseStatements.ANALYSE_LOADED);
	}

	private record Candidate(long submissionId, Project project, String hash) {
	}

	private record Current(long versionId, String hash, long submissionId) {
	}

	/**
	 * The candidates that become new versions; the current versions they replace go to
	 * {@code toClose}.
	 */
	private List<Candidate> decide(NamedParameterJdbcTemplate jdbc, Connection connection,
			Map<String, Candidate> candidates, List<Long> toClose, boolean supersede) throws SQLException {
		Map<String, Current> current = new HashMap<>();
		jdbc.query(this.tables.apply(WarehouseStatements.CURRENT_VERSIONS),
				Map.of("project_keys", connection.createArrayOf("text", candidates.keySet().toArray())),
				(RowCallbackHandler) (result) -> current.put(result.getString(1),
						new Current(result.getLong(2), result.getString(3), result.getLong(4))));
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

	private void stageVersions(NamedParameterJdbcTemplate jdbc, ChunkRows rows, List<Candidate> versions) {
		int initiativeCount = 0;
		for (Candidate candidate : versions) {
			initiativeCount += candidate.project().initiatives().size();
		}
		long[] projectIds = nextIds(jdbc, this.tables.apply(WarehouseStatements.NEXT_PROJECT_IDS), versions.size());
		long[] initiativeIds = nextIds(jdbc, this.tables.apply(WarehouseStatements.NEXT_INITIATIVE_IDS),
				initiativeCount);
		OrganisationLinks links = versions.isEmpty() ? null
				: OrganisationLinks.read(jdbc, this.tables.apply(WarehouseStatements.CURRENT_ORGANISATIONS));
		int nextInitiative = 0;
		for (int i = 0; i < versions.size(); i++) {
			Candidate candidate = versions.get(i);
			rows.addVersion(projectIds[i], candidate.submissionId(), candidate.project(), candidate.hash(),
					initiativeIds, nextInitiative, links);
			nextInitiative += candidate.project().initiatives().size();
		}
	}

	private static long[] nextIds(NamedParameterJdbcTemplate jdbc, String sql, int count) {
		if (count == 0) {
			return new long[0];
		}
		return jdbc.queryForList(sql, Map.of("count", count), Long.class).stream().mapToLong(Long::longValue).toArray();
	}

	private void copy(Connection connection, String sql, CopyRows rows) throws SQLException {
		if (rows.rowCount() == 0) {
			return;
		}
		CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(this.tables.apply(sql));
		try {
			for (int at = 0; at < rows.length(); at += COPY_MESSAGE_BYTES) {
				copy.writeToCopy(rows.bytes(), at, Math.min(COPY_MESSAGE_BYTES, rows.length() - at));
			}
			copy.endCopy();
		}
		catch (SQLException | RuntimeException ex) {
			if (copy.isActive()) {
				try {
					copy.cancelCopy();
				}
				catch (SQLException cancelling) {
					ex.addSuppressed(cancelling);
				}
			}
			throw ex;
		}
	}

}
