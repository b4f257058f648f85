//! Progress kept between visits: the draft in the same slot encoding as result
//! tokens, so it carries its own versions and checksum and is never trusted blindly.

use super::answers::Draft;
use super::bank::Bank;
use super::link::{decode_slots, encode_slots};

/// Between the progress and an invitation's token in storage: never part of a token.
const INVITE_MARK: char = '/';

pub fn save(bank: &Bank, draft: &Draft) -> String {
    encode_slots(bank, draft, None)
}

/// The progress, followed by the token of the result that invited the visitor to
/// compare, if any: one value, so the invitation lives exactly as long as the progress.
pub fn save_with_invite(bank: &Bank, draft: &Draft, invite: Option<&str>) -> String {
    let mut stored = save(bank, draft);
    if let Some(token) = invite {
        stored.push(INVITE_MARK);
        stored.push_str(token);
    }
    stored
}

/// What [`save_with_invite`] stored: the progress and the invitation's token, if any.
pub fn split_invite(stored: &str) -> (&str, Option<&str>) {
    match stored.split_once(INVITE_MARK) {
        Some((progress, invite)) => (progress, Some(invite)),
        None => (stored, None),
    }
}

/// Whether the results `tokens`, in that order, are the comparison the visitor's answer
/// to an invitation led to: `stored` is their own finished result kept with the token of
/// the result that invited them, and those two are what is compared, the inviter first.
pub fn answers_invitation(stored: &str, tokens: &[&str]) -> bool {
    match split_invite(stored) {
        (own, Some(invite)) => tokens == [invite, own],
        _ => false,
    }
}

/// The stored draft, or `None` when it is unreadable, altered, or was made for
/// another version of the questions.
pub fn restore(stored: &str, bank: &'static Bank) -> Option<Draft> {
    decode_slots(stored, &[bank])
        .ok()
        .map(|(_, draft, _)| draft)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::assessment::answers::Choice;
    use crate::content::CURRENT;

    #[test]
    fn a_partial_draft_survives_a_save_and_restore() {
        let mut draft = Draft::empty(&CURRENT);
        draft.set(0, Choice::new(2, &CURRENT.questions[0]).unwrap());
        draft.set(3, Choice::new(0, &CURRENT.questions[3]).unwrap());
        draft.set(4, Choice::NotSure);
        draft.profile.set(&CURRENT, 1, Some(2));
        assert_eq!(restore(&save(&CURRENT, &draft), &CURRENT), Some(draft));
    }

    #[test]
    fn an_invitation_travels_after_the_progress() {
        let draft = Draft::empty(&CURRENT);
        let alone = save_with_invite(&CURRENT, &draft, None);
        assert_eq!(alone, save(&CURRENT, &draft));
        assert_eq!(split_invite(&alone), (alone.as_str(), None));
        let invited = save_with_invite(&CURRENT, &draft, Some("AgIpkpyl"));
        assert_eq!(split_invite(&invited), (alone.as_str(), Some("AgIpkpyl")));
    }

    #[test]
    fn anything_altered_is_discarded() {
        let saved = save(&CURRENT, &Draft::empty(&CURRENT));
        let mut altered = saved.clone().into_bytes();
        altered[4] = if altered[4] == b'A' { b'B' } else { b'A' };
        assert_eq!(
            restore(std::str::from_utf8(&altered).unwrap(), &CURRENT),
            None
        );
        assert_eq!(restore("", &CURRENT), None);
        assert_eq!(restore("{\"answers\":[1,2]}", &CURRENT), None);
        assert_eq!(restore(&saved[..saved.len() - 1], &CURRENT), None);
    }

    #[test]
    fn an_answered_invitation_is_the_inviter_and_the_visitor_in_that_order() {
        let stored = save_with_invite(&CURRENT, &Draft::empty(&CURRENT), Some("INVITER"));
        let own = split_invite(&stored).0;
        assert!(answers_invitation(&stored, &["INVITER", own]));
        assert!(
            !answers_invitation(&stored, &[own, "INVITER"]),
            "the inviter comes first"
        );
        assert!(!answers_invitation(&stored, &["INVITER", own, "THIRD"]));
        assert!(!answers_invitation(&stored, &["OTHER", own]));
        assert!(
            !answers_invitation(own, &["INVITER", own]),
            "no invitation kept"
        );
    }
}
