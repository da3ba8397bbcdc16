package org.roadmapetl.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import org.roadmapetl.RoadmapEtlApplication;
import org.roadmapetl.TestDatabase;

/**
 * {@link Launcher#launch} for tests, without starting an application per command: the
 * application of each configuration (the properties but the database, and whether the
 * command is quiet) is started once per test JVM and kept, as Spring's test-context cache
 * keeps a context per configuration, and each command is pointed at its test's database.
 * Only for databases copied from the migrated template ({@link TestDatabase#create()}),
 * whose schema is current; anything else — another database, a usage mistake, a command
 * that needs the launcher's own start-up — goes through {@link Launcher#launch}.
 */
public final class WarmLauncher {

	private static final Map<List<String>, Warm> CONTEXTS = Collections.synchronizedMap(new HashMap<>());

	private static final String URL = "spring.datasource.url";

	private WarmLauncher() {
	}

	public static int launch(String[] args, Map<String, String> properties) {
		Map<String, String> settings = new TreeMap<>(properties);
		List<String> commandArguments = new ArrayList<>();
		for (String arg : args) {
			if (Launcher.isSpringProperty(arg)) {
				int equals = arg.indexOf('=');
				settings.put(arg.substring(2, equals), arg.substring(equals + 1));
			}
			else {
				commandArguments.add(arg);
			}
		}
		Command command = parse(settings, commandArguments);
		if (command == null || !TestDatabase.isMigratedCopy(settings.get(URL)) || command instanceof Command.Schedule) {
			return Launcher.launch(args, properties);
		}
		Warm warm = CONTEXTS.computeIfAbsent(key(settings, command), (key) -> Warm.start(settings, command));
		synchronized (warm) {
			warm.pointAt(settings);
			consoleThreshold(Launcher.isQuiet(command) ? "ERROR" : "TRACE");
			try {
				return Launcher.execute(warm.context, command);
			}
			finally {
				warm.release();
				consoleThreshold("TRACE");
			}
		}
	}

	/**
	 * The command, or null for help, a usage mistake or --verbose (the launcher's own).
	 */
	private static Command parse(Map<String, String> settings, List<String> commandArguments) {
		if (commandArguments.contains("--verbose")) {
			return null;
		}
		try {
			StartupSettings startup = StartupSettings.bind(arguments(settings));
			Command command = new CommandLineParser(startup.roadmap().inbox(), startup.roadmap().schedule().cron())
				.parse(commandArguments.toArray(String[]::new));
			return (command instanceof Command.Help) ? null : command;
		}
		catch (UsageException ex) {
			return null;
		}
	}

	/**
	 * The launcher's {@code logging.threshold.console}, set on the console appender of
	 * the logging the kept applications share.
	 */
	private static void consoleThreshold(String level) {
		LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
		Appender<ILoggingEvent> console = logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
		if (console != null) {
			console.getCopyOfAttachedFiltersList()
				.stream()
				.filter(ThresholdFilter.class::isInstance)
				.forEach((filter) -> ((ThresholdFilter) filter).setLevel(level));
		}
	}

	private static List<String> key(Map<String, String> settings, Command command) {
		List<String> key = new ArrayList<>();
		settings.forEach((name, value) -> {
			if (!name.equals(URL)) {
				key.add(name + "=" + value);
			}
		});
		key.add("quiet=" + Launcher.isQuiet(command));
		return key;
	}

	private static String[] arguments(Map<String, String> settings) {
		return settings.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
	}

	/**
	 * A started application whose data source is pointed at one test database at a time.
	 */
	private static final class Warm {

		private final ConfigurableApplicationContext context;

		private final DelegatingDataSource dataSource;

		private HikariDataSource pool;

		private Warm(ConfigurableApplicationContext context, DelegatingDataSource dataSource) {
			this.context = context;
			this.dataSource = dataSource;
		}

		static Warm start(Map<String, String> settings, Command command) {
			DelegatingDataSource dataSource = new DelegatingDataSource();
			List<String> arguments = new ArrayList<>(List.of(arguments(settings)));
			arguments.add("--spring.flyway.enabled=false");
			arguments.add(Launcher.isQuiet(command) ? "--logging.threshold.console=ERROR"
					: "--logging.threshold.console=TRACE");
			ConfigurableApplicationContext context = new SpringApplicationBuilder(RoadmapEtlApplication.class)
				.logStartupInfo(false)
				.initializers(
						(applicationContext) -> dataSource.setTargetDataSource(pool(settings, applicationContext)),
						(applicationContext) -> ((GenericApplicationContext) applicationContext).registerBean(
								"testDatabase", DataSource.class, () -> dataSource,
								(definition) -> definition.setPrimary(true)))
				.run(arguments.toArray(String[]::new));
			// a kept application must not keep logging to itself: the launcher's next
			// application sets it up again, as it does after one that has closed
			LoggingSystem.get(WarmLauncher.class.getClassLoader()).cleanUp();
			if (context.getBean(DataSource.class) != dataSource) {
				throw new IllegalStateException("the application made a data source of its own");
			}
			((HikariDataSource) dataSource.getTargetDataSource()).close();
			return new Warm(context, dataSource);
		}

		/** A pool as large as the application's own, on the test's database. */
		private static HikariDataSource pool(Map<String, String> settings, ConfigurableApplicationContext context) {
			int size = context.getEnvironment()
				.getRequiredProperty("spring.datasource.hikari.maximum-pool-size", Integer.class);
			HikariDataSource pool = new HikariDataSource();
			pool.setJdbcUrl(settings.get(URL));
			pool.setUsername(settings.get("spring.datasource.username"));
			pool.setPassword(settings.get("spring.datasource.password"));
			pool.setMaximumPoolSize(size);
			pool.setMinimumIdle(1);
			return pool;
		}

		void pointAt(Map<String, String> settings) {
			this.pool = pool(settings, this.context);
			this.dataSource.setTargetDataSource(this.pool);
		}

		/** The test drops its database next: no connection may stay open on it. */
		void release() {
			this.pool.close();
		}

	}

}
