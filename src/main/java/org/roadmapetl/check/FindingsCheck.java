package org.roadmapetl.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.roadmapetl.normalise.RoadmapPeriod;
import org.roadmapetl.warehouse.NamedStatements;

/**
 * Checks every current project for one reporting fiscal year and meets what it finds with
 * the history of that year (gap-rules.md "Lifecycle"): a check that finds exactly what
 * the latest one found changes nothing; otherwise findings are new, open or reopened, and
 * those no longer found are resolved. What the rules find goes to the run's own scratch
 * table first; meeting it with the history runs inside the caller's one transaction, so
 * the views never show half a check.
 */
public final class FindingsCheck {

	private static final NamedStatements RULES = NamedStatements.load(FindingsCheck.class, "finding-rules.sql");

	private static final NamedStatements LIFECYCLE = NamedStatements.load(FindingsCheck.class, "finding-lifecycle.sql");

	private final JdbcClient jdbc;

	private final RoadmapPeriod period;

	private final SubmissionSchedule schedule;

	private final TransactionTemplate ownTransaction;

	private final int lanes;

	/**
	 * @param transactions for the rules' own transactions, beside the caller's
	 * @param lanes how many rules run at once, each on a connection of its own
	 * (PostgreSQL runs no {@code INSERT … SELECT} in parallel); 0: one after another in
	 * the caller's transaction
	 */
	public FindingsCheck(JdbcTemplate jdbc, PlatformTransactionManager transactions, int lanes, RoadmapPeriod period,
			SubmissionSchedule schedule) {
		this.jdbc = JdbcClient.create(jdbc);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.lanes = Math.max(0, lanes);
		this.period = period;
		this.schedule = schedule;
	}

	/** What one check found and how it changed the findings of its year. */
	public record Outcome(Map<String, Integer> byType, FindingChanges changes) {
	}

	/** The named parameters every rule and lifecycle statement is bound with. */
	static Map<String, Object> parameters(RoadmapPeriod period, int reportingFiscalYear) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("year", reportingFiscalYear);
		parameters.put("period_first", period.firstYear());
		parameters.put("period_last", period.lastYear());
		parameters.put("first_label", period.firstLabel());
		parameters.put("period_label", period.label());
		return parameters;
	}

	public Outcome run(int reportingFiscalYear) {
		this.schedule.synchronise();
		Map<String, Object> parameters = parameters(this.period, reportingFiscalYear);
		find(parameters);
		tune();
		update("KEY_FOUND", parameters);
		update("CLEAR_LATEST", parameters);
		update("PUBLISH", parameters);
		update("RESOLVE", parameters);
		update("RECORD", parameters);
		update("ANALYSE_FINDINGS", parameters);
		FindingChanges changes = this.jdbc.sql(LIFECYCLE.get("COUNT_STATES"))
			.query((row, i) -> new FindingChanges(row.getLong("added"), row.getLong("resolved"),
					row.getLong("reopened")))
			.single();
		update("RECORD_CHECK", parameters);
		update("ANALYSE_CHECK_STATE", parameters);
		Map<String, Integer> byType = new LinkedHashMap<>();
		this.jdbc.sql(LIFECYCLE.get("COUNT_TYPES")).query((row) -> {
			byType.put(row.getString("finding_type"), row.getInt("findings"));
		});
		return new Outcome(byType, changes);
	}

	/**
	 * Runs every rule into staging.finding, which only the run holding the run lock
	 * writes: with lanes, the rules run side by side, each committed in a transaction of
	 * its own on a connection of its own, after emptying the table in one of its own (its
	 * lock must not outlive the statement, or the rules would wait for the caller).
	 * Without lanes (a pool too small to lend more connections), in the caller's
	 * transaction, one after another.
	 */
	private void find(Map<String, Object> parameters) {
		if (this.lanes == 0) {
			update("CLEAR_FOUND", parameters);
			RULES.all().values().forEach((rule) -> this.jdbc.sql(rule).params(parameters).update());
			return;
		}
		ExecutorService threads = Executors.newFixedThreadPool(this.lanes);
		try {
			awaitAll(List.of(threads.submit(
					() -> this.ownTransaction.executeWithoutResult((status) -> update("CLEAR_FOUND", parameters)))));
			ConcurrentLinkedQueue<String> rules = new ConcurrentLinkedQueue<>(RULES.all().values());
			AtomicBoolean failed = new AtomicBoolean();
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < this.lanes; i++) {
				running.add(threads.submit(() -> {
					for (String rule = rules.poll(); rule != null && !failed.get(); rule = rules.poll()) {
						String statement = rule;
						try {
							this.ownTransaction.executeWithoutResult((status) -> {
								tune();
								this.jdbc.sql(statement).params(parameters).update();
							});
						}
						catch (RuntimeException ex) {
							failed.set(true);
							throw ex;
						}
					}
				}));
			}
			awaitAll(running);
		}
		finally {
			threads.shutdown();
		}
	}

	/**
	 * Waits for every lane, so that none holds a connection once the check has failed,
	 * then throws the first failure.
	 */
	private static void awaitAll(List<Future<?>> lanes) {
		RuntimeException first = null;
		for (Future<?> lane : lanes) {
			try {
				lane.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("The check was interrupted", ex);
			}
			catch (ExecutionException ex) {
				if (first == null) {
					first = (ex.getCause() instanceof RuntimeException failure) ? failure
							: new IllegalStateException("A rule of the check failed", ex.getCause());
				}
			}
		}
		if (first != null) {
			throw first;
		}
	}

	private void tune() {
		this.jdbc.sql(LIFECYCLE.get("TUNE")).query((row) -> {
			// set for this transaction; nothing to read
		});
	}

	private int update(String statement, Map<String, Object> parameters) {
		return this.jdbc.sql(LIFECYCLE.get(statement)).params(parameters).update();
	}

	/**
	 * Whether the latest check was for this year and no submission has been loaded since.
	 */
	public boolean isUpToDate(int reportingFiscalYear) {
		return Boolean.TRUE.equals(this.jdbc.sql(LIFECYCLE.get("UP_TO_DATE"))
			.param("year", reportingFiscalYear)
			.query(Boolean.class)
			.single());
	}

	/** Errors and warnings of the latest check. */
	public Map<String, Integer> bySeverity() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("error", 0);
		counts.put("warning", 0);
		this.jdbc.sql(LIFECYCLE.get("BY_SEVERITY")).query((row) -> {
			counts.put(row.getString("severity"), row.getInt("findings"));
		});
		return counts;
	}

}
