package org.roadmapetl.inbox;

import java.io.IOException;
import java.io.InputStream;
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

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.roadmapetl.normalise.CanonicalText;
import org.roadmapetl.project.SubmissionFile;
import org.roadmapetl.submission.Names;

/**
 * The files of an inbox that count as submissions, oldest first (so that of two
 * submissions of one project, the later one is loaded last and stays current), each
 * identified by the SHA-256 of its content. Every file is a candidate whatever its name —
 * its format is decided from its bytes, and one of no roadmap format is set aside with
 * its reason, never passed over — except hidden files and the lock and temporary files of
 * office suites. A subfolder of the inbox is a department's own: its files are listed too
 * and belong to that department.
 */
public final class InboxFiles {

	private static final Log logger = LogFactory.getLog(InboxFiles.class);

	/** Hidden system files Windows puts into shared folders. */
	private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini");

	private InboxFiles() {
	}

	public static List<Path> list(Path inbox) throws IOException {
		try (Stream<Path> files = Files.walk(inbox, 2)) {
			return files
				.filter((file) -> isSubmission(file)
						&& (file.getParent().equals(inbox) || departmentFolder(inbox, file) != null))
				.sorted(Comparator.comparing(InboxFiles::modified).thenComparing(Path::getFileName))
				.toList();
		}
	}

	/**
	 * The department whose subfolder of the inbox holds the file ({@code inbox/健康福祉部/…}),
	 * or null.
	 */
	public static String departmentFolder(Path inbox, Path file) {
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

	public static boolean isSubmission(Path file) {
		if (!Files.isRegularFile(file)) {
			return false;
		}
		if (isHiddenOrTemporary(file.getFileName().toString())) {
			logger.debug("skipped hidden or temporary file " + Names.escape(file.getFileName().toString()));
			return false;
		}
		return true;
	}

	/**
	 * Dot files (LibreOffice's {@code .~lock.x.ods#} among them), Office's
	 * {@code ~$x.xlsx} owner files, Thumbs.db.
	 */
	public static boolean isHiddenOrTemporary(String name) {
		return name.startsWith(".") || name.startsWith("~$") || SYSTEM_FILES.contains(name.toLowerCase(Locale.ROOT));
	}

	public static SubmissionFile describe(Path file) throws IOException {
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

	/**
	 * A file that vanished while the inbox was listed sorts last; the reader then passes
	 * it over.
	 */
	private static long modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toMillis();
		}
		catch (IOException ex) {
			return Long.MAX_VALUE;
		}
	}

}
