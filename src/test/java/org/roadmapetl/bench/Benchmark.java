package org.roadmapetl.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * {@code jobs/bench}: writes a synthetic inbox of the sample projects, runs the real
 * {@code run} on a fresh database in a JVM of its own, then the same inbox again, and
 * prints per phase the time and rates beside the floor (the bare zip and XML parse of the
 * same files, a bare COPY of as many rows). Figures, not a verdict.
 */
public final class Benchmark {

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		Locale.setDefault(Locale.ROOT);
		BenchOptions options;
		try {
			options = BenchOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("bench: " + ex.getMessage());
			System.err.println(BenchOptions.USAGE);
			System.exit(2);
			return;
		}
		if (!Files.isRegularFile(BenchOptions.JAR)) {
			System.err.println("bench: " + BenchOptions.JAR + " is missing; build it with mvn -DskipTests package");
			System.exit(2);
		}
		byte[] random = new byte[4];
		ThreadLocalRandom.current().nextBytes(random);
		Path work = Path.of("target", "bench", "run-" + HexFormat.of().formatHex(random)).toAbsolutePath();
		Files.createDirectories(work);
		BenchReport report = new BenchReport(System.out);
		report.machine(options, work);
		try {
			for (BenchInbox.Kind kind : options.corpora()) {
				report.print(measure(options, kind, work));
			}
		}
		finally {
			// the logs stay; the inboxes (and any quarantine folder beside them) go
			// unless kept
			if (!options.keep()) {
				deleteTree(work.resolve("data"));
			}
		}
	}

	private static BenchFigures measure(BenchOptions options, BenchInbox.Kind kind, Path work)
			throws IOException, SQLException, InterruptedException {
		String label = kind.label;
		System.out.printf("%n[%s] writing %d file(s) of %d project(s) …%n", label, options.workbooks(),
				options.projects());
		long writeStart = System.nanoTime();
		BenchInbox inbox = BenchInbox.write(work.resolve("data").resolve(label), kind, options.workbooks(),
				options.projects());
		double writeSeconds = (System.nanoTime() - writeStart) / 1e9;
		System.out.printf("[%s] timing the floor …%n", label);
		long floorNanos = kind.workbook() ? ParseFloor.zipAndSax(inbox.files()) : ParseFloor.readText(inbox.files());
		BenchDatabase database = BenchDatabase.create(System.getenv());
		try {
			// the launcher's class-data-sharing archives are written by the first command
			// of their kind, never by a
			// timed one: status has its own; validate of one file trains the one run
			// shares, and writes nothing
			ChildRun.command(options.jar(), database, work.resolve(label + "-prepare.log"), "status");
			ChildRun.command(options.jar(), database, work.resolve(label + "-prepare-run.log"), "validate",
					inbox.files().get(0).toString(), "--fiscal-year", "R7");
			System.out.printf("[%s] run on fresh database %s …%n", label, database.name());
			ChildRun.Outcome first = ChildRun.run(options.jar(), database, inbox.folder(),
					work.resolve(label + "-run.log"));
			ViewTimings views = ViewTimings.measure(database);
			System.out.printf("[%s] status on the loaded warehouse …%n", label);
			ChildRun.Outcome status = ChildRun.command(options.jar(), database, work.resolve(label + "-status.log"),
					"status");
			System.out.printf("[%s] rerun of the same inbox (a no-op: everything loaded before) …%n", label);
			ChildRun.Outcome rerun = ChildRun.run(options.jar(), database, inbox.folder(),
					work.resolve(label + "-rerun.log"));
			System.out.printf("[%s] COPY floor of %,d rows …%n", label, inbox.initiativeYears());
			long copyNanos = CopyFloor.copy(database, inbox.initiativeYears());
			PandasReadExcel.Timing pandas = null;
			if (kind.workbook()) {
				System.out.printf("[%s] pandas.read_excel on up to %d of the workbooks (where installed) …%n", label,
						PandasReadExcel.SAMPLE_FILES);
				pandas = PandasReadExcel.time(inbox.files(), work);
			}
			return new BenchFigures(kind, inbox, writeSeconds, floorNanos, copyNanos, first, views, status, rerun,
					pandas);
		}
		finally {
			if (options.keep()) {
				System.out.printf("[%s] kept database %s and inbox %s%n", label, database.name(), inbox.folder());
			}
			else {
				database.close();
			}
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> {
				try {
					Files.delete(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

}
