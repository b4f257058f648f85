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

/// Ordered as the calendar: its fields compare year first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
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

    /// The day `days` later (`days` may be negative), across months and years.
    pub fn plus_days(self, days: i32) -> Day {
        Day::from_serial(self.serial() + days)
    }

    pub fn weekday(self) -> Weekday {
        // Serial 0 is 1 March 2000, a Wednesday.
        WEEKDAYS[(self.serial() + 2).rem_euclid(7) as usize]
    }

    /// This day if it is a Monday, otherwise the Monday after it.
    pub fn next_monday(self) -> Day {
        let past_monday = self.weekday() as i32;
        self.plus_days((7 - past_monday) % 7)
    }

    /// Days since 1 March 2000: counting years from March puts the leap day last, so
    /// a year's days before each month follow one formula (the proleptic Gregorian
    /// calendar throughout).
    fn serial(self) -> i32 {
        let (year, month) = march_based(self.year, self.month);
        let era = year.div_euclid(400);
        let year_of_era = year.rem_euclid(400);
        let day_of_year = (153 * month + 2) / 5 + i32::from(self.day) - 1;
        let day_of_era = 365 * year_of_era + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - EPOCH
    }

    fn from_serial(serial: i32) -> Day {
        let days = serial + EPOCH;
        let era = days.div_euclid(146_097);
        let day_of_era = days.rem_euclid(146_097);
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * month + 2) / 5 + 1;
        let (month, year) = if month < 10 {
            (month + 3, era * 400 + year_of_era)
        } else {
            (month - 9, era * 400 + year_of_era + 1)
        };
        Day {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        }
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

/// Days from 1 March of year 0 to 1 March 2000.
const EPOCH: i32 = 730_485;

/// The year counted from March, and the month as 0 (March) to 11 (February).
fn march_based(year: u16, month: u8) -> (i32, i32) {
    let (year, month) = (i32::from(year), i32::from(month));
    if month > 2 {
        (year, month - 3)
    } else {
        (year - 1, month + 9)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

impl Weekday {
    pub fn name(self) -> &'static str {
        [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ][self as usize]
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

    /// The next day by counting: the next in the month, else the month's first, else
    /// the year's.
    fn next_by_counting(day: Day) -> Day {
        Day::new(day.year, day.month, day.day + 1)
            .or_else(|| Day::new(day.year, day.month + 1, 1))
            .or_else(|| Day::new(day.year + 1, 1, 1))
            .unwrap()
    }

    #[test]
    fn adding_days_walks_the_calendar_day_by_day_for_four_centuries() {
        let start = Day::new(1899, 12, 25).unwrap();
        let mut day = start;
        for offset in 1..=146_097 {
            let next = next_by_counting(day);
            assert_eq!(day.plus_days(1), next, "after {}", day.iso());
            assert_eq!(start.plus_days(offset), next);
            assert_eq!(next.plus_days(-offset), start);
            day = next;
        }
    }

    #[test]
    fn weekdays_and_the_monday_a_plan_starts_on() {
        use super::Weekday::*;
        let day = |d| Day::new(2026, 12, d).unwrap();
        assert_eq!(day(8).weekday(), Tuesday);
        assert_eq!(Day::new(2000, 3, 1).unwrap().weekday(), Wednesday);
        assert_eq!(Day::new(1970, 1, 1).unwrap().weekday(), Thursday);
        assert_eq!(Day::new(2024, 2, 29).unwrap().weekday(), Thursday);
        assert_eq!(day(13).weekday().name(), "Sunday");
        assert_eq!(day(7).next_monday(), day(7));
        assert_eq!(day(8).next_monday(), day(14));
        assert_eq!(day(13).next_monday(), day(14));
        assert_eq!(day(29).next_monday(), Day::new(2027, 1, 4).unwrap());
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
