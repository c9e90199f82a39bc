//! Time as crmctl stores and reads it: RFC 3339 UTC with whole seconds, so
//! that stored instants sort as text. Parsing of user-given dates lives here.

use chrono::{DateTime, NaiveDate, NaiveTime, SecondsFormat, Utc};

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

/// Parses `YYYY-MM-DD` or an RFC 3339 instant given by a user.
pub fn parse_date(text: &str, end: DayEnd, field: &str) -> Result<DateTime<Utc>> {
    let text = text.trim();
    if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        return Ok(at.with_timezone(&Utc));
    }
    match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(day) => {
            let time = match end {
                DayEnd::Start => NaiveTime::MIN,
                DayEnd::End => NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN),
            };
            Ok(day.and_time(time).and_utc())
        }
        Err(_) => Err(Error::invalid(format!("{field}: '{text}' is not a date"))
            .hint("write a date as YYYY-MM-DD (2026-12-31) or an RFC 3339 time (2026-12-31T18:00:00Z)")),
    }
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
    fn durations() {
        assert_eq!(parse_duration("90s").ok(), Some(chrono::Duration::seconds(90)));
        assert_eq!(parse_duration("7d").ok(), Some(chrono::Duration::days(7)));
        for bad in ["", "7", "d", "7w", "-1d", "0s", "99999999999999999999d", "1.5h"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }
}
