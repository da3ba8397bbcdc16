package org.roadmapetl.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.core.task.AsyncTaskExecutor;

import org.roadmapetl.project.ParsedSubmission;
import org.roadmapetl.project.SubmissionFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The step's read-ahead hands files out in inbox order with each one's own result, a
 * file's failure as that file's, and never has more than its window of files read but not
 * yet taken.
 */
class ReadAheadTests {

	private static final int WINDOW = 8;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	private final AtomicInteger submitted = new AtomicInteger();

	private final AsyncTaskExecutor threads = (task) -> {
		this.submitted.incrementAndGet();
		this.pool.execute(task);
	};

	@AfterEach
	void stopPool() {
		this.pool.shutdownNow();
	}

	@Test
	void everyFileComesBackInOrderWithItsOwnResultAndNoMoreThanTheWindowIsAhead() throws Exception {
		List<Path> files = IntStream.range(0, 100).mapToObj((i) -> Path.of("inbox", "file-" + i + ".xlsx")).toList();
		ReadAhead ahead = new ReadAhead(new ListItemReader<>(files), ReadAheadTests::parsed, this.threads, WINDOW,
				new ProgressLog());

		List<String> names = new ArrayList<>();
		int taken = 0;
		for (Path path = ahead.read(); path != null; path = ahead.read()) {
			assertThat(this.submitted.get() - taken).isLessThanOrEqualTo(WINDOW);
			names.add(ahead.process(path).file().name());
			taken++;
		}

		assertThat(names).isEqualTo(files.stream().map((file) -> file.getFileName().toString()).toList());
		assertThat(this.submitted.get()).isEqualTo(100);
	}

	@Test
	void aFileThatCannotBeReadFailsAsItselfAndTheNextFilesStillCome() throws Exception {
		List<Path> files = List.of(Path.of("a.xlsx"), Path.of("broken.xlsx"), Path.of("c.xlsx"));
		ReadAhead ahead = new ReadAhead(new ListItemReader<>(files), (path) -> {
			if (path.toString().startsWith("broken")) {
				throw new IllegalStateException("cannot read " + path);
			}
			return parsed(path);
		}, this.threads, WINDOW, new ProgressLog());

		assertThat(ahead.process(ahead.read()).file().name()).isEqualTo("a.xlsx");
		Path broken = ahead.read();
		assertThatThrownBy(() -> ahead.process(broken)).isInstanceOf(IllegalStateException.class)
			.hasMessage("cannot read broken.xlsx");
		assertThat(ahead.process(ahead.read()).file().name()).isEqualTo("c.xlsx");
		assertThat(ahead.read()).isNull();
	}

	private static ParsedSubmission parsed(Path path) {
		String name = path.getFileName().toString();
		return new ParsedSubmission(new SubmissionFile(path, name, name, 1), "XLSX", List.of(), List.of(), null);
	}

}
