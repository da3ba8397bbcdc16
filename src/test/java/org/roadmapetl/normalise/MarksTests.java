package org.roadmapetl.normalise;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarksTests {

	@ParameterizedTest
	@ValueSource(strings = { "\u25CB", "\u3007", "\u25EF", " ○ " })
	void circleMeansYes(String text) {
		assertThat(Marks.read(text)).isEqualTo(new MarkReading(true, null));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\u3000" })
	void emptyMeansNo(String text) {
		assertThat(Marks.read(text)).isEqualTo(new MarkReading(false, null));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "× | ○か空欄のはずの欄が読めません: 「×」", "● | ○か空欄のはずの欄が読めません: 「●」",
			"○○ | ○か空欄のはずの欄が読めません: 「○○」", "有 | ○か空欄のはずの欄が読めません: 「有」", "0 | ○か空欄のはずの欄が読めません: 「0」" })
	void anythingElseIsAProblemNamingTheText(String text, String problem) {
		assertThat(Marks.read(text)).isEqualTo(new MarkReading(null, problem));
	}

}
