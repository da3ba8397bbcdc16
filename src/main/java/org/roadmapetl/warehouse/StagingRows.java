package org.roadmapetl.warehouse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.roadmapetl.normalise.CanonicalText;
import org.roadmapetl.normalise.OrganisationPair;
import org.roadmapetl.project.Initiative;
import org.roadmapetl.project.InitiativeYear;
import org.roadmapetl.project.InitiativeYear.YearCell;
import org.roadmapetl.project.Problem;
import org.roadmapetl.project.Project;
import org.roadmapetl.submission.CellRef;

/**
 * The staging rows of one submission, one COPY text per staging table. Each project also gets a content hash
 * over everything stored for it, so that applying an unchanged project again changes nothing.
 */
final class StagingRows {

	final CopyRows projects = new CopyRows();

	final CopyRows organisations = new CopyRows();

	final CopyRows initiatives = new CopyRows();

	final CopyRows years = new CopyRows();

	final CopyRows problems = new CopyRows();

	private final long loadId;

	private final MessageDigest digest;

	StagingRows(long loadId) {
		this.loadId = loadId;
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	void add(int ordinal, Project project) {
		this.digest.reset();
		String key = project.nameKey();
		int i = 0;
		for (OrganisationPair pair : project.organisations()) {
			row(this.organisations, key, ++i, pair.department(), pair.section(), keyOf(pair.department()),
					keyOf(pair.section()));
		}
		for (Initiative initiative : project.initiatives()) {
			row(this.initiatives, key, initiative.seq(), initiative.name(), initiative.nameKey(), initiative.section(),
					location(initiative.source()));
			for (InitiativeYear year : initiative.years()) {
				YearCell plan = year.plan();
				YearCell actual = year.actual();
				row(this.years, key, initiative.seq(), year.fiscalYear(), plan.submitted(), plan.text(), plan.resolved(),
						location(plan.ref()), actual.submitted(), actual.text(), actual.resolved(), location(actual.ref()));
			}
		}
		Object[] values = { key, project.name(), project.field(), project.category(), project.department(),
				project.section(), project.budgetThousandYen(), project.budgetNote(), project.priority(),
				project.futureResponse(), project.startFiscalYear(), project.startSubmitted(), project.endFiscalYear(),
				project.openEnded(), project.overview() };
		String source = location(project.source());
		digestValues(values);
		digestValues(new Object[] { source });
		String hash = HexFormat.of().formatHex(this.digest.digest());
		this.projects.value(this.loadId).value(ordinal);
		for (Object value : values) {
			this.projects.value(value);
		}
		this.projects.value(hash).value(source).endRow();
	}

	void add(Problem problem) {
		String name = problem.projectName();
		this.problems.value(this.loadId)
			.value(problem.type().name())
			.value((name != null) ? CanonicalText.matchKey(name) : null)
			.value(name)
			.value(problem.initiativeName())
			.value(problem.fiscalYear())
			.value(problem.submitted())
			.value(problem.message())
			.value(problem.suggestion())
			.value(location(problem.where()))
			.endRow();
	}

	private void row(CopyRows rows, Object... values) {
		rows.value(this.loadId);
		for (Object value : values) {
			rows.value(value);
		}
		rows.endRow();
		digestValues(values);
	}

	private void digestValues(Object[] values) {
		for (Object value : values) {
			this.digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
			this.digest.update((byte) 0);
		}
	}

	private static String keyOf(String name) {
		return (name != null) ? CanonicalText.matchKey(name) : null;
	}

	static String location(CellRef ref) {
		return (ref != null) ? ref.location() : null;
	}

}
