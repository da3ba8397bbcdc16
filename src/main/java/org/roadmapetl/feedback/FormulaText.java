package org.roadmapetl.feedback;

/**
 * Which texts a spreadsheet would run as a formula when typed or opened as CSV (OWASP
 * "CSV injection"): those beginning with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return.
 */
final class FormulaText {

	private FormulaText() {
	}

	static boolean looksLikeFormula(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	/**
	 * The text as a page header shows it: {@code &} starts a code there (page number,
	 * font), so it is doubled.
	 */
	static String inHeader(String text) {
		return text.replace("&", "&&");
	}

}
