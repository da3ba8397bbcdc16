package org.roadmapetl.normalise;

/**
 * A department and one of its sections named by a project; the section is {@code null}
 * when none was named.
 */
public record OrganisationPair(String department, String section) {
}
