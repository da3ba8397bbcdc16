package org.roadmapetl.check;

import java.util.List;

/**
 * The finding types of gap-rules.md as set-based SQL, one statement each, over the current state of every
 * project. Each statement inserts its findings for the reporting fiscal year given as its only parameter
 * ({@code :y}) and the roadmap period ({@code :last_year}, {@code :first_label}, {@code :period_label}), bound by
 * name. Years are labelled by dw.fiscal_year_label (R7 …) in the messages.
 */
final class FindingRules {

	private FindingRules() {
	}

	/** A rule: its finding type, severity and the SELECT producing its rows. */
	record Rule(String type, String severity, String select) {
	}

	private static final String LABEL = "dw.fiscal_year_label(c.fiscal_year)";

	private static final String INSERT = """
			INSERT INTO dw.finding (finding_type, severity, reporting_fiscal_year, department, section, project_name,
			                        initiative_name, fiscal_year, message, submission_id, source_location, detected_at)
			""";

	/** Per initiative x year: department, section (the initiative's own where tagged), names and year. */
	private static final String CELL_COLUMNS = "c.department, coalesce(c.initiative_section, c.section), c.project_name, "
			+ "c.initiative_name, c.fiscal_year, ";

	static final List<Rule> RULES = List.of(
			new Rule("MISSING_ACTUAL", "error", "SELECT " + CELL_COLUMNS + """
					format('取組「%s」の%s年度の実績が未記入です。計画「%s」に対する実績を記入してください',
					       c.initiative_name, {label}, left(c.plan_text_resolved, 60)),
					c.submission_id, c.plan_source_location
					FROM dw.current_initiative_year c
					WHERE c.has_plan AND NOT c.has_actual AND c.fiscal_year <= :y""".replace("{label}", LABEL)),
			new Rule("UNPLANNED_ACTUAL", "warning", "SELECT " + CELL_COLUMNS + """
					format('取組「%s」の%s年度に計画のない実績「%s」があります。計画を記入するか、実績の年度を確認してください',
					       c.initiative_name, {label}, left(c.actual_text_resolved, 60)),
					c.submission_id, c.actual_source_location
					FROM dw.current_initiative_year c
					WHERE c.has_actual AND NOT c.has_plan""".replace("{label}", LABEL)),
			new Rule("FUTURE_ACTUAL", "warning", "SELECT " + CELL_COLUMNS + """
					format('取組「%s」の%s年度はまだ来ていない年度ですが、実績「%s」が記入されています。年度を確認してください',
					       c.initiative_name, {label}, left(c.actual_text_resolved, 60)),
					c.submission_id, c.actual_source_location
					FROM dw.current_initiative_year c
					WHERE c.has_actual AND c.fiscal_year > :y""".replace("{label}", LABEL)),
			new Rule("PLAN_AFTER_END", "warning", "SELECT " + CELL_COLUMNS + """
					format('取組「%s」の%s年度に計画がありますが、事業終期 (%s) より後の年度です。事業終期か計画の年度を見直してください',
					       c.initiative_name, {label}, dw.fiscal_year_label(c.end_fiscal_year)),
					c.submission_id, c.plan_source_location
					FROM dw.current_initiative_year c
					WHERE c.has_plan AND NOT c.is_open_ended AND c.fiscal_year > c.end_fiscal_year""".replace("{label}", LABEL)),
			new Rule("PLAN_BEFORE_START", "warning", "SELECT " + CELL_COLUMNS + """
					format('取組「%s」の%s年度に計画がありますが、事業始期 (%s) より前の年度です。事業始期か計画の年度を見直してください',
					       c.initiative_name, {label}, dw.fiscal_year_label(c.start_fiscal_year)),
					c.submission_id, c.plan_source_location
					FROM dw.current_initiative_year c
					WHERE c.has_plan AND c.fiscal_year < c.start_fiscal_year""".replace("{label}", LABEL)),
			new Rule("NO_PLAN_IN_ACTIVE_YEAR", "error", """
					SELECT p.department, p.section, p.project_name, NULL::text, y.fiscal_year,
					       format('事業期間中の%s年度に、どの取組にも計画がありません。%s年度の計画を記入してください', y.label, y.label),
					       p.submission_id, p.source_location
					FROM dw.project p
					JOIN dw.fiscal_year y ON y.is_roadmap_year
					 AND y.fiscal_year >= p.start_fiscal_year
					 AND y.fiscal_year <= CASE WHEN p.is_open_ended THEN :last_year ELSE coalesce(p.end_fiscal_year, :last_year) END
					WHERE p.is_current AND p.start_fiscal_year IS NOT NULL
					  AND NOT EXISTS (SELECT 1 FROM dw.current_initiative_year c
					                  WHERE c.project_version_id = p.project_version_id
					                    AND c.fiscal_year = y.fiscal_year AND c.has_plan)"""),
			new Rule("EMPTY_INITIATIVE", "error", """
					SELECT c.department, coalesce(c.initiative_section, c.section), c.project_name, c.initiative_name, NULL::integer,
					       format('取組「%s」には%sのどの年度にも計画も実績もありません。計画を記入するか、不要な取組を削除してください',
					              c.initiative_name, :period_label),
					       min(c.submission_id), min(c.project_source_location)
					FROM dw.current_initiative_year c
					GROUP BY c.initiative_id, c.department, c.initiative_section, c.section, c.project_name, c.initiative_name
					HAVING NOT bool_or(c.has_plan OR c.has_actual)"""),
			new Rule("MISSING_BUDGET", "error", """
					SELECT p.department, p.section, p.project_name, NULL::text, NULL::integer,
					       format('%s事業費(千円) が未記入か読めません。%s年度の事業費を千円単位の数値で記入してください', :first_label, :first_label),
					       p.submission_id, p.source_location
					FROM dw.project p
					WHERE p.is_current AND p.budget_thousand_yen IS NULL"""),
			problems("UNKNOWN_ORGANIZATION", "warning"),
			problems("UNREADABLE_VALUE", "error"),
			problems("UNDEFINED_CONTINUATION", "warning"),
			problems("UNREADABLE_FORM", "error"),
			problems("OUT_OF_PERIOD", "warning"),
			problems("CONTROL_CHARACTER", "warning"));

	/**
	 * The problems recorded while reading, for the current version of their project (or, for a problem of no
	 * project, for a submission that still holds a current project).
	 */
	private static Rule problems(String type, String severity) {
		return new Rule(type, severity, """
				SELECT p.department, p.section, coalesce(p.project_name, x.project_name), x.initiative_name, x.fiscal_year,
				       x.message, x.submission_id, x.source_location
				FROM dw.load_problem x
				LEFT JOIN dw.project p ON p.project_key = x.project_key AND p.is_current
				WHERE x.problem_type = '{type}'
				  AND (p.submission_id = x.submission_id
				       OR (x.project_key IS NULL AND EXISTS (SELECT 1 FROM dw.project h
				                                             WHERE h.submission_id = x.submission_id AND h.is_current)))"""
			.replace("{type}", type));
	}

	/**
	 * The INSERT of one rule: its type, severity, the reporting year and the detection time around its columns.
	 * Its parameters are bound by name.
	 */
	static String insert(Rule rule) {
		return INSERT + "SELECT '" + rule.type() + "', '" + rule.severity() + "', CAST(:y AS integer), sub.*, now() FROM ("
				+ rule.select() + ") sub";
	}

}
