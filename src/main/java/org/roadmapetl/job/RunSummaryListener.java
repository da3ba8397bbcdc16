package org.roadmapetl.job;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Ends every run with one summary: files loaded, skipped and set aside with reasons;
 * projects, cells, time.
 */
final class RunSummaryListener implements JobExecutionListener {

	private static final Log logger = LogFactory.getLog(RunSummaryListener.class);

	private final PhaseClock clock;

	RunSummaryListener(PhaseClock clock) {
		this.clock = clock;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		this.clock.reset();
	}

	@Override
	public void afterJob(JobExecution execution) {
		RunCounts counts = RunCounts.of(execution);
		Duration took = (execution.getStartTime() != null && execution.getEndTime() != null)
				? Duration.between(execution.getStartTime(), execution.getEndTime()) : Duration.ZERO;
		logger.info(String.format(
				"Run %d %s in %.1f s: %d file(s) loaded, %d skipped (seen before), %d set aside, %d to retry, "
						+ "%d waiting to settle; %d project(s), %d plan/actual cells, %d problem(s) recorded; "
						+ "findings: %d error(s), %d warning(s)",
				execution.getId(), execution.getStatus(), took.toMillis() / 1000.0, counts.loaded(), counts.skipped(),
				counts.quarantined(), counts.retries(), counts.waits(), counts.projects(), counts.cells(),
				counts.problems(), counts.errors(), counts.warnings()));
		RunFindingChanges.of(execution).ifPresent((changes) -> logger.info("Findings: " + changes.describe()));
		logger.info(this.clock.describe());
		for (String reason : counts.quarantineReasons()) {
			logger.warn("  set aside: " + reason);
		}
		counts.setAsideNotListed().ifPresent((more) -> logger.warn("  set aside: " + more));
		for (String reason : counts.retried()) {
			logger.warn("  to retry next run: " + reason);
		}
		if (counts.retries() > counts.retried().size()) {
			logger.warn("  to retry next run: " + (counts.retries() - counts.retried().size()) + " more file(s)");
		}
		for (String name : counts.waiting()) {
			logger.info("  waiting to settle: " + name);
		}
		if (counts.waits() > counts.waiting().size()) {
			logger.info("  waiting to settle: " + (counts.waits() - counts.waiting().size()) + " more file(s)");
		}
		if (counts.internalErrors() > 0) {
			logger.error("  " + counts.internalErrors() + " file(s) set aside for an internal error of roadmap-etl: "
					+ "the run fails; see the stack traces above");
		}
		for (StepExecution step : execution.getStepExecutions()) {
			for (Throwable failure : step.getFailureExceptions()) {
				logger.error("  step " + step.getStepName() + " failed: " + failure.getMessage());
			}
		}
	}

}
