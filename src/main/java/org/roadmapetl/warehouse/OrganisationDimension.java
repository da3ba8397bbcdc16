package org.roadmapetl.warehouse;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import org.roadmapetl.normalise.CanonicalText;
import org.roadmapetl.normalise.OrganisationEntry;
import org.roadmapetl.normalise.OrganisationMaster;

/**
 * Keeps the organisation dimension in step with the master, keeping its past: a name that leaves the master is
 * closed (valid to the day before the change), a name that enters it is opened (valid from the change, or from
 * the master's own valid-from date where it gives one). Rows are never deleted, so facts keep pointing at the
 * organisation that was valid when they were loaded.
 */
public final class OrganisationDimension {

	private final JdbcTemplate jdbc;

	public OrganisationDimension(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void synchronise(OrganisationMaster master, LocalDate today) {
		Integer existing = this.jdbc.queryForObject("SELECT count(*) FROM dw.organization", Integer.class);
		boolean first = existing == null || existing == 0;
		Set<String> wanted = new HashSet<>();
		for (OrganisationEntry entry : master.entries()) {
			String departmentKey = CanonicalText.matchKey(entry.department());
			String sectionKey = CanonicalText.matchKey(sectionOf(entry));
			wanted.add(departmentKey + "\t" + sectionKey);
			LocalDate from = (entry.validFrom() != null) ? entry.validFrom() : (first ? null : today);
			upsert(entry, departmentKey, sectionKey, from, today);
		}
		List<Long> gone = this.jdbc.query(
				"SELECT organization_id, department_key, section_key FROM dw.organization WHERE valid_to IS NULL",
				(row, i) -> wanted.contains(row.getString(2) + "\t" + row.getString(3)) ? null : row.getLong(1))
			.stream()
			.filter((id) -> id != null)
			.toList();
		for (Long id : gone) {
			this.jdbc.update("UPDATE dw.organization SET valid_to = ?, is_current = false WHERE organization_id = ?",
					Date.valueOf(today.minusDays(1)), id);
		}
	}

	private void upsert(OrganisationEntry entry, String departmentKey, String sectionKey, LocalDate from,
			LocalDate today) {
		Integer open = this.jdbc.queryForObject("""
				SELECT count(*) FROM dw.organization
				WHERE department_key = ? AND section_key = ?
				  AND (valid_from = coalesce(?::date, '-infinity'::date) OR (valid_to IS NULL AND ?::date IS NULL))""",
				Integer.class, departmentKey, sectionKey, date(entry.validFrom()), date(entry.validFrom()));
		boolean current = entry.isValidOn(today);
		if (open != null && open > 0) {
			this.jdbc.update("""
					UPDATE dw.organization SET department = ?, section = ?, valid_to = ?, is_current = ?
					WHERE department_key = ? AND section_key = ?
					  AND (valid_from = coalesce(?::date, '-infinity'::date) OR (valid_to IS NULL AND ?::date IS NULL))""",
					entry.department(), sectionOf(entry), date(entry.validTo()), current, departmentKey, sectionKey,
					date(entry.validFrom()), date(entry.validFrom()));
			return;
		}
		this.jdbc.update("""
				INSERT INTO dw.organization (department, section, department_key, section_key, valid_from, valid_to,
				                             is_current)
				VALUES (?, ?, ?, ?, coalesce(?::date, '-infinity'::date), ?, ?)""", entry.department(), sectionOf(entry),
				departmentKey, sectionKey, date(from), date(entry.validTo()), current);
	}

	/** A master line may name a department alone; its row then has an empty section. */
	private static String sectionOf(OrganisationEntry entry) {
		return (entry.section() != null) ? entry.section() : "";
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

}
