package org.roadmapetl.project;

import java.util.List;

import org.roadmapetl.form.RawValue;
import org.roadmapetl.normalise.OrganisationMaster;
import org.roadmapetl.normalise.OrganisationNames;
import org.roadmapetl.normalise.OrganisationPair;
import org.roadmapetl.normalise.OrganisationPairs;

/**
 * Splits a block's department and section cells into names, pairs them, and records every
 * name the master does not know, with the closest master name as a suggestion. Unknown
 * names are kept as written.
 */
final class OrganisationResolver {

	private final OrganisationMaster master;

	OrganisationResolver(OrganisationMaster master) {
		this.master = master;
	}

	List<OrganisationPair> pairs(RawValue departmentCell, RawValue sectionCell, List<Problem> problems) {
		List<String> departments = OrganisationNames.split(departmentCell.text());
		List<String> sections = OrganisationNames.split(sectionCell.text());
		for (String department : departments) {
			if (!this.master.isKnownDepartment(department)) {
				problems.add(unknown("担当部局", department, departmentCell));
			}
		}
		for (String section : sections) {
			if (!this.master.isKnownSection(section)) {
				problems.add(unknown("担当課等", section, sectionCell));
			}
		}
		return OrganisationPairs.pair(departments, sections, this.master);
	}

	private Problem unknown(String label, String name, RawValue cell) {
		String suggestion = this.master.closestName(name).orElse(null);
		String message = label + "「" + name + "」は組織マスタにありません。"
				+ ((suggestion != null) ? "「" + suggestion + "」の誤りではありませんか。" : "")
				+ "正しい名称で提出し直すか、名称が変わった場合は情報システム担当に組織マスタの更新を依頼してください";
		return Problem.of(ProblemType.UNKNOWN_ORGANIZATION, cell.ref(), name, message).withSuggestion(suggestion);
	}

}
