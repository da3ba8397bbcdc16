package org.roadmapetl.feedback;

import java.util.Arrays;

import org.apache.poi.ss.usermodel.Sheet;

import org.roadmapetl.normalise.DisplayWidth;

/**
 * How wide a sheet's columns are and how many lines a text takes in them: each column as
 * wide as its widest text (East Asian characters counting two) up to its cap, or exactly
 * its cap where merged text must be measured against the widths it will get. Rows are
 * flushed as they are written, so a text's lines are reckoned against its column's cap: a
 * column narrower than its cap holds no text wider than itself, so the count stays true.
 */
final class ColumnWidths {

	/** The widest a column grows without a cap of its own, in characters. */
	private static final int DEFAULT_CAP = 60;

	private int[] caps = new int[0];

	private int[] widest = new int[0];

	private boolean fixed;

	void caps(int... characters) {
		this.caps = characters.clone();
	}

	/** Every capped column as wide as its cap, whatever it holds. */
	void fixed() {
		this.fixed = true;
	}

	/**
	 * Records the text's width for its column (unless merged over several); returns the
	 * lines it takes over {@code span} columns.
	 */
	int measure(int column, int span, String text, boolean wrap) {
		if (column >= this.widest.length) {
			this.widest = Arrays.copyOf(this.widest, column + 1);
		}
		int usable = -1;
		for (int covered = column; covered < column + span; covered++) {
			usable += cap(covered);
		}
		usable = Math.max(1, usable);
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			int width = DisplayWidth.of(paragraph);
			if (span == 1) {
				this.widest[column] = Math.max(this.widest[column], Math.min(width, usable));
			}
			lines += wrap ? Math.max(1, (width + usable - 1) / usable) : 1;
		}
		return lines;
	}

	void applyTo(Sheet sheet) {
		if (this.fixed) {
			for (int column = 0; column < this.caps.length; column++) {
				sheet.setColumnWidth(column, cap(column) * 256);
			}
			return;
		}
		for (int column = 0; column < this.widest.length; column++) {
			if (this.widest[column] > 0) {
				int characters = Math.min(cap(column), Math.max(4, this.widest[column] + 2));
				sheet.setColumnWidth(column, characters * 256);
			}
		}
	}

	private int cap(int column) {
		return Math.min(255, (column < this.caps.length) ? this.caps[column] : DEFAULT_CAP);
	}

}
