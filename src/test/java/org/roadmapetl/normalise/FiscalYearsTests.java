package org.roadmapetl.normalise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import static org.assertj.core.api.Assertions.assertThat;

class FiscalYearsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			// Reiwa: 2018 + n
			"R6 | 2024", "R06 | 2024", "r6 | 2024", "R 6 | 2024", "R6年度 | 2024", "令和6年度 | 2024", "令和六年度 | 2024",
			"令和元年度 | 2019", "R元 | 2019", "R1 | 2019", "Ｒ６ | 2024", "R10 | 2028", "令和十年度 | 2028", "令和十二年度 | 2030",
			"令和二十年度 | 2038", "令和九十九年度 | 2117", "令和6年 | 2024",
			// Heisei: 1988 + n, projected years included
			"H31 | 2019", "平成31年度 | 2019", "H32 | 2020", "平成三十一年度 | 2019",
			// Gregorian, alone or with the era year
			"2024年度 | 2024", "FY2024 | 2024", "fy2024 | 2024", "2024 | 2024", "2024(令和6)年度 | 2024",
			"2024（令和6）年度 | 2024", "令和6(2024)年度 | 2024", "2019(平成31)年度 | 2019",
			// a header cell may close both forms: 令和6年度(2024年度), or break the line before
			// the second
			"令和6年度(2024年度) | 2024", "2024年度(令和6年度) | 2024", "令和6年度(2024) | 2024", "R6 (FY2024) | 2024",
			// a date typed into the cell: the fiscal year containing it
			"2024-04-01 | 2024", "2024/4/1 | 2024", "2025/3/31 | 2024", "2024年4月1日 | 2024" })
	void readsEveryNotationAsTheStartingYear(String text, int fiscalYear) {
		YearReading reading = FiscalYears.read(text);
		assertThat(reading.fiscalYear()).isEqualTo(fiscalYear);
		assertThat(reading.openEnded()).isFalse();
		assertThat(reading.problem()).isNull();
	}

	@Test
	void undecidedIsOpenEnded() {
		YearReading reading = FiscalYears.read("未定");
		assertThat(reading).isEqualTo(new YearReading(null, true, null));
		assertThat(reading.isEmpty()).isFalse();
	}

	@ParameterizedTest
	@NullAndEmptySource
	void emptyCellIsEmpty(String text) {
		assertThat(FiscalYears.read(text).isEmpty()).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "R６ごろ | 年度として読めません: 「R６ごろ」", "次年度 | 年度として読めません: 「次年度」", "R0 | 年度として読めません: 「R0」",
					"R6～R8 | 年度として読めません: 「R6～R8」", "令和百年度 | 年度として読めません: 「令和百年度」",
					"2024-13-01 | 年度として読めません: 「2024-13-01」", "0024 | 年度として読めません: 「0024」",
					"2024(令和7)年度 | 西暦と和暦が一致しません: 「2024(令和7)年度」", "令和6(2025)年度 | 西暦と和暦が一致しません: 「令和6(2025)年度」",
					"令和6年度(2025年度) | 西暦と和暦が一致しません: 「令和6年度(2025年度)」" })
	void unreadableYearIsAProblemNamingTheText(String text, String problem) {
		assertThat(FiscalYears.read(text)).isEqualTo(new YearReading(null, false, problem));
	}

}
