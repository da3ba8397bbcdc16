package org.roadmapetl.cli;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

import org.roadmapetl.job.RunCounts;
import org.roadmapetl.job.RunFindingChanges;
import org.roadmapetl.job.RunRequest;
import org.roadmapetl.normalise.DisplayWidth;
import org.roadmapetl.normalise.FiscalYear;

/**
 * The recent runs as IT staff read them in a terminal, from Spring Batch's job
 * repository: one line each, and below it the files set aside with their reasons, those
 * left to retry and those waiting to settle.
 */
final class RunHistory {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final JobRepository jobRepository;

	RunHistory(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	/** The latest runs, newest first, of every job (a restart is a run of its own). */
	List<JobExecution> recent(int limit) {
		List<JobExecution> executions = new ArrayList<>();
		for (String job : this.jobRepository.getJobNames()) {
			for (JobInstance instance : this.jobRepository.getJobInstances(job, 0, limit)) {
				executions.addAll(this.jobRepository.getJobExecutions(instance));
			}
		}
		executions.sort(Comparator.comparingLong(JobExecution::getId).reversed());
		return executions.subList(0, Math.min(limit, executions.size()));
	}

	void print(int limit, PrintStream out) {
		List<JobExecution> executions = recent(limit);
		if (executions.isEmpty()) {
			out.println("No runs yet.");
			return;
		}
		out.printf("%6s  %-7s  %-15s  %-19s  %-19s  %-9s  %6s  %7s  %9s  %6s  %8s%n", "id", "command", "year",
				"started", "ended", "status", "loaded", "skipped", "set aside", "errors", "warnings");
		for (JobExecution execution : executions) {
			RunCounts counts = RunCounts.of(execution);
			out.printf("%6d  %-7s  %s  %-19s  %-19s  %-9s  %6d  %7d  %9d  %6d  %8d%n", execution.getId(),
					command(execution), padded(year(execution), 15), time(execution.getStartTime()),
					time(execution.getEndTime()), execution.getStatus(), counts.loaded(), counts.skipped(),
					counts.quarantined(), counts.errors(), counts.warnings());
			continuation(execution).ifPresent(
					(next) -> out.println("        continued by run " + next.getId() + " (" + next.getStatus() + ")"));
			RunFindingChanges.of(execution)
				.ifPresent((changes) -> out.println("        findings: " + changes.describe()));
			counts.quarantineReasons().forEach((reason) -> out.println("        set aside: " + reason));
			counts.setAsideNotListed().ifPresent((more) -> out.println("        set aside: " + more));
			counts.retried().forEach((reason) -> out.println("        to retry: " + reason));
			counts.waiting().forEach((name) -> out.println("        waiting to settle: " + name));
		}
	}

	/**
	 * The run that restarted this one, where one did: the next execution of the same job
	 * instance.
	 */
	private Optional<JobExecution> continuation(JobExecution execution) {
		if (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED) {
			return Optional.empty();
		}
		return this.jobRepository.getJobExecutions(execution.getJobInstance())
			.stream()
			.filter((other) -> other.getId() > execution.getId())
			.min(Comparator.comparingLong(JobExecution::getId));
	}

	private static String year(JobExecution execution) {
		Long year = execution.getJobParameters().getLong(RunRequest.FISCAL_YEAR_PARAMETER);
		return (year == null) ? "-" : new FiscalYear(year.intValue()).describe();
	}

	/** Padded to a terminal's columns: a full-width character (年度) takes two. */
	static String padded(String text, int columns) {
		return text + " ".repeat(Math.max(0, columns - DisplayWidth.of(text)));
	}

	private static String command(JobExecution execution) {
		String mode = execution.getJobParameters().getString("mode");
		return (mode == null) ? "?" : mode.toLowerCase().replace("rerun_", "rerun/").replace('_', '-');
	}

	static String time(LocalDateTime time) {
		return (time != null) ? TIME.format(time) : "-";
	}

}
