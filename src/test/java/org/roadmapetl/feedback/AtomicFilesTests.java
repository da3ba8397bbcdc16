package org.roadmapetl.feedback;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the product writes for departments is created under the process's umask, as any
 * new file is.
 */
class AtomicFilesTests {

	@TempDir
	Path folder;

	@Test
	void aFileWrittenInPlaceHasThePermissionsOfAnyNewFileOfTheProcess() throws Exception {
		Path reference = this.folder.resolve("reference.txt");
		try (OutputStream out = Files.newOutputStream(reference)) {
			out.write(1);
		}
		Path written = this.folder.resolve("教育庁.xlsx");

		AtomicFiles.write(written, (out) -> out.write("content".getBytes(StandardCharsets.UTF_8)));

		assertThat(Files.readString(written)).isEqualTo("content");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written)))
			.isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(reference)));
		try (var files = Files.list(this.folder)) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactlyInAnyOrder("reference.txt",
					"教育庁.xlsx");
		}
	}

	@Test
	void underUmask022TheFeedbackFilesAreReadableByAll() throws Exception {
		// a child shell with umask 022 writes through the same class: the JVM cannot
		// change its own umask
		Path written = this.folder.resolve("病院局.xlsx");
		String classPath = System.getProperty("java.class.path");
		Process process = new ProcessBuilder("bash", "-c", "umask 022 && exec \"$0\" -cp \"$1\" \"$2\" \"$3\"",
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), classPath, WriteOne.class.getName(),
				written.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written))).isEqualTo("rw-r--r--");
	}

	/**
	 * The child's entry: writes its argument's file as the product writes every document.
	 */
	static final class WriteOne {

		public static void main(String[] args) throws Exception {
			AtomicFiles.write(Path.of(args[0]), (out) -> out.write('x'));
		}

	}

}
