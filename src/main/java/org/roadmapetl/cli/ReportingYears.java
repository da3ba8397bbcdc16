package org.roadmapetl.cli;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import org.roadmapetl.config.RoadmapProperties;
import org.roadmapetl.normalise.CanonicalText;
import org.roadmapetl.normalise.FiscalYear;
import org.roadmapetl.normalise.FiscalYears;

/** The reporting year a feedback-loop command works on when {@code --fiscal-year} is not given. */
final class ReportingYears {

	private ReportingYears() {
	}

	static int resolve(Integer requested, RoadmapProperties properties, JdbcTemplate jdbc) {
		if (requested != null) {
			return requested;
		}
		String configured = properties.reporting().year();
		if (configured != null && !configured.isBlank()) {
			Integer year = FiscalYears.read(CanonicalText.of(configured)).fiscalYear();
			if (year != null) {
				return year;
			}
		}
		List<Integer> checked = jdbc.queryForList("SELECT reporting_fiscal_year FROM dw.check_state", Integer.class);
		return checked.isEmpty() ? FiscalYear.containing(LocalDate.now()).startYear() : checked.get(0);
	}

}
