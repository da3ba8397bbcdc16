package org.roadmapetl.normalise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the item markers of one initiative row. A cell splits into items at its circled numbers
 * ({@code ①補助金交付 ②交流}); a later cell holding only markers ({@code ①}, {@code ① ②}) continues them and
 * resolves to each marker with its latest earlier definition in the row.
 */
public final class ItemMarkers {

	private ItemMarkers() {
	}

	/** Resolves the cells of a row, given in year order; the result has one cell per input cell. */
	public static List<ResolvedCell> resolveRow(List<String> canonicalCellsInYearOrder) {
		Map<Character, String> definitions = new HashMap<>();
		List<ResolvedCell> resolved = new ArrayList<>(canonicalCellsInYearOrder.size());
		for (String cell : canonicalCellsInYearOrder) {
			String text = (cell != null) ? cell : "";
			if (isMarkersOnly(text)) {
				resolved.add(continuation(text, definitions));
			}
			else {
				define(text, definitions);
				resolved.add(new ResolvedCell(text, text, List.of()));
			}
		}
		return resolved;
	}

	/**
	 * Whether the cell holds markers and nothing else but separators. Besides spaces, {@code 、 , ・} are allowed
	 * between markers since {@code ①、②} is written with the same meaning as {@code ① ②}.
	 */
	static boolean isMarkersOnly(String text) {
		boolean marker = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (CircledNumbers.isMarker(c)) {
				marker = true;
			}
			else if (!Character.isWhitespace(c) && c != '、' && c != ',' && c != '・') {
				return false;
			}
		}
		return marker;
	}

	private static ResolvedCell continuation(String text, Map<Character, String> definitions) {
		StringBuilder resolved = new StringBuilder();
		List<String> undefined = new ArrayList<>();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (CircledNumbers.isMarker(c)) {
				String definition = definitions.get(c);
				if (definition == null) {
					undefined.add(String.valueOf(c));
				}
				resolved.append(resolved.isEmpty() ? "" : " ").append(c).append((definition != null) ? definition : "");
			}
		}
		return new ResolvedCell(text, resolved.toString(), undefined);
	}

	/** Records each marker followed by text in the cell as that item's latest definition. */
	private static void define(String text, Map<Character, String> definitions) {
		int marker = -1;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || CircledNumbers.isMarker(text.charAt(i))) {
				if (marker >= 0) {
					String item = text.substring(marker + 1, i).strip();
					if (!item.isEmpty()) {
						definitions.put(text.charAt(marker), item);
					}
				}
				marker = i;
			}
		}
	}

}
