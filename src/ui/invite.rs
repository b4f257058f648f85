//! The way from a result to a comparison: a link that invites a colleague, or for a
//! result someone shared, the way to answer and compare with it.

use super::location;
use super::route::{Route, COMPARISON_PAGE};
use super::share::{share_link, Ids, Words};
use crate::content::ABOUT;
use yew::prelude::*;

/// The invitation: the assessment, for a colleague whose result then shows beside this one.
const INVITE: Words = Words {
    heading: "Compare with the other team",
    about: "The two teams often see the same company differently, and the distance between their views is a finding in itself. Send this link to someone on the other side: they answer the same questions, and when they finish, both results open side by side. They see yours only then, so it cannot colour their answers.",
    label: "Invitation link",
    copy: "Copy invitation link",
    copied: "Invitation copied. Send it to a colleague on the other team.",
    ids: Ids {
        heading: "invite-heading",
        field: "invite-link",
        copy: "copy-invite",
        status: "invite-status",
        sheet: "share-invite",
    },
};

/// On a result: for its owner, the link that invites a colleague to answer and compare
/// with it; for someone it was shared with, the way to answer and compare themselves.
/// Both offer the form for results already taken.
pub fn invite(token: &str, own: bool) -> Html {
    let route = Route::Invite(token.to_owned()).fragment();
    let others = html! {
        <p class="compare-entry"><a href={format!("{}#/compare", location::page_href(COMPARISON_PAGE))} data-testid="compare-others">{"Already have results from several people? Compare them."}</a></p>
    };
    if !own {
        return html! {
            <section class="share" aria-labelledby="invite-heading">
                <h2 id="invite-heading">{"Compare with your own view"}</h2>
                <p>{"Answer the same questions from where you sit; when you finish, this result and yours open side by side."}</p>
                <p><a class="button" href={route} data-testid="answer-and-compare">{"Answer and compare"}</a></p>
                { others }
            </section>
        };
    }
    let link = location::page_address() + &route;
    html! {
        <>
            { share_link(&INVITE, link.into(), format!("Compare our views of how {} work together", ABOUT.teams).into()) }
            { others }
        </>
    }
}
