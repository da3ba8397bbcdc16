package org.roadmapetl.normalise;

/**
 * An initiative name without its responsible-section tag, and the section the tag named
 * ({@code null} if none).
 */
public record TaggedName(String name, String section) {
}
