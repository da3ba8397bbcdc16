package org.roadmapetl.cli;

import java.time.Clock;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.roadmapetl.config.RoadmapProperties;
import org.roadmapetl.job.RunCounts;
import org.roadmapetl.job.RunRequest;
import org.roadmapetl.job.Runs;
import org.roadmapetl.warehouse.InboxLedger;

/**
 * Turns a parsed command that runs a job into its request, starts it through
 * {@link Runs}, and maps how it ended to an exit status.
 */
@Component
class CommandRunner {

	/** Work that ends with an exit status. */
	interface Work {

		int run() throws Exception;

	}

	private final Runs runs;

	private final JobRepository jobRepository;

	private final JdbcTemplate jdbc;

	private final RoadmapProperties properties;

	private final Clock clock;

	CommandRunner(Runs runs, JobRepository jobRepository, JdbcTemplate jdbc, RoadmapProperties properties,
			Clock clock) {
		this.runs = runs;
		this.jobRepository = jobRepository;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	int execute(Command command) throws Exception {
		try {
			if (command instanceof Command.Status status) {
				return StatusReport.print(status, this.jobRepository, this.jdbc, System.out);
			}
			if (command instanceof Command.Schedule schedule) {
				return new Scheduler(schedule, () -> tick(schedule)).run();
			}
			if (command instanceof Command.Run run) {
				return exitStatus(this.runs.start(runRequest(run.inbox(), run.fiscalYear())));
			}
			if (command instanceof Command.Rerun rerun) {
				return exitStatus(this.runs.start(rerunRequest(rerun)));
			}
			if (command instanceof Command.Check check) {
				return exitStatus(this.runs.start(RunRequest.check(year(check.fiscalYear()))));
			}
			if (command instanceof Command.Restart restart) {
				return exitStatus(this.runs.restart(restart.executionId()));
			}
			if (command instanceof Command.Abandon abandon) {
				return abandoned(abandon.executionId());
			}
			return ExitCodes.SUCCESS;
		}
		catch (Runs.WarehouseBusyException ex) {
			System.err.println("roadmap-etl: " + ex.getMessage());
			return ExitCodes.RUN_IN_PROGRESS;
		}
		catch (Runs.RunRefusedException ex) {
			System.err.println("roadmap-etl: " + ex.getMessage());
			return ExitCodes.USAGE_OR_CONFIGURATION;
		}
	}

	/** One scheduled run; a tick while another process holds the warehouse is skipped. */
	private int tick(Command.Schedule schedule) throws Exception {
		try {
			return exitStatus(this.runs.start(runRequest(schedule.inbox(), null)));
		}
		catch (Runs.WarehouseBusyException ex) {
			System.err.println("roadmap-etl: " + ex.getMessage());
			return ExitCodes.RUN_IN_PROGRESS;
		}
	}

	private int abandoned(long id) throws Exception {
		this.runs.abandon(id);
		System.out.println("Run " + id + " abandoned.");
		return ExitCodes.SUCCESS;
	}

	static int exitStatus(JobExecution execution) {
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			return ExitCodes.FAILED;
		}
		RunCounts counts = RunCounts.of(execution);
		if (counts.internalErrors() > 0) {
			return ExitCodes.FAILED;
		}
		return (counts.quarantined() > 0) ? ExitCodes.FINISHED_WITH_QUARANTINE : ExitCodes.SUCCESS;
	}

	private RunRequest runRequest(java.nio.file.Path inbox, Integer fiscalYear) {
		return new RunRequest(RunRequest.Mode.RUN, inbox, year(fiscalYear), null, null);
	}

	private RunRequest rerunRequest(Command.Rerun rerun) {
		if (rerun.department() != null) {
			List<String> known = new InboxLedger(this.jdbc).knownDepartments();
			if (!known.contains(rerun.department())) {
				throw new UsageException("--department " + rerun.department() + ": the warehouse has no file of that "
						+ "department; known: " + (known.isEmpty() ? "none yet" : String.join(", ", known)));
			}
		}
		RunRequest.Mode mode = (rerun.file() != null) ? RunRequest.Mode.RERUN_FILE
				: (rerun.department() != null) ? RunRequest.Mode.RERUN_DEPARTMENT : RunRequest.Mode.RERUN_ALL;
		return new RunRequest(mode, rerun.inbox(), year(rerun.fiscalYear()), rerun.file(), rerun.department());
	}

	private Integer year(Integer requested) {
		return ReportingYears.of(requested, this.properties, this.clock);
	}

}
