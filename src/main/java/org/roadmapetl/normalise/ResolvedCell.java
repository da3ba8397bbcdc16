package org.roadmapetl.normalise;

import java.util.List;

/**
 * A plan or actual cell as submitted and as resolved: a cell of bare item markers
 * resolves to the items it continues; {@code undefinedMarkers} lists the markers of that
 * cell that no earlier cell of the row defines.
 */
public record ResolvedCell(String submitted, String resolved, List<String> undefinedMarkers) {

	public ResolvedCell {
		undefinedMarkers = List.copyOf(undefinedMarkers);
	}

	public boolean hasUndefinedMarkers() {
		return !this.undefinedMarkers.isEmpty();
	}

}
