package org.roadmapetl.submission;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Reads one .xlsx with {@link XlsxSubmissionReader} and prints what it cost: started in a
 * child JVM with a small heap by {@link XlsxLargeSheetTests}.
 */
final class ReadLargeWorkbook {

	private ReadLargeWorkbook() {
	}

	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]);
		long[] counts = new long[3];
		long start = System.nanoTime();
		new XlsxSubmissionReader().read(file, file.getFileName().toString(), new RowSink() {

			@Override
			public void startSheet(String sheetName, boolean yearCellsPositional) {
			}

			@Override
			public void row(SheetRow row) {
				counts[0]++;
				counts[1] += row.cells().size();
				if (counts[0] % 1000 == 0) {
					Runtime runtime = Runtime.getRuntime();
					counts[2] = Math.max(counts[2], runtime.totalMemory() - runtime.freeMemory());
				}
			}

			@Override
			public void endSheet() {
			}

		});
		long millis = (System.nanoTime() - start) / 1_000_000;
		long poolPeaks = 0;
		long afterGc = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				poolPeaks += pool.getPeakUsage().getUsed();
				afterGc += (pool.getCollectionUsage() != null) ? pool.getCollectionUsage().getUsed() : 0;
			}
		}
		// Used heap includes garbage not yet collected; what survived the last collection
		// is the live set.
		System.out.printf(
				"rows=%d cells=%d millis=%d maxHeapMiB=%d sampledPeakUsedMiB=%d poolPeaksMiB=%d"
						+ " liveAfterLastGcMiB=%d%n",
				counts[0], counts[1], millis, Runtime.getRuntime().maxMemory() >> 20, counts[2] >> 20, poolPeaks >> 20,
				afterGc >> 20);
	}

}
