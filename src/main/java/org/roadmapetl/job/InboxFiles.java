package org.roadmapetl.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.roadmapetl.normalise.CanonicalText;
import org.roadmapetl.project.SubmissionFile;

/**
 * The files of an inbox that count as submissions, oldest first (so that of two submissions of one project,
 * the later one is loaded last and stays current), each identified by the SHA-256 of its content. A subfolder of
 * the inbox is a department's own ({@code inbox/健康福祉部/…}): its files are listed too and belong to it.
 */
final class InboxFiles {

	private static final Set<String> SUBMISSION_EXTENSIONS = Set.of("tsv", "txt", "xlsx", "xlsm", "xls");

	private InboxFiles() {
	}

	static List<Path> list(Path inbox) throws IOException {
		try (Stream<Path> files = Files.walk(inbox, 2)) {
			return files.filter((file) -> isSubmission(file) && (file.getParent().equals(inbox)
					|| departmentFolder(inbox, file) != null))
				.sorted(Comparator.comparing(InboxFiles::modified).thenComparing(Path::getFileName))
				.toList();
		}
	}

	/** The department whose subfolder of the inbox holds the file, or null for a file elsewhere. */
	static String departmentFolder(Path inbox, Path file) {
		if (inbox == null) {
			return null;
		}
		Path folder = file.toAbsolutePath().normalize().getParent();
		if (folder == null || !inbox.toAbsolutePath().normalize().equals(folder.getParent())) {
			return null;
		}
		String name = folder.getFileName().toString();
		return name.startsWith(".") ? null : CanonicalText.of(name);
	}

	static boolean isSubmission(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return !name.startsWith(".") && !name.startsWith("~$") && dot > 0 && Files.isRegularFile(file)
				&& SUBMISSION_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	static SubmissionFile describe(Path file) throws IOException {
		MessageDigest sha256;
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		long size = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				size += n;
			}
		}
		return new SubmissionFile(file, file.getFileName().toString(), HexFormat.of().formatHex(sha256.digest()), size);
	}

	private static long modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toMillis();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
