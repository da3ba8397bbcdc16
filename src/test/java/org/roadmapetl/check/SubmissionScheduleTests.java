package org.roadmapetl.check;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the submission schedule: its notations, and the line a mistake is on. */
class SubmissionScheduleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "*	R7	2026-04-01	2026-05-29|*|2025|2026-04-01|2026-05-29",
					"健康福祉部	2025	2026-04-01	2026-05-31|健康福祉部|2025|2026-04-01|2026-05-31",
					"教育庁	令和7年度	2026-04-10	2026-04-30|教育庁|2025|2026-04-10|2026-04-30" })
	void readsEachLine(String line, String department, int year, LocalDate opensOn, LocalDate dueOn) {
		assertThat(schedule("department\treporting_fiscal_year\topens_on\tdue_on\n# a comment\n" + line + "\n").read())
			.containsExactly(new SubmissionSchedule.Entry(department, year, opensOn, dueOn));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "健康福祉部	R7	2026-04-01|expected 4 tab-separated fields",
			"健康福祉部	いつか	2026-04-01	2026-05-31|a department (or *) and a reporting fiscal year (R7, 2025 …) are required",
			"健康福祉部	R7	2026/04/01	2026-05-31|dates must be written 2026-05-31: 2026/04/01",
			"健康福祉部	R7	2026-06-01	2026-05-31|due_on 2026-05-31 is before opens_on 2026-06-01" })
	void namesTheLineOfAMistake(String line, String problem) {
		assertThatThrownBy(() -> schedule("# schedule\n" + line + "\n").read())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("line 2: " + problem);
	}

	@Test
	void theBundledScheduleExpectsEveryDepartment() {
		assertThat(new SubmissionSchedule(new ClassPathResource("db/reference/submission_schedule.tsv"), null).read())
			.isNotEmpty()
			.allSatisfy((entry) -> assertThat(entry.department()).isEqualTo("*"));
	}

	private static SubmissionSchedule schedule(String text) {
		return new SubmissionSchedule(new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)), null);
	}

}
