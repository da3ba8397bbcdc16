package org.roadmapetl.job;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;

import org.roadmapetl.project.ParsedSubmission;
import org.roadmapetl.project.Project;
import org.roadmapetl.warehouse.SubmissionLoader;

/**
 * Applies each parsed submission to the warehouse on the chunk's own connection, so that the submission, the
 * step's progress and its counts commit together. Unreadable files are counted and reported, never loaded.
 */
final class SubmissionWriter implements ItemWriter<ParsedSubmission>, StepExecutionListener {

	private static final Log logger = LogFactory.getLog(SubmissionWriter.class);

	private final DataSource dataSource;

	private final SubmissionLoader loader = new SubmissionLoader();

	private final ProgressLog progress;

	private RunTally tally;

	private long jobExecutionId;

	SubmissionWriter(DataSource dataSource, ProgressLog progress) {
		this.dataSource = dataSource;
		this.progress = progress;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.tally = new RunTally(stepExecution.getExecutionContext());
		this.jobExecutionId = stepExecution.getJobExecutionId();
	}

	@Override
	public void write(Chunk<? extends ParsedSubmission> chunk) throws SQLException {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		for (ParsedSubmission submission : chunk) {
			if (submission.isUnreadable()) {
				logger.warn("Set aside " + submission.file().name() + ": " + submission.unreadableReason());
				this.tally.quarantined(submission.file().name(), submission.unreadableReason());
			}
			else {
				this.loader.apply(connection, submission, this.jobExecutionId);
				this.tally.add(RunTally.LOADED, 1);
				this.tally.add(RunTally.PROJECTS, submission.projects().size());
				this.tally.add(RunTally.CELLS, submission.projects().stream().mapToLong(Project::cellCount).sum());
				this.tally.add(RunTally.PROBLEMS, submission.problems().size());
			}
			this.progress.fileDone();
		}
	}

}
