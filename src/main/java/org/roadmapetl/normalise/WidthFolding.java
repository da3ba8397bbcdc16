package org.roadmapetl.normalise;

import java.text.Normalizer;

/**
 * Rules T4 and T5: Unicode NFKC everywhere except on the characters NFKC would damage or the project keeps.
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
		// Full-width round brackets stay: the canonical expected data keeps them in free text (match keys fold them).
		return CircledNumbers.isMarker(c) || c == '\uFF08' || c == '\uFF09';
	}

	private static String nfkc(String segment) {
		return segment.isEmpty() ? segment : Normalizer.normalize(segment, Normalizer.Form.NFKC);
	}

}
