//! Workbooks (`.xlsx`, `.xlsm`, `.xls`, `.ods`), read with calamine and
//! turned into the text Excel shows, so that the pipeline checks what the
//! person who filled in the sheet saw: `13812345678`, not `1.3812345678E10`;
//! `000123` where the number format `000000` pads an employee ID; an
//! 18-digit number Excel has already rounded as Excel shows it,
//! `1.23456789012346E+17`, so that it is refused with the hint to format
//! the column as text; dates as `2027-06-30`.
//!
//! Number formats are known for `.xlsx` and `.xlsm` only: calamine 0.38
//! reads cell styles from those (`Reader::worksheet_style`) and from no
//! other format, so an `.xls` or `.ods` cell shows its number unpadded.
//! A workbook is loaded whole (calamine has no streaming reader for all
//! formats); the rows are turned into text one at a time.

use std::fs::File;
use std::io::{Cursor, Read};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use calamine::{Data, Ods, Range, Reader, SheetType, SheetVisible, StyleRange, Xls, XlsError, Xlsx, XlsxError};

use super::sniff::Kind;
use super::{Format, HEADER_SEARCH, READABLE, ReadOptions, Row, Table, io_err};
use crate::error::{Error, Result};

/// Opens a zip or OLE2 file as a workbook. `head` is its start, already read.
pub(super) fn open(
    path: &Path,
    head: Vec<u8>,
    mut rest: File,
    kind: Kind,
    opts: &ReadOptions,
    is_header: &dyn Fn(&[String]) -> bool,
) -> Result<Table> {
    let mut bytes = head;
    rest.read_to_end(&mut bytes).map_err(|e| io_err(path, e))?;
    // calamine parses what the file says; a malformed file it does not
    // expect must not take the process down with it.
    let sheet =
        catch_unwind(AssertUnwindSafe(|| load(path, &bytes, kind, opts.sheet.as_deref()))).unwrap_or_else(|_| {
            Err(Error::invalid(format!("{}: the workbook is damaged: it could not be read", path.display()))
                .hint("open it in Excel or LibreOffice and save it again"))
        })?;
    drop(bytes);
    let Some((row0, col0)) = sheet.range.start() else {
        return Err(Error::invalid(format!("{}: sheet '{}' is empty", path.display(), sheet.name))
            .hint(format!("the sheets are {}; choose one with --sheet NAME", sheet.names)));
    };
    let cells = Cells { range: sheet.range, styles: sheet.styles, row0, col0 };
    let height = cells.range.height();
    let line = |r: usize| u64::from(row0) + r as u64 + 1;
    let found = match opts.header_line {
        Some(n) => {
            let r = n.checked_sub(u64::from(row0) + 1).and_then(|r| usize::try_from(r).ok()).filter(|r| *r < height);
            let Some(r) = r else {
                return Err(Error::invalid(format!(
                    "{}: --header-line {n}: row {n} of sheet '{}' is empty (its cells are in rows {} to {})",
                    path.display(),
                    sheet.name,
                    line(0),
                    line(height.saturating_sub(1)),
                )));
            };
            let headers = cells.row(r);
            if headers.iter().all(|c| c.trim().is_empty()) {
                return Err(Error::invalid(format!(
                    "{}: --header-line {n}: row {n} of sheet '{}' is blank",
                    path.display(),
                    sheet.name
                )));
            }
            Some((r, headers))
        }
        None => (0..height)
            .take_while(|r| line(*r) <= HEADER_SEARCH)
            .map(|r| (r, cells.row(r)))
            .find(|(_, cells)| is_header(cells)),
    };
    let Some((r, headers)) = found else {
        return Err(Error::invalid(format!(
            "{}: no header row with a name or email column in the first {HEADER_SEARCH} rows of sheet '{}' (read as {})",
            path.display(),
            sheet.name,
            sheet.format.as_str()
        ))
        .hint(format!("the sheets are {}; choose one with --sheet NAME", sheet.names))
        .hint("name the columns as usual (姓名/name, 邮箱/email), map one with --map, or give --header-line N"));
    };
    Ok(Table {
        format: sheet.format,
        encoding: None,
        delimiter: None,
        sheet: Some(sheet.name),
        header_line: line(r),
        headers,
        rows: Box::new(SheetRows { cells, next: r + 1 }),
    })
}

/// The sheet read, with what is needed to show its cells.
struct Sheet {
    format: Format,
    name: String,
    /// Every sheet's name, quoted, for messages.
    names: String,
    range: Range<Data>,
    styles: StyleRange,
}

fn load(path: &Path, bytes: &[u8], kind: Kind, wanted: Option<&str>) -> Result<Sheet> {
    let damaged = |format: &str, e: &dyn std::fmt::Display| {
        Error::invalid(format!("{}: not a readable {format} workbook: {e}", path.display()))
            .hint("open it in Excel or LibreOffice and save it again")
    };
    let password = || {
        Error::invalid(format!("{}: the workbook is password-protected", path.display()))
            .hint("save a copy without the password (File > Info > Protect Workbook) and import that")
    };
    match kind {
        Kind::Zip if ods(bytes) => {
            let book = Ods::new(Cursor::new(bytes)).map_err(|e| damaged("ods", &e))?;
            sheet(path, book, Format::Ods, wanted, |e| damaged("ods", &e))
        }
        Kind::Zip => match Xlsx::new(Cursor::new(bytes)) {
            Ok(book) => sheet(path, book, Format::Xlsx, wanted, |e| damaged("xlsx", &e)),
            Err(XlsxError::Password) => Err(password()),
            Err(e) => Err(not_a_workbook(path, bytes, &e)),
        },
        _ => match Xls::new(Cursor::new(bytes)) {
            Ok(book) => sheet(path, book, Format::Xls, wanted, |e| damaged("xls", &e)),
            Err(XlsError::Password) => Err(password()),
            // An encrypted xlsx is an OLE2 file holding the encrypted zip.
            Err(e) => match Xlsx::new(Cursor::new(bytes)) {
                Err(XlsxError::Password) => Err(password()),
                _ => Err(Error::invalid(format!(
                    "{}: an OLE2 file that is not an Excel workbook (a Word .doc?): {e}",
                    path.display()
                ))
                .hint(READABLE)),
            },
        },
    }
}

/// An OpenDocument file stores its type first, uncompressed: `mimetype`.
fn ods(bytes: &[u8]) -> bool {
    bytes.get(30..38) == Some(b"mimetype")
        && bytes.get(38..).is_some_and(|b| b.starts_with(b"application/vnd.oasis.opendocument.spreadsheet"))
}

/// A zip calamine cannot open as xlsx: says what it seems to be.
fn not_a_workbook(path: &Path, bytes: &[u8], err: &XlsxError) -> Error {
    let has = |name: &[u8]| bytes.windows(name.len()).take(super::sniff::HEAD).any(|w| w == name);
    let what = if has(b"xl/workbook.bin") {
        "an .xlsb (binary) workbook, which is not read: save it as .xlsx"
    } else if has(b"word/") {
        "a Word document"
    } else if has(b"ppt/") {
        "a PowerPoint presentation"
    } else if has(b"application/vnd.oasis.opendocument") {
        "an OpenDocument file that is not a spreadsheet"
    } else if has(b"xl/") {
        return Error::invalid(format!("{}: not a readable xlsx workbook: {err}", path.display()))
            .hint("open it in Excel or LibreOffice and save it again");
    } else {
        "a zip archive that is not a workbook"
    };
    Error::invalid(format!("{}: {what}", path.display())).hint(READABLE)
}

/// Picks the sheet (`--sheet`, else the first visible worksheet) and reads
/// its cells and, for xlsx, their styles.
fn sheet<'a, R>(
    path: &Path,
    mut book: R,
    format: Format,
    wanted: Option<&str>,
    damaged: impl Fn(R::Error) -> Error,
) -> Result<Sheet>
where
    R: Reader<Cursor<&'a [u8]>>,
{
    let sheets = book.sheets_metadata().to_vec();
    let names = sheets.iter().map(|s| format!("'{}'", s.name)).collect::<Vec<_>>().join(", ");
    let name = match wanted {
        Some(want) => sheets
            .iter()
            .find(|s| s.name == want)
            .or_else(|| sheets.iter().find(|s| s.name.trim().to_lowercase() == want.trim().to_lowercase()))
            .ok_or_else(|| {
                Error::usage(format!("--sheet {want}: {} has no sheet '{want}'", path.display()))
                    .hint(format!("the sheets are {names}"))
            })?,
        None => sheets
            .iter()
            .find(|s| s.typ == SheetType::WorkSheet && s.visible == SheetVisible::Visible)
            .or(sheets.first())
            .ok_or_else(|| Error::invalid(format!("{}: the workbook has no sheets", path.display())))?,
    };
    let name = name.name.clone();
    let range = book.worksheet_range(&name).map_err(&damaged)?;
    let styles = book.worksheet_style(&name).map_err(&damaged)?;
    Ok(Sheet { format, name, names, range, styles })
}

/// A sheet's cells and styles, and where its top left cell is.
struct Cells {
    range: Range<Data>,
    styles: StyleRange,
    row0: u32,
    col0: u32,
}

impl Cells {
    /// Row `r` of the range, as text.
    fn row(&self, r: usize) -> Vec<String> {
        let at = |offset: u32, i: usize| u32::try_from(i).ok().and_then(|i| offset.checked_add(i));
        (0..self.range.width())
            .map(|c| {
                let Some(data) = self.range.get((r, c)) else { return String::new() };
                let format = at(self.row0, r)
                    .zip(at(self.col0, c))
                    .and_then(|pos| self.styles.get(pos))
                    .and_then(|style| style.number_format.as_ref())
                    .map(|f| f.format_code.as_str());
                text(data, format)
            })
            .collect()
    }
}

/// The rows under the header, as text, blank ones left out.
struct SheetRows {
    cells: Cells,
    next: usize,
}

impl Iterator for SheetRows {
    type Item = Result<Row>;

    fn next(&mut self) -> Option<Result<Row>> {
        while self.next < self.cells.range.height() {
            let r = self.next;
            self.next += 1;
            let cells = self.cells.row(r);
            if cells.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            return Some(Ok(Row { line: u64::from(self.cells.row0) + r as u64 + 1, cells }));
        }
        None
    }
}

/// Excel keeps 15 significant digits: a number this large may have lost some.
const EXACT_BELOW: f64 = 1e15;

/// A cell as Excel shows it, given its number format code.
fn text(data: &Data, format: Option<&str>) -> String {
    match data {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Bool(true) => "TRUE".to_string(),
        Data::Bool(false) => "FALSE".to_string(),
        Data::Error(e) => e.to_string(),
        Data::Int(n) if n.unsigned_abs() as f64 >= EXACT_BELOW => scientific(*n as f64),
        Data::Int(n) => integer(*n, format),
        Data::Float(x) => number(*x, format),
        Data::DateTime(at) => date(at),
    }
}

fn number(x: f64, format: Option<&str>) -> String {
    if !x.is_finite() {
        x.to_string()
    } else if x.abs() >= EXACT_BELOW {
        scientific(x)
    } else if x.fract() == 0.0 {
        // Exact: below 2^53.
        integer(x as i64, format)
    } else {
        // The shortest text that reads back as the same number.
        x.to_string()
    }
}

fn integer(n: i64, format: Option<&str>) -> String {
    format.and_then(|code| formatted(n, code)).unwrap_or_else(|| n.to_string())
}

/// How Excel shows a number it kept 15 significant digits of: `1.23456789012346E+17`.
fn scientific(x: f64) -> String {
    let text = format!("{x:.14E}");
    let Some((mantissa, exponent)) = text.split_once('E') else { return text };
    let mantissa = if mantissa.contains('.') { mantissa.trim_end_matches('0').trim_end_matches('.') } else { mantissa };
    let (sign, digits) = match exponent.strip_prefix('-') {
        Some(digits) => ('-', digits),
        None => ('+', exponent),
    };
    format!("{mantissa}E{sign}{digits:0>2}")
}

/// A date cell: `2027-06-30`, `2027-06-30T09:30:00`, a time of day
/// `09:30:00`, or a duration `36:00:00`. A serial number outside Excel's
/// dates (which Excel shows as `#######`) is written as the number.
fn date(at: &calamine::ExcelDateTime) -> String {
    let serial = at.as_f64();
    if at.is_duration() {
        if !(0.0..1e9).contains(&serial) {
            return number(serial, None);
        }
        let seconds = (serial * 86_400.0).round() as u64;
        return format!("{}:{:02}:{:02}", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
    if !(0.0..2_958_466.0).contains(&serial) {
        return number(serial, None);
    }
    let (year, month, day, hour, minute, second, _) = at.to_ymd_hms_milli();
    if serial < 1.0 {
        format!("{hour:02}:{minute:02}:{second:02}")
    } else if (hour, minute, second) == (0, 0, 0) {
        format!("{year:04}-{month:02}-{day:02}")
    } else {
        format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}")
    }
}

/// One piece of a number format section.
#[derive(Debug, PartialEq)]
enum Piece {
    /// `0` (a digit, or 0), `#` (a digit, or nothing), `?` (a digit, or a space).
    Digit(char),
    /// `,` between digit placeholders: thousands separators.
    Comma,
    /// Text shown as it is: `"E"`, `\-`, `-`, `(`, a currency symbol.
    Literal(String),
}

/// `n` shown with an integer number format such as `000000`, `"E"0000`,
/// `#,##0` or `000-0000-0000`. `None` for what this does not render
/// (`General`, decimals, percentages, scientific, fractions, dates, text,
/// conditions, scaling), where the plain integer is the right text.
fn formatted(n: i64, code: &str) -> Option<String> {
    let sections = sections(code);
    // Positive; negative (its own signs); zero.
    let (section, sign) = match (n.signum(), sections.get(1), sections.get(2)) {
        (-1, Some(negative), _) => (*negative, ""),
        (-1, None, _) => (sections.first().copied().unwrap_or_default(), "-"),
        (0, _, Some(zero)) => (*zero, ""),
        _ => (sections.first().copied().unwrap_or_default(), ""),
    };
    let pieces = pieces(section)?;
    let digits = if n == 0 { String::new() } else { n.unsigned_abs().to_string() };
    Some(format!("{sign}{}", fill(&digits, &pieces)?))
}

/// The `;`-separated sections of a format code.
fn sections(code: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut quoted, mut bracket, mut escaped) = (0, false, false, false);
    for (i, c) in code.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if !quoted => escaped = true,
            '"' => quoted = !quoted,
            '[' if !quoted => bracket = true,
            ']' if !quoted => bracket = false,
            ';' if !quoted && !bracket => {
                out.push(code.get(start..i).unwrap_or_default());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(code.get(start..).unwrap_or_default());
    out
}

fn pieces(section: &str) -> Option<Vec<Piece>> {
    let mut out = Vec::new();
    let mut chars = section.chars();
    while let Some(c) = chars.next() {
        match c {
            '0' | '#' | '?' => out.push(Piece::Digit(c)),
            ',' => out.push(Piece::Comma),
            '"' => out.push(Piece::Literal(chars.by_ref().take_while(|&c| c != '"').collect())),
            '\\' => out.push(Piece::Literal(chars.next()?.to_string())),
            // `_x`: a space as wide as x; `*x`: x repeated to fill the cell.
            '_' => {
                chars.next()?;
                out.push(Piece::Literal(" ".to_string()));
            }
            '*' => {
                chars.next()?;
            }
            '[' => {
                let inner: String = chars.by_ref().take_while(|&c| c != ']').collect();
                if let Some(currency) = inner.strip_prefix('$') {
                    out.push(Piece::Literal(currency.split('-').next().unwrap_or_default().to_string()));
                } else if !colour(&inner) {
                    return None;
                }
            }
            c if c.is_ascii_alphabetic() || matches!(c, '.' | '%' | '/' | '@') => return None,
            c => out.push(Piece::Literal(c.to_string())),
        }
    }
    Some(out)
}

fn colour(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    ["black", "blue", "cyan", "green", "magenta", "red", "white", "yellow"].contains(&name.as_str())
        || name.strip_prefix("color").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Puts `digits` into the placeholders from the right, as Excel does: each
/// takes one digit and the leftmost takes all that are left.
fn fill(digits: &str, pieces: &[Piece]) -> Option<String> {
    let is_digit = |p: &Piece| matches!(p, Piece::Digit(_));
    let (Some(first), Some(last)) = (pieces.iter().position(is_digit), pieces.iter().rposition(is_digit)) else {
        let literals = pieces.iter().map(|p| if let Piece::Literal(s) = p { s.as_str() } else { "" });
        return Some(literals.collect());
    };
    let outside = pieces.get(..first).into_iter().chain(pieces.get(last + 1..)).flatten();
    let inside = pieces.get(first..=last).unwrap_or_default();
    if outside.clone().any(|p| *p == Piece::Comma) {
        return None; // scaling by thousands
    }
    let literal = |p: &Piece| if let Piece::Literal(s) = p { s.clone() } else { String::new() };
    let before: String = pieces.get(..first).unwrap_or_default().iter().map(literal).collect();
    let after: String = pieces.get(last + 1..).unwrap_or_default().iter().map(literal).collect();
    if inside.contains(&Piece::Comma) {
        if inside.iter().any(|p| matches!(p, Piece::Literal(_))) {
            return None;
        }
        let zeros = inside.iter().filter(|p| **p == Piece::Digit('0')).count();
        let padded = format!("{digits:0>zeros$}");
        let mut grouped = String::new();
        for (i, d) in padded.chars().enumerate() {
            if i > 0 && (padded.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(d);
        }
        return Some(format!("{before}{grouped}{after}"));
    }
    let mut rest = digits;
    let mut out = Vec::new();
    for (i, piece) in inside.iter().enumerate().rev() {
        match piece {
            Piece::Literal(s) => out.push(s.clone()),
            Piece::Comma => {}
            Piece::Digit(kind) => {
                let take = if i == 0 { rest.len() } else { rest.len().min(1) };
                let (left, taken) = rest.split_at_checked(rest.len() - take)?;
                rest = left;
                out.push(match (taken, kind) {
                    ("", '0') => "0".to_string(),
                    ("", '?') => " ".to_string(),
                    (taken, _) => taken.to_string(),
                });
            }
        }
    }
    out.reverse();
    Some(format!("{before}{}{after}", out.concat()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_take_their_number_format() {
        let cases = [
            ("000000", 123, "000123"),
            ("000000", 1234567, "1234567"),
            ("0", 13812345678, "13812345678"),
            ("\"E\"0000", 12, "E0012"),
            ("\\E0000", 12, "E0012"),
            ("000-0000-0000", 13812345678, "138-1234-5678"),
            ("#,##0", 1234567, "1,234,567"),
            ("#,##0", 0, "0"),
            ("[Red]000;[Blue](000)", -7, "(007)"),
            ("000", -7, "-007"),
            ("0_);(0)", 5, "5 "),
            ("[$¥-804]#,##0", 1200, "¥1,200"),
            ("#", 0, ""),
        ];
        for (code, n, shown) in cases {
            assert_eq!(formatted(n, code).as_deref(), Some(shown), "{code} {n}");
        }
        for code in ["General", "@", "0.00", "0%", "0.00E+00", "# ?/?", "yyyy-mm-dd", "[>=100]000", "#,"] {
            assert_eq!(formatted(5, code), None, "{code}");
        }
        assert_eq!(integer(123, Some("General")), "123");
    }

    #[test]
    fn numbers_read_as_excel_shows_them() {
        assert_eq!(number(13812345678.0, None), "13812345678");
        assert_eq!(number(123.0, Some("000000")), "000123");
        assert_eq!(number(-0.0, None), "0");
        assert_eq!(number(2.5, Some("000000")), "2.5");
        assert_eq!(number(0.1, None), "0.1");
        // 15 digits are kept; from 16 on Excel has rounded.
        assert_eq!(number(999_999_999_999_999.0, None), "999999999999999");
        assert_eq!(number(123_456_789_012_345_678.0, None), "1.23456789012346E+17");
        assert_eq!(number(1e17, Some("000000")), "1E+17");
        assert_eq!(text(&Data::Int(123_456_789_012_345_678), None), "1.23456789012346E+17");
        assert_eq!(number(-2.5e-7, None), "-0.00000025");
        assert_eq!(scientific(1.5e-20), "1.5E-20");
        assert!(crate::validate::is_scientific_notation(&number(110_101_199_001_011_234.0, None)));
    }

    #[test]
    fn other_cells_read_as_excel_shows_them() {
        use calamine::{CellErrorType, ExcelDateTime, ExcelDateTimeType};
        let day = |serial| Data::DateTime(ExcelDateTime::new(serial, ExcelDateTimeType::DateTime, false));
        assert_eq!(text(&day(46568.0), None), "2027-06-30");
        assert_eq!(text(&day(46568.395833333336), None), "2027-06-30T09:30:00");
        assert_eq!(text(&day(0.5), None), "12:00:00");
        assert_eq!(text(&day(1e300), None), "1E+300", "out of Excel's dates: the number");
        assert_eq!(text(&day(f64::NAN), None), "NaN");
        let long = Data::DateTime(ExcelDateTime::new(1.5, ExcelDateTimeType::TimeDelta, false));
        assert_eq!(text(&long, None), "36:00:00");
        assert_eq!(text(&Data::Bool(true), None), "TRUE");
        assert_eq!(text(&Data::Error(CellErrorType::NA), None), "#N/A");
        assert_eq!(text(&Data::DateTimeIso("2027-06-30".into()), None), "2027-06-30");
        assert_eq!(text(&Data::String(" 张三 ".into()), Some("000")), " 张三 ");
    }
}
