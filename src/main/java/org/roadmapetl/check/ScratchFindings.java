package org.roadmapetl.check;

import java.sql.Connection;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import org.roadmapetl.normalise.RoadmapPeriod;

/**
 * The check of {@link FindingsCheck} — the same rule statements — over a private copy of the warehouse whose
 * tables {@code tables} names ({@code validate}). Its findings are published to the copy's findings, all new:
 * a copy has no history to meet.
 */
public final class ScratchFindings {

	private static final NamedStatements RULES = NamedStatements.load("finding-rules.sql");

	private static final NamedStatements LIFECYCLE = NamedStatements.load("finding-lifecycle.sql");

	private ScratchFindings() {
	}

	public static void find(Connection connection, UnaryOperator<String> tables, RoadmapPeriod period,
			int reportingFiscalYear) {
		JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
		Map<String, Object> parameters = FindingsCheck.parameters(period, reportingFiscalYear);
		jdbc.sql(tables.apply(LIFECYCLE.get("CLEAR_FOUND"))).params(parameters).update();
		RULES.all().values().forEach((rule) -> jdbc.sql(tables.apply(rule)).params(parameters).update());
		for (String statement : new String[] { "KEY_FOUND", "CLEAR_LATEST", "PUBLISH", "RECORD_CHECK" }) {
			jdbc.sql(tables.apply(LIFECYCLE.get(statement))).params(parameters).update();
		}
	}

}
