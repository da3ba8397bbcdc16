package org.roadmapetl.submission;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.OdsFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The OpenDocument reader on small spreadsheets written by the test. */
class OdsSubmissionReaderTests {

	@TempDir
	Path dir;

	@Test
	void readsCellsByTheirValuesAndLinesAtTheirLocation() throws IOException {
		RecordingSink sink = read(OdsFiles.write(this.dir.resolve("cells.ods"),
				"""
						<table:table table:name="S"><table:table-row>
						<table:table-cell table:number-columns-repeated="2"/>
						<table:table-cell office:value-type="float" office:value="4202"><text:p>4,202</text:p></table:table-cell>
						<table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25%</text:p></table:table-cell>
						<table:table-cell office:value-type="date" office:date-value="2024-04-01T00:00:00"><text:p>令和6年度</text:p></table:table-cell>
						<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>
						<table:table-cell office:value-type="currency" office:value="1500" office:currency="JPY"><text:p>¥1,500</text:p></table:table-cell>
						</table:table-row><table:table-row>
						<table:table-cell office:value-type="string"><office:annotation><text:p>メモ</text:p></office:annotation><text:p>事業</text:p><text:p>始期</text:p></table:table-cell>
						<table:table-cell><text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d<text:s/>e</text:p></table:table-cell>
						<table:table-cell><text:p><text:a>リンク</text:a>先</text:p></table:table-cell>
						</table:table-row></table:table>"""));

		assertThat(sink.cells()).containsExactly("'S'!C1=4202", "'S'!D1=0.25", "'S'!E1=2024-04-01", "'S'!F1=TRUE",
				"'S'!G1=1500", "'S'!A2=事業\n始期", "'S'!B2=a   b\tc\nd e", "'S'!C2=リンク先");
	}

	@Test
	void aMergedCellArrivesOnceAtItsTopLeftAndRepeatsMoveThePosition() throws IOException {
		RecordingSink sink = read(OdsFiles.write(this.dir.resolve("merged.ods"),
				"""
						<table:table table:name="S"><table:table-column table:number-columns-repeated="1024"/>
						<table:table-row><table:table-cell table:number-rows-spanned="2" table:number-columns-spanned="2"><text:p>取組</text:p></table:table-cell>
						<table:covered-table-cell/><table:table-cell><text:p>計画</text:p></table:table-cell></table:table-row>
						<table:table-row><table:covered-table-cell table:number-columns-repeated="2"><text:p>隠れた文字</text:p></table:covered-table-cell>
						<table:table-cell><text:p>実績</text:p></table:table-cell></table:table-row>
						<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
						<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="2"><text:p>同じ</text:p></table:table-cell></table:table-row>
						</table:table>"""));

		assertThat(sink.cells()).containsExactly("'S'!A1=取組", "'S'!C1=計画", "'S'!C2=実績", "'S'!A6=同じ", "'S'!B6=同じ",
				"'S'!A7=同じ", "'S'!B7=同じ");
	}

	@Test
	void struckThroughSpansAndCellsAreLeftOutOfTheValueAndMarkedAsSubmitted() throws IOException {
		RecordingSink sink = read(OdsFiles.write(this.dir.resolve("struck.ods"),
				"""
						<table:table table:name="S"><table:table-row>
						<table:table-cell><text:p><text:span text:style-name="T1">R7</text:span> R8</text:p></table:table-cell>
						<table:table-cell table:style-name="ce1"><text:p>旧: 検討</text:p></table:table-cell>
						<table:table-cell table:style-name="ce1" office:value-type="float" office:value="100"><text:p>100</text:p></table:table-cell>
						<table:table-cell><text:p>導入</text:p></table:table-cell>
						</table:table-row></table:table>"""));

		assertThat(sink.rows).hasSize(1);
		assertThat(sink.rows.get(0).cells()).extracting(Cell::text, Cell::submitted)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(" R8", "~~R7~~ R8"),
					org.assertj.core.groups.Tuple.tuple("導入", "導入"));
	}

	@Test
	void aMillionRepeatedEmptyRowsAreSkippedWithoutBeingMaterialised() throws IOException {
		Path file = OdsFiles.writeSampleForm(this.dir.resolve("million.ods"), false, 1_048_000);
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		read(file); // warm up: parser and classes
		long before = threads.getCurrentThreadAllocatedBytes();

		RecordingSink sink = read(file);

		long allocated = threads.getCurrentThreadAllocatedBytes() - before;
		assertThat(sink.rows).hasSizeLessThan(400).allSatisfy((row) -> assertThat(row.cells()).isNotEmpty());
		assertThat(sink.rows.get(sink.rows.size() - 1).number()).isLessThan(400);
		// A row object for each of the million rows would allocate well over 50 MB.
		assertThat(allocated).isLessThan(30L * 1024 * 1024);
	}

	@Test
	void aRepeatedRowWithContentIsHandedOnOnlyWithinTheRowLimit() {
		Path file = this.dir.resolve("copies.ods");
		OdsSubmissionReader reader = new OdsSubmissionReader(
				new ReadLimits(100_000_000, 1_000_000, 1000, 1000, 100, 100));

		assertThatExceptionOfType(UnreadableSubmissionException.OverLimit.class)
			.isThrownBy(() -> reader.read(OdsFiles.write(file, """
					<table:table table:name="S"><table:table-row table:number-rows-repeated="1048000">
					<table:table-cell><text:p>x</text:p></table:table-cell></table:table-row></table:table>"""),
					"copies.ods", new RecordingSink()))
			.withMessageContaining("roadmap.limits.rows");
	}

	@Test
	void aDoctypeIsRefused() throws IOException {
		Path file = OdsFiles.writeContent(this.dir.resolve("doctype.ods"),
				"<?xml version=\"1.0\"?>" + "<!DOCTYPE lol [<!ENTITY lol \"lol\">]><office:document-content "
						+ OdsFiles.NAMESPACES
						+ "><office:body><office:spreadsheet/></office:body></office:document-content>");

		assertThatExceptionOfType(UnreadableSubmissionException.class).isThrownBy(() -> read(file))
			.withMessageContaining("DOCTYPE");
	}

	private static RecordingSink read(Path file) throws IOException {
		assertThat(SubmissionFormat.detect(file)).isEqualTo(SubmissionFormat.ODS);
		RecordingSink sink = new RecordingSink();
		new OdsSubmissionReader().read(file, file.getFileName().toString(), sink);
		return sink;
	}

}
