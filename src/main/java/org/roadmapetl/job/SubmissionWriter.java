package org.roadmapetl.job;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.roadmapetl.inbox.InboxFiles;
import org.roadmapetl.inbox.Quarantine;
import org.roadmapetl.project.ParsedSubmission;
import org.roadmapetl.project.Project;
import org.roadmapetl.submission.Names;
import org.roadmapetl.warehouse.InboxLedger;
import org.roadmapetl.warehouse.SubmissionLoader;

/**
 * Applies each parsed submission to the warehouse on the chunk's own connection, so that
 * the submissions, the step's progress and its counts commit together. The files the step
 * skipped in this chunk are recorded in the same transaction and moved to the quarantine
 * folder once it has committed.
 */
class SubmissionWriter implements ItemWriter<ParsedSubmission>, StepExecutionListener {

	private final DataSource dataSource;

	private final SubmissionLoader loader = new SubmissionLoader();

	private final SetAsideListener skipped;

	private final PhaseClock clock;

	private RunTally tally;

	private long jobExecutionId;

	private QuarantineMoves moves;

	private RunRequest request;

	SubmissionWriter(DataSource dataSource, SetAsideListener skipped, PhaseClock clock) {
		this.dataSource = dataSource;
		this.skipped = skipped;
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
		// The file named by rerun --file is what IT wants current, even where a later
		// submission holds its projects.
		this.loader.apply(connection, written, this.jobExecutionId, this.request.mode() == RunRequest.Mode.RERUN_FILE);
		recordFolders(connection, written);
		afterCommit(() -> {
			written.forEach(this::committed);
			setAside.forEach(this.moves::committed);
		});
		this.clock.load(System.nanoTime() - started);
	}

	/**
	 * Who sent each file: the department whose inbox subfolder held it (none for a file
	 * elsewhere).
	 */
	private void recordFolders(Connection connection, List<ParsedSubmission> submissions) {
		Map<String, String> folders = new LinkedHashMap<>();
		for (ParsedSubmission submission : submissions) {
			folders.put(submission.file().checksum(),
					InboxFiles.departmentFolder(this.request.inbox(), submission.file().path()));
		}
		InboxLedger.recordFolders(connection, folders);
	}

	private void committed(ParsedSubmission submission) {
		this.tally.add(RunTally.PROJECTS, submission.projects().size());
		this.tally.add(RunTally.CELLS, submission.projects().stream().mapToLong(Project::cellCount).sum());
		this.tally.add(RunTally.PROBLEMS, submission.problems().size());
	}

	private void record(Connection connection, FileSetAside file) {
		InboxLedger.recordSetAside(connection,
				new InboxLedger.SetAside(Names.escape(file.path().getFileName().toString()), file.file().checksum(),
						Names.escape(file.reason()), this.moves.folder().toString(), this.jobExecutionId,
						(file.fault() == FileSetAside.Fault.INTERNAL) ? "internal" : "department",
						InboxFiles.departmentFolder(this.request.inbox(), file.path())));
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
