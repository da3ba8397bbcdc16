package org.roadmapetl.normalise;

import java.text.Normalizer;

/**
 * Rules T4 and T5: Unicode NFKC everywhere except on the circled numbers, which NFKC
 * would turn into digits.
 */
final class WidthFolding {

	private WidthFolding() {
	}

	static String fold(String s) {
		if (Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
			return s;
		}
		StringBuilder out = null;
		int from = 0;
		for (int i = 0; i < s.length(); i++) {
			if (isKept(s.charAt(i))) {
				if (out == null) {
					out = new StringBuilder(s.length());
				}
				out.append(nfkc(s.substring(from, i))).append(s.charAt(i));
				from = i + 1;
			}
		}
		if (out == null) {
			return nfkc(s);
		}
		return out.append(nfkc(s.substring(from))).toString();
	}

	static boolean isKept(char c) {
		return CircledNumbers.isMarker(c);
	}

	private static String nfkc(String segment) {
		return segment.isEmpty() ? segment : Normalizer.normalize(segment, Normalizer.Form.NFKC);
	}

}
