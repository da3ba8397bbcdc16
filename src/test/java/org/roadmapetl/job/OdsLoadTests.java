package org.roadmapetl.job;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.FreshDatabase;
import org.roadmapetl.OdsFiles;
import org.roadmapetl.cli.ExitCodes;
import org.roadmapetl.cli.WarmLauncher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample projects saved from LibreOffice Calc as .ods load to exactly the expected
 * content.
 */
class OdsLoadTests {

	@TempDir
	Path inbox;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@Test
	void anOdsOfTheSampleFormLoadsTheExpectedContent() throws Exception {
		// named .dat: the format is known from the mimetype entry, not the name
		OdsFiles.writeSampleForm(this.inbox.resolve("roadmap.dat"), false, 1_048_000);

		assertThat(run()).isEqualTo(ExitCodes.SUCCESS);

		this.warehouse.views().assertSampleContent();
		assertThat(this.warehouse.views().rows("dw.submission", "format").get(0)).containsExactly("ODS");
		assertThat(this.warehouse.views()
			.count("SELECT count(*) FROM dw.project WHERE start_fiscal_year_submitted ~ '^[0-9]{4}-04-01$'"))
			.isPositive();
	}

	@Test
	void struckThroughOldTextsInAnOdsAreLeftOutOfTheValuesAndKeptMarkedAsSubmitted() throws Exception {
		OdsFiles.writeSampleForm(this.inbox.resolve("revised.ods"), true, 1_048_000);

		assertThat(run()).isEqualTo(ExitCodes.SUCCESS);

		this.warehouse.views().assertSampleContent();
		assertThat(this.warehouse.views()
			.count("SELECT count(*) FROM dw.initiative_year WHERE plan_text_submitted LIKE '~~" + OdsFiles.OLD_PLAN
					+ "~~_%'"))
			.isPositive();
		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.initiative_year WHERE plan_text LIKE '%旧%'"))
			.isZero();
	}

	private int run() {
		return WarmLauncher.launch(new String[] { "run", "--inbox", this.inbox.toString() },
				this.warehouse.database().properties());
	}

}
