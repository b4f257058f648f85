//! The exports: the JSON data field by field, the picture as a well-formed SVG that says
//! what the screen says, and QR codes read back as a phone's reader would.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{answers_at, choices_by_index, first_area_at};
use serde_json::Value;
use tandem::assessment::company::Company;
use tandem::assessment::report::Report;
use tandem::assessment::stage::Stage;
use tandem::content::{question_ids, BANKS, CURRENT, V1};
use tandem::export::data::{self, FORMAT, VERSION};
use tandem::export::day::Day;
use tandem::export::file_name;
use tandem::export::picture::{self, Theme, HEIGHT, WIDTH};
use tandem::export::qr::Qr;

const LINK: &str = "https://example.com/tools/alignment/#/r/";

fn day() -> Day {
    Day::new(2026, 12, 4).unwrap()
}

fn link(report: &Report) -> String {
    format!("{LINK}{}", report.token)
}

/// A varied result: every kind of choice, "not sure" included, and two profile answers.
fn varied() -> Report {
    let choices: Vec<usize> = (0..CURRENT.question_count()).map(|i| i * 7 % 5).collect();
    Report::new(
        &CURRENT,
        choices_by_index(&CURRENT, &choices, &[Some(1), None, Some(2)]),
    )
}

fn json(report: &Report) -> Value {
    serde_json::from_str(&data::document(report, &link(report), day())).expect("valid JSON")
}

#[test]
fn the_data_names_its_format_version_day_bank_token_and_link() {
    let report = varied();
    let doc = json(&report);
    assert_eq!(doc["format"], FORMAT);
    assert_eq!(doc["format"], "tandem-result");
    assert_eq!(doc["version"], VERSION);
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["date"], "2026-12-04");
    assert_eq!(doc["bank"], CURRENT.version);
    assert_eq!(doc["token"], report.token.as_str());
    assert_eq!(doc["link"], link(&report));
    let keys: Vec<&str> = doc
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "format",
            "version",
            "date",
            "bank",
            "token",
            "link",
            "profile",
            "answers",
            "areas",
            "position",
            "stage",
            "held_back_by"
        ],
        "members in their documented order"
    );
}

#[test]
fn the_profile_names_every_question_with_the_chosen_option_or_null() {
    let doc = json(&varied());
    let profile = doc["profile"].as_object().unwrap();
    let ids: Vec<&str> = profile.keys().map(String::as_str).collect();
    let expected: Vec<&str> = CURRENT.profile.iter().map(|q| q.id).collect();
    assert_eq!(ids, expected);
    assert_eq!(profile["side"], "marketing");
    assert_eq!(profile["size"], Value::Null);
    assert_eq!(profile["pace"], CURRENT.profile[2].options[2].id);
    assert_eq!(profile["complexity"], Value::Null);
}

#[test]
fn every_question_is_listed_in_order_with_its_area_and_the_chosen_stage() {
    let report = varied();
    let doc = json(&report);
    let answers = doc["answers"].as_array().unwrap();
    assert_eq!(answers.len(), CURRENT.question_count());
    let ids = question_ids(&CURRENT);
    assert_eq!(ids.len(), CURRENT.question_count());
    assert_eq!(ids[0], "talk-in-a-week", "the bank's own ids");
    let mut not_sure = 0;
    for (((answer, question), choice), id) in answers
        .iter()
        .zip(CURRENT.questions)
        .zip(report.answers.choices())
        .zip(ids)
    {
        assert_eq!(answer.as_object().unwrap().len(), 3, "{answer}");
        assert_eq!(answer["question"], *id);
        assert_eq!(answer["area"], CURRENT.dimensions[question.dimension].id);
        match choice.stage(question) {
            Some(stage) => assert_eq!(answer["stage"], stage.id()),
            None => {
                assert_eq!(answer["stage"], "not sure");
                not_sure += 1;
            }
        }
    }
    assert!(not_sure > 0, "the varied result holds some “not sure”");
    let ids: std::collections::HashSet<_> = answers
        .iter()
        .map(|a| a["question"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids.len(),
        CURRENT.question_count(),
        "question ids are unique"
    );
}

#[test]
fn areas_position_and_stage_match_the_report() {
    let report = Report::new(
        &CURRENT,
        answers_at(
            &CURRENT,
            &first_area_at(&CURRENT, Stage::Undefined, Stage::Integrated),
        ),
    );
    let doc = json(&report);
    let placement = report.placement.as_ref().unwrap();
    let areas = doc["areas"].as_array().unwrap();
    assert_eq!(areas.len(), CURRENT.dimensions.len());
    for (area, score) in areas.iter().zip(&report.scores.dimensions) {
        let dimension = &CURRENT.dimensions[score.dimension];
        assert_eq!(area["area"], dimension.id);
        assert_eq!(area["name"], dimension.name);
        assert_eq!(area["score"], score.share.unwrap().percent());
        assert_eq!(area["stage"], score.stage.unwrap().id());
        assert_eq!(area["answered"], score.real_answers);
    }
    assert_eq!(areas[0]["stage"], "undefined");
    assert_eq!(areas[1]["score"], 100);
    assert_eq!(doc["position"], placement.position.percent());
    assert_eq!(doc["stage"], placement.stage.id());
    assert_eq!(
        doc["held_back_by"],
        serde_json::json!([CURRENT.dimensions[0].id])
    );
}

#[test]
fn a_result_too_unsure_to_place_has_null_position_stage_and_area_scores() {
    let not_sure = CURRENT.choices_per_question() - 1;
    let choices = vec![not_sure; CURRENT.question_count()];
    let report = Report::new(&CURRENT, choices_by_index(&CURRENT, &choices, &[]));
    assert!(report.placement.is_none());
    let doc = json(&report);
    assert_eq!(doc["position"], Value::Null);
    assert_eq!(doc["stage"], Value::Null);
    assert_eq!(doc["held_back_by"], serde_json::json!([]));
    for area in doc["areas"].as_array().unwrap() {
        assert_eq!(area["score"], Value::Null);
        assert_eq!(area["stage"], Value::Null);
        assert_eq!(area["answered"], 0);
    }
    assert!(doc["profile"]
        .as_object()
        .unwrap()
        .values()
        .all(Value::is_null));
}

#[test]
fn results_of_the_kept_bank_export_with_its_version_and_no_profile() {
    let stages = vec![Stage::Defined; V1.question_count()];
    let report = Report::new(&V1, answers_at(&V1, &stages));
    let doc = json(&report);
    assert_eq!(doc["bank"], V1.version);
    assert_eq!(doc["profile"], serde_json::json!({}));
    assert_eq!(
        doc["answers"].as_array().unwrap().len(),
        V1.question_count()
    );
    assert_eq!(question_ids(&V1).len(), V1.question_count());
    assert_eq!(doc["answers"][0]["question"], question_ids(&V1)[0]);
    assert_ne!(
        question_ids(&V1)[0],
        question_ids(&CURRENT)[0],
        "each bank its own ids"
    );
    assert_eq!(doc["stage"], "defined");
}

#[test]
fn file_names_give_the_stage_and_the_day() {
    let report = Report::new(
        &CURRENT,
        answers_at(&CURRENT, &vec![Stage::Aligned; CURRENT.question_count()]),
    );
    assert_eq!(
        file_name(&report, day(), "png"),
        "tandem-aligned-2026-12-04.png"
    );
    let not_sure = vec![CURRENT.choices_per_question() - 1; CURRENT.question_count()];
    let unplaced = Report::new(&CURRENT, choices_by_index(&CURRENT, &not_sure, &[]));
    assert_eq!(
        file_name(&unplaced, day(), "json"),
        "tandem-result-2026-12-04.json"
    );
}

/// Reads `qr` as a phone would: drawn at 4 pixels a module, then decoded.
fn read(qr: &Qr) -> String {
    const SCALE: u32 = 4;
    let pixels = (qr.size() * SCALE) as usize;
    let image = rqrr::PreparedImage::prepare_from_greyscale(pixels, pixels, |x, y| {
        if qr.is_dark(x as u32 / SCALE, y as u32 / SCALE) {
            0
        } else {
            255
        }
    });
    let mut image = image;
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one code found");
    grids[0].decode().expect("the code reads").1
}

#[test]
fn result_links_read_back_from_their_qr_codes() {
    let reports = [
        varied(),
        Report::new(
            &CURRENT,
            answers_at(&CURRENT, &vec![Stage::Integrated; CURRENT.question_count()]),
        ),
        Report::new(
            &V1,
            answers_at(&V1, &vec![Stage::Undefined; V1.question_count()]),
        ),
    ];
    for report in &reports {
        for base in [LINK, "http://127.0.0.1:8080/#/r/", "https://a.very-long-host-name.example.org/consulting/tools/sales-marketing-alignment/index.html#/r/"] {
            let text = format!("{base}{}", report.token);
            assert_eq!(read(&Qr::new(&text).unwrap()), text);
        }
    }
    let report = Report::from_token(&reports[0].token, &BANKS).unwrap();
    assert_eq!(read(&Qr::new(&link(&report)).unwrap()), link(&reports[0]));
}

#[test]
fn the_qr_path_draws_exactly_the_dark_modules() {
    let qr = Qr::new(&link(&varied())).unwrap();
    let size = qr.size();
    let mut drawn = vec![false; (size * size) as usize];
    for rect in qr.path().split('z').filter(|r| !r.is_empty()) {
        let (x, rest) = rect[1..].split_once(' ').unwrap();
        let (y, rest) = rest.split_once('h').unwrap();
        let (run, _) = rest.split_once('v').unwrap();
        let (x, y, run): (u32, u32, u32) =
            (x.parse().unwrap(), y.parse().unwrap(), run.parse().unwrap());
        for dx in 0..run {
            let cell = &mut drawn[(y * size + x + dx) as usize];
            assert!(!*cell, "each module drawn once");
            *cell = true;
        }
    }
    for y in 0..size {
        for x in 0..size {
            assert_eq!(
                drawn[(y * size + x) as usize],
                qr.is_dark(x, y),
                "({x}, {y})"
            );
        }
    }
    for edge in 0..size {
        for inside in 0..4 {
            assert!(
                !qr.is_dark(edge, inside) && !qr.is_dark(inside, edge),
                "quiet zone"
            );
        }
    }
}

#[test]
fn text_beyond_any_qr_code_has_none() {
    assert!(Qr::new(&"x".repeat(2400)).is_none());
    assert!(Qr::new(&"x".repeat(2000)).is_some());
}

fn parse(svg: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(svg).expect("well-formed SVG")
}

fn texts(doc: &roxmltree::Document) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or("").to_owned())
        .collect()
}

#[test]
fn the_picture_says_the_stage_position_areas_day_and_link() {
    let report = varied();
    let link = link(&report);
    let svg = picture::svg(&report, None, &link, day(), Theme::Light);
    let doc = parse(&svg);
    let root = doc.root_element();
    assert_eq!(root.attribute("width"), Some(WIDTH.to_string().as_str()));
    assert_eq!(root.attribute("height"), Some(HEIGHT.to_string().as_str()));
    let placement = report.placement.as_ref().unwrap();
    let words = texts(&doc);
    assert!(
        words.contains(&CURRENT.stage(placement.stage).title.to_owned()),
        "{words:?}"
    );
    assert!(words.contains(&format!("Stage {} of 4", placement.stage.level() + 1)));
    assert!(words.contains(&format!(
        "Position {} of 100 along the curve",
        placement.position.percent()
    )));
    for score in &report.scores.dimensions {
        assert!(words.contains(&CURRENT.dimensions[score.dimension].name.to_owned()));
        let value = match (score.share, score.stage) {
            (Some(share), Some(stage)) => {
                format!("{} · {}", share.percent(), CURRENT.stage(stage).title)
            }
            _ => "Not enough answers".to_owned(),
        };
        assert!(words.contains(&value), "{value}");
    }
    assert!(words.contains(&"Made with Tandem on 4 December 2026".to_owned()));
    assert!(words.concat().contains(&link), "the link as text");
    let marker = doc
        .descendants()
        .find(|n| n.has_tag_name("circle"))
        .expect("the marker");
    assert_eq!(marker.attribute("fill"), Some("#b45309"));
}

#[test]
fn the_pictures_qr_code_is_the_link() {
    let report = varied();
    let svg = picture::svg(&report, None, &link(&report), day(), Theme::Dark);
    let qr = Qr::new(&link(&report)).unwrap();
    assert!(svg.contains(&qr.path()), "the link's code is drawn");
    let doc = parse(&svg);
    let background = doc
        .root_element()
        .children()
        .find(|n| n.has_tag_name("rect"))
        .unwrap();
    assert_eq!(background.attribute("fill"), Some("#121618"), "dark theme");
}

#[test]
fn an_unplaced_picture_says_why_and_draws_no_curve() {
    let not_sure = vec![CURRENT.choices_per_question() - 1; CURRENT.question_count()];
    let report = Report::new(&CURRENT, choices_by_index(&CURRENT, &not_sure, &[]));
    let svg = picture::svg(&report, None, &link(&report), day(), Theme::Light);
    let doc = parse(&svg);
    assert!(texts(&doc).contains(&"Not enough answers".to_owned()));
    assert!(
        !doc.descendants().any(|n| n.has_tag_name("circle")),
        "no marker"
    );
}

#[test]
fn markup_in_a_link_cannot_break_the_picture() {
    let report = varied();
    let hostile = format!("https://x.example/?a=<b>&c=\"d\"#/r/{}", report.token);
    let svg = picture::svg(&report, None, &hostile, day(), Theme::Light);
    assert!(texts(&parse(&svg)).concat().contains("<b>&c=\"d\""));
}

/// Issue 30, item 17: the picture says whom it is for when the visitor names the
/// company, and the name is drawn as text whatever it holds.
#[test]
fn the_picture_is_headed_with_the_company_s_name() {
    let report = varied();
    assert!(texts(&parse(&picture::svg(
        &report,
        None,
        &link(&report),
        day(),
        Theme::Light
    )))
    .contains(&"Tandem · Sales and marketing alignment".to_owned()));
    let company = Company::new("Smith & <Sons>").unwrap();
    let svg = picture::svg(&report, Some(&company), &link(&report), day(), Theme::Light);
    assert!(
        texts(&parse(&svg)).contains(&"Smith & <Sons> · Sales and marketing alignment".to_owned())
    );
}

/// A text's width at its font size, as wide as system-ui's widest common text runs
/// (0.55 em a character): what the picture must leave room for.
fn rough_width(node: roxmltree::Node) -> f32 {
    let size: f32 = node.attribute("font-size").unwrap().parse().unwrap();
    node.text().unwrap().chars().count() as f32 * 0.55 * size
}

/// The picture's first line ended under "Area by area" when a company's name (or a
/// brand's, with a longer bank title) made it long: whose it is and what it is about now
/// take a line each when they do not fit beside each other.
#[test]
fn a_long_name_in_the_first_line_wraps_clear_of_the_area_chart() {
    let report = varied();
    for name in ["Acme", "Northwind Advisory International", &"W".repeat(40)] {
        let company = Company::new(name).unwrap();
        let svg = picture::svg(&report, Some(&company), &link(&report), day(), Theme::Light);
        let doc = parse(&svg);
        let chart = text_node(&doc, "Area by area");
        let chart_left: f32 = chart.attribute("x").unwrap().parse().unwrap();
        let header: Vec<_> = doc
            .descendants()
            .filter(|n| {
                n.has_tag_name("text") && n.attribute("y").unwrap().parse::<f32>().unwrap() < 120.0
            })
            .filter(|n| *n != chart)
            .collect();
        let words: Vec<&str> = header.iter().filter_map(|n| n.text()).collect();
        assert!(words.concat().contains(name), "{words:?}");
        assert!(
            words.concat().contains("Sales and marketing alignment"),
            "{words:?}"
        );
        for line in header {
            let x: f32 = line.attribute("x").unwrap().parse().unwrap();
            assert!(
                x + rough_width(line) <= chart_left - 16.0,
                "{:?} runs into the chart",
                line.text()
            );
        }
    }
}

/// The document of one result, as docs/formats.md documents it: the format is a public
/// promise, so this text may only change with a new `version`.
#[test]
fn golden_document_of_a_version_2_result() {
    let token = GOLDEN_TOKEN;
    let report = Report::from_token(token, &BANKS).unwrap();
    assert_eq!(
        report.token,
        varied().token,
        "a result with a profile and some answers not sure"
    );
    let document = data::document(&report, &format!("https://example.com/#/r/{token}"), day());
    assert_eq!(document, GOLDEN_DOCUMENT);
}

const GOLDEN_TOKEN: &str = "AgJBguqF1QuqF1QuoNAU";
const GOLDEN_DOCUMENT: &str = r#"{"format":"tandem-result","version":1,"date":"2026-12-04","bank":2,"token":"AgJBguqF1QuqF1QuoNAU","link":"https://example.com/#/r/AgJBguqF1QuqF1QuoNAU","profile":{"side":"marketing","size":null,"pace":"fast","complexity":null},"answers":[{"question":"talk-in-a-week","area":"contact","stage":"aligned"},{"question":"demo-form","area":"handoffs","stage":"defined"},{"question":"annual-plan","area":"planning","stage":"not sure"},{"question":"monthly-numbers","area":"measures","stage":"integrated"},{"question":"prospect-history","area":"data","stage":"aligned"},{"question":"other-team-day","area":"understanding","stage":"undefined"},{"question":"repeated-objection","area":"insight","stage":"defined"},{"question":"missed-quarter","area":"leadership","stage":"not sure"},{"question":"campaign-launch","area":"contact","stage":"defined"},{"question":"poor-leads","area":"handoffs","stage":"integrated"},{"question":"bonus-push","area":"measures","stage":"integrated"},{"question":"their-goal","area":"planning","stage":"aligned"},{"question":"sales-material","area":"data","stage":"not sure"},{"question":"mixed-project","area":"understanding","stage":"integrated"},{"question":"leaders-meeting","area":"leadership","stage":"integrated"},{"question":"discount-request","area":"insight","stage":"undefined"},{"question":"rush-one-pager","area":"contact","stage":"integrated"},{"question":"new-marketer","area":"handoffs","stage":"not sure"},{"question":"budget-round","area":"planning","stage":"aligned"},{"question":"deal-credit","area":"measures","stage":"undefined"},{"question":"campaign-pipeline","area":"data","stage":"aligned"},{"question":"where-people-sit","area":"understanding","stage":"integrated"},{"question":"feature-request","area":"insight","stage":"not sure"},{"question":"market-choice","area":"leadership","stage":"defined"}],"areas":[{"area":"contact","name":"Contact and tempo","score":67,"stage":"aligned","answered":3},{"area":"handoffs","name":"Roles and hand-offs","score":67,"stage":"aligned","answered":2},{"area":"planning","name":"Plans and goals","score":67,"stage":"aligned","answered":2},{"area":"measures","name":"Measures and rewards","score":67,"stage":"aligned","answered":3},{"area":"data","name":"Data and systems","score":67,"stage":"aligned","answered":2},{"area":"understanding","name":"Knowing each other","score":67,"stage":"aligned","answered":3},{"area":"insight","name":"Field insight","score":17,"stage":"undefined","answered":2},{"area":"leadership","name":"Leaders and misses","score":67,"stage":"aligned","answered":2}],"position":50,"stage":"defined","held_back_by":["insight"]}"#;

/// The text element that reads exactly `words`.
fn text_node<'a, 'i>(doc: &'a roxmltree::Document<'i>, words: &str) -> roxmltree::Node<'a, 'i> {
    doc.descendants()
        .find(|n| n.has_tag_name("text") && n.text() == Some(words))
        .unwrap_or_else(|| panic!("no text {words:?}"))
}

/// The attributes `names` of `node`, "-" for one it lacks.
fn attributes<'a>(node: roxmltree::Node<'a, '_>, names: &[&str]) -> Vec<&'a str> {
    names
        .iter()
        .map(|name| node.attribute(*name).unwrap_or("-"))
        .collect()
}

#[test]
fn the_stages_are_named_under_their_bands_the_result_s_in_bold() {
    let report = varied();
    assert_eq!(report.placement.as_ref().unwrap().stage, Stage::Defined);
    let svg = picture::svg(&report, None, &link(&report), day(), Theme::Light);
    let doc = parse(&svg);
    let labels: Vec<(&str, Vec<&str>)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text") && n.attribute("font-size") == Some("17"))
        .map(|n| {
            let place = ["x", "y", "text-anchor", "font-weight", "fill-opacity"];
            (n.text().unwrap(), attributes(n, &place))
        })
        .collect();
    // The centred bands start at 17.5, 50.5 and 83.5 of the 336 units between the
    // curve's margins (12 to 348); each name sits at its band's centre, scaled 1.5
    // times from x = 64, and 30 below the curve's baseline (270 + 180 × 1.5).
    assert_eq!(
        labels,
        [
            ("Undefined", vec!["126", "570", "middle", "-", "0.8"]),
            ("Defined", vec!["253", "570", "middle", "700", "-"]),
            ("Aligned", vec!["420", "570", "middle", "-", "0.8"]),
            ("Integrated", vec!["544", "570", "middle", "-", "0.8"]),
        ]
    );
}

#[test]
fn each_area_has_a_row_with_its_score_and_a_bar_to_scale() {
    let report = varied();
    let svg = picture::svg(&report, None, &link(&report), day(), Theme::Light);
    let doc = parse(&svg);
    assert_eq!(report.scores.dimensions.len(), 8);
    for (row, score) in report.scores.dimensions.iter().enumerate() {
        // Rows 54 apart from 120: the name and the score 18 below the row's top, at
        // the column's left (660) and right (1200 - 64) edges, the track 28 below.
        let top = [120, 174, 228, 282, 336, 390, 444, 498][row];
        let name = text_node(&doc, CURRENT.dimensions[score.dimension].name);
        let baseline = (top + 18).to_string();
        assert_eq!(attributes(name, &["x", "y"]), ["660", baseline.as_str()]);
        let value = name.next_sibling_element().unwrap();
        assert_eq!(
            attributes(value, &["x", "y", "text-anchor"]),
            ["1136", baseline.as_str(), "end"]
        );
        let track = value.next_sibling_element().unwrap();
        let bar = track.next_sibling_element().unwrap();
        let y = (top + 28).to_string();
        let place = ["x", "y", "width", "height", "fill"];
        assert_eq!(
            attributes(track, &place),
            ["660", y.as_str(), "476", "12", "#d3d8d6"]
        );
        // The bar is the score's share of the 476-unit track, rounded down.
        let (width, fill) = match score.share.unwrap().percent() {
            67 => ("318", "#1b8a7f"),
            17 => ("80", "#8a8f98"),
            other => panic!("the varied result has no area at {other}"),
        };
        assert_eq!(
            attributes(bar, &place),
            ["660", y.as_str(), width, "12", fill]
        );
    }
}

#[test]
fn the_footer_puts_the_link_and_the_day_right_of_its_qr_code() {
    let report = varied();
    for (link, lines) in [
        (link(&report), 1),
        (
            format!(
                "https://a.very-long-host-name.example.org/consulting/#/r/{}",
                report.token
            ),
            2,
        ),
    ] {
        let svg = picture::svg(&report, None, &link, day(), Theme::Light);
        let doc = parse(&svg);
        let qr = doc
            .root_element()
            .children()
            .find(|n| n.has_tag_name("svg"))
            .expect("the QR code");
        assert_eq!(
            attributes(qr, &["x", "y", "width", "height"]),
            ["64", "616", "132", "132"]
        );
        // Right of the code (64 + 132 + 28), lines 24 apart under the heading.
        let column: Vec<(&str, &str)> = doc
            .descendants()
            .filter(|n| n.has_tag_name("text") && n.attribute("x") == Some("224"))
            .map(|n| (n.text().unwrap(), n.attribute("y").unwrap()))
            .collect();
        let expected: Vec<(&str, &str)> = if lines == 1 {
            vec![
                ("Open this result", "648"),
                (link.as_str(), "678"),
                ("Made with Tandem on 4 December 2026", "710"),
            ]
        } else {
            vec![
                ("Open this result", "648"),
                (&link[..64], "678"),
                (&link[64..], "702"),
                ("Made with Tandem on 4 December 2026", "734"),
            ]
        };
        assert_eq!(column, expected);
    }
}

#[test]
fn a_qr_code_alone_is_its_path_dark_on_white() {
    let qr = Qr::new(LINK).unwrap();
    assert_eq!(
        qr.size(),
        37,
        "a version 3 code (29 modules) and two quiet zones of 4"
    );
    assert_eq!(
        qr.svg(),
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 37 37"><svg x="0" y="0" width="37" height="37" viewBox="0 0 37 37" shape-rendering="crispEdges"><rect width="37" height="37" fill="#fff"/><path d="{}" fill="#000"/></svg></svg>"##,
            qr.path()
        )
    );
}
