package org.roadmapetl.submission;

import java.util.ArrayDeque;
import java.util.Deque;

import org.xml.sax.Attributes;

/**
 * The text markup inside one {@code table:table-cell}: paragraphs (one line each), spans,
 * {@code text:s} runs of spaces, tabs and line breaks, with each run struck through
 * (見え消し) or not as its innermost style says. Annotations, drawings and furigana are no
 * part of the cell's text.
 */
final class OdsCellText {

	private final OdsStyles styles;

	private final OdsCellValue cell;

	private final int cellLength;

	/**
	 * Whether each open cell, paragraph or span is struck through; the cell's own at the
	 * bottom.
	 */
	private final Deque<Boolean> struck = new ArrayDeque<>();

	private int paragraphs;

	private int paragraphDepth;

	/**
	 * @param cellLength the most characters a cell may hold: a run of spaces stops past
	 * it
	 */
	OdsCellText(OdsStyles styles, OdsCellValue cell, int cellLength) {
		this.styles = styles;
		this.cell = cell;
		this.cellLength = cellLength;
	}

	void startCell(Attributes attributes) {
		this.paragraphs = 0;
		this.paragraphDepth = 0;
		this.struck.clear();
		this.struck.push(
				Boolean.TRUE.equals(this.styles.struck(attributes.getValue(OdsContentHandler.TABLE_NS, "style-name"))));
	}

	/** Whether the cell itself is struck through. */
	boolean cellStruck() {
		return this.struck.peekLast();
	}

	/**
	 * @return whether the element and all inside it are no part of the cell's text
	 */
	boolean startElement(String uri, String localName, Attributes attributes) {
		if (OdsContentHandler.OFFICE_NS.equals(uri) && "annotation".equals(localName)
				|| OdsContentHandler.DRAW_NS.equals(uri)
				|| OdsContentHandler.TEXT_NS.equals(uri) && "ruby-text".equals(localName)) {
			return true;
		}
		if (!OdsContentHandler.TEXT_NS.equals(uri)) {
			return false;
		}
		switch (localName) {
			case "p", "h" -> {
				if (this.paragraphs++ > 0) {
					this.cell.text('\n', false);
				}
				this.paragraphDepth++;
				pushStyle(attributes);
			}
			case "span" -> pushStyle(attributes);
			case "s" -> {
				int spaces = OdsContentHandler.repeat(attributes, "c", OdsContentHandler.TEXT_NS);
				for (int i = 0; i < spaces && this.cell.length() <= this.cellLength; i++) {
					this.cell.text(' ', this.struck.peek());
				}
			}
			case "tab" -> this.cell.text('\t', this.struck.peek());
			case "line-break" -> this.cell.text('\n', this.struck.peek());
			default -> {
			}
		}
		return false;
	}

	void endElement(String uri, String localName) {
		if (OdsContentHandler.TEXT_NS.equals(uri)
				&& ("p".equals(localName) || "h".equals(localName) || "span".equals(localName))
				&& this.struck.size() > 1) {
			this.struck.pop();
			if (!"span".equals(localName)) {
				this.paragraphDepth--;
			}
		}
	}

	void characters(char[] ch, int start, int length) {
		if (this.paragraphDepth > 0) {
			this.cell.text(new String(ch, start, length), this.struck.peek());
		}
	}

	private void pushStyle(Attributes attributes) {
		Boolean own = this.styles.struck(attributes.getValue(OdsContentHandler.TEXT_NS, "style-name"));
		this.struck.push((own != null) ? own : this.struck.peek());
	}

}
