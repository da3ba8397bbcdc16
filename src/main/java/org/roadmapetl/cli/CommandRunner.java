package org.roadmapetl.cli;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

import org.roadmapetl.job.RunCounts;
import org.roadmapetl.job.RunRequest;
import org.roadmapetl.normalise.FiscalYear;

/** Carries out a parsed command against the running application and says how it ended. */
@Component
class CommandRunner {

	private final JobOperator jobOperator;

	private final Job loadJob;

	private final Job checkJob;

	CommandRunner(JobOperator jobOperator, Job loadSubmissionsJob, Job checkFindingsJob) {
		this.jobOperator = jobOperator;
		this.loadJob = loadSubmissionsJob;
		this.checkJob = checkFindingsJob;
	}

	int execute(Command command) {
		if (command instanceof Command.Run run) {
			return load(new RunRequest(RunRequest.Mode.RUN, run.inbox(), year(run.fiscalYear()), null, null));
		}
		if (command instanceof Command.Rerun rerun) {
			return load(rerunRequest(rerun));
		}
		if (command instanceof Command.Check check) {
			return start(this.checkJob, RunRequest.check(year(check.fiscalYear())));
		}
		return ExitCodes.SUCCESS;
	}

	private static RunRequest rerunRequest(Command.Rerun rerun) {
		RunRequest.Mode mode = (rerun.file() != null) ? RunRequest.Mode.RERUN_FILE
				: (rerun.department() != null) ? RunRequest.Mode.RERUN_DEPARTMENT : RunRequest.Mode.RERUN_ALL;
		return new RunRequest(mode, rerun.inbox(), year(rerun.fiscalYear()), rerun.file(), rerun.department());
	}

	private int load(RunRequest request) {
		return start(this.loadJob, request);
	}

	private int start(Job job, RunRequest request) {
		try {
			JobExecution execution = this.jobOperator.start(job, request.toJobParameters(newRunId()));
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				return ExitCodes.FAILED;
			}
			return (RunCounts.of(execution).quarantined() > 0) ? ExitCodes.FINISHED_WITH_QUARANTINE : ExitCodes.SUCCESS;
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not start job " + job.getName() + ": " + ex.getMessage(), ex);
		}
	}

	private static Integer year(Integer requested) {
		return (requested != null) ? requested : FiscalYear.containing(LocalDate.now()).startYear();
	}

	/** Unique per run, so every run is a new job instance; restart goes by execution id instead. */
	private static long newRunId() {
		return System.currentTimeMillis() * 1000 + ThreadLocalRandom.current().nextInt(1000);
	}

}
