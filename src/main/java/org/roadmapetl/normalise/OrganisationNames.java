package org.roadmapetl.normalise;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a department or section cell that names several organisations. {@code ・} also
 * occurs inside names ({@code 青少年・男女共同参画課}), so it separates only after an organisation
 * suffix; a line break always does.
 */
public final class OrganisationNames {

	private static final List<String> SUFFIXES = List.of("部", "局", "課", "室", "庁", "本部", "センター");

	private OrganisationNames() {
	}

	public static List<String> split(String canonical) {
		String text = CanonicalText.refold(canonical);
		List<String> names = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '・' && endsInSuffix(text.substring(start, i).strip()))) {
				add(names, text.substring(start, i));
				start = i + 1;
			}
		}
		add(names, text.substring(start));
		return names;
	}

	private static boolean endsInSuffix(String name) {
		for (String suffix : SUFFIXES) {
			if (name.endsWith(suffix)) {
				return true;
			}
		}
		return false;
	}

	private static void add(List<String> names, String name) {
		String stripped = name.strip();
		if (!stripped.isEmpty()) {
			names.add(stripped);
		}
	}

}
