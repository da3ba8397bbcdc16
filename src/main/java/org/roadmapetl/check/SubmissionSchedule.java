package org.roadmapetl.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.roadmapetl.normalise.CanonicalText;
import org.roadmapetl.normalise.FiscalYears;
import org.roadmapetl.normalise.YearReading;
import org.roadmapetl.warehouse.NamedStatements;

/**
 * The submission schedule (gap-rules.md "Submissions expected"): who must submit for a
 * reporting year, from when and by when, read from {@code roadmap.submission.schedule}
 * (tab-separated {@code department,
 * reporting_fiscal_year, opens_on, due_on}; {@code *} for every department; lines
 * starting with # are comments) and copied into {@code dw.submission_schedule} by every
 * check, so that the warehouse says what was expected.
 */
public final class SubmissionSchedule {

	private static final NamedStatements STATEMENTS = NamedStatements.load(SubmissionSchedule.class,
			"submission-schedule.sql");

	private static final int MAX_ENTRIES = 100_000;

	private final Resource source;

	private final JdbcTemplate jdbc;

	public SubmissionSchedule(Resource source, JdbcTemplate jdbc) {
		this.source = source;
		this.jdbc = jdbc;
	}

	record Entry(String department, int reportingFiscalYear, LocalDate opensOn, LocalDate dueOn) {
	}

	void synchronise() {
		List<Entry> entries = read();
		JdbcClient client = JdbcClient.create(this.jdbc);
		client.sql(STATEMENTS.get("CLEAR")).update();
		for (Entry entry : entries) {
			client.sql(STATEMENTS.get("ADD"))
				.param("department", entry.department())
				.param("year", entry.reportingFiscalYear())
				.param("opens_on", entry.opensOn())
				.param("due_on", entry.dueOn())
				.update();
		}
	}

	List<Entry> read() {
		List<Entry> entries = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.source.getInputStream(), StandardCharsets.UTF_8))) {
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				String text = line.strip();
				if (text.isEmpty() || text.startsWith("#") || text.startsWith("department\t")) {
					continue;
				}
				if (entries.size() == MAX_ENTRIES) {
					throw invalid(number, "more than " + MAX_ENTRIES + " entries");
				}
				entries.add(entry(line.split("\t", -1), number));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the submission schedule " + this.source.getDescription(), ex);
		}
		return entries;
	}

	private Entry entry(String[] fields, int number) {
		if (fields.length != 4) {
			throw invalid(number,
					"expected 4 tab-separated fields (department, reporting_fiscal_year, opens_on, due_on)");
		}
		String department = fields[0].strip().equals("*") ? "*" : CanonicalText.of(fields[0]);
		YearReading year = FiscalYears.read(CanonicalText.of(fields[1]));
		if (department.isEmpty() || year.fiscalYear() == null) {
			throw invalid(number, "a department (or *) and a reporting fiscal year (R7, 2025 …) are required");
		}
		try {
			LocalDate opensOn = LocalDate.parse(fields[2].strip());
			LocalDate dueOn = LocalDate.parse(fields[3].strip());
			if (dueOn.isBefore(opensOn)) {
				throw invalid(number, "due_on " + dueOn + " is before opens_on " + opensOn);
			}
			return new Entry(department, year.fiscalYear(), opensOn, dueOn);
		}
		catch (DateTimeParseException ex) {
			throw invalid(number, "dates must be written 2026-05-31: " + ex.getParsedString());
		}
	}

	private IllegalStateException invalid(int line, String problem) {
		return new IllegalStateException(
				"submission schedule " + this.source.getDescription() + ", line " + line + ": " + problem);
	}

}
