package org.roadmapetl.submission;

import java.io.IOException;
import java.io.InputStream;
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
 * {@code mergeCell ref="…"} — in well-formed sheet XML a raw {@code <} only opens a tag, text holds it as
 * {@code &lt;} — instead of tokenising the whole sheet a second time, which cost as much as the real parse.
 * Buffering rows until the merges are known would cost memory in proportion to the sheet instead.
 */
final class MergeCellsScan {

	private static final byte[] ELEMENT = "mergeCell".getBytes(StandardCharsets.US_ASCII);

	/** The longest tag the scan must see whole; a longer one (not a merge a spreadsheet writes) is not read. */
	private static final int LONGEST_TAG = 512;

	private static final int BUFFER = 64 * 1024;

	private MergeCellsScan() {
	}

	static MergedAreas read(InputStream sheetXml) throws IOException {
		List<CellRangeAddress> ranges = new ArrayList<>();
		byte[] buffer = new byte[BUFFER + LONGEST_TAG];
		int length = 0;
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
			int resumeAt = scan(buffer, scanEnd, length, ranges);
			if (resumeAt < 0 || last) {
				break;
			}
			System.arraycopy(buffer, resumeAt, buffer, 0, length - resumeAt);
			length -= resumeAt;
		}
		return ranges.isEmpty() ? MergedAreas.NONE : new MergedAreas(ranges);
	}

	/** @return where the next scan starts, or -1 once {@code </mergeCells>} is passed */
	private static int scan(byte[] bytes, int scanEnd, int length, List<CellRangeAddress> ranges) {
		int i = 0;
		for (; i < scanEnd; i++) {
			if (bytes[i] != '<') {
				continue;
			}
			int name = i + 1;
			boolean closing = name < length && bytes[name] == '/';
			if (closing) {
				name++;
			}
			// a prefixed element, <x:mergeCell …>
			for (int p = name; p < length && p < name + 16 && !isSpace(bytes[p]) && bytes[p] != '>'; p++) {
				if (bytes[p] == ':') {
					name = p + 1;
					break;
				}
			}
			if (!startsWith(bytes, length, name, ELEMENT)) {
				continue;
			}
			int after = name + ELEMENT.length;
			if (closing && after < length && bytes[after] == 's') {
				return -1;
			}
			if (!closing && after < length && isSpace(bytes[after])) {
				String ref = ref(bytes, after, length);
				if (ref != null && ref.indexOf(':') > 0) {
					ranges.add(CellRangeAddress.valueOf(ref));
				}
			}
		}
		return i;
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
