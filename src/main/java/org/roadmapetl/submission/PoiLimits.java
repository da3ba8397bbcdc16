package org.roadmapetl.submission;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * Sets Apache POI's global safety limits once, explicitly, before any workbook is opened.
 * POI keeps these limits in statics, so they are process-wide; calling {@link #apply()}
 * again changes nothing. POI's XML parsers already refuse DOCTYPE declarations and entity
 * expansion, and nothing here relaxes that.
 */
public final class PoiLimits {

	/**
	 * Largest expanded size of one part of an .xlsx package (a sheet's XML, the shared
	 * strings).
	 */
	public static final long MAX_ENTRY_SIZE = 100L * 1024 * 1024;

	/**
	 * Smallest ratio of compressed to expanded size a part may have once past
	 * {@link #GRACE_ENTRY_SIZE}.
	 */
	public static final double MIN_INFLATE_RATIO = 0.01;

	/** Parts smaller than this expanded are not checked for their inflate ratio. */
	public static final long GRACE_ENTRY_SIZE = 4L * 1024 * 1024;

	/** Most parts an .xlsx package may hold. */
	public static final long MAX_FILE_COUNT = 1000;

	/**
	 * Largest single byte array POI may allocate from a length declared inside a file
	 * (.xls records).
	 */
	public static final int BYTE_ARRAY_MAX = 100 * 1024 * 1024;

	private static volatile boolean applied;

	private PoiLimits() {
	}

	public static synchronized void apply() {
		if (applied) {
			return;
		}
		// A 100,000-row, 8-column sheet written with inline strings measured 50 MB of XML
		// (shared strings
		// roughly halve that); 100 MiB holds it and still stops a bomb within a second of
		// inflating.
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
		// Ordinary sheet XML deflates to 5-15 % of its size (that sheet: 8 %); only
		// repetition crafted to
		// inflate goes below 1 %.
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		// Excel's and LibreOffice's styles.xml (thousands of identical xf records)
		// deflates below 1 %
		// while staying a few MB: let such small parts through rather than switch the
		// ratio guard off.
		ZipSecureFile.setGraceEntrySize(GRACE_ENTRY_SIZE);
		// A submission has tens of sheets, each one to three parts: 1000 is generous but
		// bounded.
		ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
		// The main guard for .xls: a corrupt or hostile record length cannot make POI
		// allocate more than
		// this at once. It replaces POI's smaller per-record defaults, so keep it no
		// larger than needed.
		IOUtils.setByteArrayMaxOverride(BYTE_ARRAY_MAX);
		applied = true;
	}

}
