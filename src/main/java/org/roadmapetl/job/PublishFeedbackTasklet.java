package org.roadmapetl.job;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.roadmapetl.feedback.DepartmentFeedback;
import org.roadmapetl.feedback.MarkedCopies;
import org.roadmapetl.project.SubmissionParser;

/**
 * The job's last step: with {@code roadmap.feedback.dir} set, one workbook per department
 * for the run's reporting year, written after its check — by {@code run}, {@code rerun}
 * and every tick of {@code schedule} alike.
 */
final class PublishFeedbackTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(PublishFeedbackTasklet.class);

	private final DataSource dataSource;

	private final Path folder;

	private final SubmissionParser parser;

	PublishFeedbackTasklet(DataSource dataSource, Path folder, SubmissionParser parser) {
		this.dataSource = dataSource;
		this.folder = folder;
		this.parser = parser;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		if (this.folder == null) {
			return RepeatStatus.FINISHED;
		}
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		boolean checked = step.getJobExecution()
			.getStepExecutions()
			.stream()
			.filter((other) -> other.getStepName().equals("checkFindings"))
			.anyMatch((other) -> Boolean.TRUE.equals(other.getExecutionContext().get(CheckFindingsTasklet.CHECKED)));
		if (!checked) {
			logger.info("Nothing was loaded and the findings stand: the feedback folder is left as it was");
			return RepeatStatus.FINISHED;
		}
		int year = chunkContext.getStepContext()
			.getStepExecution()
			.getJobParameters()
			.getLong(RunRequest.FISCAL_YEAR)
			.intValue();
		try (Connection connection = this.dataSource.getConnection()) {
			String inbox = step.getJobParameters().getString(RunRequest.INBOX);
			MarkedCopies marked = new MarkedCopies(this.parser, (inbox != null) ? Path.of(inbox) : null);
			List<Path> files = new DepartmentFeedback(connection, UnaryOperator.identity(), marked)
				.writeAll(this.folder, year, null, DepartmentFeedback.Format.XLSX);
			logger.info("Wrote feedback for " + files.size() + " department(s) to " + this.folder);
			marked.notes().forEach(logger::warn);
		}
		return RepeatStatus.FINISHED;
	}

}
