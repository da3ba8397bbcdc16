package org.roadmapetl.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.xml.sax.SAXException;

/**
 * Reads an OpenDocument spreadsheet (.ods, as LibreOffice Calc saves it) sheet by sheet,
 * streaming: the named styles of {@code styles.xml}, then {@code content.xml} in one SAX
 * pass into the same rows of cells as the workbook readers give. The zip is opened
 * through POI's {@link ZipSecureFile}, so the zip-bomb and entry-size limits of
 * {@link PoiLimits} hold, and the XML is parsed with {@link HardenedSax} (no DOCTYPE, no
 * entities).
 */
public final class OdsSubmissionReader implements SubmissionReader {

	private static final String FORMAT = ".ods";

	private static final int MANIFEST_PREFIX = 256 * 1024;

	private final ReadLimits limits;

	public OdsSubmissionReader() {
		this(ReadLimits.DEFAULTS);
	}

	public OdsSubmissionReader(ReadLimits limits) {
		this.limits = limits;
	}

	/**
	 * LibreOffice encrypts the parts of a password-protected file and says so in the
	 * manifest, whose own XML stays plain: its {@code encryption-data} element is the
	 * mark.
	 */
	private static boolean isEncrypted(ZipSecureFile zip) throws IOException {
		ZipArchiveEntry manifest = zip.getEntry("META-INF/manifest.xml");
		if (manifest == null) {
			return false;
		}
		try (InputStream xml = zip.getInputStream(manifest)) {
			byte[] head = xml.readNBytes(MANIFEST_PREFIX);
			return new String(head, java.nio.charset.StandardCharsets.UTF_8).contains("encryption-data");
		}
	}

	@Override
	public void read(Path file, String displayName, RowSink sink) throws IOException {
		PoiLimits.apply();
		HardenedSax.limits(this.limits);
		WorkbookFailures.requireContent(file, displayName);
		OdsContentHandler content = null;
		try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
			if (isEncrypted(zip)) {
				throw new UnreadableSubmissionException.NotASubmission(displayName, Reason.PASSWORD);
			}
			OdsStyles styles = new OdsStyles();
			ZipArchiveEntry namedStyles = zip.getEntry("styles.xml");
			if (namedStyles != null) {
				try (InputStream xml = zip.getInputStream(namedStyles)) {
					HardenedSax.parse(xml, new OdsStylesHandler(styles));
				}
			}
			ZipArchiveEntry contentXml = zip.getEntry("content.xml");
			if (contentXml == null) {
				throw new UnreadableSubmissionException.DamagedFile(displayName, new Reason(
						"OpenDocument のファイルに content.xml がありません。壊れているか表計算のファイルではありません。LibreOffice で開いて .ods で保存し直してください",
						"the file is an OpenDocument package without content.xml: damaged or not a spreadsheet; open it in "
								+ "LibreOffice and save it again as .ods"),
						null, null);
			}
			content = new OdsContentHandler(styles, new RowAssembler(displayName, sink, this.limits), this.limits,
					displayName);
			try (InputStream xml = zip.getInputStream(contentXml)) {
				HardenedSax.parse(xml, content);
			}
		}
		catch (RowAssembler.SinkFailure failure) {
			throw failure.getCause();
		}
		catch (UnreadableSubmissionException ex) {
			throw ex;
		}
		catch (IOException | SAXException | RuntimeException ex) {
			throw WorkbookFailures.unreadable(file, displayName, (content != null) ? content.sheet() : null, ex,
					FORMAT);
		}
	}

}
