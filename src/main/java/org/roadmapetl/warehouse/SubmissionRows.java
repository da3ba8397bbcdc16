package org.roadmapetl.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import org.roadmapetl.normalise.OrganisationPair;
import org.roadmapetl.project.ParsedSubmission;
import org.roadmapetl.project.Project;

/**
 * The submission rows of a chunk, keyed by content checksum: one statement upserts them
 * all.
 */
final class SubmissionRows {

	private SubmissionRows() {
	}

	/**
	 * The chunk's submission rows, one statement for all: a file of the same content as
	 * an earlier one in the chunk is the same submission, named as the later one, as one
	 * statement per file in order would have left it.
	 */
	static Long[] upsert(NamedParameterJdbcTemplate jdbc, Connection connection, List<ParsedSubmission> submissions,
			Long jobExecutionId, UnaryOperator<String> tables) throws SQLException {
		Map<String, ParsedSubmission> byContent = new LinkedHashMap<>();
		for (ParsedSubmission submission : submissions) {
			byContent.put(submission.file().checksum(), submission);
		}
		int count = byContent.size();
		String[] names = new String[count];
		String[] checksums = new String[count];
		String[] formats = new String[count];
		Long[] sizes = new Long[count];
		String[] departments = new String[count];
		String[] owners = new String[count];
		Integer[] projectCounts = new Integer[count];
		int i = 0;
		for (ParsedSubmission submission : byContent.values()) {
			names[i] = submission.file().name();
			checksums[i] = submission.file().checksum();
			formats[i] = submission.format();
			sizes[i] = submission.file().sizeBytes();
			departments[i] = String.join("\u001f", departmentsOf(submission));
			owners[i] = String.join("\u001f", ownersOf(submission));
			projectCounts[i] = submission.projects().size();
			i++;
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource()
			.addValue("file_names", connection.createArrayOf("text", names))
			.addValue("checksums", connection.createArrayOf("text", checksums))
			.addValue("formats", connection.createArrayOf("text", formats))
			.addValue("sizes", connection.createArrayOf("bigint", sizes))
			.addValue("departments", connection.createArrayOf("text", departments))
			.addValue("owners", connection.createArrayOf("text", owners))
			.addValue("project_counts", connection.createArrayOf("integer", projectCounts))
			.addValue("job_execution_id", jobExecutionId, Types.BIGINT);
		Map<String, Long> ids = new HashMap<>();
		jdbc.query(tables.apply(WarehouseStatements.UPSERT_SUBMISSIONS), parameters,
				(RowCallbackHandler) (result) -> ids.put(result.getString(1), result.getLong(2)));
		Long[] submissionIds = new Long[submissions.size()];
		for (int s = 0; s < submissionIds.length; s++) {
			submissionIds[s] = ids.get(submissions.get(s).file().checksum());
		}
		return submissionIds;
	}

	/**
	 * The departments every project of the file names (a project naming none has no say):
	 * whose file it is.
	 */
	private static Set<String> ownersOf(ParsedSubmission submission) {
		Set<String> owners = null;
		for (Project project : submission.projects()) {
			Set<String> named = new LinkedHashSet<>();
			for (OrganisationPair pair : project.organisations()) {
				if (pair.department() != null) {
					named.add(pair.department());
				}
			}
			if (named.isEmpty()) {
				continue;
			}
			if (owners == null) {
				owners = named;
			}
			else {
				owners.retainAll(named);
			}
		}
		return (owners != null) ? owners : Set.of();
	}

	private static Set<String> departmentsOf(ParsedSubmission submission) {
		Set<String> departments = new LinkedHashSet<>();
		for (Project project : submission.projects()) {
			for (OrganisationPair pair : project.organisations()) {
				if (pair.department() != null) {
					departments.add(pair.department());
				}
			}
		}
		return departments;
	}

}
