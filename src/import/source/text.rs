//! Delimited text as Excel and other programs save it. The bytes are
//! decoded as they are read (a byte-order mark wins, else valid UTF-8, else
//! GB18030), and bytes that are not valid in the encoding are an error that
//! names the line, not a U+FFFD in somebody's name. The header is searched
//! for with each of `,` `;` and tab on the first lines, held in memory; then
//! the `csv` crate streams the records, and every row is given the line an
//! editor shows for it.
//!
//! Why the lines are counted here: the `csv` crate takes a record's position
//! before the end of the line above is consumed when that line ends in
//! `\r\n` (the record ends at `\r`, the `\n` is skipped at the start of the
//! next read), it counts `\n` only, and a record after blank lines gets the
//! position of the first blank one. So with Windows line endings every row
//! was one line too low. [`LineIndex`] counts `\n`, `\r\n` and a lone `\r`
//! as an editor does, and puts a record on its first non-empty line.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, Chain, Cursor, Read};
use std::path::{Path, PathBuf};

use encoding_rs::{Decoder, DecoderResult, Encoding as Codec, GB18030, UTF_8, UTF_16BE, UTF_16LE};

use super::sniff::utf16_without_bom;
use super::{Delimiter, Encoding, Format, HEADER_SEARCH, ReadOptions, Row, Rows, Table, io_err};
use crate::error::{Error, Result};

/// The first lines are held in memory to search for the header: at least
/// this much of the file...
const PREFIX_MIN: usize = 64 * 1024;
/// ...and at most this much, when lines are very long or `--header-line` is far down.
const PREFIX_MAX: usize = 16 * 1024 * 1024;

/// The delimiters `--delimiter auto` tries, preferred in this order on a tie.
const CANDIDATES: [u8; 3] = [b',', b';', b'\t'];

/// Opens delimited text. `head` is the start of the file already read,
/// `rest` the file after it.
pub(super) fn open(
    path: &Path,
    head: Vec<u8>,
    rest: File,
    opts: &ReadOptions,
    is_header: &dyn Fn(&[String]) -> bool,
) -> Result<Table> {
    let mut text = Decoded::new(path, head, Box::new(rest), opts.encoding)?;
    let wanted = opts.header_line.unwrap_or(0).max(HEADER_SEARCH);

    // The first lines, decoded, with where each line starts.
    let mut prefix = Vec::new();
    let mut lines = LineIndex::default();
    let mut chunk = vec![0; 64 * 1024];
    let mut whole = false;
    while prefix.len() < PREFIX_MAX && (prefix.len() < PREFIX_MIN || lines.current() <= wanted) {
        let n = text.read(&mut chunk).map_err(|e| from_io(path, e))?;
        if n == 0 {
            whole = true;
            break;
        }
        let got = chunk.get(..n).unwrap_or_default();
        lines.feed(got);
        prefix.extend_from_slice(got);
    }

    let candidates = match opts.delimiter {
        Delimiter::Byte(b) => vec![b],
        Delimiter::Auto => CANDIDATES.to_vec(),
    };
    let mut best: Option<(u8, Found, (bool, usize))> = None;
    for &delimiter in &candidates {
        let Some(found) = find_header(&prefix, &lines, delimiter, opts.header_line, is_header) else { continue };
        // Forced to a line, prefer a delimiter that makes it look like a header.
        let score = (opts.header_line.is_none() || is_header(&found.cells), found.cells.len());
        if best.as_ref().is_none_or(|(_, _, s)| score > *s) {
            best = Some((delimiter, found, score));
        }
    }
    let Some((delimiter, found, _)) = best else {
        return Err(no_header(path, &text, &candidates, opts.header_line, &lines, whole));
    };

    let codec = text.codec;
    let mut rdr = reader(delimiter, Cursor::new(prefix).chain(text));
    let mut record = csv::StringRecord::new();
    for _ in 0..=found.before {
        if !rdr.read_record(&mut record).map_err(|e| csv_err(path, e))? {
            return Err(Error::invalid(format!("{}: the file ended while reading its header", path.display())));
        }
    }
    let rows = CsvRows { rdr, record, path: path.to_path_buf(), done: false };
    Ok(Table {
        format: Format::Csv,
        encoding: Some(codec.name()),
        delimiter: Some(delimiter),
        sheet: None,
        header_line: found.line,
        headers: found.cells,
        rows: Box::new(rows) as Rows,
    })
}

fn reader<R: Read>(delimiter: u8, input: R) -> csv::Reader<R> {
    csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).has_headers(false).from_reader(input)
}

/// The header a delimiter finds in the first lines.
struct Found {
    /// How many records come before it.
    before: usize,
    line: u64,
    cells: Vec<String>,
}

/// The first record starting on one of the first [`HEADER_SEARCH`] lines
/// that `is_header` accepts, or the one starting on line `forced`.
fn find_header(
    prefix: &[u8],
    lines: &LineIndex,
    delimiter: u8,
    forced: Option<u64>,
    is_header: &dyn Fn(&[String]) -> bool,
) -> Option<Found> {
    let mut lines = lines.clone();
    let mut rdr = reader(delimiter, prefix);
    let mut record = csv::ByteRecord::new();
    let mut before = 0;
    // The prefix may end inside a record; errors only happen there.
    while let Ok(true) = rdr.read_byte_record(&mut record) {
        let line = lines.line_at(record.position().map_or(0, |p| p.byte()));
        let cells = || record.iter().map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>();
        match forced {
            Some(n) if line == n => return Some(Found { before, line, cells: cells() }),
            Some(n) if line > n => return None,
            None if line > HEADER_SEARCH => return None,
            None => {
                let cells = cells();
                if is_header(&cells) {
                    return Some(Found { before, line, cells });
                }
            }
            Some(_) => {}
        }
        before += 1;
    }
    None
}

/// Why no header was found, saying how the file was read.
fn no_header(
    path: &Path,
    text: &Decoded,
    candidates: &[u8],
    forced: Option<u64>,
    lines: &LineIndex,
    whole: bool,
) -> Error {
    let tried = match candidates {
        [one] => format!("delimiter {}", shown(*one)),
        many => {
            let shown: Vec<String> = many.iter().map(|d| shown(*d)).collect();
            format!("delimiters {} tried", shown.join(" "))
        }
    };
    let how = format!("read as CSV in {}, {tried}", text.codec.name());
    let mut err = match forced {
        Some(n) if lines.current() <= n && !whole => Error::invalid(format!(
            "{}: --header-line {n}: line {n} is past the first {} MiB ({how})",
            path.display(),
            PREFIX_MAX >> 20
        )),
        Some(n) if lines.current() <= n => Error::invalid(format!(
            "{}: --header-line {n}: the file has {} lines ({how})",
            path.display(),
            lines.current().saturating_sub(u64::from(lines.ends_with_break())),
        )),
        Some(n) => Error::invalid(format!(
            "{}: --header-line {n}: no record starts on line {n}, which is blank or inside a quoted cell ({how})",
            path.display()
        )),
        None => Error::invalid(format!(
            "{}: no header line with a name or email column in the first {HEADER_SEARCH} lines ({how})",
            path.display()
        )),
    };
    if let Some(actual) = text.mismatch() {
        err.message.push_str(&format!(": the file is {actual}, not {}", text.codec.name()));
        err = err.hint("give --encoding auto, or leave --encoding out");
    } else if forced.is_none() {
        err =
            err.hint("name the columns as usual (姓名/name, 邮箱/email), map one with --map, or give --header-line N");
    }
    err
}

fn shown(delimiter: u8) -> String {
    match delimiter {
        b'\t' => "tab".to_string(),
        d => format!("'{}'", char::from(d)),
    }
}

/// The records after the header.
struct CsvRows {
    rdr: csv::Reader<Chain<Cursor<Vec<u8>>, Decoded>>,
    record: csv::StringRecord,
    path: PathBuf,
    /// After an error or the end: a csv reader that failed is not read again.
    done: bool,
}

impl Iterator for CsvRows {
    type Item = Result<Row>;

    fn next(&mut self) -> Option<Result<Row>> {
        while !self.done {
            match self.rdr.read_record(&mut self.record) {
                Ok(false) => self.done = true,
                Err(e) => {
                    self.done = true;
                    return Some(Err(csv_err(&self.path, e)));
                }
                Ok(true) if self.record.iter().all(|c| c.trim().is_empty()) => {}
                Ok(true) => {
                    let byte = self.record.position().map_or(0, |p| p.byte());
                    let line = self.rdr.get_mut().get_mut().1.lines.line_at(byte);
                    return Some(Ok(Row { line, cells: self.record.iter().map(str::to_string).collect() }));
                }
            }
        }
        None
    }
}

fn csv_err(path: &Path, err: csv::Error) -> Error {
    let message = err.to_string();
    match err.into_kind() {
        csv::ErrorKind::Io(e) => from_io(path, e),
        // Decoded text is valid UTF-8 and records may differ in length, so
        // this is not expected; the csv crate's own message says what it is.
        _ => Error::invalid(format!("{}: not readable as CSV: {message}", path.display()))
            .hint("check --encoding and --delimiter; `--dry-run` shows what was detected"),
    }
}

/// The error [`Decoded`] reported through `io::Read`, or an I/O failure.
fn from_io(path: &Path, err: io::Error) -> Error {
    if err.get_ref().is_some_and(|inner| inner.is::<Error>()) {
        if let Some(Ok(ours)) = err.into_inner().map(|inner| inner.downcast::<Error>()) {
            return *ours;
        }
        return Error::storage(format!("cannot read {}", path.display()));
    }
    io_err(path, err)
}

/// Where the lines are in a stream of bytes, as an editor counts them:
/// `\n`, `\r\n` and a lone `\r` each end one. It keeps where each non-empty
/// line starts, which is where a record can start, until asked about a
/// later offset: asked in stream order, it holds only the lines between the
/// record being read and what the reader has buffered after it.
#[derive(Debug, Clone)]
struct LineIndex {
    /// Bytes fed.
    offset: u64,
    /// The line of the next byte, from 1 (a pending `\r` not counted yet).
    line: u64,
    /// The last byte was `\r`: the next one says whether `\r\n` ends the line.
    pending_cr: bool,
    /// The next byte is the first of a line.
    at_start: bool,
    /// (offset, line) of the first byte of each non-empty line.
    starts: VecDeque<(u64, u64)>,
}

impl Default for LineIndex {
    fn default() -> Self {
        LineIndex { offset: 0, line: 1, pending_cr: false, at_start: true, starts: VecDeque::new() }
    }
}

impl LineIndex {
    fn feed(&mut self, bytes: &[u8]) {
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if self.pending_cr {
                self.pending_cr = false;
                self.line += 1;
                self.at_start = true;
                if b == b'\n' {
                    i += 1;
                    continue;
                }
            }
            match b {
                b'\n' => {
                    self.line += 1;
                    self.at_start = true;
                    i += 1;
                }
                b'\r' => {
                    self.pending_cr = true;
                    self.at_start = false;
                    i += 1;
                }
                _ => {
                    if self.at_start {
                        self.starts.push_back((self.offset + i as u64, self.line));
                        self.at_start = false;
                    }
                    let rest = bytes.get(i..).unwrap_or_default();
                    i += rest.iter().position(|&c| c == b'\n' || c == b'\r').unwrap_or(rest.len());
                }
            }
        }
        self.offset += bytes.len() as u64;
    }

    /// The line the byte after everything fed is on.
    fn current(&self) -> u64 {
        self.line + u64::from(self.pending_cr)
    }

    /// Whether what was fed ends with a line break.
    fn ends_with_break(&self) -> bool {
        self.pending_cr || (self.at_start && self.offset > 0)
    }

    /// The line of the first non-empty line at or after `offset`: the line
    /// a record read from `offset` starts on. Forgets the lines before it.
    fn line_at(&mut self, offset: u64) -> u64 {
        while self.starts.front().is_some_and(|&(at, _)| at < offset) {
            self.starts.pop_front();
        }
        self.starts.front().map_or_else(|| self.current(), |&(_, line)| line)
    }
}

/// How the bytes are turned into UTF-8.
enum State {
    /// UTF-8, checked and passed through. `lazy`: the encoding was left to
    /// `auto` and everything so far was ASCII, which GB18030 shares, so
    /// the first non-ASCII bytes may still turn out to be GB18030.
    Utf8 { lazy: bool },
    /// Any other encoding, through `encoding_rs` without replacement.
    Decode(Decoder),
}

/// The file as UTF-8, decoded as it is read: bytes that are not valid in
/// the encoding are an [`Error`] (in an `io::Error`) naming their line.
struct Decoded {
    path: PathBuf,
    input: Box<dyn Read + Send>,
    raw: Vec<u8>,
    start: usize,
    end: usize,
    eof: bool,
    /// The raw bytes at `start..end` end inside a UTF-8 character: read more.
    partial: bool,
    done: bool,
    state: State,
    /// The encoding being decoded.
    codec: &'static Codec,
    /// `--encoding` was given.
    forced: bool,
    /// What the head of the file says of itself.
    head: HeadFacts,
    out: Vec<u8>,
    out_pos: usize,
    /// The lines of the text decoded so far.
    lines: LineIndex,
}

/// What the start of the file shows, for choosing the encoding and for
/// saying what went wrong when a forced one does not fit.
#[derive(Debug, Clone, Copy)]
struct HeadFacts {
    bom: Option<(&'static Codec, usize)>,
    /// Valid UTF-8 (but for a character cut at the end).
    utf8: bool,
    ascii: bool,
    /// Valid GB18030 (but for a character cut at the end).
    gb18030: bool,
    utf16: Option<&'static Codec>,
}

impl HeadFacts {
    fn of(head: &[u8]) -> HeadFacts {
        let utf8 = match std::str::from_utf8(head) {
            Ok(_) => true,
            Err(e) => e.error_len().is_none(),
        };
        let mut decoder = GB18030.new_decoder_without_bom_handling();
        let mut sink = vec![0; head.len() * 3 + 16];
        let (result, _, _) = decoder.decode_to_utf8_without_replacement(head, &mut sink, false);
        HeadFacts {
            bom: Codec::for_bom(head),
            utf8,
            ascii: head.is_ascii(),
            gb18030: !matches!(result, DecoderResult::Malformed(..)),
            utf16: utf16_without_bom(head),
        }
    }

    /// What `--encoding auto` reads this as, and whether lazily (see [`State::Utf8`]).
    fn auto(&self) -> (&'static Codec, bool) {
        match (self.bom, self.utf16) {
            (Some((codec, _)), _) => (codec, false),
            (None, Some(codec)) => (codec, false),
            (None, None) if self.utf8 => (UTF_8, self.ascii),
            (None, None) => (GB18030, false),
        }
    }
}

impl Decoded {
    fn new(path: &Path, head: Vec<u8>, rest: Box<dyn Read + Send>, wanted: Encoding) -> Result<Decoded> {
        let facts = HeadFacts::of(&head);
        let bom_for = |codec: &'static Codec| facts.bom.filter(|(c, _)| *c == codec).map_or(0, |(_, len)| len);
        let mismatch = |bom: &'static Codec| {
            Error::invalid(format!(
                "{}: --encoding {}: the file starts with a {} byte-order mark",
                path.display(),
                wanted.as_str(),
                bom.name()
            ))
            .hint("give --encoding auto, or leave --encoding out")
        };
        let (codec, lazy) = match (wanted, facts.bom) {
            (Encoding::Auto, _) => facts.auto(),
            (Encoding::Utf8, Some((bom, _))) if bom != UTF_8 => return Err(mismatch(bom)),
            (Encoding::Utf8, _) => (UTF_8, false),
            (Encoding::Gb18030, Some((bom, _))) => return Err(mismatch(bom)),
            (Encoding::Gb18030, None) => (GB18030, false),
            (Encoding::Utf16, Some((bom, _))) if bom == UTF_8 => return Err(mismatch(bom)),
            (Encoding::Utf16, Some((bom, _))) => (bom, false),
            (Encoding::Utf16, None) => (facts.utf16.unwrap_or(UTF_16LE), false),
        };
        let skip = bom_for(codec);
        let state =
            if codec == UTF_8 { State::Utf8 { lazy } } else { State::Decode(codec.new_decoder_without_bom_handling()) };
        let mut raw = head;
        let end = raw.len();
        raw.resize(end.max(64 * 1024), 0);
        Ok(Decoded {
            path: path.to_path_buf(),
            input: rest,
            raw,
            start: skip.min(end),
            end,
            eof: false,
            partial: false,
            done: false,
            state,
            codec,
            forced: wanted != Encoding::Auto,
            head: facts,
            out: Vec::new(),
            out_pos: 0,
            lines: LineIndex::default(),
        })
    }

    /// When `--encoding` was given and the file's start says otherwise:
    /// what it is. GB18030 decodes most UTF-8 without an error, into
    /// nonsense, so this is asked when no header turns up.
    fn mismatch(&self) -> Option<&'static str> {
        if !self.forced {
            return None;
        }
        let (auto, _) = self.head.auto();
        // ASCII reads the same in UTF-8 and GB18030, but not in UTF-16.
        let same = self.head.ascii && self.head.bom.is_none() && ![UTF_16LE, UTF_16BE].contains(&self.codec);
        let differs = auto != self.codec && !same;
        differs.then_some(auto.name())
    }

    /// Reads more raw bytes after those not decoded yet.
    fn fill(&mut self) -> Result<()> {
        self.raw.copy_within(self.start..self.end, 0);
        self.end -= self.start;
        self.start = 0;
        let space = self.raw.get_mut(self.end..).unwrap_or_default();
        let read = loop {
            match self.input.read(space) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                read => break read,
            }
        };
        match read.map_err(|e| io_err(&self.path, e))? {
            0 => self.eof = true,
            n => self.end += n,
        }
        Ok(())
    }

    /// Decodes the next piece into `out` (which may stay empty), or marks the end.
    fn step(&mut self) -> Result<()> {
        self.out.clear();
        self.out_pos = 0;
        if (self.start == self.end || self.partial) && !self.eof {
            self.partial = false;
            return self.fill();
        }
        let input = self.raw.get(self.start..self.end).unwrap_or_default();
        match &mut self.state {
            State::Utf8 { lazy } => {
                if input.is_empty() {
                    self.done = true;
                    return Ok(());
                }
                let (valid, bad) = match std::str::from_utf8(input) {
                    Ok(_) => (input.len(), None),
                    Err(e) => (e.valid_up_to(), Some(e.error_len())),
                };
                let good = input.get(..valid).unwrap_or_default();
                *lazy = *lazy && good.is_ascii();
                let lazy = *lazy;
                self.out.extend_from_slice(good);
                self.start += valid;
                self.lines.feed(&self.out);
                match bad {
                    None => {}
                    Some(None) if !self.eof => self.partial = true,
                    Some(_) if lazy => {
                        // All read so far was ASCII: the same in GB18030.
                        self.codec = GB18030;
                        self.state = State::Decode(GB18030.new_decoder_without_bom_handling());
                    }
                    Some(_) => return Err(self.malformed()),
                }
            }
            State::Decode(decoder) => {
                let room = decoder.max_utf8_buffer_length_without_replacement(input.len()).unwrap_or(input.len() * 4);
                self.out.resize(room.max(16), 0);
                let (result, read, written) =
                    decoder.decode_to_utf8_without_replacement(input, &mut self.out, self.eof);
                self.out.truncate(written);
                self.start += read;
                self.lines.feed(&self.out);
                match result {
                    DecoderResult::InputEmpty => self.done = self.eof,
                    DecoderResult::OutputFull => {}
                    DecoderResult::Malformed(..) => return Err(self.malformed()),
                }
            }
        }
        Ok(())
    }

    /// Bytes not valid in the encoding, at the line reached.
    fn malformed(&self) -> Error {
        let name = self.codec.name();
        let mut err =
            Error::invalid(format!("{}: not valid {name} at line {}", self.path.display(), self.lines.current()));
        match self.mismatch() {
            _ if self.codec == UTF_8 && self.forced && self.head.gb18030 && !self.head.utf8 => err
                .hint("the file looks like GB18030 (GBK), as Excel saves CSV on Chinese Windows")
                .hint("give --encoding auto or --encoding gb18030"),
            Some(actual) => {
                err.message.push_str(&format!(": the file is {actual}, not {name}"));
                err.hint("give --encoding auto, or leave --encoding out")
            }
            None if self.codec == UTF_8 && !self.forced => err
                .hint("the file starts as UTF-8 and has other bytes further on")
                .hint("save it again from Excel as \"CSV UTF-8\", or give --encoding gb18030 if it is GBK throughout"),
            None => err
                .hint(format!("the file is damaged, or not {name}: give --encoding auto, utf-8, gb18030 or utf-16"))
                .hint("save it again from Excel as \"CSV UTF-8\""),
        }
    }
}

impl Read for Decoded {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            let pending = self.out.get(self.out_pos..).unwrap_or_default();
            if !pending.is_empty() || buf.is_empty() {
                let n = buf.len().min(pending.len());
                if let (Some(to), Some(from)) = (buf.get_mut(..n), pending.get(..n)) {
                    to.copy_from_slice(from);
                }
                self.out_pos += n;
                return Ok(n);
            }
            if self.done {
                return Ok(0);
            }
            self.step().map_err(io::Error::other)?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(text: &str) -> LineIndex {
        let mut lines = LineIndex::default();
        lines.feed(text.as_bytes());
        lines
    }

    #[test]
    fn lines_are_counted_as_an_editor_shows_them() {
        for ending in ["\n", "\r\n", "\r"] {
            let text = ["h", "a", "", "b", ""].join(ending);
            let a = text.find('a').unwrap_or_default() as u64;
            let mut lines = index(&text);
            assert_eq!(lines.line_at(0), 1, "{ending:?}");
            assert_eq!(lines.line_at(a - 1), 2, "{ending:?}: from inside the line end above");
            assert_eq!(lines.line_at(a + 1), 4, "{ending:?}: from before a blank line");
            assert_eq!(lines.current(), 5, "{ending:?}");
        }
        // Fed in pieces, a `\r\n` cut in two is still one line end.
        let mut lines = LineIndex::default();
        for piece in ["h\r", "\na\r", "\r\nb"] {
            lines.feed(piece.as_bytes());
        }
        assert_eq!((lines.line_at(1), lines.line_at(5)), (2, 4));
    }

    fn decoded(bytes: &[u8], wanted: Encoding) -> Result<(String, &'static str)> {
        let path = Path::new("staff.csv");
        let (head, rest) = bytes.split_at(bytes.len().min(super::super::sniff::HEAD));
        let mut text = Decoded::new(path, head.to_vec(), Box::new(Cursor::new(rest.to_vec())), wanted)?;
        let mut out = String::new();
        text.read_to_string(&mut out).map_err(|e| from_io(path, e))?;
        Ok((out, text.codec.name()))
    }

    #[test]
    fn decoding_reports_bytes_that_do_not_fit_with_their_line() {
        let (gbk, _, _) = GB18030.encode("姓名,邮箱\r\n张三,zs@example.com\r\n");
        assert_eq!(
            decoded(&gbk, Encoding::Auto).ok(),
            Some(("姓名,邮箱\r\n张三,zs@example.com\r\n".into(), "gb18030"))
        );
        let err = decoded(&gbk, Encoding::Utf8).err();
        assert_eq!(err.as_ref().map(|e| e.message.as_str()), Some("staff.csv: not valid UTF-8 at line 1"));
        assert!(err.is_some_and(|e| e.hints.iter().any(|h| h.contains("--encoding auto or --encoding gb18030"))));

        // GB18030 has no meaning for 0x80 alone or 0xFF: reported, not replaced.
        let mut bad = b"name,email\r\nzs,zs@example.com\r\n".to_vec();
        bad.extend_from_slice(b"\xD5\xC5\xFF,x\r\n");
        let err = decoded(&bad, Encoding::Gb18030).err();
        assert_eq!(err.map(|e| e.message), Some("staff.csv: not valid gb18030 at line 3".into()));
    }

    #[test]
    fn ascii_then_gbk_far_down_switches_to_gb18030() {
        let mut bytes = "name,email\n".repeat(20_000).into_bytes();
        let (gbk, _, _) = GB18030.encode("张三,zs@example.com\n");
        bytes.extend_from_slice(&gbk);
        let (text, codec) = decoded(&bytes, Encoding::Auto).unwrap_or_default();
        assert_eq!(codec, "gb18030");
        assert!(text.ends_with("\n张三,zs@example.com\n"));
        // Once non-ASCII UTF-8 was read, GBK bytes further on are an error.
        let mut bytes = "姓名,邮箱\n".repeat(10_000).into_bytes();
        bytes.extend_from_slice(&gbk);
        let err = decoded(&bytes, Encoding::Auto).err().map(|e| e.message);
        assert_eq!(err.as_deref(), Some("staff.csv: not valid UTF-8 at line 10001"));
    }

    #[test]
    fn a_character_cut_by_a_read_is_put_together() {
        let text = "张".repeat(100_000);
        assert_eq!(decoded(text.as_bytes(), Encoding::Auto).ok().map(|(t, _)| t.len()), Some(text.len()));
        let mut cut = text.into_bytes();
        cut.pop();
        let err = decoded(&cut, Encoding::Auto).err().map(|e| e.message);
        assert_eq!(err.as_deref(), Some("staff.csv: not valid UTF-8 at line 1"), "a file ending mid-character");
    }

    #[test]
    fn byte_order_marks_win_and_a_forced_encoding_that_contradicts_one_is_refused() {
        let mut utf16 = vec![0xFE, 0xFF];
        for unit in "name\temail\n".encode_utf16() {
            utf16.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(decoded(&utf16, Encoding::Auto).ok(), Some(("name\temail\n".into(), "UTF-16BE")));
        assert_eq!(decoded(&utf16, Encoding::Utf16).ok(), Some(("name\temail\n".into(), "UTF-16BE")));
        let err = decoded(&utf16, Encoding::Gb18030).err().map(|e| e.message);
        assert_eq!(
            err.as_deref(),
            Some("staff.csv: --encoding gb18030: the file starts with a UTF-16BE byte-order mark")
        );
        assert_eq!(decoded(b"\xEF\xBB\xBFa,b\n", Encoding::Utf8).ok(), Some(("a,b\n".into(), "UTF-8")));
    }
}
