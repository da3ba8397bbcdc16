package org.roadmapetl.submission;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.util.RecordFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whose fault a failure while reading a workbook is: the file's damage, or a bug of ours
 * (an internal error).
 */
class WorkbookFailuresTests {

	@TempDir
	Path dir;

	@Test
	void aFailureThrownInsideALibraryIsTheFilesDamageNamedWithoutItsClass() throws Exception {
		IllegalArgumentException inPoi = thrownAt(new IllegalArgumentException("Unexpected base token id (24)"),
				"org.apache.poi.ss.formula.ptg.Ptg");

		RuntimeException decided = WorkbookFailures.unreadable(file(), "部局.xls", "計画", inPoi, ".xls");

		assertThat(decided).isInstanceOf(UnreadableSubmissionException.DamagedFile.class);
		Reason reason = ((UnreadableSubmissionException) decided).reason();
		assertThat(reason.japanese())
			.isEqualTo("シート「計画」が壊れているため読めません (.xls の構造が読めません)。" + "Excel か LibreOffice で開いて保存し直し、送り直してください");
		assertThat(reason.english()).doesNotContain("IllegalArgument").doesNotContain("token");
	}

	@Test
	void aFailureThatStartedInOurCodeIsOursEvenWhenTheJdkThrewIt() throws Exception {
		NumberFormatException inOurs = thrownAt(new NumberFormatException("Character N is neither a decimal digit"),
				"java.math.BigDecimal", "org.roadmapetl.submission.CellText");

		RuntimeException decided = WorkbookFailures.unreadable(file(), "部局.xls", "計画", inOurs, ".xls");

		assertThat(decided).isSameAs(inOurs);
	}

	@Test
	void aLibrarysTypedRecordFailureIsTheFilesDamage() throws Exception {
		RecordFormatException damaged = thrownAt(new RecordFormatException("record too long"),
				"org.apache.poi.hssf.record.RecordInputStream", "org.roadmapetl.submission.XlsSubmissionReader");

		assertThat(WorkbookFailures.unreadable(file(), "部局.xls", null, damaged, ".xls"))
			.isInstanceOf(UnreadableSubmissionException.DamagedFile.class);
	}

	@Test
	void aFailureWithoutFramesIsTheFilesDamage() throws Exception {
		NullPointerException omitted = new NullPointerException();
		omitted.setStackTrace(new StackTraceElement[0]);

		assertThat(WorkbookFailures.unreadable(file(), "部局.xls", null, omitted, ".xls"))
			.isInstanceOf(UnreadableSubmissionException.DamagedFile.class);
	}

	private Path file() throws Exception {
		return Files.writeString(this.dir.resolve("部局.xls"), "x");
	}

	private static <T extends Throwable> T thrownAt(T failure, String... classes) {
		StackTraceElement[] frames = new StackTraceElement[classes.length];
		for (int i = 0; i < classes.length; i++) {
			frames[i] = new StackTraceElement(classes[i], "read", null, -1);
		}
		failure.setStackTrace(frames);
		return failure;
	}

}
