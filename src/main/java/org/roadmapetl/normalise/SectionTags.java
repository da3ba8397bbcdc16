package org.roadmapetl.normalise;

/**
 * Takes the responsible-section tag off the end of an initiative name: in a joint
 * project, {@code 相談窓口の周知【こども政策課】} is the initiative {@code 相談窓口の周知} owned by
 * {@code こども政策課}.
 */
public final class SectionTags {

	private SectionTags() {
	}

	/**
	 * Splits off a trailing {@code 【…】} tag. A name that is nothing but a tag, or an
	 * empty tag, is left as written: removing it would leave no initiative name or no
	 * section.
	 */
	public static TaggedName split(String canonicalInitiativeName) {
		String name = (canonicalInitiativeName != null) ? canonicalInitiativeName.strip() : "";
		if (!name.endsWith("】")) {
			return new TaggedName(name, null);
		}
		int open = name.lastIndexOf('【');
		String section = (open < 0) ? "" : name.substring(open + 1, name.length() - 1).strip();
		String untagged = (open < 0) ? "" : name.substring(0, open).strip();
		if (section.isEmpty() || untagged.isEmpty() || section.indexOf('】') >= 0) {
			return new TaggedName(name, null);
		}
		return new TaggedName(untagged, section);
	}

}
