package org.roadmapetl.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark reads its figures from the run's log lines, and a line the job does not
 * print yet is n/a.
 */
class RunLogTests {

	private static final String SUMMARY = "13:37:26.855 INFO  Run 2 COMPLETED in 12.3 s: 200 file(s) loaded, 5 skipped "
			+ "(seen before), 1 set aside, 0 to retry, 0 waiting to settle; 2000 project(s), 24620 plan/actual cells, 3 problem(s) recorded; "
			+ "findings: 4463 error(s), 615 warning(s)";

	@Test
	void theSummaryAndThePhasesLinesGiveEveryFigure() {
		RunLog log = RunLog.parse(List.of("13:37:25.071 INFO  Successfully validated 7 migrations", SUMMARY,
				"13:37:26.856 INFO  Phases: read+normalise 21.4 s (summed over reader threads), load 7.5 s, "
						+ "check 0.6 s; peak heap 212 MiB"));

		assertThat(log).isEqualTo(new RunLog("COMPLETED", 12.3, 200, 5, 1, 2000, 24620, 21.4, 7.5, 0.6, 212L));
		assertThat(log.hasPhases()).isTrue();
	}

	@Test
	void withoutAPhasesLineThosePhasesAreMissingNotAnError() {
		RunLog log = RunLog.parse(List.of(SUMMARY));

		assertThat(log.hasPhases()).isFalse();
		assertThat(log.loadSeconds()).isNull();
		assertThat(log.peakHeapMib()).isNull();
		assertThat(log.cells()).isEqualTo(24620);
	}

	@Test
	void aLogWithoutASummaryHasNoStatus() {
		RunLog log = RunLog.parse(List.of("roadmap-etl: cannot reach PostgreSQL"));

		assertThat(log.status()).isNull();
		assertThat(log.jobSeconds()).isNull();
	}

}
