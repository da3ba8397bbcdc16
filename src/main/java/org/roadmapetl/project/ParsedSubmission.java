package org.roadmapetl.project;

import java.util.List;

import org.roadmapetl.form.SkippedSheet;

/**
 * A submission read and normalised: its projects and problems, or, when the file could
 * not be read at all, the reason it is set aside.
 */
public record ParsedSubmission(SubmissionFile file, String format, List<Project> projects, List<Problem> problems,
		String unreadableReason, List<SkippedSheet> skippedSheets) {

	public ParsedSubmission(SubmissionFile file, String format, List<Project> projects, List<Problem> problems,
			String unreadableReason) {
		this(file, format, projects, problems, unreadableReason, List.of());
	}

	public static ParsedSubmission unreadable(SubmissionFile file, String format, String reason) {
		return new ParsedSubmission(file, format, List.of(), List.of(), reason);
	}

	public boolean isUnreadable() {
		return this.unreadableReason != null;
	}

}
