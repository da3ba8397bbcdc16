package org.roadmapetl.job;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Where a run's time goes: reading and normalising (summed over the reader threads),
 * applying to the warehouse, and checking, as Micrometer timers ({@code roadmap.phase},
 * tag {@code phase}); plus the JVM's peak heap. Logged at the end of every run (the
 * timers' growth since it began), read by {@code jobs/bench}.
 */
final class PhaseClock {

	enum Phase {

		READ, LOAD, CHECK

	}

	private final Map<Phase, Timer> timers = new EnumMap<>(Phase.class);

	private final Map<Phase, Double> atStart = new EnumMap<>(Phase.class);

	PhaseClock(MeterRegistry registry) {
		for (Phase phase : Phase.values()) {
			this.timers.put(phase,
					Timer.builder("roadmap.phase")
						.description("time spent in a phase of the load job")
						.tag("phase", phase.name().toLowerCase())
						.register(registry));
		}
		reset();
	}

	void reset() {
		this.timers.forEach((phase, timer) -> this.atStart.put(phase, timer.totalTime(TimeUnit.SECONDS)));
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	void read(long nanos) {
		this.timers.get(Phase.READ).record(nanos, TimeUnit.NANOSECONDS);
	}

	void load(long nanos) {
		this.timers.get(Phase.LOAD).record(nanos, TimeUnit.NANOSECONDS);
	}

	void check(long nanos) {
		this.timers.get(Phase.CHECK).record(nanos, TimeUnit.NANOSECONDS);
	}

	private double sinceStart(Phase phase) {
		return this.timers.get(phase).totalTime(TimeUnit.SECONDS) - this.atStart.get(phase);
	}

	String describe() {
		return String.format(
				"Phases: read+normalise %.1f s (summed over reader threads), load %.1f s, check %.1f s; "
						+ "peak heap %d MiB",
				sinceStart(Phase.READ), sinceStart(Phase.LOAD), sinceStart(Phase.CHECK),
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
