package org.roadmapetl.project;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.cli.WarmLauncher;
import org.roadmapetl.normalise.RoadmapPeriod;
import org.roadmapetl.Mutants;
import org.roadmapetl.OddFiles;
import org.roadmapetl.ReportViews;
import org.roadmapetl.TestDatabase;
import org.roadmapetl.cli.ExitCodes;
import org.roadmapetl.normalise.OrganisationMaster;
import org.roadmapetl.submission.UnreadableSubmissionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded mutants of the samples (bytes changed, inserted and cut in the XML of .xlsx, the
 * streams of .xls and text exports) are each read or refused with a typed reason, never
 * an internal error; a real run over some of them beside the samples never fails and
 * loads every sample.
 */
class FuzzedSubmissionsTests {

	private static final long SEED = 20261201L;

	@TempDir
	Path work;

	@Test
	void everyMutantIsReadOrRefusedWithATypedReason() throws Exception {
		List<Path> mutants = new Mutants(SEED).write(this.work, 120, 90, 90);
		SubmissionParser parser = new SubmissionParser(master(), RoadmapPeriod.parse("R6-R10"));
		List<String> internal = new ArrayList<>();
		Map<String, Integer> outcomes = new HashMap<>();
		for (Path mutant : mutants) {
			try {
				parser.parse(new SubmissionFile(mutant, mutant.getFileName().toString(), "x", Files.size(mutant)));
				outcomes.merge("read", 1, Integer::sum);
			}
			catch (UnreadableSubmissionException ex) {
				if (ex.getClass() == UnreadableSubmissionException.class) {
					internal.add(mutant.getFileName() + ": untyped " + ex.getMessage());
				}
				outcomes.merge(ex.getClass().getSimpleName(), 1, Integer::sum);
			}
			catch (Exception | StackOverflowError ex) {
				internal.add(mutant.getFileName() + ": " + ex);
			}
		}
		System.out.println("fuzz: " + mutants.size() + " mutants, seed " + SEED + ": " + outcomes);
		assertThat(internal).isEmpty();
		assertThat(outcomes).containsKey("read").containsKey("DamagedFile");
	}

	@Test
	void aRunOverSamplesAndMutantsNeverFailsAndLoadsEverySample() throws Exception {
		Path inbox = Files.createDirectories(this.work.resolve("inbox"));
		List<Path> samples = OddFiles.copySamples(inbox);
		for (Path mutant : new Mutants(SEED + 1).write(this.work.resolve("mutants"), 8, 6, 6)) {
			Files.move(mutant, inbox.resolve(mutant.getFileName()));
			OddFiles.age(inbox.resolve(mutant.getFileName()), Duration.ofHours(1));
		}
		try (TestDatabase database = TestDatabase.create()) {
			int status = WarmLauncher.launch(new String[] { "run", "--inbox", inbox.toString() },
					database.properties());

			assertThat(status).isIn(ExitCodes.SUCCESS, ExitCodes.FINISHED_WITH_QUARANTINE);
			ReportViews views = new ReportViews(database);
			List<List<String>> loaded = views.rows("dw.submission", "file_name");
			for (Path sample : samples) {
				assertThat(loaded).contains(List.of(sample.getFileName().toString()));
			}
			assertThat(views.count("SELECT count(*) FROM dw.quarantined_file WHERE fault <> 'department'")).isZero();
			assertThat(views.count("SELECT count(*) FROM dw.quarantined_file")).isEqualTo(status == 3
					? views.count("SELECT count(*) FROM dw.quarantined_file WHERE file_name LIKE 'mutant-%'") : 0);
		}
	}

	private static OrganisationMaster master() throws IOException {
		try (var in = new InputStreamReader(
				FuzzedSubmissionsTests.class.getResourceAsStream("/db/reference/organizations.tsv"),
				StandardCharsets.UTF_8)) {
			return OrganisationMaster.read(in);
		}
	}

}
