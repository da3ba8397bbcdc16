package org.roadmapetl.bench;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a run's log says about it: the summary line every run ends with, and the phases
 * line where the job prints one. A figure the log does not hold is {@code null} (printed
 * n/a), never a failure.
 *
 * @param status the run's batch status, or {@code null} when there was no summary
 * @param jobSeconds the run's duration by its summary
 * @param loaded files loaded
 * @param skipped files skipped, loaded before
 * @param setAside files set aside
 * @param projects projects loaded
 * @param cells plan and actual cells loaded
 * @param readSeconds reading and normalising, summed over the reader threads
 * @param loadSeconds applying to the warehouse
 * @param checkSeconds checking the gap rules
 * @param peakHeapMib the job's own peak heap figure
 */
record RunLog(String status, Double jobSeconds, long loaded, long skipped, long setAside, long projects, long cells,
		Double readSeconds, Double loadSeconds, Double checkSeconds, Long peakHeapMib) {

	private static final String NUMBER = "([0-9]+(?:[.,][0-9]+)?)";

	private static final Pattern SUMMARY = Pattern.compile("Run [0-9]+ ([A-Z]+) in " + NUMBER
			+ " s: ([0-9]+) file\\(s\\) loaded, ([0-9]+) skipped \\((?:loaded|seen) before\\), ([0-9]+) set aside[^;]*; "
			+ "([0-9]+) project\\(s\\), ([0-9]+) plan/actual cells");

	private static final Pattern PHASES = Pattern
		.compile("Phases: read\\+normalise " + NUMBER + " s \\(summed over reader threads\\), load " + NUMBER
				+ " s, check " + NUMBER + " s; peak heap ([0-9]+) MiB");

	static RunLog parse(List<String> lines) {
		Matcher summary = null;
		Matcher phases = null;
		for (String line : lines) {
			Matcher s = SUMMARY.matcher(line);
			if (s.find()) {
				summary = s;
			}
			Matcher p = PHASES.matcher(line);
			if (p.find()) {
				phases = p;
			}
		}
		return new RunLog((summary != null) ? summary.group(1) : null, decimal(summary, 2), whole(summary, 3),
				whole(summary, 4), whole(summary, 5), whole(summary, 6), whole(summary, 7), decimal(phases, 1),
				decimal(phases, 2), decimal(phases, 3), (phases != null) ? Long.valueOf(phases.group(4)) : null);
	}

	boolean hasPhases() {
		return this.readSeconds != null;
	}

	private static Double decimal(Matcher matcher, int group) {
		return (matcher != null) ? Double.valueOf(matcher.group(group).replace(',', '.')) : null;
	}

	private static long whole(Matcher matcher, int group) {
		return (matcher != null) ? Long.parseLong(matcher.group(group)) : 0;
	}

}
