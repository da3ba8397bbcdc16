package org.roadmapetl.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import org.roadmapetl.inbox.InboxFiles;
import org.roadmapetl.project.ParsedSubmission;
import org.roadmapetl.project.SubmissionFile;
import org.roadmapetl.project.SubmissionParser;

/**
 * Hashes one inbox file, passes over it (returns null) when the run does not want it,
 * else reads and normalises it; the database is only asked what it knows. A file that
 * cannot be read comes out as a {@link FileSetAside} saying whose fault that is, which
 * the step's skip policy skips.
 */
class SubmissionProcessor implements ItemProcessor<Path, ParsedSubmission> {

	private final SubmissionParser parser;

	private final WantedFiles wanted;

	/**
	 * A compressed package of this size can hold shared strings of hundreds of MB; an
	 * .xls is its own size.
	 */
	private static final long LARGE_FILE_BYTES = 8L * 1024 * 1024;

	private final PhaseClock clock;

	private final ReentrantLock largeFiles = new ReentrantLock();

	SubmissionProcessor(SubmissionParser parser, WantedFiles wanted, PhaseClock clock) {
		this.parser = parser;
		this.wanted = wanted;
		this.clock = clock;
	}

	@Override
	public ParsedSubmission process(Path path) {
		long started = System.nanoTime();
		SubmissionFile file = null;
		BasicFileAttributes before = null;
		try {
			before = Files.readAttributes(path, BasicFileAttributes.class);
			file = InboxFiles.describe(path);
			if (!this.wanted.test(file)) {
				return null;
			}
			return parse(file);
		}
		catch (FileSetAside decided) {
			throw decided;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw FileSetAside.of(ex, path, file, false);
		}
		catch (IOException | RuntimeException | Error ex) {
			// An Error (a heap exhausted, a stack overflowed) while reading one file ends
			// that file, not the night.
			throw FileSetAside.of(ex, path, file, before != null && changed(path, before));
		}
		finally {
			this.clock.read(System.nanoTime() - started);
		}
	}

	/**
	 * Large files are read one at a time, so that two reader threads never hold two large
	 * workbooks' strings and formats at once; the rest read side by side.
	 */
	private ParsedSubmission parse(SubmissionFile file) throws IOException, InterruptedException {
		if (file.sizeBytes() < LARGE_FILE_BYTES) {
			return this.parser.parse(file);
		}
		this.largeFiles.lockInterruptibly();
		try {
			return this.parser.parse(file);
		}
		finally {
			this.largeFiles.unlock();
		}
	}

	private static boolean changed(Path path, BasicFileAttributes before) {
		try {
			BasicFileAttributes now = Files.readAttributes(path, BasicFileAttributes.class);
			return now.size() != before.size() || !now.lastModifiedTime().equals(before.lastModifiedTime());
		}
		catch (IOException ex) {
			return true;
		}
	}

}
