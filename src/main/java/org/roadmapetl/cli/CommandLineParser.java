package org.roadmapetl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.roadmapetl.normalise.CanonicalText;
import org.roadmapetl.normalise.FiscalYears;
import org.roadmapetl.normalise.YearReading;

/**
 * Parses {@code <command> [options]} into a {@link Command}; anything it does not
 * understand is a usage error.
 */
public final class CommandLineParser {

	private final Path defaultInbox;

	private final String defaultCron;

	/**
	 * @param defaultInbox the inbox when {@code --inbox} is not given, or null when none
	 * is configured
	 */
	public CommandLineParser(Path defaultInbox, String defaultCron) {
		this.defaultInbox = defaultInbox;
		this.defaultCron = defaultCron;
	}

	public Command parse(String[] args) {
		if (args.length == 0) {
			throw new UsageException("no command given", CommandUsage.ALL);
		}
		String name = args[0];
		List<String> rest = List.of(args).subList(1, args.length);
		try {
			return switch (name) {
				case "run" -> run(options(rest, Set.of("--inbox", "--fiscal-year"), Set.of()));
				case "rerun" ->
					rerun(options(rest, Set.of("--inbox", "--fiscal-year", "--file", "--department"), Set.of("--all")));
				case "check" -> check(options(rest, Set.of("--fiscal-year"), Set.of()));
				case "status" -> status(options(rest, Set.of("--limit"), Set.of()));
				case "restart", "abandon" -> executionCommand(name, rest);
				case "schedule" -> schedule(options(rest, Set.of("--cron", "--inbox", "--ticks"), Set.of()));
				case "validate", "feedback", "export-roadmap" -> FeedbackLoopOptions.parse(name, rest);
				case "help", "--help", "-h" ->
					new Command.Help(rest.isEmpty() ? CommandUsage.ALL : CommandUsage.of(rest.get(0)));
				default -> throw new UsageException("unknown command '" + name + "'");
			};
		}
		catch (UsageException ex) {
			throw new UsageException(ex.getMessage(), CommandUsage.of(name));
		}
	}

	private Command run(Map<String, String> options) {
		if (options.containsKey("--help")) {
			return new Command.Help(CommandUsage.of("run"));
		}
		Integer fiscalYear = fiscalYear(options);
		return new Command.Run(inbox(options), fiscalYear);
	}

	private static Command status(Map<String, String> options) {
		if (options.containsKey("--help")) {
			return new Command.Help(CommandUsage.of("status"));
		}
		return new Command.Status(options.containsKey("--limit") ? positive("--limit", options.get("--limit")) : 20);
	}

	private static Command executionCommand(String name, List<String> rest) {
		if (rest.size() == 1 && (rest.get(0).equals("--help") || rest.get(0).equals("-h"))) {
			return new Command.Help(CommandUsage.of(name));
		}
		if (rest.size() != 1) {
			throw new UsageException(name + " needs exactly one run id (see status)");
		}
		long id = positive("run id", rest.get(0));
		return name.equals("restart") ? new Command.Restart(id) : new Command.Abandon(id);
	}

	private Command schedule(Map<String, String> options) {
		if (options.containsKey("--help")) {
			return new Command.Help(CommandUsage.of("schedule"));
		}
		String cron = options.getOrDefault("--cron", this.defaultCron);
		if (!org.springframework.scheduling.support.CronExpression.isValidExpression(cron)) {
			throw new UsageException(
					"'" + cron + "' is not a cron expression (six fields: second minute hour day month "
							+ "weekday, e.g. '0 0 2 * * *')");
		}
		Integer ticks = options.containsKey("--ticks") ? positive("--ticks", options.get("--ticks")) : null;
		return new Command.Schedule(cron, inbox(options), ticks);
	}

	private static int positive(String what, String text) {
		try {
			int value = Integer.parseInt(text);
			if (value > 0) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new UsageException(what + " must be a positive whole number, not '" + text + "'");
	}

	private static Command check(Map<String, String> options) {
		return options.containsKey("--help") ? new Command.Help(CommandUsage.of("check"))
				: new Command.Check(fiscalYear(options));
	}

	private Command rerun(Map<String, String> options) {
		if (options.containsKey("--help")) {
			return new Command.Help(CommandUsage.of("rerun"));
		}
		int selectors = (options.containsKey("--file") ? 1 : 0) + (options.containsKey("--department") ? 1 : 0)
				+ (options.containsKey("--all") ? 1 : 0);
		if (selectors != 1) {
			throw new UsageException("rerun needs exactly one of --file F, --department D or --all");
		}
		Path file = null;
		if (options.containsKey("--file")) {
			file = Path.of(options.get("--file"));
			if (!Files.isRegularFile(file)) {
				throw new UsageException("--file " + file + ": no such file");
			}
		}
		String department = options.containsKey("--department") ? CanonicalText.of(options.get("--department")) : null;
		// A file named on its own needs no configured inbox: its folder serves
		// (quarantine sits beside it).
		Path inbox = (file != null && !options.containsKey("--inbox") && this.defaultInbox == null)
				? file.toAbsolutePath().getParent() : inbox(options);
		return new Command.Rerun(inbox, file, department, fiscalYear(options));
	}

	private Path inbox(Map<String, String> options) {
		Path inbox = options.containsKey("--inbox") ? Path.of(options.get("--inbox")) : this.defaultInbox;
		if (inbox == null) {
			throw new UsageException("no inbox: give --inbox DIR or set roadmap.inbox (ROADMAP_INBOX)");
		}
		if (!Files.isDirectory(inbox)) {
			throw new UsageException("inbox " + inbox + " is not a directory");
		}
		return inbox;
	}

	/**
	 * The folder an option names for output, made if it is missing; a folder that cannot
	 * be made or written is a usage mistake (exit 2), said before any work is done.
	 */
	static Path outputFolder(String option, Path folder) {
		Path absolute = folder.toAbsolutePath().normalize();
		try {
			Files.createDirectories(absolute);
		}
		catch (java.io.IOException | SecurityException ex) {
			throw new UsageException(option + ": the folder " + folder
					+ " cannot be created; name a folder roadmap-etl may " + "write to");
		}
		if (!Files.isWritable(absolute)) {
			throw new UsageException(option + ": the folder " + folder + " cannot be written to; name a folder "
					+ "roadmap-etl may write to");
		}
		return folder;
	}

	static Integer fiscalYear(Map<String, String> options) {
		String text = options.get("--fiscal-year");
		if (text == null) {
			return null;
		}
		YearReading reading = FiscalYears.read(CanonicalText.of(text));
		if (reading.fiscalYear() == null) {
			throw new UsageException("--fiscal-year '" + text + "' is not a fiscal year (try R7, 2025 or 令和7年度)");
		}
		return reading.fiscalYear();
	}

	static Map<String, String> options(List<String> args, Set<String> valued, Set<String> flags) {
		Map<String, String> options = new HashMap<>();
		List<String> unexpected = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			String value = null;
			int equals = arg.indexOf('=');
			if (arg.startsWith("--") && equals > 0) {
				value = arg.substring(equals + 1);
				arg = arg.substring(0, equals);
			}
			if (arg.equals("--help") || arg.equals("-h")) {
				options.put("--help", "");
			}
			else if (flags.contains(arg) && value == null) {
				options.put(arg, "");
			}
			else if (valued.contains(arg)) {
				if (value == null) {
					if (i + 1 >= args.size()) {
						throw new UsageException(arg + " needs a value");
					}
					value = args.get(++i);
				}
				options.put(arg, value);
			}
			else {
				unexpected.add(arg);
			}
		}
		if (!unexpected.isEmpty()) {
			throw new UsageException("unexpected argument(s): " + String.join(" ", unexpected));
		}
		return options;
	}

}
