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
    /// The day, if there is one: `month` 1–12 and `day` within that month (29 February
    /// only in leap years).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Day> {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            1..=12 => 31,
            _ => 0,
        };
        (1..=days)
            .contains(&day)
            .then_some(Day { year, month, day })
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

    /// The day `2026-12-04` names, written exactly so (as [`Day::iso`] writes it).
    pub fn from_iso(text: &str) -> Option<Day> {
        let number = |digits: &str| {
            digits.bytes().try_fold(0u16, |n, b| {
                b.is_ascii_digit().then(|| n * 10 + u16::from(b - b'0'))
            })
        };
        match text.split('-').collect::<Vec<_>>()[..] {
            [year, month, day] if year.len() == 4 && month.len() == 2 && day.len() == 2 => {
                let month = number(month)? as u8;
                Day::new(number(year)?, month, number(day)? as u8)
            }
            _ => None,
        }
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

    #[test]
    fn a_day_has_only_the_days_of_its_month() {
        assert_eq!(Day::new(2026, 4, 31), None);
        assert!(Day::new(2026, 4, 30).is_some());
        assert_eq!(Day::new(2026, 2, 29), None);
        assert!(Day::new(2028, 2, 29).is_some());
        assert_eq!(Day::new(2100, 2, 29), None, "a century is not a leap year");
        assert!(Day::new(2000, 2, 29).is_some(), "every fourth century is");
    }

    #[test]
    fn iso_days_read_back_and_nothing_else_reads() {
        for iso in [
            "2026-12-04",
            "0987-01-31",
            "2028-02-29",
            "0000-01-01",
            "9999-12-31",
        ] {
            assert_eq!(Day::from_iso(iso).map(Day::iso).as_deref(), Some(iso));
        }
        for wrong in [
            "",
            "2026-12-4",
            "2026-1-04",
            "26-12-04",
            "02026-12-04",
            "2026-12-04 ",
            " 2026-12-04",
            "2026/12/04",
            "2026-12-04-01",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2026-02-29",
            "2026-+1-04",
            "2026-12-0x",
            "２０２６-12-04",
            "2026-12-04T10:00",
        ] {
            assert_eq!(Day::from_iso(wrong), None, "{wrong:?}");
        }
    }
}
