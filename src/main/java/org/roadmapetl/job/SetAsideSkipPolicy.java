package org.roadmapetl.job;

import org.springframework.batch.core.step.skip.SkipPolicy;

/**
 * The load step skips a file that could not be read, whatever the count; anything else
 * fails the step.
 */
final class SetAsideSkipPolicy implements SkipPolicy {

	@Override
	public boolean shouldSkip(Throwable failure, long skipCount) {
		return failure instanceof FileSetAside;
	}

}
