package org.roadmapetl.normalise;

/**
 * Reads the flag cells 重点枠事業 and 将来対応分: a circle mark means yes, an empty cell no.
 */
public final class Marks {

	private static final MarkReading YES = new MarkReading(true, null);

	private static final MarkReading NO = new MarkReading(false, null);

	private Marks() {
	}

	/** Reads a flag cell; the problem message quotes {@code canonical} as given. */
	public static MarkReading read(String canonical) {
		String text = CanonicalText.matchKey(CanonicalText.refold(canonical));
		if (text.isEmpty()) {
			return NO;
		}
		if (text.length() == 1 && isCircle(text.charAt(0))) {
			return YES;
		}
		return new MarkReading(null, "○か空欄のはずの欄が読めません: 「" + canonical + "」");
	}

	private static boolean isCircle(char c) {
		// ○ WHITE CIRCLE, 〇 IDEOGRAPHIC NUMBER ZERO and ◯ LARGE CIRCLE all look alike in
		// a cell.
		return c == '\u25CB' || c == '\u3007' || c == '\u25EF';
	}

}
