//! The brand file's rules (src/content/brand.rs): Tandem's own and the sample brand
//! keep them, and a broken file fails with the key at fault and what to do.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../src/content/brand.rs"]
mod brand;

use brand::{file_stem, parse};
use tandem::content::BRAND;

const OWN: &str = include_str!("../src/content/brand.toml");
const SAMPLE: &str = include_str!("../examples/brands/northwind/brand.toml");

/// The keys and messages of `text`'s problems.
fn problems(text: &str) -> Vec<(String, String)> {
    parse(text)
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|p| (p.key, p.message))
        .collect()
}

#[test]
fn tandem_s_own_and_the_sample_brand_keep_every_rule() {
    let own = parse(OWN).unwrap();
    assert_eq!(
        (own.name.as_str(), own.short_name.as_str(), own.made_with),
        ("Tandem", "Tandem", true)
    );
    assert_eq!((own.accent(), own.logo.as_deref()), (None, None));
    let sample = parse(SAMPLE).unwrap();
    assert_eq!(sample.name, "Northwind Advisory");
    assert!(!sample.made_with);
    assert_eq!(sample.accent().map(|a| a.given), Some([0x7a, 0x1f, 0x5c]));
    assert_eq!(sample.logo.as_deref(), Some("logo.svg"));
}

#[test]
fn the_build_s_brand_is_tandem_s_own_unless_named() {
    if std::env::var_os(brand::BRAND_VARIABLE).is_none() {
        assert_eq!(
            brand::current_brand(),
            std::path::Path::new(brand::DEFAULT_BRAND)
        );
        assert_eq!((BRAND.name, BRAND.file_stem), ("Tandem", "tandem"));
    }
}

#[test]
fn a_missing_empty_or_long_name_is_named_with_what_to_do() {
    let missing = problems("short_name = \"N\"\n");
    assert_eq!(missing[0].1, "missing field `name`");
    assert_eq!(
        problems("name = \"  \"\nshort_name = \"N\"\n"),
        [(
            "name".to_owned(),
            "must not be empty: it is what visitors call this deployment".to_owned()
        )]
    );
    let long = format!("name = \"N\"\nshort_name = \"{}\"\n", "x".repeat(13));
    assert_eq!(
        problems(&long),
        [(
            "short_name".to_owned(),
            "is 13 characters, longer than 12: shorten it to fit where it shows".to_owned()
        )]
    );
    let spaced = problems("name = \" North\"\nshort_name = \"N\"\n");
    assert_eq!(spaced[0].0, "name");
    assert!(spaced[0].1.starts_with("has spaces at its start or end"));
}

#[test]
fn an_unknown_or_mistyped_key_is_named_at_its_line() {
    let found = problems("name = \"N\"\nshort_name = \"N\"\nmade_wiht = false\n");
    assert_eq!(found[0].0, "made_wiht");
    assert!(
        found[0].1.contains("unknown field `made_wiht`"),
        "{}",
        found[0].1
    );
    let wrong_type = problems("name = \"N\"\nshort_name = \"N\"\nmade_with = \"no\"\n");
    assert_eq!(wrong_type[0].0, "made_with");
}

#[test]
fn downloads_are_named_after_the_short_name_in_plain_letters() {
    assert_eq!(file_stem("Tandem"), "tandem");
    assert_eq!(file_stem("Northwind"), "northwind");
    assert_eq!(file_stem("Acme & Co."), "acme-co");
    assert_eq!(file_stem("Équipe 2"), "quipe-2");
    assert_eq!(file_stem("営業"), "assessment");
}

#[test]
fn the_dated_line_says_made_with_tandem_only_when_the_brand_keeps_it() {
    let day = "7 December 2026";
    let with = tandem::content::Brand {
        made_with: true,
        ..copy()
    };
    let without = tandem::content::Brand {
        made_with: false,
        ..copy()
    };
    assert_eq!(with.made_on(day), "Made with Tandem on 7 December 2026");
    assert_eq!(without.made_on(day), "Made on 7 December 2026");
}

fn copy() -> tandem::content::Brand {
    tandem::content::Brand {
        name: BRAND.name,
        short_name: BRAND.short_name,
        file_stem: BRAND.file_stem,
        made_with: BRAND.made_with,
        logo: BRAND.logo,
        links: BRAND.links,
    }
}

#[test]
fn an_accent_is_a_hex_colour_and_a_theme_one_of_three() {
    let bad = problems("name = \"N\"\nshort_name = \"N\"\naccent = \"plum\"\ntheme = \"sepia\"\n");
    assert_eq!(
        bad,
        [
            ("accent".to_owned(), "\"plum\" is not a colour: write it as #rrggbb or #rgb, such as \"#7a1f5c\"".to_owned()),
            ("theme".to_owned(), "\"sepia\" is not a theme: write light, dark or auto (the visitor's system setting)".to_owned()),
        ]
    );
    assert_eq!(brand::parse_hex("#7a1f5c"), Some([0x7a, 0x1f, 0x5c]));
    assert_eq!(brand::parse_hex("#17e"), Some([0x11, 0x77, 0xee]));
    for wrong in ["7a1f5c", "#7a1f5", "#ggg", "#ééé", ""] {
        assert_eq!(brand::parse_hex(wrong), None, "{wrong}");
    }
    assert_eq!(
        parse("name = \"N\"\nshort_name = \"N\"\n").unwrap().theme,
        "auto"
    );
}

/// Text in the accent keeps 4.5:1 on the page in both themes: a colour that does is used
/// as given, one that does not is darkened (light) or lightened (dark) only as needed.
#[test]
fn an_accent_is_used_as_given_where_legible_and_moved_only_as_far_as_needed() {
    assert!((brand::contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
    let plum = brand::Accent::new([0x7a, 0x1f, 0x5c]);
    assert_eq!(plum.light, plum.given, "dark enough for the light theme");
    assert_eq!(plum.adjusted(), ["dark"]);
    assert!(brand::contrast(plum.dark, [27, 33, 36]) >= 4.6);
    let yellow = brand::Accent::new([0xff, 0xcc, 0x00]);
    assert_eq!(yellow.adjusted(), ["light"]);
    assert!(brand::contrast(yellow.light, [247, 247, 244]) >= 4.6);
    // The shades static/frame.js gives an embedding page's data-accent="#7a1f5c" (checked
    // by running its functions): a brand and an embed option look alike.
    assert_eq!(
        plum.css(),
        ":root{--accent-l:#7a1f5c;--accent-d:#af799d;--accent-soft-l:#efe4eb;--accent-soft-d:#36313a}"
    );
}

const SAMPLE_LOGO: &str = include_str!("../examples/brands/northwind/logo.svg");

/// A logo shows inside the pages and pictures: shapes and text only, nothing that runs,
/// nothing fetched from elsewhere, and small enough for every first visit.
#[test]
fn a_logo_is_shapes_only_self_contained_and_small() {
    assert_eq!(brand::logo_problem(SAMPLE_LOGO), None);
    let svg = |inner: &str| format!("<svg xmlns=\"http://www.w3.org/2000/svg\">{inner}</svg>");
    let inside =
        svg("<defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\"/><use href=\"#g\"/>");
    assert_eq!(brand::logo_problem(&inside), None);
    let refused = [
        (svg("<script>alert(1)</script>"), "holds a script"),
        (
            svg("<rect onload=\"go()\"/>"),
            "has an event handler (onload=…)",
        ),
        (
            svg("<rect\nONCLICK = 'go()'/>"),
            "has an event handler (onclick=…)",
        ),
        (
            svg("<image href=\"https://example.com/a.png\"/>"),
            "refers to \"https://example.com/a.png\" outside itself",
        ),
        (
            svg("<use xlink:href='other.svg#a'/>"),
            "refers to \"other.svg#a\" outside itself",
        ),
        (
            svg("<rect style=\"fill: url(http://x.example/p)\"/>"),
            "refers to \"http://x.example/p\" outside itself",
        ),
        (
            svg("<foreignObject><p>hi</p></foreignObject>"),
            "holds foreign content",
        ),
        (
            svg("<a href=\"javascript:go()\"/>"),
            "holds a javascript: address",
        ),
        (
            "<html><body>logo</body></html>".to_owned(),
            "is not an SVG document",
        ),
        (
            svg(&"<!-- editor data -->".repeat(1000)),
            "is 20 KB, more than 16 KB",
        ),
    ];
    for (logo, why) in refused {
        let problem = brand::logo_problem(&logo).unwrap_or_default();
        assert!(problem.starts_with(why), "{why:?}: {problem:?}");
    }
    // Words that merely contain "on" are no event handlers.
    assert_eq!(
        brand::logo_problem(&svg(
            "<text font-family=\"Montserrat\" x=\"1\">London</text>"
        )),
        None
    );
}

#[test]
fn footer_links_are_https_addresses_shown_by_their_purpose() {
    let sample = parse(SAMPLE).unwrap();
    assert_eq!(
        sample.links.shown(),
        [
            ("Privacy", "https://northwind.example/privacy"),
            ("Imprint", "https://northwind.example/imprint")
        ]
    );
    assert!(parse(OWN).unwrap().links.shown().is_empty());
    let cta = sample.cta.unwrap();
    assert_eq!(cta.label, "Book a free alignment workshop");
    assert!(cta.url.contains("{stage}"));
    let insecure = problems("name = \"N\"\nshort_name = \"N\"\n[links]\nprivacy = \"http://n.example/p\"\nimprint = \"https:// bad\"\n");
    assert_eq!(insecure.len(), 2, "{insecure:?}");
    assert_eq!(insecure[0].0, "links.privacy");
    assert!(insecure[0]
        .1
        .starts_with("\"http://n.example/p\" is not an https address"));
    assert_eq!(insecure[1].0, "links.imprint");
    assert!(
        insecure[1].1.contains("is not a whole address"),
        "{}",
        insecure[1].1
    );
    let unknown =
        problems("name = \"N\"\nshort_name = \"N\"\n[links]\nblog = \"https://n.example\"\n");
    assert!(unknown[0].1.contains("unknown field `blog`"), "{unknown:?}");
}
