package org.roadmapetl.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.roadmapetl.check.ScratchFindings;
import org.roadmapetl.inbox.InboxFiles;
import org.roadmapetl.normalise.RoadmapPeriod;
import org.roadmapetl.form.SkippedSheet;
import org.roadmapetl.project.ParsedSubmission;
import org.roadmapetl.project.SubmissionFile;
import org.roadmapetl.project.SubmissionParser;
import org.roadmapetl.submission.SubmissionFormat;
import org.roadmapetl.submission.UnreadableSubmissionException;
import org.roadmapetl.warehouse.ScratchWarehouse;

/**
 * {@code validate}: the pipeline of {@code run} — the same reading, normalising, apply
 * and check statements — over a private copy of the warehouse in temporary tables of one
 * session, dropped at the end. Nothing of the warehouse is written or locked, so it
 * neither waits for nor disturbs a running run.
 */
public final class SubmissionValidation {

	/** One finding of a validated file, as {@code validate --json} prints it. */
	public record Finding(String findingType, String severity, String projectName, String initiativeName,
			Integer fiscalYear, String message, String sourceLocation) {
	}

	/**
	 * What validating one file gave: {@code checked} with its findings, or
	 * {@code unreadable} with the reason.
	 */
	public record FileResult(String file, String format, String status, int projects, String reason,
			List<Finding> findings, List<String> skippedSheets) {

		public FileResult(String file, String format, String status, int projects, String reason,
				List<Finding> findings) {
			this(file, format, status, projects, reason, findings, List.of());
		}

		public boolean isUnreadable() {
			return this.reason != null;
		}

	}

	/**
	 * What validating some files gave: for several, each one's findings as if it were
	 * validated alone ({@code alone}, else empty), and what they give together.
	 */
	public record Outcome(List<FileResult> alone, List<FileResult> together) {

		public boolean anyUnreadable() {
			return all().anyMatch(FileResult::isUnreadable);
		}

		public boolean anyErrors() {
			return all().flatMap((result) -> result.findings().stream())
				.anyMatch((finding) -> finding.severity().equals("error"));
		}

		private java.util.stream.Stream<FileResult> all() {
			return java.util.stream.Stream.concat(this.alone.stream(), this.together.stream());
		}

	}

	/**
	 * Reads the copy before it is dropped, its findings narrowed to the validated files'
	 * ({@code --feedback}).
	 */
	public interface ScratchReader {

		void read(Connection connection, UnaryOperator<String> tables) throws Exception;

	}

	private final DataSource dataSource;

	private final SubmissionParser parser;

	private final RoadmapPeriod period;

	/**
	 * @param parser the run's own parser (organisation master, roadmap period, read
	 * limits)
	 */
	public SubmissionValidation(DataSource dataSource, SubmissionParser parser, RoadmapPeriod period) {
		this.dataSource = dataSource;
		this.parser = parser;
		this.period = period;
	}

	/**
	 * Validates the files together and, when there are several, each alone: a later
	 * file's version of a project replaces an earlier one's when they are taken together,
	 * and a department validating two files is told about both.
	 */
	public Outcome validateEach(List<Path> files, int reportingFiscalYear, ScratchReader reader) throws Exception {
		List<FileResult> together = validate(files, reportingFiscalYear, reader);
		List<FileResult> alone = new ArrayList<>();
		if (files.size() > 1) {
			for (Path file : files) {
				alone.addAll(validate(List.of(file), reportingFiscalYear, null));
			}
		}
		return new Outcome(alone, together);
	}

	public List<FileResult> validate(List<Path> files, int reportingFiscalYear, ScratchReader reader) throws Exception {
		List<ParsedSubmission> parsed = new ArrayList<>();
		for (Path file : files) {
			parsed.add(parse(file));
		}
		List<ParsedSubmission> readable = parsed.stream().filter((submission) -> !submission.isUnreadable()).toList();
		List<FileResult> results = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection();
				ScratchWarehouse scratch = ScratchWarehouse.open(connection)) {
			List<Long> ids = scratch.apply(readable);
			ScratchFindings.find(connection, ScratchWarehouse.TABLES, this.period, reportingFiscalYear);
			int next = 0;
			List<Long> kept = new ArrayList<>();
			for (ParsedSubmission submission : parsed) {
				if (submission.isUnreadable()) {
					results.add(new FileResult(submission.file().name(), submission.format(), "unreadable", 0,
							submission.unreadableReason(), List.of()));
					continue;
				}
				long id = ids.get(next++);
				kept.add(id);
				results.add(new FileResult(submission.file().name(), submission.format(), "checked",
						submission.projects().size(), null, findings(connection, id),
						submission.skippedSheets().stream().map(SkippedSheet::describe).toList()));
			}
			connection.commit();
			if (reader != null) {
				keepOnly(connection, kept);
				reader.read(connection, ScratchWarehouse.TABLES);
			}
		}
		return results;
	}

	private ParsedSubmission parse(Path file) {
		SubmissionFile described = new SubmissionFile(file, file.getFileName().toString(), "", 0);
		try {
			described = InboxFiles.describe(file);
			return this.parser.parse(described);
		}
		catch (UnreadableSubmissionException ex) {
			return ParsedSubmission.unreadable(described, formatOf(file), ex.reason().at(ex.where()).text());
		}
		catch (IOException ex) {
			return ParsedSubmission.unreadable(described, "UNKNOWN",
					"ファイルを開けませんでした。もう一度お試しください / the file could not be opened; try again");
		}
	}

	private static String formatOf(Path file) {
		try {
			return SubmissionFormat.detect(file).name();
		}
		catch (IOException | RuntimeException ex) {
			return "UNKNOWN";
		}
	}

	private static List<Finding> findings(Connection connection, long submissionId) {
		return ScratchFindings.ofSubmission(connection, submissionId,
				(row, n) -> new Finding(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
						row.getObject(5, Integer.class), row.getString(6), row.getString(7)));
	}

	/**
	 * The copy's findings narrowed to those of the validated files, for the workbook
	 * written from it.
	 */
	private static void keepOnly(Connection connection, List<Long> submissionIds) throws SQLException {
		ScratchFindings.keepOnlySubmissions(connection, submissionIds);
		connection.commit();
	}

}
