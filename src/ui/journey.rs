//! The journey's state and its one reducer. `apply` calls only the domain core, so
//! native tests drive it; effects (address bar, storage, focus) happen in `app`.

use super::route::Route;
use super::whose::Whose;
use crate::assessment::answers::{Choice, Draft, Profile};
use crate::assessment::bank::Bank;
use crate::assessment::compare;
use crate::assessment::link::LinkError;
use crate::assessment::progress;
use crate::assessment::report::Report;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    Intro,
    /// About the respondent and the company: optional, never scored.
    Profile,
    Question(usize),
    Result(Rc<Report>),
    /// A result or invitation link that does not open.
    BrokenLink(LinkError, LinkKind),
    /// A route the comparison page shows (results side by side, or the form for
    /// pasting result links): its own page, so only those who compare load its code.
    ComparisonPage(Route),
    NotFound,
}

/// What a link that does not open was meant to open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    Result,
    Invitation,
}

/// How the address bar should follow a new state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Address {
    /// The visitor moved on: a new history entry, so browser Back returns here.
    Push,
    /// The visitor arrived through the address: where it is spelt differently (a
    /// repaired link, escaped slashes) or asks for a question not reachable yet, it is
    /// corrected in place, adding no history.
    Replace,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The address changed: first load, browser back/forward, or an edited URL.
    Arrive(Route),
    /// Begin afresh, forgetting any earlier answers.
    Start,
    /// Continue where the stored answers stop.
    Resume,
    /// From a dead end (a broken link, a shared result): start the questions, or show
    /// the intro's "continue" offer when earlier answers are kept.
    Begin,
    /// A profile answer chosen, or with `None` withdrawn.
    SetProfile {
        question: usize,
        option: Option<usize>,
    },
    /// Leave the profile unanswered and go on to the questions.
    SkipProfile,
    /// `advance` is true for a click or tap, which also moves on.
    Choose {
        question: usize,
        choice: Choice,
        advance: bool,
    },
    Next,
    Back,
    /// Take the assessment without comparing with the result that invited the visitor.
    DeclineInvite,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Journey {
    pub bank: &'static Bank,
    /// Every bank a shared result may come from.
    pub banks: &'static [&'static Bank],
    pub draft: Draft,
    /// The result of whoever invited the visitor to compare: once the visitor's own
    /// answers are complete, both show side by side. Stored with the progress.
    pub invite: Option<Rc<Report>>,
    pub screen: Screen,
    pub address: Address,
    /// Stored answers could not be used (altered, or from another version of the
    /// questions) and were discarded; the visitor is told until their next step.
    pub progress_discarded: bool,
    /// The tokens of the results shown as the visitor's own in this tab: one reached
    /// again after the answers changed is an earlier one of theirs, not someone else's.
    own_results: Rc<Vec<String>>,
}

impl Journey {
    pub fn new(
        bank: &'static Bank,
        banks: &'static [&'static Bank],
        draft: Draft,
        route: Route,
    ) -> Journey {
        let start = Journey {
            bank,
            banks,
            draft,
            invite: None,
            screen: Screen::Intro,
            address: Address::Replace,
            progress_discarded: false,
            own_results: Rc::default(),
        };
        start.apply(Action::Arrive(route))
    }

    /// A journey resuming from what storage held, if anything: progress that cannot
    /// be trusted is discarded, never used, and so is an invitation that does not open.
    pub fn restore(
        bank: &'static Bank,
        banks: &'static [&'static Bank],
        stored: Option<&str>,
        route: Route,
    ) -> Journey {
        let (kept, invite) = match stored.map(progress::split_invite) {
            Some((kept, invite)) => (Some(kept), invite),
            None => (None, None),
        };
        let restored = kept.map(|text| progress::restore(text, bank));
        let draft = restored
            .clone()
            .flatten()
            .unwrap_or_else(|| Draft::empty(bank));
        let invite = invite
            .and_then(|token| Report::from_token(token, banks).ok())
            .map(Rc::new);
        let start = Journey {
            invite,
            ..Journey::new(bank, banks, draft, Route::Intro)
        };
        Journey {
            progress_discarded: matches!(restored, Some(None)),
            ..start.apply(Action::Arrive(route))
        }
    }

    /// What storage keeps: the progress, and the invitation's token if there is one.
    pub fn stored(&self) -> Option<String> {
        let invite = self.invite.as_ref().map(|r| r.token.as_str());
        (!self.draft.is_empty() || invite.is_some())
            .then(|| progress::save_with_invite(self.bank, &self.draft, invite))
    }

    /// On a question screen, the question and the answer chosen so far.
    pub fn selected(&self) -> Option<(usize, Option<Choice>)> {
        match self.screen {
            Screen::Question(index) => Some((index, self.draft.get(index))),
            _ => None,
        }
    }

    /// Whose `report` is: the result of the visitor's answers as they stand, an earlier
    /// one of theirs, or someone else's.
    pub fn whose(&self, report: &Report) -> Whose {
        if self.answers_are(report) {
            Whose::Mine
        } else if self.own_results.contains(&report.token) {
            Whose::MineEarlier
        } else {
            Whose::Shared
        }
    }

    /// Whether `report` holds the visitor's answers as they stand (with or without the
    /// company's name, which is no answer).
    fn answers_are(&self, report: &Report) -> bool {
        report.answers.are(&self.draft)
    }

    /// The route that shows the current screen, if it has one of its own.
    pub fn route(&self) -> Option<Route> {
        match &self.screen {
            Screen::Intro => Some(Route::Intro),
            Screen::Profile => Some(Route::Profile),
            Screen::Question(index) => Some(Route::Question(*index)),
            Screen::Result(report) => Some(Route::Result(report.token.clone())),
            // The comparison page writes its own address.
            Screen::BrokenLink(..) | Screen::ComparisonPage(_) | Screen::NotFound => None,
        }
    }

    pub fn apply(self, action: Action) -> Journey {
        let arrival = matches!(action, Action::Arrive(_));
        let next = self.step(action);
        Journey {
            progress_discarded: next.progress_discarded && arrival,
            ..next
        }
    }

    fn step(self, action: Action) -> Journey {
        match action {
            Action::Arrive(route) => self.arrive(route),
            Action::Start => {
                let first = self.first_screen();
                Journey {
                    draft: Draft::empty(self.bank),
                    ..self
                }
                .show(first, Address::Push)
            }
            Action::Resume => self.resume(),
            Action::Begin if self.draft.is_empty() => {
                let first = self.first_screen();
                self.show(first, Address::Push)
            }
            Action::Begin => self.show(Screen::Intro, Address::Push),
            Action::SetProfile { question, option } => {
                let mut draft = self.draft.clone();
                draft.profile.set(self.bank, question, option);
                Journey { draft, ..self }
            }
            Action::SkipProfile => {
                let mut draft = self.draft.clone();
                draft.profile = Profile::empty(self.bank);
                Journey { draft, ..self }.show(Screen::Question(0), Address::Push)
            }
            Action::Choose {
                question,
                choice,
                advance,
            } => {
                let mut draft = self.draft.clone();
                draft.set(question, choice);
                let chosen = Journey { draft, ..self };
                if advance {
                    chosen.step_forward(question)
                } else {
                    chosen
                }
            }
            Action::Next => match self.screen {
                Screen::Profile => self.show(Screen::Question(0), Address::Push),
                Screen::Question(index) if self.draft.get(index).is_some() => {
                    self.step_forward(index)
                }
                _ => self,
            },
            Action::Back => match self.screen {
                Screen::Profile => self.show(Screen::Intro, Address::Push),
                Screen::Question(0) => {
                    let first = self.first_screen();
                    let before = if first == Screen::Profile {
                        first
                    } else {
                        Screen::Intro
                    };
                    self.show(before, Address::Push)
                }
                Screen::Question(index) => self.show(Screen::Question(index - 1), Address::Push),
                _ => self,
            },
            Action::DeclineInvite => Journey {
                invite: None,
                ..self
            },
        }
    }

    /// Every screen shown goes through here, so a result of the visitor's own is
    /// remembered as theirs.
    fn show(self, screen: Screen, address: Address) -> Journey {
        let mine = matches!(&screen, Screen::Result(report) if self.answers_are(report));
        let mut own_results = self.own_results;
        if let Screen::Result(report) = &screen {
            if mine && !own_results.contains(&report.token) {
                Rc::make_mut(&mut own_results).push(report.token.clone());
            }
        }
        Journey {
            screen,
            address,
            own_results,
            ..self
        }
    }

    /// Where a new start begins: the profile, where the bank asks one.
    fn first_screen(&self) -> Screen {
        if self.bank.profile.is_empty() {
            Screen::Question(0)
        } else {
            Screen::Profile
        }
    }

    /// The furthest question the visitor may open: the first unanswered one.
    fn furthest_question(&self) -> usize {
        self.draft
            .first_unanswered()
            .unwrap_or(self.bank.question_count() - 1)
    }

    fn arrive(self, route: Route) -> Journey {
        match route {
            Route::Intro => self.show(Screen::Intro, Address::Replace),
            Route::Profile if !self.bank.profile.is_empty() => {
                self.show(Screen::Profile, Address::Replace)
            }
            Route::Question(index) if index < self.bank.question_count() => {
                // A question further than the first unanswered one is not reachable yet.
                let reachable = index.min(self.furthest_question());
                self.show(Screen::Question(reachable), Address::Replace)
            }
            Route::Question(_) | Route::Profile | Route::Unknown => {
                self.show(Screen::NotFound, Address::Replace)
            }
            Route::Result(token) => match Report::from_token(&token, self.banks) {
                Ok(report) => self.show(Screen::Result(Rc::new(report)), Address::Replace),
                Err(error) => self.show(
                    Screen::BrokenLink(error, LinkKind::Result),
                    Address::Replace,
                ),
            },
            // The invitation is kept, and the intro offers to start (or continue).
            Route::Invite(token) => match Report::from_token(&token, self.banks) {
                Ok(report) => Journey {
                    invite: Some(Rc::new(report)),
                    ..self
                }
                .show(Screen::Intro, Address::Replace),
                Err(error) => self.show(
                    Screen::BrokenLink(error, LinkKind::Invitation),
                    Address::Replace,
                ),
            },
            Route::ComparePaste | Route::Compare(_) => {
                self.show(Screen::ComparisonPage(route), Address::Replace)
            }
        }
    }

    /// The result once every question is answered (side by side with the inviting
    /// result, on the comparison page, if any); otherwise the first question without
    /// an answer.
    fn resume(self) -> Journey {
        match self.draft.complete() {
            Some(answers) => {
                let report = Report::new(self.bank, answers);
                let screen = match &self.invite {
                    Some(invite) => {
                        let link = compare::link_of(&[&invite.token, &report.token]);
                        Screen::ComparisonPage(Route::Compare(link))
                    }
                    None => Screen::Result(Rc::new(report)),
                };
                self.show(screen, Address::Push)
            }
            None => {
                let furthest = self.furthest_question();
                self.show(Screen::Question(furthest), Address::Push)
            }
        }
    }

    /// After the question at `from`: the next one, or the result after the last.
    /// Every question before `from` is answered, since none further may be opened.
    fn step_forward(self, from: usize) -> Journey {
        if from + 1 < self.bank.question_count() {
            self.show(Screen::Question(from + 1), Address::Push)
        } else {
            self.resume()
        }
    }
}

impl Reducible for Journey {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}
