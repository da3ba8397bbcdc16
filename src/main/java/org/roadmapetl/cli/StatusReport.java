package org.roadmapetl.cli;

import java.io.PrintStream;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.roadmapetl.check.OverdueDepartments;

/**
 * What {@code status} prints: the recent runs, then the departments whose submission is
 * still owed.
 */
final class StatusReport {

	private StatusReport() {
	}

	/**
	 * From the {@link StatusApplication} (or any context with a job repository and a JDBC
	 * template).
	 */
	static int print(Command.Status status, ApplicationContext context, PrintStream out) {
		return print(status, context.getBean(JobRepository.class), context.getBean(JdbcTemplate.class), out);
	}

	static int print(Command.Status status, JobRepository jobRepository, JdbcTemplate jdbc, PrintStream out) {
		new RunHistory(jobRepository).print(status.limit(), out);
		new OverdueDepartments(jdbc).print(out);
		return ExitCodes.SUCCESS;
	}

}
