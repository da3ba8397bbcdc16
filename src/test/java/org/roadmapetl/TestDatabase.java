package org.roadmapetl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;

/**
 * A database of the test's own on the local PostgreSQL, dropped afterwards. Only
 * databases and roles this class created are ever dropped or altered: each test JVM has a
 * loader and a reader role of its own (the application's {@code roadmap.roles.*}), and
 * the roles an installation already has are left as they are. A migrated database is a
 * copy of one template this JVM migrates once ({@code CREATE DATABASE … TEMPLATE}), so a
 * test pays for the copy and not for every migration. The next copy is made, and a
 * finished test's database dropped, on a thread of their own while tests run (≈ 0.2 s and
 * 0.25 s of every test otherwise spent waiting on the server). The server is
 * {@code ROADMAP_TEST_PG} (default {@code jdbc:postgresql://127.0.0.1:5432/}) as
 * {@code postgres}.
 */
public final class TestDatabase implements AutoCloseable {

	private static final String SERVER = System.getenv()
		.getOrDefault("ROADMAP_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/");

	/**
	 * The password of {@code postgres}, where the server asks for one (as README.md
	 * describes).
	 */
	private static final String PASSWORD = System.getenv("SPRING_DATASOURCE_PASSWORD");

	private static final String JVM_TAG = randomHex();

	private static final String LOADER = "roadmap_test_loader_" + JVM_TAG;

	private static final String READER = "roadmap_test_reader_" + JVM_TAG;

	private static String template;

	/** Makes the next copy and drops finished databases, one statement at a time. */
	private static final ExecutorService HOUSEKEEPING = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "test-database-housekeeping");
		thread.setDaemon(true);
		return thread;
	});

	private static Future<TestDatabase> next;

	/** The URLs of the copies of the migrated template this JVM made. */
	private static final java.util.Set<String> COPIES = java.util.concurrent.ConcurrentHashMap.newKeySet();

	static {
		// whatever this JVM made of them (a test may make the roles with its own first
		// migration)
		Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropTemplateAndRoles));
	}

	private final String name;

	private TestDatabase(String name) {
		this.name = name;
	}

	/** A database at this build's migrations, owned as a first run would leave it. */
	public static TestDatabase create() {
		synchronized (HOUSEKEEPING) {
			return nextCopy();
		}
	}

	private static TestDatabase nextCopy() {
		if (next == null) {
			next = HOUSEKEEPING.submit(TestDatabase::copyOfTemplate);
		}
		try {
			TestDatabase database = next.get();
			next = HOUSEKEEPING.submit(TestDatabase::copyOfTemplate);
			return database;
		}
		catch (ExecutionException ex) {
			next = null;
			throw new IllegalStateException(ex.getCause().getMessage(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static TestDatabase copyOfTemplate() {
		TestDatabase database = notYetCreated();
		execute("postgres", "CREATE DATABASE " + database.name + " TEMPLATE " + template());
		COPIES.add(database.url());
		// a copy starts with the server's default database privileges: the ones the
		// migrations set, set again
		execute("postgres",
				"REVOKE CREATE, TEMPORARY ON DATABASE " + database.name + " FROM PUBLIC; GRANT CONNECT ON "
						+ "DATABASE " + database.name + " TO " + READER + "; GRANT CONNECT, TEMPORARY ON DATABASE "
						+ database.name + " TO " + LOADER);
		return database;
	}

	/** An empty database: the application migrates it, as on a warehouse's first run. */
	public static TestDatabase empty() {
		TestDatabase database = notYetCreated();
		execute("postgres", "CREATE DATABASE " + database.name);
		return database;
	}

	/**
	 * A name for a database that does not exist yet; the test lets the application create
	 * it.
	 */
	public static TestDatabase notYetCreated() {
		return new TestDatabase("roadmap_test_" + randomHex());
	}

	/**
	 * This JVM's loader role ({@code roadmap.roles.loader}): the owner of every warehouse
	 * object.
	 */
	public static String loaderRole() {
		return LOADER;
	}

	/** This JVM's reader role ({@code roadmap.roles.reader}): what BI tools log in as. */
	public static String readerRole() {
		return READER;
	}

	/**
	 * The placeholders the application gives Flyway, for a test that migrates by Flyway's
	 * own API.
	 */
	public static Map<String, String> flywayPlaceholders() {
		return Map.of("loader_role", LOADER, "reader_role", READER);
	}

	/** Whether the URL names a copy of the migrated template, still there. */
	public static boolean isMigratedCopy(String url) {
		return url != null && COPIES.contains(url);
	}

	public String url() {
		return SERVER + this.name;
	}

	public String name() {
		return this.name;
	}

	/**
	 * The properties that point the application at this database and this JVM's roles;
	 * files a test has just written are read at once (no settle time).
	 */
	public Map<String, String> properties() {
		Map<String, String> properties = new HashMap<>(
				Map.of("spring.datasource.url", url(), "spring.datasource.username", "postgres",
						"roadmap.settle.seconds", "0", "roadmap.roles.loader", LOADER, "roadmap.roles.reader", READER));
		if (PASSWORD != null) {
			properties.put("spring.datasource.password", PASSWORD);
		}
		return Map.copyOf(properties);
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(url(), "postgres", PASSWORD);
	}

	@Override
	public void close() {
		COPIES.remove(url());
		String drop = "DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)";
		try {
			HOUSEKEEPING.execute(() -> execute("postgres", drop));
		}
		catch (java.util.concurrent.RejectedExecutionException ex) {
			// the JVM is exiting
			execute("postgres", drop);
		}
	}

	/**
	 * Migrated once per JVM with the application's own migrations and placeholders;
	 * dropped with its roles at exit.
	 */
	private static synchronized String template() {
		if (template == null) {
			String name = "roadmap_test_template_" + JVM_TAG;
			execute("postgres", "CREATE DATABASE " + name);
			Flyway.configure()
				.dataSource(SERVER + name, "postgres", PASSWORD)
				.locations("classpath:db/migration")
				.placeholders(flywayPlaceholders())
				.callbacks(new org.roadmapetl.warehouse.DefaultRoleMigrations())
				.load()
				.migrate();
			template = name;
		}
		return template;
	}

	private static void dropTemplateAndRoles() {
		try {
			synchronized (HOUSEKEEPING) {
				if (next != null) {
					next.get().close();
				}
			}
			HOUSEKEEPING.shutdown();
			HOUSEKEEPING.awaitTermination(1, TimeUnit.MINUTES);
		}
		catch (ExecutionException | InterruptedException | RuntimeException ex) {
			System.err.println("test databases: " + ex.getMessage());
		}
		try {
			execute("postgres", "DROP DATABASE IF EXISTS roadmap_test_template_" + JVM_TAG + " WITH (FORCE)");
			execute("postgres", "DROP ROLE IF EXISTS " + READER);
			execute("postgres", "DROP ROLE IF EXISTS " + LOADER);
		}
		catch (IllegalStateException ex) {
			// a database a failed test left behind still names a role: leave both for the
			// next cleanup
			System.err.println(ex.getMessage());
		}
	}

	private static String randomHex() {
		byte[] random = new byte[6];
		ThreadLocalRandom.current().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

	private static void execute(String database, String sql) {
		try (Connection connection = DriverManager.getConnection(SERVER + database, "postgres", PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot " + sql + ": " + ex.getMessage(), ex);
		}
	}

}
