package org.roadmapetl.normalise;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CanonicalTextTests {

	static Stream<Arguments> rules() {
		return Stream.concat(decodingRules(), foldingRules());
	}

	/**
	 * T2 and T3: their results are not always fixed points, since decoded text may look
	 * like markup again.
	 */
	static Stream<Arguments> decodingRules() {
		return Stream.of(
				// T2: xlsx escapes and line breaks
				arguments("計画_x000D_\n実績", "計画\n実績"), arguments("計画_x000D_実績", "計画\n実績"),
				arguments("計画_x000A_実績", "計画\n実績"), arguments("_x005F_x000D_", "_x000D_"),
				arguments("計画\r\n実績", "計画\n実績"), arguments("計画\r実績", "計画\n実績"), arguments("計画\u2028実績", "計画\n実績"),
				arguments("計画\u2029実績", "計画\n実績"),
				// T3: HTML fragments from web forms
				arguments("<p>(1)連絡会議 年4回</p><p>(2)職員研修</p>", "(1)連絡会議 年4回\n(2)職員研修"),
				arguments("<ul><li>①ドローン講習</li><li>②資格取得支援</li></ul>", "・①ドローン講習\n・②資格取得支援"),
				arguments("<ol>\n<li>講習</li>\n<li>支援</li>\n</ol>", "・講習\n・支援"), arguments("A<br>B", "A\nB"),
				arguments("A<br/>B<BR />C", "A\nB\nC"), arguments("<div>A</div><div>B</div>", "A\nB"),
				arguments("<table><tr><td>A</td><td>B</td></tr><tr><td>C</td></tr></table>", "A B\nC"),
				arguments("<span style=\"color:red\">強調</span>する", "強調する"), arguments("研修&amp;講習", "研修&講習"),
				arguments("A&nbsp;B", "A B"), arguments("&lt;p&gt;", "<p>"), arguments("&quot;&#39;&apos;", "\"''"),
				arguments("&#12354;&#x3042;", "ああ"), arguments("A<B", "A<B"), arguments("R&D", "R&D"),
				arguments("&unknown;", "&unknown;"));
	}

	static Stream<Arguments> foldingRules() {
		return Stream.of(
				// T1: a BOM left at the start of the text
				arguments("\uFEFF事業名", "事業名"),
				// T4: circled numbers are kept
				arguments("①補助金交付 ②交流 ③大会", "①補助金交付 ②交流 ③大会"), arguments("⑳", "⑳"), arguments("㉑", "㉑"),
				arguments("㉟", "㉟"), arguments("㊱", "㊱"), arguments("㊿", "㊿"), arguments("Ｒ６①", "R6①"),
				// T5: NFKC, full-width brackets included
				arguments("Ｒ６", "R6"), arguments("ＩＣＴ", "ICT"), arguments("ｶﾀｶﾅ", "カタカナ"),
				arguments("事業\u3000始期", "事業 始期"), arguments("（千円）", "(千円)"),
				arguments("モデル保健所（弘前保健所）", "モデル保健所(弘前保健所)"),
				// T6: invisible characters
				arguments("A\u200BB", "AB"), arguments("A\u200CB\u200DC", "ABC"), arguments("A\u2060B", "AB"),
				arguments("A\u00ADB", "AB"), arguments("A \u200B B", "A B"),
				// T7: spaces, line ends, empty lines
				arguments("A  \t B", "A B"), arguments("  A  ", "A"), arguments(" A \n\n \n B ", "A\nB"),
				arguments("\n\nA\n", "A"), arguments("\u00A0A", "A"),
				// T8: placeholders
				arguments("－", ""), arguments("―", ""), arguments("−", ""), arguments("ー", ""), arguments("…", ""),
				arguments("-", ""), arguments("...", ""), arguments("－ －", ""), arguments(" ー ", ""),
				arguments("……", ""), arguments("-1", "-1"), arguments("ーム", "ーム"),
				// plain text and continuation wording pass unchanged
				arguments("R7も継続", "R7も継続"), arguments("→", "→"), arguments("", ""),
				arguments("※随時、各種研修を実施（設定・管理、操作・処理等）", "※随時、各種研修を実施(設定・管理、操作・処理等)"));
	}

	@ParameterizedTest
	@MethodSource("rules")
	void ofAppliesTheTextRules(String raw, String canonical) {
		assertThat(CanonicalText.of(raw)).isEqualTo(canonical);
	}

	@ParameterizedTest
	@MethodSource("foldingRules")
	void ofLeavesCanonicalTextAsItIs(String raw, String canonical) {
		assertThat(CanonicalText.of(canonical)).isEqualTo(canonical);
	}

	@Test
	void ofNullIsEmpty() {
		assertThat(CanonicalText.of(null)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "事業 始期 | 事業始期", "'事業\n始期' | 事業始期", "事業始期 | 事業始期", "'事業\u3000始期' | 事業始期", "R6事業費 (千円) | R6事業費(千円)",
					"R6事業費(千円) | R6事業費(千円)", "R6事業費（千円） | R6事業費(千円)", "Ｒ６事業費 （千円） | R6事業費(千円)", "（千円） | (千円)",
					"ＩＣＴを活用した見守り | ICTを活用した見守り", "ICTを活用した見守り | ICTを活用した見守り" })
	void matchKeyOfTheCanonicalTextIgnoresSpacesWidthAndBrackets(String raw, String key) {
		assertThat(CanonicalText.matchKey(CanonicalText.of(raw))).isEqualTo(key);
	}

	@Test
	void theKeyDropsExactlyJavasWhiteSpaceAndSpaceCharacters() {
		for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
			char ch = (char) c;
			assertThat(CanonicalText.isSpace(ch)).as("U+%04X", c)
				.isEqualTo(Character.isWhitespace(ch) || Character.isSpaceChar(ch));
		}
	}

	@Test
	void matchKeyOfNullIsEmpty() {
		assertThat(CanonicalText.matchKey(null)).isEmpty();
	}

}
