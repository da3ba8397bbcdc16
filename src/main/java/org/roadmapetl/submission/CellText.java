package org.roadmapetl.submission;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How a workbook cell's value becomes text, the same for .xlsx and .xls: numbers plain,
 * dates ISO, booleans upper case. Number formats such as {@code #,##0} are display only
 * and are not applied.
 */
final class CellText {

	// Excel shows and compares at most 15 significant digits; the 16th and 17th of a
	// stored double are
	// binary noise (0.1 + 0.2 is stored as 0.30000000000000004 and shown as 0.3).
	private static final MathContext EXCEL_PRECISION = new MathContext(15);

	private static final Pattern QUOTED_OR_BRACKETED = Pattern.compile("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.");

	// Date codes (an era g or r, an era year e, y, m, d), each alone or with others, and
	// nothing that belongs to a number
	// format: [$-411]ggge"年度" shows only the era year and is still a date.
	private static final Pattern ERA_DATE = Pattern.compile("(?=.*[gGeErRyYmMdD])[gGeErRyYmMdDhHsS.,:/ 年月日-]+");

	private static final Pattern NOT_A_FINITE_NUMBER = Pattern.compile("(?i)[+-]?(nan|inf|infinity)");

	private CellText() {
	}

	/**
	 * A numeric cell as stored in the sheet XML ({@code 4202}, {@code 1.5},
	 * {@code 1.0E-5}); {@code NaN} and {@code INF} read as {@link #number(double)} reads
	 * them.
	 */
	static String number(String stored) {
		String trimmed = stored.trim();
		if (!trimmed.isEmpty() && !Character.isDigit(trimmed.charAt(trimmed.length() - 1))
				&& NOT_A_FINITE_NUMBER.matcher(trimmed).matches()) {
			return null;
		}
		return plain(new BigDecimal(trimmed));
	}

	/**
	 * A number, or null for NaN and the infinities, which Excel shows as the error
	 * {@code #NUM!}: no value.
	 */
	static String number(double value) {
		if (!Double.isFinite(value)) {
			return null;
		}
		return plain(new BigDecimal(Double.toString(value)));
	}

	/**
	 * True when a number format shows its value as a date or time. POI knows the western
	 * formats; Japanese workbooks add the era formats ({@code ggge"年"m"月"d"日"}) and
	 * built-in formats 27-36 and 50-58, which Excel in a Japanese locale defines without
	 * writing them into the file.
	 */
	static boolean isDateFormat(int formatIndex, String formatString) {
		if ((formatIndex >= 27 && formatIndex <= 36) || (formatIndex >= 50 && formatIndex <= 58)) {
			return true;
		}
		if (formatString == null) {
			return false;
		}
		if (DateUtil.isADateFormat(formatIndex, formatString)) {
			return true;
		}
		String codes = QUOTED_OR_BRACKETED.matcher(formatString).replaceAll("");
		int section = codes.indexOf(';');
		return ERA_DATE.matcher((section >= 0) ? codes.substring(0, section) : codes).matches();
	}

	/**
	 * A numeric cell: {@code yyyy-MM-dd} when it is date formatted and a valid date
	 * serial, else the plain number.
	 */
	static String numeric(double value, boolean dateFormatted, boolean date1904) {
		if (dateFormatted && Double.isFinite(value) && DateUtil.isValidExcelDate(value)) {
			return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
		}
		return number(value);
	}

	static String bool(boolean value) {
		return value ? "TRUE" : "FALSE";
	}

	/**
	 * True when the text holds nothing but white space, including no-break and
	 * ideographic spaces.
	 */
	static boolean isBlank(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				return false;
			}
		}
		return true;
	}

	private static String plain(BigDecimal value) {
		BigDecimal rounded = value.round(EXCEL_PRECISION).stripTrailingZeros();
		return (rounded.signum() == 0) ? "0" : rounded.toPlainString();
	}

}
