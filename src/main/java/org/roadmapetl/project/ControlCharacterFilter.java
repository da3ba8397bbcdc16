package org.roadmapetl.project;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.roadmapetl.normalise.ControlCharacters;
import org.roadmapetl.submission.Cell;
import org.roadmapetl.submission.RowSink;
import org.roadmapetl.submission.SheetRow;

/**
 * Applies rule T9 to every cell before the form sees it, so that neither the submitted
 * nor the canonical text of any value holds a control character; each cell that held one
 * is recorded as a problem naming it.
 */
final class ControlCharacterFilter implements RowSink {

	private final RowSink next;

	private final Consumer<Problem> problems;

	ControlCharacterFilter(RowSink next, Consumer<Problem> problems) {
		this.next = next;
		this.problems = problems;
	}

	@Override
	public void startSheet(String sheetName, boolean yearCellsPositional) {
		this.next.startSheet(sheetName, yearCellsPositional);
	}

	@Override
	public void hiddenSheet(String sheetName) {
		this.next.hiddenSheet(sheetName);
	}

	@Override
	public void row(SheetRow row) {
		List<Cell> cells = row.cells();
		List<Cell> cleaned = null;
		for (int i = 0; i < cells.size(); i++) {
			Cell cell = cells.get(i);
			String text = ControlCharacters.strip(cell.text());
			if (text != cell.text()) {
				if (cleaned == null) {
					cleaned = new ArrayList<>(cells.subList(0, i));
				}
				this.problems.accept(Problem.of(ProblemType.CONTROL_CHARACTER, cell.ref(), text,
						"セルに制御文字または文字の向きを変える書式文字が含まれていたため、取り除いて読み込みました。" + "セルの内容を確認してください"));
				if (!text.isBlank()) {
					cleaned
						.add(new Cell(text, cell.ref(), ControlCharacters.strip(cell.submitted()), cell.columnSpan()));
				}
			}
			else if (cleaned != null) {
				cleaned.add(cell);
			}
		}
		this.next.row((cleaned == null) ? row : new SheetRow(row.number(), List.copyOf(cleaned)));
	}

	@Override
	public void endSheet() {
		this.next.endSheet();
	}

}
