package org.roadmapetl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Seeded mutants of the sample submissions: bytes changed, inserted and cut inside the
 * XML parts of an .xlsx (the zip around them kept valid), inside the streams of an .xls
 * (past its header), and in a text export.
 */
public final class Mutants {

	private final Random random;

	public Mutants(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * Writes {@code count} mutants of each sample kind into {@code folder}; returns them.
	 */
	public List<Path> write(Path folder, int xlsx, int xls, int text) throws IOException {
		List<Path> samples = OddFiles.copySamplesInto(Files.createDirectories(folder.resolve(".samples")));
		List<Path> written = new ArrayList<>();
		int n = 0;
		for (int i = 0; i < xlsx + xls + text; i++) {
			String kind = (i < xlsx) ? ".xlsx" : (i < xlsx + xls) ? ".xls" : ".tsv";
			List<Path> sources = samples.stream().filter((sample) -> sample.toString().endsWith(kind)).toList();
			Path source = sources.get(this.random.nextInt(sources.size()));
			byte[] bytes = Files.readAllBytes(source);
			byte[] mutated = kind.equals(".xlsx") ? mutateXmlParts(bytes)
					: mutate(bytes, kind.equals(".xls") ? 512 : 0);
			Path mutant = folder.resolve(String.format("mutant-%03d%s", ++n, kind));
			Files.write(mutant, mutated);
			written.add(mutant);
		}
		return written;
	}

	private byte[] mutateXmlParts(byte[] xlsx) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length + 1024);
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
					names.add(entry.getName());
				}
			}
		}
		String target = names.get(this.random.nextInt(names.size()));
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = readAll(in);
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(entry.getName().equals(target) ? mutate(content, 0) : content);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	/**
	 * One to three edits: a byte changed, a few random bytes inserted, or a run of bytes
	 * cut.
	 */
	private byte[] mutate(byte[] bytes, int from) {
		byte[] result = bytes;
		int edits = 1 + this.random.nextInt(3);
		for (int e = 0; e < edits && result.length > from + 1; e++) {
			int at = from + this.random.nextInt(result.length - from);
			switch (this.random.nextInt(3)) {
				case 0 -> {
					result = result.clone();
					result[at] = (byte) this.random.nextInt(256);
				}
				case 1 -> {
					byte[] inserted = new byte[1 + this.random.nextInt(16)];
					this.random.nextBytes(inserted);
					byte[] grown = new byte[result.length + inserted.length];
					System.arraycopy(result, 0, grown, 0, at);
					System.arraycopy(inserted, 0, grown, at, inserted.length);
					System.arraycopy(result, at, grown, at + inserted.length, result.length - at);
					result = grown;
				}
				default -> {
					int cut = Math.min(result.length - at, 1 + this.random.nextInt(64));
					byte[] shrunk = Arrays.copyOf(result, result.length - cut);
					System.arraycopy(result, at + cut, shrunk, at, result.length - at - cut);
					result = shrunk;
				}
			}
		}
		return result;
	}

	private static byte[] readAll(InputStream in) throws IOException {
		return in.readAllBytes();
	}

}
