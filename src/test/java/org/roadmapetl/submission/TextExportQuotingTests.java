package org.roadmapetl.submission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * How the text export reader splits fields: Excel's quoting undone, every cell at the
 * line it starts on.
 */
class TextExportQuotingTests {

	@TempDir
	Path dir;

	static Stream<Arguments> exports() {
		return Stream.of(
				arguments("plain fields", "事業名\tICT事業", List.of("line 1, column 1=事業名", "line 1, column 2=ICT事業")),
				arguments("empty fields keep the columns", "a\t\tc",
						List.of("line 1, column 1=a", "line 1, column 3=c")),
				arguments("a quoted line break", "\"事業\n始期\"\tR6\nnext",
						List.of("line 1, column 1=事業\n始期", "line 1, column 2=R6", "line 3, column 1=next")),
				arguments("a quoted tab", "\"a\tb\"\tc", List.of("line 1, column 1=a\tb", "line 1, column 2=c")),
				arguments("doubled quotes", "\"say \"\"hi\"\"\"\tx",
						List.of("line 1, column 1=say \"hi\"", "line 1, column 2=x")),
				arguments("a quote inside a field is text", "ab\"c\td",
						List.of("line 1, column 1=ab\"c", "line 1, column 2=d")),
				arguments("a quote that never closes is text", "\"abc\tdef\nnext",
						List.of("line 1, column 1=\"abc", "line 1, column 2=def", "line 2, column 1=next")),
				arguments("CRLF line ends", "a\tb\r\nc",
						List.of("line 1, column 1=a", "line 1, column 2=b", "line 2, column 1=c")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("exports")
	void splitsFieldsAsExcelWroteThem(String what, String export, List<String> cells) throws IOException {
		Path file = this.dir.resolve("export.tsv");
		Files.writeString(file, export, StandardCharsets.UTF_8);
		RecordingSink sink = new RecordingSink();

		new TextExportReader().read(file, "export.tsv", sink);

		assertThat(sink.cells()).containsExactlyElementsOf(cells);
	}

}
