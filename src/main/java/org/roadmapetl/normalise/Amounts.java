package org.roadmapetl.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads budget cells in thousand yen: {@code 4,202}, {@code 4202.0} (a numeric cell),
 * {@code 4,202千円}, negative amounts written {@code ▲1,000}, {@code △1,000} or
 * {@code -1,000}, and an accounting note in brackets after the amount or on its own.
 */
public final class Amounts {

	private static final Pattern NOTE = Pattern.compile("(.*?)[(（]([^()（）]*)[)）]", Pattern.DOTALL);

	private static final Pattern AMOUNT = Pattern
		.compile("([▲△\\-−])?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.([0-9]+))?(?:千円)?");

	private Amounts() {
	}

	/** Reads an amount cell; the problem message quotes {@code canonical} as given. */
	public static AmountReading read(String canonical) {
		String text = CanonicalText.refold(canonical);
		if (text.isEmpty()) {
			return AmountReading.EMPTY;
		}
		String amount = text;
		String note = null;
		Matcher withNote = NOTE.matcher(text);
		if (withNote.matches()) {
			amount = withNote.group(1);
			note = emptyToNull(withNote.group(2).strip());
		}
		amount = CanonicalText.matchKey(amount);
		if (amount.isEmpty()) {
			return new AmountReading(null, note, null);
		}
		Matcher m = AMOUNT.matcher(amount);
		if (!m.matches()) {
			return new AmountReading(null, note, "金額として読めません: 「" + canonical + "」");
		}
		if (m.group(3) != null && !m.group(3).chars().allMatch((c) -> c == '0')) {
			return new AmountReading(null, note, "金額が千円単位の整数ではありません: 「" + canonical + "」");
		}
		String digits = m.group(2).replace(",", "");
		if (digits.length() > 15) {
			return new AmountReading(null, note, "金額が大きすぎます: 「" + canonical + "」");
		}
		long value = Long.parseLong(digits);
		return new AmountReading((m.group(1) != null) ? -value : value, note, null);
	}

	/**
	 * The note of a cell that holds only a bracketed accounting note, such as
	 * {@code (病院事業会計)} in the cell after an amount; {@code null} when the cell is
	 * anything else.
	 */
	public static String noteOf(String canonical) {
		String text = CanonicalText.refold(canonical);
		Matcher m = NOTE.matcher(text);
		if (!m.matches() || !m.group(1).isBlank()) {
			return null;
		}
		return emptyToNull(m.group(2).strip());
	}

	private static String emptyToNull(String s) {
		return s.isEmpty() ? null : s;
	}

}
