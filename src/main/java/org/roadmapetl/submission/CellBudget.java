package org.roadmapetl.submission;

import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The work a reader does on one file: every cell it examines, empty and repeated ones
 * included, counted against {@link ReadLimits#cells()} and
 * {@link ReadLimits#sheetCells()}, so that a small file that repeats one cell a billion
 * times is refused in seconds. A run of repeated empty rows or columns is one step, not
 * its length. A long file also says in the log every few seconds how far it has got.
 */
final class CellBudget {

	private static final Log logger = LogFactory.getLog(CellBudget.class);

	private static final long PROGRESS_EVERY = TimeUnit.SECONDS.toNanos(5);

	private static final long CELLS_BETWEEN_CLOCK_READS = 1 << 16;

	private final String file;

	private final ReadLimits limits;

	private final long started = System.nanoTime();

	private long nextProgress = this.started + PROGRESS_EVERY;

	private long nextClockRead = CELLS_BETWEEN_CLOCK_READS;

	private String sheet;

	private long fileCells;

	private long sheetCells;

	private long rows;

	CellBudget(String file, ReadLimits limits) {
		this.file = file;
		this.limits = limits;
	}

	void startSheet(String name) {
		this.sheet = name;
		this.sheetCells = 0;
	}

	void row() {
		if ((++this.rows & 1023) == 0) {
			progress();
		}
	}

	/**
	 * Charges {@code count} examined cells; throws once the sheet or the file is over its
	 * budget.
	 */
	void cells(long count) {
		this.fileCells += count;
		this.sheetCells += count;
		if (this.sheet != null && this.sheetCells > this.limits.sheetCells()) {
			String inSheet = "シート「" + this.sheet + "」の";
			String ofSheet = " of sheet '" + this.sheet + "'";
			throw new UnreadableSubmissionException.OverLimit(this.file,
					Reason.overLimit(inSheet + "セルの数 (書式だけが設定された空白セルも数えます)",
							"the cells" + ofSheet + " (empty and repeated ones included) are", this.limits.sheetCells(),
							"roadmap.limits.sheet-cells"),
					null);
		}
		if (this.fileCells > this.limits.cells()) {
			throw new UnreadableSubmissionException.OverLimit(this.file,
					Reason.overLimit("ファイルのセルの数 (書式だけが設定された空白セルも数えます)",
							"the cells of the file (empty and repeated ones included) are", this.limits.cells(),
							"roadmap.limits.cells"),
					null);
		}
		if (this.fileCells >= this.nextClockRead) {
			this.nextClockRead = this.fileCells + CELLS_BETWEEN_CLOCK_READS;
			progress();
		}
	}

	private void progress() {
		if (Thread.currentThread().isInterrupted()) {
			// the run is ending (a signal, a step that failed): stop this file instead of
			// finishing it for nobody
			throw new java.util.concurrent.CancellationException("reading " + this.file + " was interrupted");
		}
		long now = System.nanoTime();
		if (now < this.nextProgress) {
			return;
		}
		this.nextProgress = now + PROGRESS_EVERY;
		if (logger.isInfoEnabled()) {
			logger.info(String.format("Reading %s: %s%,d rows and %,d cells so far (%d s)", Names.escape(this.file),
					(this.sheet != null) ? "sheet '" + Names.escape(this.sheet) + "', " : "", this.rows, this.fileCells,
					TimeUnit.NANOSECONDS.toSeconds(now - this.started)));
		}
	}

}
