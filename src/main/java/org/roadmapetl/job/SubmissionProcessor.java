package org.roadmapetl.job;

import java.io.IOException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import org.roadmapetl.project.ParsedSubmission;
import org.roadmapetl.project.SubmissionFile;
import org.roadmapetl.project.SubmissionParser;

/** Reads and normalises one inbox file; the database is not touched here. */
final class SubmissionProcessor implements ItemProcessor<SubmissionFile, ParsedSubmission> {

	private static final Log logger = LogFactory.getLog(SubmissionProcessor.class);

	private final SubmissionParser parser;

	private final PhaseClock clock;

	SubmissionProcessor(SubmissionParser parser, PhaseClock clock) {
		this.parser = parser;
		this.clock = clock;
	}

	/**
	 * Whatever goes wrong while reading one file sets that file aside with the reason, so that one hostile or
	 * broken file never stops the night's run for everyone else.
	 */
	@Override
	public ParsedSubmission process(SubmissionFile file) {
		long started = System.nanoTime();
		try {
			return this.parser.parse(file);
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			logger.warn("Could not read " + file.name(), ex);
			return ParsedSubmission.unreadable(file, "UNKNOWN", "could not be read: " + ex);
		}
		finally {
			this.clock.read(System.nanoTime() - started);
		}
	}

}
