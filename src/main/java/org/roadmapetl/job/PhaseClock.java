package org.roadmapetl.job;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a run's time goes: reading and normalising (summed over the reader threads), applying to the warehouse,
 * and checking; plus the JVM's peak heap. Logged at the end of every run, read by {@code jobs/bench}.
 */
final class PhaseClock {

	private final AtomicLong readNanos = new AtomicLong();

	private final AtomicLong loadNanos = new AtomicLong();

	private final AtomicLong checkNanos = new AtomicLong();

	void reset() {
		this.readNanos.set(0);
		this.loadNanos.set(0);
		this.checkNanos.set(0);
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	void read(long nanos) {
		this.readNanos.addAndGet(nanos);
	}

	void load(long nanos) {
		this.loadNanos.addAndGet(nanos);
	}

	void check(long nanos) {
		this.checkNanos.addAndGet(nanos);
	}

	String describe() {
		return String.format("Phases: read+normalise %.1f s (summed over reader threads), load %.1f s, check %.1f s; "
				+ "peak heap %d MiB", this.readNanos.get() / 1e9, this.loadNanos.get() / 1e9, this.checkNanos.get() / 1e9,
				peakHeapBytes() / (1024 * 1024));
	}

	private static long peakHeapBytes() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

}
