//! Reading the file `user import` is given, whatever made it: delimited
//! text as Excel saves it (UTF-8, GB18030 or UTF-16, `,` `;` or tab, title
//! lines above the header), a workbook (`.xlsx`, `.xlsm`, `.xls`, `.ods`), or
//! the JSON array `user export --format json` writes. The kind is told from
//! the content, not the name (`sniff`); each becomes one [`Table`]: what was
//! detected, the header, and the rows as text, read once and streamed.
//!
//! What the columns mean is not known here: the pipeline (`import`) gives
//! the test for a header line and maps, trims and validates the cells.

mod json;
mod sniff;
mod text;
mod workbook;

use std::fs::File;
use std::io;
use std::path::Path;

use crate::error::{Error, Result};
use sniff::Kind;

/// `--encoding`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    /// A byte-order mark, else valid UTF-8, else GB18030.
    #[default]
    Auto,
    /// UTF-8 (a BOM is skipped).
    Utf8,
    /// GB18030 (covers GBK and GB2312).
    Gb18030,
    /// UTF-16; little-endian unless a BOM says otherwise.
    Utf16,
}

impl Encoding {
    /// As written on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Auto => "auto",
            Encoding::Utf8 => "utf-8",
            Encoding::Gb18030 => "gb18030",
            Encoding::Utf16 => "utf-16",
        }
    }
}

/// `--delimiter`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Delimiter {
    /// `,` `;` or tab: the one that finds the header line, with most cells on it.
    #[default]
    Auto,
    /// A given byte.
    Byte(u8),
}

/// What kind of file an import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Delimited text.
    Csv,
    /// Office Open XML workbook (`.xlsx`, `.xlsm`).
    Xlsx,
    /// Legacy Excel workbook (`.xls`).
    Xls,
    /// OpenDocument spreadsheet (`.ods`).
    Ods,
    /// The array `user export --format json` writes.
    Json,
}

impl Format {
    /// The name shown in the preview.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::Xlsx => "xlsx",
            Format::Xls => "xls",
            Format::Ods => "ods",
            Format::Json => "JSON",
        }
    }
}

/// How to read the file (`--encoding`, `--delimiter`, `--sheet`, `--header-line`).
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// `--encoding` (text files).
    pub encoding: Encoding,
    /// `--delimiter` (text files).
    pub delimiter: Delimiter,
    /// `--sheet NAME` (workbooks; default the first sheet).
    pub sheet: Option<String>,
    /// `--header-line N`: the header's line (1-based); default detected.
    pub header_line: Option<u64>,
}

/// One data row: its cells as text, untrimmed, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The line an editor shows (CSV: the physical line the record starts
    /// on, whatever the line endings), the row number Excel shows
    /// (workbook), or the element's position, from 1 (JSON).
    pub line: u64,
    /// Cells as text.
    pub cells: Vec<String>,
}

/// The rows after the header, in file order; blank rows are left out.
pub type Rows = Box<dyn Iterator<Item = Result<Row>> + Send>;

/// A file opened for import: what was detected, the header, and the rows.
pub struct Table {
    /// The kind of file.
    pub format: Format,
    /// Text files: the encoding read (`UTF-8`, `gb18030`, `UTF-16LE`).
    pub encoding: Option<&'static str>,
    /// Text files: the delimiter.
    pub delimiter: Option<u8>,
    /// Workbooks: the sheet read.
    pub sheet: Option<String>,
    /// The header's line (as [`Row::line`]).
    pub header_line: u64,
    /// The header cells.
    pub headers: Vec<String>,
    /// The data rows.
    pub rows: Rows,
}

/// How many lines are searched for the header.
pub const HEADER_SEARCH: u64 = 10;

/// What `user import` reads, for hints.
const READABLE: &str = "user import reads CSV (UTF-8, GBK or UTF-16), .xlsx, .xlsm, .xls and .ods workbooks, and the JSON of `user export --format json`";

/// Opens `path` for import, reading it once: the rows stream from the file.
///
/// The kind of file is told from its first bytes. The header is the first
/// of the first [`HEADER_SEARCH`] lines (workbook rows) for which
/// `is_header` holds, so title lines above it are skipped, or the line
/// `opts.header_line` names. A JSON export has no header line: its headers
/// are the keys of its objects and [`Table::header_line`] is 0.
///
/// Errors: `--sheet` naming no sheet of the workbook, or given for a file
/// that is not one, and `--header-line` for JSON, are usage errors (exit 2);
/// a file that cannot be read as what it is (bytes not valid in the
/// encoding, no header line, not a workbook, JSON that is not an array of
/// objects) is invalid data (exit 5); I/O failures are storage errors (exit 8).
/// A row that cannot be read later comes out of [`Table::rows`] as an error,
/// after which the rows end.
pub fn open(path: &Path, opts: &ReadOptions, is_header: &dyn Fn(&[String]) -> bool) -> Result<Table> {
    if opts.header_line == Some(0) {
        return Err(Error::usage("--header-line 0: lines are counted from 1"));
    }
    let mut file = File::open(path).map_err(|e| io_err(path, e))?;
    let head = sniff::read_head(&mut file).map_err(|e| io_err(path, e))?;
    let kind = sniff::kind(&head, opts.encoding);
    if let Some(sheet) = &opts.sheet
        && !matches!(kind, Kind::Zip | Kind::Ole)
    {
        let what = if kind == Kind::Json { "a JSON file" } else { "not a workbook" };
        return Err(Error::usage(format!("--sheet {sheet}: {} is {what}", path.display()))
            .hint("--sheet chooses a sheet of an .xlsx, .xlsm, .xls or .ods file"));
    }
    match kind {
        Kind::Empty => Err(Error::invalid(format!("{}: the file is empty", path.display()))),
        Kind::Junk(what) => Err(Error::invalid(format!("{}: {what}, not an employee list", path.display()))
            .hint(READABLE)
            .hint("save the list from Excel as .xlsx or as CSV")),
        Kind::Zip | Kind::Ole => workbook::open(path, head, file, kind, opts, is_header),
        Kind::Json => json::open(path, head, file, opts),
        Kind::Text => text::open(path, head, file, opts, is_header),
    }
}

fn io_err(path: &Path, err: io::Error) -> Error {
    Error::storage(format!("cannot read {}: {err}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Kind as ErrorKind;
    use encoding_rs::GB18030;
    use std::io::Write;

    fn file(bytes: &[u8]) -> tempfile::NamedTempFile {
        let mut f = tempfile::NamedTempFile::new().expect("temp file");
        f.write_all(bytes).expect("write");
        f
    }

    fn fixture(name: &str) -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
    }

    /// A header names a person: what the pipeline's test amounts to here.
    fn is_header(cells: &[String]) -> bool {
        let known = ["姓名", "员工姓名", "name", "邮箱", "email", "e-mail", "username"];
        cells.iter().any(|c| known.contains(&c.trim().to_lowercase().as_str()))
    }

    fn read(path: &Path, opts: &ReadOptions) -> Result<(Table, Vec<Row>)> {
        let mut table = open(path, opts, &is_header)?;
        let rows = std::mem::replace(&mut table.rows, Box::new(std::iter::empty()));
        Ok((table, rows.collect::<Result<Vec<_>>>()?))
    }

    #[track_caller]
    fn read_ok(path: &Path, opts: &ReadOptions) -> (Table, Vec<Row>) {
        match read(path, opts) {
            Ok(read) => read,
            Err(e) => panic!("{}: {} {:?}", path.display(), e.message, e.hints),
        }
    }

    #[track_caller]
    fn read_err(path: &Path, opts: &ReadOptions) -> Error {
        match read(path, opts) {
            Ok((table, _)) => panic!("{}: read, header {:?}", path.display(), table.headers),
            Err(e) => e,
        }
    }

    fn lines(rows: &[Row]) -> Vec<u64> {
        rows.iter().map(|r| r.line).collect()
    }

    fn cell<'a>(table: &Table, row: &'a Row, header: &str) -> &'a str {
        let at = table.headers.iter().position(|h| h == header).unwrap_or(usize::MAX);
        row.cells.get(at).map_or("(none)", String::as_str)
    }

    #[test]
    fn a_gbk_export_with_title_lines_and_windows_line_endings() {
        let (table, rows) = read_ok(&fixture("employees-gbk-titled.csv"), &ReadOptions::default());
        assert_eq!((table.format, table.encoding, table.delimiter), (Format::Csv, Some("gb18030"), Some(b',')));
        assert_eq!(table.header_line, 4, "after 员工花名册, 导出时间 and a blank line");
        assert_eq!(table.headers, ["姓名", "邮箱", "手机号码", "工号", "部门", "职位", "到期日"]);
        assert_eq!(lines(&rows), [5, 6, 9], "李四's title spans lines 6 and 7; line 8 is all commas, a blank row");
        assert_eq!(cell(&table, &rows[1], "职位"), "销售经理\r\n（华东）");
        assert_eq!(cell(&table, &rows[2], "到期日"), "2027年12月31日");
    }

    /// Regression: with `\r\n` line endings every row was reported one line
    /// too low, because the csv crate places a record before the `\n` of the
    /// line above, counts `\n` only, and places a record after blank lines
    /// on the first of them.
    #[test]
    fn rows_are_on_the_line_an_editor_shows_whatever_the_line_endings() {
        for ending in ["\n", "\r\n", "\r"] {
            let text = [
                "staff list",
                "name,email,title",
                "zs,zs@example.com,rep",
                "ls,ls@example.com,\"lead",
                "north\"",
                "",
                "",
                "ww,ww@example.com,  accountant ",
                "",
            ]
            .join(ending);
            let f = file(text.as_bytes());
            let (table, rows) = read_ok(f.path(), &ReadOptions::default());
            assert_eq!(table.header_line, 2, "{ending:?}");
            assert_eq!(lines(&rows), [3, 4, 8], "{ending:?}");
            assert_eq!(rows[1].cells[2], format!("lead{ending}north"), "{ending:?}");
            assert_eq!(rows[2].cells[2], "  accountant ", "{ending:?}: cells are left untrimmed");
        }
    }

    #[test]
    fn lines_stay_right_over_many_reads() {
        let mut text = String::from("name,email,note\r\n");
        for i in 0..30_000 {
            if i % 1000 == 0 {
                text.push_str(&format!("u{i},u{i}@example.com,\"two\r\nlines\"\r\n"));
            } else {
                text.push_str(&format!("u{i},u{i}@example.com,x\r\n"));
            }
        }
        let f = file(text.as_bytes());
        let (_, rows) = read_ok(f.path(), &ReadOptions::default());
        let mut line = 2;
        for (i, row) in rows.iter().enumerate() {
            assert_eq!((row.line, &row.cells[0]), (line, &format!("u{i}")));
            line += if i % 1000 == 0 { 2 } else { 1 };
        }
        assert_eq!(rows.len(), 30_000);
    }

    #[test]
    fn the_header_is_searched_for_and_can_be_given() {
        let f = file(
            "员工花名册\n导出时间: 2026-11-20, 09:30; 共 2 人\n姓名;邮箱;部门\n张三;zs@example.com;销售部\n".as_bytes(),
        );
        let (table, rows) = read_ok(f.path(), &ReadOptions::default());
        assert_eq!((table.header_line, table.delimiter), (3, Some(b';')), "the title's , and ; do not count");
        assert_eq!(table.headers, ["姓名", "邮箱", "部门"]);
        assert_eq!(lines(&rows), [4]);

        let opts = ReadOptions { header_line: Some(2), ..ReadOptions::default() };
        let (table, rows) = read_ok(f.path(), &opts);
        assert_eq!(table.header_line, 2);
        assert_eq!(lines(&rows), [3, 4]);

        let far = format!("{}name,email\nzs,zs@example.com\n", "title\n".repeat(10));
        let f = file(far.as_bytes());
        let err = read_err(f.path(), &ReadOptions::default());
        assert_eq!(err.kind, ErrorKind::Invalid);
        assert!(
            err.message.ends_with(
                "no header line with a name or email column in the first 10 lines (read as CSV in UTF-8, delimiters ',' ';' tab tried)"
            ),
            "{}",
            err.message
        );
        assert!(err.hints.iter().any(|h| h.contains("--header-line N")));
        let opts = ReadOptions { header_line: Some(11), ..ReadOptions::default() };
        assert_eq!(read_ok(f.path(), &opts).0.header_line, 11, "--header-line reaches past the first 10 lines");
        let opts = ReadOptions { header_line: Some(40), delimiter: Delimiter::Byte(b','), ..ReadOptions::default() };
        let err = read_err(f.path(), &opts);
        assert!(
            err.message.ends_with("--header-line 40: the file has 12 lines (read as CSV in UTF-8, delimiter ',')"),
            "{}",
            err.message
        );
    }

    #[test]
    fn excel_unicode_text_and_the_other_csv_fixtures() {
        let (table, rows) = read_ok(&fixture("employees-unicode.txt"), &ReadOptions::default());
        assert_eq!((table.encoding, table.delimiter, table.header_line), (Some("UTF-16LE"), Some(b'\t'), 1));
        assert_eq!(table.headers, ["姓名", "邮箱", "手机号码", "部门"]);
        assert_eq!(lines(&rows), [2, 3]);
        assert_eq!(rows[1].cells, ["Zoë Brontë", "zoe@example.com", "", "市场部"]);

        for (name, encoding, delimiter, count) in [
            ("employees-utf8.csv", "UTF-8", b',', 3),
            ("employees-bom-semicolon.csv", "UTF-8", b';', 2),
            ("employees-gbk.csv", "gb18030", b',', 3),
            ("employees-utf16.csv", "UTF-16LE", b'\t', 2),
        ] {
            let (table, rows) = read_ok(&fixture(name), &ReadOptions::default());
            assert_eq!(
                (table.encoding, table.delimiter, rows.len()),
                (Some(encoding), Some(delimiter), count),
                "{name}"
            );
        }
    }

    #[test]
    fn a_forced_encoding_that_does_not_fit_is_named() {
        let gbk = fixture("employees-gbk-titled.csv");
        let err = read_err(&gbk, &ReadOptions { encoding: Encoding::Utf8, ..ReadOptions::default() });
        assert_eq!(err.kind, ErrorKind::Invalid);
        assert!(err.message.ends_with("employees-gbk-titled.csv: not valid UTF-8 at line 1"), "{}", err.message);
        assert!(err.hints.iter().any(|h| h.contains("--encoding auto or --encoding gb18030")), "{:?}", err.hints);

        // GB18030 reads most UTF-8 without an error, as nonsense: no header turns up.
        let utf8 = fixture("employees-utf8.csv");
        let err = read_err(&utf8, &ReadOptions { encoding: Encoding::Gb18030, ..ReadOptions::default() });
        assert_eq!(err.kind, ErrorKind::Invalid);
        assert!(err.message.ends_with(": the file is UTF-8, not gb18030"), "{}", err.message);
        assert!(err.hints.iter().any(|h| h.contains("--encoding auto")), "{:?}", err.hints);

        let err = read_err(
            &fixture("employees-bom-semicolon.csv"),
            &ReadOptions { encoding: Encoding::Utf16, ..ReadOptions::default() },
        );
        assert!(
            err.message.ends_with("--encoding utf-16: the file starts with a UTF-8 byte-order mark"),
            "{}",
            err.message
        );

        // Right encoding, damaged bytes far down: the row reading them fails.
        let mut bytes = GB18030.encode(&"姓名,邮箱\r\n张三,zs@example.com\r\n".repeat(20_000)).0.into_owned();
        bytes.extend_from_slice(b"\xD5\xC5\xFF,x@example.com\r\n");
        let f = file(&bytes);
        let mut table = open(f.path(), &ReadOptions::default(), &is_header).expect("opens");
        let failed = table.rows.by_ref().find_map(|r| r.err());
        assert_eq!(
            failed.map(|e| e.message).unwrap_or_default(),
            format!("{}: not valid gb18030 at line 40001", f.path().display())
        );
        assert!(table.rows.next().is_none(), "the rows end after an error");
    }

    #[test]
    fn an_xlsx_reads_as_excel_shows_it() {
        let (table, rows) = read_ok(&fixture("employees.xlsx"), &ReadOptions::default());
        assert_eq!((table.format, table.sheet.as_deref(), table.encoding), (Format::Xlsx, Some("花名册"), None));
        assert_eq!(table.header_line, 3, "below the title row and the export time");
        assert_eq!(table.headers, ["姓名", "邮箱", "手机号码", "工号", "身份证号", "部门", "到期日", "在职", "备注"]);
        assert_eq!(lines(&rows), [4, 5, 7], "row 6 is blank");
        let zs = &rows[0];
        assert_eq!(cell(&table, zs, "手机号码"), "13812345678");
        assert_eq!(cell(&table, zs, "工号"), "000123", "number format 000000");
        assert_eq!(cell(&table, zs, "身份证号"), "1.10101199001011E+17", "18 digits Excel has rounded");
        assert!(crate::validate::is_scientific_notation(cell(&table, zs, "身份证号")));
        assert_eq!(cell(&table, zs, "到期日"), "2027-06-30");
        assert_eq!(cell(&table, zs, "在职"), "TRUE");
        assert_eq!(cell(&table, zs, "备注"), "");
        let ls = &rows[1];
        assert_eq!(cell(&table, ls, "工号"), "004567");
        assert_eq!(cell(&table, ls, "身份证号"), "110101199202022345", "stored as text");
        assert_eq!(cell(&table, ls, "到期日"), "2027-06-30T09:30:00");
        assert_eq!((cell(&table, ls, "在职"), cell(&table, ls, "备注")), ("FALSE", "#N/A"));
        assert_eq!(cell(&table, &rows[2], "工号"), "000089");
    }

    #[test]
    fn sheets_are_chosen_by_name_and_rows_numbered_as_excel_does() {
        let xlsx = fixture("employees.xlsx");
        let opts = ReadOptions { sheet: Some("离职".into()), ..ReadOptions::default() };
        let (table, rows) = read_ok(&xlsx, &opts);
        assert_eq!((table.sheet.as_deref(), table.header_line), (Some("离职"), 2), "cells start at B2");
        assert_eq!(table.headers, ["姓名", "邮箱"]);
        assert_eq!(lines(&rows), [3]);
        assert_eq!(rows[0].cells, ["赵六", "zhao.liu@example.com"]);

        let opts = ReadOptions { sheet: Some("Sheet1".into()), ..ReadOptions::default() };
        let err = read_err(&xlsx, &opts);
        assert_eq!(err.kind, ErrorKind::Usage);
        assert!(err.message.ends_with("employees.xlsx has no sheet 'Sheet1'"), "{}", err.message);
        assert_eq!(err.hints, ["the sheets are '花名册', '离职'"]);

        let err = read_err(&fixture("employees-utf8.csv"), &opts);
        assert_eq!(err.kind, ErrorKind::Usage, "--sheet for a CSV file");

        let opts = ReadOptions { header_line: Some(4), ..ReadOptions::default() };
        let (table, rows) = read_ok(&xlsx, &opts);
        assert_eq!((table.header_line, lines(&rows)), (4, vec![5, 7]));
        let opts = ReadOptions { header_line: Some(99), ..ReadOptions::default() };
        assert!(
            read_err(&xlsx, &opts).message.contains("row 99 of sheet '花名册' is empty (its cells are in rows 1 to 7)")
        );
        let opts = ReadOptions { header_line: Some(6), ..ReadOptions::default() };
        assert!(read_err(&xlsx, &opts).message.ends_with("--header-line 6: row 6 of sheet '花名册' is blank"));
        let opts = ReadOptions { header_line: Some(0), ..ReadOptions::default() };
        assert_eq!(read_err(&xlsx, &opts).kind, ErrorKind::Usage);
    }

    #[test]
    fn ods_and_xls_workbooks_read_without_number_formats() {
        // calamine reads number formats from xlsx only: 工号 123 is not padded here.
        for (name, format) in [("employees.ods", Format::Ods), ("employees.xls", Format::Xls)] {
            let (table, rows) = read_ok(&fixture(name), &ReadOptions::default());
            assert_eq!((table.format, table.header_line, lines(&rows)), (format, 2, vec![3]), "{name}");
            let zs = &rows[0];
            assert_eq!(cell(&table, zs, "手机号码"), "13812345678", "{name}");
            assert_eq!(cell(&table, zs, "工号"), "123", "{name}");
            assert_eq!(cell(&table, zs, "身份证号"), "1.10101199001011E+17", "{name}");
            assert_eq!(cell(&table, zs, "到期日"), "2027-06-30", "{name}");
        }
    }

    #[test]
    fn a_json_export_reads_as_its_csv() {
        let (table, rows) = read_ok(&fixture("export.json"), &ReadOptions::default());
        assert_eq!((table.format, table.header_line, table.delimiter), (Format::Json, 0, None));
        assert_eq!(table.headers.len(), 17);
        assert_eq!(table.headers.first().map(String::as_str), Some("id"));
        assert_eq!(lines(&rows), [1, 2]);
        let zs = &rows[0];
        assert_eq!(cell(&table, zs, "id"), "3");
        assert_eq!(cell(&table, zs, "roles"), "sales-rep;sales-manager@销售部/华东区 until 2027-06-30");
        assert_eq!((cell(&table, zs, "must_change_password"), cell(&table, zs, "mfa")), ("false", "true"));
        assert_eq!(cell(&table, zs, "last_login_at"), "");
        assert_eq!((cell(&table, &rows[1], "roles"), cell(&table, &rows[1], "phone")), ("", ""));

        // Keys first seen later come last; empty objects are blank rows.
        let f = file(
            "\u{feff}[{\"username\": \"zs\", \"email\": \"zs@example.com\"}, {}, {\"email\": \"ls@example.com\", \"password_hash\": \"$2b$12$x\"}]"
                .as_bytes(),
        );
        let (table, rows) = read_ok(f.path(), &ReadOptions::default());
        assert_eq!(table.headers, ["username", "email", "password_hash"]);
        assert_eq!(lines(&rows), [1, 3]);
        assert_eq!(rows[1].cells, ["", "ls@example.com", "$2b$12$x"]);
    }

    #[test]
    fn json_that_is_not_an_array_of_users_is_refused() {
        for (json, says) in [
            ("{\"username\": \"zs\"}", "a JSON object, not an array of users"),
            ("[{\"username\": \"zs\"}, 7]", "element 2 of the array is a JSON number, not a user object"),
            ("[{\"username\": \"zs\",", "not valid JSON: EOF while parsing"),
        ] {
            let f = file(json.as_bytes());
            let err = read_err(f.path(), &ReadOptions::default());
            assert_eq!(err.kind, ErrorKind::Invalid, "{json}");
            assert!(err.message.contains(says), "{json}: {}", err.message);
            assert!(err.hints.iter().any(|h| h.contains("user export --format json")), "{json}");
        }
        let f = file(b"[{\"username\": \"zs\", \"name\": {\"given\": \"San\"}}]");
        let err = read_err(f.path(), &ReadOptions::default());
        assert!(err.message.ends_with("user 1: 'name' is a JSON object, not text"), "{}", err.message);
        let err = read_err(f.path(), &ReadOptions { header_line: Some(1), ..ReadOptions::default() });
        assert_eq!(err.kind, ErrorKind::Usage);
    }

    #[test]
    fn files_that_are_no_employee_list_say_what_they_look_like() {
        for (bytes, says) in [
            (&b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..], "a PNG image, not an employee list"),
            (b"%PDF-1.7\n", "a PDF document, not an employee list"),
            (b"<html><table><tr><td>name</td></tr></table></html>", "an HTML or XML page"),
            (b"name,email\n\0\0\0\0", "a binary file"),
            (b"", "the file is empty"),
        ] {
            let f = file(bytes);
            let err = read_err(f.path(), &ReadOptions::default());
            assert_eq!(err.kind, ErrorKind::Invalid, "{says}");
            assert!(err.message.contains(says), "{}", err.message);
        }
        let err = read_err(&fixture("not-a-workbook.zip"), &ReadOptions::default());
        assert!(err.message.ends_with("a zip archive that is not a workbook"), "{}", err.message);
        assert!(err.hints.iter().any(|h| h.contains(".xlsx")));
        let err = read_err(Path::new("/nonexistent/staff.csv"), &ReadOptions::default());
        assert_eq!(err.kind, ErrorKind::Storage);

        // A damaged workbook: an xlsx cut in half.
        let whole = std::fs::read(fixture("employees.xlsx")).unwrap_or_default();
        let f = file(whole.get(..whole.len() / 2).unwrap_or_default());
        let err = read_err(f.path(), &ReadOptions::default());
        assert_eq!(err.kind, ErrorKind::Invalid);
        assert!(err.message.contains("not a readable xlsx workbook"), "{}", err.message);
    }
}
