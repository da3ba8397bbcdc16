package org.roadmapetl.warehouse;

/**
 * Rows in PostgreSQL's COPY text format, built in memory for one table of one submission. Values are escaped
 * here, so no submitted text can break a row or a column.
 */
final class CopyRows {

	private final StringBuilder text = new StringBuilder(4096);

	private boolean rowStarted;

	private int rows;

	CopyRows value(Object value) {
		if (this.rowStarted) {
			this.text.append('\t');
		}
		this.rowStarted = true;
		if (value == null) {
			this.text.append("\\N");
			return this;
		}
		String string = value.toString();
		for (int i = 0; i < string.length(); i++) {
			char c = string.charAt(i);
			switch (c) {
				case '\\' -> this.text.append("\\\\");
				case '\t' -> this.text.append("\\t");
				case '\n' -> this.text.append("\\n");
				case '\r' -> this.text.append("\\r");
				default -> this.text.append(c);
			}
		}
		return this;
	}

	CopyRows endRow() {
		this.text.append('\n');
		this.rowStarted = false;
		this.rows++;
		return this;
	}

	int rowCount() {
		return this.rows;
	}

	String text() {
		return this.text.toString();
	}

}
