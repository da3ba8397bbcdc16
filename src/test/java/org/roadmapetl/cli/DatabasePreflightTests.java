package org.roadmapetl.cli;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A refused login says so in one line; it is never reported as an unreachable server. */
class DatabasePreflightTests {

	private static final String URL = "jdbc:postgresql://db:5432/roadmap";

	@Test
	void aMissingPasswordIsALoginRefusedNotAnUnreachableServer() {
		// What pgJDBC throws when the server asks for a password and none is set.
		SQLException missing = new SQLException(
				"The server requested SCRAM-based authentication, but no password was provided.", "08004");

		assertThat(DatabasePreflight.describe(URL, "roadmap_loader", missing)).isEqualTo("PostgreSQL refused the login "
				+ "as roadmap_loader: it asks for a password and none was given (set SPRING_DATASOURCE_PASSWORD)");
	}

	@Test
	void aWrongPasswordSaysSo() {
		SQLException wrong = new SQLException("FATAL: password authentication failed for user \"roadmap_loader\"",
				"28P01");

		assertThat(DatabasePreflight.describe(URL, "roadmap_loader", wrong))
			.startsWith("PostgreSQL refused the login as roadmap_loader: wrong password")
			.doesNotContain("\n");
	}

	@Test
	void anUnreachableServerSaysWhere() {
		SQLException refused = new SQLException("Connection to db:5432 refused.", "08001");

		assertThat(DatabasePreflight.describe(URL, "postgres", refused))
			.startsWith("cannot reach PostgreSQL at " + URL);
	}

}
