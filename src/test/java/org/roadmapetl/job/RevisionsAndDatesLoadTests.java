package org.roadmapetl.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.roadmapetl.FreshDatabase;
import org.roadmapetl.RevisedWorkbooks;
import org.roadmapetl.cli.ExitCodes;
import org.roadmapetl.cli.WarmLauncher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workbooks as departments revise them load to exactly the expected content: 事業始期/事業終期 as
 * date cells in era formats that show only the era year, and old texts struck through
 * (見え消し) before the real ones.
 */
class RevisionsAndDatesLoadTests {

	@TempDir
	Path inbox;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@ParameterizedTest
	@ValueSource(strings = { "xlsx/stacked-all.xlsx", "xls/stacked-all.xls" })
	void yearsAsDateCellsInEraFormatsAreTheFiscalYearsThatContainThem(String sample) throws Exception {
		RevisedWorkbooks.withDateYears(copySample(sample));

		assertThat(run()).isEqualTo(ExitCodes.SUCCESS);

		this.warehouse.views().assertSampleContent();
		assertThat(this.warehouse.views()
			.count("SELECT count(*) FROM dw.project WHERE start_fiscal_year_submitted ~ '^[0-9]{4}-04-01$'"))
			.isPositive();
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx/stacked-all.xlsx", "xls/stacked-all.xls" })
	void struckThroughOldTextsAreLeftOutOfTheValuesAndKeptMarkedAsSubmitted(String sample) throws Exception {
		RevisedWorkbooks.withStruckOldTexts(copySample(sample));

		assertThat(run()).isEqualTo(ExitCodes.SUCCESS);

		this.warehouse.views().assertSampleContent();
		assertThat(this.warehouse.views()
			.count("SELECT count(*) FROM dw.initiative_year WHERE plan_text_submitted LIKE '~~"
					+ RevisedWorkbooks.OLD_PLAN + "~~_%'"))
			.isPositive();
		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.initiative_year WHERE plan_text LIKE '%旧%'"))
			.isZero();
	}

	private Path copySample(String sample) throws IOException {
		Path target = this.inbox.resolve(Path.of(sample).getFileName().toString());
		try (InputStream in = getClass().getResourceAsStream("/samples/" + sample)) {
			Files.copy(in, target);
		}
		return target;
	}

	private int run() {
		return WarmLauncher.launch(new String[] { "run", "--inbox", this.inbox.toString() },
				this.warehouse.database().properties());
	}

}
