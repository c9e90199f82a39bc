//! Reading an employee file as Excel writes it: encoding detection (a BOM
//! wins, else valid UTF-8, else GB18030, which covers GBK), delimiter
//! detection from the header line, and a UTF-8 byte stream for the CSV reader.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use encoding_rs::{Encoding as Codec, GB18030, UTF_8, UTF_16BE, UTF_16LE};
use encoding_rs_io::DecodeReaderBytesBuilder;

use crate::error::{Error, Result};

/// `--encoding`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    /// BOM, else valid UTF-8, else GB18030.
    #[default]
    Auto,
    /// UTF-8 (a BOM is skipped).
    Utf8,
    /// GB18030 (covers GBK and GB2312).
    Gb18030,
    /// UTF-16; little-endian unless a BOM says otherwise.
    Utf16,
}

/// `--delimiter`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Delimiter {
    /// The most frequent of `,` `;` tab in the header line.
    #[default]
    Auto,
    /// A given byte.
    Byte(u8),
}

/// What was detected, for the preview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Detected {
    /// The encoding read.
    pub encoding: &'static Codec,
    /// The delimiter used.
    pub delimiter: u8,
}

impl Detected {
    /// The encoding's name as shown: `UTF-8`, `UTF-16LE`, `gb18030`.
    pub fn encoding_name(&self) -> &'static str {
        self.encoding.name()
    }
}

fn io_err(path: &Path, err: io::Error) -> Error {
    Error::storage(format!("cannot read {}: {err}", path.display()))
}

/// Whether a whole file is valid UTF-8, read in chunks.
fn is_utf8(path: &Path) -> Result<bool> {
    let mut file = File::open(path).map_err(|e| io_err(path, e))?;
    let mut buf = vec![0u8; 1 << 16];
    let mut carry = 0usize;
    loop {
        let n = file.read(&mut buf[carry..]).map_err(|e| io_err(path, e))?;
        let end = carry + n;
        match std::str::from_utf8(&buf[..end]) {
            Ok(_) => carry = 0,
            Err(e) if e.error_len().is_none() && n > 0 => {
                // A character cut at the chunk boundary: keep its bytes.
                let valid = e.valid_up_to();
                buf.copy_within(valid..end, 0);
                carry = end - valid;
            }
            Err(_) => return Ok(false),
        }
        if n == 0 {
            return Ok(carry == 0);
        }
    }
}

fn sniff_bom(path: &Path) -> Result<Option<&'static Codec>> {
    let mut head = [0u8; 3];
    let mut file = File::open(path).map_err(|e| io_err(path, e))?;
    let mut got = 0;
    while got < 3 {
        let n = file.read(&mut head[got..]).map_err(|e| io_err(path, e))?;
        if n == 0 {
            break;
        }
        got += n;
    }
    Ok(Codec::for_bom(&head[..got]).map(|(codec, _)| codec))
}

/// Picks the encoding of `path`.
pub fn detect_encoding(path: &Path, wanted: Encoding) -> Result<&'static Codec> {
    let bom = sniff_bom(path)?;
    Ok(match wanted {
        Encoding::Utf8 => UTF_8,
        Encoding::Gb18030 => GB18030,
        Encoding::Utf16 => match bom {
            Some(codec) if codec == UTF_16BE => UTF_16BE,
            _ => UTF_16LE,
        },
        Encoding::Auto => match bom {
            Some(codec) => codec,
            None if is_utf8(path)? => UTF_8,
            None => GB18030,
        },
    })
}

/// The file as a UTF-8 stream, BOM removed.
pub fn open_decoded(path: &Path, codec: &'static Codec) -> Result<Box<dyn Read + Send>> {
    let file = File::open(path).map_err(|e| io_err(path, e))?;
    let reader = DecodeReaderBytesBuilder::new()
        .encoding(Some(codec))
        .bom_override(true)
        .strip_bom(true)
        .utf8_passthru(codec == UTF_8)
        .build(BufReader::with_capacity(1 << 16, file));
    Ok(Box::new(reader))
}

/// The delimiter: `,`, `;` or tab, whichever the header line has most of
/// outside quotes (`,` when none).
pub fn detect_delimiter(path: &Path, codec: &'static Codec, wanted: Delimiter) -> Result<u8> {
    if let Delimiter::Byte(b) = wanted {
        return Ok(b);
    }
    let mut reader = BufReader::new(open_decoded(path, codec)?.take(1 << 20));
    let mut line = Vec::new();
    reader.read_until(b'\n', &mut line).map_err(|e| io_err(path, e))?;
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for &b in &line {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (d, n) in counts.iter_mut() {
                if b == *d {
                    *n += 1;
                }
            }
        }
    }
    let best = counts.iter().max_by_key(|(d, n)| (*n, *d == b',')).map(|(d, _)| *d).unwrap_or(b',');
    Ok(best)
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

/// Opens `path` for import. The header is the first of the first
/// [`HEADER_SEARCH`] lines for which `is_header` holds (title lines above it
/// are skipped), or `opts.header_line`.
pub fn open(path: &Path, opts: &ReadOptions, is_header: &dyn Fn(&[String]) -> bool) -> Result<Table> {
    let codec = detect_encoding(path, opts.encoding)?;
    let delimiter = detect_delimiter(path, codec, opts.delimiter)?;
    let mut records = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(open_decoded(path, codec)?)
        .into_records();
    let mut header = None;
    for record in records.by_ref() {
        let record = record.map_err(|e| csv_err(path, e))?;
        let line = record.position().map_or(0, |p| p.line());
        let cells: Vec<String> = record.iter().map(str::to_string).collect();
        let wanted = match opts.header_line {
            Some(n) => line >= n,
            None => is_header(&cells),
        };
        if wanted {
            header = Some((line, cells));
            break;
        }
        if opts.header_line.is_none() && line >= HEADER_SEARCH {
            break;
        }
    }
    let (header_line, headers) = header.ok_or_else(|| {
        Error::invalid(format!("{}: no header line with a name or email column", path.display()))
            .hint("name the columns as usual (姓名/name, 邮箱/email), map one with --map, or give --header-line N")
    })?;
    let owned = path.to_path_buf();
    let rows = records.filter_map(move |record| match record {
        Err(e) => Some(Err(csv_err(&owned, e))),
        Ok(r) if r.iter().all(|c| c.trim().is_empty()) => None,
        Ok(r) => {
            Some(Ok(Row { line: r.position().map_or(0, |p| p.line()), cells: r.iter().map(str::to_string).collect() }))
        }
    });
    Ok(Table {
        format: Format::Csv,
        encoding: Some(codec.name()),
        delimiter: Some(delimiter),
        sheet: None,
        header_line,
        headers,
        rows: Box::new(rows),
    })
}

fn csv_err(path: &Path, err: csv::Error) -> Error {
    let line = err.position().map(|p| format!(" at line {}", p.line())).unwrap_or_default();
    Error::invalid(format!("{}: not readable as CSV{line}: {err}", path.display()))
        .hint("check --encoding and --delimiter; `--dry-run` shows what was detected")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn file(bytes: &[u8]) -> tempfile::NamedTempFile {
        let mut f = tempfile::NamedTempFile::new().expect("temp file");
        f.write_all(bytes).expect("write");
        f
    }

    fn read_all(path: &Path, codec: &'static Codec) -> String {
        let mut s = String::new();
        open_decoded(path, codec).and_then(|mut r| r.read_to_string(&mut s).map_err(Error::from)).expect("decode");
        s
    }

    #[test]
    fn encodings_are_detected() {
        let (gbk, _, _) = GB18030.encode("姓名,邮箱\n张三,zs@example.com\n");
        let f = file(&gbk);
        assert_eq!(detect_encoding(f.path(), Encoding::Auto).ok(), Some(GB18030));
        assert!(read_all(f.path(), GB18030).starts_with("姓名,邮箱"));

        let f = file("\u{feff}姓名;邮箱\n".as_bytes());
        assert_eq!(detect_encoding(f.path(), Encoding::Auto).ok(), Some(UTF_8));
        assert_eq!(read_all(f.path(), UTF_8), "姓名;邮箱\n", "the BOM is stripped");
        assert_eq!(detect_delimiter(f.path(), UTF_8, Delimiter::Auto).ok(), Some(b';'));

        let mut utf16 = vec![0xFF, 0xFE];
        for unit in "name\temail\n".encode_utf16() {
            utf16.extend_from_slice(&unit.to_le_bytes());
        }
        let f = file(&utf16);
        assert_eq!(detect_encoding(f.path(), Encoding::Auto).ok(), Some(UTF_16LE));
        assert_eq!(read_all(f.path(), UTF_16LE), "name\temail\n");
        assert_eq!(detect_delimiter(f.path(), UTF_16LE, Delimiter::Auto).ok(), Some(b'\t'));

        let f = file("name,email\n\"a;b;c\",x\n".as_bytes());
        assert_eq!(detect_encoding(f.path(), Encoding::Auto).ok(), Some(UTF_8));
        assert_eq!(detect_delimiter(f.path(), UTF_8, Delimiter::Auto).ok(), Some(b','));
    }

    #[test]
    fn utf8_validation_across_chunk_boundaries() {
        // A long run of 3-byte characters crosses every 64 KiB boundary mid-character.
        let text = "张".repeat(100_000);
        let f = file(text.as_bytes());
        assert!(is_utf8(f.path()).unwrap_or(false));
        let mut bad = text.into_bytes();
        bad.push(0xFF);
        let f = file(&bad);
        assert!(!is_utf8(f.path()).unwrap_or(true));
    }
}
