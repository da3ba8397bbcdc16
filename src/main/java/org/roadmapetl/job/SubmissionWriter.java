package org.roadmapetl.job;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.roadmapetl.operations.Quarantine;
import org.roadmapetl.project.ParsedSubmission;
import org.roadmapetl.project.Project;
import org.roadmapetl.warehouse.SubmissionLoader;

/**
 * Applies each parsed submission to the warehouse on the chunk's own connection, so that the submissions, the
 * step's progress and its counts commit together. Unreadable files are recorded in the same transaction and
 * moved to the quarantine folder once it has committed; counts, too, only grow once the chunk is committed.
 */
final class SubmissionWriter implements ItemWriter<ParsedSubmission>, StepExecutionListener {

	private static final Log logger = LogFactory.getLog(SubmissionWriter.class);

	private final DataSource dataSource;

	private final SubmissionLoader loader = new SubmissionLoader();

	private final ProgressLog progress;

	private final PhaseClock clock;

	private RunTally tally;

	private long jobExecutionId;

	private Quarantine quarantine;

	private RunRequest request;

	SubmissionWriter(DataSource dataSource, ProgressLog progress, PhaseClock clock) {
		this.dataSource = dataSource;
		this.progress = progress;
		this.clock = clock;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.tally = new RunTally(stepExecution.getExecutionContext());
		this.jobExecutionId = stepExecution.getJobExecutionId();
		this.request = RunRequest.fromJobParameters(stepExecution.getJobParameters());
		this.quarantine = Quarantine.besideInbox(this.request.inbox());
	}

	@Override
	public void write(Chunk<? extends ParsedSubmission> chunk) throws SQLException {
		long started = System.nanoTime();
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		List<ParsedSubmission> written = new ArrayList<>(chunk.size());
		List<ParsedSubmission> readable = new ArrayList<>(chunk.size());
		for (ParsedSubmission submission : chunk) {
			if (submission.isUnreadable()) {
				record(connection, submission);
			}
			else {
				readable.add(submission);
			}
			written.add(submission);
		}
		// The file named by rerun --file is what IT wants current, even where a later submission holds its projects.
		this.loader.apply(connection, readable, this.jobExecutionId, this.request.mode() == RunRequest.Mode.RERUN_FILE);
		recordFolders(connection, readable);
		afterCommit(() -> written.forEach(this::committed));
		this.clock.load(System.nanoTime() - started);
	}

	private void committed(ParsedSubmission submission) {
		if (submission.isUnreadable()) {
			setAside(submission);
		}
		else {
			this.tally.add(RunTally.LOADED, 1);
			this.tally.add(RunTally.PROJECTS, submission.projects().size());
			this.tally.add(RunTally.CELLS, submission.projects().stream().mapToLong(Project::cellCount).sum());
			this.tally.add(RunTally.PROBLEMS, submission.problems().size());
		}
		this.progress.fileDone();
	}

	private void record(Connection connection, ParsedSubmission submission) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("""
				INSERT INTO dw.quarantined_file (file_name, checksum_sha256, format, reason, moved_to, job_execution_id,
				                                 quarantined_at, inbox_department)
				VALUES (?, ?, ?, ?, ?, ?, now(), ?)""")) {
			statement.setString(1, submission.file().name());
			statement.setString(2, submission.file().checksum());
			statement.setString(3, submission.format());
			statement.setString(4, submission.unreadableReason());
			statement.setString(5, this.quarantine.folder().toString());
			statement.setLong(6, this.jobExecutionId);
			statement.setString(7, InboxFiles.departmentFolder(this.request.inbox(), submission.file().path()));
			statement.executeUpdate();
		}
	}

	/** Who sent each file: the department whose inbox subfolder held it (none for a file elsewhere). */
	private void recordFolders(Connection connection, List<ParsedSubmission> submissions) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("UPDATE dw.submission SET inbox_department = ? WHERE checksum_sha256 = ?")) {
			for (ParsedSubmission submission : submissions) {
				statement.setString(1, InboxFiles.departmentFolder(this.request.inbox(), submission.file().path()));
				statement.setString(2, submission.file().checksum());
				statement.addBatch();
			}
			statement.executeBatch();
		}
	}

	/** Moves the file into the quarantine folder; a file that cannot be moved stays recorded and is not retried. */
	private void setAside(ParsedSubmission submission) {
		String reason = submission.unreadableReason();
		try {
			logger.warn("Set aside " + submission.file().name() + " (" + reason + ") in "
					+ this.quarantine.setAside(submission.file().path(), reason));
		}
		catch (IOException ex) {
			logger.warn("Set aside " + submission.file().name() + " (" + reason + "), but could not move it: " + ex);
		}
		this.tally.quarantined(submission.file().name(), reason);
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

}
