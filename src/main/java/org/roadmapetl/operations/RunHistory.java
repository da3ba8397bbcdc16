package org.roadmapetl.operations;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;

import org.roadmapetl.job.RunCounts;
import org.roadmapetl.job.RunFindingChanges;

/** The recent runs as IT staff read them in a terminal: one line each, reasons for set-aside files below. */
public final class RunHistory {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final JdbcTemplate jdbc;

	private final JobRepository jobRepository;

	public RunHistory(JdbcTemplate jdbc, JobRepository jobRepository) {
		this.jdbc = jdbc;
		this.jobRepository = jobRepository;
	}

	public void print(int limit, PrintStream out) {
		List<Long> ids = this.jdbc.queryForList(
				"SELECT job_execution_id FROM batch.batch_job_execution ORDER BY job_execution_id DESC LIMIT ?", Long.class,
				limit);
		if (ids.isEmpty()) {
			out.println("No runs yet.");
			return;
		}
		out.printf("%6s  %-7s  %-19s  %-19s  %-9s  %6s  %7s  %11s  %6s  %8s%n", "id", "command", "started", "ended",
				"status", "loaded", "skipped", "quarantined", "errors", "warnings");
		for (Long id : ids) {
			JobExecution execution = this.jobRepository.getJobExecution(id);
			RunCounts counts = RunCounts.of(execution);
			out.printf("%6d  %-7s  %-19s  %-19s  %-9s  %6d  %7d  %11d  %6d  %8d%n", id, command(execution),
					time(execution.getStartTime()), time(execution.getEndTime()), execution.getStatus(), counts.loaded(),
					counts.skipped(), counts.quarantined(), counts.errors(), counts.warnings());
			RunFindingChanges.of(execution).ifPresent((changes) -> out.println("        findings: " + changes.describe()));
			for (String reason : counts.quarantineReasons()) {
				out.println("        set aside: " + reason);
			}
		}
	}

	private static String command(JobExecution execution) {
		String mode = execution.getJobParameters().getString("mode");
		return (mode == null) ? "?" : mode.toLowerCase().replace("rerun_", "rerun/").replace('_', '-');
	}

	private static String time(LocalDateTime time) {
		return (time != null) ? TIME.format(time) : "-";
	}

}
