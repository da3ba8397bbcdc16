package org.roadmapetl.submission;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * What must be known of a BIFF8 sheet before its cells are handed on, found by a first
 * pass over the records: its merged ranges, which BIFF writes after the cells, and
 * whether its cell records come in row and column order.
 *
 * @param merges the sheet's merged ranges
 * @param ordered whether every cell record follows the one before it in row, then column
 * order
 */
record XlsSheetLayout(List<CellRangeAddress> merges, boolean ordered) {

	/** The first pass: one layout per sheet substream, in stream order. */
	static final class Scan {

		private final String file;

		private final ReadLimits limits;

		private final SubstreamDepth depth = new SubstreamDepth();

		private final List<BoundSheetRecord> boundSheets = new ArrayList<>();

		private final List<XlsSheetLayout> layouts = new ArrayList<>();

		private List<CellRangeAddress> merges;

		private boolean ordered;

		private long lastCell = -1;

		Scan(String file, ReadLimits limits) {
			this.file = file;
			this.limits = limits;
		}

		void accept(Record next) {
			switch (this.depth.track(next)) {
				case SHEET_STARTED -> {
					this.merges = new ArrayList<>();
					this.ordered = true;
					this.lastCell = -1;
				}
				case SHEET_ENDED -> this.layouts.add(new XlsSheetLayout(this.merges, this.ordered));
				case NONE -> {
					if (this.depth.inGlobals() && next instanceof BoundSheetRecord bound) {
						this.boundSheets.add(bound);
					}
					else if (this.depth.inSheet()) {
						inSheet(next);
					}
				}
			}
		}

		private void inSheet(Record next) {
			if (next instanceof CellValueRecordInterface cell) {
				long position = ((long) cell.getRow() << 16) | cell.getColumn();
				this.ordered &= position > this.lastCell;
				this.lastCell = position;
			}
			else if (next instanceof MergeCellsRecord merge) {
				for (int i = 0; i < merge.getNumAreas(); i++) {
					if (this.merges.size() >= this.limits.merges()) {
						String sheet = sheetName();
						throw new UnreadableSubmissionException.OverLimit(this.file,
								Reason.overLimit("シート「" + sheet + "」の結合セルの数",
										"the merged ranges of sheet '" + sheet + "' are", this.limits.merges(),
										"roadmap.limits.merges"),
								null);
					}
					this.merges.add(merge.getAreaAt(i));
				}
			}
		}

		private String sheetName() {
			BoundSheetRecord[] sheets = BoundSheetRecord.orderByBofPosition(this.boundSheets);
			int index = this.layouts.size();
			return (index < sheets.length) ? sheets[index].getSheetname() : "Sheet" + (index + 1);
		}

		/**
		 * The layouts found, a stream cut off inside a sheet ending that sheet where it
		 * was cut.
		 */
		List<XlsSheetLayout> layouts() {
			if (this.depth.sheetOpen()) {
				this.layouts.add(new XlsSheetLayout(this.merges, this.ordered));
			}
			return this.layouts;
		}

	}

}
