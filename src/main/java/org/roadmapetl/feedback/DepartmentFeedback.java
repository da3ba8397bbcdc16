package org.roadmapetl.feedback;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code feedback}: one workbook (or CSV) per department of the findings of a reporting
 * year, written to the feedback folder as one file named after the department, with the
 * department's own files marked in red beside it ({@link MarkedCopies}). Reads the report
 * views; the only thing it records is when each department's feedback was written, so
 * that the next one can say what is new and what was resolved since.
 */
public final class DepartmentFeedback {

	/** The file form of the feedback. */
	public enum Format {

		XLSX, CSV

	}

	private final Connection connection;

	private final FeedbackSource source;

	private final MarkedCopies marked;

	/**
	 * @param tables maps the report views' names to the ones to read (identity for the
	 * warehouse itself)
	 * @param marked writes each department's own files marked in red beside its workbook;
	 * null for none
	 */
	public DepartmentFeedback(Connection connection, UnaryOperator<String> tables, MarkedCopies marked) {
		this.connection = connection;
		this.source = new FeedbackSource(connection, tables);
		this.marked = marked;
	}

	/**
	 * Writes the feedback of every department (or of {@code onlyDepartment}) and records
	 * it as delivered.
	 * @return the files written
	 */
	public List<Path> writeAll(Path folder, int year, String onlyDepartment, Format format)
			throws IOException, SQLException {
		List<String> departments = (onlyDepartment != null) ? List.of(onlyDepartment) : this.source.departments(year);
		List<Path> written = new ArrayList<>();
		boolean autoCommit = this.connection.getAutoCommit();
		this.connection.setAutoCommit(false);
		try {
			for (String department : departments) {
				String name = SafeFileNames.of(department) + ((format == Format.CSV) ? ".csv" : ".xlsx");
				Path target = folder.resolve(name);
				OffsetDateTime since = this.source.lastDelivery(year, department);
				if (format == Format.CSV) {
					DepartmentCsv.write(target, this.source, year, department);
				}
				else {
					new DepartmentWorkbook(this.source).write(target, year, department, department, since);
				}
				this.source.recordDelivery(year, department);
				written.add(target);
				if (format == Format.XLSX && this.marked != null) {
					this.marked.writeFor(this.source, year, department, folder);
				}
			}
			this.connection.commit();
		}
		finally {
			if (!this.connection.getAutoCommit()) {
				this.connection.rollback();
			}
			this.connection.setAutoCommit(autoCommit);
		}
		return written;
	}

	/**
	 * validate's {@code --feedback}: the workbook of the findings the source holds, one
	 * per department — {@code target} itself for one department, else
	 * {@code <name>_<department>.xlsx} beside it for each — and beside them each
	 * validated file marked in red; records nothing.
	 * @return the files written
	 */
	public List<Path> writeEach(Path target, int year, List<String> departments, List<Path> files) throws IOException {
		List<Path> written = new ArrayList<>(writeWorkbooks(target, year, departments));
		if (this.marked != null) {
			written.addAll(this.marked.writeForFiles(this.source, year, files, target.toAbsolutePath()));
		}
		return written;
	}

	private List<Path> writeWorkbooks(Path target, int year, List<String> departments) throws IOException {
		if (departments.size() <= 1) {
			String department = departments.isEmpty() ? null : departments.get(0);
			new DepartmentWorkbook(this.source).write(target, year, department,
					(department != null) ? department : "検証したファイル", null);
			return List.of(target);
		}
		String name = target.getFileName().toString();
		String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? name.substring(0, name.length() - 5)
				: name;
		List<Path> written = new ArrayList<>();
		for (String department : departments) {
			Path each = target.resolveSibling(stem + "_" + SafeFileNames.of(department) + ".xlsx");
			new DepartmentWorkbook(this.source).write(each, year, department, department, null);
			written.add(each);
		}
		return written;
	}

}
