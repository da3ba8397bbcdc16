package org.roadmapetl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.roadmapetl.normalise.CanonicalText;

/**
 * The options of {@code validate}, {@code feedback} and {@code export-roadmap}, and their
 * usage texts.
 */
final class FeedbackLoopOptions {

	static final String VALIDATE_USAGE = """
			usage: roadmap-etl validate FILE... [--fiscal-year R7] [--json] [--feedback OUT.xlsx]
			  Reads, normalises and checks the files against the warehouse as it stands, and changes nothing:
			  no row written, no checksum recorded, no file moved. Never waits for a running run.
			  --json             print {"files":[{file, format, status, projects, findings:[...]}]} instead of a table
			  --feedback F       also write the department workbook of these files' findings to F, and beside it
			                     <file>_指摘入り.xlsx, each file with its findings marked in red at their cells
			  Exit status: 0 no error findings, 5 error findings, 3 a file could not be read.""";

	static final String FEEDBACK_USAGE = """
			usage: roadmap-etl feedback [--fiscal-year R7] [--out DIR] [--department D] [--format xlsx|csv] [--inbox DIR]
			  Writes DIR/<department>.xlsx for every department with a current project or a scheduled submission:
			  sheets 概要 (summary), 指摘事項 (open findings) and 解消済み (resolved since the previous feedback);
			  beside it DIR/<department>_指摘入り.xlsx, the department's latest file with each open finding marked in
			  red at its cell (a workbook of another kind, or a text file, drawn as .xlsx from what was read).
			  --out DIR          where (default: roadmap.feedback.dir, else ./feedback)
			  --inbox DIR        where the department's files are, for the marked copies (default: roadmap.inbox)
			  --department D     only this department
			  --format csv       <department>.csv of the open findings instead (UTF-8 with BOM)""";

	static final String EXPORT_USAGE = """
			usage: roadmap-etl export-roadmap [--fiscal-year R7] [--out FILE]
			  Writes every current project as a block of the departments' form, ordered by field, category and
			  department, plans as submitted and actuals filled in (default FILE: roadmap.xlsx).""";

	private static final Set<String> VALIDATE_VALUED = Set.of("--fiscal-year", "--feedback");

	private FeedbackLoopOptions() {
	}

	static Command parse(String name, List<String> args) {
		return switch (name) {
			case "validate" -> validate(args);
			case "feedback" -> feedback(CommandLineParser.options(args,
					Set.of("--fiscal-year", "--out", "--department", "--format", "--inbox"), Set.of()));
			default -> exportRoadmap(CommandLineParser.options(args, Set.of("--fiscal-year", "--out"), Set.of()));
		};
	}

	static String usageOf(String command) {
		return switch (command) {
			case "validate" -> VALIDATE_USAGE;
			case "feedback" -> FEEDBACK_USAGE;
			default -> EXPORT_USAGE;
		};
	}

	private static Command validate(List<String> args) {
		List<Path> files = new ArrayList<>();
		List<String> options = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("-")) {
				files.add(Path.of(arg));
				continue;
			}
			options.add(arg);
			if (VALIDATE_VALUED.contains(arg) && i + 1 < args.size()) {
				options.add(args.get(++i));
			}
		}
		Map<String, String> parsed = CommandLineParser.options(options, VALIDATE_VALUED, Set.of("--json"));
		if (parsed.containsKey("--help")) {
			return new Command.Help(VALIDATE_USAGE);
		}
		if (files.isEmpty()) {
			throw new UsageException("validate needs at least one file");
		}
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				throw new UsageException(file + ": no such file");
			}
		}
		Path feedback = parsed.containsKey("--feedback") ? Path.of(parsed.get("--feedback")) : null;
		return new Command.Validate(List.copyOf(files), CommandLineParser.fiscalYear(parsed),
				parsed.containsKey("--json"), feedback);
	}

	private static Command feedback(Map<String, String> options) {
		if (options.containsKey("--help")) {
			return new Command.Help(FEEDBACK_USAGE);
		}
		String format = options.getOrDefault("--format", "xlsx");
		if (!format.equals("xlsx") && !format.equals("csv")) {
			throw new UsageException("--format must be xlsx or csv, not '" + format + "'");
		}
		Path out = options.containsKey("--out") ? Path.of(options.get("--out")) : null;
		String department = options.containsKey("--department") ? CanonicalText.of(options.get("--department")) : null;
		Path inbox = options.containsKey("--inbox") ? Path.of(options.get("--inbox")) : null;
		return new Command.Feedback(CommandLineParser.fiscalYear(options), out, department, format, inbox);
	}

	private static Command exportRoadmap(Map<String, String> options) {
		if (options.containsKey("--help")) {
			return new Command.Help(EXPORT_USAGE);
		}
		Path out = Path.of(options.getOrDefault("--out", "roadmap.xlsx"));
		return new Command.ExportRoadmap(CommandLineParser.fiscalYear(options), out);
	}

}
