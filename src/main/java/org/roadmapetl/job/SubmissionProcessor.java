package org.roadmapetl.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import org.roadmapetl.project.ParsedSubmission;
import org.roadmapetl.project.SubmissionFile;
import org.roadmapetl.project.SubmissionParser;

/**
 * Hashes one inbox file, passes over it (returns null) when the run does not want it, else reads and
 * normalises it; the database is only asked what it knows. A file that cannot be read comes out as a
 * {@link FileSetAside} saying whose fault that is, which the step's skip policy skips.
 */
final class SubmissionProcessor implements ItemProcessor<Path, ParsedSubmission> {

	private final SubmissionParser parser;

	private final WantedFiles wanted;

	private final PhaseClock clock;

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
			return this.parser.parse(file);
		}
		catch (FileSetAside decided) {
			throw decided;
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			throw FileSetAside.of(ex, path, file, before != null && changed(path, before));
		}
		finally {
			this.clock.read(System.nanoTime() - started);
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
