//! What a file is, told from its first bytes: a zip (xlsx, ods), an OLE2
//! compound file (xls), JSON, text, or something no one should import (an
//! image, an archive, a database, a web page saved as `.xls`).

use std::io::{self, Read};

use super::Encoding;

/// How much of the file is looked at before reading it for real. The bytes
/// are kept and read again from memory, so the file is read once.
pub(super) const HEAD: usize = 64 * 1024;

/// What the first bytes say the file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// No bytes at all.
    Empty,
    /// A zip archive: an xlsx, xlsm or ods workbook if calamine can open it.
    Zip,
    /// An OLE2 compound file: an xls workbook if calamine can open it.
    Ole,
    /// A JSON array (or object), by its first non-blank byte and a parse
    /// that does not fail before the head runs out.
    Json,
    /// Anything else without NUL bytes: delimited text.
    Text,
    /// Not an employee list; says what it looks like.
    Junk(&'static str),
}

/// Up to [`HEAD`] bytes from the start of `file`.
pub(super) fn read_head(file: &mut impl Read) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(HEAD);
    file.take(HEAD as u64).read_to_end(&mut head)?;
    Ok(head)
}

/// Signatures of files that are sometimes picked by mistake.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"\x1F\x8B", "a gzip archive"),
    (b"\xFD7zXZ\x00", "an xz archive"),
    (b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"),
    (b"Rar!\x1A\x07", "a RAR archive"),
    (b"\x7FELF", "a program"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"PK\x05\x06", "an empty zip archive"),
];

const ZIP: &[u8] = b"PK\x03\x04";
const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
pub(super) const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// What `head` (the whole file when shorter than [`HEAD`]) is.
pub(super) fn kind(head: &[u8], encoding: Encoding) -> Kind {
    if head.is_empty() {
        return Kind::Empty;
    }
    if head.starts_with(ZIP) {
        return Kind::Zip;
    }
    if head.starts_with(OLE) {
        return Kind::Ole;
    }
    if let Some((_, what)) = MAGIC.iter().find(|(magic, _)| head.starts_with(magic)) {
        return Kind::Junk(what);
    }
    let text = head.strip_prefix(UTF8_BOM).unwrap_or(head);
    let start = text.iter().position(|b| !b.is_ascii_whitespace()).map_or(&[][..], |at| &text[at..]);
    if markup(start) {
        return Kind::Junk("an HTML or XML page (a web page saved as .xls?)");
    }
    if matches!(encoding, Encoding::Auto | Encoding::Utf8) && json(start, head.len() < HEAD) {
        return Kind::Json;
    }
    let utf16 = encoding_rs::Encoding::for_bom(head).is_some_and(|(codec, _)| codec != encoding_rs::UTF_8)
        || utf16_without_bom(head).is_some();
    if !utf16 && head.contains(&0) {
        return Kind::Junk("a binary file");
    }
    Kind::Text
}

/// `<html`, `<!doctype html`, `<table`, `<?xml`: what web applications save
/// as an "Excel export", and Excel 2003's XML spreadsheet.
fn markup(start: &[u8]) -> bool {
    let lower: Vec<u8> = start.iter().take(16).map(u8::to_ascii_lowercase).collect();
    [&b"<html"[..], b"<!doctype html", b"<table", b"<?xml"].iter().any(|tag| lower.starts_with(tag))
}

/// Whether `start` (the head from its first non-blank byte) is JSON: an
/// array whose first element is an object (or that is empty) is one
/// whatever follows, so that a damaged export is reported as JSON; anything
/// else starting with `[` or `{` must parse, or run out of bytes before a
/// syntax error when the head is not the whole file. A CSV title line such
/// as `[2026年11月] 员工花名册` fails at its second character.
fn json(start: &[u8], whole: bool) -> bool {
    match start.first() {
        Some(b'[') => {
            let next = start[1..].iter().find(|b| !b.is_ascii_whitespace());
            matches!(next, Some(b'{' | b']')) || parses(start, whole)
        }
        Some(b'{') => parses(start, whole),
        _ => false,
    }
}

fn parses(start: &[u8], whole: bool) -> bool {
    match serde_json::from_slice::<serde::de::IgnoredAny>(start) {
        Ok(_) => true,
        Err(e) => e.is_eof() && !whole,
    }
}

/// UTF-16 without a byte-order mark, told by the NUL bytes ASCII text has
/// in every other byte: little- or big-endian.
pub(super) fn utf16_without_bom(head: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let pairs: Vec<&[u8]> = head.chunks_exact(2).take(256).collect();
    if pairs.len() < 2 {
        return None;
    }
    let count = |f: fn(&[u8]) -> bool| pairs.iter().filter(|p| f(p)).count();
    let le = count(|p| p[0] != 0 && p[1] == 0);
    let be = count(|p| p[0] == 0 && p[1] != 0);
    // Mostly ASCII: most pairs have their NUL on one side, none on the other.
    if le * 2 > pairs.len() && be == 0 {
        Some(encoding_rs::UTF_16LE)
    } else if be * 2 > pairs.len() && le == 0 {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(bytes: &[u8]) -> Kind {
        kind(bytes, Encoding::Auto)
    }

    #[test]
    fn files_are_told_by_their_first_bytes() {
        assert_eq!(of(b""), Kind::Empty);
        assert_eq!(of(b"PK\x03\x04rest"), Kind::Zip);
        assert_eq!(of(OLE), Kind::Ole);
        assert_eq!(of(b"\x89PNG\r\n\x1a\n\0\0"), Kind::Junk("a PNG image"));
        assert_eq!(of(b"SQLite format 3\0"), Kind::Junk("an SQLite database"));
        assert_eq!(of(b"  <!DOCTYPE html><table>"), Kind::Junk("an HTML or XML page (a web page saved as .xls?)"));
        assert_eq!(of(b"name,email\n\0\0\0"), Kind::Junk("a binary file"));
        assert_eq!(of(b"name,email\nzs,zs@example.com\n"), Kind::Text);
        assert_eq!(of("\u{feff}姓名;邮箱\n".as_bytes()), Kind::Text);
    }

    #[test]
    fn json_is_told_from_a_csv_title_in_brackets() {
        assert_eq!(of(b"\xEF\xBB\xBF\n [ {\"id\": 1}]"), Kind::Json);
        assert_eq!(of(b"[]"), Kind::Json);
        assert_eq!(of(b"[{\"id\": 1, \"name\": "), Kind::Json, "a damaged export is still JSON");
        assert_eq!(of(b"[1, 2]"), Kind::Json, "JSON, to be refused as not an array of objects");
        assert_eq!(of(b"{\"id\": 1}"), Kind::Json);
        assert_eq!(of("[2026年11月] 员工花名册\n姓名,邮箱\n".as_bytes()), Kind::Text);
        assert_eq!(of(b"[title]\nname,email\n"), Kind::Text);
        assert_eq!(kind(b"[{\"id\": 1}]", Encoding::Gb18030), Kind::Text, "a forced encoding means text");
    }

    #[test]
    fn utf16_text_is_not_binary() {
        let mut le = Vec::new();
        for unit in "name\temail\n".encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(utf16_without_bom(&le), Some(encoding_rs::UTF_16LE));
        assert_eq!(of(&le), Kind::Text);
        let be: Vec<u8> = le.chunks_exact(2).flat_map(|p| [p[1], p[0]]).collect();
        assert_eq!(utf16_without_bom(&be), Some(encoding_rs::UTF_16BE));
        assert_eq!(utf16_without_bom(b"name,email"), None);
    }
}
