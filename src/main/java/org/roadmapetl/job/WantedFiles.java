package org.roadmapetl.job;

import java.util.function.Predicate;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import org.roadmapetl.project.SubmissionFile;
import org.roadmapetl.warehouse.InboxLedger;

/**
 * Which hashed files a run loads: for {@code run} those whose content was neither loaded
 * nor set aside before, for a rerun those already loaded (all, or a department's), or the
 * one file named. A file set aside before that is still in the inbox (its move failed) is
 * set aside again, so nothing is lost and the move is retried.
 */
class WantedFiles implements Predicate<SubmissionFile>, StepExecutionListener {

	private final InboxLedger loaded;

	private volatile RunRequest request;

	WantedFiles(InboxLedger loaded) {
		this.loaded = loaded;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.request = RunRequest.fromJobParameters(stepExecution.getJobParameters());
	}

	@Override
	public boolean test(SubmissionFile file) {
		RunRequest run = this.request;
		return switch (run.mode()) {
			case RUN -> isNew(file);
			case RERUN_ALL -> this.loaded.isLoaded(file.checksum());
			case RERUN_DEPARTMENT -> this.loaded.isLoadedFor(file.checksum(), run.department());
			case RERUN_FILE -> true;
			case CHECK -> false;
		};
	}

	private boolean isNew(SubmissionFile file) {
		InboxLedger.Known known = this.loaded.known(file.checksum());
		if (!known.isKnown()) {
			return true;
		}
		if (!known.loaded()) {
			throw FileSetAside.stillInInbox(file.path(), file, known.setAsideReason());
		}
		return false;
	}

}
