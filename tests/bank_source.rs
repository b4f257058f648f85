//! The question bank's rules: the real bank keeps them, and a broken bank fails with
//! a message that names the field at fault.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../src/content/source.rs"]
mod source;

#[path = "../src/content/audit.rs"]
mod audit;

#[path = "../src/content/locate.rs"]
mod locate;

#[path = "../src/content/bank_list.rs"]
mod bank_list;

const BANK: &str = include_str!("../src/content/bank.toml");
const BANK_V1: &str = include_str!("../src/content/bank-v1.toml");
const SAMPLE_BANK: &str = include_str!("../examples/banks/sales-success/bank.toml");

fn problems_after(edit: impl FnOnce(&mut toml::Table)) -> Vec<String> {
    let mut table: toml::Table = toml::from_str(BANK).unwrap();
    edit(&mut table);
    match source::parse(&toml::to_string(&table).unwrap()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

fn assert_problem(problems: &[String], expected: &str) {
    assert!(
        problems.iter().any(|p| p.contains(expected)),
        "expected a problem containing {expected:?}, got {problems:#?}"
    );
}

fn array<'a>(table: &'a mut toml::Table, key: &str) -> &'a mut Vec<toml::Value> {
    table.get_mut(key).unwrap().as_array_mut().unwrap()
}

/// The answers of question `index`.
fn answers_of(table: &mut toml::Table, index: usize) -> &mut Vec<toml::Value> {
    entry(table, "question", index)
        .get_mut("answers")
        .unwrap()
        .as_array_mut()
        .unwrap()
}

fn entry<'a>(table: &'a mut toml::Table, key: &str, index: usize) -> &'a mut toml::Table {
    array(table, key)[index].as_table_mut().unwrap()
}

#[test]
fn the_real_bank_keeps_every_rule() {
    let bank = source::parse(BANK).unwrap_or_else(|problems| {
        panic!(
            "{}",
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert!(bank.dimension.len() >= 8);
    assert!((24..=30).contains(&bank.question.len()));
    assert!(bank.is_v2());
}

#[test]
fn the_kept_version_one_bank_still_parses_as_published() {
    let bank = source::parse(BANK_V1).expect("version 1 stays valid");
    assert_eq!(bank.version, 1);
    assert_eq!(bank.question.len(), 20);
    assert!(bank.profile.is_empty() && bank.not_sure.is_none());
}

/// The bank report's thresholds (see `src/content/audit.rs` and docs/bank-report.md): the
/// answers must not give their stage away by length, vocabulary or kind of drawback.
#[test]
fn the_current_bank_meets_the_bank_report_thresholds() {
    let report = audit::audit(&source::parse(BANK).unwrap());
    let failures = report.failures();
    assert!(failures.is_empty(), "{}", report.render());
}

/// Issue 26: the sample bank about sales and customer success keeps every rule and
/// threshold too, and asks as much as the current bank: a bank for any two teams.
#[test]
fn the_sample_bank_for_other_teams_meets_every_rule_and_threshold() {
    let sample = source::parse(SAMPLE_BANK).unwrap_or_else(|problems| panic!("{problems:#?}"));
    let report = audit::audit(&sample);
    assert!(report.failures().is_empty(), "{}", report.render());
    assert_eq!(report.costed, [24; 4]);
    let current = source::parse(BANK).unwrap();
    assert_eq!(
        (
            sample.question.len(),
            sample.dimension.len(),
            sample.moves.len()
        ),
        (
            current.question.len(),
            current.dimension.len(),
            current.moves.len()
        )
    );
    assert_eq!(sample.teams.as_deref(), Some("sales and customer success"));
}

/// Issue 26: in the current bank every answer names its kind of cost, every kind is used
/// often enough to be checked, and every check passes; a kind or a stage dropping out of
/// the checks would hide the tell rather than mend it.
#[test]
fn the_current_bank_spreads_every_kind_of_cost_over_the_stages() {
    let report = audit::audit(&source::parse(BANK).unwrap());
    let checks = cost_checks(&report);
    assert_eq!(checks.len(), source::COST_IDS.len() + 4, "{checks:#?}");
    assert!(checks.iter().all(|(ok, _)| *ok), "{}", report.render());
    assert_eq!(report.costed, [24; 4]);
}

#[test]
fn the_bank_report_catches_version_one_giving_itself_away() {
    let report = audit::audit(&source::parse(BANK_V1).unwrap());
    let failures = report.failures().join("\n");
    assert!(failures.contains("\"revenue\": 100% of its"), "{failures}");
    assert!(failures.contains("length–stage correlation"), "{failures}");
}

#[test]
fn spearman_matches_known_values() {
    assert!((audit::spearman(&[0.0, 1.0, 2.0, 3.0], &[10.0, 20.0, 30.0, 40.0]) - 1.0).abs() < 1e-9);
    assert!((audit::spearman(&[0.0, 1.0, 2.0, 3.0], &[4.0, 3.0, 2.0, 1.0]) + 1.0).abs() < 1e-9);
    assert_eq!(audit::spearman(&[0.0, 1.0, 2.0, 3.0], &[5.0; 4]), 0.0);
    // Ties share their mean rank: ranks (1.5, 1.5, 3, 4) against (1, 2, 3, 4).
    let tied = audit::spearman(&[0.0, 1.0, 2.0, 3.0], &[1.0, 1.0, 2.0, 3.0]);
    assert!((tied - 0.9486832980505138).abs() < 1e-9, "{tied}");
}

#[test]
fn every_seed_idea_is_covered() {
    let bank = source::parse(BANK).unwrap();
    let cited = bank.cited_ideas();
    let missing: Vec<_> = bank
        .seed_ideas
        .iter()
        .filter(|id| !cited.contains(id.as_str()))
        .collect();
    assert!(missing.is_empty(), "not covered: {missing:?}");
    assert_eq!(bank.seed_ideas.len(), 40, "the 40 ids of SEED-IDEAS.md");
}

#[test]
fn a_duplicate_question_id_is_named() {
    let problems = problems_after(|t| {
        let first = entry(t, "question", 0).get("id").unwrap().clone();
        entry(t, "question", 1).insert("id".into(), first);
    });
    assert_problem(&problems, "question[1].id: ");
}

#[test]
fn two_answers_for_one_stage_are_named() {
    let problems = problems_after(|t| {
        let answers = answers_of(t, 3);
        let stage = answers[0].as_table().unwrap().get("stage").unwrap().clone();
        answers[1]
            .as_table_mut()
            .unwrap()
            .insert("stage".into(), stage);
    });
    assert_problem(
        &problems,
        "question[3].answers: needs exactly one answer per stage",
    );
}

#[test]
fn a_missing_answer_is_named() {
    let problems = problems_after(|t| {
        answers_of(t, 5).pop();
    });
    assert_problem(&problems, "question[5].answers");
}

#[test]
fn empty_text_is_named() {
    let problems = problems_after(|t| {
        entry(t, "question", 2).insert("prompt".into(), "  ".into());
        entry(t, "dimension", 4).insert("name".into(), "".into());
        entry(t, "move", 7).insert("text".into(), "".into());
    });
    assert_problem(&problems, "question[2].prompt: must not be empty");
    assert_problem(&problems, "dimension[4].name: must not be empty");
    assert_problem(&problems, "move[7].text: must not be empty");
}

#[test]
fn an_answer_that_names_its_stage_is_named() {
    let problems = problems_after(|t| {
        let answers = answers_of(t, 0);
        answers[2]
            .as_table_mut()
            .unwrap()
            .insert("text".into(), "We are fully integrated.".into());
    });
    assert_problem(
        &problems,
        "question[0].answers[2].text: gives the stage away with \"integrated\"",
    );
}

#[test]
fn an_unknown_dimension_is_named() {
    let problems = problems_after(|t| {
        entry(t, "question", 9).insert("dimension".into(), "astrology".into());
    });
    assert_problem(
        &problems,
        "question[9].dimension: \"astrology\" is not a dimension",
    );
}

#[test]
fn a_dimension_without_questions_is_named() {
    let problems = problems_after(|t| {
        array(t, "dimension").push(toml::Value::Table(
            toml::toml! { id = "extra" name = "Extra" about = "Nothing yet." },
        ));
    });
    assert_problem(
        &problems,
        "dimension \"extra\" has 0 questions, fewer than 3",
    );
}

#[test]
fn unequal_dimensions_are_refused() {
    let problems = problems_after(|t| {
        let other = entry(t, "question", 1).get("dimension").unwrap().clone();
        entry(t, "question", 0).insert("dimension".into(), other);
    });
    assert_problem(
        &problems,
        "question: every dimension needs the same number of questions",
    );
}

#[test]
fn an_unknown_or_uncited_seed_idea_is_named() {
    let problems = problems_after(|t| {
        entry(t, "question", 0).insert("basis".into(), toml::Value::Array(vec!["Z9".into()]));
        array(t, "seed_ideas").push("N1".into());
    });
    assert_problem(
        &problems,
        "question[0].basis: names unknown seed idea \"Z9\"",
    );
    assert_problem(&problems, "seed_ideas: \"N1\" is not the basis of any");
}

#[test]
fn a_missing_move_is_named() {
    let problems = problems_after(|t| {
        array(t, "move").remove(0);
    });
    assert_problem(&problems, "has no move from");
}

#[test]
fn stages_out_of_order_are_refused() {
    let problems = problems_after(|t| array(t, "stage").swap(0, 1));
    assert_problem(&problems, "stage: must be exactly");
}

#[test]
fn an_unknown_field_is_named() {
    let problems = problems_after(|t| {
        entry(t, "question", 0).insert("weight".into(), 2.into());
    });
    assert_problem(&problems, "weight");
}

#[test]
fn too_long_text_is_named() {
    let problems = problems_after(|t| {
        entry(t, "question", 4).insert("prompt".into(), format!("{}?", "x".repeat(200)).into());
    });
    assert_problem(
        &problems,
        "question[4].prompt: is 201 characters, longer than 150",
    );
}

/// A limit counts characters, not bytes, and a text of exactly the limit is within it.
#[test]
fn text_of_exactly_the_limit_is_accepted() {
    let problems = problems_after(|t| {
        entry(t, "stage", 0).insert("title".into(), "é".repeat(20).into());
        entry(t, "fact", 0).insert("figure".into(), "x".repeat(16).into());
    });
    assert_eq!(problems, Vec::<String>::new());
}

#[test]
fn empty_staying_advice_is_named() {
    let problems = problems_after(|t| {
        let staying = t.get_mut("staying").unwrap().as_table_mut().unwrap();
        staying.insert("summary".into(), "".into());
    });
    assert_problem(&problems, "staying.summary");
}

/// One broken bank per validation rule, each with the exact field path and message it
/// must produce (issue: several rules could be switched off with every test passing).
#[test]
fn every_rule_names_its_field_and_says_exactly_what_is_wrong() {
    type Edit = fn(&mut toml::Table);
    let cases: Vec<(&str, Edit, &str)> = vec![
        ("version 0", |t| { t.insert("version".into(), 0.into()); }, "version: must be at least 1"),
        ("an id listed twice", |t| { array(t, "seed_ideas").push("S1".into()); }, "seed_ideas: lists an id twice"),
        ("no scoring rule text", |t| { array(t, "scoring_rule").clear(); }, "scoring_rule: must have at least one paragraph"),
        ("a long paragraph", |t| { array(t, "scoring_rule")[0] = "x".repeat(601).into(); }, "scoring_rule[0]: is 601 characters, longer than 600"),
        ("an unknown scoring rule", |t| { t.insert("scoring".into(), "median".into()); }, "scoring: \"median\" is not one of [\"equal-quarters\", \"centred\"]"),
        ("no not-sure label", |t| { t.remove("not_sure"); }, "not_sure: is required from version 2"),
        ("no intro lead", |t| { t.remove("intro_lead"); }, "intro_lead: is required from version 2"),
        ("profile out of order", |t| { array(t, "profile").swap(0, 1); }, "profile: must be exactly [\"side\", \"size\", \"pace\", \"complexity\"] in that order, found [\"size\", \"side\", \"pace\", \"complexity\"]"),
        ("a profile prompt without a question mark", |t| { entry(t, "profile", 0).insert("prompt".into(), "Your team".into()); }, "profile[0].prompt: must end with a question mark"),
        ("one profile option", |t| { options(t, 1).truncate(1); }, "profile[1].options: needs 2 to 7 options, found 1"),
        ("a profile option id twice", |t| { let first = options(t, 0)[0].clone(); options(t, 0)[1] = first; }, "profile[0].options[1].id: \"sales\" is used twice"),
        ("a market question that never favours integration", |t| { for o in options(t, 2) { o.as_table_mut().unwrap().remove("favours_integration"); } }, "profile[2].options: needs options both with and without favours_integration"),
        ("the side favouring integration", |t| { options(t, 0)[0].as_table_mut().unwrap().insert("favours_integration".into(), true.into()); }, "profile[0].options: only the market questions may favour integration"),
        ("a long stage title", |t| { entry(t, "stage", 0).insert("title".into(), "x".repeat(21).into()); }, "stage[0].title: is 21 characters, longer than 20"),
        ("transitions out of order", |t| { array(t, "transition").swap(0, 1); }, "transition: must be exactly [(\"undefined\", \"defined\"), (\"defined\", \"aligned\"), (\"aligned\", \"integrated\")] in that order, found [(\"defined\", \"aligned\"), (\"undefined\", \"defined\"), (\"aligned\", \"integrated\")]"),
        ("no word on when Aligned suffices", |t| { entry(t, "transition", 2).remove("suffices"); }, "transition[2].suffices: is required from version 2"),
        ("suffices on a lower step", |t| { entry(t, "transition", 0).insert("suffices".into(), "Enough.".into()); }, "transition[0].suffices: does not belong here (nor anywhere before version 2)"),
        ("no staying advice", |t| { t.get_mut("staying").unwrap().as_table_mut().unwrap().insert("summary".into(), " ".into()); }, "staying.summary: must not be empty"),
        ("too few areas", |t| { array(t, "dimension").pop(); }, "dimension: needs at least 8, found 7"),
        ("an area id twice", |t| { let id = entry(t, "dimension", 0)["id"].clone(); entry(t, "dimension", 1).insert("id".into(), id); }, "dimension[1].id: \"contact\" is used twice"),
        ("too many questions", |t| { let q = array(t, "question").clone(); array(t, "question").extend(q.into_iter().take(7)); }, "question: needs 16..=30 questions, found 31"),
        ("a prompt without a question mark", |t| { entry(t, "question", 0).insert("prompt".into(), "Tell us".into()); }, "question[0].prompt: must end with a question mark"),
        ("a prompt asked twice", |t| { let p = entry(t, "question", 0)["prompt"].clone(); entry(t, "question", 1).insert("prompt".into(), p); }, "question[1].prompt: repeats another question"),
        ("no basis", |t| { entry(t, "question", 0).insert("basis".into(), toml::Value::Array(vec![])); }, "question[0].basis: must name at least one seed idea"),
        ("an unknown seed idea", |t| { entry(t, "question", 0).insert("basis".into(), toml::Value::Array(vec!["Z9".into()])); }, "question[0].basis: names unknown seed idea \"Z9\""),
        ("a move without who acts", |t| { entry(t, "move", 0).remove("who"); }, "move[0].who: is required from version 2"),
        ("an unknown effort", |t| { entry(t, "move", 0).insert("effort".into(), "soon".into()); }, "move[0].effort: \"soon\" is not one of [\"quick\", \"quarter\", \"year\"]"),
        ("a move toward the top without when it pays off", |t| { let i = move_from(t, "aligned"); entry(t, "move", i).remove("pays_off"); }, "move[2].pays_off: is required from version 2"),
        ("a second move for one area and stage", |t| { let from = entry(t, "move", 0)["from"].clone(); entry(t, "move", 1).insert("from".into(), from); }, "move[1].from: a second move for \"contact\" from \"undefined\""),
        ("a move from no stage", |t| { entry(t, "move", 0).insert("from".into(), "later".into()); }, "move[0].from: \"later\" is not a stage"),
        ("a move for no area", |t| { entry(t, "move", 0).insert("dimension".into(), "astrology".into()); }, "move[0].dimension: \"astrology\" is not a dimension"),
        ("no figures", |t| { array(t, "fact").clear(); }, "fact: needs at least one figure"),
        ("a long figure", |t| { entry(t, "fact", 0).insert("figure".into(), "x".repeat(17).into()); }, "fact[0].figure: is 17 characters, longer than 16"),
    ];
    for (name, edit, expected) in cases {
        let problems = problems_after(edit);
        // Exactly this, or this followed by the rule's reason after a colon.
        let reason_after = format!("{expected}: ");
        assert!(
            problems
                .iter()
                .any(|p| p == expected || p.starts_with(&reason_after)),
            "{name}: expected exactly {expected:?} among {problems:#?}"
        );
    }
}

fn options(table: &mut toml::Table, profile: usize) -> &mut Vec<toml::Value> {
    entry(table, "profile", profile)
        .get_mut("options")
        .unwrap()
        .as_array_mut()
        .unwrap()
}

/// The index of the first move from `stage`.
fn move_from(table: &mut toml::Table, stage: &str) -> usize {
    array(table, "move")
        .iter()
        .position(|m| m["from"].as_str() == Some(stage))
        .unwrap()
}

#[test]
fn every_area_of_version_two_says_what_a_gap_means_and_what_to_discuss() {
    let problems = problems_after(|t| {
        let dimension = entry(t, "dimension", 2);
        dimension.remove("gap");
        dimension.insert("discuss".into(), "Talk it over.".into());
        entry(t, "dimension", 5).insert("gap_basis".into(), toml::Value::Array(vec![]));
        entry(t, "dimension", 6).insert("gap_basis".into(), toml::Value::Array(vec!["Z9".into()]));
    });
    assert_problem(&problems, "dimension[2].gap: is required from version 2");
    assert_problem(
        &problems,
        "dimension[2].discuss: must end with a question mark",
    );
    assert_problem(
        &problems,
        "dimension[5].gap_basis: must name at least one seed idea",
    );
    assert_problem(
        &problems,
        "dimension[6].gap_basis: names unknown seed idea \"Z9\"",
    );
}

#[test]
fn version_one_stays_without_the_comparison_fields() {
    let mut table: toml::Table = toml::from_str(BANK_V1).unwrap();
    let dimension = entry(&mut table, "dimension", 0);
    dimension.insert("gap".into(), "A gap.".into());
    dimension.insert("earlier".into(), toml::Value::Array(vec!["roles".into()]));
    let problems: Vec<String> = source::parse(&toml::to_string(&table).unwrap())
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_problem(
        &problems,
        "dimension[0].gap: does not belong here (nor anywhere before version 2)",
    );
    assert_problem(
        &problems,
        "dimension[0].gap_basis: gap_basis and earlier belong only to version 2",
    );
}

/// The line (1-based) of the first line of `text` that contains `needle`, and the column
/// where it starts.
fn line_of(text: &str, needle: &str) -> (usize, usize) {
    text.lines()
        .enumerate()
        .find_map(|(i, line)| Some((i + 1, line.find(needle)? + 1)))
        .unwrap_or_else(|| panic!("{needle:?} not in the bank"))
}

#[test]
fn every_problem_is_placed_at_its_line_and_column_in_the_authors_file() {
    // The first question's third answer loses its words: the problem names the field,
    // and the place is that answer's `text` key, where the author edits.
    let words = "Mostly when something needs sorting out, like a lost deal. Both teams keep long stretches of focus, but each fix eats hours.";
    let broken = BANK.replacen(&format!("text = \"{words}\""), "text = \"\"", 1);
    assert_ne!(broken, BANK);
    let problems = source::parse(&broken).expect_err("an empty answer is a broken rule");
    let problem = problems
        .iter()
        .find(|p| p.field == "question[0].answers[2].text")
        .unwrap_or_else(|| panic!("{problems:?}"));
    let (line, column) = line_of(&broken, "text = \"\" }");
    assert_eq!(
        locate::locate(&broken, &problem.field),
        Some((line, column))
    );
    assert_eq!(
        locate::place("my-bank.toml", &broken, &problem.field),
        format!("my-bank.toml:{line}:{column}")
    );
}

#[test]
fn a_field_the_file_lacks_is_placed_at_its_nearest_part() {
    // A key of the second question: at that key, below its own [[question]] header.
    let second = BANK.find("id = \"demo-form\"").unwrap();
    let basis = second + BANK[second..].find("basis = ").unwrap();
    let line = BANK[..basis].matches('\n').count() + 1;
    assert_eq!(locate::locate(BANK, "question[1].basis"), Some((line, 1)));
    // An answer past the end of the array: at the array's key.
    let answers = locate::locate(BANK, "question[0].answers").unwrap();
    assert_eq!(answers, (line_of(BANK, "answers = [").0, 1));
    assert_eq!(
        locate::locate(BANK, "question[0].answers[9].text"),
        Some(answers)
    );
    // Nothing of it in the file, or no TOML at all: no place.
    assert_eq!(locate::locate(BANK, "nothing[0].here"), None);
    assert_eq!(locate::locate("not toml = = =", "question[0]"), None);
    assert_eq!(
        locate::place("my-bank.toml", BANK, "nothing"),
        "my-bank.toml"
    );
}

#[test]
fn the_report_passes_or_fails_every_threshold_by_name() {
    let current = audit::audit(&source::parse(BANK).unwrap());
    let checks = current.checks();
    assert!(checks.iter().all(|(ok, _)| *ok), "{checks:#?}");
    let rendered = current.render();
    for (_, what) in &checks {
        assert!(rendered.contains(&format!("  pass {what}")), "{rendered}");
    }
    assert!(rendered.contains("meets every threshold"));
    let kept = audit::audit(&source::parse(BANK_V1).unwrap());
    let failed: Vec<String> = kept
        .checks()
        .into_iter()
        .filter(|(ok, _)| !ok)
        .map(|(_, w)| w)
        .collect();
    assert_eq!(failed, kept.failures());
    assert!(kept.render().contains(&format!("  FAIL {}", failed[0])));
    assert!(kept
        .render()
        .contains(&format!("misses {} thresholds", failed.len())));
}

#[test]
fn a_bank_id_must_be_one_spelling_of_letters_digits_and_hyphens() {
    for bad in [
        "",
        "ab",
        "Northwind",
        "north_wind",
        "north--wind",
        "-north",
        "north-",
        "9north",
        "north wind",
        &"x".repeat(41),
    ] {
        let problems = problems_with_id(bad);
        assert!(
            problems.iter().any(|p| p.starts_with("id: ")),
            "{bad:?}: {problems:?}"
        );
    }
    for good in [
        "abc",
        "northwind-sales-cs",
        "acme2-product-eng",
        &"x".repeat(40),
    ] {
        let problems = problems_with_id(good);
        assert!(problems.is_empty(), "{good:?}: {problems:?}");
    }
}

fn problems_with_id(id: &str) -> Vec<String> {
    problems_after(|t| {
        t.insert("id".into(), id.into());
    })
}

#[test]
fn a_bank_without_an_id_is_refused() {
    let problems = problems_after(|t| {
        t.remove("id");
    });
    assert_problem(&problems, "missing field `id`");
}

/// `--bank` builds with a bank file from anywhere: the kept versions it names are found
/// beside it, oldest first, and a `kept` that is not a list of names says so.
#[test]
fn a_bank_names_its_kept_versions_beside_it() {
    use std::path::Path;
    let folder = std::env::temp_dir().join(format!("tandem-bank-list-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let bank = folder.join("bank.toml");
    std::fs::write(
        &bank,
        "id = \"acme\"\nkept = [\"old/bank-v1.toml\", \"bank-v2.toml\"]\n",
    )
    .unwrap();
    assert_eq!(
        bank_list::bank_files(&bank).unwrap(),
        [
            folder.join("old/bank-v1.toml"),
            folder.join("bank-v2.toml"),
            bank.clone()
        ]
    );
    std::fs::write(&bank, "id = \"acme\"\n").unwrap();
    assert_eq!(
        bank_list::bank_files(&bank).unwrap(),
        std::slice::from_ref(&bank)
    );
    for broken in ["kept = \"bank-v1.toml\"", "kept = [1]", "kept = [\" \"]"] {
        std::fs::write(&bank, broken).unwrap();
        let problem = bank_list::bank_files(&bank).unwrap_err();
        assert!(problem.contains("kept:"), "{broken}: {problem}");
    }
    let missing = bank_list::bank_files(Path::new("no/such/bank.toml")).unwrap_err();
    assert!(missing.contains("cannot be read"), "{missing}");
    std::fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn the_default_bank_lists_version_one_as_kept() {
    if std::env::var_os(bank_list::BANK_VARIABLE).is_none() {
        assert_eq!(
            bank_list::current_bank(),
            std::path::Path::new(bank_list::DEFAULT_BANK)
        );
    }
    assert_eq!(source::parse(BANK).unwrap().kept, ["bank-v1.toml"]);
    assert!(source::parse(BANK_V1).unwrap().kept.is_empty());
    let files = bank_list::bank_files(std::path::Path::new(bank_list::DEFAULT_BANK)).unwrap();
    let names: Vec<_> = files
        .iter()
        .map(|f| f.to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["src/content/bank-v1.toml", "src/content/bank.toml"]);
}

#[test]
fn the_assessment_s_title_and_teams_are_required_from_version_two() {
    for field in ["title", "teams"] {
        let problems = problems_after(|t| {
            t.remove(field);
        });
        assert_problem(&problems, &format!("{field}: is required from version 2"));
    }
    let problems = problems_after(|t| {
        t.insert("teams".into(), "x".repeat(41).into());
    });
    assert_problem(&problems, "teams: is 41 characters, longer than 40");
}

/// The bank with each answer's `cost` set by `kind(question, stage level, cost now)`.
fn with_costs(kind: impl Fn(usize, usize, &str) -> String) -> audit::Audit {
    let mut table: toml::Table = toml::from_str(BANK).unwrap();
    for (q, question) in array(&mut table, "question").iter_mut().enumerate() {
        let answers = question.get_mut("answers").unwrap().as_array_mut().unwrap();
        for answer in answers {
            let answer = answer.as_table_mut().unwrap();
            let stage = answer["stage"].as_str().unwrap();
            let level = source::STAGE_IDS.iter().position(|s| *s == stage).unwrap();
            let cost = kind(q, level, answer["cost"].as_str().unwrap());
            answer.insert("cost".into(), cost.into());
        }
    }
    audit::audit(&source::parse(&toml::to_string(&table).unwrap()).unwrap())
}

/// Each kind of cost three times in each stage's answers: 12 uses, a quarter per stage.
fn balanced(question: usize, level: usize) -> &'static str {
    source::COST_IDS[(question + 3 * level) % source::COST_IDS.len()]
}

fn cost_checks(report: &audit::Audit) -> Vec<(bool, String)> {
    report
        .checks()
        .into_iter()
        .filter(|(_, what)| what.starts_with("cost ") || what.contains(" state the cost "))
        .collect()
}

/// Issue 26: a reader ranked every question of bank v2 by the kind of drawback alone,
/// so a kind that gathers in one stage fails the report, and so does a stage whose
/// answers mostly state one kind.
#[test]
fn a_kind_of_cost_gathered_in_one_stage_fails_the_report() {
    let gathered = with_costs(|q, level, _| {
        if level == 0 {
            "slip".into()
        } else {
            balanced(q, level).into()
        }
    });
    let failures = gathered.failures();
    assert!(
        failures.contains(
            &"cost \"slip\": 73% of its 33 uses are undefined answers (at most 50%)".to_owned()
        ),
        "{failures:#?}"
    );
    assert!(
        failures.contains(
            &"undefined answers: 24 of 24 state the cost \"slip\" (at most 8)".to_owned()
        ),
        "{failures:#?}"
    );
    let rendered = gathered.render();
    assert!(rendered.contains("FAIL cost \"slip\""), "{rendered}");
    assert!(rendered.contains(" 33 uses, 73% undefined"), "{rendered}");
}

/// The limits at their edges: a stage may state one kind in a third of its answers (8
/// of 24), and a kind may have half its uses in one stage, not more.
#[test]
fn the_kinds_of_cost_may_reach_their_limits_and_no_further() {
    let slips_in_undefined = |slips: usize| {
        with_costs(move |q, level, _| {
            let cost = balanced(q, level);
            // The first undefined answers that state another kind now state "slip".
            let others_before = (0..q).filter(|&p| balanced(p, 0) != "slip").count();
            let extra = slips - 3;
            if level == 0 && cost != "slip" && others_before < extra {
                "slip".into()
            } else {
                cost.into()
            }
        })
    };
    let even = cost_checks(&slips_in_undefined(3));
    assert_eq!(
        even.len(),
        8 + 4,
        "every kind is used 4 times or more: {even:#?}"
    );
    assert!(even.iter().all(|(ok, _)| *ok), "{even:#?}");
    let at_the_limit = cost_checks(&slips_in_undefined(8));
    assert!(at_the_limit.iter().all(|(ok, _)| *ok), "{at_the_limit:#?}");
    let half = cost_checks(&slips_in_undefined(9));
    assert!(half.contains(&(
        true,
        "cost \"slip\": 50% of its 18 uses are undefined answers (at most 50%)".into()
    )));
    assert!(half.contains(&(
        false,
        "undefined answers: 9 of 24 state the cost \"slip\" (at most 8)".into()
    )));
    let over = cost_checks(&slips_in_undefined(10));
    assert!(over.contains(&(
        false,
        "cost \"slip\": 53% of its 19 uses are undefined answers (at most 50%)".into()
    )));
}

/// A kind too rare to learn a stage from is shown, and not checked.
#[test]
fn a_kind_of_cost_used_fewer_than_four_times_is_not_checked() {
    let rare = with_costs(|q, level, _| {
        if q < 3 && level == 3 {
            "friction".into()
        } else if balanced(q, level) == "friction" {
            "time".into()
        } else {
            balanced(q, level).into()
        }
    });
    let checks = cost_checks(&rare);
    assert!(
        !checks
            .iter()
            .any(|(_, what)| what.contains("\"friction\": ")),
        "{checks:#?}"
    );
    assert!(rare.render().contains("3 uses, too few to check"));
}

#[test]
fn an_unknown_or_missing_kind_of_cost_is_named_at_its_answer() {
    let problems = problems_after(|t| {
        let answers = answers_of(t, 3);
        let first = answers[0].as_table_mut().unwrap();
        first.remove("cost");
        let second = answers[1].as_table_mut().unwrap();
        second.insert("cost".into(), "cheap".into());
    });
    assert_problem(
        &problems,
        "question[3].answers[1].cost: \"cheap\" is not one of [\"time\", \"slow\", \"blur\", \"rigid\", \"thin\", \"slip\", \"load\", \"friction\"]: ",
    );
    assert_problem(
        &problems,
        "question[3].answers[0].cost: is required from version 2: ",
    );
    // The place is the answer's `cost` key, where the author edits.
    let (line, _) = line_of(BANK, "What happens next?");
    let second_answer = BANK.lines().nth(line + 3).unwrap();
    let column = second_answer.find("cost = ").unwrap() + 1;
    assert_eq!(
        locate::locate(BANK, "question[1].answers[1].cost"),
        Some((line + 4, column))
    );
}

#[test]
fn version_one_refuses_a_kind_of_cost_and_reports_none() {
    let mut table: toml::Table = toml::from_str(BANK_V1).unwrap();
    let question = entry(&mut table, "question", 0);
    let answers = question.get_mut("answers").unwrap().as_array_mut().unwrap();
    answers[2]
        .as_table_mut()
        .unwrap()
        .insert("cost".into(), "time".into());
    let problems: Vec<String> = source::parse(&toml::to_string(&table).unwrap())
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_problem(
        &problems,
        "question[0].answers[2].cost: does not belong here (nor anywhere before version 2)",
    );
    let kept = audit::audit(&source::parse(BANK_V1).unwrap());
    assert!(kept.costs.is_empty());
    assert!(cost_checks(&kept).is_empty());
    assert!(kept
        .render()
        .contains("drawbacks by kind (cost): none stated"));
}
