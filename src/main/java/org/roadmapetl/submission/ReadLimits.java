package org.roadmapetl.submission;

/**
 * What reading one file may cost at most, in size and in work, so that every file's cost
 * is bounded whatever its shape. A file over a limit is refused with
 * {@link UnreadableSubmissionException.OverLimit}, naming the limit and its property.
 *
 * @param fileSizeBytes the size of one file ({@code roadmap.limits.file-size})
 * @param lineLength the characters of one text line ({@code roadmap.limits.line-length})
 * @param cellLength the characters of one cell ({@code roadmap.limits.cell-length})
 * @param rows the rows or lines of one file ({@code roadmap.limits.rows})
 * @param blocks the project blocks of one file ({@code roadmap.limits.blocks})
 * @param merges the merged ranges of one sheet, held while its rows are read
 * ({@code roadmap.limits.merges})
 * @param cells the cells a reader examines in one file, empty and repeated ones included
 * ({@code roadmap.limits.cells})
 * @param sheetCells the same in one sheet ({@code roadmap.limits.sheet-cells})
 * @param xmlDepth how deep elements may nest in an XML part
 * ({@code roadmap.limits.xml-depth})
 * @param xmlAttributes the attributes of one XML element
 * ({@code roadmap.limits.xml-attributes})
 */
public record ReadLimits(long fileSizeBytes, int lineLength, int cellLength, int rows, int blocks, int merges,
		long cells, long sheetCells, int xmlDepth, int xmlAttributes) {

	/**
	 * Cells one file may cost. A department's roadmap of 100 projects is about 100,000
	 * cells; an 88 MB legacy workbook holds 4.8 million.
	 */
	public static final long DEFAULT_CELLS = 10_000_000;

	/** Cells one sheet may cost. */
	public static final long DEFAULT_SHEET_CELLS = 5_000_000;

	/** Nesting an XML part may have: a sheet nests six deep, a rich-text cell eight. */
	public static final int DEFAULT_XML_DEPTH = 1_000;

	/** Attributes one XML element may have: a cell has three, a style a dozen. */
	public static final int DEFAULT_XML_ATTRIBUTES = 1_000;

	/** The defaults of {@code roadmap.limits.*}. */
	public static final ReadLimits DEFAULTS = new ReadLimits(100L * 1024 * 1024, 1_048_576, 32_767, 2_000_000, 100_000,
			100_000);

	/** Limits of size, with the default budget of work. */
	public ReadLimits(long fileSizeBytes, int lineLength, int cellLength, int rows, int blocks, int merges) {
		this(fileSizeBytes, lineLength, cellLength, rows, blocks, merges, DEFAULT_CELLS, DEFAULT_SHEET_CELLS,
				DEFAULT_XML_DEPTH, DEFAULT_XML_ATTRIBUTES);
	}

}
