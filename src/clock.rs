//! Time as crmctl stores and reads it: RFC 3339 UTC with whole seconds, so
//! that stored instants sort as text. Parsing of user-given dates lives here.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, SecondsFormat, TimeDelta, Utc};

use crate::error::{Error, Result};

/// The current instant.
pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// Formats an instant the way crmctl stores and prints it: `2026-11-23T04:41:44Z`.
pub fn format(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Parses a stored instant.
pub fn parse_stored(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text).ok().map(|t| t.with_timezone(&Utc))
}

/// Which end of a bare date (`2026-12-31`) an instant means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayEnd {
    /// 00:00:00 UTC of that day: `--since`.
    Start,
    /// 23:59:59 UTC of that day: `--expires`, `--until` (inclusive).
    End,
}

/// The years crmctl stores: four digits, so that stored instants sort as text.
const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// How a bare date may be written: as crmctl writes it, and as Excel writes
/// dates in a CSV saved on a Chinese or other locale (`2027/6/30`,
/// `2027.6.30`, `2027年6月30日`); months and days with or without a zero.
const DAY_FORMATS: [&str; 4] = ["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日"];

/// Parses a date given by a user or read from a file: `YYYY-MM-DD` (also
/// `YYYY/M/D`, `YYYY.M.D` and `YYYY年M月D日`, as Excel writes dates) or an
/// RFC 3339 instant. A year outside 1 to 9999 is invalid data (exit 5).
pub fn parse_date(text: &str, end: DayEnd, field: &str) -> Result<DateTime<Utc>> {
    let text = text.trim();
    let at = if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        at.with_timezone(&Utc)
    } else if let Ok(at) = chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S") {
        // A workbook's date-and-time cell carries no zone: it is read as UTC.
        at.and_utc()
    } else {
        match DAY_FORMATS.iter().find_map(|f| NaiveDate::parse_from_str(text, f).ok()) {
            Some(day) => {
                let time = match end {
                    DayEnd::Start => NaiveTime::MIN,
                    DayEnd::End => NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN),
                };
                day.and_time(time).and_utc()
            }
            None => {
                return Err(Error::invalid(format!("{field}: '{text}' is not a date")).hint(
                    "write a date as YYYY-MM-DD (2026-12-31; 2026/12/31, 2026.12.31 and 2026年12月31日 are read too) \
                     or an RFC 3339 time (2026-12-31T18:00:00Z)",
                ));
            }
        }
    };
    if !YEARS.contains(&at.year()) {
        return Err(Error::invalid(format!("{field}: '{text}' is out of range"))
            .hint("dates run from 0001-01-01 to 9999-12-31"));
    }
    Ok(at)
}

/// The instant `days` days before `now`, for `--inactive-days`; a number of
/// days reaching back before the year 1 is invalid data (exit 5).
pub fn days_before(now: DateTime<Utc>, days: u64, flag: &str) -> Result<DateTime<Utc>> {
    i64::try_from(days)
        .ok()
        .and_then(TimeDelta::try_days)
        .and_then(|span| now.checked_sub_signed(span))
        .filter(|at| YEARS.contains(&at.year()))
        .ok_or_else(|| {
            let most = NaiveDate::from_ymd_opt(1, 1, 1).map_or(0, |first| (now.date_naive() - first).num_days());
            Error::invalid(format!("{flag} {days}: too many days")).hint(format!("at most {most} (back to the year 1)"))
        })
}

/// The exclusive upper bound for "up to and including `at`" (`--until`):
/// one second later, or `None` (no bound) past 9999-12-31, where nothing
/// stored can be.
pub fn until_exclusive(at: DateTime<Utc>) -> Option<String> {
    at.checked_add_signed(TimeDelta::seconds(1)).filter(|t| YEARS.contains(&t.year())).map(format)
}

/// Parses a duration written `90s`, `15m`, `72h` or `7d`.
pub fn parse_duration(text: &str) -> Result<chrono::Duration> {
    let text = text.trim();
    let bad = || {
        Error::invalid(format!("'{text}' is not a duration"))
            .hint("write a number followed by s, m, h or d: 90s, 15m, 72h, 7d")
    };
    let split = text.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
    let (digits, unit) = text.split_at(split);
    let n: i64 = digits.parse().map_err(|_| bad())?;
    let seconds = match unit {
        "s" => Some(n),
        "m" => n.checked_mul(60),
        "h" => n.checked_mul(3600),
        "d" => n.checked_mul(86_400),
        _ => None,
    }
    .filter(|s| *s > 0 && *s <= 100 * 365 * 86_400)
    .ok_or_else(bad)?;
    Ok(chrono::Duration::seconds(seconds))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_to_the_right_end_of_the_day() {
        let end = parse_date("2026-12-31", DayEnd::End, "expires").ok().map(format);
        assert_eq!(end.as_deref(), Some("2026-12-31T23:59:59Z"));
        let start = parse_date("2026-12-31", DayEnd::Start, "since").ok().map(format);
        assert_eq!(start.as_deref(), Some("2026-12-31T00:00:00Z"));
        let exact = parse_date("2026-12-31T10:00:00+08:00", DayEnd::End, "x").ok().map(format);
        assert_eq!(exact.as_deref(), Some("2026-12-31T02:00:00Z"));
        assert!(parse_date("31/12/2026", DayEnd::End, "expires").is_err());
    }

    #[test]
    fn dates_as_excel_writes_them() {
        for text in
            ["2027-06-30", "2027-6-30", "2027/6/30", "2027/06/30", "2027.6.30", "2027年6月30日", " 2027年06月30日 "]
        {
            let end = parse_date(text, DayEnd::End, "expires").ok().map(format);
            assert_eq!(end.as_deref(), Some("2027-06-30T23:59:59Z"), "{text}");
        }
        for bad in ["2027/13/1", "2027/2/30", "2027年6月30", "2027.6.30.", "30.6.2027", "2027/6/30 9:30", "6/30/2027"]
        {
            let err = parse_date(bad, DayEnd::End, "expires").err();
            assert_eq!(err.as_ref().map(|e| e.kind), Some(crate::error::Kind::Invalid), "{bad}");
            assert!(err.is_some_and(|e| e.hints.iter().any(|h| h.contains("2026年12月31日"))), "{bad}");
        }
        for far in ["10000/1/1", "0000年1月1日"] {
            let kind = parse_date(far, DayEnd::End, "expires").err().map(|e| e.kind);
            assert_eq!(kind, Some(crate::error::Kind::Invalid), "{far}");
        }
    }

    #[test]
    fn years_past_9999_and_huge_day_counts_are_invalid_not_a_panic() {
        for bad in ["10000-01-01", "+10000-01-01", "0000-12-31", "-0001-01-01"] {
            let kind = parse_date(bad, DayEnd::End, "expires").err().map(|e| e.kind);
            assert_eq!(kind, Some(crate::error::Kind::Invalid), "{bad}");
        }
        let last = parse_date("9999-12-31", DayEnd::End, "until").ok();
        assert_eq!(last.map(format).as_deref(), Some("9999-12-31T23:59:59Z"));
        assert_eq!(last.and_then(until_exclusive), None);
        let now = parse_date("2026-01-01", DayEnd::Start, "x").ok().unwrap_or_else(self::now);
        assert_eq!(days_before(now, 1, "--inactive-days").ok().map(format).as_deref(), Some("2025-12-31T00:00:00Z"));
        for days in [100_000_000, u64::MAX, 740_000] {
            assert!(days_before(now, days, "--inactive-days").is_err(), "{days}");
        }
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("90s").ok(), Some(chrono::Duration::seconds(90)));
        assert_eq!(parse_duration("7d").ok(), Some(chrono::Duration::days(7)));
        for bad in ["", "7", "d", "7w", "-1d", "0s", "99999999999999999999d", "1.5h"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }
}
