package org.roadmapetl.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.roadmapetl.submission.Names;

/**
 * What one load step keeps beside Spring Batch's own counts (read, write, filter, skip),
 * in its execution context so that {@code status} and the run's summary can show it: the
 * content loaded and the files set aside, left to retry or waiting to settle, each with
 * its reason. Names are stored escaped.
 */
final class RunTally {

	static final String PROJECTS = "projects";

	static final String CELLS = "cells";

	static final String PROBLEMS = "problems";

	static final String INTERNAL_ERRORS = "files.internal.errors";

	static final String REASONS = "quarantine.reasons";

	static final String RETRY = "files.retry";

	static final String WAITING = "files.waiting";

	/**
	 * Of the files to retry, those the step skipped (a transient read error), not those
	 * it could not look at.
	 */
	static final String TRANSIENT_SKIPS = "files.retry.skipped";

	private static final int MAX_KEPT = 200;

	private static final String COUNTED = ".count";

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
		append(REASONS, file, reason);
	}

	/**
	 * Counts every entry; keeps the names of the first {@value #MAX_KEPT}, so the context
	 * stays small.
	 */
	void append(String list, String file, String reason) {
		add(list + COUNTED, 1);
		List<String> entries = list(list);
		if (entries.size() < MAX_KEPT) {
			entries.add(Names.escape(file) + ((reason != null) ? ": " + Names.escape(reason) : ""));
			this.context.putString(list, String.join("\n", entries));
		}
	}

	/**
	 * How many entries a list had, kept or not (a run recorded before the count: those
	 * kept).
	 */
	long count(String list) {
		return this.context.containsKey(list + COUNTED) ? get(list + COUNTED) : list(list).size();
	}

	List<String> reasons() {
		return list(REASONS);
	}

	List<String> list(String list) {
		String joined = this.context.getString(list, "");
		List<String> entries = new ArrayList<>();
		if (!joined.isEmpty()) {
			entries.addAll(List.of(joined.split("\n")));
		}
		return entries;
	}

}
