package org.roadmapetl.normalise;

/**
 * The circled numbers used as item markers: ①…⑳ (U+2460–2473), ㉑…㉟ (U+3251–325F) and ㊱…㊿
 * (U+32B1–32BF).
 */
final class CircledNumbers {

	private CircledNumbers() {
	}

	static boolean isMarker(char c) {
		return (c >= '\u2460' && c <= '\u2473') || (c >= '\u3251' && c <= '\u325F') || (c >= '\u32B1' && c <= '\u32BF');
	}

	/**
	 * The number a marker stands for (① is 1, ㊿ is 50), or 0 when {@code c} is no marker.
	 */
	static int valueOf(char c) {
		if (c >= '\u2460' && c <= '\u2473') {
			return c - '\u2460' + 1;
		}
		if (c >= '\u3251' && c <= '\u325F') {
			return c - '\u3251' + 21;
		}
		if (c >= '\u32B1' && c <= '\u32BF') {
			return c - '\u32B1' + 36;
		}
		return 0;
	}

}
