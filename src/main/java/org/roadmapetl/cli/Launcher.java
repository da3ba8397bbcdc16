package org.roadmapetl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.roadmapetl.RoadmapEtlApplication;

/**
 * The command line's entry: parses the command, checks the database, starts the application and runs the
 * command, and turns the outcome into an exit status. Usage and configuration mistakes print one line and the
 * usage, never a stack trace.
 */
public final class Launcher {

	/** The inbox when none is named: {@code -Droadmap.inbox}, else {@code jobs/inbox} below the working directory. */
	static final Path DEFAULT_INBOX = Path.of(System.getProperty("roadmap.inbox", "jobs/inbox"));

	/** The schedule when none is named: {@code ROADMAP_SCHEDULE_CRON}, else every night at 02:00. */
	static final String DEFAULT_CRON = System.getenv().getOrDefault("ROADMAP_SCHEDULE_CRON", "0 0 2 * * *");

	private Launcher() {
	}

	/**
	 * @param args the command line
	 * @param properties settings that take precedence over the environment (tests point these at their database)
	 * @return the exit status, one of {@link ExitCodes}
	 */
	public static int launch(String[] args, Map<String, String> properties) {
		Command command;
		try {
			command = new CommandLineParser(DEFAULT_INBOX, DEFAULT_CRON).parse(args);
			if (command instanceof Command.Help help) {
				System.out.println(help.text());
				return ExitCodes.SUCCESS;
			}
			DatabasePreflight.ensureDatabase(DatabaseSettings.resolve(properties, System.getenv()));
		}
		catch (UsageException ex) {
			System.err.println("roadmap-etl: " + ex.getMessage());
			if (ex.usage() != null) {
				System.err.println(ex.usage());
			}
			return ExitCodes.USAGE_OR_CONFIGURATION;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RoadmapEtlApplication.class)
			.logStartupInfo(false)
			.run(springArguments(properties))) {
			return context.getBean(FeedbackLoopCommands.class)
				.execute(command, () -> context.getBean(CommandRunner.class).execute(command));
		}
		catch (Exception ex) {
			System.err.println("roadmap-etl: failed: " + rootMessage(ex));
			return ExitCodes.FAILED;
		}
	}

	/** Explicit properties become command-line properties, the highest precedence Spring Boot knows. */
	private static String[] springArguments(Map<String, String> properties) {
		List<String> arguments = new ArrayList<>();
		properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
		return arguments.toArray(String[]::new);
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
