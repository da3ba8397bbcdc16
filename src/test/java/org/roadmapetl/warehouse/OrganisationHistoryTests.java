package org.roadmapetl.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.FreshDatabase;
import org.roadmapetl.cli.ExitCodes;
import org.roadmapetl.cli.WarmLauncher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation dimension keeps its past: when the master changes as on 2024-04-01,
 * the old row is closed with its end date and a new one opened; facts keep their
 * organisation row; the views show the current name.
 */
class OrganisationHistoryTests {

	@TempDir
	Path inbox;

	@TempDir
	Path masters;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@BeforeEach
	void loadSampleWithTheShippedMaster() throws Exception {
		try (InputStream in = getClass().getResourceAsStream("/samples/roadmap-export-sample.tsv")) {
			Files.copy(in, this.inbox.resolve("roadmap-export-sample.tsv"));
		}
		assertThat(run(Map.of())).isEqualTo(ExitCodes.SUCCESS);
	}

	@Test
	void aMasterWithoutDatesIsValidThroughout() throws Exception {
		assertThat(this.warehouse.views()
			.rows("dw.organization WHERE section = 'こどもみらい課'",
					"department, valid_from::text, coalesce(valid_to::text, ''), is_current"))
			.containsExactly(List.of("健康福祉部", "-infinity", "", "true"));
	}

	@Test
	void theReorganisationClosesTheOldRowsOpensNewOnesAndKeepsTheFactsLinks() throws Exception {
		long before = organisationIdOfProject("児童養護施設等ICT化推進事業費補助");

		assertThat(run(Map.of("roadmap.organization.master", reorganisedMaster().toUri().toString())))
			.isEqualTo(ExitCodes.SUCCESS);

		assertThat(this.warehouse.views()
			.rows("dw.organization WHERE section IN ('こどもみらい課', 'DX推進課')",
					"department, section, valid_from::text, coalesce(valid_to::text, ''), is_current"))
			.containsExactly(List.of("こども家庭部", "こどもみらい課", "2024-04-01", "", "true"),
					List.of("企画政策部", "DX推進課", "-infinity", "2024-03-31", "false"),
					List.of("健康福祉部", "こどもみらい課", "-infinity", "2024-03-31", "false"),
					List.of("総合政策部", "DX推進課", "2024-04-01", "", "true"));
		assertThat(organisationIdOfProject("児童養護施設等ICT化推進事業費補助")).as("the fact keeps the row valid when loaded")
			.isEqualTo(before);
		assertThat(this.warehouse.views()
			.rows("report.project_organizations WHERE section = 'こどもみらい課'", "project_name, department"))
			.containsExactly(List.of("児童養護施設等ICT化推進事業費補助", "こども家庭部"), List.of("認可外保育施設ICT化推進等事業費補助", "こども家庭部"));
	}

	@Test
	void aNameThatLeavesAMasterWithoutDatesIsClosedTheDayBeforeTheChange() throws Exception {
		Path master = this.masters.resolve("without-kodomo.tsv");
		String shipped = Files.readString(Path.of("db/reference/organizations.tsv"), StandardCharsets.UTF_8);
		Files.writeString(master, shipped.replace("健康福祉部\tこどもみらい課\n", ""), StandardCharsets.UTF_8);

		assertThat(run(Map.of("roadmap.organization.master", master.toUri().toString()))).isEqualTo(ExitCodes.SUCCESS);

		assertThat(this.warehouse.views()
			.rows("dw.organization WHERE section = 'こどもみらい課'", "department, valid_to = current_date - 1, is_current"))
			.containsExactly(List.of("健康福祉部", "true", "false"));
		assertThat(
				this.warehouse.views()
					.count("SELECT count(*) FROM report.project_organizations WHERE section = 'こどもみらい課' "
							+ "AND department = '健康福祉部'"))
			.as("no current name: the name as submitted stays")
			.isEqualTo(2);
	}

	private Path reorganisedMaster() throws IOException {
		String shipped = Files.readString(Path.of("db/reference/organizations.tsv"), StandardCharsets.UTF_8);
		String dated = shipped.replace("department\tsection\n", "department\tsection\tvalid_from\tvalid_to\n")
			.replace("健康福祉部\tこどもみらい課\n", "健康福祉部\tこどもみらい課\t\t2024-03-31\nこども家庭部\tこどもみらい課\t2024-04-01\t\n")
			.replace("企画政策部\tDX推進課\n", "企画政策部\tDX推進課\t\t2024-03-31\n総合政策部\tDX推進課\t2024-04-01\t\n");
		Path master = this.masters.resolve("organizations-2024.tsv");
		Files.writeString(master, dated, StandardCharsets.UTF_8);
		return master;
	}

	private long organisationIdOfProject(String project) throws Exception {
		return this.warehouse.views()
			.count("SELECT o.organization_id FROM dw.project_organization o JOIN dw.project p "
					+ "USING (project_version_id) WHERE p.is_current AND p.project_name = '" + project + "'");
	}

	private int run(Map<String, String> extra) {
		Map<String, String> properties = new HashMap<>(this.warehouse.database().properties());
		properties.putAll(extra);
		return WarmLauncher.launch(new String[] { "run", "--inbox", this.inbox.toString() }, properties);
	}

}
