package org.roadmapetl.normalise;

/**
 * What a yes/no flag cell says: yes, no (empty), or a problem (then the value is
 * {@code null}).
 */
public record MarkReading(Boolean value, String problem) {

	public boolean isProblem() {
		return this.problem != null;
	}

}
