package org.roadmapetl.submission;

/**
 * What reading one file may cost at most, so that every file's cost is bounded whatever its shape. A file over
 * a limit is refused with {@link UnreadableSubmissionException.OverLimit}, naming the limit and its property.
 *
 * @param fileSizeBytes the size of one file ({@code roadmap.limits.file-size})
 * @param lineLength the characters of one text line ({@code roadmap.limits.line-length})
 * @param cellLength the characters of one cell ({@code roadmap.limits.cell-length})
 * @param rows the rows or lines of one file ({@code roadmap.limits.rows})
 * @param blocks the project blocks of one file ({@code roadmap.limits.blocks})
 * @param merges the merged ranges of one .xlsx sheet, held while its rows are read ({@code roadmap.limits.merges})
 */
public record ReadLimits(long fileSizeBytes, int lineLength, int cellLength, int rows, int blocks, int merges) {

	/** The defaults of {@code roadmap.limits.*}. */
	public static final ReadLimits DEFAULTS = new ReadLimits(100L * 1024 * 1024, 1_048_576, 32_767, 2_000_000, 100_000,
			100_000);

}
