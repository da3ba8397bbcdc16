package org.roadmapetl.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemReader;

import org.roadmapetl.inbox.InboxFiles;
import org.roadmapetl.submission.Names;

/**
 * Hands out the inbox files a run may read, oldest first (for a rerun of one file, that
 * file). A file whose size or modification time changed within the settle time is still
 * being written (a slow upload, an SMB copy): it is left alone this run and named as
 * waiting, the way Camel's {@code readLock=changed} waits.
 */
class InboxFileReader implements ItemReader<Path>, StepExecutionListener {

	private static final Log logger = LogFactory.getLog(InboxFileReader.class);

	private final Duration settle;

	private final Clock clock;

	private final ProgressLog progress;

	private Iterator<Path> candidates;

	private RunTally tally;

	InboxFileReader(Duration settle, Clock clock, ProgressLog progress) {
		this.settle = settle;
		this.clock = clock;
		this.progress = progress;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		RunRequest request = RunRequest.fromJobParameters(stepExecution.getJobParameters());
		this.tally = new RunTally(stepExecution.getExecutionContext());
		try {
			boolean one = request.mode() == RunRequest.Mode.RERUN_FILE;
			List<Path> files = one ? List.of(request.file()) : InboxFiles.list(request.inbox());
			this.candidates = files.iterator();
			this.progress.start(files.size());
			logger.info(files.size() + " file(s) in " + (one ? "the rerun request" : "inbox " + request.inbox()));
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot list the inbox " + request.inbox() + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		LocalDateTime started = stepExecution.getStartTime();
		if (ExitStatus.COMPLETED.getExitCode().equals(stepExecution.getExitStatus().getExitCode()) && started != null) {
			this.progress.finished(stepExecution.getWriteCount(),
					Duration.between(started, LocalDateTime.now(this.clock)).toSeconds());
		}
		return null;
	}

	@Override
	public Path read() {
		while (this.candidates.hasNext()) {
			Path path = this.candidates.next();
			if (settled(path)) {
				return path;
			}
		}
		return null;
	}

	/**
	 * Whether the file has stayed unchanged for the settle time; a file gone since the
	 * listing is passed over.
	 */
	private boolean settled(Path path) {
		if (this.settle.isZero()) {
			return true;
		}
		try {
			BasicFileAttributes first = Files.readAttributes(path, BasicFileAttributes.class);
			Instant changed = first.lastModifiedTime().toInstant();
			if (Duration.between(changed, this.clock.instant()).compareTo(this.settle) >= 0) {
				return true;
			}
			String name = path.getFileName().toString();
			logger.info("Waiting for " + Names.escape(name) + " to settle (changed "
					+ Duration.between(changed, this.clock.instant()).toSeconds() + " s ago, roadmap.settle.seconds="
					+ this.settle.toSeconds() + "); left for the next run");
			this.tally.append(RunTally.WAITING, name, null);
			return false;
		}
		catch (IOException ex) {
			String name = path.getFileName().toString();
			logger.warn("Could not look at " + Names.escape(name) + " (" + ex + "); tried again next run");
			this.tally.append(RunTally.RETRY, name, ex.toString());
			return false;
		}
	}

}
