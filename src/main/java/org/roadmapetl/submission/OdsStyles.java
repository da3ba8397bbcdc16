package org.roadmapetl.submission;

import java.util.HashMap;
import java.util.Map;

import org.xml.sax.Attributes;

/**
 * The styles of an OpenDocument spreadsheet that matter to a roadmap: whether a cell,
 * paragraph or span style strikes its text through ({@code style:text-line-through-style}
 * or {@code -type} other than {@code none}), directly or through its parent style. Fed
 * from {@code styles.xml} (named styles) and from the automatic styles at the head of
 * {@code content.xml}.
 */
final class OdsStyles {

	static final String STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

	/**
	 * Parent chains longer than this are a loop or a hostile file: read as not struck.
	 */
	private static final int MAX_DEPTH = 16;

	private final Map<String, Style> styles = new HashMap<>();

	/**
	 * Table styles that hide their table ({@code table:display="false"}): a hidden sheet.
	 */
	private final java.util.Set<String> hiddenTableStyles = new java.util.HashSet<>();

	private String currentName;

	private Style current;

	/**
	 * Call for every element of a styles section; keeps style:style and its
	 * style:text-properties.
	 */
	void startElement(String uri, String localName, Attributes attributes) {
		if (!STYLE_NS.equals(uri)) {
			return;
		}
		if ("style".equals(localName)) {
			String name = attributes.getValue(STYLE_NS, "name");
			this.currentName = name;
			this.current = new Style(attributes.getValue(STYLE_NS, "parent-style-name"));
			if (name != null) {
				this.styles.put(name, this.current);
			}
		}
		else if ("table-properties".equals(localName) && this.currentName != null
				&& "false".equals(attributes.getValue(OdsContentHandler.TABLE_NS, "display"))) {
			this.hiddenTableStyles.add(this.currentName);
		}
		else if ("text-properties".equals(localName) && this.current != null) {
			String style = attributes.getValue(STYLE_NS, "text-line-through-style");
			String type = attributes.getValue(STYLE_NS, "text-line-through-type");
			if (style != null || type != null) {
				this.current.struck = !isNone(style) || !isNone(type) && style == null;
			}
		}
	}

	void endElement(String uri, String localName) {
		if (STYLE_NS.equals(uri) && "style".equals(localName)) {
			this.current = null;
			this.currentName = null;
		}
	}

	/** Whether a table of this style is hidden (LibreOffice's "Hide Sheet"). */
	boolean hidesTable(String tableStyle) {
		return tableStyle != null && this.hiddenTableStyles.contains(tableStyle);
	}

	/**
	 * @param name a style name, or null
	 * @return whether the style strikes through, or null when neither it nor its parents
	 * say
	 */
	Boolean struck(String name) {
		String at = name;
		for (int depth = 0; at != null && depth < MAX_DEPTH; depth++) {
			Style style = this.styles.get(at);
			if (style == null) {
				return null;
			}
			if (style.struck != null) {
				return style.struck;
			}
			at = style.parent;
		}
		return null;
	}

	private static boolean isNone(String value) {
		return value == null || "none".equals(value);
	}

	private static final class Style {

		private final String parent;

		private Boolean struck;

		Style(String parent) {
			this.parent = parent;
		}

	}

}
