package org.roadmapetl.feedback;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The one way feedback writes a workbook: POI's streaming writer (only {@link #WINDOW}
 * rows in memory, the rest flushed to a temporary file) and cells written only through
 * {@link SafeSheet}, so nothing is ever a formula. The file appears under its name only
 * once it is whole.
 */
final class SafeWorkbook implements AutoCloseable {

	/**
	 * Rows kept in memory per sheet; older ones are flushed to disk, so memory stays flat
	 * however many rows.
	 */
	static final int WINDOW = 100;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final CellStyle[] styles = new CellStyle[8];

	SafeWorkbook() {
		this.workbook.setCompressTempFiles(true);
		for (int i = 0; i < this.styles.length; i++) {
			CellStyle style = this.workbook.createCellStyle();
			style.setQuotePrefixed((i & 1) != 0);
			style.setWrapText((i & 2) != 0);
			style.setVerticalAlignment(VerticalAlignment.TOP);
			if ((i & 4) != 0) {
				Font bold = this.workbook.createFont();
				bold.setBold(true);
				style.setFont(bold);
			}
			this.styles[i] = style;
		}
	}

	SafeSheet sheet(String name) {
		return new SafeSheet(this.workbook.createSheet(name), this);
	}

	CellStyle style(boolean quotePrefixed, boolean wrapped, boolean bold) {
		return this.styles[(quotePrefixed ? 1 : 0) | (wrapped ? 2 : 0) | (bold ? 4 : 0)];
	}

	void writeTo(Path target) throws IOException {
		AtomicFiles.write(target, this.workbook::write);
	}

	@Override
	public void close() throws IOException {
		this.workbook.dispose();
		this.workbook.close();
	}

}
