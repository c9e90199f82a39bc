//! Field rules for people: usernames, names, emails, phones, employee IDs,
//! departments. Each function returns the value as it is stored, or an
//! invalid-data error (exit 5) that names the field, the value and why.

use email_address::{EmailAddress, Options};
use rlibphonenumber::{PHONE_NUMBER_UTIL, PhoneNumberFormat, Region};

use crate::error::{Error, Result};

fn invalid(field: &str, value: &str, why: &str) -> Error {
    Error::invalid(format!("{field} '{}': {why}", value.escape_debug()))
}

/// A login name: `[a-z0-9][a-z0-9._-]{0,63}`, stored lowercase. Non-ASCII
/// characters are refused by name, because `а` (Cyrillic) or `K` (Kelvin) would
/// otherwise pass for `a` or `k`.
pub fn username(input: &str) -> Result<String> {
    let value = input.trim();
    if let Some(c) = value.chars().find(|c| !c.is_ascii()) {
        return Err(invalid(
            "username",
            value,
            &format!("contains the non-ASCII character '{c}' (U+{:04X})", c as u32),
        )
        .hint("usernames use only a-z, 0-9, '.', '_' and '-'; look-alike letters from other scripts are refused"));
    }
    let lower = value.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let ok = !bytes.is_empty()
        && bytes.len() <= 64
        && bytes[0].is_ascii_alphanumeric()
        && bytes.iter().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-'));
    if !ok {
        return Err(invalid(
            "username",
            value,
            "must be 1-64 characters of a-z, 0-9, '.', '_', '-', starting with a letter or digit",
        )
        .hint("for example zhangsan, li.si or wang_wu2"));
    }
    Ok(lower)
}

/// A display name: any script, 1-100 characters, no control characters.
pub fn name(input: &str) -> Result<String> {
    text("name", input, 1, 100)
}

/// A job title: up to 100 characters.
pub fn title(input: &str) -> Result<String> {
    text("title", input, 1, 100)
}

fn text(field: &str, input: &str, min: usize, max: usize) -> Result<String> {
    let value = input.trim();
    let len = value.chars().count();
    if len < min || len > max {
        return Err(invalid(field, value, &format!("must be {min} to {max} characters (it has {len})")));
    }
    refuse_invisible(field, value)?;
    if value.contains('\u{FFFD}') {
        return Err(invalid(field, value, "contains U+FFFD: bytes that were not valid text in the file's encoding")
            .hint("check the file's encoding (`user import --encoding`)"));
    }
    Ok(value.to_string())
}

/// Refuses what would make two values look alike or hide part of one:
/// control characters, direction controls and zero-width characters.
fn refuse_invisible(field: &str, value: &str) -> Result<()> {
    if value.chars().any(char::is_control) {
        return Err(invalid(field, value, "contains control characters"));
    }
    if let Some(c) = value.chars().find(|c| is_bidi_control(*c)) {
        return Err(invalid(field, value, &format!("contains the invisible direction control U+{:04X}", c as u32)));
    }
    if let Some(c) = value.chars().find(|c| is_zero_width(*c)) {
        return Err(invalid(field, value, &format!("contains the invisible zero-width character U+{:04X}", c as u32))
            .hint("retype the value; it was probably pasted from a web page or chat"));
    }
    Ok(())
}

/// Characters that reorder the text shown around them (a name could hide
/// or disguise what follows it in a table).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Characters that take no space: `销售部` and `销售\u{200B}部` would show alike.
pub fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{180E}' | '\u{00AD}')
}

/// The most characters of free text: a reason, a description.
pub const MAX_FREE_TEXT: usize = 500;

/// Free text (a reason, a description): trimmed, at most [`MAX_FREE_TEXT`]
/// characters, nothing invisible. `field` names the flag in the message.
pub fn free_text(field: &str, input: &str) -> Result<String> {
    let value = input.trim();
    let len = value.chars().count();
    if len > MAX_FREE_TEXT {
        return Err(Error::invalid(format!("{field}: at most {MAX_FREE_TEXT} characters (it has {len})"))
            .hint("shorten it; keep long explanations in a ticket and put its number here"));
    }
    refuse_invisible(field, value)?;
    Ok(value.to_string())
}

/// An email address, syntax-checked; stored as given with the domain lowercased.
pub fn email(input: &str) -> Result<String> {
    let value = input.trim();
    let options = Options::default().without_display_text().without_domain_literal().with_required_tld();
    let parsed = EmailAddress::parse_with_options(value, options).map_err(|err| {
        invalid("email", value, err.to_string().to_lowercase().trim_end_matches('.'))
            .hint("write it as name@example.com")
    })?;
    Ok(format!("{}@{}", parsed.local_part(), parsed.domain().to_lowercase()))
}

/// True for what Excel makes of a long number in a General-formatted cell: `1.38E+10`.
pub fn is_scientific_notation(value: &str) -> bool {
    let v = value.trim();
    let Some(pos) = v.find(['e', 'E']) else { return false };
    let (mantissa, exp) = (&v[..pos], &v[pos + 1..]);
    let exp = exp.strip_prefix(['+', '-']).unwrap_or(exp);
    !mantissa.is_empty()
        && mantissa.chars().all(|c| c.is_ascii_digit() || c == '.')
        && mantissa.chars().any(|c| c.is_ascii_digit())
        && !exp.is_empty()
        && exp.chars().all(|c| c.is_ascii_digit())
}

/// A phone region code (`CN`, `HK`...) that the phone metadata knows.
pub fn region(input: &str) -> Option<Region> {
    let region: Region = input.trim().to_ascii_uppercase().parse().ok()?;
    PHONE_NUMBER_UTIL.get_country_code_for_region(region).filter(|code| *code > 0).map(|_| region)
}

/// A phone number, stored in E.164. A number without `+` is read in `region`.
/// Parsed and validated with rlibphonenumber (Google's libphonenumber rules).
pub fn phone(input: &str, region: Region) -> Result<String> {
    let value = input.trim();
    if is_scientific_notation(value) {
        return Err(invalid("phone", value, "looks like a number Excel turned into scientific notation")
            .hint("format the column as Text in Excel and export again"));
    }
    let parsed =
        PHONE_NUMBER_UTIL.parse(value, Some(region)).map_err(|_| invalid("phone", value, "is not a phone number"))?;
    if !parsed.is_valid() {
        return Err(invalid("phone", value, &format!("is not a valid number (read in region {region})"))
            .hint("write international numbers with +, such as +85291234567"));
    }
    Ok(parsed.format_as(PhoneNumberFormat::E164).into_owned())
}

/// An employee ID (工号): trimmed, 1-64 characters, no control characters.
pub fn employee_id(input: &str) -> Result<String> {
    let value = input.trim();
    if is_scientific_notation(value) {
        return Err(invalid("employee_id", value, "looks like a number Excel turned into scientific notation")
            .hint("format the column as Text in Excel and export again"));
    }
    text("employee_id", value, 1, 64)
}

/// A department path such as `销售部/华东区`: segments separated by `/`, each
/// trimmed and non-empty.
pub fn department(input: &str) -> Result<String> {
    let value = input.trim();
    let segments: Vec<&str> = value.split('/').map(str::trim).collect();
    if segments.iter().any(|s| s.is_empty()) {
        return Err(invalid("department", value, "has an empty part").hint("write a path such as 销售部/华东区"));
    }
    if segments.len() > 16 || segments.iter().any(|s| s.chars().count() > 64) {
        return Err(invalid("department", value, "is too long (at most 16 levels of 64 characters)"));
    }
    refuse_invisible("department", value)?;
    Ok(segments.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[allow(non_snake_case)]
    fn Id(code: &str) -> Region {
        region(code).expect("a known region")
    }

    #[test]
    fn usernames() {
        assert_eq!(username(" ZhangSan ").ok().as_deref(), Some("zhangsan"));
        assert_eq!(username("li.si_2-x").ok().as_deref(), Some("li.si_2-x"));
        assert_eq!(username(&"a".repeat(64)).ok().map(|s| s.len()), Some(64));
        for bad in ["", ".lisi", "-x", "zhang san", "a/b", "zhang@x", &"a".repeat(65)] {
            assert!(username(bad).is_err(), "{bad}");
        }
        // Cyrillic а, Kelvin sign, fullwidth a: look-alikes are refused, not folded.
        for spoof in ["\u{430}dmin", "\u{212A}im", "\u{FF41}dmin", "张三"] {
            let err = username(spoof).err().map(|e| e.message).unwrap_or_default();
            assert!(err.contains("non-ASCII"), "{spoof}: {err}");
        }
    }

    #[test]
    fn emails() {
        assert_eq!(email("Zhang.San@Example.COM").ok().as_deref(), Some("Zhang.San@example.com"));
        for bad in ["li@@x", "li", "li@", "@x.com", "li@localhost", "Li <li@x.com>", "li@[1.2.3.4]"] {
            assert!(email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn phones_become_e164_with_cn_default() {
        assert_eq!(phone("13812345678", Id("CN")).ok().as_deref(), Some("+8613812345678"));
        assert_eq!(phone("138 1234 5678", Id("CN")).ok().as_deref(), Some("+8613812345678"));
        assert_eq!(phone("+85291234567", Id("CN")).ok().as_deref(), Some("+85291234567"));
        assert_eq!(phone("(202) 555-0143", Id("US")).ok().as_deref(), Some("+12025550143"));
        assert!(phone("12345", Id("CN")).is_err());
        assert!(phone("not a phone", Id("CN")).is_err());
        let excel = phone("1.38E+10", Id("CN")).err().map(|e| e.hints.join(" ")).unwrap_or_default();
        assert!(excel.contains("Text"), "{excel}");
    }

    #[test]
    fn scientific_notation() {
        assert!(is_scientific_notation("1.38E+10"));
        assert!(is_scientific_notation("1e5"));
        assert!(!is_scientific_notation("E0007"));
        assert!(!is_scientific_notation("13812345678"));
        assert!(!is_scientific_notation("e"));
    }

    #[test]
    fn departments() {
        assert_eq!(department(" 销售部 / 华东区 ").ok().as_deref(), Some("销售部/华东区"));
        assert!(department("销售部//华东区").is_err());
        assert!(department("/销售部").is_err());
        assert!(department("").is_err());
        for spoof in ["销售部\u{202E}", "销售\u{200B}部", "销售部/\u{FEFF}华东区", "a\u{7}"] {
            assert!(department(spoof).is_err(), "{spoof:?}");
        }
    }

    #[test]
    fn free_text_is_bounded() {
        assert_eq!(free_text("--reason", " left ").ok().as_deref(), Some("left"));
        assert!(free_text("--reason", &"原".repeat(500)).is_ok());
        let err = free_text("--reason", &"x".repeat(501)).err().map(|e| e.message).unwrap_or_default();
        assert!(err.contains("500"), "{err}");
        assert!(free_text("--description", "a\u{202E}b").is_err());
    }

    #[test]
    fn names_and_ids() {
        assert_eq!(name("  张三 ").ok().as_deref(), Some("张三"));
        assert!(name("").is_err());
        assert!(name(&"名".repeat(101)).is_err());
        assert!(name("bell\u{7}").is_err());
        assert_eq!(employee_id(" E0007 ").ok().as_deref(), Some("E0007"));
        assert!(employee_id("1.2E+5").is_err());
    }
}
