package org.roadmapetl.feedback;

/** The Japanese of the submission states of gap-rules.md "Submissions expected". */
final class SubmissionStates {

	private SubmissionStates() {
	}

	static String japanese(String state) {
		return switch (state) {
			case "on_time" -> "期限内に提出";
			case "late" -> "期限後に提出";
			case "missing" -> "未提出 (期限超過)";
			case "awaiting" -> "未提出 (期限前)";
			case "set_aside_only" -> "読み取れないファイルのみ";
			case "unexpected" -> "予定外の提出";
			default -> state;
		};
	}

}
