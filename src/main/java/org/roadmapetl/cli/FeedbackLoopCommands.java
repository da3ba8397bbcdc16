package org.roadmapetl.cli;

import java.time.Clock;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import org.roadmapetl.check.ScratchFindings;
import org.roadmapetl.config.RoadmapProperties;
import org.roadmapetl.feedback.DepartmentFeedback;
import org.roadmapetl.feedback.MarkedCopies;
import org.roadmapetl.feedback.RoadmapExport;
import org.roadmapetl.normalise.RoadmapPeriod;
import org.roadmapetl.project.SubmissionParser;
import org.roadmapetl.validate.SubmissionValidation;
import org.roadmapetl.validate.ValidationReport;

/**
 * The commands that take the findings back to the departments — {@code validate},
 * {@code feedback}, {@code export-roadmap}. None of them takes the run lock: they only
 * read the warehouse. (The feedback folder of a run is the job's last step,
 * {@code publishFeedback}.)
 */
@Component
class FeedbackLoopCommands {

	interface OtherCommand {

		int run() throws Exception;

	}

	private final DataSource dataSource;

	private final RoadmapProperties properties;

	private final Clock clock;

	private final SubmissionParser parser;

	private final RoadmapPeriod period;

	FeedbackLoopCommands(DataSource dataSource, RoadmapProperties properties, Clock clock, SubmissionParser parser,
			RoadmapPeriod period) {
		this.parser = parser;
		this.period = period;
		this.dataSource = dataSource;
		this.properties = properties;
		this.clock = clock;
	}

	int execute(Command command, OtherCommand other) throws Exception {
		if (command instanceof Command.Validate validate) {
			if (validate.feedback() != null) {
				CommandLineParser.outputFolder("--feedback", validate.feedback().toAbsolutePath().getParent());
			}
			return validate(validate);
		}
		if (command instanceof Command.Feedback feedback) {
			Path folder = CommandLineParser.outputFolder("--out",
					orDefault(feedback.out(), this.properties.feedback().dir(), "feedback"));
			DepartmentFeedback.Format format = feedback.format().equals("csv") ? DepartmentFeedback.Format.CSV
					: DepartmentFeedback.Format.XLSX;
			Path inbox = (feedback.inbox() != null) ? feedback.inbox() : this.properties.inbox();
			MarkedCopies marked = new MarkedCopies(this.parser, inbox);
			List<Path> files = writeFeedback(folder, year(feedback.fiscalYear()), feedback.department(), format,
					marked);
			System.out.println("Wrote feedback for " + files.size() + " department(s) to " + folder);
			marked.notes().forEach(System.out::println);
			if (inbox == null && format == DepartmentFeedback.Format.XLSX) {
				System.out.println("No marked copies (" + "<department>_指摘入り.xlsx): they are made from the files in "
						+ "the inbox; give --inbox DIR or set roadmap.inbox");
			}
			return ExitCodes.SUCCESS;
		}
		if (command instanceof Command.ExportRoadmap export) {
			CommandLineParser.outputFolder("--out", export.out().toAbsolutePath().getParent());
			int projects = new RoadmapExport(this.dataSource, this.period, year(export.fiscalYear()))
				.write(export.out());
			System.out.println("Wrote " + projects + " project(s) to " + export.out());
			return ExitCodes.SUCCESS;
		}
		return other.run();
	}

	private int validate(Command.Validate validate) throws Exception {
		int year = year(validate.fiscalYear());
		SubmissionValidation.ScratchReader workbook = (validate.feedback() == null) ? null : (connection,
				tables) -> new DepartmentFeedback(connection, tables, new MarkedCopies(this.parser, null))
					.writeEach(validate.feedback(), year, ScratchFindings.departments(connection), validate.files());
		SubmissionValidation.Outcome outcome = new SubmissionValidation(this.dataSource, this.parser, this.period)
			.validateEach(validate.files(), year, workbook);
		ValidationReport.print(outcome, validate.json(), System.out);
		if (outcome.anyUnreadable()) {
			return ExitCodes.FINISHED_WITH_QUARANTINE;
		}
		return outcome.anyErrors() ? ExitCodes.ERROR_FINDINGS : ExitCodes.SUCCESS;
	}

	private List<Path> writeFeedback(Path folder, int year, String department, DepartmentFeedback.Format format,
			MarkedCopies marked) throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			return new DepartmentFeedback(connection, UnaryOperator.identity(), marked).writeAll(folder, year,
					department, format);
		}
	}

	/**
	 * The requested year, else roadmap.reporting.year, else the year of the latest check,
	 * else today's.
	 */
	private int year(Integer requested) {
		return ReportingYears.of(requested, this.properties, this.clock);
	}

	static Path orDefault(Path requested, Path configured, String fallback) {
		return (requested != null) ? requested : (configured != null) ? configured : Path.of(fallback);
	}

}
