//! The four stages of the sales–marketing maturity curve.

/// Where a relationship (or one dimension of it) stands, lowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    Undefined,
    Defined,
    Aligned,
    Integrated,
}

impl Stage {
    /// Every stage in order along the curve.
    pub const ALL: [Stage; 4] = [
        Stage::Undefined,
        Stage::Defined,
        Stage::Aligned,
        Stage::Integrated,
    ];

    /// Position on the curve: 0 for Undefined up to 3 for Integrated.
    pub const fn level(self) -> u32 {
        self as u32
    }

    /// The stage `level` steps up the curve, if there is one.
    pub fn from_level(level: u32) -> Option<Stage> {
        Stage::ALL.get(level as usize).copied()
    }

    /// The next stage up, or `None` at the top.
    pub fn next(self) -> Option<Stage> {
        Stage::from_level(self.level() + 1)
    }

    /// The stage's id in the banks and in exported data: "undefined" … "integrated".
    pub fn id(self) -> &'static str {
        ["undefined", "defined", "aligned", "integrated"][self as usize]
    }

    /// The highest level any stage has.
    pub const TOP_LEVEL: u32 = Stage::Integrated.level();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_follow_the_curve() {
        for (i, stage) in Stage::ALL.into_iter().enumerate() {
            assert_eq!(stage.level(), i as u32);
            assert_eq!(Stage::from_level(i as u32), Some(stage));
        }
        assert_eq!(Stage::from_level(4), None);
    }

    #[test]
    fn ids_name_the_stages_in_curve_order() {
        let ids = Stage::ALL.map(Stage::id);
        assert_eq!(ids, ["undefined", "defined", "aligned", "integrated"]);
    }

    #[test]
    fn next_climbs_one_step_and_stops_at_the_top() {
        assert_eq!(Stage::Undefined.next(), Some(Stage::Defined));
        assert_eq!(Stage::Defined.next(), Some(Stage::Aligned));
        assert_eq!(Stage::Aligned.next(), Some(Stage::Integrated));
        assert_eq!(Stage::Integrated.next(), None);
    }
}
