package org.roadmapetl.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fiscal-year notations of the Years table of normalisation.md by arithmetic:
 * era years (令和, 平成, including 元年 and projected years such as H32), Gregorian years, both
 * together, dates, and {@code 未定}.
 */
public final class FiscalYears {

	private static final String ERA = "(R|令和|H|平成)(元|[0-9]{1,2}|[一二三四五六七八九十]{1,3})";

	/** 年度 or 年 may close either form, also inside the brackets: {@code 令和7年度(2025年度)}. */
	private static final String SUFFIX = "(?:年度|年)?";

	private static final Pattern ERA_FIRST = Pattern.compile(
			"(?:FY)?" + ERA + SUFFIX + "(?:\\((?:FY)?([0-9]{4})" + SUFFIX + "\\))?" + SUFFIX, Pattern.CASE_INSENSITIVE);

	private static final Pattern GREGORIAN_FIRST = Pattern
		.compile("(?:FY)?([0-9]{4})" + SUFFIX + "(?:\\(" + ERA + SUFFIX + "\\))?" + SUFFIX, Pattern.CASE_INSENSITIVE);

	private static final Pattern DATE = Pattern
		.compile("([0-9]{4})(?:[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})|年([0-9]{1,2})月([0-9]{1,2})日)");

	private static final int EARLIEST = 1900;

	private static final int LATEST = 2199;

	private FiscalYears() {
	}

	/** Reads a year cell; the problem message quotes {@code canonical} as given. */
	public static YearReading read(String canonical) {
		String key = CanonicalText.matchKey(CanonicalText.refold(canonical));
		if (key.isEmpty()) {
			return YearReading.EMPTY;
		}
		if (key.equals("未定")) {
			return YearReading.OPEN_ENDED;
		}
		Matcher m = ERA_FIRST.matcher(key);
		if (m.matches()) {
			return bothForms(canonical, eraYear(m.group(1), m.group(2)), gregorian(m.group(3)));
		}
		m = GREGORIAN_FIRST.matcher(key);
		if (m.matches()) {
			int era = (m.group(2) != null) ? eraYear(m.group(2), m.group(3)) : 0;
			return bothForms(canonical, gregorian(m.group(1)), era);
		}
		m = DATE.matcher(key);
		if (m.matches()) {
			return date(canonical, m);
		}
		return unreadable(canonical);
	}

	/**
	 * Combines the two forms of one year; 0 stands for a form not written, -1 for one
	 * written but impossible.
	 */
	private static YearReading bothForms(String text, int first, int second) {
		if (first < 0 || second < 0) {
			return unreadable(text);
		}
		if (first > 0 && second > 0 && first != second) {
			return YearReading.problem("西暦と和暦が一致しません: 「" + text + "」");
		}
		return YearReading.of(first);
	}

	private static int eraYear(String era, String number) {
		int n = Character.isDigit(number.charAt(0)) ? Integer.parseInt(number) : KanjiNumerals.valueOf(number);
		if (n < 1) {
			return -1;
		}
		boolean reiwa = era.equalsIgnoreCase("R") || era.equals("令和");
		return n + (reiwa ? FiscalYear.REIWA_OFFSET : FiscalYear.HEISEI_OFFSET);
	}

	private static int gregorian(String digits) {
		if (digits == null) {
			return 0;
		}
		int year = Integer.parseInt(digits);
		return (year >= EARLIEST && year <= LATEST) ? year : -1;
	}

	private static YearReading date(String text, Matcher m) {
		int year = gregorian(m.group(1));
		int month = Integer.parseInt((m.group(2) != null) ? m.group(2) : m.group(4));
		int day = Integer.parseInt((m.group(3) != null) ? m.group(3) : m.group(5));
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
			return unreadable(text);
		}
		return YearReading.of(FiscalYear.startOf(year, month));
	}

	private static YearReading unreadable(String text) {
		return YearReading.problem("年度として読めません: 「" + text + "」");
	}

}
