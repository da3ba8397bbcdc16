package org.roadmapetl.project;

import java.nio.file.Path;

/**
 * A file in the inbox: where it is, the name lineage records, its SHA-256 checksum, size
 * and format.
 */
public record SubmissionFile(Path path, String name, String checksum, long sizeBytes) {
}
