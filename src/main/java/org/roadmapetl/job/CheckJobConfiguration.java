package org.roadmapetl.job;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import org.roadmapetl.check.FindingsCheck;
import org.roadmapetl.check.SubmissionSchedule;
import org.roadmapetl.config.RoadmapProperties;
import org.roadmapetl.normalise.RoadmapPeriod;

/**
 * The check job ({@code check}): findings and statuses recomputed for a reporting year,
 * nothing loaded.
 */
@Configuration(proxyBeanMethods = false)
class CheckJobConfiguration {

	static final String CHECK_JOB_NAME = "checkFindings";

	@Bean
	Job checkFindingsJob(JobRepository jobRepository, Step markPeriod, Step checkFindings, PhaseClock clock) {
		return new JobBuilder(CHECK_JOB_NAME, jobRepository).listener(new RunSummaryListener(clock))
			.start(markPeriod)
			.next(checkFindings)
			.build();
	}

	/** The last step of the load job too. */
	@Bean
	Step checkFindings(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
			DataSource dataSource, PhaseClock clock, RoadmapPeriod period, RoadmapProperties properties) {
		SubmissionSchedule schedule = new SubmissionSchedule(properties.submission().schedule(), jdbc);
		return new StepBuilder("checkFindings", jobRepository)
			.tasklet(new CheckFindingsTasklet(
					new FindingsCheck(jdbc, transactionManager,
							ruleLanes(dataSource, properties.load().effectiveReaderThreads()), period, schedule),
					clock), transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	/**
	 * How many rules of the check run at once: one per reader thread, as far as the pool
	 * has connections beside the two the run lock and the check's own transaction hold
	 * (none: the rules run in that transaction).
	 */
	static int ruleLanes(DataSource dataSource, int threads) {
		int pool = threads + 2;
		try {
			if (dataSource.isWrapperFor(HikariDataSource.class)) {
				pool = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
			}
		}
		catch (SQLException ex) {
			// not a Hikari pool: as many connections as the lanes need
		}
		return Math.max(0, Math.min(threads, pool - 2));
	}

}
