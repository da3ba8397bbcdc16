package org.roadmapetl.cli;

import java.io.PrintStream;
import java.util.List;

import org.roadmapetl.job.SubmissionValidation.FileResult;
import org.roadmapetl.job.SubmissionValidation.Finding;

/** Prints what {@code validate} found: a readable table per file, or the JSON form scripts read. */
final class ValidationReport {

	private ValidationReport() {
	}

	static int exitStatus(List<FileResult> results) {
		if (results.stream().anyMatch(FileResult::isUnreadable)) {
			return ExitCodes.FINISHED_WITH_QUARANTINE;
		}
		boolean errors = results.stream()
			.flatMap((result) -> result.findings().stream())
			.anyMatch((finding) -> finding.severity().equals("error"));
		return errors ? ExitCodes.ERROR_FINDINGS : ExitCodes.SUCCESS;
	}

	static void table(List<FileResult> results, PrintStream out) {
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

	static String json(List<FileResult> results) {
		StringBuilder json = new StringBuilder("{\"files\":[");
		for (int i = 0; i < results.size(); i++) {
			FileResult result = results.get(i);
			json.append(i > 0 ? "," : "").append('{');
			field(json, "file", result.file()).append(',');
			field(json, "format", result.format()).append(',');
			field(json, "status", result.status()).append(',');
			json.append("\"projects\":").append(result.projects()).append(",\"skipped_sheets\":[");
			for (int j = 0; j < result.skippedSheets().size(); j++) {
				json.append(j > 0 ? "," : "");
				string(json, result.skippedSheets().get(j));
			}
			json.append("],\"findings\":[");
			for (int j = 0; j < result.findings().size(); j++) {
				Finding finding = result.findings().get(j);
				json.append(j > 0 ? "," : "").append('{');
				field(json, "finding_type", finding.findingType()).append(',');
				field(json, "severity", finding.severity()).append(',');
				field(json, "project_name", finding.projectName()).append(',');
				field(json, "initiative_name", finding.initiativeName()).append(',');
				json.append("\"fiscal_year\":").append(finding.fiscalYear()).append(',');
				field(json, "message", finding.message()).append(',');
				field(json, "source_location", finding.sourceLocation()).append('}');
			}
			json.append("]}");
		}
		return json.append("]}").toString();
	}

	/** Jackson is not on the class path (Spring Batch's dependency on it is optional): six escapes do. */
	private static StringBuilder field(StringBuilder json, String name, String value) {
		json.append('"').append(name).append("\":");
		return string(json, value);
	}

	private static StringBuilder string(StringBuilder json, String value) {
		if (value == null) {
			return json.append("null");
		}
		json.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20 || c == 0x2028 || c == 0x2029) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"');
	}

}
