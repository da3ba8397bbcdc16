package org.roadmapetl.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.roadmapetl.FormWorkbooks;

/**
 * The sample export's 13 projects handed out in turn, each copy's 事業名 made unique by the
 * workbook and sheet it goes to, so that every copy loads as a project of its own.
 */
final class SampleProjects {

	private final List<List<String[]>> blocks;

	private SampleProjects(List<List<String[]>> blocks) {
		this.blocks = blocks;
	}

	static SampleProjects load() throws IOException {
		return new SampleProjects(FormWorkbooks.sampleBlocks());
	}

	/**
	 * @param workbook the file's number, from 1
	 * @param sheet the project's place in the file, from 1
	 * @param perFile projects per file
	 * @return the block's tab-separated fields, line by line
	 */
	List<String[]> project(int workbook, int sheet, int perFile) {
		int index = (int) ((((long) workbook - 1) * perFile + sheet - 1) % this.blocks.size());
		List<String[]> copy = new ArrayList<>();
		for (String[] fields : this.blocks.get(index)) {
			String[] line = fields.clone();
			if (line.length > 1 && line[0].strip().equals("事業名")) {
				line[1] = line[1].strip() + " 第" + workbook + "-" + sheet + "号";
			}
			copy.add(line);
		}
		return copy;
	}

	/**
	 * Whether a line is an initiative's 計画 row followed by its 実績 row (the two the form
	 * merges the name over).
	 */
	static boolean isPlanOverActual(List<String[]> block, int line) {
		String[] plan = block.get(line);
		if (plan.length < 2 || !plan[1].strip().equals("計画") || plan[0].isBlank() || line + 1 >= block.size()) {
			return false;
		}
		String[] actual = block.get(line + 1);
		return actual.length > 1 && actual[1].strip().equals("実績") && actual[0].isBlank();
	}

	/** The block's initiative × year facts: five years (R6–R10) for every initiative. */
	static int initiativeYears(List<String[]> block) {
		int initiatives = 0;
		for (int line = 0; line < block.size(); line++) {
			if (isPlanOverActual(block, line)) {
				initiatives++;
			}
		}
		return initiatives * 5;
	}

}
