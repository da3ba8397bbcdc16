package org.roadmapetl.project;

import java.util.List;

/**
 * What one project block becomes: the project (null when the block has no 事業名) and its
 * problems.
 */
public record AssembledBlock(Project project, List<Problem> problems) {
}
