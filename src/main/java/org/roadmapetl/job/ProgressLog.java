package org.roadmapetl.job;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Logs a long run's progress at most every few seconds: files done of the total and, once
 * the run has a sample worth estimating from, its rate and the time left. The rate is
 * measured from the first file written, so the start-up (the context, the first chunk's
 * compilation) does not make the first estimate hours long.
 */
final class ProgressLog {

	private static final Log logger = LogFactory.getLog(ProgressLog.class);

	private static final long INTERVAL_NANOS = Duration.ofSeconds(5).toNanos();

	/** An estimate needs this long since the first file was written… */
	private static final long SAMPLE_NANOS = Duration.ofSeconds(10).toNanos();

	/** …and this many files written since. */
	private static final long SAMPLE_FILES = 20;

	private long total;

	private long lastLogged;

	private long firstWritten;

	private long done;

	synchronized void start(long totalFiles) {
		this.total = totalFiles;
		this.done = 0;
		this.firstWritten = 0;
		this.lastLogged = System.nanoTime();
	}

	synchronized void fileDone() {
		long now = System.nanoTime();
		if (this.done++ == 0) {
			this.firstWritten = now;
		}
		if (now - this.lastLogged < INTERVAL_NANOS) {
			return;
		}
		this.lastLogged = now;
		long sampled = this.done - 1;
		long elapsed = now - this.firstWritten;
		if (sampled < SAMPLE_FILES || elapsed < SAMPLE_NANOS) {
			logger
				.info(String.format("progress: %d of at most %d files (time left: estimated once more have been read)",
						this.done, this.total));
			return;
		}
		double rate = sampled / (elapsed / 1e9);
		long left = Math.max(0, this.total - this.done);
		logger.info(String.format(
				"progress: %d of at most %d files, %.1f files/s, about %ds left to load them " + "(then the check)",
				this.done, this.total, rate, Math.round(left / rate)));
	}

	/** The end of loading: the files loaded, and that the check comes next. */
	synchronized void finished(long seconds) {
		logger.info(String.format("loaded %d file(s) in %d s; checking the findings", this.done, seconds));
	}

}
