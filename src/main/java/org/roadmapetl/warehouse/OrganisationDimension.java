package org.roadmapetl.warehouse;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.roadmapetl.normalise.CanonicalText;
import org.roadmapetl.normalise.OrganisationEntry;
import org.roadmapetl.normalise.OrganisationMaster;

/**
 * Keeps the organisation dimension in step with the master, keeping its past: a name that
 * leaves the master is closed (valid to the day before the change), a name that enters it
 * is opened (valid from the change, or from the master's own valid-from date where it
 * gives one). Rows are never deleted, so facts keep pointing at the organisation that was
 * valid when they were loaded.
 */
public final class OrganisationDimension {

	private final JdbcClient jdbc;

	public OrganisationDimension(JdbcTemplate jdbc) {
		this.jdbc = JdbcClient.create(jdbc);
	}

	public void synchronise(OrganisationMaster master, LocalDate today) {
		long existing = this.jdbc.sql(WarehouseStatements.COUNT_ORGANISATIONS).query(Long.class).single();
		boolean first = existing == 0;
		Set<String> wanted = new HashSet<>();
		for (OrganisationEntry entry : master.entries()) {
			String departmentKey = CanonicalText.matchKey(entry.department());
			String sectionKey = CanonicalText.matchKey(sectionOf(entry));
			wanted.add(departmentKey + "\t" + sectionKey);
			LocalDate from = (entry.validFrom() != null) ? entry.validFrom() : (first ? null : today);
			upsert(entry, departmentKey, sectionKey, from, today);
		}
		List<Long> gone = this.jdbc.sql(WarehouseStatements.OPEN_ORGANISATIONS)
			.query((row, i) -> wanted.contains(row.getString(2) + "\t" + row.getString(3)) ? null : row.getLong(1))
			.list()
			.stream()
			.filter((id) -> id != null)
			.toList();
		for (Long id : gone) {
			this.jdbc.sql(WarehouseStatements.CLOSE_ORGANISATION)
				.param("valid_to", Date.valueOf(today.minusDays(1)))
				.param("organization_id", id)
				.update();
		}
	}

	private void upsert(OrganisationEntry entry, String departmentKey, String sectionKey, LocalDate from,
			LocalDate today) {
		long open = this.jdbc.sql(WarehouseStatements.COUNT_ORGANISATION_ROWS)
			.param("department_key", departmentKey)
			.param("section_key", sectionKey)
			.param("valid_from", date(entry.validFrom()), Types.DATE)
			.query(Long.class)
			.single();
		boolean current = entry.isValidOn(today);
		if (open > 0) {
			this.jdbc.sql(WarehouseStatements.UPDATE_ORGANISATION)
				.param("department", entry.department())
				.param("section", sectionOf(entry))
				.param("valid_to", date(entry.validTo()), Types.DATE)
				.param("is_current", current)
				.param("department_key", departmentKey)
				.param("section_key", sectionKey)
				.param("valid_from", date(entry.validFrom()), Types.DATE)
				.update();
			return;
		}
		this.jdbc.sql(WarehouseStatements.INSERT_ORGANISATION)
			.param("department", entry.department())
			.param("section", sectionOf(entry))
			.param("department_key", departmentKey)
			.param("section_key", sectionKey)
			.param("from_date", date(from), Types.DATE)
			.param("valid_to", date(entry.validTo()), Types.DATE)
			.param("is_current", current)
			.update();
	}

	/** A master line may name a department alone; its row then has an empty section. */
	private static String sectionOf(OrganisationEntry entry) {
		return (entry.section() != null) ? entry.section() : "";
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

}
