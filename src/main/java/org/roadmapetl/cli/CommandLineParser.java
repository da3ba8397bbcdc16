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

/** Parses {@code <command> [options]} into a {@link Command}; anything it does not understand is a usage error. */
public final class CommandLineParser {

	static final String USAGE = """
			usage: roadmap-etl <command> [options]
			  run   [--inbox DIR] [--fiscal-year R7]                  load every new submission in the inbox
			  rerun (--file F | --department D | --all) [--inbox DIR] [--fiscal-year R7]
			                                                          reload submissions loaded before
			  check [--fiscal-year R7]                                recompute findings and statuses, load nothing
			  status [--limit N]                                      recent runs with their counts
			  restart ID                                              continue a failed run where it stopped
			  abandon ID                                              mark a dead or failed run abandoned
			  schedule [--cron EXPR] [--inbox DIR]                    stay running; start run on the schedule
			  validate FILE... [--fiscal-year R7] [--json] [--feedback OUT.xlsx]
			                                                          check files without changing anything
			  feedback [--fiscal-year R7] [--out DIR] [--department D] [--format xlsx|csv]
			                                                          one workbook of findings per department
			  export-roadmap [--fiscal-year R7] [--out FILE]          the consolidated roadmap workbook
			  help  [command]                                         show this text
			Every command takes --verbose (status prints its log too) and Spring Boot properties as --name=value
			(--spring.datasource.url=jdbc:postgresql://host:5432/roadmap, --roadmap.period=R7-R11).
			The inbox defaults to roadmap.inbox (ROADMAP_INBOX). The reporting fiscal year defaults to
			roadmap.reporting.year (ROADMAP_REPORTING_YEAR), else to the latest fiscal year that has ended: actuals
			are reported after a year closes, so from 2026-04-01 to 2027-03-31 it is R7.""";

	static final String RUN_USAGE = """
			usage: roadmap-etl run [--inbox DIR] [--fiscal-year R7]
			  Loads every .tsv/.txt/.xlsx/.xls file in the inbox whose content was not loaded before.
			  --inbox DIR        the inbox (default: roadmap.inbox, ROADMAP_INBOX)
			  --fiscal-year Y    the reporting fiscal year (R7, 2025, 令和7年度; default: roadmap.reporting.year,
			                     else the latest fiscal year that has ended)""";

	static final String RERUN_USAGE = """
			usage: roadmap-etl rerun (--file F | --department D | --all) [--inbox DIR] [--fiscal-year R7]
			  Reloads submissions even though they were loaded before; unchanged projects stay as they are.
			  --file F           one file (anywhere)
			  --department D     every file of the inbox holding a project of department D
			  --all              every file of the inbox loaded before""";

	static final String CHECK_USAGE = """
			usage: roadmap-etl check [--fiscal-year R7]
			  Recomputes every finding and the status of every initiative year for the reporting fiscal year
			  (default: roadmap.reporting.year, else the latest fiscal year that has ended). run and rerun check at
			  their end as well.""";

	static final String STATUS_USAGE = """
			usage: roadmap-etl status [--limit N]
			  Lists the most recent runs (default 20): id, command, start, end, status, files loaded / skipped /
			  set aside, findings.""";

	static final String RESTART_USAGE = """
			usage: roadmap-etl restart ID
			  Continues the failed run ID (see status) where it stopped: files loaded before the failure stay loaded.""";

	static final String ABANDON_USAGE = """
			usage: roadmap-etl abandon ID
			  Marks run ID abandoned: a run left running by a process that died, or a failed run not to be restarted.""";

	static final String SCHEDULE_USAGE = """
			usage: roadmap-etl schedule [--cron EXPR] [--inbox DIR] [--ticks N]
			  Stays running and starts run at every tick of the cron expression (second minute hour day month
			  weekday; default roadmap.schedule.cron, ROADMAP_SCHEDULE_CRON, else 0 0 2 * * *: 02:00). A tick while another
			  run holds the warehouse is skipped. --ticks N stops after N ticks.""";

	private final Path defaultInbox;

	private final String defaultCron;

	/** @param defaultInbox the inbox when {@code --inbox} is not given, or null when none is configured */
	public CommandLineParser(Path defaultInbox, String defaultCron) {
		this.defaultInbox = defaultInbox;
		this.defaultCron = defaultCron;
	}

	public Command parse(String[] args) {
		if (args.length == 0) {
			throw new UsageException("no command given", USAGE);
		}
		String name = args[0];
		List<String> rest = List.of(args).subList(1, args.length);
		try {
			return switch (name) {
				case "run" -> run(options(rest, Set.of("--inbox", "--fiscal-year"), Set.of()));
				case "rerun" -> rerun(options(rest, Set.of("--inbox", "--fiscal-year", "--file", "--department"),
						Set.of("--all")));
				case "check" -> check(options(rest, Set.of("--fiscal-year"), Set.of()));
				case "status" -> status(options(rest, Set.of("--limit"), Set.of()));
				case "restart", "abandon" -> executionCommand(name, rest);
				case "schedule" -> schedule(options(rest, Set.of("--cron", "--inbox", "--ticks"), Set.of()));
				case "validate", "feedback", "export-roadmap" -> FeedbackLoopOptions.parse(name, rest);
				case "help", "--help", "-h" -> new Command.Help(rest.isEmpty() ? USAGE : usageOf(rest.get(0)));
				default -> throw new UsageException("unknown command '" + name + "'");
			};
		}
		catch (UsageException ex) {
			throw new UsageException(ex.getMessage(), usageOf(name));
		}
	}

	private Command run(Map<String, String> options) {
		if (options.containsKey("--help")) {
			return new Command.Help(RUN_USAGE);
		}
		Integer fiscalYear = fiscalYear(options);
		return new Command.Run(inbox(options), fiscalYear);
	}

	private static Command status(Map<String, String> options) {
		if (options.containsKey("--help")) {
			return new Command.Help(STATUS_USAGE);
		}
		return new Command.Status(options.containsKey("--limit") ? positive("--limit", options.get("--limit")) : 20);
	}

	private static Command executionCommand(String name, List<String> rest) {
		if (rest.size() == 1 && (rest.get(0).equals("--help") || rest.get(0).equals("-h"))) {
			return new Command.Help(usageOf(name));
		}
		if (rest.size() != 1) {
			throw new UsageException(name + " needs exactly one run id (see status)");
		}
		long id = positive("run id", rest.get(0));
		return name.equals("restart") ? new Command.Restart(id) : new Command.Abandon(id);
	}

	private Command schedule(Map<String, String> options) {
		if (options.containsKey("--help")) {
			return new Command.Help(SCHEDULE_USAGE);
		}
		String cron = options.getOrDefault("--cron", this.defaultCron);
		if (!org.springframework.scheduling.support.CronExpression.isValidExpression(cron)) {
			throw new UsageException("'" + cron + "' is not a cron expression (six fields: second minute hour day month "
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
		return options.containsKey("--help") ? new Command.Help(CHECK_USAGE) : new Command.Check(fiscalYear(options));
	}

	private Command rerun(Map<String, String> options) {
		if (options.containsKey("--help")) {
			return new Command.Help(RERUN_USAGE);
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
		// A file named on its own needs no configured inbox: its folder serves (quarantine sits beside it).
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

	static String usageOf(String command) {
		return switch (command) {
			case "run" -> RUN_USAGE;
			case "rerun" -> RERUN_USAGE;
			case "check" -> CHECK_USAGE;
			case "status" -> STATUS_USAGE;
			case "restart" -> RESTART_USAGE;
			case "abandon" -> ABANDON_USAGE;
			case "schedule" -> SCHEDULE_USAGE;
			case "validate", "feedback", "export-roadmap" -> FeedbackLoopOptions.usageOf(command);
			default -> USAGE;
		};
	}

}
