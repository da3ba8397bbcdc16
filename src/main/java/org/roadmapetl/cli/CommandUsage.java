package org.roadmapetl.cli;

/**
 * What {@code help} and a usage mistake print: every command in a line or two, and each
 * command on its own.
 */
final class CommandUsage {

	static final String ALL = """
			usage: roadmap-etl <command> [options]
			  run   [--inbox DIR] [--fiscal-year R7]                  load every new submission in the inbox
			  rerun (--file F | --department D | --all) [--inbox DIR] [--fiscal-year R7]
			                                                          reload submissions loaded before
			  check [--fiscal-year R7]                                recompute findings and statuses, load nothing
			  status [--limit N]                                      recent runs with their counts
			  restart ID                                              continue a failed run where it stopped
			  abandon ID                                              mark a dead or failed run abandoned
			  schedule [--cron EXPR] [--inbox DIR] [--ticks N]        stay running; start run on the schedule
			  validate FILE... [--fiscal-year R7] [--json] [--feedback OUT.xlsx]
			                                                          check files without changing anything
			  feedback [--fiscal-year R7] [--out DIR] [--department D] [--format xlsx|csv] [--inbox DIR]
			                                                          one workbook of findings per department
			  export-roadmap [--fiscal-year R7] [--out FILE]          the consolidated roadmap workbook
			  help  [command]                                         show this text
			Every command takes --verbose (status prints its log too) and Spring Boot properties as --name=value
			(--spring.datasource.url=jdbc:postgresql://host:5432/roadmap, --roadmap.period=R7-R11).
			The inbox defaults to roadmap.inbox (ROADMAP_INBOX). The reporting fiscal year defaults to
			roadmap.reporting.year (ROADMAP_REPORTING_YEAR), else to the latest fiscal year that has ended: actuals
			are reported after a year closes, so from 2026-04-01 to 2027-03-31 it is R7.
			Exit status: 0 done; 1 failed (an internal error included); 2 a usage or configuration mistake; 3 done,
			but some files were set aside (their reasons are beside them in the quarantine folder); 4 another run
			holds the warehouse; 5 validate found error findings.""";

	private static final String RUN = """
			usage: roadmap-etl run [--inbox DIR] [--fiscal-year R7]
			  Loads every file in the inbox whose content was not loaded before: .xlsx, .xls, .ods, .csv or
			  tab-separated text, told apart by what they hold.
			  --inbox DIR        the inbox (default: roadmap.inbox, ROADMAP_INBOX)
			  --fiscal-year Y    the reporting fiscal year (R7, 2025, 令和7年度; default: roadmap.reporting.year,
			                     else the latest fiscal year that has ended)""";

	private static final String RERUN = """
			usage: roadmap-etl rerun (--file F | --department D | --all) [--inbox DIR] [--fiscal-year R7]
			  Reloads submissions even though they were loaded before; unchanged projects stay as they are.
			  --file F           one file (anywhere)
			  --department D     every file of the inbox holding a project of department D
			  --all              every file of the inbox loaded before""";

	private static final String CHECK = """
			usage: roadmap-etl check [--fiscal-year R7]
			  Recomputes every finding and the status of every initiative year for the reporting fiscal year
			  (default: roadmap.reporting.year, else the latest fiscal year that has ended). run and rerun check at
			  their end as well.""";

	private static final String STATUS = """
			usage: roadmap-etl status [--limit N]
			  Lists the most recent runs (default 20): id, command, start, end, status, files loaded / skipped /
			  set aside, findings.""";

	private static final String RESTART = """
			usage: roadmap-etl restart ID
			  Continues the failed run ID (see status) where it stopped: files loaded before the failure stay loaded.""";

	private static final String ABANDON = """
			usage: roadmap-etl abandon ID
			  Marks run ID abandoned: a run left running by a process that died, or a failed run not to be restarted.""";

	private static final String SCHEDULE = """
			usage: roadmap-etl schedule [--cron EXPR] [--inbox DIR] [--ticks N]
			  Stays running and starts run at every tick of the cron expression (second minute hour day month
			  weekday; default roadmap.schedule.cron, ROADMAP_SCHEDULE_CRON, else 0 0 2 * * *: 02:00). A tick while another
			  run holds the warehouse is skipped. --ticks N stops after N ticks.""";

	private CommandUsage() {
	}

	/** The usage of one command, or of them all for a name that is none. */
	static String of(String command) {
		return switch (command) {
			case "run" -> RUN;
			case "rerun" -> RERUN;
			case "check" -> CHECK;
			case "status" -> STATUS;
			case "restart" -> RESTART;
			case "abandon" -> ABANDON;
			case "schedule" -> SCHEDULE;
			case "validate", "feedback", "export-roadmap" -> FeedbackLoopOptions.usageOf(command);
			default -> ALL;
		};
	}

}
