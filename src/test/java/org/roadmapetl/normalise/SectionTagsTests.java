package org.roadmapetl.normalise;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SectionTagsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "相談窓口の周知【こども政策課】 | 相談窓口の周知 | こども政策課", "事業者向け講習【警察本部地域課】 | 事業者向け講習 | 警察本部地域課",
					"見守り活動の推進【警察本部生活安全企画課】 | 見守り活動の推進 | 警察本部生活安全企画課", "相談窓口の周知 【 こども政策課 】 | 相談窓口の周知 | こども政策課",
					"【重点】相談窓口の周知【こども政策課】 | 【重点】相談窓口の周知 | こども政策課" })
	void trailingTagNamesTheSection(String initiative, String name, String section) {
		assertThat(SectionTags.split(initiative)).isEqualTo(new TaggedName(name, section));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "相談窓口の周知", "【重点】相談窓口の周知", "【こども政策課】", "相談窓口の周知【】", "へき地オンライン診療整備", "保健所業務のDX推進（弘前保健所）" })
	void nameWithoutATrailingTagIsKeptWithNoSection(String initiative) {
		assertThat(SectionTags.split(initiative)).isEqualTo(new TaggedName(initiative, null));
	}

}
