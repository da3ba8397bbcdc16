package org.roadmapetl.submission;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a delimited text export — tab-separated, or comma-separated (CSV) — record by
 * record: a record is a form row, a field a column. Fields that Excel quoted because they
 * hold the separator, a quote or a line break ({@code "事業\n始期"}) are unquoted, even when
 * they run over several lines; the row then keeps the number of the line it starts on.
 * The separator is the only difference between the two formats.
 */
public final class TextExportReader implements SubmissionReader {

	/**
	 * The separator of a text export (.tsv, .txt, Excel's "テキスト (タブ区切り)" and "Unicode
	 * テキスト").
	 */
	public static final char TAB = '\t';

	/** The separator of a CSV file (Excel's "CSV (コンマ区切り)" and "CSV UTF-8"). */
	public static final char COMMA = ',';

	private final char separator;

	private final ReadLimits limits;

	public TextExportReader() {
		this(TAB, ReadLimits.DEFAULTS);
	}

	public TextExportReader(ReadLimits limits) {
		this(TAB, limits);
	}

	public TextExportReader(char separator) {
		this(separator, ReadLimits.DEFAULTS);
	}

	public TextExportReader(char separator, ReadLimits limits) {
		this.separator = separator;
		this.limits = limits;
	}

	@Override
	public void read(Path file, String displayName, RowSink sink) throws IOException {
		Charset charset = TextEncoding.detect(file, displayName);
		try (BufferedReader text = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset),
				64 * 1024)) {
			skipByteOrderMark(text);
			sink.startSheet(null, true);
			FieldTokenizer records = new FieldTokenizer(text, this.separator, this.limits, displayName);
			CellBudget budget = new CellBudget(displayName, this.limits);
			List<String> fields;
			while ((fields = records.next()) != null) {
				budget.row();
				budget.cells(fields.size());
				int lineNumber = records.recordLine();
				List<Cell> cells = new ArrayList<>();
				for (int i = 0; i < fields.size(); i++) {
					String field = fields.get(i);
					if (!field.isBlank()) {
						cells.add(new Cell(field, CellRef.inText(displayName, lineNumber, i + 1)));
					}
				}
				sink.row(new SheetRow(lineNumber, cells));
			}
			sink.endSheet();
		}
	}

	private static void skipByteOrderMark(BufferedReader text) throws IOException {
		text.mark(1);
		if (text.read() != '\uFEFF') {
			text.reset();
		}
	}

}
