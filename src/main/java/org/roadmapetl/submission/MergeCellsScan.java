package org.roadmapetl.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A quick first pass over a worksheet's XML that keeps only its merged ranges. They are
 * written after {@code sheetData}, but the cells they hide must be known while the rows
 * stream past.
 * <p>
 * Excel empties the hidden cells of a merge, but other writers need not: POI, and the
 * libraries built on it, keep whatever the hidden cells held, and the form must not read
 * such text twice. Hand-written for speed: a sheet of up to {@link #HELD_BYTES} is
 * inflated once (through POI's zip guard, as the SAX pass does), scanned for the bytes
 * {@code mergeCell} at the name of a tag — in well-formed sheet XML a raw {@code <} only
 * opens a tag, text holds it as {@code &lt;} — and kept for the parse of its cells,
 * instead of tokenising the whole sheet a second time, which cost as much as the real
 * parse. Where the bytes are not {@link PlainXml plain} (a comment, CDATA, a processing
 * instruction, a document not in UTF-8, a non-ASCII name) or hold a merge tag it cannot
 * read whole, and for a larger sheet, the merges come from a SAX pass of their own
 * instead.
 */
final class MergeCellsScan {

	/**
	 * The most of one sheet's XML kept for the SAX pass: forms are a few hundred KiB at
	 * most.
	 */
	static final int HELD_BYTES = 4 * 1024 * 1024;

	private static final byte[] ELEMENT = "mergeCell".getBytes(StandardCharsets.US_ASCII);

	/**
	 * The longest namespace prefix read before {@code mergeCell}, with its {@code </} and
	 * {@code :}.
	 */
	private static final int LONGEST_PREFIX = 19;

	/**
	 * Raised inside the byte scan where it cannot be sure of what it reads: the SAX pass
	 * decides.
	 */
	private static final class Unsure extends Exception {

		private static final long serialVersionUID = 1L;

		Unsure() {
			super(null, null, false, false);
		}

	}

	private static final Unsure UNSURE = new Unsure();

	private MergeCellsScan() {
	}

	/**
	 * The merges of a sheet, keeping its bytes when it has at most {@code holdAtMost} of
	 * them.
	 * @throws UnreadableSubmissionException.OverLimit past {@code limits.merges()} merged
	 * ranges
	 * @throws SAXException where a sheet that needed the SAX pass is not well-formed
	 */
	static ScannedSheet scan(InputStream sheetXml, int holdAtMost, ReadLimits limits, String file, String sheet)
			throws IOException, SAXException {
		byte[] start = sheetXml.readNBytes(holdAtMost + 1);
		if (start.length <= holdAtMost) {
			try {
				MergeRanges ranges = new MergeRanges(limits.merges(), file, sheet);
				if (!PlainXml.plainMarkup(start)) {
					throw UNSURE;
				}
				scan(start, ranges);
				return new ScannedSheet(ranges.merges(), start);
			}
			catch (Unsure unsure) {
				return new ScannedSheet(SaxMergeCells.read(new ByteArrayInputStream(start), limits, file, sheet),
						start);
			}
		}
		return new ScannedSheet(SaxMergeCells.read(new SequenceInputStream(new ByteArrayInputStream(start), sheetXml),
				limits, file, sheet), null);
	}

	/** Finds every {@code mergeCell} tag up to {@code </mergeCells>}. */
	private static void scan(byte[] bytes, MergeRanges ranges) throws Unsure {
		int length = bytes.length;
		for (int i = 0; i < length; i++) {
			// 'm' is rare in sheet markup: tags and attributes are c, r, s, t, v, row,
			// is; text is mostly not ASCII
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
				return;
			}
			if (!closing && after < length && isSpace(bytes[after])) {
				String ref = ref(bytes, after, length);
				if (ref != null && ref.indexOf(':') > 0) {
					ranges.add(ref);
				}
			}
		}
	}

	/**
	 * Where the {@code <} of a tag named at {@code name} ({@code <n}, {@code </n},
	 * {@code <p:n}) is, or -1.
	 */
	private static int tagOpening(byte[] bytes, int name) throws Unsure {
		int at = name - 1;
		if (at >= 0 && bytes[at] == ':') {
			at--;
			// the prefix's first byte: after '<', '/', and before ':' (LONGEST_PREFIX
			// counts all three)
			int prefixStart = Math.max(0, name - LONGEST_PREFIX + 2);
			while (at >= prefixStart && bytes[at] != '<' && bytes[at] != '/' && PlainXml.isNameByte(bytes[at])) {
				at--;
			}
			if (at == name - 2) {
				return -1;
			}
			if (at < prefixStart && at >= 0) {
				// a longer prefix, or text such as 設定:mergeCell: only a parser can tell
				throw UNSURE;
			}
		}
		if (at >= 1 && bytes[at] == '/' && bytes[at - 1] == '<') {
			return at - 1;
		}
		return (at >= 0 && bytes[at] == '<') ? at : -1;
	}

	/**
	 * The value of the {@code ref} attribute of the tag whose attributes start at
	 * {@code from}, or null when it has none; unsure of a tag it cannot read as
	 * {@code name="value"} pairs up to its end, or of a value holding a reference
	 * ({@code &#58;}).
	 */
	private static String ref(byte[] bytes, int from, int length) throws Unsure {
		String ref = null;
		int at = from;
		while (true) {
			while (at < length && isSpace(bytes[at])) {
				at++;
			}
			if (at >= length) {
				throw UNSURE;
			}
			if (bytes[at] == '>' || bytes[at] == '/') {
				return ref;
			}
			int name = at;
			while (at < length && (PlainXml.isNameByte(bytes[at]) || bytes[at] == ':')) {
				at++;
			}
			int nameEnd = at;
			while (at < length && isSpace(bytes[at])) {
				at++;
			}
			if (nameEnd == name || at >= length || bytes[at] != '=') {
				throw UNSURE;
			}
			at++;
			while (at < length && isSpace(bytes[at])) {
				at++;
			}
			if (at >= length || (bytes[at] != '"' && bytes[at] != '\'')) {
				throw UNSURE;
			}
			byte quote = bytes[at];
			int value = ++at;
			while (at < length && bytes[at] != quote) {
				at++;
			}
			if (at >= length) {
				throw UNSURE;
			}
			if (nameEnd - name == 3 && bytes[name] == 'r' && bytes[name + 1] == 'e' && bytes[name + 2] == 'f') {
				for (int i = value; i < at; i++) {
					if (bytes[i] == '&') {
						throw UNSURE;
					}
				}
				ref = new String(bytes, value, at - value, StandardCharsets.US_ASCII);
			}
			at++;
		}
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
