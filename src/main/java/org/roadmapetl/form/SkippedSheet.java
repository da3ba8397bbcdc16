package org.roadmapetl.form;

/**
 * A sheet whose blocks are never loaded, and why, so that the run log and
 * {@code validate} can name it.
 */
public record SkippedSheet(String sheet, Why why) {

	public enum Why {

		/** Its name says it is the template's filled-in example (記入例, 見本, サンプル …). */
		EXAMPLE("記入例のシート", "the template's example"),

		/** Hidden in the workbook: an older version or a helper. */
		HIDDEN("非表示のシート", "a hidden sheet");

		private final String japanese;

		private final String english;

		Why(String japanese, String english) {
			this.japanese = japanese;
			this.english = english;
		}

	}

	/** For a person: {@code シート「記入例」(記入例のシート) / sheet '記入例' (the template's example)}. */
	public String describe() {
		return "シート「" + this.sheet + "」(" + this.why.japanese + ") / sheet '" + this.sheet + "' (" + this.why.english
				+ ")";
	}

}
