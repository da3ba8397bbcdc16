package org.roadmapetl.job;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import org.roadmapetl.check.FindingsCheck;
import org.roadmapetl.check.SubmissionSchedule;
import org.roadmapetl.config.RoadmapProperties;
import org.roadmapetl.normalise.OrganisationMaster;
import org.roadmapetl.project.ParsedSubmission;
import org.roadmapetl.project.SubmissionParser;
import org.roadmapetl.warehouse.OrganisationDimension;

/**
 * The load job: bring the organisation dimension in step with the master, then read, normalise and apply every
 * submission the run asks for, one chunk of files per transaction.
 */
@Configuration(proxyBeanMethods = false)
class LoadJobConfiguration {

	static final String JOB_NAME = "loadSubmissions";

	static final String CHECK_JOB_NAME = "checkFindings";

	@Bean
	OrganisationMaster organisationMaster(RoadmapProperties properties) throws IOException {
		Resource master = properties.organization().master();
		try (Reader reader = new InputStreamReader(master.getInputStream(), StandardCharsets.UTF_8)) {
			return OrganisationMaster.read(reader);
		}
	}

	@Bean
	PhaseClock phaseClock() {
		return new PhaseClock();
	}

	@Bean
	Job loadSubmissionsJob(JobRepository jobRepository, Step synchroniseOrganisations, Step loadSubmissions,
			Step checkFindings, PhaseClock clock) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(new RunSummaryListener(clock))
			.start(synchroniseOrganisations)
			.next(loadSubmissions)
			.next(checkFindings)
			.build();
	}

	/** {@code check}: findings and statuses recomputed for a reporting year, nothing loaded. */
	@Bean
	Job checkFindingsJob(JobRepository jobRepository, Step checkFindings, PhaseClock clock) {
		return new JobBuilder(CHECK_JOB_NAME, jobRepository).listener(new RunSummaryListener(clock))
			.start(checkFindings)
			.build();
	}

	@Bean
	Step checkFindings(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
			PhaseClock clock, RoadmapProperties properties) {
		SubmissionSchedule schedule = new SubmissionSchedule(properties.submission().schedule(), jdbc);
		return new StepBuilder("checkFindings", jobRepository)
			.tasklet(new CheckFindingsTasklet(new FindingsCheck(jdbc, schedule), clock), transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	Step synchroniseOrganisations(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcTemplate jdbc, OrganisationMaster master) {
		OrganisationDimension dimension = new OrganisationDimension(jdbc);
		return new StepBuilder("synchroniseOrganisations", jobRepository).tasklet((contribution, context) -> {
			dimension.synchronise(master, LocalDate.now());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Step loadSubmissions(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource, JdbcTemplate jdbc, OrganisationMaster master, PhaseClock clock,
			RoadmapProperties properties) {
		int chunkSize = properties.load().chunkSize();
		int threads = properties.load().effectiveReaderThreads();
		ProgressLog progress = new ProgressLog();
		ParsedSubmissionReader reader = new ParsedSubmissionReader(new InboxFileReader(new LoadedSubmissions(jdbc), progress),
				new SubmissionProcessor(new SubmissionParser(master), clock), threads);
		SubmissionWriter writer = new SubmissionWriter(dataSource, progress, clock);
		return new StepBuilder("loadSubmissions", jobRepository).<ParsedSubmission, ParsedSubmission>chunk(chunkSize)
			.transactionManager(transactionManager)
			.reader(reader)
			.writer(writer)
			.listener(reader)
			.listener(writer)
			.build();
	}

}
