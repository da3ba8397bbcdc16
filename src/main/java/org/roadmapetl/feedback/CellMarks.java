package org.roadmapetl.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The open findings of one file as marks on its cells (赤ペン): per sheet (the empty name
 * for a text file's one sheet) and cell, the worst severity and the Japanese comment.
 * Findings at one cell share one mark. A location that names no cell of the file is left
 * unmarked and counted.
 */
final class CellMarks {

	/** A text file's lines and fields: {@code line 48, column 3}. */
	private static final Pattern IN_TEXT = Pattern.compile("line (\\d+), column (\\d+)");

	/**
	 * A workbook's sheet and cell, a range by its first cell: {@code 'Sheet'!C7(:D9)}.
	 */
	private static final Pattern IN_SHEET = Pattern.compile("'((?:[^']|'')*)'!([A-Z]{1,3})(\\d{1,7})(?::[A-Z]+\\d+)?");

	/** The most rows and columns a mark may name: Excel's sheet. */
	private static final int MAX_ROW = 1_048_576;

	private static final int MAX_COLUMN = 16_384;

	/** One marked cell: 0-based row and column. */
	record Mark(int row, int column, boolean error, String comment) {

		Mark with(FindingRow finding) {
			return new Mark(this.row, this.column, this.error || finding.isError(),
					this.comment + "\n\n" + text(finding));
		}

	}

	/**
	 * Puts a note on a cell of either writer (the marked workbook's, the streamed one's):
	 * its box to the right of the cell, tall enough for its lines (at most 30), always
	 * inside the sheet.
	 */
	static void note(Sheet sheet, int row, int column, String text, String author) {
		CreationHelper helper = sheet.getWorkbook().getCreationHelper();
		ClientAnchor anchor = helper.createClientAnchor();
		int firstColumn = Math.min(column + 1, MAX_COLUMN - 6);
		int firstRow = Math.min(row, MAX_ROW - 32);
		anchor.setCol1(firstColumn);
		anchor.setCol2(firstColumn + 5);
		anchor.setRow1(firstRow);
		anchor.setRow2(firstRow + Math.min(30, (int) text.lines().count() + 2));
		Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
		comment.setString(helper.createRichTextString(text));
		comment.setAuthor(author);
		comment.setAddress(row, column);
	}

	private final Map<String, TreeMap<Long, Mark>> bySheet = new HashMap<>();

	private int unlocated;

	void add(FindingRow finding) {
		String stored = finding.sourceLocation();
		Matcher text = IN_TEXT.matcher((stored != null) ? stored : "");
		Matcher sheet = IN_SHEET.matcher((stored != null) ? stored : "");
		if (text.matches()) {
			add("", parse(text.group(1)) - 1, parse(text.group(2)) - 1, finding);
		}
		else if (sheet.matches()) {
			add(sheet.group(1).replace("''", "'"), parse(sheet.group(3)) - 1, column(sheet.group(2)), finding);
		}
		else {
			this.unlocated++;
		}
	}

	private void add(String sheet, int row, int column, FindingRow finding) {
		if (row < 0 || row >= MAX_ROW || column < 0 || column >= MAX_COLUMN) {
			this.unlocated++;
			return;
		}
		Mark first = new Mark(row, column, finding.isError(), text(finding));
		this.bySheet.computeIfAbsent(sheet, (name) -> new TreeMap<>())
			.merge(key(row, column), first, (was, ignored) -> was.with(finding));
	}

	/** The marks of one sheet in row and column order ("" for a text file). */
	List<Mark> of(String sheet) {
		TreeMap<Long, Mark> marks = this.bySheet.get(sheet);
		return (marks != null) ? new ArrayList<>(marks.values()) : List.of();
	}

	Set<String> sheets() {
		return this.bySheet.keySet();
	}

	int count() {
		return this.bySheet.values().stream().mapToInt(Map::size).sum();
	}

	/** Findings whose location names no cell: left unmarked. */
	int unlocated() {
		return this.unlocated;
	}

	private static long key(int row, int column) {
		return ((long) row << 20) | column;
	}

	private static String text(FindingRow finding) {
		return "【" + (finding.isError() ? "エラー" : "警告") + "】" + FindingNames.japanese(finding.type()) + "\n"
				+ finding.message();
	}

	private static int parse(String digits) {
		return (digits.length() > 9) ? Integer.MAX_VALUE : Integer.parseInt(digits);
	}

	private static int column(String letters) {
		int column = 0;
		for (int i = 0; i < letters.length(); i++) {
			column = column * 26 + (letters.charAt(i) - 'A' + 1);
		}
		return column - 1;
	}

}
