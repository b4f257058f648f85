//! The calendar day a result is exported on, as the visitor's clock gives it.

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Day {
    year: u16,
    /// 1–12.
    month: u8,
    /// 1–31.
    day: u8,
}

impl Day {
    /// The day, if `month` and `day` can name one (1–12, 1–31); the clock is trusted
    /// for the rest.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Day> {
        ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(Day { year, month, day })
    }

    /// `2026-12-04`: for file names and data.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `4 December 2026`: for people.
    pub fn long(self) -> String {
        format!(
            "{} {} {}",
            self.day,
            MONTHS[usize::from(self.month - 1)],
            self.year
        )
    }
}

#[cfg(test)]
mod tests {
    use super::Day;

    #[test]
    fn a_day_reads_as_iso_and_in_words() {
        let day = Day::new(2026, 12, 4).unwrap();
        assert_eq!(day.iso(), "2026-12-04");
        assert_eq!(day.long(), "4 December 2026");
        assert_eq!(Day::new(987, 1, 31).unwrap().iso(), "0987-01-31");
        assert_eq!(Day::new(2027, 1, 31).unwrap().long(), "31 January 2027");
    }

    #[test]
    fn months_and_days_out_of_range_name_no_day() {
        assert_eq!(Day::new(2026, 0, 1), None);
        assert_eq!(Day::new(2026, 13, 1), None);
        assert_eq!(Day::new(2026, 1, 0), None);
        assert_eq!(Day::new(2026, 1, 32), None);
        assert!(Day::new(2026, 12, 31).is_some());
    }
}
