package db.migration;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates Spring Batch's job repository in schema {@code batch} from the DDL that ships
 * inside spring-batch-core, so that Flyway alone owns the database's schema and the
 * repository sits apart from the warehouse.
 */
public class V1__Batch_job_repository extends BaseJavaMigration {

	private static final String BATCH_DDL = "org/springframework/batch/core/schema-postgresql.sql";

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA IF NOT EXISTS batch");
			statement.execute("SET LOCAL search_path TO batch");
		}
		ScriptUtils.executeSqlScript(connection, new ClassPathResource(BATCH_DDL));
		try (Statement statement = connection.createStatement()) {
			statement.execute("RESET search_path");
		}
	}

}
