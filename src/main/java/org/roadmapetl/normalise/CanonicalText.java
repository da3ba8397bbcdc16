package org.roadmapetl.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical form of a submitted cell's text (rules T2–T8 of normalisation.md) and the
 * match key of a name. Each step first checks cheaply whether it has anything to do, so
 * plain text passes with a few scans.
 */
public final class CanonicalText {

	private static final Pattern XLSX_ESCAPE = Pattern.compile("_x([0-9A-F]{4})_");

	private CanonicalText() {
	}

	/**
	 * The canonical text of {@code raw}; {@code ""} for {@code null}, never {@code null}.
	 */
	public static String of(String raw) {
		if (raw == null || raw.isEmpty()) {
			return "";
		}
		String s = unescapeXlsx(raw);
		s = unifyLineBreaks(s);
		s = HtmlFragments.toText(s);
		s = WidthFolding.fold(s);
		s = TextLines.tidy(s);
		return TextLines.isPlaceholder(s) ? "" : s;
	}

	/**
	 * Rules T4–T8 only, for text said to be canonical already: folds what a caller may
	 * have left wide and, unlike {@link #of}, never decodes twice (canonical {@code
	 *
	<p>
	 * } may have been {@code &lt;p&gt;}).
	 */
	static String refold(String canonical) {
		if (canonical == null || canonical.isEmpty()) {
			return "";
		}
		String s = TextLines.tidy(WidthFolding.fold(canonical));
		return TextLines.isPlaceholder(s) ? "" : s;
	}

	/**
	 * The key names and labels are matched on: canonical text with all white space
	 * removed and （ ） folded to ( ), so that {@code ＩＣＴ} and {@code ICT}, or
	 * {@code 事業 始期} and {@code 事業始期}, have the same key.
	 */
	public static String matchKey(String canonical) {
		if (canonical == null) {
			return "";
		}
		StringBuilder key = null;
		for (int i = 0; i < canonical.length(); i++) {
			char c = canonical.charAt(i);
			boolean drop = isSpace(c);
			boolean fold = c == '\uFF08' || c == '\uFF09';
			if (key == null && (drop || fold)) {
				key = new StringBuilder(canonical.length()).append(canonical, 0, i);
			}
			if (key != null && !drop) {
				key.append(fold ? (c == '\uFF08' ? '(' : ')') : c);
			}
		}
		return (key == null) ? canonical : key.toString();
	}

	/**
	 * Java's white space or space character, the classes looked up only between U+00A0
	 * and U+3000: a name is mostly ASCII and kanji, and no character above U+3000 or
	 * below U+00A0 but the ASCII ones is either (a look-up per character cost a twentieth
	 * of reading a workbook).
	 */
	static boolean isSpace(char c) {
		if (c <= ' ') {
			return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
		}
		if (c < '\u00A0' || c > '\u3000') {
			return false;
		}
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	static String unescapeXlsx(String s) {
		if (s.indexOf("_x") < 0) {
			return s;
		}
		Matcher m = XLSX_ESCAPE.matcher(s);
		StringBuilder out = new StringBuilder(s.length());
		int from = 0;
		while (m.find()) {
			out.append(s, from, m.start()).append((char) Integer.parseInt(m.group(1), 16));
			from = m.end();
		}
		return out.append(s, from, s.length()).toString();
	}

	static String unifyLineBreaks(String s) {
		if (s.indexOf('\r') < 0 && s.indexOf('\u2028') < 0 && s.indexOf('\u2029') < 0) {
			return s;
		}
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\r') {
				out.append('\n');
				if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
					i++;
				}
			}
			else {
				out.append((c == '\u2028' || c == '\u2029') ? '\n' : c);
			}
		}
		return out.toString();
	}

}
