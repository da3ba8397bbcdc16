package org.roadmapetl.warehouse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The current rows of the organisation dimension by section, read once per chunk, so that
 * each project's organisations are linked as they are copied: a section of the department
 * named, or of any department when none is, the lowest id first; none for a section the
 * master lacks. (A look-up per row in SQL scanned the dimension once for every
 * organisation of every project.)
 */
final class OrganisationLinks {

	private record Current(long organisationId, String departmentKey) {
	}

	private final Map<String, List<Current>> bySection = new HashMap<>();

	static OrganisationLinks read(NamedParameterJdbcTemplate jdbc, String sql) {
		OrganisationLinks links = new OrganisationLinks();
		jdbc.query(sql, Map.of(),
				(RowCallbackHandler) (row) -> links.bySection
					.computeIfAbsent(row.getString("section_key"), (key) -> new ArrayList<>())
					.add(new Current(row.getLong("organization_id"), row.getString("department_key"))));
		return links;
	}

	/**
	 * @return the organisation id, or null when the master has no current row for the
	 * section
	 */
	Long idOf(String departmentKey, String sectionKey) {
		if (sectionKey == null) {
			return null;
		}
		for (Current current : this.bySection.getOrDefault(sectionKey, List.of())) {
			if (departmentKey == null || departmentKey.equals(current.departmentKey())) {
				return current.organisationId();
			}
		}
		return null;
	}

}
