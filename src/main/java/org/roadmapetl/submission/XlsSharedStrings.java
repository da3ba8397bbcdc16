package org.roadmapetl.submission;

import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.common.FormatRun;
import org.apache.poi.hssf.record.common.UnicodeString;

/**
 * The shared strings of a BIFF8 workbook as cells read them: each with its struck-through
 * runs (見え消し) left out of the text and marked in what was submitted, as
 * {@code HSSFRichTextString} reads the runs.
 */
final class XlsSharedStrings {

	private final XlsCellFormats formats;

	private final RevisedText text = new RevisedText();

	private SSTRecord strings;

	XlsSharedStrings(XlsCellFormats formats) {
		this.formats = formats;
	}

	void hold(SSTRecord strings) {
		this.strings = strings;
	}

	/**
	 * The label's string: its text and what was submitted.
	 * @throws UnreadableSubmissionException.DamagedFile where the label names a string
	 * the workbook does not hold
	 */
	String[] of(LabelSSTRecord label, CellRef where) {
		int index = label.getSSTIndex();
		if (this.strings == null || index < 0 || index >= this.strings.getNumUniqueStrings()) {
			throw new UnreadableSubmissionException.DamagedFile(where.file(),
					new Reason("ファイル内部の文字データが欠けています。ファイルが壊れています。Excel で開いて保存し直し、送り直してください",
							"the cell refers to shared string " + index
									+ ", which the workbook does not hold: the file is "
									+ "damaged; open it in Excel, save it again and send it again"),
					where, null);
		}
		UnicodeString string = this.strings.getString(index);
		boolean cellStruck = this.formats.cellStruck(label.getXFIndex());
		this.text.clear();
		String whole = string.getString();
		int start = 0;
		boolean struck = cellStruck;
		for (int i = 0; i < string.getFormatRunCount(); i++) {
			FormatRun run = string.getFormatRun(i);
			int at = Math.min(whole.length(), run.getCharacterPos());
			this.text.append(whole.substring(start, Math.max(start, at)), struck);
			start = Math.max(start, at);
			// font 0 in a run means the cell's own font, as HSSFRichTextString reads it
			struck = (run.getFontIndex() == 0) ? cellStruck : this.formats.fontStruck(run.getFontIndex());
		}
		this.text.append(whole.substring(start), struck);
		return new String[] { this.text.value(), this.text.submitted() };
	}

}
