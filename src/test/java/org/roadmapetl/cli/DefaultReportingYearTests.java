package org.roadmapetl.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import org.roadmapetl.FreshDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code --fiscal-year} a check is for the latest fiscal year that has ended
 * (gap-rules.md): actuals are reported after a year closes. The clock is the
 * application's {@code Clock} bean, fixed here.
 */
class DefaultReportingYearTests {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@ParameterizedTest
	@CsvSource({ "2026-05-15, 2025", "2027-03-31, 2025", "2027-04-01, 2026" })
	void aCheckWithoutFiscalYearIsForTheLatestYearThatHasEnded(LocalDate today, int expectedYear) throws Exception {
		assertThat(check(today, Map.of())).isEqualTo(ExitCodes.SUCCESS);

		assertThat(this.warehouse.views().count("SELECT reporting_fiscal_year FROM dw.check_state"))
			.isEqualTo(expectedYear);
	}

	@Test
	void theConfiguredReportingYearComesBeforeTheClock() throws Exception {
		assertThat(check(LocalDate.of(2027, 4, 1), Map.of("roadmap.reporting.year", "令和6年度")))
			.isEqualTo(ExitCodes.SUCCESS);

		assertThat(this.warehouse.views().count("SELECT reporting_fiscal_year FROM dw.check_state")).isEqualTo(2024);
	}

	@Test
	void aConfiguredReportingYearThatIsNoYearIsAConfigurationError() {
		assertThat(check(LocalDate.of(2027, 4, 1), Map.of("roadmap.reporting.year", "next year")))
			.isEqualTo(ExitCodes.USAGE_OR_CONFIGURATION);
	}

	private int check(LocalDate today, Map<String, String> settings) {
		Map<String, String> properties = new HashMap<>(this.warehouse.database().properties());
		properties.putAll(settings);
		Clock fixed = Clock.fixed(today.atTime(9, 0).atZone(TOKYO).toInstant(), TOKYO);
		ApplicationContextInitializer<ConfigurableApplicationContext> clock = (context) -> context.getBeanFactory()
			.registerSingleton("fixedClock", fixed);
		return Launcher.launch(new String[] { "check" }, properties, clock);
	}

}
