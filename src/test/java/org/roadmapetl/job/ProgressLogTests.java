package org.roadmapetl.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.roadmapetl.project.ParsedSubmission;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress log estimates only from a sample (two chunks and ten seconds), from the
 * rates of the latter half of the time so far, at the pace of the slower stage; on a
 * pipeline that reads ahead of its writer and starts slow, its first estimate is within a
 * factor of two of the time really left. Driven by a clock of its own, never the wall
 * clock.
 */
class ProgressLogTests {

	private static final long MILLIS = 1_000_000;

	private long now;

	private final ProgressLog progress = new ProgressLog(() -> this.now);

	@Test
	void noEstimateBeforeTwoChunksHaveEndedAndTenSecondsHavePassed() {
		start(10_000);
		read(400, 2_000);
		chunkEnds(200, 12_000);
		assertThat(this.progress.estimate()).as("one chunk, however long").isNull();

		start(10_000);
		read(400, 2_000);
		chunkEnds(200, 3_000);
		read(200, 5_000);
		chunkEnds(200, 6_000);
		read(200, 8_000);
		chunkEnds(200, 9_999);
		assertThat(this.progress.estimate()).as("three chunks within ten seconds").isNull();
		read(200, 10_000);
		chunkEnds(200, 10_000);
		assertThat(this.progress.estimate()).isNotNull();
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theFirstEstimateIsLoggedAtOnceOtherLinesFiveSecondsApart(CapturedOutput output) {
		start(10_000);
		read(400, 3_000);
		chunkEnds(200, 6_000);
		read(200, 8_000);
		chunkEnds(200, 9_000);
		read(200, 10_000);
		chunkEnds(200, 10_500);
		read(200, 11_000);
		chunkEnds(200, 12_000);

		assertThat(output.getOut().lines().filter((line) -> line.contains("progress:"))).satisfiesExactly(
				(line) -> assertThat(line)
					.contains("progress: 200 of at most 10000 files (400 read; time left: estimated once"),
				(line) -> assertThat(line).contains("progress: 600 of at most 10000 files (800 read), ")
					.contains(" files/s, about 106s left to load them (then the check)"));
	}

	@Test
	void theTimeLeftIsTheSlowerStages() {
		start(1_000);
		read(500, 9_000);
		chunkEnds(400, 10_000);
		read(100, 14_000);
		chunkEnds(200, 15_000);
		// loading: 200 files in 5 s, 400 left; reading: 100 in 5 s, 400 left
		assertThat(this.progress.estimate()).isEqualTo(new ProgressLog.Estimate(20, 20));

		start(1_000);
		read(600, 9_000);
		chunkEnds(400, 10_000);
		read(200, 14_000);
		chunkEnds(200, 15_000);
		assertThat(this.progress.estimate()).isEqualTo(new ProgressLog.Estimate(40, 10));
	}

	@Test
	void theRateIsTheLatterHalfOfTheTimeSoFarNotTheSlowStart() {
		start(10_000);
		long at = 0;
		for (int chunk = 1; chunk <= 14; chunk++) {
			// the first two chunks take 5 s each, the next ones 1 s
			at += (chunk <= 2) ? 5_000 : 1_000;
			read(200, at);
			chunkEnds(200, at);
		}
		// from the chunk end at 10 s to the last at 22 s
		assertThat(this.progress.estimate()).isEqualTo(new ProgressLog.Estimate(200, 7200 / 200.0));
	}

	/**
	 * A simulated step: reading {@code readMillis} a file (three times that for the first
	 * chunk's files, before the compiler caught up), writing {@code writeMillis} a file
	 * while the readers work and {@code aloneMillis} when nothing is left to read (two
	 * cores shared), the first chunk twice as slow.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "readers the bottleneck | 3000 | 8  |  5 | 2.5",
			"writer the bottleneck  | 3000 | 4  | 10 | 5", "two cores shared, few chunks | 1000 | 18 | 18 | 9" })
	void theFirstEstimateOfAPipelineThatReadsAheadAndStartsSlowIsWithinTwiceTheTimeLeft(String pipeline, int files,
			double readMillis, double writeMillis, double aloneMillis) {
		List<Event> events = new ArrayList<>();
		long end = simulate(files, 200, readMillis, writeMillis, aloneMillis, events);
		start(files);
		for (Event event : events) {
			this.now = event.nanos();
			event.action().accept(this.progress);
			ProgressLog.Estimate estimate = this.progress.estimate();
			if (estimate != null) {
				assertThat(this.now).isGreaterThanOrEqualTo(10_000 * MILLIS);
				double left = (end - this.now) / 1e9;
				assertThat(estimate.secondsLeft()).as("the first estimate, %.1f s before the end", left)
					.isBetween(left / 2, left * 2);
				return;
			}
		}
		throw new AssertionError("no estimate in a run of " + end / 1e9 + " s");
	}

	/**
	 * The events of a step as {@link ReadAhead} and the chunk loop order them: the step's
	 * first read hands the readers two chunks, every later chunk's first read one more; a
	 * chunk is written once its last file has been read.
	 * @return when the last chunk ends
	 */
	private static long simulate(int files, int chunk, double readMillis, double writeMillis, double aloneMillis,
			List<Event> events) {
		double[] readAt = new double[files + 1];
		int handedToReaders = 0;
		double readersFree = 0;
		double chunkStarts = 0;
		double ended = 0;
		for (int first = 1; first <= files; first += chunk) {
			int last = Math.min(files, first + chunk - 1);
			int upTo = Math.min(files, last + chunk);
			for (int file = handedToReaders + 1; file <= upTo; file++) {
				readersFree = Math.max(readersFree, chunkStarts) + ((file <= chunk) ? 3 : 1) * readMillis;
				readAt[file] = readersFree;
				events.add(new Event(nanos(readersFree), ProgressLog::fileRead));
			}
			handedToReaders = upTo;
			double writing = Math.max(ended, readAt[last]);
			boolean alone = readAt[upTo] <= writing;
			ended = writing + (last - first + 1) * (alone ? aloneMillis : writeMillis) * ((first == 1) ? 2 : 1);
			Chunk<Path> inputs = new Chunk<>(Collections.nCopies(last - first + 1, Path.of("file")));
			events.add(new Event(nanos(writing), (progress) -> progress.beforeChunk(inputs)));
			events.add(new Event(nanos(ended), (progress) -> progress.afterChunk(new Chunk<>())));
			chunkStarts = ended;
		}
		events.sort(Comparator.comparingLong(Event::nanos));
		return nanos(ended);
	}

	private static long nanos(double millis) {
		return Math.round(millis * MILLIS);
	}

	private void start(int files) {
		this.now = 0;
		this.progress.start(files);
	}

	private void read(int files, long atMillis) {
		this.now = atMillis * MILLIS;
		for (int i = 0; i < files; i++) {
			this.progress.fileRead();
		}
	}

	private void chunkEnds(int files, long atMillis) {
		this.now = atMillis * MILLIS;
		this.progress.beforeChunk(new Chunk<>(Collections.nCopies(files, Path.of("file"))));
		this.progress.afterChunk(new Chunk<ParsedSubmission>());
	}

	private record Event(long nanos, Consumer<ProgressLog> action) {
	}

}
