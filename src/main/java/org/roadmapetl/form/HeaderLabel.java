package org.roadmapetl.form;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels of a project block's header rows, matched on their match key (canonical text without white
 * space), so {@code 事業 始期}, {@code 事業\n始期} and {@code 事業始期} are one label.
 */
public enum HeaderLabel {

	FIELD("分野"),
	CATEGORY("項目"),
	DEPARTMENT("担当部局"),
	SECTION("担当課等", "担当課", "担当課室"),
	PROJECT_NAME("事業名"),
	BUDGET("R6事業費(千円)", "R6事業費", "R6年度事業費(千円)", "令和6年度事業費(千円)", "令和6年度事業費", "事業費(千円)"),
	BUDGET_NOTE("会計区分"),
	PRIORITY("重点枠事業"),
	FUTURE_RESPONSE("将来対応分"),
	START_YEAR("事業始期"),
	END_YEAR("事業終期"),
	OVERVIEW("概要");

	private static final Map<String, HeaderLabel> BY_KEY = new HashMap<>();

	/** The most white-space-separated pieces a label is written in ({@code R6事業費 (千円)}, {@code 事業 始期}). */
	static final int MAX_PIECES = 3;

	static {
		for (HeaderLabel label : values()) {
			for (String key : label.keys) {
				BY_KEY.put(key, label);
			}
		}
	}

	private final List<String> keys;

	HeaderLabel(String... keys) {
		this.keys = List.of(keys);
	}

	/** The label whose match key is {@code key} (a trailing colon allowed: {@code 事業名:}), or null. */
	static HeaderLabel byKey(String key) {
		HeaderLabel label = BY_KEY.get(key);
		if (label == null && key.length() > 1 && key.charAt(key.length() - 1) == ':') {
			label = BY_KEY.get(key.substring(0, key.length() - 1));
		}
		return label;
	}

	public String japanese() {
		return this.keys.get(0);
	}

}
