package org.roadmapetl.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;

import org.roadmapetl.project.ParsedSubmission;

/**
 * Logs a long run's progress every few seconds: files through the step (loaded, passed
 * over or set aside) of the total and, as soon as the run has a sample worth estimating
 * from, the rate and the time left. Both stages of the pipeline are counted: files read
 * and normalised ({@link ReadAhead}, one by one) and files through a finished chunk (200
 * at once, by default). Each stage's rate is taken between chunk ends over the latter
 * half of the time so far (at most the last minute): the start-up and the compilation
 * that slows the first files fade out of it, and no chunk counts half-way. The time left
 * is the slower stage's: the one the other waits for.
 */
class ProgressLog implements ChunkListener<Path, ParsedSubmission> {

	private static final Log logger = LogFactory.getLog(ProgressLog.class);

	private static final long INTERVAL_NANOS = Duration.ofSeconds(5).toNanos();

	/** No estimate before the step has run this long and two chunks have ended. */
	private static final long SAMPLE_NANOS = Duration.ofSeconds(10).toNanos();

	private static final long LONGEST_WINDOW_NANOS = Duration.ofMinutes(1).toNanos();

	/** Where each stage stood when a chunk ended. */
	private record Mark(long nanos, long read, long through) {
	}

	/** The time left at one stage's rate. */
	record Estimate(double filesPerSecond, double secondsLeft) {

		private static Estimate of(long filesLeft, long filesDone, double seconds) {
			double rate = filesDone / seconds;
			return new Estimate(rate, (filesLeft <= 0) ? 0 : filesLeft / rate);
		}

	}

	private final LongSupplier nanoTime;

	/** From the newest chunk end at least a window old (else the first) to the last. */
	private final List<Mark> marks = new ArrayList<>();

	private long total;

	private long started;

	private long lastLogged;

	private boolean estimated;

	private long read;

	private long inChunk;

	private long through;

	ProgressLog() {
		this(System::nanoTime);
	}

	ProgressLog(LongSupplier nanoTime) {
		this.nanoTime = nanoTime;
	}

	synchronized void start(long totalFiles) {
		this.total = totalFiles;
		this.started = this.nanoTime.getAsLong();
		this.lastLogged = this.started;
		this.estimated = false;
		this.marks.clear();
		this.read = 0;
		this.inChunk = 0;
		this.through = 0;
	}

	/** A reader thread is done with a file, whatever came of it. */
	synchronized void fileRead() {
		this.read++;
	}

	@Override
	public synchronized void beforeChunk(Chunk<Path> files) {
		this.inChunk = files.size();
	}

	@Override
	public synchronized void afterChunk(Chunk<ParsedSubmission> loaded) {
		long now = this.nanoTime.getAsLong();
		this.through += this.inChunk;
		this.inChunk = 0;
		this.marks.add(new Mark(now, this.read, this.through));
		long window = Math.min((now - this.started) / 2, LONGEST_WINDOW_NANOS);
		while (this.marks.size() > 2 && now - this.marks.get(1).nanos() >= window) {
			this.marks.remove(0);
		}
		Estimate estimate = estimate();
		// the first estimate as soon as there is one
		if (now - this.lastLogged >= INTERVAL_NANOS || (estimate != null && !this.estimated)) {
			this.lastLogged = now;
			this.estimated = estimate != null;
			logger.info(describe(estimate));
		}
	}

	/**
	 * The estimate as of the last chunk's end, or {@code null} before a sample worth
	 * estimating from.
	 */
	synchronized Estimate estimate() {
		if (this.marks.size() < 2) {
			return null;
		}
		Mark first = this.marks.get(0);
		Mark last = this.marks.get(this.marks.size() - 1);
		if (last.nanos() - this.started < SAMPLE_NANOS) {
			return null;
		}
		double seconds = (last.nanos() - first.nanos()) / 1e9;
		Estimate loading = Estimate.of(this.total - last.through(), last.through() - first.through(), seconds);
		if (last.read() == first.read()) {
			// the readers waited the whole window for the writer to take files
			return loading;
		}
		Estimate reading = Estimate.of(this.total - last.read(), last.read() - first.read(), seconds);
		return (reading.secondsLeft() > loading.secondsLeft()) ? reading : loading;
	}

	private String describe(Estimate estimate) {
		if (estimate == null) {
			return String.format(
					"progress: %d of at most %d files (%d read; time left: estimated once more have been loaded)",
					this.through, this.total, this.read);
		}
		return String.format(
				"progress: %d of at most %d files (%d read), %.1f files/s, about %ds left to load them "
						+ "(then the check)",
				this.through, this.total, this.read, estimate.filesPerSecond(), Math.round(estimate.secondsLeft()));
	}

	/** The end of loading: the files loaded, and that the check comes next. */
	void finished(long loaded, long seconds) {
		logger.info(String.format("loaded %d file(s) in %d s; checking the findings", loaded, seconds));
	}

}
