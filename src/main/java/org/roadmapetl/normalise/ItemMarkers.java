package org.roadmapetl.normalise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the item markers of one initiative row. A cell splits into items at its
 * circled numbers ({@code ①補助金交付 ②交流}); a later cell holding only markers ({@code ①},
 * {@code ① ②}) continues them and resolves to each marker with its latest earlier
 * definition in the row. A cell holding only an arrow or {@code 継続} continues the nearest
 * earlier year of the row that has text: it resolves to that year's resolved text.
 */
public final class ItemMarkers {

	private static final java.util.Set<String> CONTINUATION_MARKS = java.util.Set.of("→", "⇒", "➡", "⟶", "継続");

	private ItemMarkers() {
	}

	/**
	 * Resolves the cells of a row, given in year order; the result has one cell per input
	 * cell.
	 */
	public static List<ResolvedCell> resolveRow(List<String> canonicalCellsInYearOrder) {
		Map<Character, String> definitions = new HashMap<>();
		List<ResolvedCell> resolved = new ArrayList<>(canonicalCellsInYearOrder.size());
		String earlier = null;
		for (String cell : canonicalCellsInYearOrder) {
			String text = (cell != null) ? cell : "";
			ResolvedCell next;
			if (isContinuationMark(text)) {
				next = (earlier != null) ? new ResolvedCell(text, earlier, List.of())
						: new ResolvedCell(text, text, List.of(text.strip()));
			}
			else if (isMarkersOnly(text)) {
				next = continuation(text, definitions);
			}
			else {
				define(text, definitions);
				next = new ResolvedCell(text, text, List.of());
			}
			if (!next.resolved().isBlank() && !next.hasUndefinedMarkers()) {
				earlier = next.resolved();
			}
			resolved.add(next);
		}
		return resolved;
	}

	/**
	 * Whether the cell says only "as the year before": an arrow ({@code → ⇒ ➡ ⟶}) or
	 * {@code 継続}, with white space around it allowed.
	 */
	public static boolean isContinuationMark(String text) {
		String mark = text.strip();
		return CONTINUATION_MARKS.contains(mark);
	}

	/**
	 * Whether the cell holds markers and nothing else but separators. Besides spaces,
	 * {@code 、 , ・} are allowed between markers since {@code ①、②} is written with the
	 * same meaning as {@code ① ②}.
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

	/**
	 * Records each marker followed by text in the cell as that item's latest definition.
	 */
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
