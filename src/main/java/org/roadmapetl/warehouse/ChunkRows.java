package org.roadmapetl.warehouse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import org.roadmapetl.normalise.CanonicalText;
import org.roadmapetl.normalise.FiscalYear;
import org.roadmapetl.normalise.OrganisationPair;
import org.roadmapetl.project.Initiative;
import org.roadmapetl.project.InitiativeYear;
import org.roadmapetl.project.InitiativeYear.YearCell;
import org.roadmapetl.project.Problem;
import org.roadmapetl.project.Project;
import org.roadmapetl.submission.CellRef;

/**
 * The rows of one chunk of submissions, one COPY text per table (the warehouse's, and
 * staging's for problems), with the keys the rows will have in the warehouse. Also the
 * content hash of a project over everything stored for it, so that applying an unchanged
 * project again changes nothing.
 */
final class ChunkRows {

	/**
	 * The years of dw.fiscal_year (V2__warehouse.sql); a header year outside them has no
	 * fact to go to.
	 */
	private static final int FIRST_FISCAL_YEAR = 1989;

	private static final int LAST_FISCAL_YEAR = 2060;

	/**
	 * {@code budget_r6_thousand_yen} keeps its meaning: the budget when its year is Reiwa
	 * 6.
	 */
	private static final Integer BUDGET_R6_YEAR = FiscalYear.ofReiwa(6).startYear();

	final CopyRows projects = new CopyRows();

	final CopyRows organisations = new CopyRows();

	final CopyRows initiatives = new CopyRows();

	final CopyRows years = new CopyRows();

	final CopyRows problems = new CopyRows();

	private final String loadedAt;

	/**
	 * @param loadedAt the loading transaction's time, as PostgreSQL writes it: a new
	 * version is valid from then
	 */
	ChunkRows(String loadedAt) {
		this.loadedAt = loadedAt;
	}

	static String contentHash(Project project) {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		digest(digest, projectValues(project));
		digest(digest, location(project.source()));
		for (OrganisationPair pair : project.organisations()) {
			digest(digest, pair.department(), pair.section());
		}
		for (Initiative initiative : project.initiatives()) {
			digest(digest, initiative.seq(), initiative.name(), initiative.section(), location(initiative.source()));
			for (InitiativeYear year : initiative.years()) {
				digest(digest, year.fiscalYear(), year.plan().submitted(), year.plan().resolved(),
						location(year.plan().ref()), year.actual().submitted(), year.actual().resolved(),
						location(year.actual().ref()));
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * A new version of the project: its row and those of its organisations (linked to the
	 * dimension), initiatives and years.
	 * @param initiativeIds ids drawn for initiatives; this project's start at
	 * {@code firstInitiative}
	 */
	void addVersion(long projectVersionId, long submissionId, Project project, String hash, long[] initiativeIds,
			int firstInitiative, OrganisationLinks links) {
		Long budgetR6 = Objects.equals(project.budgetFiscalYear(), BUDGET_R6_YEAR) ? project.budgetThousandYen() : null;
		row(this.projects, projectVersionId, project.nameKey(), project.name(), project.field(), project.category(),
				project.department(), project.section(), project.budgetThousandYen(), project.budgetFiscalYear(),
				budgetR6, project.budgetNote(), project.priority(), project.futureResponse(), project.startFiscalYear(),
				project.startSubmitted(), project.endFiscalYear(), project.openEnded(), project.overview(), hash,
				submissionId, location(project.source()), this.loadedAt, null, true);
		int ordinal = 0;
		for (OrganisationPair pair : project.organisations()) {
			row(this.organisations, projectVersionId, ++ordinal, pair.department(), pair.section(),
					links.idOf(keyOf(pair.department()), keyOf(pair.section())));
		}
		int next = firstInitiative;
		for (Initiative initiative : project.initiatives()) {
			long initiativeId = initiativeIds[next++];
			row(this.initiatives, initiativeId, projectVersionId, initiative.seq(), initiative.name(),
					initiative.nameKey(), initiative.section(), location(initiative.source()));
			for (InitiativeYear year : initiative.years()) {
				if (year.fiscalYear() < FIRST_FISCAL_YEAR || year.fiscalYear() > LAST_FISCAL_YEAR) {
					continue;
				}
				YearCell plan = year.plan();
				YearCell actual = year.actual();
				row(this.years, initiativeId, year.fiscalYear(), submissionId, plan.submitted(), plan.text(),
						plan.resolved(), location(plan.ref()), actual.submitted(), actual.text(), actual.resolved(),
						location(actual.ref()));
			}
		}
	}

	void addProblem(long submissionId, Problem problem) {
		String name = problem.projectName();
		row(this.problems, submissionId, problem.type().name(), (name != null) ? CanonicalText.matchKey(name) : null,
				name, problem.initiativeName(), problem.fiscalYear(), problem.submitted(), problem.message(),
				problem.suggestion(), location(problem.where()));
	}

	private static Object[] projectValues(Project project) {
		return new Object[] { project.nameKey(), project.name(), project.field(), project.category(),
				project.department(), project.section(), project.budgetThousandYen(), project.budgetFiscalYear(),
				project.budgetNote(), project.priority(), project.futureResponse(), project.startFiscalYear(),
				project.startSubmitted(), project.endFiscalYear(), project.openEnded(), project.overview() };
	}

	private static void row(CopyRows rows, Object... values) {
		for (Object value : values) {
			rows.value(value);
		}
		rows.endRow();
	}

	private static void digest(MessageDigest digest, Object... values) {
		for (Object value : values) {
			digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
		}
	}

	private static String keyOf(String name) {
		return (name != null) ? CanonicalText.matchKey(name) : null;
	}

	static String location(CellRef ref) {
		return (ref != null) ? ref.location() : null;
	}

}
