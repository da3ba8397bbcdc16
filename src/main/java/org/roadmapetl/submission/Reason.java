package org.roadmapetl.submission;

/**
 * Why a file was set aside, as a department's clerk reads it: what is wrong and what to
 * do, in Japanese first and then the same in English. Neither names a server path, a Java
 * class or a stack trace.
 */
public record Reason(String japanese, String english) {

	/** What a department is told to send instead of a file of no roadmap format. */
	public static final Reason NOT_A_ROADMAP_FORMAT = new Reason(
			"ロードマップの様式として読めない種類のファイルです。.xlsx、.xls、.ods、.csv またはタブ区切りテキストで保存して送り直してください",
			"the file is not a roadmap format; save it as .xlsx, .xls, .ods, .csv or tab-separated text and send it "
					+ "again");

	/** A workbook (Excel or LibreOffice) that asks for a password when opened. */
	public static final Reason PASSWORD = new Reason("パスワードが設定されているため読めません。パスワードを外して保存し直し、送り直してください",
			"the file is password-protected; remove the password, save it again and send it again");

	public static final Reason EMPTY_FILE = new Reason("ファイルが空です (0 バイト)。保存し直して送り直してください",
			"the file is empty (0 bytes); save it again and send it again");

	/**
	 * A file over a safety limit: what exceeded it, the limit, and the setting (and its
	 * environment variable) IT can raise.
	 * @param japanese what is over the limit, e.g. {@code 1 シートのセル数}
	 * @param english the same, e.g. {@code cells in one sheet}
	 * @param property the setting, e.g. {@code roadmap.limits.cells}
	 */
	public static Reason overLimit(String japanese, String english, long limit, String property) {
		return overLimit(japanese, english, String.format("%,d", limit), property);
	}

	/**
	 * As {@link #overLimit(String, String, long, String)}, with the limit written out
	 * ({@code 100 MiB}).
	 */
	public static Reason overLimit(String japanese, String english, String limit, String property) {
		return overLimit(japanese, english, limit, property, "ファイルを分けるか不要な行・列を削除して",
				"split the file or delete unused rows and columns and");
	}

	/** A cell over the length limit: what to do is to shorten it. */
	public static Reason cellTooLong(String japanese, String english, long limit) {
		return overLimit(japanese, english, String.format("%,d", limit), "roadmap.limits.cell-length", "文字を減らして",
				"shorten the text and");
	}

	private static Reason overLimit(String japanese, String english, String limit, String property,
			String adviceJapanese, String adviceEnglish) {
		String variable = property.toUpperCase(java.util.Locale.ROOT).replace("-", "").replace('.', '_');
		return new Reason(
				japanese + "が上限 (" + limit + ") を超えています。" + adviceJapanese + "送り直してください (IT 担当: 設定 " + property
						+ "、環境変数 " + variable + ")",
				english + " over the limit of " + limit + "; " + adviceEnglish + " send it again (IT: setting "
						+ property + ", environment " + variable + ")");
	}

	/**
	 * Both languages on one line, Japanese first: for a log line, {@code status} and the
	 * run's summary.
	 */
	public String text() {
		return this.japanese + " / " + this.english;
	}

	/** The same reason, placed: {@code シート「S」のセル C7: …} and {@code 'S'!C7: …}. */
	public Reason at(CellRef where) {
		return (where == null) ? this
				: new Reason(where.japaneseLocation() + ": " + this.japanese, where.location() + ": " + this.english);
	}

	@Override
	public String toString() {
		return text();
	}

}
