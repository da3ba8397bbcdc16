package org.roadmapetl.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Sets unreadable files aside: moves them into the quarantine folder beside the inbox (never deletes them) with a
 * {@code .reason.txt} beside each, so IT can see at a glance what was wrong and put a fixed file back.
 */
public final class Quarantine {

	private final Path folder;

	public Quarantine(Path folder) {
		this.folder = folder;
	}

	/** The quarantine folder beside an inbox: {@code /srv/roadmap/inbox} → {@code /srv/roadmap/quarantine}. */
	public static Quarantine besideInbox(Path inbox) {
		Path absolute = inbox.toAbsolutePath().normalize();
		Path parent = (absolute.getParent() != null) ? absolute.getParent() : absolute;
		return new Quarantine(parent.resolve("quarantine"));
	}

	public Path folder() {
		return this.folder;
	}

	/** Moves the file in; returns where it went. A name already taken gets a numbered suffix, nothing is replaced. */
	public Path setAside(Path file, String reason) throws IOException {
		Files.createDirectories(this.folder);
		String name = file.getFileName().toString();
		Path target = this.folder.resolve(name);
		for (int n = 2; Files.exists(target); n++) {
			target = this.folder.resolve(numbered(name, n));
		}
		Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
		Files.writeString(target.resolveSibling(target.getFileName() + ".reason.txt"), reason + "\n",
				StandardCharsets.UTF_8);
		return target;
	}

	private static String numbered(String name, int n) {
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
	}

}
