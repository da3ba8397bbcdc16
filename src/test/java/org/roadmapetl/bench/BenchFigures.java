package org.roadmapetl.bench;

/**
 * Everything measured for one kind of inbox.
 *
 * @param kind workbooks or text exports
 * @param inbox the synthetic inbox
 * @param writeSeconds the time to write the inbox (not part of any figure)
 * @param floorNanos the parse floor over all files: zip and SAX for workbooks, read and
 * split for text
 * @param copyNanos the bare COPY of as many rows as the run's initiative × year facts
 * @param run the first run, everything new
 * @param views one count over each report view after it
 * @param status {@code status} on the loaded warehouse
 * @param rerun the same inbox again, everything loaded before
 * @param pandas {@code pandas.read_excel} on a sample of the same workbooks, or
 * {@code null} (text, not installed)
 */
record BenchFigures(BenchInbox.Kind kind, BenchInbox inbox, double writeSeconds, long floorNanos, long copyNanos,
		ChildRun.Outcome run, ViewTimings views, ChildRun.Outcome status, ChildRun.Outcome rerun,
		PandasReadExcel.Timing pandas) {

	int files() {
		return this.inbox.files().size();
	}

	double floorMillisPerFile() {
		return this.floorNanos / 1e6 / files();
	}

	double copySeconds() {
		return this.copyNanos / 1e9;
	}

	double copyRowsPerSecond() {
		return this.inbox.initiativeYears() / Math.max(copySeconds(), 1e-9);
	}

	/**
	 * The run's cost per file: its whole wall time, JVM start included, over the files.
	 */
	double wallMillisPerFile() {
		return this.run.wallSeconds() * 1000 / files();
	}

	/**
	 * What a file adds beyond a run that finds nothing new: the first run's wall time
	 * less the rerun's (which starts the same JVM, lists and hashes the same files and
	 * checks the same projects), over the files.
	 */
	double furtherMillisPerFile() {
		return (this.run.wallSeconds() - this.rerun.wallSeconds()) * 1000 / files();
	}

	/**
	 * The same without the JVM's start and the migrations: the job's own time by its
	 * summary.
	 */
	Double jobMillisPerFile() {
		Double job = this.run.log().jobSeconds();
		return (job != null) ? job * 1000 / files() : null;
	}

}
