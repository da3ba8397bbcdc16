package org.roadmapetl.feedback;

import java.util.Map;

/** The Japanese a department reads for finding types and lifecycle states. */
final class FindingNames {

	static final String[] HEADER = { "重要度", "種類", "状態", "事業名", "取組", "年度", "内容", "ファイル", "場所", "初回検出日", "種類コード" };

	private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("MISSING_ACTUAL", "実績未記入"),
			Map.entry("UNPLANNED_ACTUAL", "計画のない実績"), Map.entry("FUTURE_ACTUAL", "未到来年度の実績"),
			Map.entry("PLAN_AFTER_END", "事業終期後の計画"), Map.entry("PLAN_BEFORE_START", "事業始期前の計画"),
			Map.entry("NO_PLAN_IN_ACTIVE_YEAR", "計画のない事業年度"), Map.entry("EMPTY_INITIATIVE", "計画も実績もない取組"),
			Map.entry("MISSING_BUDGET", "事業費の未記入"), Map.entry("UNKNOWN_ORGANIZATION", "組織名の不一致"),
			Map.entry("UNREADABLE_VALUE", "読み取れない値"), Map.entry("UNDEFINED_CONTINUATION", "定義のない継続記号"),
			Map.entry("UNREADABLE_FORM", "様式の読み取り不可"), Map.entry("CONTROL_CHARACTER", "制御文字の除去"),
			Map.entry("OUT_OF_PERIOD", "期間外の年度列"), Map.entry("PAST_PLAN_CHANGED", "過去年度の計画変更"),
			Map.entry("PROJECT_DROPPED", "提出から外れた事業"));

	private FindingNames() {
	}

	static String japanese(String type) {
		return TYPES.getOrDefault(type, type);
	}

	/**
	 * 新規 / 継続 / 再発 for the lifecycle's new / open / reopened; empty where no lifecycle is
	 * recorded.
	 */
	static String state(String state) {
		if (state == null) {
			return null;
		}
		return switch (state) {
			case "new" -> "新規";
			case "open" -> "継続";
			case "reopened" -> "再発";
			case "resolved" -> "解消";
			default -> state;
		};
	}

	private static final java.util.regex.Pattern IN_TEXT = java.util.regex.Pattern
		.compile("line (\\d+), column (\\d+)");

	private static final java.util.regex.Pattern IN_SHEET = java.util.regex.Pattern
		.compile("'((?:[^']|'')*)'!([A-Z]+\\d+(?::[A-Z]+\\d+)?)");

	/**
	 * A stored location as a department reads it: {@code 48行目 3列目} for a text file's
	 * {@code line 48, column 3}, {@code シート「…」 C7} for a workbook's {@code '…'!C7}.
	 */
	static String location(String stored) {
		if (stored == null) {
			return null;
		}
		java.util.regex.Matcher text = IN_TEXT.matcher(stored);
		if (text.matches()) {
			return text.group(1) + "行目 " + text.group(2) + "列目";
		}
		java.util.regex.Matcher sheet = IN_SHEET.matcher(stored);
		if (sheet.matches()) {
			return "シート「" + sheet.group(1).replace("''", "'") + "」 " + sheet.group(2);
		}
		return stored;
	}

}
