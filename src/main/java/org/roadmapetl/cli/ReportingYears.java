package org.roadmapetl.cli;

import java.time.Clock;
import java.time.LocalDate;

import org.roadmapetl.config.RoadmapProperties;
import org.roadmapetl.normalise.CanonicalText;
import org.roadmapetl.normalise.FiscalYear;
import org.roadmapetl.normalise.FiscalYears;

/**
 * The reporting fiscal year of a command: {@code --fiscal-year}, else
 * {@code roadmap.reporting.year}, else the latest fiscal year that has ended before today
 * (gap-rules.md: actuals are reported after a year closes).
 */
final class ReportingYears {

	private ReportingYears() {
	}

	static int of(Integer requested, RoadmapProperties properties, Clock clock) {
		if (requested != null) {
			return requested;
		}
		Integer configured = configured(properties);
		return (configured != null) ? configured : FiscalYear.latestEndedBefore(LocalDate.now(clock)).startYear();
	}

	/**
	 * {@code roadmap.reporting.year}, or null when not set; a value that is no year is a
	 * configuration error.
	 */
	static Integer configured(RoadmapProperties properties) {
		String text = properties.reporting().year();
		if (text == null || text.isBlank()) {
			return null;
		}
		Integer year = FiscalYears.read(CanonicalText.of(text)).fiscalYear();
		if (year == null) {
			throw new UsageException("roadmap.reporting.year (ROADMAP_REPORTING_YEAR) '" + text
					+ "' is not a fiscal year (try R7, 2025 or 令和7年度)");
		}
		return year;
	}

}
