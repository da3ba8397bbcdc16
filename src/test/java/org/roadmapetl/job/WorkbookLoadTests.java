package org.roadmapetl.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.roadmapetl.SampleFiles;
import org.roadmapetl.FormWorkbooks;
import org.roadmapetl.FreshDatabase;
import org.roadmapetl.cli.ExitCodes;
import org.roadmapetl.cli.WarmLauncher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Departments' workbooks, as the samples draw them and as the test draws them, load to
 * exactly the same content as the text export of the same projects.
 */
class WorkbookLoadTests {

	private static final String[] DEPARTMENTS = { "健康福祉部", "教育庁", "病院局" };

	@TempDir
	Path inbox;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@Test
	void perDepartmentWorkbooksTogetherLoadTheExpectedContent() throws Exception {
		for (String department : DEPARTMENTS) {
			copySample("xlsx/" + department + ".xlsx");
		}

		assertThat(run("run", "--inbox", this.inbox.toString())).isEqualTo(ExitCodes.SUCCESS);

		this.warehouse.views().assertSampleContent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx/stacked-all.xlsx", "xls/stacked-all.xls" })
	void aWorkbookWithEveryBlockStackedDownOneSheetLoadsAlone(String sample) throws Exception {
		copySample(sample);

		assertThat(run("run", "--inbox", this.inbox.toString())).isEqualTo(ExitCodes.SUCCESS);

		this.warehouse.views().assertSampleContent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "健康福祉部", "教育庁", "病院局" })
	void aVariantWithDriftedConventionsLoadsWithTheOtherDepartmentsWorkbooks(String variant) throws Exception {
		for (String department : DEPARTMENTS) {
			copySample(
					department.equals(variant) ? "xlsx/variant-" + variant + ".xlsx" : "xlsx/" + department + ".xlsx");
		}

		assertThat(run("run", "--inbox", this.inbox.toString())).isEqualTo(ExitCodes.SUCCESS);

		this.warehouse.views().assertSampleContent();
	}

	@Test
	void legacyXlsWorkbooksSavedByAnOfficeSuiteLoadTheExpectedContent() throws Exception {
		for (String department : DEPARTMENTS) {
			copySample("xls/" + department + ".xls");
		}

		assertThat(run("run", "--inbox", this.inbox.toString())).isEqualTo(ExitCodes.SUCCESS);

		this.warehouse.views().assertSampleContent();
	}

	@Test
	void anXlsWrittenWithMergedCellsLoadsTheSameContent() throws Exception {
		FormWorkbooks.write(this.inbox.resolve("hssf.xls"), FormWorkbooks.Kind.XLS, false, 4, 2);

		assertThat(run("run", "--inbox", this.inbox.toString())).isEqualTo(ExitCodes.SUCCESS);

		this.warehouse.views().assertSampleContent();
	}

	@Test
	void anXlsxWithOneProjectPerSheetStartingAnywhereLoadsTheSameContent() throws Exception {
		FormWorkbooks.write(this.inbox.resolve("per-sheet.xlsx"), FormWorkbooks.Kind.XLSX, true, 3, 1);

		assertThat(run("run", "--inbox", this.inbox.toString())).isEqualTo(ExitCodes.SUCCESS);

		this.warehouse.views().assertSampleContent();
		assertThat(this.warehouse.views().rows("report.projects", "source_file, source_location"))
			.contains(List.of("per-sheet.xlsx", "'01_事業'!C5"));
	}

	@ParameterizedTest
	@CsvSource({ "really-an-xlsx.xls, XLSX", "really-an-xls.xlsx, XLS" })
	void aWorkbookNamedXlsAndAnXlsNamedXlsxStillLoad(String name, FormWorkbooks.Kind kind) throws Exception {
		FormWorkbooks.write(this.inbox.resolve(name), kind, false, 0, 0);

		assertThat(run("run", "--inbox", this.inbox.toString())).isEqualTo(ExitCodes.SUCCESS);

		this.warehouse.views().assertSampleContent();
		assertThat(this.warehouse.views().rows("dw.submission", "file_name, format"))
			.containsExactly(List.of(name, kind.name()));
	}

	@Test
	void aWorkbookAndTheTextExportOfTheSameProjectsLoadEachProjectOnceWithTheLaterCurrent() throws Exception {
		Path workbook = copySample("xlsx/stacked-all.xlsx");
		Path export = copySample("roadmap-export-sample.tsv");
		Files.setLastModifiedTime(workbook, FileTime.fromMillis(1_700_000_000_000L));
		Files.setLastModifiedTime(export, FileTime.fromMillis(1_700_000_500_000L));

		assertThat(run("run", "--inbox", this.inbox.toString())).isEqualTo(ExitCodes.SUCCESS);

		this.warehouse.views().assertSampleContent();
		assertThat(this.warehouse.views().rows("report.projects", "DISTINCT source_file"))
			.containsExactly(List.of("roadmap-export-sample.tsv"));
		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.project WHERE is_current")).isEqualTo(13);
		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.submission")).isEqualTo(2);
	}

	/**
	 * In one chunk, or chunks apart but read ahead before the first is committed: the
	 * first file of a content counts.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "200", "1" })
	void twoFilesOfTheSameContentInOneRunAreOneSubmissionNamedAsTheFirst(String chunkSize) throws Exception {
		Path first = SampleFiles.copyInto(this.inbox, "xlsx/stacked-all.xlsx");
		Path second = Files.copy(first, this.inbox.resolve("stacked-all-copy.xlsx"));
		Files.setLastModifiedTime(first, FileTime.fromMillis(1_700_000_000_000L));
		Files.setLastModifiedTime(second, FileTime.fromMillis(1_700_000_500_000L));
		Map<String, String> properties = new HashMap<>(this.warehouse.database().properties());
		properties.put("roadmap.load.chunk-size", chunkSize);

		assertThat(WarmLauncher.launch(new String[] { "run", "--inbox", this.inbox.toString() }, properties))
			.isEqualTo(ExitCodes.SUCCESS);

		this.warehouse.views().assertSampleContent();
		assertThat(this.warehouse.views().rows("dw.submission", "file_name, project_count"))
			.containsExactly(List.of("stacked-all.xlsx", "13"));
		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.project")).isEqualTo(13);
		assertThat(this.warehouse.views()
			.count("SELECT count(*) FROM dw.submission WHERE departments @> ARRAY['教育庁', '健康福祉部', '病院局']"))
			.isEqualTo(1);
	}

	@Test
	void aResubmittedProjectsOldVersionIsValidUntilTheNewOneIsValidFrom() throws Exception {
		Path first = SampleFiles.copyInto(this.inbox, SampleFiles.EXPORT);
		Files.setLastModifiedTime(first, FileTime.fromMillis(1_700_000_000_000L));
		assertThat(run("run", "--inbox", this.inbox.toString())).isEqualTo(ExitCodes.SUCCESS);
		String text = Files.readString(first);
		assertThat(text).contains("①補助金交付");
		Path resubmitted = Files.writeString(this.inbox.resolve("resubmitted.tsv"), text.replace("①補助金交付", "①補助金の交付"));
		Files.setLastModifiedTime(resubmitted, FileTime.fromMillis(1_700_000_500_000L));

		assertThat(run("run", "--inbox", this.inbox.toString())).isEqualTo(ExitCodes.SUCCESS);

		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.project WHERE NOT is_current")).isPositive();
		assertThat(this.warehouse.views().count("""
				SELECT count(*) FROM dw.project o JOIN dw.project n ON n.project_key = o.project_key AND n.is_current
				WHERE NOT o.is_current AND (o.valid_to IS DISTINCT FROM n.valid_from OR o.valid_to <= o.valid_from)"""))
			.isZero();
		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.project WHERE is_current")).isEqualTo(13);
		assertThat(this.warehouse.views()
			.count("SELECT count(*) FROM dw.project WHERE is_current AND valid_to IS NOT NULL")).isZero();
	}

	@Test
	void everyFactAndProblemOfAWorkbookNamesItsSheetAndCell() throws Exception {
		copySample("xlsx/教育庁.xlsx");
		copySample("xlsx/健康福祉部.xlsx");

		assertThat(run("run", "--inbox", this.inbox.toString())).isEqualTo(ExitCodes.SUCCESS);

		assertThat(this.warehouse.views().count("""
				SELECT count(*) FROM dw.initiative_year
				WHERE plan_source_location !~ '^''[^'']+''![A-Z]+[0-9]+$'
				   OR actual_source_location !~ '^''[^'']+''![A-Z]+[0-9]+$'""")).isZero();
		assertThat(this.warehouse.views().rows("dw.load_problem", "problem_type, source_location"))
			.containsExactly(List.of("UNKNOWN_ORGANIZATION", "'07_モバイルICTによる救急医療情報共有体制整備事業'!K1"));
		assertThat(this.warehouse.views()
			.rows("""
					dw.initiative_year f JOIN dw.initiative i USING (initiative_id) JOIN dw.project p USING (project_version_id)
					WHERE p.is_current AND p.project_name LIKE '校務%' AND f.fiscal_year = 2024""",
					"f.plan_source_location"))
			.containsExactly(List.of("'01_校務のICT活用推進事業 (統合型校務支援システ'!C7"));
	}

	private Path copySample(String sample) throws IOException {
		return SampleFiles.copyInto(this.inbox, sample);
	}

	private int run(String... args) {
		return WarmLauncher.launch(args, this.warehouse.database().properties());
	}

}
