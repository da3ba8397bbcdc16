package org.roadmapetl.submission;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BlankRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FontRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.common.UnicodeString;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record stream of a legacy workbook as {@code HSSFWorkbook} would read it, for the
 * records files written by other programs than Excel may hold: cells out of row order,
 * and one cell written twice (the last one counts).
 */
class XlsRecordsTests {

	@Test
	void cellsInOrderAreHandedOnRowByRow() {
		RecordingSink sink = read(label(0, 0, 0), number(0, 1, 4202), label(2, 0, 1));

		assertThat(sink.cells()).containsExactly("'表'!A1=事業名", "'表'!B1=4202", "'表'!A3=取組");
		assertThat(sink.events).containsExactly("start 表", "row 1", "row 3", "end");
	}

	@Test
	void cellsOutOfRowOrderAreSortedAsHssfSortsThem() {
		RecordingSink sink = read(label(2, 0, 1), number(0, 1, 4202), label(0, 0, 0));

		assertThat(sink.cells()).containsExactly("'表'!A1=事業名", "'表'!B1=4202", "'表'!A3=取組");
		assertThat(sink.events).containsExactly("start 表", "row 1", "row 3", "end");
	}

	@Test
	void aCellWrittenTwiceKeepsItsLastRecord() {
		BlankRecord blank = new BlankRecord();
		blank.setRow(0);
		blank.setColumn((short) 1);

		RecordingSink sink = read(label(0, 0, 0), number(0, 1, 4202), label(0, 1, 1), number(1, 0, 7), blank);

		assertThat(sink.cells()).containsExactly("'表'!A1=事業名", "'表'!A2=7");
	}

	private static RecordingSink read(Record... cells) {
		List<Record> stream = new ArrayList<>();
		BOFRecord globals = new BOFRecord();
		globals.setType(BOFRecord.TYPE_WORKBOOK);
		stream.add(globals);
		stream.add(new FontRecord());
		stream.add(new ExtendedFormatRecord());
		BoundSheetRecord sheet = new BoundSheetRecord("表");
		stream.add(sheet);
		SSTRecord strings = new SSTRecord();
		strings.addString(new UnicodeString("事業名"));
		strings.addString(new UnicodeString("取組"));
		stream.add(strings);
		stream.add(EOFRecord.instance);
		stream.add(BOFRecord.createSheetBOF());
		stream.addAll(List.of(cells));
		stream.add(EOFRecord.instance);

		XlsSheetLayout.Scan layouts = new XlsSheetLayout.Scan("t.xls", ReadLimits.DEFAULTS);
		stream.forEach(layouts::accept);
		RecordingSink sink = new RecordingSink();
		XlsRecords records = new XlsRecords(new RowAssembler("t.xls", sink, ReadLimits.DEFAULTS), layouts.layouts(),
				"t.xls");
		stream.forEach(records::accept);
		records.finish();
		return sink;
	}

	private static LabelSSTRecord label(int row, int column, int string) {
		LabelSSTRecord label = at(new LabelSSTRecord(), row, column);
		label.setSSTIndex(string);
		return label;
	}

	private static NumberRecord number(int row, int column, double value) {
		NumberRecord number = at(new NumberRecord(), row, column);
		number.setValue(value);
		return number;
	}

	private static <T extends CellRecord> T at(T cell, int row, int column) {
		cell.setRow(row);
		cell.setColumn((short) column);
		cell.setXFIndex((short) 0);
		return cell;
	}

}
