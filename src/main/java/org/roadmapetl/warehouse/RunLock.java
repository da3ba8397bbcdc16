package org.roadmapetl.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * One run at a time, across processes and machines sharing the warehouse: a PostgreSQL
 * advisory lock held on a connection of its own for the whole run. The server releases it
 * when the holder's process dies, so while it is held here, any job execution still
 * marked running belongs to a dead process.
 */
public final class RunLock implements AutoCloseable {

	/**
	 * The lock's key: "roadmap" in ASCII, so that it does not collide with another
	 * application's.
	 */
	private static final long KEY = 0x726f61646d6170L;

	private static final NamedStatements SQL = NamedStatements.load(RunLock.class, "run-lock.sql");

	private final Connection connection;

	private RunLock(Connection connection) {
		this.connection = connection;
	}

	public static Optional<RunLock> tryAcquire(DataSource dataSource) throws SQLException {
		Connection connection = dataSource.getConnection();
		try (PreparedStatement statement = connection.prepareStatement(SQL.get("TRY_LOCK"))) {
			statement.setLong(1, KEY);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				if (result.getBoolean(1)) {
					return Optional.of(new RunLock(connection));
				}
			}
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
		connection.close();
		return Optional.empty();
	}

	/**
	 * Who holds the lock, as a person would want to know it: the server process, its
	 * client and since when.
	 */
	public static String describeHolder(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(SQL.get("HOLDER"))) {
			statement.setLong(1, KEY);
			try (ResultSet result = statement.executeQuery()) {
				if (!result.next()) {
					return "another process";
				}
				return "a process connected from " + result.getString(2) + " since " + result.getString(3)
						+ " (server pid " + result.getInt(1) + ")";
			}
		}
	}

	@Override
	public void close() throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(SQL.get("UNLOCK"))) {
			statement.setLong(1, KEY);
			statement.execute();
		}
		finally {
			this.connection.close();
		}
	}

}
