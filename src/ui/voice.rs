//! The words of the results screen that depend on who reads it: the visitor about their
//! own result ("Your teams are …"), or someone reading a result shared with them
//! ("Their teams are …").

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Voice {
    own: bool,
}

impl Voice {
    pub fn new(own: bool) -> Voice {
        Voice { own }
    }

    /// "Your" or "Their".
    pub fn your(self) -> &'static str {
        if self.own {
            "Your"
        } else {
            "Their"
        }
    }

    /// "your" or "their", inside a sentence.
    pub fn your_in_sentence(self) -> &'static str {
        if self.own {
            "your"
        } else {
            "their"
        }
    }

    /// "you" or "them".
    pub fn you(self) -> &'static str {
        if self.own {
            "you"
        } else {
            "them"
        }
    }

    /// "you" or "they", as a sentence's subject.
    pub fn they(self) -> &'static str {
        if self.own {
            "you"
        } else {
            "they"
        }
    }

    /// What the result is to its reader.
    pub fn result(self) -> &'static str {
        if self.own {
            "Your result"
        } else {
            "A shared result"
        }
    }

    /// The label of the marker on the curve.
    pub fn here(self) -> &'static str {
        if self.own {
            "You are here"
        } else {
            "They are here"
        }
    }
}
