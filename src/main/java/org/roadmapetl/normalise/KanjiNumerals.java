package org.roadmapetl.normalise;

/**
 * Reads the era-year numbers people write in kanji: 元 (the first year), 一…九, 十, 十一…九十九.
 */
final class KanjiNumerals {

	private static final String DIGITS = "一二三四五六七八九";

	private KanjiNumerals() {
	}

	/** The value of {@code text}, or -1 when it is not such a number. */
	static int valueOf(String text) {
		if (text.equals("元")) {
			return 1;
		}
		int ten = text.indexOf('十');
		if (ten < 0) {
			return (text.length() == 1) ? digit(text.charAt(0)) : -1;
		}
		if (ten > 1 || text.length() - ten > 2) {
			return -1;
		}
		int tens = (ten == 0) ? 1 : digit(text.charAt(0));
		int units = (ten == text.length() - 1) ? 0 : digit(text.charAt(ten + 1));
		return (tens < 0 || units < 0) ? -1 : tens * 10 + units;
	}

	private static int digit(char c) {
		int index = DIGITS.indexOf(c);
		return (index < 0) ? -1 : index + 1;
	}

}
