package org.roadmapetl.project;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.roadmapetl.form.FormParser;
import org.roadmapetl.normalise.OrganisationMaster;
import org.roadmapetl.normalise.RoadmapPeriod;
import org.roadmapetl.submission.SubmissionFormat;
import org.roadmapetl.submission.SubmissionReader;
import org.roadmapetl.submission.TextExportReader;
import org.roadmapetl.submission.UnreadableSubmissionException;
import org.roadmapetl.submission.XlsSubmissionReader;
import org.roadmapetl.submission.XlsxSubmissionReader;

/**
 * Reads one submission file, whatever its format, into canonical projects and problems. The format is decided
 * from the file's bytes. A file that cannot be read at all comes back as unreadable with its reason.
 */
public final class SubmissionParser {

	private final ProjectAssembler assembler;

	public SubmissionParser(OrganisationMaster master, RoadmapPeriod period) {
		this.assembler = new ProjectAssembler(master, period);
	}

	public ParsedSubmission parse(SubmissionFile file) throws IOException {
		SubmissionFormat format = SubmissionFormat.detect(file.path());
		if (format == SubmissionFormat.UNKNOWN) {
			return ParsedSubmission.unreadable(file, format.name(), "not a workbook or a text export");
		}
		Map<String, Project> projects = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		FormParser form = new FormParser((block) -> {
			AssembledBlock assembled = this.assembler.assemble(block);
			problems.addAll(assembled.problems());
			Project project = assembled.project();
			if (project != null && projects.put(project.nameKey(), project) != null) {
				problems.add(Problem.of(ProblemType.UNREADABLE_FORM, project.source(), project.name(),
						"同じ事業名のブロックがファイル内に複数あります。後のブロックを読み込みました")
					.forProject(project.name()));
			}
		});
		try {
			readerFor(format).read(file.path(), file.name(), form);
		}
		catch (UnreadableSubmissionException ex) {
			return ParsedSubmission.unreadable(file, format.name(), ex.reason());
		}
		if (projects.isEmpty()) {
			return ParsedSubmission.unreadable(file, format.name(), "no roadmap form (no block with 事業名) in the file");
		}
		return new ParsedSubmission(file, format.name(), List.copyOf(projects.values()), problems, null);
	}

	private static SubmissionReader readerFor(SubmissionFormat format) {
		return switch (format) {
			case XLSX -> new XlsxSubmissionReader();
			case XLS -> new XlsSubmissionReader();
			default -> new TextExportReader();
		};
	}

}
