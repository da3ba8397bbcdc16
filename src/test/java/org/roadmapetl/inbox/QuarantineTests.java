package org.roadmapetl.inbox;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.roadmapetl.submission.Names;

import static org.assertj.core.api.Assertions.assertThat;

class QuarantineTests {

	@Test
	void aShortNameKeepsItsReasonFileName() {
		assertThat(Quarantine.reasonFileName("教育庁.xlsx")).isEqualTo("教育庁.xlsx.reason.txt");
	}

	@Test
	void aLongNameGetsAShortenedUniqueReasonFileName() {
		String a = "あ".repeat(80) + "1.xlsx";
		String b = "あ".repeat(80) + "2.xlsx";

		assertThat(Quarantine.reasonFileName(a).getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
		assertThat(Quarantine.reasonFileName(a)).endsWith(".reason.txt").isNotEqualTo(Quarantine.reasonFileName(b));
	}

	@Test
	void namesShowLineBreaksAndBidirectionalControlsEscaped() {
		assertThat(Names.escape("a\nb\r\u202Ec\u0000.xlsx")).isEqualTo("a\\nb\\r\\u202Ec\\u0000.xlsx");
		assertThat(Names.escape("教育庁.xlsx")).isEqualTo("教育庁.xlsx");
	}

}
