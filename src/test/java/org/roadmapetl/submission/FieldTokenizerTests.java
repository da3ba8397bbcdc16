package org.roadmapetl.submission;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The tokenizer of text exports and CSV: Excel's quoting, line numbers, and the read
 * limits.
 */
class FieldTokenizerTests {

	@Test
	void splitsTabSeparatedLinesKeepingEmptyFields() throws IOException {
		assertThat(records("a\t\tb\nc\t\n", '\t')).containsExactly("1:[a, , b]", "2:[c, ]");
	}

	@Test
	void aQuotedFieldMayHoldTheSeparatorQuotesAndLineBreaksAndKeepsItsFirstLine() throws IOException {
		String csv = "事業名,\"4,202\",\"say \"\"hi\"\"\"\r\n\"事業\r\n始期\",R6\r\nlast,\"\"\r\n";

		assertThat(records(csv, ',')).containsExactly("1:[事業名, 4,202, say \"hi\"]", "2:[事業\n始期, R6]", "4:[last, ]");
	}

	@Test
	void aQuoteThatDoesNotCloseBeforeTheSeparatorIsText() throws IOException {
		assertThat(records("\"見守り\"体制\tx\n\"開いたまま\ny\tz\n", '\t')).containsExactly("1:[\"見守り\"体制, x]", "2:[\"開いたまま]",
				"3:[y, z]");
	}

	@Test
	void aCommaInATabSeparatedExportIsText() throws IOException {
		assertThat(records("R6事業費(千円)\t4,202\n", '\t')).containsExactly("1:[R6事業費(千円), 4,202]");
	}

	@Test
	void aLoneCarriageReturnEndsALineAndTheLastLineNeedsNoLineEnd() throws IOException {
		assertThat(records("a\rb\tc", '\t')).containsExactly("1:[a]", "2:[b, c]");
	}

	@Test
	void aLineLongerThanTheLimitIsRefusedWithoutReadingItWhole() {
		ReadLimits limits = new ReadLimits(1_000_000, 100, 50, 1000, 100, 100);
		Reader endless = new Reader() {
			@Override
			public int read(char[] buffer, int offset, int length) {
				java.util.Arrays.fill(buffer, offset, offset + length, 'x');
				return length;
			}

			@Override
			public void close() {
			}
		};
		FieldTokenizer tokenizer = new FieldTokenizer(endless, '\t',
				new ReadLimits(1_000_000, 100, 1000, 1000, 100, 100), "big.tsv");

		assertThatExceptionOfType(UnreadableSubmissionException.OverLimit.class).isThrownBy(tokenizer::next)
			.withMessageContaining("roadmap.limits.line-length");
		assertThatExceptionOfType(UnreadableSubmissionException.OverLimit.class)
			.isThrownBy(
					() -> new FieldTokenizer(new StringReader("a\t" + "y".repeat(60)), '\t', limits, "c.tsv").next())
			.withMessageContaining("roadmap.limits.cell-length")
			.withMessageContaining("line 1, column 2");
	}

	@Test
	void aFileWithMoreLinesThanTheLimitIsRefusedNamingItAndItsProperty() throws IOException {
		FieldTokenizer tokenizer = new FieldTokenizer(new StringReader("a\nbb\r\nccc\rd"), '\t',
				new ReadLimits(1_000_000, 5, 100, 3, 100, 100), "f.tsv");

		assertThat(tokenizer.next()).containsExactly("a");
		assertThat(tokenizer.next()).containsExactly("bb");
		assertThat(tokenizer.next()).containsExactly("ccc");
		assertThatExceptionOfType(UnreadableSubmissionException.OverLimit.class).isThrownBy(tokenizer::next)
			.withMessage(
					"f.tsv: the lines are over the limit of 3; split the file or delete unused rows and columns and "
							+ "send it again (IT: setting roadmap.limits.rows, environment ROADMAP_LIMITS_ROWS)");
	}

	@Test
	void aLineOverTheLimitIsRefusedNamingItsLineAndTheProperty() throws IOException {
		FieldTokenizer tokenizer = new FieldTokenizer(new StringReader("ok\n123456\n"), '\t',
				new ReadLimits(1_000_000, 5, 100, 3, 100, 100), "f.tsv");

		assertThat(tokenizer.next()).containsExactly("ok");
		assertThatExceptionOfType(UnreadableSubmissionException.OverLimit.class).isThrownBy(tokenizer::next)
			.withMessage(
					"f.tsv line 2, column 1: the characters of one line are over the limit of 5; split the file or "
							+ "delete unused rows and columns and send it again (IT: setting roadmap.limits.line-length, "
							+ "environment ROADMAP_LIMITS_LINELENGTH)")
			.satisfies((refused) -> assertThat(refused.reason().at(refused.where()).japanese())
				.startsWith("2行目 1列目: 1 行の文字数が上限 (5) を超えています"));
	}

	private static List<String> records(String text, char separator) throws IOException {
		FieldTokenizer tokenizer = new FieldTokenizer(new StringReader(text), separator, ReadLimits.DEFAULTS, "t");
		List<String> out = new ArrayList<>();
		for (List<String> fields = tokenizer.next(); fields != null; fields = tokenizer.next()) {
			out.add(tokenizer.recordLine() + ":" + fields);
		}
		return out;
	}

}
