package org.roadmapetl.normalise;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule T9 of normalisation.md, one row per kind of character. */
class ControlCharactersTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			NUL                        | 'a\u0000b'               | ab
			its escape                 | a_x0000_b                | ab
			escape in lower case       | a_x001f_b                | ab
			BEL and DEL                | 'a\u0007b\u007F'         | ab
			C1 control                 | 'a\u0085b'               | ab
			right-to-left override     | 'abc\u202Efdp.exe'       | abcfdp.exe
			isolates                   | '\u2066a\u2069'          | a
			lone surrogate escape      | a_xD800_b                | ab
			tab and line feed kept     | 'a\tb\nc'                | 'a\tb\nc'
			other escapes kept         | a_x0041_b                | a_x0041_b
			a pair of surrogates kept  | 'a😀b'                   | 'a😀b'
			plain text unchanged       | 事業名                    | 事業名
			""")
	void removes(String what, String text, String expected) {
		assertThat(ControlCharacters.strip(text)).isEqualTo(expected);
		assertThat(ControlCharacters.holdsAny(text)).isEqualTo(!text.equals(expected));
	}

}
