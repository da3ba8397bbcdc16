package org.roadmapetl.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemReader;

import org.roadmapetl.project.SubmissionFile;

/**
 * Hands out the inbox files a run should load: for {@code run} those whose content was not loaded before, for a
 * rerun those already loaded (all, or a department's), or the one file named. Files loaded before a failure are
 * skipped again on restart by their checksum, so the reader needs no state of its own.
 */
final class InboxFileReader implements ItemReader<SubmissionFile>, StepExecutionListener {

	private static final Log logger = LogFactory.getLog(InboxFileReader.class);

	private final LoadedSubmissions loaded;

	private final ProgressLog progress;

	private RunRequest request;

	private Iterator<Path> candidates;

	private RunTally tally;

	InboxFileReader(LoadedSubmissions loaded, ProgressLog progress) {
		this.loaded = loaded;
		this.progress = progress;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.request = RunRequest.fromJobParameters(stepExecution.getJobParameters());
		this.tally = new RunTally(stepExecution.getExecutionContext());
		try {
			List<Path> files = (this.request.mode() == RunRequest.Mode.RERUN_FILE) ? List.of(this.request.file())
					: InboxFiles.list(this.request.inbox());
			this.candidates = files.iterator();
			this.progress.start(files.size());
			logger.info(files.size() + " file(s) in " + describeSource());
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot list the inbox " + this.request.inbox() + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public SubmissionFile read() throws IOException {
		while (this.candidates.hasNext()) {
			Path path = this.candidates.next();
			if (!Files.isRegularFile(path)) {
				continue;
			}
			SubmissionFile file = InboxFiles.describe(path);
			if (wanted(file)) {
				return file;
			}
			if (this.request.mode() == RunRequest.Mode.RUN) {
				this.tally.add(RunTally.SKIPPED, 1);
			}
		}
		return null;
	}

	private boolean wanted(SubmissionFile file) {
		return switch (this.request.mode()) {
			case RUN -> !this.loaded.isKnown(file.checksum());
			case RERUN_ALL -> this.loaded.isLoaded(file.checksum());
			case RERUN_DEPARTMENT -> this.loaded.isLoadedFor(file.checksum(), this.request.department());
			case RERUN_FILE -> true;
			case CHECK -> false;
		};
	}

	private String describeSource() {
		return (this.request.mode() == RunRequest.Mode.RERUN_FILE) ? "the rerun request" : "inbox " + this.request.inbox();
	}

}
