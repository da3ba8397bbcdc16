package org.roadmapetl.form;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.roadmapetl.normalise.CanonicalText;
import org.roadmapetl.submission.Cell;

/**
 * Splits the cells of a header row into labels and values. A label may stand anywhere in
 * a cell and be written in several white-space-separated pieces; a value and the next
 * label may share one cell ({@code R2 事業終期 R8}, {@code ○ 将来対応分}). A cell holding no label
 * is one value, its text untouched.
 */
final class CellTokens {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private CellTokens() {
	}

	/**
	 * A label or a value of a header row, with the column of its cell. {@code label} is
	 * null for a value; {@code key} is the match key the label was written as.
	 */
	record Token(HeaderLabel label, RawValue value, int column, String key) {

		Token(HeaderLabel label, RawValue value, int column) {
			this(label, value, column, null);
		}

		boolean isLabel() {
			return this.label != null;
		}

	}

	static List<Token> of(List<Cell> cells) {
		List<Token> tokens = new ArrayList<>();
		for (Cell cell : cells) {
			addTokens(cell, CanonicalText.of(cell.text()), tokens);
		}
		return tokens;
	}

	static boolean hasLabel(List<Token> tokens) {
		for (Token token : tokens) {
			if (token.isLabel()) {
				return true;
			}
		}
		return false;
	}

	private static void addTokens(Cell cell, String text, List<Token> tokens) {
		if (text.isEmpty()) {
			return;
		}
		String wholeKey = CanonicalText.matchKey(text);
		HeaderLabel whole = HeaderLabel.byKey(wholeKey);
		if (whole != null) {
			tokens.add(new Token(whole, null, cell.column(), wholeKey));
			return;
		}
		String[] pieces = hasWhitespace(text) ? WHITESPACE.split(text) : null;
		if (pieces == null || pieces.length == 1) {
			tokens.add(new Token(null, new RawValue(text, cell.submitted(), cell.ref()), cell.column()));
			return;
		}
		StringBuilder value = new StringBuilder();
		int i = 0;
		while (i < pieces.length) {
			int labelPieces = labelAt(pieces, i);
			if (labelPieces == 0) {
				if (value.length() > 0) {
					value.append(' ');
				}
				value.append(pieces[i]);
				i++;
				continue;
			}
			flushValue(cell, value, tokens);
			String key = join(pieces, i, labelPieces);
			tokens.add(new Token(HeaderLabel.byKey(key), null, cell.column(), key));
			i += labelPieces;
		}
		flushValue(cell, value, tokens);
	}

	/**
	 * Whether {@code text} holds a character of {@code \s}: most cells hold none, and
	 * they skip the split.
	 */
	private static boolean hasWhitespace(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' || (c >= '\t' && c <= '\r')) {
				return true;
			}
		}
		return false;
	}

	/**
	 * How many pieces from {@code start} form a label, longest first; 0 when none does.
	 */
	private static int labelAt(String[] pieces, int start) {
		for (int n = Math.min(HeaderLabel.MAX_PIECES, pieces.length - start); n >= 1; n--) {
			if (HeaderLabel.byKey(join(pieces, start, n)) != null) {
				return n;
			}
		}
		return 0;
	}

	private static String join(String[] pieces, int start, int count) {
		if (count == 1) {
			return CanonicalText.matchKey(pieces[start]);
		}
		StringBuilder key = new StringBuilder();
		for (int i = start; i < start + count; i++) {
			key.append(pieces[i]);
		}
		return CanonicalText.matchKey(key.toString());
	}

	private static void flushValue(Cell cell, StringBuilder value, List<Token> tokens) {
		if (value.length() > 0) {
			tokens.add(new Token(null, new RawValue(value.toString(), cell.submitted(), cell.ref()), cell.column()));
			value.setLength(0);
		}
	}

}
