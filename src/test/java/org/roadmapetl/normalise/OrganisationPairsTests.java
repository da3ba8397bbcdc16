package org.roadmapetl.normalise;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationPairsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			// the counts agree: by position
			"環境政策部・警察本部 | 青少年・男女共同参画課・生活安全企画課 | 環境政策部:青少年・男女共同参画課 / 警察本部:生活安全企画課", "健康福祉部 | 医療薬務課 | 健康福祉部:医療薬務課",
			"健康福祉部 | 医療業務課 | 健康福祉部:医療業務課",
			// the counts differ: by the master
			"警察本部・環境政策部 | 青少年・男女共同参画課・生活安全企画課・DX推進課 | 環境政策部:青少年・男女共同参画課 / 警察本部:生活安全企画課 / 警察本部:DX推進課",
			"健康福祉部 | 医療薬務課・医療業務課 | 健康福祉部:医療薬務課 / 健康福祉部:医療業務課", "健康福祉部・こども家庭部 | こどもみらい課 | こども家庭部:こどもみらい課 / 健康福祉部:-",
			"健康福祉部・病院局 | 医療業務課 | 健康福祉部:医療業務課 / 病院局:-", "健康福祉部・企画政策部 | DX推進課 | 企画政策部:DX推進課 / 健康福祉部:-",
			"健康福祉部 | '' | 健康福祉部:-", "'' | 医療薬務課 | 健康福祉部:医療薬務課", "'' | 医療業務課 | -:医療業務課" })
	void pairsEachSectionWithItsDepartment(String departments, String sections, String pairs) {
		List<OrganisationPair> expected = Arrays.stream(pairs.split(" / "))
			.map((pair) -> pair.split(":"))
			.map((pair) -> new OrganisationPair(orNull(pair[0]), orNull(pair[1])))
			.toList();
		assertThat(OrganisationPairs.pair(OrganisationNames.split(departments), OrganisationNames.split(sections),
				OrganisationMasterTests.master()))
			.isEqualTo(expected);
	}

	private static String orNull(String name) {
		return name.equals("-") ? null : name;
	}

}
