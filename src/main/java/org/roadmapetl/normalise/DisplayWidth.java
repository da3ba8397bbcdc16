package org.roadmapetl.normalise;

/**
 * How many columns a text takes in a terminal or a spreadsheet cell: East Asian wide and
 * full-width characters (kanji, kana, 全角 punctuation and letters, hangul) take two, the
 * rest one. Close to Unicode's East Asian Width for the text this product prints; a
 * library for the whole table (ICU4J, 14 MB) would give the same on it.
 */
public final class DisplayWidth {

	private DisplayWidth() {
	}

	public static int of(CharSequence text) {
		return text.codePoints().map((c) -> isWide(c) ? 2 : 1).sum();
	}

	public static boolean isWide(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
				|| (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF01 && codePoint <= 0xFF60)
				|| (codePoint >= 0xFFE0 && codePoint <= 0xFFE6);
	}

}
