package org.roadmapetl.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellTextTests {

	@ParameterizedTest
	@CsvSource({ "4202, 4202", "4202.0, 4202", "246000, 246000", "1.5, 1.5", "1.50, 1.5", "0.30000000000000004, 0.3",
			"1.0E-5, 0.00001", "1.23456789E10, 12345678900", "-0.0, 0", "-12.5, -12.5", })
	void writesNumbersPlain(String stored, String text) {
		assertThat(CellText.number(stored)).isEqualTo(text);
		assertThat(CellText.number(Double.parseDouble(stored))).isEqualTo(text);
	}

	@ParameterizedTest
	@CsvSource({ "45383, false, 2024-04-01", "45383, true, 2028-04-02", "45383.75, false, 2024-04-01", })
	void writesDatesIso(double serial, boolean date1904, String text) {
		assertThat(CellText.numeric(serial, true, date1904)).isEqualTo(text);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "14|m/d/yy|true", "164|yyyy/m/d|true",
			"165|[$-ja-JP]ggge\"年\"m\"月\"d\"日\"|true", "166|[$-411]ge.m.d|true", "168|[$-411]ggge\"年度\"|true",
			"169|ggge\"年\"|true", "170|ggge\"年\"m\"月\"|true", "171|[$-ja-JP-x-gannen]ggge\"年\"m\"月\"d\"日\"|true",
			"172|[$-ja-JP-x-gannen]ggge\"年度\";@|true", "173|yyyy\"年度\"|true", "174|[DBNum1][$-411]ggge\"年\"|true",
			"175|\"R\"0|false", "176|0.0%|false", "57|reserved-0x39|true", "31|reserved-0x1F|true", "3|#,##0|false",
			"11|0.00E+00|false", "167|0.0\"年\"|false", "0|General|false", })
	void knowsDateFormats(int index, String format, boolean date) {
		assertThat(CellText.isDateFormat(index, format)).isEqualTo(date);
	}

}
