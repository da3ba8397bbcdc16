package org.roadmapetl.bench;

import java.nio.file.Path;

/**
 * The benchmark's command line.
 *
 * @param workbooks files in the synthetic inbox
 * @param projects projects per file, one per sheet
 * @param text whether to bench the same projects as text exports too
 * @param keep whether to keep the databases and the inboxes
 * @param jar the job's jar, run as operators run it
 */
record BenchOptions(int workbooks, int projects, boolean text, boolean keep, Path jar) {

	static final String USAGE = "usage: jobs/bench [--workbooks 1000] [--projects 10] [--text] [--keep] "
			+ "[--jar target/roadmap-etl.jar]";

	static BenchOptions parse(String... args) {
		int workbooks = 1000;
		int projects = 10;
		boolean text = false;
		boolean keep = false;
		Path jar = Path.of("target", "roadmap-etl.jar");
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--workbooks" -> workbooks = positive(args, ++i);
				case "--projects" -> projects = positive(args, ++i);
				case "--text" -> text = true;
				case "--keep" -> keep = true;
				case "--jar" -> jar = Path.of(value(args, ++i));
				default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
			}
		}
		return new BenchOptions(workbooks, projects, text, keep, jar);
	}

	private static int positive(String[] args, int index) {
		String value = value(args, index);
		try {
			int number = Integer.parseInt(value);
			if (number > 0) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException(args[index - 1] + " takes a positive whole number, not '" + value + "'");
	}

	private static String value(String[] args, int index) {
		if (index >= args.length) {
			throw new IllegalArgumentException(args[index - 1] + " needs a value");
		}
		return args[index];
	}

}
