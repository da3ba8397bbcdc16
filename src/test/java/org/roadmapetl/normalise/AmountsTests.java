package org.roadmapetl.normalise;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import static org.assertj.core.api.Assertions.assertThat;

class AmountsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "4,202 | 4202", "４，２０２ | 4202", "4202 | 4202", "4202.0 | 4202", "4,202千円 | 4202",
					"246000 | 246000", "246000.0 | 246000", "26,068 | 26068", "1,234,567 | 1234567", "▲1,000 | -1000",
					"△1,000 | -1000", "-1,000 | -1000", "−1,000 | -1000", "0 | 0" })
	void readsThousandYen(String text, long thousandYen) {
		assertThat(Amounts.read(text)).isEqualTo(new AmountReading(thousandYen, null, null));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "77,952 (病院事業会計) | 77952 | 病院事業会計", "77,952(病院事業会計) | 77952 | 病院事業会計",
			"77,952（病院事業会計） | 77952 | 病院事業会計", "(病院事業会計) | | 病院事業会計", "（病院事業会計） | | 病院事業会計" })
	void readsTheAccountingNoteBesideOrInsteadOfTheAmount(String text, Long thousandYen, String note) {
		assertThat(Amounts.read(text)).isEqualTo(new AmountReading(thousandYen, note, null));
	}

	@ParameterizedTest
	@NullAndEmptySource
	void emptyCellIsEmpty(String text) {
		assertThat(Amounts.read(text).isEmpty()).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "4202.5 | 金額が千円単位の整数ではありません: 「4202.5」", "未定 | 金額として読めません: 「未定」", "42,02 | 金額として読めません: 「42,02」",
					"4,202,000円 | 金額として読めません: 「4,202,000円」", "約4,000 | 金額として読めません: 「約4,000」",
					"1234567890123456 | 金額が大きすぎます: 「1234567890123456」" })
	void unreadableAmountIsAProblemNamingTheText(String text, String problem) {
		assertThat(Amounts.read(text)).isEqualTo(new AmountReading(null, null, problem));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "未定 (病院事業会計) | 病院事業会計 | 金額として読めません: 「未定 (病院事業会計)」" })
	void unreadableAmountKeepsItsNote(String text, String note, String problem) {
		assertThat(Amounts.read(text)).isEqualTo(new AmountReading(null, note, problem));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "(病院事業会計) | 病院事業会計", "（病院事業会計） | 病院事業会計", "( 病院事業会計 ) | 病院事業会計",
			"77,952 (病院事業会計) | ", "病院事業会計 | ", "() | ", "'' | " })
	void noteOfIsTheTextOfACellHoldingOnlyABracketedNote(String text, String note) {
		assertThat(Amounts.noteOf(text)).isEqualTo(note);
	}

}
