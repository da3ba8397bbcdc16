package org.roadmapetl.cli;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.roadmapetl.config.RoadmapProperties;
import org.roadmapetl.job.RunCounts;
import org.roadmapetl.job.RunRequest;
import org.roadmapetl.normalise.RoadmapPeriod;
import org.roadmapetl.warehouse.FiscalYearDimension;
import org.roadmapetl.warehouse.InboxLedger;
import org.roadmapetl.warehouse.RunLock;

/**
 * Carries out a parsed command against the running application and says how it ended.
 * Everything that changes the warehouse runs under the {@link RunLock}; holding it, any
 * run still marked running is known to be dead.
 */
@Component
class CommandRunner {

	private static final Log logger = LogFactory.getLog(CommandRunner.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job loadJob;

	private final Job checkJob;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final RoadmapProperties properties;

	private final RoadmapPeriod period;

	private final Clock clock;

	CommandRunner(JobOperator jobOperator, JobRepository jobRepository, Job loadSubmissionsJob, Job checkFindingsJob,
			DataSource dataSource, JdbcTemplate jdbc, RoadmapProperties properties, RoadmapPeriod period, Clock clock) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.loadJob = loadSubmissionsJob;
		this.checkJob = checkFindingsJob;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.properties = properties;
		this.period = period;
		this.clock = clock;
	}

	int execute(Command command) throws Exception {
		if (command instanceof Command.Status status) {
			return StatusReport.print(status, this.jobRepository, this.jdbc, System.out);
		}
		if (command instanceof Command.Schedule schedule) {
			return new Scheduler(schedule,
					() -> underLock(() -> start(this.loadJob, runRequest(schedule.inbox(), null))))
				.run();
		}
		return underLock(() -> {
			if (command instanceof Command.Run run) {
				return start(this.loadJob, runRequest(run.inbox(), run.fiscalYear()));
			}
			if (command instanceof Command.Rerun rerun) {
				return start(this.loadJob, rerunRequest(rerun));
			}
			if (command instanceof Command.Check check) {
				return start(this.checkJob, RunRequest.check(year(check.fiscalYear())));
			}
			if (command instanceof Command.Restart restart) {
				return restart(restart.executionId());
			}
			if (command instanceof Command.Abandon abandon) {
				return abandon(abandon.executionId());
			}
			return ExitCodes.SUCCESS;
		});
	}

	interface LockedWork {

		int run() throws Exception;

	}

	/**
	 * Runs the work holding the run lock, or says who holds it and returns the
	 * in-progress status.
	 */
	int underLock(LockedWork work) throws Exception {
		Optional<RunLock> lock = RunLock.tryAcquire(this.dataSource);
		if (lock.isEmpty()) {
			System.err.println("roadmap-etl: another run is in progress" + runningRun() + ", held by "
					+ RunLock.describeHolder(this.dataSource) + "; nothing was done");
			return ExitCodes.RUN_IN_PROGRESS;
		}
		try (RunLock held = lock.get()) {
			recoverDeadRuns();
			if (new FiscalYearDimension(JdbcClient.create(this.jdbc)).markPeriod(this.period)) {
				logger.info("The roadmap period is now " + this.period + " (" + this.period.firstYear() + "-"
						+ this.period.lastYear() + ")");
			}
			return work.run();
		}
	}

	/**
	 * Runs still marked running while we hold the lock were left by a process that died:
	 * mark them failed.
	 */
	private void recoverDeadRuns() {
		for (Job job : new Job[] { this.loadJob, this.checkJob }) {
			for (JobExecution execution : this.jobRepository.findRunningJobExecutions(job.getName())) {
				this.jobOperator.recover(execution);
				logger.warn("Run " + execution.getId() + " was left running by a process that died; marked FAILED. "
						+ "'restart " + execution.getId() + "' continues it, 'abandon " + execution.getId()
						+ "' drops it.");
			}
		}
	}

	private String runningRun() {
		return new RunHistory(this.jobRepository).recent(20)
			.stream()
			.filter(JobExecution::isRunning)
			.findFirst()
			.map((run) -> " (run " + run.getId() + ", started " + RunHistory.time(run.getStartTime()) + ")")
			.orElse("");
	}

	private int restart(long id) throws Exception {
		JobExecution failed = execution(id);
		if (failed == null) {
			System.err.println("roadmap-etl: there is no run " + id + " (see status)");
			return ExitCodes.USAGE_OR_CONFIGURATION;
		}
		if (failed.getStatus() != BatchStatus.FAILED && failed.getStatus() != BatchStatus.STOPPED) {
			System.err.println("roadmap-etl: run " + id + " is " + failed.getStatus()
					+ "; only a failed or stopped run " + "can be restarted");
			return ExitCodes.USAGE_OR_CONFIGURATION;
		}
		JobExecution last = this.jobRepository.getLastJobExecution(failed.getJobInstance());
		if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			System.err.println("roadmap-etl: run " + id + " was completed by its restart, run " + last.getId());
			return ExitCodes.USAGE_OR_CONFIGURATION;
		}
		return exitStatus(this.jobOperator.restart(failed));
	}

	private int abandon(long id) throws Exception {
		JobExecution execution = execution(id);
		if (execution == null) {
			System.err.println("roadmap-etl: there is no run " + id + " (see status)");
			return ExitCodes.USAGE_OR_CONFIGURATION;
		}
		if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
			System.err.println("roadmap-etl: run " + id + " is already " + execution.getStatus());
			return ExitCodes.USAGE_OR_CONFIGURATION;
		}
		this.jobOperator.abandon(this.jobRepository.getJobExecution(id));
		System.out.println("Run " + id + " abandoned.");
		return ExitCodes.SUCCESS;
	}

	/** The run with this id, or null when there is none. */
	private JobExecution execution(long id) {
		try {
			return this.jobRepository.getJobExecution(id);
		}
		catch (EmptyResultDataAccessException ex) {
			return null;
		}
	}

	private int start(Job job, RunRequest request) throws Exception {
		return exitStatus(this.jobOperator.start(job, request.toJobParameters(newRunId())));
	}

	private static int exitStatus(JobExecution execution) {
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

	/**
	 * Unique per run, so every run is a new job instance; restart goes by execution id
	 * instead.
	 */
	private static long newRunId() {
		return System.currentTimeMillis() * 1000 + ThreadLocalRandom.current().nextInt(1000);
	}

}
