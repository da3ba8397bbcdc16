package org.roadmapetl.submission;

import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.Record;

/**
 * Where a BIFF8 record stream is: in the workbook globals, at the top level of a sheet
 * substream, or inside a substream nested in a sheet (an embedded chart), from its BOF
 * and EOF records. Sheets are counted in stream order, which is the order of their BOF
 * positions.
 */
final class SubstreamDepth {

	enum Event {

		NONE, SHEET_STARTED, SHEET_ENDED

	}

	private int depth;

	private boolean inGlobals;

	private boolean globalsSeen;

	private boolean sheetOpen;

	private int type;

	Event track(Record next) {
		if (next instanceof BOFRecord bof) {
			if (++this.depth != 1) {
				return Event.NONE;
			}
			if (!this.globalsSeen && bof.getType() == BOFRecord.TYPE_WORKBOOK) {
				this.globalsSeen = true;
				this.inGlobals = true;
				return Event.NONE;
			}
			this.globalsSeen = true;
			this.sheetOpen = true;
			this.type = bof.getType();
			return Event.SHEET_STARTED;
		}
		if (next instanceof EOFRecord && this.depth > 0 && --this.depth == 0) {
			this.inGlobals = false;
			if (this.sheetOpen) {
				this.sheetOpen = false;
				return Event.SHEET_ENDED;
			}
		}
		return Event.NONE;
	}

	boolean inGlobals() {
		return this.inGlobals && this.depth == 1;
	}

	/** At the top level of a sheet substream, not inside one nested in it. */
	boolean inSheet() {
		return this.sheetOpen && this.depth == 1;
	}

	/** At the top level of a worksheet, the only kind of sheet that holds cells. */
	boolean inWorksheet() {
		return inSheet() && this.type == BOFRecord.TYPE_WORKSHEET;
	}

	boolean sheetOpen() {
		return this.sheetOpen;
	}

}
