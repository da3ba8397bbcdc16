package org.roadmapetl.cli;

import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.logging.LogFactory;
import org.flywaydb.core.api.logging.LogLevel;

/**
 * Whether the warehouse's schema is already at the migrations this build carries, as
 * Flyway's own validation tells it: every versioned migration applied with the checksum
 * recorded for it, every repeatable one (the views) at its current text, nothing failed.
 * Then a command starts without Flyway in the application, whose start-up would validate
 * again and run afterMigrate.sql's catalog walk (≈ 0.5 s of every command); anything
 * else, or any doubt, leaves the migration to it.
 */
final class SchemaCurrency {

	private SchemaCurrency() {
	}

	static boolean isCurrent(DatabaseSettings settings, Map<String, String> placeholders) {
		// before the application has set up logging: Flyway's lines would reach the
		// console of every command
		LogLevel level = LogFactory.getLogLevel();
		LogFactory.setLogLevel(LogLevel.WARN);
		try {
			return Flyway.configure()
				.dataSource(settings.url(), settings.username(), settings.password())
				.locations("classpath:db/migration")
				.placeholders(placeholders)
				.load()
				.validateWithResult().validationSuccessful;
		}
		catch (RuntimeException ex) {
			return false;
		}
		finally {
			LogFactory.setLogLevel(level);
		}
	}

}
