package org.roadmapetl.feedback;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.roadmapetl.normalise.FiscalYear;
import org.roadmapetl.normalise.RoadmapPeriod;

/**
 * {@code export-roadmap}: the consolidated roadmap the prefecture publishes, every
 * current project as a block of the departments' own form, ordered by field, category and
 * department. Plans and actuals are the canonical texts as submitted (item markers kept,
 * not resolved), so loading the workbook gives the warehouse's content back. Rows stream
 * from one cursor into the streaming writer: neither side holds the roadmap whole.
 */
public final class RoadmapExport {

	static final String SHEET = "ロードマップ";

	private static final String PROJECTS = """
			SELECT p.project_version_id, p.project_name, p.field, p.category, p.department, p.section,
			       p.budget_r6_thousand_yen, p.budget_note, p.is_priority, p.is_future_response, p.start_fiscal_year,
			       p.start_fiscal_year_submitted, p.end_fiscal_year, p.is_open_ended, p.overview,
			       i.initiative_seq, i.initiative_name, i.initiative_section, f.fiscal_year, f.plan_text, f.actual_text
			FROM dw.project p
			LEFT JOIN dw.initiative i ON i.project_version_id = p.project_version_id
			LEFT JOIN dw.initiative_year f ON f.initiative_id = i.initiative_id AND f.fiscal_year BETWEEN ? AND ?
			WHERE p.is_current
			ORDER BY p.field, p.category, p.department, p.project_name, p.project_version_id, i.initiative_seq,
			         f.fiscal_year""";

	private final DataSource dataSource;

	private final RoadmapPeriod period;

	private final int reportingYear;

	public RoadmapExport(DataSource dataSource, RoadmapPeriod period, int reportingYear) {
		this.dataSource = dataSource;
		this.period = period;
		this.reportingYear = reportingYear;
	}

	/**
	 * @return the number of projects written
	 */
	public int write(Path target) throws IOException, SQLException {
		try (SafeWorkbook workbook = new SafeWorkbook(); Connection connection = this.dataSource.getConnection()) {
			SafeSheet sheet = workbook.sheet(SHEET)
				.wrapped()
				.drawnAsForm()
				.widths(ProjectBlocks.columnCaps(this.period))
				.printed("DX関連事業ロードマップ　" + this.period + "　報告年度 " + FiscalYear.labelOf(this.reportingYear) + " ("
						+ this.reportingYear + "年度)　作成日 " + java.time.LocalDate.now(), false);
			ProjectBlocks blocks = new ProjectBlocks(sheet, this.period);
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try (PreparedStatement statement = connection.prepareStatement(PROJECTS)) {
				statement.setFetchSize(1000);
				statement.setInt(1, this.period.firstYear());
				statement.setInt(2, this.period.lastYear());
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						blocks.add(rows);
					}
				}
				blocks.finish();
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(autoCommit);
			}
			workbook.writeTo(target);
			return blocks.projects();
		}
	}

}
