package org.roadmapetl.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.LogFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import org.roadmapetl.RoadmapEtlApplication;

/**
 * The command line's entry: parses the command, checks the database, starts the
 * application and runs the command, and turns the outcome into an exit status. Usage and
 * configuration mistakes print one line and the usage, never a stack trace.
 * {@code --name=value} arguments whose name has a dot ({@code --spring.datasource.url=…},
 * {@code --roadmap.period=R7-R11}) are Spring Boot properties, not options of the
 * command.
 */
public final class Launcher {

	/** Commands whose answer is all they print, unless {@code --verbose}. */
	private static final Set<Class<? extends Command>> QUIET = Set.of(Command.Status.class, Command.Validate.class,
			Command.Feedback.class, Command.ExportRoadmap.class);

	/**
	 * Boot's console threshold drops every progress line (Flyway's, ours) whatever the
	 * logger levels say. It is always set, both ways: Boot keeps it as a system property,
	 * which would otherwise outlive one command.
	 */
	private static final String QUIET_LOGGING = "--logging.threshold.console=ERROR";

	private static final String FULL_LOGGING = "--logging.threshold.console=TRACE";

	/**
	 * Set when the schema is already at this build's migrations: Flyway's start-up would
	 * only validate it.
	 */
	private static final String SKIP_FLYWAY = "--spring.flyway.enabled=false";

	/** With --verbose: says, in the log, why Flyway printed nothing. */
	private static final ApplicationListener<ApplicationStartedEvent> SCHEMA_CURRENT = (event) -> LogFactory
		.getLog(Launcher.class)
		.info("The schema is at this build's migrations: started without Flyway");

	private Launcher() {
	}

	public static void main(String[] args) {
		System.exit(launch(args, Map.of()));
	}

	/**
	 * @param args the command line
	 * @param properties settings that take precedence over every other source (tests
	 * point these at their database)
	 * @param initializers applied to the context before it starts (tests register a fixed
	 * clock)
	 * @return the exit status, one of {@link ExitCodes}
	 */
	@SafeVarargs
	public static int launch(String[] args, Map<String, String> properties,
			ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
		List<String> springArguments = new ArrayList<>();
		properties.forEach((key, value) -> springArguments.add("--" + key + "=" + value));
		List<String> commandArguments = new ArrayList<>();
		boolean verbose = false;
		for (String arg : args) {
			if (arg.equals("--verbose")) {
				verbose = true;
			}
			else if (isSpringProperty(arg)) {
				springArguments.add(arg);
			}
			else {
				commandArguments.add(arg);
			}
		}
		Command command;
		StartupSettings settings;
		boolean schemaCurrent = false;
		try {
			settings = StartupSettings.bind(springArguments.toArray(String[]::new));
			command = new CommandLineParser(settings.roadmap().inbox(), settings.roadmap().schedule().cron())
				.parse(commandArguments.toArray(String[]::new));
			if (command instanceof Command.Help help) {
				System.out.println(help.text());
				return ExitCodes.SUCCESS;
			}
			ReportingYears.configured(settings.roadmap());
			DatabasePreflight.ensureDatabase(settings.database());
			schemaCurrent = SchemaCurrency.isCurrent(settings.database(), settings.flywayPlaceholders());
			if (schemaCurrent) {
				springArguments.add(SKIP_FLYWAY);
			}
		}
		catch (UsageException ex) {
			System.err.println("roadmap-etl: " + ex.getMessage());
			if (ex.usage() != null) {
				System.err.println(ex.usage());
			}
			return ExitCodes.USAGE_OR_CONFIGURATION;
		}
		springArguments.add((!verbose && QUIET.contains(command.getClass())) ? QUIET_LOGGING : FULL_LOGGING);
		// status reads the job repository and one report view: on a current schema it
		// needs nothing else. Otherwise
		// it starts the whole application, so that Flyway migrates (or says why it
		// cannot) as for every command.
		boolean statusOnly = schemaCurrent && command instanceof Command.Status;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(
				statusOnly ? StatusApplication.class : RoadmapEtlApplication.class)
			.lazyInitialization(statusOnly)
			.logStartupInfo(false)
			.initializers(initializers)
			.listeners((verbose && schemaCurrent) ? SCHEMA_CURRENT : (event) -> {
			})
			.run(springArguments.toArray(String[]::new))) {
			if (statusOnly) {
				return StatusReport.print((Command.Status) command, context, System.out);
			}
			return execute(context, command);
		}
		catch (Exception ex) {
			return failed(ex);
		}
	}

	/**
	 * Runs the command in a started application and turns how it ended into an exit
	 * status. An application runs one command here, but nothing in it keeps state from
	 * one command to the next ({@code schedule} runs many).
	 */
	static int execute(ConfigurableApplicationContext context, Command command) {
		try {
			return context.getBean(FeedbackLoopCommands.class)
				.execute(command, () -> context.getBean(CommandRunner.class).execute(command));
		}
		catch (Exception ex) {
			return failed(ex);
		}
	}

	/**
	 * One line for a command that ended in an exception. A usage mistake only the
	 * warehouse can tell (a department it has never had) is still a usage mistake.
	 */
	private static int failed(Exception ex) {
		if (ex instanceof UsageException usage) {
			System.err.println("roadmap-etl: " + usage.getMessage());
			return ExitCodes.USAGE_OR_CONFIGURATION;
		}
		System.err.println("roadmap-etl: failed: " + rootMessage(ex));
		return ExitCodes.FAILED;
	}

	/** Whether the command prints only its answer unless {@code --verbose}. */
	static boolean isQuiet(Command command) {
		return QUIET.contains(command.getClass());
	}

	static boolean isSpringProperty(String arg) {
		int equals = arg.indexOf('=');
		return arg.startsWith("--") && equals > 2 && arg.substring(2, equals).indexOf('.') > 0;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
