package org.roadmapetl.normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The TSV layout of {@code organizations.tsv}: {@code #} comment lines, a header naming
 * the columns {@code department} and {@code section} (and optionally {@code valid_from},
 * {@code valid_to} as ISO dates, empty meaning unbounded), then one line per section.
 */
final class OrganisationMasterFormat {

	private OrganisationMasterFormat() {
	}

	static List<OrganisationEntry> entries(BufferedReader lines) throws IOException {
		List<OrganisationEntry> entries = new ArrayList<>();
		List<String> header = null;
		String line;
		for (int number = 1; (line = lines.readLine()) != null; number++) {
			if (number == 1 && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\t", -1);
			if (header == null) {
				header = Arrays.stream(fields).map(String::strip).toList();
				if (!header.contains("department") || !header.contains("section")) {
					throw malformed(number, "the header must name the columns department and section");
				}
			}
			else {
				entries.add(entry(fields, header, number));
			}
		}
		return entries;
	}

	private static OrganisationEntry entry(String[] fields, List<String> header, int number) {
		String department = CanonicalText.of(field(fields, header, "department"));
		if (department.isEmpty()) {
			throw malformed(number, "the department is empty");
		}
		String section = CanonicalText.of(field(fields, header, "section"));
		LocalDate from = date(field(fields, header, "valid_from"), number);
		LocalDate to = date(field(fields, header, "valid_to"), number);
		if (from != null && to != null && to.isBefore(from)) {
			throw malformed(number, "valid_to " + to + " is before valid_from " + from);
		}
		return new OrganisationEntry(department, section.isEmpty() ? null : section, from, to);
	}

	private static String field(String[] fields, List<String> header, String column) {
		int index = header.indexOf(column);
		return (index >= 0 && index < fields.length) ? fields[index].strip() : "";
	}

	private static LocalDate date(String text, int number) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw malformed(number, "not an ISO date: " + text);
		}
	}

	private static IllegalArgumentException malformed(int number, String reason) {
		return new IllegalArgumentException("organisation master line " + number + ": " + reason);
	}

}
