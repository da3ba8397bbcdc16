package org.roadmapetl.normalise;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FiscalYearTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "2024 | R6", "2025 | R7", "2028 | R10", "2019 | R1", "2018 | H30", "1989 | H1", "1988 | S63" })
	void labelIsTheEraYear(int startYear, String label) {
		assertThat(new FiscalYear(startYear).label()).isEqualTo(label);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2024-04-01 | 2024", "2025-03-31 | 2024", "2025-04-01 | 2025",
			"2024-12-31 | 2024", "2025-01-01 | 2024" })
	void containingRunsFromAprilToMarch(LocalDate date, int startYear) {
		assertThat(FiscalYear.containing(date)).isEqualTo(new FiscalYear(startYear));
	}

}
