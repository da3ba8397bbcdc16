package org.roadmapetl.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A yardstick from outside: {@code pandas.read_excel} (openpyxl) reading every sheet of
 * the same workbooks into data frames, in a {@code python3} of its own
 * ({@code BENCH_PYTHON}), timed inside Python after one warm-up file. It neither
 * normalises nor loads anything. Optional: where {@code python3} or pandas is missing the
 * figure is {@code null} (n/a).
 */
final class PandasReadExcel {

	/**
	 * pandas takes tens of milliseconds a workbook: an even sample of the inbox is enough
	 * for a rate
	 */
	static final int SAMPLE_FILES = 200;

	private static final long TIMEOUT_MINUTES = 20;

	private static final String SCRIPT = String.join("\n", "import sys, time", "import pandas",
			"files = [line.rstrip('\\n') for line in open(sys.argv[1], encoding='utf-8') if line.strip()]",
			"pandas.read_excel(files[0], sheet_name=None, header=None, engine='openpyxl')", "cells = 0",
			"start = time.perf_counter()", "for f in files:",
			"    for frame in pandas.read_excel(f, sheet_name=None, header=None, engine='openpyxl').values():",
			"        cells += int(frame.size)", "took = time.perf_counter() - start",
			"print('pandas %d %.6f %d %s' % (len(files), took, cells, pandas.__version__))", "");

	/**
	 * @param files how many workbooks were read
	 * @param seconds their time inside Python
	 * @param version pandas' version
	 */
	record Timing(int files, double seconds, String version) {

		double millisPerFile() {
			return this.seconds * 1000 / this.files;
		}

	}

	private PandasReadExcel() {
	}

	/**
	 * @return the timing, or {@code null} where python3 with pandas and openpyxl is not
	 * installed
	 */
	static Timing time(List<Path> workbooks, Path work) throws IOException, InterruptedException {
		Path script = work.resolve("pandas_read_excel.py");
		Path list = work.resolve("pandas_files.txt");
		Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
		Files.write(list, sample(workbooks).stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
		Process process;
		try {
			process = new ProcessBuilder(interpreter(), script.toString(), list.toString()).redirectErrorStream(true)
				.start();
		}
		catch (IOException ex) {
			return null;
		}
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			return null;
		}
		for (String line : new String(output, StandardCharsets.UTF_8).split("\n")) {
			String[] fields = line.strip().split(" ");
			if (process.exitValue() == 0 && fields.length == 5 && fields[0].equals("pandas")) {
				return new Timing(Integer.parseInt(fields[1]), Double.parseDouble(fields[2]), fields[4]);
			}
		}
		return null;
	}

	/**
	 * {@code BENCH_PYTHON} names the interpreter that has pandas where {@code python3} on
	 * the path does not.
	 */
	private static String interpreter() {
		String configured = System.getenv("BENCH_PYTHON");
		return (configured != null && !configured.isBlank()) ? configured : "python3";
	}

	private static List<Path> sample(List<Path> workbooks) {
		if (workbooks.size() <= SAMPLE_FILES) {
			return workbooks;
		}
		List<Path> sample = new ArrayList<>(SAMPLE_FILES);
		for (int i = 0; i < SAMPLE_FILES; i++) {
			sample.add(workbooks.get((int) ((long) i * workbooks.size() / SAMPLE_FILES)));
		}
		return sample;
	}

}
