package org.roadmapetl.cli;

import java.nio.file.Path;

/** A command of the command line, parsed and checked. */
public sealed interface Command {

	/** {@code run}: load the inbox's new files. */
	record Run(Path inbox, Integer fiscalYear) implements Command {
	}

	/** {@code rerun}: reload one file, a department's submissions, or all of them. */
	record Rerun(Path inbox, Path file, String department, Integer fiscalYear) implements Command {
	}

	/**
	 * {@code check}: recompute findings and statuses for a reporting year without
	 * loading.
	 */
	record Check(Integer fiscalYear) implements Command {
	}

	/** {@code status}: the recent runs with their counts. */
	record Status(int limit) implements Command {
	}

	/** {@code restart ID}: continue a failed run where it stopped. */
	record Restart(long executionId) implements Command {
	}

	/** {@code abandon ID}: mark a dead or failed run abandoned, never to be restarted. */
	record Abandon(long executionId) implements Command {
	}

	/**
	 * {@code schedule}: stay running and start {@code run} at every cron tick
	 * ({@code ticks}: stop after so many).
	 */
	record Schedule(String cron, Path inbox, Integer ticks) implements Command {
	}

	/**
	 * {@code feedback}: one workbook (or CSV) of open findings per department, or for one
	 * department.
	 */
	record Feedback(Integer fiscalYear, Path out, String department, String format, Path inbox) implements Command {
	}

	/**
	 * {@code export-roadmap}: the consolidated roadmap workbook in the departments' block
	 * form.
	 */
	record ExportRoadmap(Integer fiscalYear, Path out) implements Command {
	}

	/**
	 * {@code validate}: read and check files against the warehouse as it stands, changing
	 * nothing.
	 */
	record Validate(java.util.List<Path> files, Integer fiscalYear, boolean json, Path feedback) implements Command {
	}

	/** {@code --help} or {@code help}: print the usage of one command or of all. */
	record Help(String text) implements Command {
	}

}
