package org.roadmapetl.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an Office Open XML workbook (.xlsx) sheet by sheet, streaming: each sheet's XML
 * is parsed with SAX and every row is handed to the sink as soon as it ends. Only the
 * shared strings table, the styles and a sheet's merged ranges are held in memory.
 */
public final class XlsxSubmissionReader implements SubmissionReader {

	private static final String FORMAT = ".xlsx";

	private final ReadLimits limits;

	public XlsxSubmissionReader() {
		this(ReadLimits.DEFAULTS);
	}

	public XlsxSubmissionReader(ReadLimits limits) {
		this.limits = limits;
	}

	@Override
	public void read(Path file, String displayName, RowSink sink) throws IOException {
		PoiLimits.apply();
		HardenedSax.limits(this.limits);
		WorkbookFailures.requireContent(file, displayName);
		// where reading is: the sheet, or else the part (shared strings, styles), for a
		// failure's reason
		String[] sheet = new String[2];
		try (WorkbookZip parts = WorkbookZip.open(file)) {
			if (parts != null) {
				readParts(parts, displayName, sink, sheet);
				return;
			}
		}
		catch (RowAssembler.SinkFailure failure) {
			throw failure.getCause();
		}
		catch (IOException | SAXException | RuntimeException ex) {
			throw WorkbookFailures.unreadable(file, displayName, sheet[0], sheet[1], ex, FORMAT);
		}
		readPackage(file, displayName, sink);
	}

	/**
	 * The usual package: its parts read straight from the zip, each sheet inflated once
	 * for a scan for merges and one parse of its cells (twice when it is too large to
	 * hold).
	 */
	private void readParts(WorkbookZip parts, String displayName, RowSink sink, String[] sheet)
			throws IOException, SAXException {
		SharedStringRuns strings;
		sheet[1] = (parts.sharedStrings() != null) ? parts.sharedStrings().getName() : null;
		try (InputStream xml = (parts.sharedStrings() != null) ? parts.open(parts.sharedStrings()) : null) {
			strings = SharedStringRuns.read(xml);
		}
		CellStyles styles;
		sheet[1] = (parts.styles() != null) ? parts.styles().getName() : null;
		try (InputStream xml = (parts.styles() != null) ? parts.open(parts.styles()) : null) {
			styles = DateStyles.read(xml);
		}
		sheet[1] = null;
		RowAssembler rows = new RowAssembler(displayName, sink, this.limits);
		for (WorkbookZip.SheetPart part : parts.sheets()) {
			if (part.hidden()) {
				rows.startSheet(part.name(), MergedAreas.NONE, true);
				rows.endSheet();
				continue;
			}
			sheet[0] = part.name();
			ScannedSheet scanned;
			try (InputStream xml = parts.open(part.entry())) {
				scanned = MergeCellsScan.scan(xml, MergeCellsScan.HELD_BYTES, this.limits, displayName, part.name());
			}
			rows.startSheet(part.name(), scanned.merged());
			scanned.parse(() -> parts.open(part.entry()), new SheetXmlHandler(strings, styles, parts.date1904(), rows));
			rows.endSheet();
			sheet[0] = null;
		}
	}

	/** Any other package, through POI's package layer. */
	private void readPackage(Path file, String displayName, RowSink sink) throws IOException {
		String sheet = null;
		String part = null;
		OPCPackage pkg = null;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
			XSSFReader workbook = new XSSFReader(pkg);
			part = "xl/sharedStrings.xml";
			SharedStringRuns strings = sharedStrings(pkg);
			part = "xl/styles.xml";
			CellStyles styles;
			try (InputStream xml = workbook.getStylesData()) {
				styles = DateStyles.read(xml);
			}
			part = "xl/workbook.xml";
			Set<String> hiddenSheets = new HashSet<>();
			boolean date1904 = usesDate1904(workbook, hiddenSheets);
			part = null;
			RowAssembler rows = new RowAssembler(displayName, sink, this.limits);
			XSSFReader.SheetIterator sheets = workbook.getSheetIterator();
			while (sheets.hasNext()) {
				ScannedSheet scanned;
				try (InputStream xml = sheets.next()) {
					sheet = sheets.getSheetName();
					scanned = MergeCellsScan.scan(xml, MergeCellsScan.HELD_BYTES, this.limits, displayName, sheet);
				}
				if (hiddenSheets.contains(sheet)) {
					rows.startSheet(sheet, MergedAreas.NONE, true);
					rows.endSheet();
					sheet = null;
					continue;
				}
				rows.startSheet(sheet, scanned.merged());
				PackagePart sheetPart = sheets.getSheetPart();
				scanned.parse(sheetPart::getInputStream, new SheetXmlHandler(strings, styles, date1904, rows));
				rows.endSheet();
				sheet = null;
			}
		}
		catch (RowAssembler.SinkFailure failure) {
			throw failure.getCause();
		}
		catch (IOException | SAXException | OpenXML4JException | RuntimeException ex) {
			throw WorkbookFailures.unreadable(file, displayName, sheet, part, ex, FORMAT);
		}
		finally {
			if (pkg != null) {
				pkg.revert();
			}
		}
	}

	private static SharedStringRuns sharedStrings(OPCPackage pkg) throws IOException, SAXException {
		List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return SharedStringRuns.read(null);
		}
		try (InputStream xml = parts.get(0).getInputStream()) {
			return SharedStringRuns.read(xml);
		}
	}

	/**
	 * Workbooks from old Mac Excel count dates from 1904; the flag sits on workbook.xml's
	 * workbookPr, beside the sheets and their state, whose hidden ones are put in
	 * {@code hiddenSheets}.
	 */
	private static boolean usesDate1904(XSSFReader workbook, Set<String> hiddenSheets)
			throws IOException, SAXException, OpenXML4JException {
		boolean[] date1904 = new boolean[1];
		try (InputStream xml = workbook.getWorkbookData()) {
			HardenedSax.parse(xml, new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					if ("workbookPr".equals(localName)) {
						String value = attributes.getValue("date1904");
						date1904[0] = "1".equals(value) || "true".equals(value);
					}
					else if ("sheet".equals(localName) && WorkbookZip.isHidden(attributes.getValue("state"))) {
						hiddenSheets.add(attributes.getValue("name"));
					}
				}
			});
		}
		return date1904[0];
	}

}
