package org.roadmapetl.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.roadmapetl.normalise.CanonicalText;
import org.roadmapetl.submission.Cell;
import org.roadmapetl.submission.RowSink;
import org.roadmapetl.submission.SheetRow;

/**
 * Finds project blocks in the rows of a submission by their labels, wherever they sit: one block per sheet or
 * several stacked down one sheet, title and blank rows between them, any start row and column. Each finished
 * block is handed on at once, so a file is never held whole.
 */
public final class FormParser implements RowSink {

	private static final Set<String> TABLE_LABELS = Set.of("取組", "取組内容", "主な取組", "取組項目", "取組名");

	/** A sheet that shows how to fill in the form (the template's made-up example) is not a submission. */
	private static final List<String> EXAMPLE_SHEET_WORDS = List.of("記入例", "記載例", "入力例", "作成例", "見本", "サンプル");

	/** How many year cells make a row the 取組 header even when its label is written some other way. */
	private static final int MIN_YEAR_CELLS_OF_TABLE_HEADER = 3;

	private final Consumer<SubmittedProject> projects;

	private BlockBuilder block;

	private boolean yearCellsPositional;

	private boolean skippingSheet;

	private final List<SkippedSheet> skippedSheets = new ArrayList<>();

	public FormParser(Consumer<SubmittedProject> projects) {
		this.projects = projects;
	}

	@Override
	public void startSheet(String sheetName, boolean yearCellsPositional) {
		finishBlock();
		this.yearCellsPositional = yearCellsPositional;
		this.skippingSheet = sheetName != null && EXAMPLE_SHEET_WORDS.stream().anyMatch(sheetName::contains);
		if (this.skippingSheet) {
			this.skippedSheets.add(new SkippedSheet(sheetName, SkippedSheet.Why.EXAMPLE));
		}
	}

	@Override
	public void hiddenSheet(String sheetName) {
		finishBlock();
		this.skippedSheets.add(new SkippedSheet(sheetName, SkippedSheet.Why.HIDDEN));
	}

	/** The sheets not loaded, in the order met: the template's example and hidden sheets. */
	public List<SkippedSheet> skippedSheets() {
		return List.copyOf(this.skippedSheets);
	}

	@Override
	public void row(SheetRow row) {
		if (row.isBlank() || this.skippingSheet) {
			return;
		}
		List<Cell> cells = row.cells();
		int labelIndex = planOrActualIndex(cells);
		if (labelIndex >= 0) {
			if (this.block != null) {
				this.block.planOrActualRow(cells, labelIndex, this.yearCellsPositional);
			}
			return;
		}
		int tableIndex = tableHeaderIndex(cells);
		if (tableIndex >= 0) {
			if (this.block != null) {
				this.block.tableHeader(cells, tableIndex);
			}
			return;
		}
		List<CellTokens.Token> tokens = CellTokens.of(cells);
		if (CellTokens.hasLabel(tokens)) {
			headerRow(cells.get(0), tokens);
		}
		else if (this.block != null && !this.block.hasTable() && this.block.header().awaitsValuesBelow()) {
			this.block.header().addBelowLabels(cells);
		}
		else if (this.block != null && !this.block.hasTable()
				&& BlockBuilder.yearCellCount(cells) >= MIN_YEAR_CELLS_OF_TABLE_HEADER) {
			this.block.tableHeader(cells, -1);
		}
	}

	@Override
	public void endSheet() {
		finishBlock();
	}

	private void headerRow(Cell first, List<CellTokens.Token> tokens) {
		if (this.block == null || this.block.hasTable() || this.block.header().repeatsLabelOf(tokens)) {
			finishBlock();
			this.block = new BlockBuilder(first.ref());
		}
		this.block.header().add(tokens);
	}

	private void finishBlock() {
		if (this.block != null) {
			this.projects.accept(this.block.build());
			this.block = null;
		}
	}

	private static int planOrActualIndex(List<Cell> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (BlockBuilder.rowKind(cells.get(i)) != null) {
				return i;
			}
		}
		return -1;
	}

	private static int tableHeaderIndex(List<Cell> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (TABLE_LABELS.contains(CanonicalText.matchKey(CanonicalText.of(cells.get(i).text())))) {
				return i;
			}
		}
		return -1;
	}

}
