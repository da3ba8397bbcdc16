package org.roadmapetl.job;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import org.roadmapetl.config.RoadmapProperties;
import org.roadmapetl.normalise.OrganisationMaster;
import org.roadmapetl.normalise.RoadmapPeriod;
import org.roadmapetl.project.ParsedSubmission;
import org.roadmapetl.project.SubmissionParser;
import org.roadmapetl.warehouse.FiscalYearDimension;
import org.roadmapetl.warehouse.InboxLedger;
import org.roadmapetl.warehouse.OrganisationDimension;

/**
 * The load job: bring the organisation dimension in step with the master, then read,
 * normalise and apply every submission the run asks for, one chunk of files per
 * transaction, then check. Files are read and normalised on a small pool of threads ahead
 * of the chunk's writer ({@link ReadAhead}); a file that cannot be read is skipped by the
 * step's skip policy and set aside by its listener, so one file never stops the others.
 */
@Configuration(proxyBeanMethods = false)
class LoadJobConfiguration {

	private static final Log logger = LogFactory.getLog(LoadJobConfiguration.class);

	static final String JOB_NAME = "loadSubmissions";

	@Bean
	OrganisationMaster organisationMaster(RoadmapProperties properties) throws IOException {
		Resource master = properties.organization().master();
		try (Reader reader = new InputStreamReader(master.getInputStream(), StandardCharsets.UTF_8)) {
			return OrganisationMaster.read(reader);
		}
	}

	/**
	 * Boot registers a MeterRegistry only with its metrics module; the phase timers need
	 * one either way.
	 */
	@Bean
	@ConditionalOnMissingBean
	MeterRegistry meterRegistry() {
		return new SimpleMeterRegistry();
	}

	@Bean
	PhaseClock phaseClock(MeterRegistry registry) {
		return new PhaseClock(registry);
	}

	@Bean
	Job loadSubmissionsJob(JobRepository jobRepository, Step markPeriod, Step synchroniseOrganisations,
			Step loadSubmissions, Step checkFindings, Step publishFeedback, PhaseClock clock) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(new RunSummaryListener(clock))
			.start(markPeriod)
			.next(synchroniseOrganisations)
			.next(loadSubmissions)
			.next(checkFindings)
			.next(publishFeedback)
			.build();
	}

	@Bean
	Step publishFeedback(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource, RoadmapProperties properties, SubmissionParser parser) {
		return new StepBuilder("publishFeedback", jobRepository)
			.tasklet(new PublishFeedbackTasklet(dataSource, properties.feedback().dir(), parser), transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	/**
	 * The first step of both jobs: the fiscal-year dimension marks the configured roadmap
	 * period (a period the warehouse has no years for fails the run).
	 */
	@Bean
	Step markPeriod(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
			RoadmapPeriod period) {
		FiscalYearDimension years = new FiscalYearDimension(JdbcClient.create(jdbc));
		return new StepBuilder("markPeriod", jobRepository).tasklet((contribution, context) -> {
			if (years.markPeriod(period)) {
				logger.info("The roadmap period is now " + period + " (" + period.firstYear() + "-" + period.lastYear()
						+ ")");
			}
			return RepeatStatus.FINISHED;
		}, transactionManager).allowStartIfComplete(true).build();
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
	SubmissionParser submissionParser(OrganisationMaster master, RoadmapPeriod period, RoadmapProperties properties) {
		return new SubmissionParser(master, period, properties.limits().readLimits());
	}

	@Bean
	ThreadPoolTaskExecutor submissionReaders(RoadmapProperties properties) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(properties.load().effectiveReaderThreads());
		executor.setThreadNamePrefix("submission-reader-");
		executor.setDaemon(true);
		return executor;
	}

	// The load step's parts live for one step execution each (@StepScope): a run in a
	// long-lived schedule process starts with a fresh reader, read-ahead and writer.

	@Bean
	@StepScope
	ProgressLog loadProgress() {
		return new ProgressLog();
	}

	@Bean
	@StepScope
	InboxFileReader inboxFileReader(RoadmapProperties properties, ObjectProvider<Clock> wallClock,
			ProgressLog loadProgress) {
		return new InboxFileReader(properties.settle().duration(), wallClock.getIfAvailable(Clock::systemUTC),
				loadProgress);
	}

	@Bean
	@StepScope
	WantedFiles wantedFiles(JdbcTemplate jdbc) {
		return new WantedFiles(new InboxLedger(jdbc));
	}

	@Bean
	@StepScope
	SubmissionProcessor submissionProcessor(SubmissionParser parser, WantedFiles wantedFiles, PhaseClock clock) {
		return new SubmissionProcessor(parser, wantedFiles, clock);
	}

	@Bean
	@StepScope
	ReadAhead readAhead(InboxFileReader inboxFileReader, SubmissionProcessor submissionProcessor,
			ThreadPoolTaskExecutor submissionReaders, RoadmapProperties properties, ProgressLog loadProgress) {
		return new ReadAhead(inboxFileReader, submissionProcessor, submissionReaders, 2 * properties.load().chunkSize(),
				loadProgress);
	}

	@Bean
	@StepScope
	SetAsideListener setAsideListener() {
		return new SetAsideListener();
	}

	@Bean
	@StepScope
	SubmissionWriter submissionWriter(DataSource dataSource, SetAsideListener setAsideListener, PhaseClock clock) {
		return new SubmissionWriter(dataSource, setAsideListener, clock);
	}

	@Bean
	Step loadSubmissions(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RoadmapProperties properties, ReadAhead readAhead, SubmissionWriter submissionWriter,
			SetAsideListener setAsideListener, InboxFileReader inboxFileReader, WantedFiles wantedFiles,
			ProgressLog loadProgress) {
		return new StepBuilder("loadSubmissions", jobRepository)
			.<Path, ParsedSubmission>chunk(properties.load().chunkSize())
			.transactionManager(transactionManager)
			.reader(readAhead)
			.processor(readAhead)
			.writer(submissionWriter)
			.faultTolerant()
			.skipPolicy(new SetAsideSkipPolicy())
			.skipListener(setAsideListener)
			.listener(inboxFileReader)
			.listener(wantedFiles)
			.listener(loadProgress)
			.build();
	}

}
