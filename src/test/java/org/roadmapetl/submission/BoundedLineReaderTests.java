package org.roadmapetl.submission;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BoundedLineReaderTests {

	private static final ReadLimits SMALL = new ReadLimits(1000, 5, 5, 3, 10);

	@Test
	void readsLinesEndedByLfCrLfOrCr() throws IOException {
		BoundedLineReader lines = new BoundedLineReader(new StringReader("a\nbb\r\nccc\rd"), "f.tsv", SMALL);

		assertThat(lines.readLine()).isEqualTo("a");
		assertThat(lines.readLine()).isEqualTo("bb");
		assertThat(lines.readLine()).isEqualTo("ccc");
		assertThatExceptionOfType(UnreadableSubmissionException.OverLimit.class).isThrownBy(lines::readLine)
			.withMessage("f.tsv: the file has more than 3 lines (roadmap.limits.rows, environment ROADMAP_LIMITS_ROWS)");
	}

	@Test
	void refusesALineOverTheLimitNamingItAndItsProperty() throws IOException {
		BoundedLineReader lines = new BoundedLineReader(new StringReader("ok\n123456\n"), "f.tsv", SMALL);

		assertThat(lines.readLine()).isEqualTo("ok");
		assertThatExceptionOfType(UnreadableSubmissionException.OverLimit.class).isThrownBy(lines::readLine)
			.withMessage("f.tsv line 2, column 1: line 2 is longer than 5 characters (roadmap.limits.line-length, "
					+ "environment ROADMAP_LIMITS_LINELENGTH)");
	}

	@Test
	void endsWithNull() throws IOException {
		BoundedLineReader lines = new BoundedLineReader(new StringReader("a\n"), "f.tsv", SMALL);

		assertThat(lines.readLine()).isEqualTo("a");
		assertThat(lines.readLine()).isNull();
	}

}
