package org.roadmapetl.normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The organisation master (department → section, with validity dates) and the look-ups
 * normalisation needs. Names are compared by their {@link CanonicalText#matchKey match
 * key}.
 */
public final class OrganisationMaster {

	// Latest first, an entry without an end date before all others: the order in which a
	// section's department is
	// looked for.
	private static final Comparator<OrganisationEntry> LATEST_FIRST = Comparator.comparing(OrganisationEntry::validTo,
			Comparator.nullsFirst(Comparator.<LocalDate>reverseOrder()));

	private final List<OrganisationEntry> entries;

	private final Map<String, String> departments = new LinkedHashMap<>();

	private final Map<String, String> sections = new LinkedHashMap<>();

	private final Map<String, List<OrganisationEntry>> entriesBySection = new HashMap<>();

	OrganisationMaster(List<OrganisationEntry> entries) {
		this.entries = List.copyOf(entries);
		for (OrganisationEntry entry : this.entries) {
			this.departments.putIfAbsent(CanonicalText.matchKey(entry.department()), entry.department());
			if (entry.section() != null) {
				String key = CanonicalText.matchKey(entry.section());
				this.sections.putIfAbsent(key, entry.section());
				this.entriesBySection.computeIfAbsent(key, (k) -> new ArrayList<>()).add(entry);
			}
		}
		this.entriesBySection.values().forEach((found) -> found.sort(LATEST_FIRST));
	}

	/**
	 * Reads the master's TSV; a malformed line is an {@link IllegalArgumentException}
	 * naming it.
	 */
	public static OrganisationMaster read(Reader tsv) {
		try {
			return new OrganisationMaster(OrganisationMasterFormat.entries(new BufferedReader(tsv)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the organisation master", ex);
		}
	}

	public List<OrganisationEntry> entries() {
		return this.entries;
	}

	public boolean isKnownDepartment(String name) {
		return this.departments.containsKey(CanonicalText.matchKey(CanonicalText.refold(name)));
	}

	public boolean isKnownSection(String name) {
		return this.sections.containsKey(CanonicalText.matchKey(CanonicalText.refold(name)));
	}

	/**
	 * The department a section belongs to now (its entry with no end date, else its
	 * latest one); empty when the section is unknown or its latest entries name more than
	 * one department.
	 */
	public Optional<String> departmentOfSection(String section) {
		List<OrganisationEntry> found = entriesOf(section);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		LocalDate latest = found.get(0).validTo();
		return onlyDepartment(found.stream().filter((e) -> Objects.equals(e.validTo(), latest)).toList());
	}

	/**
	 * The department a section belonged to on {@code date}; empty when unknown or
	 * ambiguous on that date.
	 */
	public Optional<String> departmentOfSection(String section, LocalDate date) {
		return onlyDepartment(entriesOf(section).stream().filter((e) -> e.isValidOn(date)).toList());
	}

	/**
	 * The department or section name of the master closest to {@code unknownName} by edit
	 * distance, when it is close enough to be a typo (at most a third of the name's
	 * length, at least one character).
	 */
	public Optional<String> closestName(String unknownName) {
		String key = CanonicalText.matchKey(CanonicalText.refold(unknownName));
		int best = Math.max(1, key.length() / 3) + 1;
		String closest = null;
		for (Map<String, String> names : List.of(this.sections, this.departments)) {
			for (Map.Entry<String, String> name : names.entrySet()) {
				int distance = EditDistance.between(key, name.getKey(), best - 1);
				if (distance < best) {
					best = distance;
					closest = name.getValue();
				}
			}
		}
		return Optional.ofNullable(closest);
	}

	/** The departments a section has belonged to, latest first. */
	List<String> departmentsOfSection(String section) {
		return entriesOf(section).stream().map(OrganisationEntry::department).distinct().toList();
	}

	private List<OrganisationEntry> entriesOf(String section) {
		return this.entriesBySection.getOrDefault(CanonicalText.matchKey(CanonicalText.refold(section)), List.of());
	}

	private static Optional<String> onlyDepartment(List<OrganisationEntry> entries) {
		List<String> names = entries.stream().map(OrganisationEntry::department).distinct().toList();
		return (names.size() == 1) ? Optional.of(names.get(0)) : Optional.empty();
	}

}
