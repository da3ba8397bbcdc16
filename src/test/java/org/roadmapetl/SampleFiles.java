package org.roadmapetl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The tests' one sample fixture: the real submissions copied from the shared samples into
 * the test resources ({@code roadmap-export-sample.tsv}, {@code xlsx/…}, {@code xls/…})
 * and their expected content.
 */
public final class SampleFiles {

	/** The text export of the 13 sample projects. */
	public static final String EXPORT = "roadmap-export-sample.tsv";

	private SampleFiles() {
	}

	public static Path path(String name) {
		try {
			return Path.of(SampleFiles.class.getResource("/samples/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The text of the sample export (UTF-8). */
	public static String exportText() {
		try (InputStream in = SampleFiles.class.getResourceAsStream("/samples/" + EXPORT)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Copies the sample into {@code folder} under its own file name; returns the copy.
	 */
	public static Path copyInto(Path folder, String name) throws IOException {
		Path target = folder.resolve(Path.of(name).getFileName().toString());
		Files.copy(path(name), target, StandardCopyOption.REPLACE_EXISTING);
		return target;
	}

}
