//! What each page's one effect remembers of a part of the page it keeps in step (the
//! title, the address, the heading's focus…): the part acts only when its value
//! changed since it last ran.

/// A value a part of the page was brought in step with; nothing until it first ran.
pub struct Memo<T>(Option<T>);

impl<T> Default for Memo<T> {
    fn default() -> Self {
        Memo(None)
    }
}

impl<T: PartialEq> Memo<T> {
    /// `now`, if it differs from the value held (or none was yet); the memo then holds it.
    pub fn changed(&mut self, now: T) -> Option<&T> {
        if self.0.as_ref() == Some(&now) {
            return None;
        }
        Some(self.0.insert(now))
    }

    pub fn last(&self) -> Option<&T> {
        self.0.as_ref()
    }
}
