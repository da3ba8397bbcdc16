package org.roadmapetl.normalise;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationNamesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "環境政策部・警察本部 | 環境政策部 / 警察本部", "青少年・男女共同参画課・生活安全企画課 | 青少年・男女共同参画課 / 生活安全企画課", "健康福祉部 | 健康福祉部",
					"青少年・男女共同参画課 | 青少年・男女共同参画課", "危機管理局・県土整備部 | 危機管理局 / 県土整備部", "教育庁・警察本部 | 教育庁 / 警察本部",
					"DX推進室・情報政策課 | DX推進室 / 情報政策課", "総合教育センター・学校教育課 | 総合教育センター / 学校教育課", "環境政策部 ・ 警察本部 | 環境政策部 / 警察本部",
					"環境政策部･警察本部 | 環境政策部 / 警察本部", "'健康福祉部\n病院局' | 健康福祉部 / 病院局", "暮らし・まち分野 | 暮らし・まち分野" })
	void splitsOnMiddleDotOnlyAfterAnOrganisationSuffix(String cell, String names) {
		assertThat(OrganisationNames.split(cell)).isEqualTo(Arrays.asList(names.split(" / ")));
	}

	@ParameterizedTest
	@NullAndEmptySource
	void emptyCellNamesNoOrganisation(String cell) {
		assertThat(OrganisationNames.split(cell)).isEqualTo(List.of());
	}

}
