package org.roadmapetl.normalise;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OrganisationMasterTests {

	static final String REORGANISED = """
			# the 2024-04-01 reorganisation
			department\tsection\tvalid_from\tvalid_to
			健康福祉部\t医療薬務課\t\t
			健康福祉部\tこどもみらい課\t\t2024-03-31
			こども家庭部\tこどもみらい課\t2024-04-01\t
			企画政策部\tDX推進課\t\t2024-03-31
			総合政策部\tDX推進課\t2024-04-01\t
			警察本部\t生活安全企画課\t\t
			環境政策部\t青少年・男女共同参画課\t\t
			""";

	static OrganisationMaster master() {
		return OrganisationMaster.read(new StringReader(REORGANISED));
	}

	@Test
	void readsTheProjectsMasterFile() throws IOException {
		try (Reader tsv = Files.newBufferedReader(Path.of("db/reference/organizations.tsv"), StandardCharsets.UTF_8)) {
			OrganisationMaster master = OrganisationMaster.read(tsv);
			assertThat(master.entries()).hasSize(18)
				.first()
				.isEqualTo(new OrganisationEntry("健康福祉部", "健康福祉政策課", null, null));
			assertThat(master.departmentOfSection("医療薬務課")).contains("健康福祉部");
			assertThat(master.closestName("医療業務課")).contains("医療薬務課");
		}
	}

	@Test
	void readsValidityDates() {
		assertThat(master().entries()).contains(
				new OrganisationEntry("健康福祉部", "こどもみらい課", null, LocalDate.of(2024, 3, 31)),
				new OrganisationEntry("こども家庭部", "こどもみらい課", LocalDate.of(2024, 4, 1), null));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "健康福祉部 | true", "健康 福祉部 | true", "こども家庭部 | true", "企画政策部 | true",
			"健康福祉局 | false", "医療薬務課 | false" })
	void knowsDepartmentsByMatchKey(String name, boolean known) {
		assertThat(master().isKnownDepartment(name)).isEqualTo(known);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "医療薬務課 | true", "ＤＸ推進課 | true", "青少年・男女共同参画課 | true", "医療業務課 | false", "健康福祉部 | false" })
	void knowsSectionsByMatchKey(String name, boolean known) {
		assertThat(master().isKnownSection(name)).isEqualTo(known);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "医療薬務課 | 健康福祉部", "こどもみらい課 | こども家庭部", "DX推進課 | 総合政策部", "生活安全企画課 | 警察本部", "医療業務課 | " })
	void departmentOfSectionIsItsCurrentDepartment(String section, String department) {
		assertThat(master().departmentOfSection(section)).isEqualTo(Optional.ofNullable(department));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "こどもみらい課 | 2024-03-31 | 健康福祉部", "こどもみらい課 | 2024-04-01 | こども家庭部",
			"DX推進課 | 2023-06-01 | 企画政策部", "医療薬務課 | 2020-01-01 | 健康福祉部", "医療業務課 | 2024-04-01 | " })
	void departmentOfSectionOnADateFollowsTheReorganisation(String section, LocalDate date, String department) {
		assertThat(master().departmentOfSection(section, date)).isEqualTo(Optional.ofNullable(department));
	}

	@Test
	void sectionInTwoCurrentDepartmentsHasNoSingleDepartment() {
		OrganisationMaster master = OrganisationMaster
			.read(new StringReader("department\tsection\n健康福祉部\t総務課\n教育庁\t総務課\n"));
		assertThat(master.departmentOfSection("総務課")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "医療業務課 | 医療薬務課", "生活安全企劃課 | 生活安全企画課", "健康福祉郎 | 健康福祉部", "こども家庭局 | こども家庭部",
			"DX推進係 | DX推進課", "ＤＸ推進課 | DX推進課", "総務課 | ", "財政課 | ", "県土整備部 | " })
	void closestNameSuggestsWhatATypoMeant(String unknown, String suggestion) {
		assertThat(master().closestName(unknown)).isEqualTo(Optional.ofNullable(suggestion));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"'健康福祉部\t医療薬務課\n' | organisation master line 1: the header must name the columns department and section",
			"'department\tsection\tvalid_from\n健康福祉部\t医療薬務課\t2024/04/01\n' | organisation master line 2: not an ISO date: 2024/04/01",
			"'department\tsection\n\t医療薬務課\n' | organisation master line 2: the department is empty",
			"'department\tsection\tvalid_from\tvalid_to\nA部\tB課\t2024-04-01\t2024-03-31\n' | organisation master line 2: valid_to 2024-03-31 is before valid_from 2024-04-01" })
	void malformedMasterNamesTheLine(String tsv, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> OrganisationMaster.read(new StringReader(tsv)))
			.withMessage(message);
	}

}
