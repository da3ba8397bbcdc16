package org.roadmapetl.job;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/** What the warehouse knows of submissions already loaded or set aside, by content checksum. */
final class LoadedSubmissions {

	private final JdbcTemplate jdbc;

	LoadedSubmissions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	boolean isLoaded(String checksum) {
		Integer count = this.jdbc.queryForObject("SELECT count(*) FROM dw.submission WHERE checksum_sha256 = ?",
				Integer.class, checksum);
		return count != null && count > 0;
	}

	/**
	 * Whether a file with this content was loaded, or set aside as the department's, before: one look-up for the
	 * nightly run. A file set aside for an internal error is not held against its content.
	 */
	boolean isKnown(String checksum) {
		Boolean known = this.jdbc.queryForObject("""
				SELECT EXISTS (SELECT 1 FROM dw.submission WHERE checksum_sha256 = ?)
				    OR EXISTS (SELECT 1 FROM dw.quarantined_file WHERE checksum_sha256 = ? AND fault = 'department')""",
				Boolean.class, checksum, checksum);
		return Boolean.TRUE.equals(known);
	}

	/** The reason a file with this content was set aside as the department's, if it was. */
	Optional<String> setAsideReason(String checksum) {
		return this.jdbc.query("""
				SELECT reason FROM dw.quarantined_file WHERE checksum_sha256 = ? AND fault = 'department'
				ORDER BY quarantined_file_id DESC LIMIT 1""", (row, i) -> row.getString(1), checksum)
			.stream()
			.findFirst();
	}

	/** Whether the submission with this checksum was loaded and holds a project of the department. */
	boolean isLoadedFor(String checksum, String department) {
		return departmentsOf(checksum).contains(department);
	}

	private List<String> departmentsOf(String checksum) {
		return this.jdbc.query("SELECT unnest(departments) FROM dw.submission WHERE checksum_sha256 = ?",
				(row, i) -> row.getString(1), checksum);
	}

}
