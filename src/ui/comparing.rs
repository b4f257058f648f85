//! The comparison page's state and its one reducer, beside the assessment's journey
//! (see `journey`): which comparison is shown, or the form for pasting result links.
//! `apply` calls only the domain core, so native tests drive it; effects (address bar,
//! title) happen in `compare_page`.

use super::journey::Address;
use super::route::Route;
use crate::assessment::bank::Bank;
use crate::assessment::compare::{CompareError, Comparison};
use crate::content::ABOUT;
use crate::content::BRAND;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub enum View {
    /// The form that opens a comparison from pasted result links.
    Paste,
    /// Results side by side.
    Compare(Rc<Comparison>),
    /// A comparison link whose format this version does not read.
    Broken(CompareError),
    /// Any other route belongs to the assessment's page, which shows it.
    Assessment(Route),
}

#[derive(Clone, Debug, PartialEq)]
pub enum CompareAction {
    /// The address changed: first load, browser back/forward, or an edited URL.
    Arrive(Route),
    /// Member `member` renamed; an empty label restores the default.
    Relabel { member: usize, label: String },
    /// Result links pasted into the form, one per line.
    Pasted(String),
    /// Result links pasted to add to the comparison shown.
    Added(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comparing {
    /// Every bank a result may come from.
    pub banks: &'static [&'static Bank],
    pub view: View,
    pub address: Address,
    /// What was pasted, kept for the form when it did not make a comparison.
    pub draft: String,
    /// The address is the comparison link as the visitor gave it: kept while it names
    /// parts that could not be used, so a reload shows the same notices; anything the
    /// visitor changes writes the link of what is shown.
    pub as_given: bool,
}

impl Comparing {
    pub fn new(banks: &'static [&'static Bank], route: Route) -> Comparing {
        Comparing {
            banks,
            view: View::Paste,
            address: Address::Replace,
            draft: String::new(),
            as_given: true,
        }
        .apply(CompareAction::Arrive(route))
    }

    /// The route that shows the current view, if the page keeps one.
    pub fn route(&self) -> Option<Route> {
        match &self.view {
            View::Paste => Some(Route::ComparePaste),
            // A link with parts that could not be used stays as the visitor gave it.
            View::Compare(comparison) if self.as_given && comparison.has_problems() => None,
            // Nothing opened: the form, with what was pasted, is all there is to keep.
            View::Compare(comparison) if comparison.members.is_empty() => Some(Route::ComparePaste),
            View::Compare(comparison) => Some(Route::Compare(comparison.link())),
            View::Broken(_) | View::Assessment(_) => None,
        }
    }

    pub fn apply(self, action: CompareAction) -> Comparing {
        match action {
            CompareAction::Arrive(route) => {
                let view = match route {
                    Route::ComparePaste => View::Paste,
                    Route::Compare(path) => match Comparison::open(&path, self.banks) {
                        Ok(comparison) => View::Compare(Rc::new(comparison)),
                        Err(error) => View::Broken(error),
                    },
                    other => View::Assessment(other),
                };
                Comparing {
                    as_given: true,
                    ..self.show(view, Address::Replace)
                }
            }
            CompareAction::Relabel { member, label } => match &self.view {
                View::Compare(comparison) => {
                    // The same results and notices (the analysis made anew: less code
                    // than a clone of it).
                    let (members, problems) =
                        (comparison.members.clone(), comparison.problems.clone());
                    let mut comparison = Comparison::new(members, problems, comparison.left_out);
                    comparison.relabel(member, &label);
                    self.show(View::Compare(Rc::new(comparison)), Address::Replace)
                }
                _ => self,
            },
            CompareAction::Pasted(text) => {
                let comparison = Comparison::from_pasted(&text, self.banks);
                self.pasted(comparison, text)
            }
            CompareAction::Added(text) => match &self.view {
                View::Compare(shown) => {
                    let comparison = shown.with_pasted(&text, self.banks);
                    self.pasted(comparison, text)
                }
                _ => self.apply(CompareAction::Pasted(text)),
            },
        }
    }

    /// A comparison made from pasted links, as a new step; what was pasted stays in
    /// the form when it did not make one.
    fn pasted(self, comparison: Comparison, text: String) -> Comparing {
        let draft = if comparison.members.len() < 2 {
            text
        } else {
            String::new()
        };
        Comparing {
            draft,
            ..self.show(View::Compare(Rc::new(comparison)), Address::Push)
        }
    }

    /// The page's title for the view shown.
    pub fn title(&self) -> String {
        let what = match &self.view {
            View::Paste => "Compare results",
            View::Compare(_) => "Comparison",
            View::Broken(_) => "Comparison link does not open",
            View::Assessment(_) => return format!("{} · {} assessment", BRAND.name, ABOUT.title),
        };
        format!("{what} · {}", BRAND.name)
    }

    /// Shows `view`; the address follows it from now on, and the form starts empty.
    fn show(self, view: View, address: Address) -> Comparing {
        Comparing {
            view,
            address,
            draft: String::new(),
            as_given: false,
            ..self
        }
    }
}

impl Reducible for Comparing {
    type Action = CompareAction;

    fn reduce(self: Rc<Self>, action: CompareAction) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}
