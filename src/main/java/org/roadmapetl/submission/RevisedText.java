package org.roadmapetl.submission;

/**
 * Builds a cell's text from runs that are struck through or not (見え消し): the value holds
 * the runs that are not struck, the submitted text all of them, each struck stretch
 * marked {@code ~~…~~}.
 */
final class RevisedText {

	static final String MARK = "~~";

	private final StringBuilder value = new StringBuilder();

	private final StringBuilder submitted = new StringBuilder();

	private boolean inStruck;

	private boolean anyStruck;

	void append(CharSequence run, boolean struck) {
		if (run.isEmpty()) {
			return;
		}
		if (struck != this.inStruck) {
			this.submitted.append(MARK);
			this.inStruck = struck;
		}
		this.anyStruck |= struck;
		this.submitted.append(run);
		if (!struck) {
			this.value.append(run);
		}
	}

	void append(char c, boolean struck) {
		append(String.valueOf(c), struck);
	}

	/** How long the submitted text is, to bound a cell by the read limits. */
	int length() {
		return this.submitted.length();
	}

	boolean isEmpty() {
		return this.submitted.isEmpty();
	}

	String value() {
		return this.value.toString();
	}

	String submitted() {
		return this.anyStruck ? this.submitted + (this.inStruck ? MARK : "") : value();
	}

	void clear() {
		this.value.setLength(0);
		this.submitted.setLength(0);
		this.inStruck = false;
		this.anyStruck = false;
	}

	/** A whole value struck through: nothing left as the value, all of it marked. */
	static String struck(String text) {
		return MARK + text + MARK;
	}

}
