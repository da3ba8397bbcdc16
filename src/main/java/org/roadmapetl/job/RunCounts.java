package org.roadmapetl.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * The counts of one run: files loaded (the load step's write count), skipped as seen
 * before (its filter count), set aside (its skipped files less those left to retry), and
 * what the steps kept beside them.
 */
public record RunCounts(long loaded, long skipped, long quarantined, long projects, long cells, long problems,
		long errors, long warnings, long internalErrors, List<String> quarantineReasons, long retries,
		List<String> retried, long waits, List<String> waiting) {

	/**
	 * The line that follows the listed set-aside files when there were more than are
	 * kept, or empty.
	 */
	public java.util.Optional<String> setAsideNotListed() {
		long more = this.quarantined - this.quarantineReasons.size();
		return (more > 0) ? java.util.Optional.of("and " + more + " more file(s) set aside (not listed here; each has "
				+ "its reason file beside it in the quarantine folder)") : java.util.Optional.empty();
	}

	public static RunCounts of(JobExecution execution) {
		long[] sums = new long[11];
		List<String> reasons = new ArrayList<>();
		List<String> retried = new ArrayList<>();
		List<String> waiting = new ArrayList<>();
		for (StepExecution step : execution.getStepExecutions()) {
			RunTally tally = new RunTally(step.getExecutionContext());
			long retries = tally.count(RunTally.RETRY);
			long skippedToRetry = step.getExecutionContext().containsKey(RunTally.TRANSIENT_SKIPS)
					? tally.get(RunTally.TRANSIENT_SKIPS) : retries;
			sums[0] += step.getWriteCount();
			sums[1] += step.getFilterCount();
			sums[2] += Math.max(0, step.getProcessSkipCount() - skippedToRetry);
			sums[3] += tally.get(RunTally.PROJECTS);
			sums[4] += tally.get(RunTally.CELLS);
			sums[5] += tally.get(RunTally.PROBLEMS);
			sums[6] += step.getExecutionContext().getLong(CheckFindingsTasklet.ERRORS, 0L);
			sums[7] += step.getExecutionContext().getLong(CheckFindingsTasklet.WARNINGS, 0L);
			sums[8] += tally.get(RunTally.INTERNAL_ERRORS);
			reasons.addAll(tally.reasons());
			sums[9] += retries;
			retried.addAll(tally.list(RunTally.RETRY));
			sums[10] += tally.count(RunTally.WAITING);
			waiting.addAll(tally.list(RunTally.WAITING));
		}
		return new RunCounts(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7], sums[8], reasons,
				sums[9], retried, sums[10], waiting);
	}

}
