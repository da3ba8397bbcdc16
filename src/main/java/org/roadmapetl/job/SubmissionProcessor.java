package org.roadmapetl.job;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import org.roadmapetl.project.ParsedSubmission;
import org.roadmapetl.project.SubmissionFile;
import org.roadmapetl.project.SubmissionParser;

/** Reads and normalises one inbox file; the database is not touched here. */
final class SubmissionProcessor implements ItemProcessor<SubmissionFile, ParsedSubmission> {

	private final SubmissionParser parser;

	SubmissionProcessor(SubmissionParser parser) {
		this.parser = parser;
	}

	@Override
	public ParsedSubmission process(SubmissionFile file) throws Exception {
		return this.parser.parse(file);
	}

}
