package org.roadmapetl.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The statements of one {@code .sql} resource of this package, each under a
 * {@code -- name: NAME} line and ending with {@code ;} at the end of a line. Comments
 * stay in the statement text; PostgreSQL ignores them.
 */
public final class NamedStatements {

	private static final String MARKER = "-- name: ";

	private final Map<String, String> statements;

	private NamedStatements(Map<String, String> statements) {
		this.statements = statements;
	}

	/**
	 * @param owner the class whose package holds the resource, beside the tables it owns
	 */
	public static NamedStatements load(Class<?> owner, String resource) {
		String text;
		try (InputStream in = owner.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + resource);
			}
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> statements = new LinkedHashMap<>();
		String name = null;
		StringBuilder body = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			if (line.startsWith(MARKER)) {
				put(statements, name, body);
				name = line.substring(MARKER.length()).strip();
				body.setLength(0);
			}
			else if (name != null) {
				body.append(line).append('\n');
			}
		}
		put(statements, name, body);
		return new NamedStatements(statements);
	}

	private static void put(Map<String, String> statements, String name, StringBuilder body) {
		if (name != null) {
			String sql = body.toString().strip();
			statements.put(name, sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql);
		}
	}

	public String get(String name) {
		String sql = this.statements.get(name);
		if (sql == null) {
			throw new IllegalArgumentException("no statement " + name);
		}
		return sql;
	}

	/** Every statement in the order of the file. */
	public Map<String, String> all() {
		return this.statements;
	}

}
