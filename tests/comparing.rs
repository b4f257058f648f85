//! The comparison page's state, driven as the page drives it: arriving at an address,
//! relabelling, pasting links.

use tandem::content::BANKS;
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
