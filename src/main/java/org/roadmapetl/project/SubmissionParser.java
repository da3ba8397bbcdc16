package org.roadmapetl.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.roadmapetl.form.FormParser;
import org.roadmapetl.form.SkippedSheet;
import org.roadmapetl.normalise.OrganisationMaster;
import org.roadmapetl.normalise.RoadmapPeriod;
import org.roadmapetl.submission.OdsSubmissionReader;
import org.roadmapetl.submission.ReadLimits;
import org.roadmapetl.submission.Reason;
import org.roadmapetl.submission.RowSink;
import org.roadmapetl.submission.SubmissionFormat;
import org.roadmapetl.submission.SubmissionReader;
import org.roadmapetl.submission.TextExportReader;
import org.roadmapetl.submission.UnreadableSubmissionException;
import org.roadmapetl.submission.XlsSubmissionReader;
import org.roadmapetl.submission.XlsxSubmissionReader;

/**
 * Reads one submission file, whatever its format, into canonical projects and problems.
 * The format is decided from the file's bytes. A file that cannot be read at all throws
 * the {@link UnreadableSubmissionException} that says why; every read is bounded by the
 * {@link ReadLimits}.
 */
public class SubmissionParser {

	private final ProjectAssembler assembler;

	private final ReadLimits limits;

	private static final Log logger = LogFactory.getLog(SubmissionParser.class);

	private static final Reason NO_ROADMAP_FORM = new Reason(
			"ロードマップの様式 (事業名のあるブロック) が見つかりません。DX関連事業ロードマップの様式に記入して送り直してください",
			"no roadmap form (no block with 事業名) in the file; fill in the DX roadmap form and send it again");

	public SubmissionParser(OrganisationMaster master, RoadmapPeriod period) {
		this(master, period, ReadLimits.DEFAULTS);
	}

	public SubmissionParser(OrganisationMaster master, RoadmapPeriod period, ReadLimits limits) {
		this.assembler = new ProjectAssembler(master, period);
		this.limits = limits;
	}

	/**
	 * @throws UnreadableSubmissionException when the file is not a submission that can be
	 * read, with the reason
	 * @throws IOException when the file cannot be read at all (it vanished, or may not be
	 * read)
	 */
	public ParsedSubmission parse(SubmissionFile file) throws IOException {
		long size = Files.size(file.path());
		if (size > this.limits.fileSizeBytes()) {
			throw new UnreadableSubmissionException.OverLimit(file.name(),
					Reason.overLimit("ファイルの大きさ (" + mebibytes(size) + " MiB)",
							"the file's size (" + mebibytes(size) + " MiB) is",
							mebibytes(this.limits.fileSizeBytes()) + " MiB", "roadmap.limits.file-size"),
					null);
		}
		SubmissionFormat format = SubmissionFormat.detect(file.path());
		if (format == SubmissionFormat.UNKNOWN) {
			throw new UnreadableSubmissionException.NotASubmission(file.name(),
					(Files.size(file.path()) == 0) ? Reason.EMPTY_FILE : Reason.NOT_A_ROADMAP_FORMAT);
		}
		Map<String, Project> projects = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		int[] blocks = new int[1];
		FormParser form = new FormParser((block) -> {
			if (++blocks[0] > this.limits.blocks()) {
				throw new UnreadableSubmissionException.OverLimit(file.name(), Reason.overLimit("事業のブロック数",
						"the project blocks are", this.limits.blocks(), "roadmap.limits.blocks"), null);
			}
			AssembledBlock assembled = this.assembler.assemble(block);
			problems.addAll(assembled.problems());
			Project project = assembled.project();
			if (project != null && projects.put(project.nameKey(), project) != null) {
				problems.add(
						Problem
							.of(ProblemType.UNREADABLE_FORM, project.source(), project.name(),
									"同じ事業名のブロックがファイル内に複数あります。後のブロックを読み込みました")
							.forProject(project.name()));
			}
		});
		readerFor(format).read(file.path(), file.name(), new ControlCharacterFilter(form, problems::add));
		for (SkippedSheet skipped : form.skippedSheets()) {
			logger.info("Not loaded: " + skipped.describe() + " of " + file.name());
		}
		if (projects.isEmpty()) {
			throw new UnreadableSubmissionException.NoRoadmapForm(file.name(), NO_ROADMAP_FORM);
		}
		return new ParsedSubmission(file, format.name(), List.copyOf(projects.values()), problems, null,
				form.skippedSheets());
	}

	/**
	 * Hands every sheet and row of the file to {@code sink} as the parse reads them
	 * (within the same limits, control characters removed), for a copy of the form drawn
	 * from what was read.
	 * @return the file's format
	 */
	public SubmissionFormat readRows(Path file, String name, RowSink sink) throws IOException {
		long size = Files.size(file);
		if (size > this.limits.fileSizeBytes()) {
			throw new UnreadableSubmissionException.OverLimit(name, Reason.overLimit("ファイルの大きさ", "the file's size is",
					mebibytes(this.limits.fileSizeBytes()) + " MiB", "roadmap.limits.file-size"), null);
		}
		SubmissionFormat format = SubmissionFormat.detect(file);
		if (format == SubmissionFormat.UNKNOWN) {
			throw new UnreadableSubmissionException.NotASubmission(name, Reason.NOT_A_ROADMAP_FORMAT);
		}
		readerFor(format).read(file, name, new ControlCharacterFilter(sink, (problem) -> {
		}));
		return format;
	}

	private static long mebibytes(long bytes) {
		return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
	}

	private SubmissionReader readerFor(SubmissionFormat format) {
		return switch (format) {
			case XLSX -> new XlsxSubmissionReader(this.limits);
			case XLS -> new XlsSubmissionReader(this.limits);
			case ODS -> new OdsSubmissionReader(this.limits);
			case CSV -> new TextExportReader(TextExportReader.COMMA, this.limits);
			default -> new TextExportReader(TextExportReader.TAB, this.limits);
		};
	}

}
