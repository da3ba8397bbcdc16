package org.roadmapetl.submission;

import org.xml.sax.Attributes;

/**
 * Follows the rich-text runs of an .xlsx string ({@code <si>} or an inline {@code <is>}):
 * whether the text being read is part of the value (a {@code <t>} outside the phonetic
 * {@code <rPh>}) and whether its run is struck through ({@code <strike/>} in the run's
 * {@code <rPr>}; a run without its own strike follows the cell's font).
 */
final class XlsxRuns {

	private boolean cellStruck;

	private boolean runStruck;

	private boolean inPhonetic;

	private boolean capturing;

	void reset(boolean cellFontStruck) {
		this.cellStruck = cellFontStruck;
		this.runStruck = cellFontStruck;
		this.inPhonetic = false;
		this.capturing = false;
	}

	void start(String localName, Attributes attributes) {
		switch (localName) {
			case "r" -> this.runStruck = this.cellStruck;
			case "strike" -> this.runStruck = isOn(attributes.getValue("val"));
			case "rPh" -> this.inPhonetic = true;
			case "t" -> this.capturing = !this.inPhonetic;
			default -> {
			}
		}
	}

	void end(String localName) {
		switch (localName) {
			case "t" -> this.capturing = false;
			case "rPh" -> this.inPhonetic = false;
			case "r" -> this.runStruck = this.cellStruck;
			default -> {
			}
		}
	}

	boolean capturing() {
		return this.capturing;
	}

	boolean struck() {
		return this.runStruck;
	}

	/**
	 * {@code <strike/>} and {@code val="1"}/{@code "true"} are on;
	 * {@code val="0"}/{@code "false"} off.
	 */
	static boolean isOn(String val) {
		return val == null || "1".equals(val) || "true".equals(val);
	}

}
