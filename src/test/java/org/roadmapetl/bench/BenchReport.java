package org.roadmapetl.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints the figures as a plain table: per phase wall time and rates, memory, the floor
 * and the ratio to it.
 */
final class BenchReport {

	private static final String ROW = "  %-34s %9s %10s %12s %12s%n";

	private final PrintStream out;

	BenchReport(PrintStream out) {
		this.out = out;
	}

	void machine(BenchOptions options, Path work) {
		this.out.printf(
				"roadmap-etl benchmark: %d file(s) × %d project(s)%s; job JVM %s; %d core(s), load average %s; "
						+ "Java %s%n",
				options.workbooks(), options.projects(),
				"; corpora " + String.join(", ", options.corpora().stream().map((kind) -> kind.label).toList()),
				ChildRun.MAX_HEAP, Runtime.getRuntime().availableProcessors(), loadAverage(),
				System.getProperty("java.version"));
		this.out.printf("job started by %s%n", (options.jar() != null) ? "java -jar " + options.jar()
				: ChildRun.LAUNCHER + " (extracted jar, class-data-sharing archive)");
		this.out.printf("logs in %s%n", work);
	}

	void print(BenchFigures figures) {
		BenchInbox inbox = figures.inbox();
		RunLog log = figures.run().log();
		boolean workbooks = figures.kind().workbook();
		this.out.printf("%n== %s: %,d %s × %d project(s) = %,d projects, %.1f MiB on disk (written in %.1f s)%n",
				figures.kind().label, figures.files(), switch (figures.kind()) {
					case XLSX -> "hand-zipped .xlsx workbooks";
					case SPREADSHEET -> ".xlsx workbooks written by POI's XSSF writer";
					case TEXT -> ".tsv text exports";
				}, inbox.projects() / figures.files(), inbox.projects(), inbox.mebibytes(), figures.writeSeconds());
		this.out.printf(
				"  run: exit %d, %s; %,d loaded, %,d skipped, %,d set aside; %,d projects, %,d plan/actual cells%n",
				figures.run().exitStatus(), orNa(log.status()), log.loaded(), log.skipped(), log.setAside(),
				log.projects(), log.cells());
		this.out.printf(ROW, "phase", "wall s", "files/s", "projects/s", "cells/s");
		phase("read+normalise (Σ reader threads)", log.readSeconds(), figures);
		phase("load", log.loadSeconds(), figures);
		phase("check", log.checkSeconds(), figures);
		phase("refresh views (count(*) × 5)", figures.views().seconds(), figures);
		phase("job (run summary)", log.jobSeconds(), figures);
		phase("process (JVM start to exit)", figures.run().wallSeconds(), figures);
		this.out.printf("  %-34s %9s%n", "  of it start-up (process − job)",
				decimal((log.jobSeconds() != null) ? figures.run().wallSeconds() - log.jobSeconds() : null));
		if (!log.hasPhases()) {
			this.out.println("  (no Phases line in the run's log: per-phase figures n/a)");
		}
		this.out.printf("  peak heap %s (job's Phases line), peak RSS %s (VmHWM)%n",
				(log.peakHeapMib() != null) ? log.peakHeapMib() + " MiB" : "n/a", mib(figures.run().peakRssKib()));
		this.out.printf("  floor: %s %.3f ms/%s (%.2f s for %,d, one thread, warmed up)%n",
				workbooks ? "zip + SAX of every XML part" : "read + decode + split", figures.floorMillisPerFile(),
				workbooks ? "workbook" : "file", figures.floorNanos() / 1e9, figures.files());
		this.out.printf("         bare COPY of %,d rows (6 text columns, UNLOGGED): %.2f s, %s rows/s%n",
				inbox.initiativeYears(), figures.copySeconds(), number(figures.copyRowsPerSecond()));
		costs(figures, workbooks ? "workbook" : "file");
		pandas(figures);
		RunLog again = figures.rerun().log();
		this.out.printf("  status on the loaded warehouse: %.2f s process wall, exit %d, peak RSS %s%n",
				figures.status().wallSeconds(), figures.status().exitStatus(), mib(figures.status().peakRssKib()));
		this.out.printf(
				"  no-op run (all %,d loaded before): %.2f s process wall, job %s s; exit %d, %,d loaded, "
						+ "%,d skipped; peak RSS %s%n",
				figures.files(), figures.rerun().wallSeconds(), decimal(again.jobSeconds()),
				figures.rerun().exitStatus(), again.loaded(), again.skipped(), mib(figures.rerun().peakRssKib()));
		targets(figures);
		this.out.printf("  views: %s%n", figures.views().rows());
		this.out.printf("  logs: %s, %s%n", figures.run().logFile(), figures.rerun().logFile());
	}

	private void phase(String name, Double seconds, BenchFigures figures) {
		if (seconds == null) {
			this.out.printf(ROW, name, "n/a", "n/a", "n/a", "n/a");
			return;
		}
		RunLog log = figures.run().log();
		this.out.printf(ROW, name, decimal(seconds), rate(figures.files(), seconds),
				rate(figures.inbox().projects(), seconds), rate(log.cells(), seconds));
	}

	private void costs(BenchFigures figures, String unit) {
		double floor = figures.floorMillisPerFile();
		double floorWithCopy = floor + figures.copyNanos() / 1e6 / figures.files();
		this.out.printf("  cost per %s (ratio to the parse floor, and to parse + COPY per file):%n", unit);
		cost("process wall / N", figures.wallMillisPerFile(), floor, floorWithCopy);
		if (figures.jobMillisPerFile() != null) {
			cost("job / N", figures.jobMillisPerFile(), floor, floorWithCopy);
		}
		cost("(run − rerun) / N", figures.furtherMillisPerFile(), floor, floorWithCopy);
	}

	private void pandas(BenchFigures figures) {
		PandasReadExcel.Timing pandas = figures.pandas();
		if (pandas == null) {
			if (figures.kind().workbook()) {
				this.out.println("  pandas.read_excel: n/a (python3 with pandas and openpyxl not installed)");
			}
			return;
		}
		this.out.printf(Locale.ROOT,
				"  pandas.read_excel %s (openpyxl, every sheet, %d workbooks): %.2f ms/workbook; "
						+ "our (run − rerun) / N is %.1f× faster%n",
				pandas.version(), pandas.files(), pandas.millisPerFile(),
				pandas.millisPerFile() / figures.furtherMillisPerFile());
	}

	/** The targets beside what was measured; figures, not a verdict. */
	private void targets(BenchFigures figures) {
		this.out.println("  targets (2-core machine):");
		this.out.printf(Locale.ROOT, "    further %s ≤ 3× the floor            measured %.1f×%n",
				figures.kind().workbook() ? "workbook" : "file",
				figures.furtherMillisPerFile() / figures.floorMillisPerFile());
		if (figures.pandas() != null) {
			this.out.printf(Locale.ROOT, "    ≥ 8× faster than pandas.read_excel     measured %.1f×%n",
					figures.pandas().millisPerFile() / figures.furtherMillisPerFile());
		}
		this.out.printf(Locale.ROOT, "    10,000 × 10 end to end ≤ 30 s          measured %.1f s for %,d × %d%n",
				figures.run().wallSeconds(), figures.files(), figures.inbox().projects() / figures.files());
		this.out.printf(Locale.ROOT, "    status < 2 s                           measured %.2f s%n",
				figures.status().wallSeconds());
		this.out.printf(Locale.ROOT, "    no-op run over 1,000 loaded < 3 s      measured %.2f s over %,d%n",
				figures.rerun().wallSeconds(), figures.files());
		this.out.printf("    peak RSS < 1 GiB under %s         measured %s%n", ChildRun.MAX_HEAP,
				mib(figures.run().peakRssKib()));
	}

	private void cost(String label, double millis, double floor, double floorWithCopy) {
		this.out.printf(Locale.ROOT, "    %-20s %9.2f ms %8.1f× %8.1f×%n", label, millis, millis / floor,
				millis / floorWithCopy);
	}

	private static String rate(long count, double seconds) {
		return (seconds > 0 && count > 0) ? number(count / seconds) : "n/a";
	}

	private static String decimal(Double value) {
		return (value != null) ? String.format(Locale.ROOT, "%.2f", value) : "n/a";
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, (value < 100) ? "%.1f" : "%,.0f", value);
	}

	private static String mib(Long kib) {
		return (kib != null) ? (kib / 1024) + " MiB" : "n/a";
	}

	private static String orNa(String value) {
		return (value != null) ? value : "n/a";
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException | RuntimeException ex) {
			return "n/a";
		}
	}

}
