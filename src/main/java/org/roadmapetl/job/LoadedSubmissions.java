package org.roadmapetl.job;

import java.util.List;

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

	/** What the warehouse knows of one content: whether it was loaded, and why it was set aside as the department's. */
	record Known(boolean loaded, String setAsideReason) {

		/** Loaded, or set aside as the department's: a file set aside for an internal error is not held against it. */
		boolean isKnown() {
			return this.loaded || this.setAsideReason != null;
		}

	}

	/** One look-up per file for the nightly run, which asks it of every file in the inbox. */
	Known known(String checksum) {
		return this.jdbc.queryForObject("""
				SELECT EXISTS (SELECT 1 FROM dw.submission WHERE checksum_sha256 = ?),
				       (SELECT reason FROM dw.quarantined_file WHERE checksum_sha256 = ? AND fault = 'department'
				        ORDER BY quarantined_file_id DESC LIMIT 1)""",
				(row, i) -> new Known(row.getBoolean(1), row.getString(2)), checksum, checksum);
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
