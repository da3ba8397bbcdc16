package org.roadmapetl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Inboxes of many text exports: the sample's projects again and again, each file's
 * project names made unique.
 */
public final class SyntheticInbox {

	private SyntheticInbox() {
	}

	/**
	 * Writes {@code files} exports of the sample's 13 projects into {@code inbox};
	 * returns the number of projects.
	 */
	public static int write(Path inbox, int files) throws IOException {
		Files.createDirectories(inbox);
		String sample = SampleFiles.exportText();
		for (int i = 1; i <= files; i++) {
			String unique = sample.replaceAll("(?m)^事業名\\t([^\\t]+)", "事業名\t$1 第" + i + "版");
			Files.writeString(inbox.resolve(String.format("export-%05d.tsv", i)), unique, StandardCharsets.UTF_8);
		}
		return files * 13;
	}

}
