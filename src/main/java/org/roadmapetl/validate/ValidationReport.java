package org.roadmapetl.validate;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.roadmapetl.validate.SubmissionValidation.FileResult;
import org.roadmapetl.validate.SubmissionValidation.Finding;

/**
 * Prints what {@code validate} found: a readable table per file, or the JSON form scripts
 * read.
 */
public final class ValidationReport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ValidationReport() {
	}

	/**
	 * Prints one file's findings; for several, each one's own first, as if it were
	 * validated alone, then what they give together.
	 */
	public static void print(SubmissionValidation.Outcome outcome, boolean json, PrintStream out) {
		if (outcome.alone().isEmpty()) {
			if (json) {
				out.println(json(outcome.together()));
			}
			else {
				table(outcome.together(), out);
			}
			return;
		}
		if (json) {
			out.println(json(outcome.alone(), outcome.together()));
			return;
		}
		out.println("Each file alone:");
		table(outcome.alone(), out);
		out.println();
		out.println("Together (a later file's version of a project replaces an earlier one's):");
		table(outcome.together(), out);
	}

	private static void table(List<FileResult> results, PrintStream out) {
		for (FileResult result : results) {
			if (result.isUnreadable()) {
				out.println(result.file() + " (" + result.format() + "): cannot be read: " + result.reason());
				continue;
			}
			long errors = result.findings().stream().filter((finding) -> finding.severity().equals("error")).count();
			out.printf("%s (%s): %d project(s), %d error(s), %d warning(s)%n", result.file(), result.format(),
					result.projects(), errors, result.findings().size() - errors);
			result.skippedSheets().forEach((sheet) -> out.println("  not loaded: " + sheet));
			for (Finding finding : result.findings()) {
				out.printf("  %-7s  %-22s  %s / %s / %s  %s%n      %s%n", finding.severity(), finding.findingType(),
						finding.projectName(), orDash(finding.initiativeName()),
						(finding.fiscalYear() != null) ? "R" + (finding.fiscalYear() - 2018) : "-",
						orDash(finding.sourceLocation()), finding.message());
			}
		}
	}

	private static String orDash(String text) {
		return (text == null) ? "-" : text;
	}

	private static String json(List<FileResult> results) {
		return JSON.writeValueAsString(Map.of("files", files(results)));
	}

	/**
	 * Several files: {@code files} as each was alone, {@code together} as they are taken
	 * together.
	 */
	private static String json(List<FileResult> alone, List<FileResult> together) {
		Map<String, Object> both = new LinkedHashMap<>();
		both.put("files", files(alone));
		both.put("together", files(together));
		return JSON.writeValueAsString(both);
	}

	private static List<Map<String, Object>> files(List<FileResult> results) {
		List<Map<String, Object>> files = new ArrayList<>();
		for (FileResult result : results) {
			Map<String, Object> file = new LinkedHashMap<>();
			file.put("file", result.file());
			file.put("format", result.format());
			file.put("status", result.status());
			file.put("reason", result.reason());
			file.put("projects", result.projects());
			file.put("skipped_sheets", result.skippedSheets());
			List<Map<String, Object>> findings = new ArrayList<>();
			for (Finding finding : result.findings()) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("finding_type", finding.findingType());
				row.put("severity", finding.severity());
				row.put("project_name", finding.projectName());
				row.put("initiative_name", finding.initiativeName());
				row.put("fiscal_year", finding.fiscalYear());
				row.put("message", finding.message());
				row.put("source_location", finding.sourceLocation());
				findings.add(row);
			}
			file.put("findings", findings);
			files.add(file);
		}
		return files;
	}

}
