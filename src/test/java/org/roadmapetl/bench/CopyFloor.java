package org.roadmapetl.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The least a load of the same facts must cost: one bare COPY of as many rows as the
 * run's initiative × year facts, six text columns of the sample's widths (project,
 * initiative, year, plan, actual, cell), into an UNLOGGED scratch table without keys or
 * indexes, in one transaction.
 */
final class CopyFloor {

	private static final int BUFFER_BYTES = 256 * 1024;

	private CopyFloor() {
	}

	/**
	 * @return nanoseconds for the COPY of {@code rows} rows
	 */
	static long copy(BenchDatabase database, long rows) throws SQLException, IOException {
		SampleProjects samples = SampleProjects.load();
		try (Connection connection = database.connect()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE UNLOGGED TABLE public.bench_copy_floor (project text, initiative text, "
						+ "fiscal_year text, plan_text text, actual_text text, source_location text)");
			}
			connection.setAutoCommit(false);
			long start = System.nanoTime();
			CopyIn copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY public.bench_copy_floor FROM STDIN");
			StringBuilder buffer = new StringBuilder(BUFFER_BYTES);
			long written = 0;
			for (int project = 1; written < rows; project++) {
				written += appendRows(buffer, samples.project(project, 1, 1), rows - written);
				if (buffer.length() >= BUFFER_BYTES / 4) {
					send(copy, buffer);
				}
			}
			send(copy, buffer);
			copy.endCopy();
			connection.commit();
			long took = System.nanoTime() - start;
			try (Statement statement = connection.createStatement()) {
				statement.execute("DROP TABLE public.bench_copy_floor");
			}
			connection.commit();
			return took;
		}
	}

	/** Five rows (R6–R10) for each initiative of the block, at most {@code limit}. */
	private static long appendRows(StringBuilder buffer, List<String[]> block, long limit) {
		String name = block.stream()
			.filter((fields) -> fields[0].strip().equals("事業名"))
			.map((fields) -> fields[1])
			.findFirst()
			.orElse("");
		long rows = 0;
		for (int line = 0; line < block.size() && rows < limit; line++) {
			if (!SampleProjects.isPlanOverActual(block, line)) {
				continue;
			}
			String[] plan = block.get(line);
			String[] actual = block.get(line + 1);
			for (int year = 0; year < 5 && rows < limit; year++) {
				buffer.append(name)
					.append('\t')
					.append(plan[0].strip())
					.append('\t')
					.append(2024 + year)
					.append('\t')
					.append(field(plan, 2 + year))
					.append('\t')
					.append(field(actual, 2 + year))
					.append('\t')
					.append("'01_事業'!")
					.append(FormSheetXml.column(3 + year))
					.append(line + 3)
					.append('\n');
				rows++;
			}
		}
		return rows;
	}

	private static String field(String[] fields, int index) {
		return (index < fields.length) ? fields[index].strip().replace("\\", "\\\\") : "";
	}

	private static void send(CopyIn copy, StringBuilder buffer) throws SQLException {
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		buffer.setLength(0);
	}

}
