package org.roadmapetl.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Every command line README.md shows is one the command line takes as written: a renamed
 * option or command in the code, or a mistyped one in the README, fails here. (What the
 * commands do is the other tests'.)
 */
class ReadmeCommandsTests {

	private static final Pattern COMMAND = Pattern.compile("(?m)^    jobs/roadmap-etl ([^#\\n]*?)\\s*(#.*)?$");

	@TempDir
	Path folder;

	@Test
	void everyCommandOfTheReadmeParses() throws Exception {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		Matcher matcher = COMMAND.matcher(readme);
		List<String> commands = new ArrayList<>();
		while (matcher.find()) {
			commands.add(matcher.group(1));
		}
		assertThat(commands).as("the README's commands").hasSizeGreaterThan(12);
		CommandLineParser parser = new CommandLineParser(this.folder, "0 0 2 * * *");
		for (String command : commands) {
			String[] args = command.split("\\s+");
			for (int i = 0; i < args.length; i++) {
				// the files it names are the reader's: here they are empty files of the
				// test's own
				if (args[i].matches(".*\\.(xlsx|tsv)") && !command.startsWith("export-roadmap")
						&& !(i > 0 && args[i - 1].equals("--feedback"))) {
					Path file = this.folder.resolve(Path.of(args[i]).getFileName());
					if (!Files.exists(file)) {
						Files.createFile(file);
					}
					args[i] = file.toString();
				}
				else if (args[i].startsWith("/")) {
					args[i] = Files.createDirectories(this.folder.resolve(Path.of(args[i]).getFileName())).toString();
				}
			}
			assertThatNoException().as(command).isThrownBy(() -> parser.parse(args));
		}
	}

}
