package org.roadmapetl.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The counts of one load step, kept in its execution context so that they survive a restart and can be shown
 * by {@code status} and in the run's summary.
 */
final class RunTally {

	static final String LOADED = "files.loaded";

	static final String SKIPPED = "files.skipped";

	static final String QUARANTINED = "files.quarantined";

	static final String PROJECTS = "projects";

	static final String CELLS = "cells";

	static final String PROBLEMS = "problems";

	static final String REASONS = "quarantine.reasons";

	private static final int MAX_REASONS_KEPT = 200;

	private final ExecutionContext context;

	RunTally(ExecutionContext context) {
		this.context = context;
	}

	void add(String counter, long amount) {
		this.context.putLong(counter, get(counter) + amount);
	}

	long get(String counter) {
		return this.context.getLong(counter, 0L);
	}

	void quarantined(String file, String reason) {
		add(QUARANTINED, 1);
		List<String> reasons = reasons();
		if (reasons.size() < MAX_REASONS_KEPT) {
			reasons.add(file + ": " + reason);
			this.context.putString(REASONS, String.join("\n", reasons));
		}
	}

	List<String> reasons() {
		String joined = this.context.getString(REASONS, "");
		List<String> reasons = new ArrayList<>();
		if (!joined.isEmpty()) {
			reasons.addAll(List.of(joined.split("\n")));
		}
		return reasons;
	}

}
