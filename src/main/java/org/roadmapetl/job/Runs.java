package org.roadmapetl.job;

import java.time.format.DateTimeFormatter;
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
import org.springframework.stereotype.Component;

import org.roadmapetl.warehouse.RunLock;

/**
 * Starts, restarts and abandons the jobs, each holding the warehouse's {@link RunLock}:
 * holding it, any run still marked running is known to be dead and is marked failed
 * first.
 */
@Component
public class Runs {

	private static final Log logger = LogFactory.getLog(Runs.class);

	private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** Another process holds the warehouse: nothing was done. */
	public static final class WarehouseBusyException extends RuntimeException {

		WarehouseBusyException(String message) {
			super(message);
		}

	}

	/** A restart or abandon the run's state does not allow: nothing was done. */
	public static final class RunRefusedException extends RuntimeException {

		RunRefusedException(String message) {
			super(message);
		}

	}

	/** Work done holding the lock. */
	public interface LockedWork<T> {

		T run() throws Exception;

	}

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job loadJob;

	private final Job checkJob;

	private final DataSource dataSource;

	Runs(JobOperator jobOperator, JobRepository jobRepository, Job loadSubmissionsJob, Job checkFindingsJob,
			DataSource dataSource) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.loadJob = loadSubmissionsJob;
		this.checkJob = checkFindingsJob;
		this.dataSource = dataSource;
	}

	/** Starts the load job, or the check job for {@link RunRequest.Mode#CHECK}. */
	public JobExecution start(RunRequest request) throws Exception {
		Job job = (request.mode() == RunRequest.Mode.CHECK) ? this.checkJob : this.loadJob;
		return underLock(() -> this.jobOperator.start(job, request.toJobParameters(newRunId())));
	}

	public JobExecution restart(long id) throws Exception {
		return underLock(() -> {
			JobExecution failed = existing(id);
			if (failed.getStatus() != BatchStatus.FAILED && failed.getStatus() != BatchStatus.STOPPED) {
				throw new RunRefusedException(
						"run " + id + " is " + failed.getStatus() + "; only a failed or stopped run can be restarted");
			}
			JobExecution last = this.jobRepository.getLastJobExecution(failed.getJobInstance());
			if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
				throw new RunRefusedException("run " + id + " was completed by its restart, run " + last.getId());
			}
			return this.jobOperator.restart(failed);
		});
	}

	public void abandon(long id) throws Exception {
		underLock(() -> {
			JobExecution execution = existing(id);
			if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
				throw new RunRefusedException("run " + id + " is already " + execution.getStatus());
			}
			this.jobOperator.abandon(execution);
			return null;
		});
	}

	/**
	 * Runs the work holding the run lock, or says who holds it with a
	 * {@link WarehouseBusyException}.
	 */
	public <T> T underLock(LockedWork<T> work) throws Exception {
		Optional<RunLock> lock = RunLock.tryAcquire(this.dataSource);
		if (lock.isEmpty()) {
			throw new WarehouseBusyException("another run is in progress" + runningRun() + ", held by "
					+ RunLock.describeHolder(this.dataSource) + "; nothing was done");
		}
		try (RunLock held = lock.get()) {
			recoverDeadRuns();
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
		for (Job job : new Job[] { this.loadJob, this.checkJob }) {
			for (JobExecution execution : this.jobRepository.findRunningJobExecutions(job.getName())) {
				String started = (execution.getStartTime() != null) ? execution.getStartTime().format(STARTED) : "-";
				return " (run " + execution.getId() + ", started " + started + ")";
			}
		}
		return "";
	}

	private JobExecution existing(long id) {
		try {
			JobExecution execution = this.jobRepository.getJobExecution(id);
			if (execution != null) {
				return execution;
			}
		}
		catch (EmptyResultDataAccessException ex) {
			// as below
		}
		throw new RunRefusedException("there is no run " + id + " (see status)");
	}

	/**
	 * Unique per run, so every run is a new job instance; restart goes by execution id
	 * instead.
	 */
	private static long newRunId() {
		return System.currentTimeMillis() * 1000 + ThreadLocalRandom.current().nextInt(1000);
	}

}
