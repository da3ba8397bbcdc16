package org.roadmapetl.normalise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Pairs the departments and sections of a (possibly joint) project: by position when the
 * counts agree, else by the organisation master. Every department appears in at least one
 * pair.
 */
public final class OrganisationPairs {

	private OrganisationPairs() {
	}

	public static List<OrganisationPair> pair(List<String> departments, List<String> sections,
			OrganisationMaster master) {
		List<OrganisationPair> pairs = new ArrayList<>();
		if (departments.size() == sections.size()) {
			for (int i = 0; i < sections.size(); i++) {
				pairs.add(new OrganisationPair(departments.get(i), sections.get(i)));
			}
			return pairs;
		}
		Set<String> paired = new LinkedHashSet<>();
		for (String section : sections) {
			String department = departmentOf(section, departments, master);
			pairs.add(new OrganisationPair(department, section));
			paired.add(department);
		}
		for (String department : departments) {
			if (!paired.contains(department)) {
				pairs.add(new OrganisationPair(department, null));
			}
		}
		return pairs;
	}

	/**
	 * The named department the master puts the section in (its latest department first);
	 * a section the master does not place in any named department goes to the only or
	 * else the first named one.
	 */
	private static String departmentOf(String section, List<String> departments, OrganisationMaster master) {
		if (departments.isEmpty()) {
			return master.departmentOfSection(section).orElse(null);
		}
		for (String candidate : master.departmentsOfSection(section)) {
			String key = CanonicalText.matchKey(candidate);
			for (String department : departments) {
				if (CanonicalText.matchKey(department).equals(key)) {
					return department;
				}
			}
		}
		return departments.get(0);
	}

}
