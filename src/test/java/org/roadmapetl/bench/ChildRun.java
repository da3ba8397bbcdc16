package org.roadmapetl.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code run} command in a JVM of its own, started as operators start it
 * ({@code jobs/roadmap-etl}) or from the plain jar ({@code --plain-jar}), with the heap
 * limit operators give it: timed from start to exit, its peak resident set polled from
 * {@code /proc/<pid>/status} every 50 ms, its log kept and read.
 */
final class ChildRun {

	static final String MAX_HEAP = "-Xmx512m";

	private static final String JVM_OPTION = "-XX:+ExitOnOutOfMemoryError";

	/**
	 * The operators' launcher: the extracted jar with a class-data-sharing archive (see
	 * the script).
	 */
	static final Path LAUNCHER = Path.of("jobs", "roadmap-etl");

	private static final long POLL_MILLIS = 50;

	private static final long TIMEOUT_MINUTES = 60;

	/**
	 * @param exitStatus the command's exit status
	 * @param wallSeconds from starting the JVM to its exit
	 * @param peakRssKib the highest {@code VmHWM} (or {@code VmRSS}) seen, or
	 * {@code null} without {@code /proc}
	 * @param log what the log says
	 * @param logFile where the log is
	 */
	record Outcome(int exitStatus, double wallSeconds, Long peakRssKib, RunLog log, Path logFile) {
	}

	private ChildRun() {
	}

	static Outcome run(Path jar, BenchDatabase database, Path inbox, Path logFile)
			throws IOException, InterruptedException {
		return command(jar, database, logFile, "run", "--inbox", inbox.toString(), "--fiscal-year", "R7");
	}

	/**
	 * Any command of the job, e.g. {@code status}, run as {@link #run} runs {@code run}.
	 * @param jar the plain jar to run with {@code java -jar}, or {@code null} for
	 * {@link #LAUNCHER}
	 */
	static Outcome command(Path jar, BenchDatabase database, Path logFile, String... arguments)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		if (jar != null) {
			command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), MAX_HEAP,
					JVM_OPTION, "-jar", jar.toString()));
		}
		else {
			// as operators run it: the script execs the JVM, so the pid polled below is
			// the JVM's
			command.addAll(List.of("bash", LAUNCHER.toString()));
		}
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
		builder.environment().putAll(database.jobEnvironment());
		builder.environment().put("ROADMAP_JAVA_OPTS", MAX_HEAP + " " + JVM_OPTION);
		// the inbox was written whole before the run: nothing is still being copied into
		// it
		builder.environment().put("ROADMAP_SETTLE_SECONDS", "0");
		long start = System.nanoTime();
		Process process = builder.start();
		Path status = Path.of("/proc", Long.toString(process.pid()), "status");
		Long peak = null;
		long deadline = start + TimeUnit.MINUTES.toNanos(TIMEOUT_MINUTES);
		while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
			peak = max(peak, residentKib(status));
			if (System.nanoTime() > deadline) {
				process.destroyForcibly();
				throw new IllegalStateException(
						"the run took longer than " + TIMEOUT_MINUTES + " minutes; see " + logFile);
			}
		}
		double wall = (System.nanoTime() - start) / 1e9;
		List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
		return new Outcome(process.exitValue(), wall, peak, RunLog.parse(lines), logFile);
	}

	/**
	 * The larger of the process's peak and current resident set, in KiB; {@code null}
	 * once it is gone.
	 */
	private static Long residentKib(Path status) {
		try {
			Long highest = null;
			for (String line : Files.readAllLines(status, StandardCharsets.ISO_8859_1)) {
				if (line.startsWith("VmHWM:") || line.startsWith("VmRSS:")) {
					highest = max(highest, Long.parseLong(line.replaceAll("[^0-9]", "")));
				}
			}
			return highest;
		}
		catch (IOException | NumberFormatException ex) {
			return null;
		}
	}

	private static Long max(Long a, Long b) {
		if (a == null) {
			return b;
		}
		return (b == null) ? a : Long.valueOf(Math.max(a, b));
	}

}
