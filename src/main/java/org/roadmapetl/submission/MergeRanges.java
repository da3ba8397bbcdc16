package org.roadmapetl.submission;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The ranges found so far, at most a limit of them: a sheet of nothing but merges must
 * not fill the heap.
 */
final class MergeRanges {

	private final List<CellRangeAddress> found = new ArrayList<>();

	private final int most;

	private final String file;

	private final String sheet;

	MergeRanges(int most, String file, String sheet) {
		this.most = most;
		this.file = file;
		this.sheet = sheet;
	}

	void add(String ref) {
		if (this.found.size() >= this.most) {
			throw new UnreadableSubmissionException.OverLimit(this.file,
					Reason.overLimit("シート「" + this.sheet + "」の結合セルの数",
							"the merged ranges of sheet '" + this.sheet + "' are", this.most, "roadmap.limits.merges"),
					null);
		}
		this.found.add(CellRangeAddress.valueOf(ref));
	}

	MergedAreas merges() {
		return this.found.isEmpty() ? MergedAreas.NONE : new MergedAreas(this.found);
	}

}
