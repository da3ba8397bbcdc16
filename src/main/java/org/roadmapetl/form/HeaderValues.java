package org.roadmapetl.form;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.roadmapetl.normalise.CanonicalText;
import org.roadmapetl.submission.Cell;

/**
 * The header of one project block: each label's values, whether a value follows its label
 * in the same row ({@code 事業名 | name}) or, in a form drawn as a table, stands below it in
 * the next row.
 */
final class HeaderValues {

	private final Map<HeaderLabel, List<RawValue>> values = new EnumMap<>(HeaderLabel.class);

	/**
	 * The fiscal year the budget's label names ({@code R7事業費(千円)}), null when it names
	 * none.
	 */
	private Integer budgetYear;

	/**
	 * The labels of the last header row when it held labels only; their values may follow
	 * in the row below.
	 */
	private List<CellTokens.Token> labelsAbove = List.of();

	Map<HeaderLabel, List<RawValue>> values() {
		return this.values;
	}

	Integer budgetYear() {
		return this.budgetYear;
	}

	/**
	 * Whether the row names a label this block already has: then it starts the next
	 * block.
	 */
	boolean repeatsLabelOf(List<CellTokens.Token> tokens) {
		for (CellTokens.Token token : tokens) {
			if (token.isLabel() && this.values.containsKey(token.label())) {
				return true;
			}
		}
		return false;
	}

	/** A header row: every value belongs to the label before it in the row. */
	void add(List<CellTokens.Token> tokens) {
		List<RawValue> current = null;
		boolean anyValue = false;
		List<CellTokens.Token> labels = new ArrayList<>();
		for (CellTokens.Token token : tokens) {
			if (token.isLabel()) {
				current = this.values.computeIfAbsent(token.label(), (label) -> new ArrayList<>());
				if (token.label() == HeaderLabel.BUDGET && this.budgetYear == null) {
					this.budgetYear = HeaderLabel.budgetYear(token.key());
				}
				labels.add(token);
			}
			else if (current != null) {
				current.add(token.value());
				anyValue = true;
			}
		}
		this.labelsAbove = anyValue ? List.of() : labels;
	}

	boolean awaitsValuesBelow() {
		return !this.labelsAbove.isEmpty();
	}

	/**
	 * A row of values under a row of labels only: each cell belongs to the nearest label
	 * at or left of it.
	 */
	void addBelowLabels(List<Cell> cells) {
		for (Cell cell : cells) {
			CellTokens.Token owner = null;
			for (CellTokens.Token label : this.labelsAbove) {
				if (label.column() <= cell.column() && (owner == null || label.column() > owner.column())) {
					owner = label;
				}
			}
			String text = CanonicalText.of(cell.text());
			if (owner != null && !text.isEmpty()) {
				this.values.get(owner.label()).add(new RawValue(text, cell.submitted(), cell.ref()));
			}
		}
		this.labelsAbove = List.of();
	}

}
