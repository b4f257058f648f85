//! A comparison's exports (issue 30, item 16): the JSON data and the CSV table field by
//! field, each held by a golden document, and the picture as a well-formed SVG that
//! names everyone, keeps their keys apart and carries the link as a readable QR code.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{answers_at, choices_by_index};
use serde_json::Value;
use std::rc::Rc;
use tandem::assessment::compare::{Comparison, Member};
use tandem::assessment::report::Report;
use tandem::assessment::stage::Stage;
use tandem::content::{BANKS, CURRENT};
use tandem::export::comparison::{csv, document, file_name, FORMAT, VERSION};
use tandem::export::comparison_picture::svg;
use tandem::export::day::Day;
use tandem::export::picture::{Theme, WIDTH};

const LINK: &str = "https://example.com/tools/alignment/compare.html#/compare/";

fn day() -> Day {
    Day::new(2026, 12, 7).unwrap()
}

/// A version-2 result: `choices` by index (4 = not sure), cycled over the questions.
fn result(choices: &[usize], side: Option<usize>) -> Report {
    let all: Vec<usize> = (0..CURRENT.question_count())
        .map(|i| choices[i % choices.len()])
        .collect();
    Report::new(&CURRENT, choices_by_index(&CURRENT, &all, &[side]))
}

fn at(stage: Stage) -> Report {
    Report::new(
        &CURRENT,
        answers_at(&CURRENT, &vec![stage; CURRENT.question_count()]),
    )
}

fn comparison(members: Vec<(Report, Option<&str>)>) -> Comparison {
    let members = members
        .into_iter()
        .map(|(report, label)| Member {
            report: Rc::new(report),
            label: label.map(str::to_owned),
        })
        .collect();
    Comparison::new(members, Vec::new(), 0)
}

/// Two people: Sales at Integrated, and a labelled colleague too unsure to place.
fn pair() -> Comparison {
    comparison(vec![
        (at(Stage::Integrated), None),
        (result(&[4, 4, 4, 0], Some(1)), Some("Marketing, \"North\"")),
    ])
}

/// Twelve people across the curve, many at the same spot.
fn twelve() -> Comparison {
    let members = (0..12)
        .map(|i| (result(&[i % 4, (i / 4) % 4, i % 4], Some(i % 3)), None))
        .collect();
    comparison(members)
}

fn json(comparison: &Comparison) -> Value {
    let link = format!("{LINK}{}", comparison.link());
    serde_json::from_str(&document(comparison, &link, day())).expect("valid JSON")
}

#[test]
fn the_data_names_its_format_day_link_and_every_member() {
    let pair = pair();
    let doc = json(&pair);
    assert_eq!(doc["format"], FORMAT);
    assert_eq!(doc["version"], VERSION);
    assert_eq!(doc["date"], "2026-12-07");
    assert_eq!(doc["link"], format!("{LINK}{}", pair.link()));
    let members = doc["members"].as_array().unwrap();
    assert_eq!(members.len(), 2);
    for (index, (member, label)) in pair.members.iter().zip(pair.labels()).enumerate() {
        let data = &members[index];
        assert_eq!(data["letter"], ["A", "B"][index]);
        assert_eq!(data["label"], label);
        assert_eq!(data["token"], member.report.token);
        assert_eq!(data["bank"], CURRENT.version);
        match &member.report.placement {
            Some(p) => {
                assert_eq!(data["position"], p.position.percent());
                assert_eq!(data["stage"], p.stage.id());
            }
            None => {
                assert!(data["position"].is_null() && data["stage"].is_null());
            }
        }
    }
    assert!(doc["group"].is_null(), "two people have no group average");
}

#[test]
fn the_data_gives_every_area_s_scores_spread_gaps_and_agreements() {
    let group = twelve();
    let doc = json(&group);
    let analysis = &group.analysis;
    let areas = doc["areas"].as_array().unwrap();
    assert_eq!(areas.len(), analysis.areas.len());
    for (data, area) in areas.iter().zip(&analysis.areas) {
        assert_eq!(data["area"], area.dimension.id);
        assert_eq!(data["name"], area.dimension.name);
        let scores: Vec<Option<u64>> = data["scores"]
            .as_array()
            .unwrap()
            .iter()
            .map(Value::as_u64)
            .collect();
        let expected: Vec<Option<u64>> = area.scores.iter().map(|s| s.map(u64::from)).collect();
        assert_eq!(scores, expected);
        assert_eq!(data["spread"].as_u64(), area.spread().map(u64::from));
    }
    let ids = |indices: &[usize]| -> Vec<Value> {
        indices
            .iter()
            .map(|&i| Value::from(analysis.areas[i].dimension.id))
            .collect()
    };
    assert_eq!(doc["gaps"].as_array().unwrap(), &ids(&analysis.gaps));
    assert_eq!(
        doc["agreements"].as_array().unwrap(),
        &ids(&analysis.agreements)
    );
    let average = analysis.group_position.expect("twelve have an average");
    assert_eq!(doc["group"]["position"], average.percent());
    assert_eq!(doc["group"]["stage"], CURRENT.scoring.stage(average).id());
}

#[test]
fn the_table_has_a_header_and_one_row_per_person_in_csv() {
    let group = twelve();
    let table = csv(&group);
    assert!(
        table.starts_with('\u{feff}'),
        "a byte order mark for spreadsheets"
    );
    assert!(table.ends_with("\r\n"));
    let rows: Vec<&str> = table[3..].trim_end_matches("\r\n").split("\r\n").collect();
    assert_eq!(rows.len(), 13);
    let header: Vec<&str> = rows[0].split(',').collect();
    assert_eq!(header[..4], ["Letter", "Label", "Stage", "Position"]);
    let names: Vec<&str> = group
        .analysis
        .areas
        .iter()
        .map(|a| a.dimension.name)
        .collect();
    assert_eq!(header[4..], names[..]);
    for (index, row) in rows[1..].iter().enumerate() {
        let cells: Vec<&str> = row.split(',').collect();
        let member = &group.members[index];
        let placement = member.report.placement.as_ref().unwrap();
        assert_eq!(cells[0], ((b'A' + index as u8) as char).to_string());
        assert_eq!(cells[1], group.labels()[index]);
        assert_eq!(cells[2], CURRENT.stage(placement.stage).title);
        assert_eq!(cells[3], placement.position.percent().to_string());
        let scores: Vec<String> = group
            .analysis
            .areas
            .iter()
            .map(|a| a.scores[index].map_or(String::new(), |s| s.to_string()))
            .collect();
        assert_eq!(cells[4..], scores[..]);
    }
}

#[test]
fn labels_are_quoted_where_needed_and_never_run_as_formulas() {
    let labelled = comparison(vec![
        (at(Stage::Defined), Some("=HYPERLINK(\"x\")")),
        (at(Stage::Aligned), Some("Sales, Munich")),
        (at(Stage::Aligned), Some("-1")),
        (at(Stage::Aligned), Some("Plain")),
    ]);
    let table = csv(&labelled);
    let labels: Vec<&str> = table
        .split("\r\n")
        .skip(1)
        .filter(|row| !row.is_empty())
        .map(|row| &row[2..row.find(",Defined").or(row.find(",Aligned")).unwrap()])
        .collect();
    assert_eq!(
        labels,
        [
            "\"'=HYPERLINK(\"\"x\"\")\"",
            "\"Sales, Munich\"",
            "'-1",
            "Plain"
        ]
    );
}

#[test]
fn a_person_too_unsure_to_place_has_empty_cells() {
    let table = csv(&pair());
    let row = table.split("\r\n").nth(2).unwrap();
    assert!(
        row.starts_with("B,\"Marketing, \"\"North\"\"\",,,"),
        "{row}"
    );
}

#[test]
fn file_names_say_comparison_and_the_day() {
    assert_eq!(file_name(day(), "csv"), "tandem-comparison-2026-12-07.csv");
}

#[test]
fn the_comparison_s_results_read_back_as_a_list_with_their_labels() {
    use tandem::assessment::results_list::{read, Kind};
    use tandem::export::comparison::results_list;
    let comparison = Comparison::open(GOLDEN_PATH, &BANKS).unwrap();
    let file = results_list(&comparison);
    assert_eq!(file, GOLDEN_LIST);
    let list = read(&file, &BANKS).unwrap();
    assert!(list.problems.is_empty());
    assert_eq!(list.list.kind, Kind::Comparison);
    let given: Vec<(&str, Option<&str>)> = list
        .list
        .entries
        .iter()
        .map(|e| (e.token.as_str(), e.label.as_deref()))
        .collect();
    let members: Vec<(&str, Option<&str>)> = comparison
        .members
        .iter()
        .map(|m| (m.report.token.as_str(), m.label.as_deref()))
        .collect();
    assert_eq!(given, members);
}

const GOLDEN_LIST: &str = "{\"format\":\"tandem-results\",\"version\":1,\"kind\":\"comparison\",\"results\":[\n{\"token\":\"AgIpkpylOUpylOUpwKh1\",\"label\":\"\u{c9}quipe Nord / EMEA #1\"},\n{\"token\":\"AgJMluFstmSKQlONELWT\",\"label\":\"\u{55b6}\u{696d}\u{1f642}\"},\n{\"token\":\"AgIABOExxGQttQpooN42\"}\n]}\n";

#[test]
fn golden_data_of_a_comparison_link() {
    let comparison = Comparison::open(GOLDEN_PATH, &BANKS).unwrap();
    let link = format!("https://example.com/compare.html#/compare/{GOLDEN_PATH}");
    assert_eq!(document(&comparison, &link, day()), GOLDEN_DOCUMENT);
    assert_eq!(csv(&comparison), GOLDEN_TABLE);
}

const GOLDEN_PATH: &str = "1/AgIpkpylOUpylOUpwKh1.w4lxdWlwZSBOb3JkIC8gRU1FQSAjMQ/AgJMluFstmSKQlONELWT.5Za25qWt8J-Zgg/AgIABOExxGQttQpooN42";
const GOLDEN_DOCUMENT: &str = r#"{"format":"tandem-comparison","version":1,"date":"2026-12-07","link":"https://example.com/compare.html#/compare/1/AgIpkpylOUpylOUpwKh1.w4lxdWlwZSBOb3JkIC8gRU1FQSAjMQ/AgJMluFstmSKQlONELWT.5Za25qWt8J-Zgg/AgIABOExxGQttQpooN42","members":[{"letter":"A","label":"Équipe Nord / EMEA #1","bank":2,"token":"AgIpkpylOUpylOUpwKh1","position":49,"stage":"defined"},{"letter":"B","label":"営業🙂","bank":2,"token":"AgJMluFstmSKQlONELWT","position":50,"stage":"defined"},{"letter":"C","label":"Result 3","bank":2,"token":"AgIABOExxGQttQpooN42","position":33,"stage":"defined"}],"group":{"position":44,"stage":"defined"},"areas":[{"area":"contact","name":"Contact and tempo","scores":[56,0,33],"spread":56},{"area":"handoffs","name":"Roles and hand-offs","scores":[50,44,33],"spread":17},{"area":"planning","name":"Plans and goals","scores":[56,44,33],"spread":23},{"area":"measures","name":"Measures and rewards","scores":[83,44,33],"spread":50},{"area":"data","name":"Data and systems","scores":[67,100,33],"spread":67},{"area":"understanding","name":"Knowing each other","scores":[11,100,33],"spread":89},{"area":"insight","name":"Field insight","scores":[22,100,33],"spread":78},{"area":"leadership","name":"Leaders and misses","scores":[50,100,33],"spread":67}],"gaps":["understanding","insight","data","leadership","contact","measures","planning","handoffs"],"agreements":[]}"#;
const GOLDEN_TABLE: &str = "\u{feff}Letter,Label,Stage,Position,Contact and tempo,Roles and hand-offs,Plans and goals,Measures and rewards,Data and systems,Knowing each other,Field insight,Leaders and misses\r\nA,\u{c9}quipe Nord / EMEA #1,Defined,49,56,50,56,83,67,11,22,50\r\nB,\u{55b6}\u{696d}\u{1f642},Defined,50,0,44,44,44,100,100,100,100\r\nC,Result 3,Defined,33,33,33,33,33,33,33,33,33\r\n";

fn parse(svg: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(svg).expect("well-formed SVG")
}

/// The keys' rings drawn at one track or curve: centres of circles of radius 15.
fn rings(doc: &roxmltree::Document) -> Vec<(f32, f32)> {
    doc.descendants()
        .filter(|n| n.has_tag_name("circle") && n.attribute("r") == Some("15"))
        .map(|n| {
            let at = |name| n.attribute(name).unwrap().parse::<f32>().unwrap();
            (at("cx"), at("cy"))
        })
        .collect()
}

#[test]
fn the_picture_names_everyone_and_keeps_their_keys_apart() {
    let group = twelve();
    let link = format!("{LINK}{}", group.link());
    let (picture, height) = svg(&group, &link, day(), Theme::Light).unwrap();
    let doc = parse(&picture);
    let root = doc.root_element();
    assert_eq!(root.attribute("width"), Some(WIDTH.to_string().as_str()));
    assert_eq!(root.attribute("height"), Some(height.to_string().as_str()));
    let words: String = doc
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("|");
    for label in group.labels() {
        assert!(words.contains(&label), "{label} named");
    }
    for area in &group.analysis.areas {
        assert!(words.contains(area.dimension.name));
    }
    assert!(words.contains("12 results · group average"));
    assert!(words.contains("Made with Tandem on 7 December 2026"));
    // A key in the people's column, on the curve and on every area's track.
    let rings = rings(&doc);
    assert_eq!(rings.len(), 12 * (2 + group.analysis.areas.len()));
    for (index, a) in rings.iter().enumerate() {
        assert!(
            a.1 > 15.0 && a.1 < height as f32 - 15.0,
            "inside the picture"
        );
        for b in &rings[index + 1..] {
            let apart = ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
            assert!(apart >= 30.0, "{a:?} and {b:?} overlap");
        }
    }
}

#[test]
fn the_pictures_qr_code_is_the_comparison_link() {
    let pair = pair();
    let link = format!("{LINK}{}", pair.link());
    let (picture, _) = svg(&pair, &link, day(), Theme::Dark).unwrap();
    assert!(picture.contains("Open this comparison"));
    let qr = tandem::export::qr::Qr::new(&link).unwrap();
    assert!(picture.contains(&qr.path()), "the QR code of the link");
}
