package org.roadmapetl.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

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

	private final List<String> notes = new ArrayList<>();

	/**
	 * @param inbox where the department's files were loaded from; null when unknown (then
	 * only validated files are marked)
	 */
	public MarkedCopies(SubmissionParser parser, Path inbox) {
		this.parser = parser;
		this.inbox = inbox;
	}

	/** Why a file got no marked copy, for the person running the command. */
	public List<String> notes() {
		return List.copyOf(this.notes);
	}

	/**
	 * The marked copies of the department's latest submission; copies an earlier feedback
	 * wrote for the department are removed first, so none is left standing for a file
	 * that has none now.
	 */
	List<Path> writeFor(FeedbackSource source, int year, String department, Path folder) throws IOException {
		if (this.inbox == null) {
			return List.of();
		}
		removeEarlierCopies(folder, SafeFileNames.of(department));
		List<String[]> files = source.latestFiles(department);
		Set<String> names = new HashSet<>();
		List<Path> written = new ArrayList<>();
		for (String[] file : files) {
			String name = unique(names,
					SafeFileNames.of(department) + ((files.size() == 1) ? "" : "_" + SafeFileNames.of(file[0])));
			Path path = find(file[0], file[1], file[2]);
			if (path == null) {
				note(file[0] + " (" + department + "): no marked copy; the file is no longer in the inbox as it was "
						+ "loaded");
				continue;
			}
			writeOne(source, year, file[1], path, file[0], folder.resolve(name)).ifPresent(written::add);
		}
		return written;
	}

	/**
	 * validate's: the marked copy of each file validated beside {@code target} (the
	 * department workbook, never overwritten),
	 * {@code <file name without extension>_指摘入り.xlsx}, with the whole name where two
	 * files share a stem.
	 */
	List<Path> writeForFiles(FeedbackSource source, int year, List<Path> files, Path target) throws IOException {
		Set<String> names = new HashSet<>();
		names.add(target.getFileName().toString().toLowerCase(Locale.ROOT));
		Set<String> stems = new HashSet<>();
		Set<String> sharedStems = new HashSet<>();
		for (Path file : files) {
			if (!stems.add(stem(file.getFileName().toString()))) {
				sharedStems.add(stem(file.getFileName().toString()));
			}
		}
		List<Path> written = new ArrayList<>();
		for (Path file : files) {
			String fileName = file.getFileName().toString();
			String base = SafeFileNames.of(sharedStems.contains(stem(fileName)) ? fileName : stem(fileName));
			String name = unique(names, base);
			String checksum = InboxFiles.describe(file).checksum();
			writeOne(source, year, checksum, file, fileName, target.resolveSibling(name)).ifPresent(written::add);
		}
		return written;
	}

	/**
	 * {@code base_指摘入り.xlsx}, or {@code base (2)_指摘入り.xlsx} … where that name is taken
	 * (case ignored, as Windows shares do).
	 */
	private static String unique(Set<String> taken, String base) {
		String name = base + SUFFIX;
		for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
			name = base + " (" + n + ")" + SUFFIX;
		}
		return name;
	}

	private static void removeEarlierCopies(Path folder, String department) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		// by name, not a glob: a department's name may hold [ ] { } or *
		try (Stream<Path> entries = Files.list(folder)) {
			for (Path copy : entries.toList()) {
				String name = copy.getFileName().toString();
				if (!name.startsWith(department) || !name.endsWith(SUFFIX)
						|| name.length() < department.length() + SUFFIX.length()) {
					continue;
				}
				String middle = name.substring(department.length(), name.length() - SUFFIX.length());
				// the department's own (<department>_指摘入り.xlsx,
				// <department>_<file.ext>…),
				// not another department whose name begins the same way
				if (middle.isEmpty() || middle.startsWith("_") && middle.contains(".")) {
					Files.deleteIfExists(copy);
				}
			}
		}
	}

	private void note(String note) {
		logger.info(note);
		this.notes.add(note);
	}

	/**
	 * One file's copy; a file that cannot be read or written again is left without one
	 * and said in the log, and the other files and departments go on.
	 */
	private Optional<Path> writeOne(FeedbackSource source, int year, String checksum, Path file, String name,
			Path target) {
		try {
			return Optional.of(write(source, year, checksum, file, name, target));
		}
		catch (IOException | RuntimeException ex) {
			note(name + ": no marked copy; " + ex.getMessage());
			return Optional.empty();
		}
	}

	private Path write(FeedbackSource source, int year, String checksum, Path file, String name, Path target)
			throws IOException {
		CellMarks marks = new CellMarks();
		source.fileFindings(year, checksum, marks::add);
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
			try (Stream<Path> entries = Files.list(this.inbox)) {
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
