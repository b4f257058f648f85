//! The comparison page's state, driven as the page drives it: arriving at an address,
//! relabelling, pasting links.

mod common;

use common::{base64url, choices_by_index};
use tandem::assessment::compare::{PartError, MAX_RESULTS};
use tandem::assessment::report::Report;
use tandem::content::{BANKS, CURRENT};
use tandem::ui::comparing::{CompareAction, Comparing, View};
use tandem::ui::journey::Address;
use tandem::ui::route::Route;

/// Version-2 results of a salesperson and a marketer (golden tokens of tests/link.rs).
const SALES: &str = "AgIpkpylOUpylOUpwKh1";
const MARKETING: &str = "AgJMluFstmSKQlONELWT";

fn at(route: Route) -> Comparing {
    Comparing::new(&BANKS, route)
}

#[test]
fn a_comparison_link_opens_every_result_and_keeps_its_address() {
    let link = format!("1/{SALES}/{MARKETING}");
    let page = at(Route::Compare(link.clone()));
    let View::Compare(comparison) = &page.view else {
        panic!("{:?}", page.view)
    };
    let tokens: Vec<&str> = comparison
        .members
        .iter()
        .map(|m| m.report.token.as_str())
        .collect();
    assert_eq!(tokens, [SALES, MARKETING]);
    assert_eq!(comparison.labels(), ["Sales", "Marketing"]);
    assert_eq!(page.route(), Some(Route::Compare(link)));
    assert_eq!(page.title(), "Comparison · Tandem");
}

#[test]
fn labels_edited_on_a_comparison_rewrite_its_address_in_place() {
    let page = at(Route::Compare(format!("1/{SALES}/{MARKETING}"))).apply(CompareAction::Relabel {
        member: 1,
        label: "Brand team".into(),
    });
    let View::Compare(comparison) = &page.view else {
        panic!("{:?}", page.view)
    };
    assert_eq!(comparison.labels(), ["Sales", "Brand team"]);
    assert_eq!(page.address, Address::Replace);
    assert_eq!(
        page.route(),
        Some(Route::Compare(format!(
            "1/{SALES}/{MARKETING}.QnJhbmQgdGVhbQ"
        )))
    );
    let form = at(Route::ComparePaste);
    let relabelled = form.clone().apply(CompareAction::Relabel {
        member: 0,
        label: "x".into(),
    });
    assert_eq!(relabelled, form, "relabelling the form does nothing");
}

#[test]
fn a_comparison_with_a_bad_part_shows_the_rest_and_leaves_the_address_alone() {
    let page = at(Route::Compare(format!("1/{SALES}/AgJMluFst")));
    let View::Compare(comparison) = &page.view else {
        panic!("{:?}", page.view)
    };
    assert_eq!(comparison.members.len(), 1);
    assert_eq!(comparison.members[0].report.token, SALES);
    assert_eq!(comparison.problems.len(), 1);
    assert!(
        comparison.problems[0]
            .to_string()
            .starts_with("The second link is cut short, so it is left out."),
        "{}",
        comparison.problems[0]
    );
    assert_eq!(page.route(), None);
}

#[test]
fn a_comparison_link_of_an_unknown_format_says_so() {
    let page = at(Route::Compare(format!("7/{SALES}")));
    assert!(matches!(page.view, View::Broken(_)), "{:?}", page.view);
    assert_eq!(page.route(), None);
    assert_eq!(page.title(), "Comparison link does not open · Tandem");
}

#[test]
fn pasted_links_open_a_comparison_as_a_new_step() {
    let form = at(Route::ComparePaste);
    assert_eq!(form.view, View::Paste);
    assert_eq!(form.route(), Some(Route::ComparePaste));
    let page = form.apply(CompareAction::Pasted(format!(
        "https://example.com/#/r/{SALES}\n\n{MARKETING}\n"
    )));
    let View::Compare(comparison) = &page.view else {
        panic!("{:?}", page.view)
    };
    assert_eq!(comparison.labels(), ["Sales", "Marketing"]);
    assert_eq!(page.address, Address::Push);
    assert_eq!(
        page.route(),
        Some(Route::Compare(format!("1/{SALES}/{MARKETING}")))
    );
}

#[test]
fn any_other_address_belongs_to_the_assessment_page() {
    for route in [
        Route::Intro,
        Route::Result(SALES.into()),
        Route::Invite(SALES.into()),
        Route::Question(3),
        Route::Unknown,
    ] {
        let page = at(route.clone());
        assert_eq!(page.view, View::Assessment(route));
        assert_eq!(page.route(), None);
    }
    let back = at(Route::ComparePaste).apply(CompareAction::Arrive(Route::Intro));
    assert_eq!(back.view, View::Assessment(Route::Intro));
}

fn comparison_of(page: &Comparing) -> &tandem::assessment::compare::Comparison {
    let View::Compare(comparison) = &page.view else {
        panic!("{:?}", page.view)
    };
    comparison
}

/// `count` results with different answers.
fn distinct_tokens(count: usize) -> Vec<String> {
    (0..count)
        .map(|i| {
            let all: Vec<usize> = (0..CURRENT.question_count())
                .map(|q| [i / 4 % 4, i % 4][q % 2])
                .collect();
            Report::new(&CURRENT, choices_by_index(&CURRENT, &all, &[Some(0)])).token
        })
        .collect()
}

// Issue 30, item 1: pasted links that made a comparison with notices (13 links, a bad
// line, a label over 30 characters) left the address at `#/compare`, and relabelling
// did not update it either, so a reload showed an empty form.
#[test]
fn a_pasted_comparison_is_lost_on_reload_whenever_a_notice_shows() {
    let long_label = base64url("A label far longer than thirty characters".as_bytes());
    let tokens = distinct_tokens(MAX_RESULTS + 1);
    for (text, link) in [
        (
            format!("{SALES}\n{MARKETING}\nnot-a-link"),
            format!("1/{SALES}/{MARKETING}"),
        ),
        (
            tokens.join("\n"),
            format!("1/{}", tokens[..MAX_RESULTS].join("/")),
        ),
        (
            format!("https://example.com/#/compare/1/{SALES}/{MARKETING}.{long_label}"),
            format!("1/{SALES}/{MARKETING}"),
        ),
    ] {
        let page = at(Route::ComparePaste).apply(CompareAction::Pasted(text.clone()));
        assert!(comparison_of(&page).has_problems(), "{text}");
        assert_eq!(page.route(), Some(Route::Compare(link)), "{text}");
        assert_eq!(page.address, Address::Push);
    }
    // A link given with a bad part stays as given, so a reload shows the same notice,
    // until the visitor changes what is shown.
    let given = at(Route::Compare(format!("1/{SALES}/AgJMluFst/{MARKETING}")));
    assert_eq!(given.route(), None);
    let relabelled = given.apply(CompareAction::Relabel {
        member: 0,
        label: "Brand team".into(),
    });
    assert_eq!(
        relabelled.route(),
        Some(Route::Compare(format!(
            "1/{SALES}.QnJhbmQgdGVhbQ/{MARKETING}"
        )))
    );
    assert_eq!(relabelled.address, Address::Replace);
}

// Issue 30, item 4: a paste that did not make a comparison cleared the text area, losing
// what the visitor typed.
#[test]
fn a_paste_that_fails_clears_what_the_visitor_typed() {
    let text = format!("{SALES}\nhttps://example.com/#/r/AgJMluFst");
    let failed = at(Route::ComparePaste).apply(CompareAction::Pasted(text.clone()));
    assert_eq!(comparison_of(&failed).members.len(), 1);
    assert_eq!(failed.draft, text);
    let fixed = failed.apply(CompareAction::Pasted(format!("{SALES}\n{MARKETING}")));
    assert_eq!(comparison_of(&fixed).members.len(), 2);
    assert_eq!(fixed.draft, "");
}

// Issue 30, item 4: "Compare other results" with one new link replaced the comparison
// instead of adding to it.
#[test]
fn compare_other_results_replaces_the_comparison() {
    let page = at(Route::Compare(format!("1/{SALES}/{MARKETING}"))).apply(CompareAction::Relabel {
        member: 1,
        label: "Brand team".into(),
    });
    let third = &distinct_tokens(1)[0];
    let added = page.apply(CompareAction::Added(format!(
        "https://example.com/#/r/{third}, {SALES}"
    )));
    let comparison = comparison_of(&added);
    assert_eq!(comparison.labels(), ["Sales 1", "Brand team", "Sales 2"]);
    assert_eq!(comparison.problems.len(), 1);
    assert_eq!(comparison.problems[0].part, 1);
    assert_eq!(comparison.problems[0].error, PartError::AlreadyCompared);
    assert_eq!(
        comparison.problems[0].to_string(),
        "The second link is already in this comparison, so it is left out."
    );
    assert_eq!(added.address, Address::Push);
    assert_eq!(
        added.route(),
        Some(Route::Compare(format!(
            "1/{SALES}/{MARKETING}.QnJhbmQgdGVhbQ/{third}"
        )))
    );
    // Twelve results leave no room: what is added beyond is counted as left out.
    let tokens = distinct_tokens(MAX_RESULTS + 1);
    let full = at(Route::Compare(format!(
        "1/{}",
        tokens[..MAX_RESULTS - 1].join("/")
    )))
    .apply(CompareAction::Added(tokens[MAX_RESULTS - 1..].join(" ")));
    assert_eq!(comparison_of(&full).members.len(), MAX_RESULTS);
    assert_eq!(comparison_of(&full).left_out, 1);
}
