package org.roadmapetl.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Whether the warehouse's schema is already at the migrations this build carries: every versioned migration on
 * the classpath applied successfully, with the checksum Flyway recorded, and nothing else. Then a command can
 * start without Flyway (≈ a second of every start-up); anything else, or any doubt, leaves the migration to Flyway.
 */
final class SchemaCurrency {

	private static final String LOCATION = "classpath*:db/migration/V*__*";

	private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__[^$]*\\.(sql|class)");

	private static final String APPLIED = "SELECT version, checksum, success FROM flyway_schema_history "
			+ "WHERE version IS NOT NULL";

	private SchemaCurrency() {
	}

	static boolean isCurrent(DatabaseSettings settings) {
		try (Connection connection = DatabasePreflight.connect(settings, settings.url())) {
			return applied(connection).equals(carried());
		}
		catch (SQLException | IOException | RuntimeException ex) {
			return false;
		}
	}

	/** Version → checksum of every migration applied; a failed one makes the map unequal to any build's. */
	private static Map<String, Integer> applied(Connection connection) throws SQLException {
		Map<String, Integer> applied = new HashMap<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(APPLIED)) {
			while (rows.next()) {
				if (!rows.getBoolean(3)) {
					applied.put("failed " + rows.getString(1), null);
				}
				int checksum = rows.getInt(2);
				Integer recorded = rows.wasNull() ? null : checksum;
				applied.put(rows.getString(1), recorded);
			}
		}
		return applied;
	}

	/** Version → checksum of every versioned migration of this build; a Java migration has none. */
	static Map<String, Integer> carried() throws IOException {
		Map<String, Integer> carried = new HashMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
			Matcher name = VERSIONED.matcher(Objects.requireNonNull(resource.getFilename()));
			if (name.matches()) {
				carried.put(name.group(1).replace('_', '.'), name.group(2).equals("sql") ? checksum(resource) : null);
			}
		}
		return carried;
	}

	/** Flyway's checksum of a SQL migration: CRC-32 over its lines' UTF-8 bytes, line breaks and a BOM left out. */
	private static Integer checksum(Resource resource) throws IOException {
		CRC32 crc = new CRC32();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(resource.getInputStream(),
				StandardCharsets.UTF_8))) {
			String line = lines.readLine();
			if (line != null && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			for (; line != null; line = lines.readLine()) {
				crc.update(line.getBytes(StandardCharsets.UTF_8));
			}
		}
		return (int) crc.getValue();
	}

}
