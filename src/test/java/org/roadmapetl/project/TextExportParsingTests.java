package org.roadmapetl.project;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.normalise.OrganisationMaster;
import org.roadmapetl.normalise.RoadmapPeriod;
import org.roadmapetl.normalise.OrganisationPair;
import org.roadmapetl.submission.UnreadableSubmissionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The text-export rules of submission-format.md §1, one per test, each on a small export
 * written by the test: the form is found by its labels, not by fixed columns.
 */
class TextExportParsingTests {

	private static final String MASTER = """
			department\tsection
			健康福祉部\t医療薬務課
			環境政策部\t青少年・男女共同参画課
			警察本部\t生活安全企画課
			""";

	private static final String TABLE = """
			取組\t\tR6\tR7\tR8\tR9\tR10
			周知\t計画\t①補助金交付\t①\t\t\t
			\t実績\t実施済\t\t\t\t
			""";

	@TempDir
	Path inbox;

	@Test
	void labelsWithSpacesAndLineBreaksAreTheSameLabels() throws IOException {
		Project project = onlyProject("""
				分野\t暮らし・まち分野\t項目\t医療・福祉\t担当部局\t健康福祉部\t担当課等\t医療薬務課
				事業名\tテスト事業\tR6事業費 (千円)\t1,500\t重点枠事業\t\t将来対応分\t\t"事業
				始期"\tR6\t事業 終期\tR8
				""" + TABLE);

		assertThat(project.budgetThousandYen()).isEqualTo(1500L);
		assertThat(project.startFiscalYear()).isEqualTo(2024);
		assertThat(project.endFiscalYear()).isEqualTo(2026);
	}

	@Test
	void aValueAndTheNextLabelMayShareOneCell() throws IOException {
		Project project = onlyProject("""
				分野\t暮らし・まち分野\t項目\t医療・福祉\t担当部局\t健康福祉部\t担当課等\t医療薬務課
				事業名\tテスト事業\tR6事業費(千円)\t4,500\t重点枠事業\t○ 将来対応分\t事業始期\tR2 事業終期 R8
				""" + TABLE);

		assertThat(project.priority()).isTrue();
		assertThat(project.futureResponse()).isFalse();
		assertThat(project.startFiscalYear()).isEqualTo(2020);
		assertThat(project.endFiscalYear()).isEqualTo(2026);
	}

	@Test
	void aLabelWithNoValueIsFollowedDirectlyByTheNextLabel() throws IOException {
		Project project = onlyProject("""
				分野\t暮らし・まち分野\t項目\t医療・福祉\t担当部局\t健康福祉部\t担当課等\t医療薬務課
				事業名\tテスト事業\tR6事業費(千円)\t4,500\t重点枠事業\t将来対応分\t事業始期\tR3\t事業終期\t未定
				""" + TABLE);

		assertThat(project.priority()).isFalse();
		assertThat(project.futureResponse()).isFalse();
		assertThat(project.endFiscalYear()).isNull();
		assertThat(project.openEnded()).isTrue();
	}

	@Test
	void aFormDrawnAsATableWithLabelsAboveTheirValuesReadsTheSame() throws IOException {
		Project project = onlyProject("""
				分野	項目	担当部局	担当課等
				暮らし・まち分野	医療・福祉	健康福祉部	医療薬務課
				事業名		R6事業費(千円)	重点枠事業	将来対応分	事業始期	事業終期
				表形式の事業		2,500	○		R6	R8
				""" + TABLE);

		assertThat(project.name()).isEqualTo("表形式の事業");
		assertThat(project.field()).isEqualTo("暮らし・まち分野");
		assertThat(project.section()).isEqualTo("医療薬務課");
		assertThat(project.budgetThousandYen()).isEqualTo(2500L);
		assertThat(project.priority()).isTrue();
		assertThat(project.futureResponse()).isFalse();
		assertThat(project.startFiscalYear()).isEqualTo(2024);
		assertThat(project.endFiscalYear()).isEqualTo(2026);
	}

	@Test
	void yearCellsArePositionalAfterThePlanLabelAndTrailingCellsMayBeMissing() throws IOException {
		Project project = onlyProject(header("テスト事業") + """
				取組\tR6\tR7\tR8\tR9\tR10
				周知\t計画\t六年度\t七年度
				\t実績\t済
				""");

		List<InitiativeYear> years = project.initiatives().get(0).years();
		assertThat(years).extracting(InitiativeYear::fiscalYear).containsExactly(2024, 2025, 2026, 2027, 2028);
		assertThat(years).extracting((year) -> year.plan().text()).containsExactly("六年度", "七年度", "", "", "");
		assertThat(years).extracting((year) -> year.actual().text()).containsExactly("済", "", "", "", "");
	}

	@Test
	void headerYearsMayBeWrittenInEraOrGregorianNotation() throws IOException {
		Project project = onlyProject(header("テスト事業") + """
				取組\t\t令和6年度\t令和7年度\t2026年度\t2027年度\t令和10年度
				周知\t計画\ta\tb\tc\td\te
				""");

		assertThat(project.initiatives().get(0).years()).extracting((year) -> year.plan().text())
			.containsExactly("a", "b", "c", "d", "e");
	}

	@Test
	void titleAndBlankLinesBetweenBlocksAndStraySpacesAreIgnored() throws IOException {
		ParsedSubmission submission = parse("(別紙2-2)令和5年度DX関連事業ロードマップ\n\n \n" + header("一つ目") + TABLE
				+ "\n\u00A0\n(別紙2-2)令和5年度DX関連事業ロードマップ\n" + "\u00A0 " + header("二つ目") + TABLE);

		assertThat(submission.projects()).extracting(Project::name).containsExactly("一つ目", "二つ目");
		assertThat(submission.projects()).allSatisfy((project) -> assertThat(project.initiatives()).hasSize(1));
	}

	@Test
	void itemMarkersContinueTheirEarlierDefinition() throws IOException {
		Project project = onlyProject(header("テスト事業") + TABLE);

		assertThat(project.initiatives().get(0).years()).extracting((year) -> year.plan().resolved())
			.containsExactly("①補助金交付", "①補助金交付", "", "", "");
	}

	@Test
	void htmlFragmentsInCellsBecomeLines() throws IOException {
		Project project = onlyProject(header("テスト事業") + """
				取組\t\tR6\tR7\tR8\tR9\tR10
				研修\t計画\t<p>(1)連絡会議 年4回</p><p>(2)職員研修</p>\t<ul><li>①ドローン講習</li><li>②資格取得支援</li></ul>\tA<br>B &amp; C
				""");

		assertThat(project.initiatives().get(0).years()).extracting((year) -> year.plan().text())
			.startsWith("(1)連絡会議 年4回\n(2)職員研修", "・①ドローン講習\n・②資格取得支援", "A\nB & C");
	}

	@Test
	void aResponsibleSectionTagIsTakenOffTheInitiativeName() throws IOException {
		Project project = onlyProject(header("テスト事業") + """
				取組\t\tR6\tR7\tR8\tR9\tR10
				事業者向け講習【警察本部生活安全企画課】\t計画\t実施
				""");

		assertThat(project.initiatives().get(0).name()).isEqualTo("事業者向け講習");
		assertThat(project.initiatives().get(0).section()).isEqualTo("警察本部生活安全企画課");
	}

	@Test
	void jointOrganisationNamesAreSplitAndPaired() throws IOException {
		Project project = onlyProject("""
				分野\t暮らし・まち分野\t項目\t安全・安心\t担当部局\t環境政策部・警察本部\t担当課等\t青少年・男女共同参画課・生活安全企画課
				事業名\t共同事業\tR6事業費(千円)\t100\t重点枠事業\t将来対応分\t事業始期\tR6\t事業終期\tR8
				""" + TABLE);

		assertThat(project.department()).isEqualTo("環境政策部・警察本部");
		assertThat(project.organisations()).containsExactly(new OrganisationPair("環境政策部", "青少年・男女共同参画課"),
				new OrganisationPair("警察本部", "生活安全企画課"));
	}

	@Test
	void anUnreadableValueBecomesNullWithAProblemNamingItsCell() throws IOException {
		ParsedSubmission submission = parse("""
				分野\t暮らし・まち分野\t項目\t医療・福祉\t担当部局\t健康福祉部\t担当課等\t医療薬務課
				事業名\tテスト事業\tR6事業費(千円)\t約千五百\t重点枠事業\t済\t将来対応分\t\t事業始期\tそのうち\t事業終期\tR8
				""" + TABLE);

		Project project = submission.projects().get(0);
		assertThat(project.budgetThousandYen()).isNull();
		assertThat(project.priority()).isNull();
		assertThat(project.startFiscalYear()).isNull();
		assertThat(submission.problems()).extracting(Problem::type).containsOnly(ProblemType.UNREADABLE_VALUE);
		assertThat(submission.problems()).extracting((problem) -> problem.where().location())
			.containsExactlyInAnyOrder("line 2, column 4", "line 2, column 6", "line 2, column 10");
		assertThat(submission.problems()).allSatisfy((problem) -> assertThat(problem.projectName()).isEqualTo("テスト事業"));
	}

	@Test
	void anUnknownSectionIsKeptAsWrittenWithTheClosestMasterNameSuggested() throws IOException {
		ParsedSubmission submission = parse("""
				分野\t暮らし・まち分野\t項目\t医療・福祉\t担当部局\t健康福祉部\t担当課等\t医療業務課
				事業名\tテスト事業\tR6事業費(千円)\t100\t重点枠事業\t将来対応分\t事業始期\tR6\t事業終期\tR8
				""" + TABLE);

		assertThat(submission.projects().get(0).section()).isEqualTo("医療業務課");
		assertThat(submission.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.type()).isEqualTo(ProblemType.UNKNOWN_ORGANIZATION);
			assertThat(problem.suggestion()).isEqualTo("医療薬務課");
			assertThat(problem.where().location()).isEqualTo("line 1, column 8");
		});
	}

	@Test
	void aFileWithNoFormIsUnreadable() throws IOException {
		assertThatExceptionOfType(UnreadableSubmissionException.NoRoadmapForm.class)
			.isThrownBy(() -> parse("会議録\n出席者\t5名\n"))
			.withMessageContaining("no roadmap form");
	}

	@Test
	void utf16TextWithoutAByteOrderMarkIsRefusedSayingHowToSaveIt() throws IOException {
		Path file = this.inbox.resolve("utf16.txt");
		Files.write(file, (header("テスト事業") + TABLE).getBytes(StandardCharsets.UTF_16LE));

		assertThatExceptionOfType(UnreadableSubmissionException.Undecodable.class)
			.isThrownBy(() -> parser().parse(new SubmissionFile(file, "utf16.txt", "x", Files.size(file))))
			.withMessageContaining("UTF-16")
			.withMessageContaining("Unicode テキスト");
	}

	private static String header(String name) {
		return "分野\t暮らし・まち分野\t項目\t医療・福祉\t担当部局\t健康福祉部\t担当課等\t医療薬務課\n" + "事業名\t" + name
				+ "\tR6事業費(千円)\t100\t重点枠事業\t将来対応分\t事業始期\tR6\t事業終期\tR10\n" + "概要\t説明\n";
	}

	private Project onlyProject(String export) throws IOException {
		ParsedSubmission submission = parse(export);
		assertThat(submission.unreadableReason()).isNull();
		assertThat(submission.projects()).hasSize(1);
		return submission.projects().get(0);
	}

	private ParsedSubmission parse(String export) throws IOException {
		Path file = this.inbox.resolve("export.tsv");
		Files.writeString(file, export, StandardCharsets.UTF_8);
		return parser().parse(new SubmissionFile(file, "export.tsv", "checksum", Files.size(file)));
	}

	private static SubmissionParser parser() throws IOException {
		return new SubmissionParser(OrganisationMaster.read(new StringReader(MASTER)), RoadmapPeriod.parse("R6-R10"));
	}

}
