package org.roadmapetl.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmark's command line.
 *
 * @param workbooks files in the synthetic inbox
 * @param projects projects per file, one per sheet
 * @param corpora the kinds of inbox to bench, in turn: by default both kinds of workbook
 * @param keep whether to keep the databases and the inboxes
 * @param jar the plain jar to run with {@code java -jar} ({@code --plain-jar}), or
 * {@code null}: run as operators run it, through {@code jobs/roadmap-etl} (the extracted
 * jar and its class-data-sharing archive)
 */
record BenchOptions(int workbooks, int projects, List<BenchInbox.Kind> corpora, boolean keep, Path jar) {

	static final String USAGE = "usage: jobs/bench [--workbooks 1000] [--projects 10] "
			+ "[--corpus xlsx|spreadsheet|text]… [--text] [--keep] [--plain-jar]";

	static final Path JAR = Path.of("target", "roadmap-etl.jar");

	static BenchOptions parse(String... args) {
		int workbooks = 1000;
		int projects = 10;
		Set<BenchInbox.Kind> corpora = new LinkedHashSet<>();
		boolean text = false;
		boolean keep = false;
		Path jar = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--workbooks" -> workbooks = positive(args, ++i);
				case "--projects" -> projects = positive(args, ++i);
				case "--corpus" -> corpora.add(kind(args, ++i));
				case "--text" -> text = true;
				case "--keep" -> keep = true;
				case "--plain-jar" -> jar = JAR;
				default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
			}
		}
		if (corpora.isEmpty()) {
			corpora.add(BenchInbox.Kind.XLSX);
			corpora.add(BenchInbox.Kind.SPREADSHEET);
		}
		if (text) {
			corpora.add(BenchInbox.Kind.TEXT);
		}
		return new BenchOptions(workbooks, projects, List.copyOf(new ArrayList<>(corpora)), keep, jar);
	}

	private static BenchInbox.Kind kind(String[] args, int index) {
		String value = value(args, index);
		for (BenchInbox.Kind kind : BenchInbox.Kind.values()) {
			if (kind.label.equals(value)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("--corpus takes xlsx, spreadsheet or text, not '" + value + "'");
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
