package org.roadmapetl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes small text exports for tests: project blocks in the form of the sample, years
 * R6–R10.
 */
public final class ExportBuilder {

	private final StringBuilder text = new StringBuilder();

	public ExportBuilder project(String name, String budget, String start, String end, String section) {
		return project(name, budget, start, end, "健康福祉部", section);
	}

	public ExportBuilder project(String name, String budget, String start, String end, String department,
			String section) {
		this.text.append("分野\t暮らし・まち分野\t項目\t医療・福祉\t担当部局\t")
			.append(department)
			.append("\t担当課等\t")
			.append(section)
			.append('\n');
		this.text.append("事業名\t")
			.append(name)
			.append("\tR6事業費(千円)\t")
			.append(budget)
			.append("\t重点枠事業\t将来対応分\t事業始期\t")
			.append(start)
			.append("\t事業終期\t")
			.append(end)
			.append('\n');
		this.text.append("概要\t試験用の事業\n\n取組\t\tR6\tR7\tR8\tR9\tR10\n");
		return this;
	}

	/** An initiative: five plan cells and five actual cells, R6 to R10 ("" for empty). */
	public ExportBuilder initiative(String name, String[] plans, String[] actuals) {
		this.text.append(name).append("\t計画\t").append(String.join("\t", plans)).append('\n');
		this.text.append("\t実績\t").append(String.join("\t", actuals)).append("\n");
		return this;
	}

	public ExportBuilder line(String line) {
		this.text.append(line).append('\n');
		return this;
	}

	public static String[] years(String r6, String r7, String r8, String r9, String r10) {
		return new String[] { r6, r7, r8, r9, r10 };
	}

	public static String[] none() {
		return years("", "", "", "", "");
	}

	/**
	 * The same projects drawn as an .xlsx workbook (see
	 * {@link FormWorkbooks#writeLines}).
	 */
	public Path writeWorkbook(Path file) throws IOException {
		java.util.List<String[]> lines = new java.util.ArrayList<>();
		for (String line : this.text.toString().split("\n", -1)) {
			lines.add(line.split("\t", -1));
		}
		return FormWorkbooks.writeLines(file, lines);
	}

	public Path write(Path file) throws IOException {
		Files.writeString(file, this.text.toString(), StandardCharsets.UTF_8);
		return file;
	}

}
