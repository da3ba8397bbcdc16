package org.roadmapetl.submission;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.FormWorkbooks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts of a workbook found straight from the zip, as POI's package layer would find
 * them.
 */
class WorkbookZipTests {

	@TempDir
	Path folder;

	@Test
	void findsEverySheetInTheWorkbooksOrderWithItsStringsAndStyles() throws Exception {
		Path file = FormWorkbooks.write(this.folder.resolve("form.xlsx"), FormWorkbooks.Kind.XLSX, true, 2, 1);

		try (WorkbookZip parts = WorkbookZip.open(file)) {
			assertThat(parts).isNotNull();
			assertThat(parts.sheets()).extracting(WorkbookZip.SheetPart::name).startsWith("01_事業", "02_事業").hasSize(13);
			assertThat(parts.sheets().get(0).entry().getName()).isEqualTo("xl/worksheets/sheet1.xml");
			assertThat(parts.sharedStrings().getName()).isEqualTo("xl/sharedStrings.xml");
			assertThat(parts.styles().getName()).isEqualTo("xl/styles.xml");
			assertThat(parts.date1904()).isFalse();
		}
	}

	@Test
	void leavesAnythingButAZipPackageToPoi() throws Exception {
		Path file = FormWorkbooks.write(this.folder.resolve("form.xls"), FormWorkbooks.Kind.XLS, true, 2, 1);

		assertThat(WorkbookZip.open(file)).isNull();
	}

	@Test
	void resolvesTargetsAsPartNames() {
		assertThat(WorkbookZip.resolve("xl/", "worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
		assertThat(WorkbookZip.resolve("xl/", "/xl/worksheets/sheet2.xml")).isEqualTo("xl/worksheets/sheet2.xml");
		assertThat(WorkbookZip.resolve("xl/", "../customXml/item1.xml")).isEqualTo("customXml/item1.xml");
		assertThat(WorkbookZip.resolve("", "xl/workbook.xml")).isEqualTo("xl/workbook.xml");
	}

}
