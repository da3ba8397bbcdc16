package org.roadmapetl.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads a legacy Excel 97-2003 workbook (.xls, BIFF8) with the same output as {@link XlsxSubmissionReader},
 * streaming its records instead of building an {@code HSSFWorkbook} (an 88 MB workbook does not fit in a 512 MB
 * heap that way): one pass collects each sheet's merged ranges, which BIFF stores after the sheet's cells, a
 * second hands the cells on row by row. Only the shared strings, fonts and cell formats are held.
 */
public final class XlsSubmissionReader implements SubmissionReader {

	private static final String FORMAT = ".xls";

	private final ReadLimits limits;

	public XlsSubmissionReader() {
		this(ReadLimits.DEFAULTS);
	}

	public XlsSubmissionReader(ReadLimits limits) {
		this.limits = limits;
	}

	@Override
	public void read(Path file, String displayName, RowSink sink) throws IOException {
		PoiLimits.apply();
		WorkbookFailures.requireContent(file, displayName);
		XlsRecords cells = null;
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			String stream = HSSFWorkbook.getWorkbookDirEntryName(fs.getRoot());
			XlsMerges merges = new XlsMerges(displayName, this.limits);
			try (InputStream in = fs.createDocumentInputStream(stream)) {
				forEachRecord(in, merges::accept);
			}
			cells = new XlsRecords(new RowAssembler(displayName, sink, this.limits), merges.bySheet(), displayName);
			try (InputStream in = fs.createDocumentInputStream(stream)) {
				forEachRecord(in, cells::accept);
			}
			cells.finish();
		}
		catch (RowAssembler.SinkFailure failure) {
			throw failure.getCause();
		}
		catch (IOException | RuntimeException ex) {
			throw WorkbookFailures.unreadable(file, displayName, (cells != null) ? cells.sheet() : null, ex, FORMAT);
		}
	}

	private static void forEachRecord(InputStream in, java.util.function.Consumer<Record> handler) {
		RecordFactoryInputStream records = new RecordFactoryInputStream(in, false);
		for (Record next = records.nextRecord(); next != null; next = records.nextRecord()) {
			handler.accept(next);
		}
	}

	/** The merged ranges of each sheet substream, in stream order; BIFF writes them after the sheet's cells. */
	private static final class XlsMerges {

		private final String file;

		private final ReadLimits limits;

		private final SubstreamDepth depth = new SubstreamDepth();

		private final List<List<CellRangeAddress>> bySheet = new java.util.ArrayList<>();

		XlsMerges(String file, ReadLimits limits) {
			this.file = file;
			this.limits = limits;
		}

		void accept(Record next) {
			if (this.depth.track(next) == SubstreamDepth.Event.SHEET_STARTED) {
				this.bySheet.add(new java.util.ArrayList<>());
			}
			if (next instanceof org.apache.poi.hssf.record.MergeCellsRecord merge && this.depth.inSheet()) {
				List<CellRangeAddress> ranges = this.bySheet.get(this.bySheet.size() - 1);
				for (int i = 0; i < merge.getNumAreas(); i++) {
					if (ranges.size() >= this.limits.merges()) {
						throw new UnreadableSubmissionException.OverLimit(this.file, Reason.overLimit(
								(this.bySheet.size()) + " 枚目のシートの結合セルの数",
								"the merged ranges of sheet " + this.bySheet.size() + " are", this.limits.merges(),
								"roadmap.limits.merges"), null);
					}
					ranges.add(merge.getAreaAt(i));
				}
			}
		}

		List<List<CellRangeAddress>> bySheet() {
			return this.bySheet;
		}

	}

}
