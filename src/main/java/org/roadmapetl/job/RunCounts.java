package org.roadmapetl.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** The counts of one run, summed over its load steps' execution contexts. */
public record RunCounts(long loaded, long skipped, long quarantined, long projects, long cells, long problems,
		long errors, long warnings, List<String> quarantineReasons) {

	public static RunCounts of(JobExecution execution) {
		long[] sums = new long[8];
		List<String> reasons = new ArrayList<>();
		for (StepExecution step : execution.getStepExecutions()) {
			RunTally tally = new RunTally(step.getExecutionContext());
			sums[0] += tally.get(RunTally.LOADED);
			sums[1] += tally.get(RunTally.SKIPPED);
			sums[2] += tally.get(RunTally.QUARANTINED);
			sums[3] += tally.get(RunTally.PROJECTS);
			sums[4] += tally.get(RunTally.CELLS);
			sums[5] += tally.get(RunTally.PROBLEMS);
			sums[6] += step.getExecutionContext().getLong(CheckFindingsTasklet.ERRORS, 0L);
			sums[7] += step.getExecutionContext().getLong(CheckFindingsTasklet.WARNINGS, 0L);
			reasons.addAll(tally.reasons());
		}
		return new RunCounts(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7], reasons);
	}

}
