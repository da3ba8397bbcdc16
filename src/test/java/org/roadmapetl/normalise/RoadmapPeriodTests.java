package org.roadmapetl.normalise;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RoadmapPeriodTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			R6-R10                | 2024 | 2028 | R6〜R10
			R7-R11                | 2025 | 2029 | R7〜R11
			Ｒ７－Ｒ１１          | 2025 | 2029 | R7〜R11
			令和7年度～令和11年度 | 2025 | 2029 | R7〜R11
			令和7年度〜令和11年度 | 2025 | 2029 | R7〜R11
			2025-2029             | 2025 | 2029 | R7〜R11
			R7 - 2029             | 2025 | 2029 | R7〜R11
			""")
	void readsEveryNotationOfTheYearsPage(String text, int first, int last, String label) {
		RoadmapPeriod period = RoadmapPeriod.parse(text);

		assertThat(period.firstYear()).isEqualTo(first);
		assertThat(period.lastYear()).isEqualTo(last);
		assertThat(period.label()).isEqualTo(label);
		assertThat(period.years()).hasSize(last - first + 1).startsWith(first).endsWith(last);
	}

	@ParameterizedTest
	@ValueSource(strings = { "R6", "R10-R6", "R6-next", "", "R6-R10-R12", "2024-2060" })
	void refusesWhatIsNoPeriodNamingTheText(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> RoadmapPeriod.parse(text));
	}

	@ParameterizedTest
	@CsvSource({ "2026-05-15, R7", "2027-03-31, R7", "2027-04-01, R8", "2026-04-01, R7", "2026-03-31, R6" })
	void theLatestFiscalYearThatHasEndedBeforeADate(LocalDate date, String label) {
		assertThat(FiscalYear.latestEndedBefore(date).label()).isEqualTo(label);
	}

}
