package org.roadmapetl;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The real command line in a process of its own, for tests that need a heap limit, a kill
 * or a second process.
 */
public final class ChildJvm {

	/**
	 * A child lives seconds: C1 alone costs it about half the CPU of tiered compilation
	 * (as the test JVMs, pom.xml).
	 */
	private static final String QUICK_START = "-XX:TieredStopAtLevel=1";

	private ChildJvm() {
	}

	public static Process start(TestDatabase database, Path log, String maxHeap, Map<String, String> environment,
			String... args) throws IOException {
		return start(List.of(), database, log, maxHeap, environment, args);
	}

	/**
	 * @param prefix a command the JVM runs under, such as {@code setpriv} with its
	 * options
	 */
	public static Process start(List<String> prefix, TestDatabase database, Path log, String maxHeap,
			Map<String, String> environment, String... args) throws IOException {
		List<String> command = new ArrayList<>(prefix);
		command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + maxHeap,
				"-XX:+ExitOnOutOfMemoryError", QUICK_START, "-cp", testClassPath(),
				org.roadmapetl.cli.Launcher.class.getName()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		database.properties()
			.forEach((key, value) -> builder.environment().put(key.toUpperCase().replace('.', '_'), value));
		builder.environment().putAll(environment);
		return builder.start();
	}

	/**
	 * The command line started in {@code workingFolder} with only the given environment's
	 * settings: no datasource from the test's own environment, so the child finds its
	 * database the way a user's process would.
	 */
	public static Process startIn(Path workingFolder, Map<String, String> environment, Path out, Path err,
			String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", QUICK_START,
						"-cp", testClassPath(), org.roadmapetl.cli.Launcher.class.getName()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile());
		builder.environment().keySet().removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("ROADMAP_"));
		builder.environment().putAll(environment);
		return builder.start();
	}

	public static int run(TestDatabase database, Path log, String maxHeap, String... args) throws Exception {
		Process process = start(database, log, maxHeap, Map.of(), args);
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("the child JVM did not finish in 5 minutes");
		}
		return process.exitValue();
	}

	/**
	 * The test class path without empty entries: surefire's ends in a separator, which a
	 * child JVM reads as the working directory, and the project folder holds a second
	 * copy of the migrations.
	 */
	private static String testClassPath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !entry.isBlank())
			.collect(Collectors.joining(File.pathSeparator));
	}

}
