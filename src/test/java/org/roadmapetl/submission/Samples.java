package org.roadmapetl.submission;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The sample submissions copied from the shared samples into the test resources. */
final class Samples {

	private Samples() {
	}

	static Path path(String name) {
		try {
			return Path.of(Samples.class.getResource("/samples/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
