package org.roadmapetl.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.roadmapetl.inbox.InboxFiles;
import org.roadmapetl.project.SubmissionParser;
import org.roadmapetl.submission.SubmissionFormat;

/**
 * 赤ペン: a department's own files with every open finding marked at its cell, written as
 * {@code <department>_指摘入り.xlsx} beside its feedback workbook. A department's own .xlsx
 * is marked in place ({@link MarkedWorkbook}); any other form is drawn as .xlsx from what
 * was read ({@link DrawnSubmission}). The file is taken from the inbox only while it is
 * the one that was loaded (same SHA-256); a file gone or changed since gets no copy.
 */
public final class MarkedCopies {

	static final String SUFFIX = "_指摘入り.xlsx";

	private static final Log logger = LogFactory.getLog(MarkedCopies.class);

	private final SubmissionParser parser;

	private final Path inbox;

	/**
	 * @param inbox where the department's files were loaded from; null when unknown (then
	 * only validated files are marked)
	 */
	public MarkedCopies(SubmissionParser parser, Path inbox) {
		this.parser = parser;
		this.inbox = inbox;
	}

	/** The marked copies of the department's latest submission. */
	List<Path> writeFor(FeedbackSource source, int year, String department, Path folder) throws IOException {
		if (this.inbox == null) {
			return List.of();
		}
		List<String[]> files = source.latestFiles(department);
		List<Path> written = new ArrayList<>();
		for (String[] file : files) {
			Path path = find(file[0], file[1], file[2]);
			if (path == null) {
				logger.info("No marked copy of " + file[0] + " for " + department
						+ ": the file is no longer in the inbox as it was loaded");
				continue;
			}
			String name = SafeFileNames.of(department) + ((files.size() == 1) ? "" : "_" + SafeFileNames.of(file[0]))
					+ SUFFIX;
			writeOne(source, year, department, path, file[0], folder.resolve(name)).ifPresent(written::add);
		}
		return written;
	}

	/**
	 * validate's: the marked copy of each file validated,
	 * {@code <file name without extension>_指摘入り.xlsx} in {@code folder}.
	 */
	List<Path> writeForFiles(FeedbackSource source, int year, List<Path> files, Path folder) throws IOException {
		List<Path> written = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			writeOne(source, year, null, file, name, folder.resolve(SafeFileNames.of(stem(name)) + SUFFIX))
				.ifPresent(written::add);
		}
		return written;
	}

	/**
	 * One file's copy; a file that cannot be read or written again is left without one
	 * and said in the log, and the other files and departments go on.
	 */
	private java.util.Optional<Path> writeOne(FeedbackSource source, int year, String department, Path file,
			String name, Path target) {
		try {
			return java.util.Optional.of(write(source, year, department, file, name, target));
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("No marked copy of " + name + ": " + ex.getMessage());
			return java.util.Optional.empty();
		}
	}

	private Path write(FeedbackSource source, int year, String department, Path file, String name, Path target)
			throws IOException {
		CellMarks marks = new CellMarks();
		source.findings(year, department, (finding) -> {
			if (name.equals(finding.sourceFile())) {
				marks.add(finding);
			}
		});
		SubmissionFormat format = SubmissionFormat.detect(file);
		boolean inPlace = format == SubmissionFormat.XLSX && MarkedWorkbook.fitsInMemory(file)
				&& MarkedWorkbook.write(file, marks, target);
		if (!inPlace) {
			try (DrawnSubmission drawn = new DrawnSubmission(marks, stem(name))) {
				this.parser.readRows(file, name, drawn);
				drawn.writeTo(target);
			}
		}
		logger.info("Marked " + marks.count() + " cell(s) of " + name + " in " + target.getFileName()
				+ ((marks.unlocated() > 0) ? " (" + marks.unlocated() + " finding(s) name no cell)" : ""));
		return target;
	}

	/**
	 * The file in the inbox, or in the department's folder of it, while it is unchanged.
	 */
	private Path find(String name, String checksum, String departmentFolder) throws IOException {
		List<Path> folders = new ArrayList<>();
		if (departmentFolder == null) {
			folders.add(this.inbox);
		}
		else if (Files.isDirectory(this.inbox)) {
			try (java.util.stream.Stream<Path> entries = Files.list(this.inbox)) {
				entries.filter(Files::isDirectory)
					.filter((folder) -> departmentFolder
						.equals(InboxFiles.departmentFolder(this.inbox, folder.resolve(name))))
					.forEach(folders::add);
			}
		}
		for (Path folder : folders) {
			Path file = folder.resolve(name);
			if (file.getParent().equals(folder) && Files.isRegularFile(file)
					&& InboxFiles.describe(file).checksum().equals(checksum)) {
				return file;
			}
		}
		return null;
	}

	private static String stem(String name) {
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

}
