package org.roadmapetl.form;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roadmapetl.normalise.FiscalYears;

/**
 * The labels of a project block's header rows, matched on their match key (canonical text
 * without white space), so {@code 事業 始期}, {@code 事業\n始期} and {@code 事業始期} are one label.
 */
public enum HeaderLabel {

	FIELD("分野"), CATEGORY("項目"), DEPARTMENT("担当部局"), SECTION("担当課等", "担当課", "担当課室"), PROJECT_NAME("事業名"),
	/**
	 * {@code R<n>事業費(千円)} for any year, {@link #BUDGET_LABEL}; the label names the
	 * budget's fiscal year.
	 */
	BUDGET("事業費(千円)"), BUDGET_NOTE("会計区分"), PRIORITY("重点枠事業"), FUTURE_RESPONSE("将来対応分"), START_YEAR("事業始期"),
	END_YEAR("事業終期"), OVERVIEW("概要");

	private static final Map<String, HeaderLabel> BY_KEY = new HashMap<>();

	/**
	 * A budget label's match key: a year in any notation, then 事業費, then (千円) unless the
	 * year was given.
	 */
	private static final Pattern BUDGET_LABEL = Pattern.compile("(.{1,16}?)(?:年度)?事業費(?:\\(千円\\))?");

	/**
	 * The most white-space-separated pieces a label is written in ({@code R7事業費 (千円)},
	 * {@code 事業 始期}).
	 */
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

	/**
	 * The label whose match key is {@code key} (a trailing colon allowed: {@code 事業名:}),
	 * or null.
	 */
	static HeaderLabel byKey(String key) {
		HeaderLabel label = BY_KEY.get(key);
		if (label == null && budgetYear(key) != null) {
			return BUDGET;
		}
		if (label == null && key.length() > 1 && key.charAt(key.length() - 1) == ':') {
			label = BY_KEY.get(key.substring(0, key.length() - 1));
		}
		return label;
	}

	/**
	 * The fiscal year a budget label names ({@code R7事業費(千円)} → 2025), or null when it
	 * names none.
	 */
	static Integer budgetYear(String key) {
		if (key == null) {
			return null;
		}
		String label = key.endsWith(":") ? key.substring(0, key.length() - 1) : key;
		// Project names often hold 事業; only a text ending as a budget label can be one,
		// so the rest skip the regex.
		if (!label.endsWith("事業費") && !label.endsWith("事業費(千円)")) {
			return null;
		}
		Matcher m = BUDGET_LABEL.matcher(label);
		return m.matches() ? FiscalYears.read(m.group(1)).fiscalYear() : null;
	}

	public String japanese() {
		return this.keys.get(0);
	}

}
