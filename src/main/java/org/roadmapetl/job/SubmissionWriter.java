package org.roadmapetl.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.roadmapetl.project.ParsedSubmission;
import org.roadmapetl.project.Project;
import org.roadmapetl.warehouse.SubmissionLoader;

/**
 * Applies each parsed submission to the warehouse on the chunk's own connection, so that the submissions, the
 * step's progress and its counts commit together. The files the step skipped in this chunk are recorded in the
 * same transaction and moved to the quarantine folder once it has committed.
 */
final class SubmissionWriter implements ItemWriter<ParsedSubmission>, StepExecutionListener {

	private final DataSource dataSource;

	private final SubmissionLoader loader = new SubmissionLoader();

	private final SetAsideListener skipped;

	private final ProgressLog progress;

	private final PhaseClock clock;

	private RunTally tally;

	private long jobExecutionId;

	private QuarantineMoves moves;

	private RunRequest request;

	SubmissionWriter(DataSource dataSource, SetAsideListener skipped, ProgressLog progress, PhaseClock clock) {
		this.dataSource = dataSource;
		this.skipped = skipped;
		this.progress = progress;
		this.clock = clock;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.tally = new RunTally(stepExecution.getExecutionContext());
		this.jobExecutionId = stepExecution.getJobExecutionId();
		this.request = RunRequest.fromJobParameters(stepExecution.getJobParameters());
		this.moves = new QuarantineMoves(Quarantine.besideInbox(this.request.inbox()), this.tally);
		this.skipped.drain();
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getWriteCount() > 0) {
			long started = System.nanoTime();
			SubmissionLoader.analyseLoaded(this.dataSource);
			this.clock.load(System.nanoTime() - started);
		}
		return null;
	}

	@Override
	public void write(Chunk<? extends ParsedSubmission> chunk) throws SQLException {
		long started = System.nanoTime();
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		List<FileSetAside> setAside = this.skipped.drain();
		for (FileSetAside file : setAside) {
			if (file.fault() != FileSetAside.Fault.TRANSIENT && !file.recorded()) {
				record(connection, file);
			}
		}
		List<ParsedSubmission> written = new ArrayList<>(chunk.getItems());
		// The file named by rerun --file is what IT wants current, even where a later submission holds its projects.
		this.loader.apply(connection, written, this.jobExecutionId, this.request.mode() == RunRequest.Mode.RERUN_FILE);
		recordFolders(connection, written);
		afterCommit(() -> {
			written.forEach(this::committed);
			setAside.forEach(this.moves::committed);
		});
		this.clock.load(System.nanoTime() - started);
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

	private void committed(ParsedSubmission submission) {
		this.tally.add(RunTally.PROJECTS, submission.projects().size());
		this.tally.add(RunTally.CELLS, submission.projects().stream().mapToLong(Project::cellCount).sum());
		this.tally.add(RunTally.PROBLEMS, submission.problems().size());
		this.progress.fileDone();
	}

	private void record(Connection connection, FileSetAside file) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("""
				INSERT INTO dw.quarantined_file (file_name, checksum_sha256, format, reason, moved_to, job_execution_id,
				                                 quarantined_at, fault, inbox_department)
				VALUES (?, ?, ?, ?, ?, ?, now(), ?, ?)""")) {
			statement.setString(1, Names.escape(file.path().getFileName().toString()));
			statement.setString(2, file.file().checksum());
			statement.setString(3, null);
			statement.setString(4, Names.escape(file.reason()));
			statement.setString(5, this.moves.folder().toString());
			statement.setLong(6, this.jobExecutionId);
			statement.setString(7, (file.fault() == FileSetAside.Fault.INTERNAL) ? "internal" : "department");
			statement.setString(8, InboxFiles.departmentFolder(this.request.inbox(), file.path()));
			statement.executeUpdate();
		}
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
