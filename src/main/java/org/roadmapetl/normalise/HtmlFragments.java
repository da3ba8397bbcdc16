package org.roadmapetl.normalise;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule T3: turns HTML fragments from web forms into lines of text. Only
 * {@code <name ...>} shapes count as tags, so {@code A<B} stays as written; tags and
 * entities are handled in one scan so that {@code &lt;p&gt;} stays text.
 */
final class HtmlFragments {

	private static final Pattern MARKUP = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)(?:\\s[^<>]*)?/?>"
			+ "|&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));");

	private static final Set<String> BLOCKS = Set.of("p", "div", "ul", "ol", "li", "tr", "table", "thead", "tbody",
			"tfoot", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dl", "dt", "dd", "hr", "section",
			"article", "header", "footer");

	private HtmlFragments() {
	}

	static String toText(String s) {
		if (s.indexOf('<') < 0 && s.indexOf('&') < 0) {
			return s;
		}
		Matcher m = MARKUP.matcher(s);
		StringBuilder out = null;
		int from = 0;
		while (m.find()) {
			if (out == null) {
				out = new StringBuilder(s.length());
			}
			out.append(s, from, m.start());
			String replacement = (m.group(2) != null) ? tag(m.group(1).isEmpty(), m.group(2)) : entity(m);
			out.append(replacement != null ? replacement : m.group());
			from = m.end();
		}
		return (out == null) ? s : out.append(s, from, s.length()).toString();
	}

	private static String tag(boolean opening, String name) {
		String tag = name.toLowerCase(Locale.ROOT);
		if (tag.equals("br")) {
			return "\n";
		}
		if (tag.equals("li") && opening) {
			return "\n・";
		}
		if (BLOCKS.contains(tag)) {
			return "\n";
		}
		return (tag.equals("td") || tag.equals("th")) ? " " : "";
	}

	private static String entity(Matcher m) {
		if (m.group(5) != null) {
			return switch (m.group(5)) {
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				default -> "\u00A0";
			};
		}
		int codePoint = (m.group(3) != null) ? Integer.parseInt(m.group(3)) : Integer.parseInt(m.group(4), 16);
		if (codePoint == 0 || codePoint > Character.MAX_CODE_POINT
				|| (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
			return null;
		}
		return new String(Character.toChars(codePoint));
	}

}
