package org.roadmapetl.normalise;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ItemMarkersTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			// gap-rules.md: オンライン診療設備整備費補助
			"①補助金交付;①;①;①;① | ①補助金交付;①補助金交付;①補助金交付;①補助金交付;①補助金交付",
			"①補助金交付 ②交流 ③大会;① ② ③ | ①補助金交付 ②交流 ③大会;①補助金交付 ②交流 ③大会",
			"①老人クラブ等へのICT活用講習・貸与 ②若年世代との交流マッチング ③県e-スポーツ大会実施;;① ② ③ | "
					+ "①老人クラブ等へのICT活用講習・貸与 ②若年世代との交流マッチング ③県e-スポーツ大会実施;;"
					+ "①老人クラブ等へのICT活用講習・貸与 ②若年世代との交流マッチング ③県e-スポーツ大会実施",
			"①補助金交付 ②交流;①②;② ① | ①補助金交付 ②交流;①補助金交付 ②交流;②交流 ①補助金交付", "①補助金交付 ②交流;①、② | ①補助金交付 ②交流;①補助金交付 ②交流",
			// the latest earlier definition wins
			"①補助金交付;①交付決定;① | ①補助金交付;①交付決定;①交付決定", "①補助金交付 ②交流;②大会;① ② | ①補助金交付 ②交流;②大会;①補助金交付 ②大会", "㉑研修;㉑ | ㉑研修;㉑研修",
			// text resolves to itself, empty stays empty; an arrow or 継続 alone continues
			// the nearest earlier text
			"R7も継続;→;※随時、各種研修を実施 | R7も継続;R7も継続;※随時、各種研修を実施", "検討;→;⇒ ; ➡;⟶;継続 | 検討;検討;検討;検討;検討;検討",
			"検討;;→;導入;継続 | 検討;;検討;導入;導入", "①補助金交付 ②交流;→;① | ①補助金交付 ②交流;①補助金交付 ②交流;①補助金交付",
			"①補助金交付;①;→ | ①補助金交付;①補助金交付;①補助金交付", "検討→導入;→ | 検討→導入;検討→導入",
			"①システムアセスメント → ②次期システム設計 ③システム更改・運用;;;; | " + "①システムアセスメント → ②次期システム設計 ③システム更改・運用;;;;",
			"コンサルタント委託;オンライン診療実証実施;;; | コンサルタント委託;オンライン診療実証実施;;;" })
	void markerOnlyCellsContinueEarlierItems(String cells, String resolved) {
		List<ResolvedCell> row = ItemMarkers.resolveRow(cellsOf(cells));
		assertThat(row).extracting(ResolvedCell::resolved).isEqualTo(cellsOf(resolved));
		assertThat(row).extracting(ResolvedCell::submitted).isEqualTo(cellsOf(cells));
		assertThat(row).allSatisfy((cell) -> assertThat(cell.undefinedMarkers()).isEmpty());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { ";② | ;② | ;②", "①補助金交付;① ② | ①補助金交付;①補助金交付 ② | ;②", "①;① | ①;① | ①;①",
					"②;①補助金交付;① | ②;①補助金交付;①補助金交付 | ②;;", "①補助金交付;②;② | ①補助金交付;②;② | ;②;②", ";→;検討 | ;→;検討 | ;→;",
					"継続;導入 | 継続;導入 | 継続;" })
	void bareMarkerWithNoEarlierDefinitionIsKeptAndListed(String cells, String resolved, String undefined) {
		List<ResolvedCell> row = ItemMarkers.resolveRow(cellsOf(cells));
		assertThat(row).extracting(ResolvedCell::resolved).isEqualTo(cellsOf(resolved));
		assertThat(row).extracting((cell) -> String.join(" ", cell.undefinedMarkers())).isEqualTo(cellsOf(undefined));
	}

	@Test
	void nullCellIsEmpty() {
		assertThat(ItemMarkers.resolveRow(Arrays.asList("①補助金交付", null)))
			.containsExactly(new ResolvedCell("①補助金交付", "①補助金交付", List.of()), new ResolvedCell("", "", List.of()));
	}

	/**
	 * Cells of a row written {@code a;b;c}; a blank table value is a row of one empty
	 * cell.
	 */
	private static List<String> cellsOf(String row) {
		return Arrays.asList(((row != null) ? row : "").split(";", -1));
	}

}
