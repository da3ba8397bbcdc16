package org.roadmapetl.inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.roadmapetl.submission.Names;
import org.roadmapetl.submission.Reason;

/**
 * Sets unreadable files aside: moves them into the quarantine folder beside the inbox
 * (never deletes them) with a {@code .reason.txt} beside each, so IT can see at a glance
 * what was wrong and put a fixed file back. A name too long to take the suffix gets a
 * shortened, unique reason file name.
 */
public final class Quarantine {

	/** Bytes of a file name most file systems allow. */
	private static final int MAX_NAME_BYTES = 255;

	private static final String REASON_SUFFIX = ".reason.txt";

	private final Path folder;

	Quarantine(Path folder) {
		this.folder = folder;
	}

	/**
	 * The quarantine folder beside an inbox: {@code /srv/roadmap/inbox} →
	 * {@code /srv/roadmap/quarantine}.
	 */
	public static Quarantine besideInbox(Path inbox) {
		Path absolute = inbox.toAbsolutePath().normalize();
		Path parent = (absolute.getParent() != null) ? absolute.getParent() : absolute;
		return new Quarantine(parent.resolve("quarantine"));
	}

	public Path folder() {
		return this.folder;
	}

	/**
	 * Where a file went, and its reason file (null, with why, when that could not be
	 * written).
	 */
	public record Moved(Path file, Path reasonFile, String reasonFailure) {
	}

	/**
	 * Moves the file in. A name already taken gets a numbered suffix, nothing is
	 * replaced.
	 */
	public Moved setAside(Path file, String sentName, Reason reason) throws IOException {
		Files.createDirectories(this.folder);
		String name = file.getFileName().toString();
		Path target = this.folder.resolve(name);
		for (int n = 2; Files.exists(target); n++) {
			target = this.folder.resolve(numbered(name, n));
		}
		Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
		Path reasonFile = target.resolveSibling(reasonFileName(target.getFileName().toString()));
		try {
			Files.writeString(reasonFile, reasonText(sentName, reason), StandardCharsets.UTF_8);
			return new Moved(target, reasonFile, null);
		}
		catch (IOException ex) {
			return new Moved(target, null, ex.toString());
		}
	}

	/**
	 * The reason file's text: the file as the department sent it, then why, in Japanese
	 * and then in English.
	 */
	public static String reasonText(String sentName, Reason reason) {
		return "ファイル / File: " + Names.escape(sentName) + "\n理由: " + Names.escape(reason.japanese()) + "\nReason: "
				+ Names.escape(reason.english()) + "\n";
	}

	public static String reasonFileName(String name) {
		String plain = name + REASON_SUFFIX;
		if (plain.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
			return plain;
		}
		StringBuilder kept = new StringBuilder();
		for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
			String next = new String(Character.toChars(name.codePointAt(i)));
			if ((kept + next).getBytes(StandardCharsets.UTF_8).length > 120) {
				break;
			}
			kept.append(next);
		}
		return kept + "~" + shortHash(name) + REASON_SUFFIX;
	}

	private static String shortHash(String name) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String numbered(String name, int n) {
		int dot = name.lastIndexOf('.');
		String numbered = (dot > 0) ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
		return (numbered.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) ? numbered
				: shortHash(name) + "-" + n + ((dot > 0) ? name.substring(dot) : "");
	}

}
