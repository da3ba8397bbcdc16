package org.roadmapetl.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A synthetic inbox: {@code files} submissions of {@code projectsPerFile} sample projects
 * each, as workbooks (one project per sheet; hand-zipped, or as a spreadsheet program
 * writes them) or as tab-separated text exports of the very same projects.
 *
 * @param folder the inbox
 * @param files the submissions written, oldest first
 * @param projects projects in all
 * @param initiativeYears initiative × year facts a load of the inbox makes
 * @param bytes the inbox's size on disk
 */
record BenchInbox(Path folder, List<Path> files, long projects, long initiativeYears, long bytes) {

	enum Kind {

		/**
		 * hand-zipped workbooks: inline strings, a minimal styles part
		 * ({@link FormSheetXml})
		 */
		XLSX("xlsx", "xlsx"),
		/**
		 * workbooks as a spreadsheet program writes them: POI's XSSF writer
		 * ({@link SpreadsheetFormWorkbook})
		 */
		SPREADSHEET("spreadsheet", "xlsx"),
		/** the same projects as tab-separated text exports */
		TEXT("text", "tsv");

		final String label;

		final String extension;

		Kind(String label, String extension) {
			this.label = label;
			this.extension = extension;
		}

		boolean workbook() {
			return this != TEXT;
		}

	}

	static BenchInbox write(Path folder, Kind kind, int files, int projectsPerFile) throws IOException {
		Files.createDirectories(folder);
		SampleProjects samples = SampleProjects.load();
		List<Path> written = new ArrayList<>(files);
		long initiativeYears = 0;
		for (int w = 1; w <= files; w++) {
			for (int s = 1; s <= projectsPerFile; s++) {
				initiativeYears += SampleProjects.initiativeYears(samples.project(w, s, projectsPerFile));
			}
			written.add(folder.resolve(String.format("roadmap-%05d.%s", w, kind.extension)));
		}
		// both cores write: POI's writer takes longer per workbook than the job takes to
		// read it
		long bytes = IntStream.rangeClosed(1, files).parallel().mapToLong((w) -> {
			List<List<String[]>> projects = new ArrayList<>(projectsPerFile);
			for (int s = 1; s <= projectsPerFile; s++) {
				projects.add(samples.project(w, s, projectsPerFile));
			}
			Path file = written.get(w - 1);
			try {
				switch (kind) {
					case XLSX -> FormSheetXml.write(file, projects);
					case SPREADSHEET -> SpreadsheetFormWorkbook.write(file, projects);
					case TEXT -> Files.writeString(file, textExport(projects), StandardCharsets.UTF_8);
				}
				return Files.size(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).sum();
		return new BenchInbox(folder, List.copyOf(written), (long) files * projectsPerFile, initiativeYears, bytes);
	}

	/**
	 * The blocks as a department's text export: tab-separated lines, a blank line between
	 * projects.
	 */
	static String textExport(List<List<String[]>> projects) {
		StringBuilder text = new StringBuilder();
		for (List<String[]> block : projects) {
			for (String[] fields : block) {
				text.append(String.join("\t", fields)).append('\n');
			}
			text.append('\n');
		}
		return text.toString();
	}

	double mebibytes() {
		return this.bytes / (1024.0 * 1024.0);
	}

}
