package org.roadmapetl.job;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** Logs a long run's progress at most every few seconds: files done of the total, rate and time left. */
final class ProgressLog {

	private static final Log logger = LogFactory.getLog(ProgressLog.class);

	private static final long INTERVAL_NANOS = Duration.ofSeconds(5).toNanos();

	private long total;

	private long started;

	private long lastLogged;

	private long done;

	synchronized void start(long totalFiles) {
		this.total = totalFiles;
		this.done = 0;
		this.started = System.nanoTime();
		this.lastLogged = this.started;
	}

	synchronized void fileDone() {
		this.done++;
		long now = System.nanoTime();
		if (now - this.lastLogged < INTERVAL_NANOS) {
			return;
		}
		this.lastLogged = now;
		double rate = this.done / Math.max((now - this.started) / 1e9, 1e-3);
		long left = Math.max(0, this.total - this.done);
		logger.info(String.format("progress: %d of at most %d files, %.1f files/s, about %ds left", this.done,
				this.total, rate, Math.round(left / Math.max(rate, 1e-3))));
	}

}
