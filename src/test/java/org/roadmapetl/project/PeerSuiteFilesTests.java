package org.roadmapetl.project;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.roadmapetl.normalise.OrganisationMaster;
import org.roadmapetl.normalise.RoadmapPeriod;
import org.roadmapetl.submission.Reason;
import org.roadmapetl.submission.UnreadableSubmissionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Other readers' public test files (src/test/resources/peer-suites, sources in its
 * README): files that POI, calamine and Excel read are read here too and set aside only
 * for holding no roadmap form; damaged and hostile ones are refused with a reason a clerk
 * can act on, in Japanese first, and never as an internal error.
 */
class PeerSuiteFilesTests {

	@TempDir
	Path inbox;

	private SubmissionParser parser;

	@BeforeEach
	void parser() throws IOException {
		try (var in = new InputStreamReader(
				PeerSuiteFilesTests.class.getResourceAsStream("/db/reference/organizations.tsv"),
				StandardCharsets.UTF_8)) {
			this.parser = new SubmissionParser(OrganisationMaster.read(in), RoadmapPeriod.parse("R6-R10"));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "poi/49761.xls", "poi/64508.xlsx", "poi/64667.xlsx",
			"calamine/empty_shared_string_value.xlsx", "calamine/empty_s_attribute.xlsx", "poi/49609.xlsx",
			"poi/SimpleWithComments.xls", "calamine/capitalized_wbook_stream.xls" })
	void aValidFileOfAnotherToolIsReadAndHasNoRoadmapForm(String name) throws Exception {
		Path file = copy(name);

		assertThatExceptionOfType(UnreadableSubmissionException.NoRoadmapForm.class).isThrownBy(() -> parse(file))
			.satisfies((refused) -> assertThat(refused.reason().japanese()).startsWith("ロードマップの様式"));
	}

	@Test
	void aBillionRepeatedCellsInAKilobyteAreRefusedNamingTheLimitOfWork() throws Exception {
		Path file = copy("calamine/issue_594_dos.ods");

		assertThatExceptionOfType(UnreadableSubmissionException.OverLimit.class).isThrownBy(() -> parse(file))
			.satisfies((refused) -> assertThat(refused.reason().japanese()).contains("シート「Sheet1」のセルの数")
				.contains("上限 (5,000,000)")
				.contains("roadmap.limits.sheet-cells"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "poi/password.xls", "calamine/pass_protected.ods" })
	void aPasswordIsNamedAsOne(String name) throws Exception {
		Path file = copy(name);

		assertThatExceptionOfType(UnreadableSubmissionException.class).isThrownBy(() -> parse(file))
			.satisfies((refused) -> assertThat(refused.reason()).isEqualTo(Reason.PASSWORD));
	}

	@Test
	void anEntityBombNamesThePartItIsIn() throws Exception {
		Path file = copy("poi/poc-xmlbomb.xlsx");

		assertThatExceptionOfType(UnreadableSubmissionException.DamagedFile.class).isThrownBy(() -> parse(file))
			.satisfies((refused) -> assertThat(refused.reason().japanese())
				.startsWith("ファイル内の「xl/sharedStrings.xml」の XML に DOCTYPE 宣言があります"));
	}

	@ParameterizedTest
	@MethodSource("allFixtures")
	void everyReasonIsJapaneseFirstAndNamesNoPathOrJavaClass(String name) throws Exception {
		Path file = copy(name);

		UnreadableSubmissionException refused = catchThrowableOfType(UnreadableSubmissionException.class,
				() -> parse(file));

		assertThat(refused).as(name).isNotNull();
		Reason reason = refused.reason().at(refused.where());
		assertThat(reason.japanese()).as(name).containsPattern("[\\u3040-\\u30FF\\u4E00-\\u9FFF]");
		for (String text : List.of(reason.japanese(), reason.english())) {
			assertThat(text).as(name)
				.doesNotContain(this.inbox.toString())
				.doesNotContainPattern("[A-Za-z]+(Exception|Error)\\b")
				.doesNotContainPattern("\\b(java|javax|org\\.apache)\\.")
				.doesNotContain("\n");
		}
	}

	static Stream<String> allFixtures() throws IOException, URISyntaxException {
		Path root = Path.of(PeerSuiteFilesTests.class.getResource("/peer-suites").toURI());
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> !file.getFileName().toString().equals("README.md"))
				.map((file) -> root.relativize(file).toString().replace('\\', '/'))
				.sorted()
				.toList()
				.stream();
		}
	}

	private Path copy(String name) throws IOException {
		Path target = this.inbox.resolve(Path.of(name).getFileName().toString());
		try (var in = PeerSuiteFilesTests.class.getResourceAsStream("/peer-suites/" + name)) {
			Files.copy(in, target);
		}
		return target;
	}

	private ParsedSubmission parse(Path file) throws IOException {
		return this.parser.parse(new SubmissionFile(file, file.getFileName().toString(), "x", Files.size(file)));
	}

}
