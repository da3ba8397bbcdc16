package org.roadmapetl.project;

import java.util.ArrayList;
import java.util.List;

import org.roadmapetl.form.FormProblem;
import org.roadmapetl.form.HeaderLabel;
import org.roadmapetl.form.RawValue;
import org.roadmapetl.form.SubmittedProject;
import org.roadmapetl.normalise.AmountReading;
import org.roadmapetl.normalise.Amounts;
import org.roadmapetl.normalise.CanonicalText;
import org.roadmapetl.normalise.FiscalYears;
import org.roadmapetl.normalise.MarkReading;
import org.roadmapetl.normalise.Marks;
import org.roadmapetl.normalise.FiscalYear;
import org.roadmapetl.normalise.OrganisationMaster;
import org.roadmapetl.normalise.RoadmapPeriod;
import org.roadmapetl.normalise.YearReading;

/**
 * Turns a submitted block into a canonical {@link Project} by the rules of
 * normalisation.md. A value no rule reads becomes null and a {@link Problem} naming its
 * cell; nothing is guessed.
 */
public final class ProjectAssembler {

	private final OrganisationResolver organisations;

	private final RoadmapPeriod period;

	public ProjectAssembler(OrganisationMaster master, RoadmapPeriod period) {
		this.organisations = new OrganisationResolver(master);
		this.period = period;
	}

	public AssembledBlock assemble(SubmittedProject block) {
		List<Problem> problems = new ArrayList<>();
		for (FormProblem problem : block.problems()) {
			problems
				.add(Problem.of(ProblemType.UNREADABLE_FORM, problem.where(), problem.submitted(), problem.message()));
		}
		RawValue name = block.value(HeaderLabel.PROJECT_NAME);
		if (name.isEmpty()) {
			problems.add(Problem.of(ProblemType.UNREADABLE_FORM, block.start(), "", "事業名のないブロックは読み込めません。事業名を記入してください"));
			return new AssembledBlock(null, problems);
		}
		RawValue department = block.value(HeaderLabel.DEPARTMENT);
		RawValue section = block.value(HeaderLabel.SECTION);
		Budget budget = budget(block, problems);
		RawValue start = block.value(HeaderLabel.START_YEAR);
		YearReading startYear = year(start, false, problems);
		YearReading endYear = year(block.value(HeaderLabel.END_YEAR), true, problems);
		Project project = new Project(name.text(), CanonicalText.matchKey(name.text()),
				block.value(HeaderLabel.FIELD).text(), block.value(HeaderLabel.CATEGORY).text(), department.text(),
				section.text(), this.organisations.pairs(department, section, problems), budget.amount,
				(budget.amount != null) ? budget.fiscalYear : null, budget.note,
				mark(block, HeaderLabel.PRIORITY, problems), mark(block, HeaderLabel.FUTURE_RESPONSE, problems),
				startYear.fiscalYear(), start.text().isEmpty() ? null : start.text(), endYear.fiscalYear(),
				endYear.openEnded(), overview(block), name.ref(),
				InitiativeAssembler.initiatives(block, this.period, problems));
		problems.replaceAll((problem) -> problem.forProject(project.name()));
		return new AssembledBlock(project, problems);
	}

	private record Budget(Long amount, int fiscalYear, String note) {
	}

	/**
	 * The amount is the label's first value; an accounting note may follow in the same or
	 * the next cell. Its year is the one the label names ({@code R7事業費(千円)}), else the
	 * period's first.
	 */
	private Budget budget(SubmittedProject block, List<Problem> problems) {
		int year = (block.budgetYear() != null) ? block.budgetYear() : this.period.firstYear();
		String label = new FiscalYear(year).label() + "事業費(千円)";
		List<RawValue> values = block.values(HeaderLabel.BUDGET);
		Long amount = null;
		String note = null;
		for (int i = 0; i < values.size(); i++) {
			RawValue value = values.get(i);
			if (i == 0) {
				AmountReading reading = Amounts.read(value.text());
				if (reading.problem() != null) {
					problems.add(Problem.of(ProblemType.UNREADABLE_VALUE, value.ref(), value.submitted(),
							label + " が読めません: " + reading.problem()));
				}
				amount = reading.thousandYen();
				note = reading.note();
			}
			else if (note == null) {
				note = Amounts.noteOf(value.text());
			}
		}
		for (RawValue value : block.values(HeaderLabel.BUDGET_NOTE)) {
			if (note == null && !value.isEmpty()) {
				String inBrackets = Amounts.noteOf(value.text());
				note = (inBrackets != null) ? inBrackets : value.text();
			}
		}
		return new Budget(amount, year, note);
	}

	private YearReading year(RawValue value, boolean end, List<Problem> problems) {
		YearReading reading = FiscalYears.read(value.text());
		String label = end ? "事業終期" : "事業始期";
		if (reading.problem() != null) {
			problems.add(Problem.of(ProblemType.UNREADABLE_VALUE, value.ref(), value.submitted(),
					label + "が読めません: " + reading.problem()));
		}
		else if (reading.openEnded() && !end) {
			problems.add(Problem.of(ProblemType.UNREADABLE_VALUE, value.ref(), value.submitted(),
					"事業始期に「未定」は使えません。開始年度 (例: " + this.period.firstLabel() + ") を記入してください"));
			return FiscalYears.read("");
		}
		return reading;
	}

	private static Boolean mark(SubmittedProject block, HeaderLabel label, List<Problem> problems) {
		RawValue value = block.value(label);
		MarkReading reading = Marks.read(value.text());
		if (reading.problem() != null) {
			problems.add(Problem.of(ProblemType.UNREADABLE_VALUE, value.ref(), value.submitted(),
					label.japanese() + "が読めません: " + reading.problem()));
		}
		return reading.value();
	}

	private static String overview(SubmittedProject block) {
		StringBuilder text = new StringBuilder();
		for (RawValue value : block.values(HeaderLabel.OVERVIEW)) {
			if (!value.isEmpty()) {
				text.append(text.length() > 0 ? "\n" : "").append(value.text());
			}
		}
		return text.toString();
	}

}
