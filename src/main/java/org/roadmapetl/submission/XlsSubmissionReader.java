package org.roadmapetl.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a legacy Excel 97-2003 workbook (.xls, BIFF8) with the same output as
 * {@link XlsxSubmissionReader}, streaming its records instead of building an
 * {@code HSSFWorkbook} (an 88 MB workbook does not fit in a 512 MB heap that way): one
 * pass finds each sheet's layout ({@link XlsSheetLayout}: its merged ranges, which BIFF
 * stores after the sheet's cells), a second hands the cells on row by row. Only the
 * shared strings, fonts and cell formats are held.
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
			XlsSheetLayout.Scan layouts = new XlsSheetLayout.Scan(displayName, this.limits);
			try (InputStream in = fs.createDocumentInputStream(stream)) {
				forEachRecord(in, layouts::accept);
			}
			cells = new XlsRecords(new RowAssembler(displayName, sink, this.limits), layouts.layouts(), displayName);
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

}
