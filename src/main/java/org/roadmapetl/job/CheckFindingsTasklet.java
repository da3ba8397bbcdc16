package org.roadmapetl.job;

import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.roadmapetl.check.FindingChanges;
import org.roadmapetl.check.FindingsCheck;
import org.roadmapetl.normalise.FiscalYear;

/**
 * Recomputes the findings and statuses for the run's reporting fiscal year, and counts
 * them by severity.
 */
final class CheckFindingsTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(CheckFindingsTasklet.class);

	static final String ERRORS = "findings.errors";

	static final String WARNINGS = "findings.warnings";

	/**
	 * Whether this run's check computed the findings again (false: they stood as the last
	 * check left them).
	 */
	static final String CHECKED = "findings.checked";

	private final FindingsCheck check;

	private final PhaseClock clock;

	CheckFindingsTasklet(FindingsCheck check, PhaseClock clock) {
		this.check = check;
		this.clock = clock;
	}

	/**
	 * A nightly run that loaded nothing new leaves the warehouse as the last check of the
	 * same year saw it, so its findings stand; {@code check} always recomputes.
	 */
	private boolean nothingChangedSinceTheLastCheck(StepExecution step, int year) {
		String mode = step.getJobParameters().getString(RunRequest.MODE);
		if (mode == null || RunRequest.Mode.valueOf(mode) == RunRequest.Mode.CHECK) {
			return false;
		}
		RunCounts counts = RunCounts.of(step.getJobExecution());
		return counts.loaded() == 0 && counts.quarantined() == 0 && this.check.isUpToDate(year);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		Long year = step.getJobParameters().getLong(RunRequest.FISCAL_YEAR);
		if (nothingChangedSinceTheLastCheck(step, year.intValue())) {
			logger.info(String.format("Nothing was loaded and the findings of %s are up to date: not checked again",
					new FiscalYear(year.intValue()).label()));
			Map<String, Integer> bySeverity = this.check.bySeverity();
			step.getExecutionContext().putLong(ERRORS, bySeverity.get("error"));
			step.getExecutionContext().putLong(WARNINGS, bySeverity.get("warning"));
			RunFindingChanges.record(step.getExecutionContext(), FindingChanges.NONE);
			step.getExecutionContext().put(CHECKED, false);
			return RepeatStatus.FINISHED;
		}
		long started = System.nanoTime();
		FindingsCheck.Outcome outcome = this.check.run(year.intValue());
		this.clock.check(System.nanoTime() - started);
		Map<String, Integer> byType = outcome.byType();
		RunFindingChanges.record(step.getExecutionContext(), outcome.changes());
		Map<String, Integer> bySeverity = this.check.bySeverity();
		ExecutionContext context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
		context.putLong(ERRORS, bySeverity.get("error"));
		context.putLong(WARNINGS, bySeverity.get("warning"));
		context.put(CHECKED, true);
		logger.info(String.format("Checked reporting fiscal year %s (%d): %d error(s), %d warning(s) %s; %s",
				new FiscalYear(year.intValue()).label(), year, bySeverity.get("error"), bySeverity.get("warning"),
				byType, outcome.changes().describe()));
		return RepeatStatus.FINISHED;
	}

}
