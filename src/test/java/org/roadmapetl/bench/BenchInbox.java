package org.roadmapetl.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic inbox: {@code files} submissions of {@code projectsPerFile} sample projects each, as workbooks
 * (one project per sheet) or as tab-separated text exports of the very same projects.
 *
 * @param folder the inbox
 * @param files the submissions written, oldest first
 * @param projects projects in all
 * @param initiativeYears initiative × year facts a load of the inbox makes
 * @param bytes the inbox's size on disk
 */
record BenchInbox(Path folder, List<Path> files, long projects, long initiativeYears, long bytes) {

	enum Kind {

		XLSX, TEXT

	}

	static BenchInbox write(Path folder, Kind kind, int files, int projectsPerFile) throws IOException {
		Files.createDirectories(folder);
		SampleProjects samples = SampleProjects.load();
		List<Path> written = new ArrayList<>(files);
		long initiativeYears = 0;
		long bytes = 0;
		for (int w = 1; w <= files; w++) {
			List<List<String[]>> projects = new ArrayList<>(projectsPerFile);
			for (int s = 1; s <= projectsPerFile; s++) {
				List<String[]> block = samples.project(w, s, projectsPerFile);
				initiativeYears += SampleProjects.initiativeYears(block);
				projects.add(block);
			}
			Path file = folder.resolve(String.format("roadmap-%05d.%s", w, (kind == Kind.XLSX) ? "xlsx" : "tsv"));
			if (kind == Kind.XLSX) {
				FormSheetXml.write(file, projects);
			}
			else {
				Files.writeString(file, textExport(projects), StandardCharsets.UTF_8);
			}
			bytes += Files.size(file);
			written.add(file);
		}
		return new BenchInbox(folder, List.copyOf(written), (long) files * projectsPerFile, initiativeYears, bytes);
	}

	/** The blocks as a department's text export: tab-separated lines, a blank line between projects. */
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
