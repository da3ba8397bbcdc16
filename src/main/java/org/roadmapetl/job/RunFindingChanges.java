package org.roadmapetl.job;

import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.roadmapetl.check.FindingChanges;

/**
 * The findings a run's check added, resolved and reopened, kept in the check step's
 * execution context.
 */
public final class RunFindingChanges {

	private static final String ADDED = "findings.new";

	private static final String RESOLVED = "findings.resolved";

	private static final String REOPENED = "findings.reopened";

	private RunFindingChanges() {
	}

	static void record(ExecutionContext context, FindingChanges changes) {
		context.putLong(ADDED, changes.added());
		context.putLong(RESOLVED, changes.resolved());
		context.putLong(REOPENED, changes.reopened());
	}

	/**
	 * What the run's check changed; empty for a run that did not check (or was not
	 * checked again).
	 */
	public static Optional<FindingChanges> of(JobExecution execution) {
		for (StepExecution step : execution.getStepExecutions()) {
			ExecutionContext context = step.getExecutionContext();
			if (context.containsKey(ADDED)) {
				return Optional.of(new FindingChanges(context.getLong(ADDED), context.getLong(RESOLVED),
						context.getLong(REOPENED)));
			}
		}
		return Optional.empty();
	}

}
