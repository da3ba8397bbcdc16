package org.roadmapetl.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A quick first pass over a worksheet's XML that keeps only its merged ranges. They are written after
 * {@code sheetData}, but the cells they hide must be known while the rows stream past.
 * <p>
 * Excel empties the hidden cells of a merge, but other writers need not: POI, and the libraries built on
 * it, keep whatever the hidden cells held, and the form must not read such text twice. Hand-written for speed:
 * the pass only inflates the sheet (through POI's zip guard, as the SAX pass does) and looks for the bytes
 * {@code mergeCell} at the name of a tag — in well-formed sheet XML a raw {@code <} only opens a tag, text holds it
 * as {@code &lt;} — instead of tokenising the whole sheet a second time, which cost as much as the real parse.
 * A sheet of up to {@link #HELD_BYTES} is kept as it was inflated, so that the SAX pass reads it without inflating
 * it again; a larger one streams twice, so memory never grows with the sheet.
 */
final class MergeCellsScan {

	/** The most of one sheet's XML kept for the SAX pass: forms are a few hundred KiB at most. */
	static final int HELD_BYTES = 4 * 1024 * 1024;

	private static final byte[] ELEMENT = "mergeCell".getBytes(StandardCharsets.US_ASCII);

	/** The longest tag the scan must see whole; a longer one (not a merge a spreadsheet writes) is not read. */
	private static final int LONGEST_TAG = 512;

	/** The longest namespace prefix read before {@code mergeCell}, with its {@code </} and {@code :}. */
	private static final int LONGEST_PREFIX = 19;

	private static final int BUFFER = 64 * 1024;

	/**
	 * @param merged the sheet's merged ranges
	 * @param held the sheet's XML as inflated, or {@code null} when it was larger than {@link #HELD_BYTES}
	 */
	record Scanned(MergedAreas merged, byte[] held) {

		/** The sheet's XML again: the bytes held, or else what {@code reopen} opens. */
		InputStream xml(SheetSource reopen) throws IOException {
			return (this.held != null) ? new ByteArrayInputStream(this.held) : reopen.open();
		}

	}

	/** Opens a sheet's XML once more, inflating it again. */
	@FunctionalInterface
	interface SheetSource {

		InputStream open() throws IOException;

	}

	private MergeCellsScan() {
	}

	/**
	 * The merges of a sheet, keeping its bytes when it has at most {@code holdAtMost} of them.
	 * @throws UnreadableSubmissionException.OverLimit past {@code limits.merges()} merged ranges
	 */
	static Scanned scan(InputStream sheetXml, int holdAtMost, ReadLimits limits, String file, String sheet)
			throws IOException {
		Ranges ranges = new Ranges(limits.merges(), file, sheet);
		byte[] start = sheetXml.readNBytes(holdAtMost + 1);
		if (start.length <= holdAtMost) {
			scan(start, 0, start.length, start.length, ranges);
			return new Scanned(ranges.merges(), start);
		}
		return new Scanned(stream(new SequenceInputStream(new ByteArrayInputStream(start), sheetXml), ranges), null);
	}

	/** The ranges found so far, at most a limit of them: a sheet of nothing but merges must not fill the heap. */
	private static final class Ranges {

		private final List<CellRangeAddress> found = new ArrayList<>();

		private final int most;

		private final String file;

		private final String sheet;

		Ranges(int most, String file, String sheet) {
			this.most = most;
			this.file = file;
			this.sheet = sheet;
		}

		void add(String ref) {
			if (this.found.size() >= this.most) {
				throw new UnreadableSubmissionException.OverLimit(this.file, "sheet '" + this.sheet + "' has more than "
						+ this.most + " merged ranges (roadmap.limits.merges, environment ROADMAP_LIMITS_MERGES)", null);
			}
			this.found.add(CellRangeAddress.valueOf(ref));
		}

		MergedAreas merges() {
			return this.found.isEmpty() ? MergedAreas.NONE : new MergedAreas(this.found);
		}

	}

	private static MergedAreas stream(InputStream sheetXml, Ranges ranges) throws IOException {
		byte[] buffer = new byte[BUFFER + LONGEST_TAG];
		int length = 0;
		int from = 0;
		while (true) {
			int read = sheetXml.read(buffer, length, buffer.length - length);
			boolean last = read < 0;
			if (!last) {
				length += read;
				if (length < buffer.length) {
					continue;
				}
			}
			// scan up to where a tag might still be cut off, unless the sheet has ended
			int scanEnd = last ? length : length - LONGEST_TAG;
			if (scan(buffer, from, scanEnd, length, ranges) || last) {
				break;
			}
			// keep what a tag found next may still look back on
			int keep = scanEnd - LONGEST_PREFIX;
			System.arraycopy(buffer, keep, buffer, 0, length - keep);
			length -= keep;
			from = LONGEST_PREFIX;
		}
		return ranges.merges();
	}

	/**
	 * Finds {@code mergeCell} where it starts at {@code from} up to {@code scanEnd}; a tag's bytes may go on to
	 * {@code length}, its {@code <} and prefix may lie up to {@link #LONGEST_PREFIX} bytes before.
	 * @return whether {@code </mergeCells>} was passed
	 */
	private static boolean scan(byte[] bytes, int from, int scanEnd, int length, Ranges ranges) {
		for (int i = from; i < scanEnd; i++) {
			// 'm' is rare in sheet markup: tags and attributes are c, r, s, t, v, row, is; text is mostly not ASCII
			if (bytes[i] != 'm' || !startsWith(bytes, length, i, ELEMENT)) {
				continue;
			}
			int open = tagOpening(bytes, i);
			if (open < 0) {
				continue;
			}
			boolean closing = bytes[open + 1] == '/';
			int after = i + ELEMENT.length;
			if (closing && after < length && bytes[after] == 's') {
				return true;
			}
			if (!closing && after < length && isSpace(bytes[after])) {
				String ref = ref(bytes, after, length);
				if (ref != null && ref.indexOf(':') > 0) {
					ranges.add(ref);
				}
			}
		}
		return false;
	}

	/** Where the {@code <} of a tag named at {@code name} ({@code <n}, {@code </n}, {@code <p:n}) is, or -1. */
	private static int tagOpening(byte[] bytes, int name) {
		int at = name - 1;
		if (at >= 0 && bytes[at] == ':') {
			at--;
			// the prefix's first byte: after '<', '/', and before ':' (LONGEST_PREFIX counts all three)
			int prefixStart = Math.max(0, name - LONGEST_PREFIX + 2);
			while (at >= prefixStart && bytes[at] != '<' && bytes[at] != '/' && isNameByte(bytes[at])) {
				at--;
			}
			if (at == name - 2) {
				return -1;
			}
		}
		if (at >= 1 && bytes[at] == '/' && bytes[at - 1] == '<') {
			return at - 1;
		}
		return (at >= 0 && bytes[at] == '<') ? at : -1;
	}

	/** A byte of an XML name: ASCII letters, digits, {@code _ - .}, and any byte of a non-ASCII character. */
	private static boolean isNameByte(byte b) {
		return b < 0 || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_'
				|| b == '-' || b == '.';
	}

	/** The value of the {@code ref} attribute of the tag that goes on at {@code from}, up to its {@code >}. */
	private static String ref(byte[] bytes, int from, int length) {
		int end = from;
		while (end < length && bytes[end] != '>') {
			end++;
		}
		for (int i = from; i + 5 < end; i++) {
			if (isSpace(bytes[i - 1]) && bytes[i] == 'r' && bytes[i + 1] == 'e' && bytes[i + 2] == 'f') {
				int at = i + 3;
				while (at < end && isSpace(bytes[at])) {
					at++;
				}
				if (at >= end || bytes[at] != '=') {
					continue;
				}
				at++;
				while (at < end && isSpace(bytes[at])) {
					at++;
				}
				if (at >= end || (bytes[at] != '"' && bytes[at] != '\'')) {
					continue;
				}
				byte quote = bytes[at];
				int close = at + 1;
				while (close < end && bytes[close] != quote) {
					close++;
				}
				return (close < end) ? new String(bytes, at + 1, close - at - 1, StandardCharsets.US_ASCII) : null;
			}
		}
		return null;
	}

	private static boolean startsWith(byte[] bytes, int length, int at, byte[] word) {
		if (at + word.length > length) {
			return false;
		}
		for (int k = 0; k < word.length; k++) {
			if (bytes[at + k] != word[k]) {
				return false;
			}
		}
		return true;
	}

	private static boolean isSpace(byte b) {
		return b == ' ' || b == '\t' || b == '\n' || b == '\r';
	}

}
