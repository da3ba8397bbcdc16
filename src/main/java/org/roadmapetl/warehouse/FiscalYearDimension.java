package org.roadmapetl.warehouse;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.roadmapetl.normalise.RoadmapPeriod;

/**
 * The fiscal-year dimension's roadmap flags: views cannot take parameters, so the
 * configured period lives in the warehouse, as {@code dw.fiscal_year.is_roadmap_year},
 * and every command that writes sets it first.
 */
public final class FiscalYearDimension {

	private final JdbcClient jdbc;

	public FiscalYearDimension(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return whether the flags changed (the period differs from the one the warehouse
	 * had)
	 * @throws IllegalArgumentException when the dimension does not hold every year of the
	 * period
	 */
	public boolean markPeriod(RoadmapPeriod period) {
		long known = this.jdbc.sql(WarehouseStatements.COUNT_PERIOD_YEARS)
			.param("first_year", period.firstYear())
			.param("last_year", period.lastYear())
			.query(Long.class)
			.single();
		if (known != period.years().size()) {
			throw new IllegalArgumentException(
					"roadmap.period " + period + " lies outside the fiscal years the warehouse knows");
		}
		return this.jdbc.sql(WarehouseStatements.MARK_PERIOD)
			.param("first_year", period.firstYear())
			.param("last_year", period.lastYear())
			.update() > 0;
	}

}
