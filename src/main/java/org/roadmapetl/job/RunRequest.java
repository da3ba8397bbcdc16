package org.roadmapetl.job;

import java.nio.file.Path;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What one load job execution is asked to do, carried in its job parameters: load the new
 * files of an inbox ({@code run}) or reload submissions already loaded ({@code rerun})
 * chosen by file, department or all.
 */
public record RunRequest(Mode mode, Path inbox, Integer reportingFiscalYear, Path file, String department) {

	public enum Mode {

		/** Load every file of the inbox not loaded before. */
		RUN,

		/**
		 * Load again the files of the inbox already loaded (all, or those of one
		 * department).
		 */
		RERUN_ALL,

		RERUN_DEPARTMENT,

		/** Load one named file, whether loaded before or not. */
		RERUN_FILE,

		/** Load nothing; recompute the findings and statuses. */
		CHECK

	}

	static final String RUN_ID = "run.id";

	static final String MODE = "mode";

	static final String INBOX = "inbox";

	static final String FISCAL_YEAR = "reporting.fiscal.year";

	/**
	 * The job parameter of the reporting fiscal year, for what reads a run from outside
	 * the job.
	 */
	public static final String FISCAL_YEAR_PARAMETER = FISCAL_YEAR;

	static final String FILE = "file";

	static final String DEPARTMENT = "department";

	public static RunRequest check(int reportingFiscalYear) {
		return new RunRequest(Mode.CHECK, null, reportingFiscalYear, null, null);
	}

	public JobParameters toJobParameters(long runId) {
		JobParametersBuilder builder = new JobParametersBuilder().addLong(RUN_ID, runId)
			.addString(MODE, this.mode.name(), false);
		if (this.inbox != null) {
			builder.addString(INBOX, this.inbox.toAbsolutePath().normalize().toString(), false);
		}
		if (this.reportingFiscalYear != null) {
			builder.addLong(FISCAL_YEAR, this.reportingFiscalYear.longValue(), false);
		}
		if (this.file != null) {
			builder.addString(FILE, this.file.toAbsolutePath().normalize().toString(), false);
		}
		if (this.department != null) {
			builder.addString(DEPARTMENT, this.department, false);
		}
		return builder.toJobParameters();
	}

	static RunRequest fromJobParameters(JobParameters parameters) {
		Long year = parameters.getLong(FISCAL_YEAR);
		String file = parameters.getString(FILE);
		String inbox = parameters.getString(INBOX);
		return new RunRequest(Mode.valueOf(parameters.getString(MODE)), (inbox != null) ? Path.of(inbox) : null,
				(year != null) ? year.intValue() : null, (file != null) ? Path.of(file) : null,
				parameters.getString(DEPARTMENT));
	}

}
