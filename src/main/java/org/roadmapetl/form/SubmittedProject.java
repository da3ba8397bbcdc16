package org.roadmapetl.form;

import java.util.List;
import java.util.Map;

import org.roadmapetl.submission.CellRef;

/**
 * One project block as found in a submission: the values of its header labels (several
 * values where a label is followed by more than one cell, e.g. an amount and its
 * accounting note), its year columns and its initiatives. Texts are canonical; nothing is
 * interpreted yet. {@code budgetYear} is the fiscal year the budget's label names
 * ({@code R7事業費(千円)} → 2025), null when the label names none.
 */
public record SubmittedProject(CellRef start, Map<HeaderLabel, List<RawValue>> header, Integer budgetYear,
		List<YearColumn> years, List<SubmittedInitiative> initiatives, List<FormProblem> problems) {

	public List<RawValue> values(HeaderLabel label) {
		return this.header.getOrDefault(label, List.of());
	}

	/** The first non-empty value of the label, or {@link RawValue#MISSING}. */
	public RawValue value(HeaderLabel label) {
		for (RawValue value : values(label)) {
			if (!value.isEmpty()) {
				return value;
			}
		}
		List<RawValue> values = values(label);
		return values.isEmpty() ? RawValue.MISSING : values.get(0);
	}

}
