package org.roadmapetl.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.SampleFiles;
import org.roadmapetl.FreshDatabase;
import org.roadmapetl.cli.ExitCodes;
import org.roadmapetl.cli.WarmLauncher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly job end to end on the real PostgreSQL: the sample text export, in each
 * encoding a department may use, loads to exactly the expected content of the report
 * views, and loading again changes nothing.
 */
class TextExportLoadTests {

	@TempDir
	Path inbox;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "roadmap.tsv, UTF-8, false", "roadmap-sjis.txt, windows-31j, false", "roadmap-bom.tsv, UTF-8, true" })
	void theSampleExportLoadsToExactlyTheExpectedContentInEveryEncoding(String name, String charset,
			boolean byteOrderMark) throws Exception {
		writeSample(name, Charset.forName(charset), byteOrderMark);

		assertThat(run("run", "--inbox", this.inbox.toString())).isEqualTo(ExitCodes.SUCCESS);

		this.warehouse.views().assertSampleContent();
		assertThat(this.warehouse.views().rows("report.projects", "DISTINCT source_file"))
			.containsExactly(List.of(name));
	}

	@Test
	void runningTheSameInboxAgainAndRerunningAllChangeNothing() throws Exception {
		writeSample("roadmap.tsv", StandardCharsets.UTF_8, false);
		assertThat(run("run", "--inbox", this.inbox.toString())).isEqualTo(ExitCodes.SUCCESS);
		List<List<String>> projects = this.warehouse.views().everything("report.projects");
		List<List<String>> years = this.warehouse.views().everything("report.initiative_years");
		List<List<String>> organisations = this.warehouse.views().everything("report.project_organizations");

		assertThat(run("run", "--inbox", this.inbox.toString())).isEqualTo(ExitCodes.SUCCESS);
		assertThat(run("rerun", "--all", "--inbox", this.inbox.toString())).isEqualTo(ExitCodes.SUCCESS);

		assertThat(this.warehouse.views().everything("report.projects")).isEqualTo(projects);
		assertThat(this.warehouse.views().everything("report.initiative_years")).isEqualTo(years);
		assertThat(this.warehouse.views().everything("report.project_organizations")).isEqualTo(organisations);
		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.submission")).isEqualTo(1);
		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.project")).isEqualTo(13);
		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.load_problem")).isEqualTo(1);
	}

	@Test
	void theSameProjectsInTwoEncodingsLoadOnceWithTheLaterFileCurrent() throws Exception {
		Path first = writeSample("a-first.tsv", StandardCharsets.UTF_8, false);
		Path second = writeSample("b-second.txt", Charset.forName("windows-31j"), false);
		Files.setLastModifiedTime(first, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
		Files.setLastModifiedTime(second, java.nio.file.attribute.FileTime.fromMillis(1_000_000_100_000L));

		assertThat(run("run", "--inbox", this.inbox.toString())).isEqualTo(ExitCodes.SUCCESS);
		this.warehouse.views().assertSampleContent();
		assertThat(this.warehouse.views().rows("report.projects", "DISTINCT source_file"))
			.containsExactly(List.of("b-second.txt"));
		List<List<String>> projects = this.warehouse.views().everything("report.projects");

		assertThat(run("rerun", "--all", "--inbox", this.inbox.toString())).isEqualTo(ExitCodes.SUCCESS);
		assertThat(this.warehouse.views().everything("report.projects")).isEqualTo(projects);
	}

	private Path writeSample(String name, Charset charset, boolean byteOrderMark) throws IOException {
		String text = SampleFiles.exportText();
		Path file = this.inbox.resolve(name);
		Files.write(file, ((byteOrderMark ? "\uFEFF" : "") + text).getBytes(charset));
		return file;
	}

	private int run(String... args) {
		return WarmLauncher.launch(args, this.warehouse.database().properties());
	}

}
