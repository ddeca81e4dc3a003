//! Input formats: record files, JSON Lines and plain text, and detection of the tokenized form.
//!
//! A record file holds records back to back, each with four fields between markers:
//!
//! ```text
//!  F-N-S-T-A-R-T. 2367 F-N-E-N-D.  D-A-T-E-S-T-A-R-T. 2024-04-19 D-A-T-E-E-N-D.
//!  T-I-T-L-E-S-T-A-R-T. … T-I-T-L-E-E-N-D.  T-E-X-T-S-T-A-R-T. … T-E-X-T-E-N-D.
//! ```
//!
//! A field's value is the text between its markers with the surrounding whitespace trimmed;
//! fact spans are byte offsets into that value, and [`Source`] gives where the value starts in
//! the file. A record with a missing or unclosed field, or invalid UTF-8, still yields a
//! [`Document`], with the problem in its `errors`; the other records are unaffected.

use memchr::memmem;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::LazyLock;

/// Where a record came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The input file as named on the command line, or `-` for standard input.
    pub file: String,
    /// The record's number in the file, from 1.
    pub record: usize,
    /// Byte offset of the record in the file (for JSON Lines, of its line).
    pub offset: usize,
    /// Byte offset in the file of the title value; null when absent or not a verbatim copy
    /// (JSON strings with escapes).
    pub title_offset: Option<usize>,
    /// Byte offset in the file of the text value, as for `title_offset`.
    pub text_offset: Option<usize>,
}

/// A problem with one record. Non-fatal: the record is still output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecordError {
    /// What went wrong, as a stable snake_case tag.
    pub kind: ErrorKind,
    /// Byte offset in the file where the problem is.
    pub offset: usize,
    /// A message naming the file, the record and the byte offset.
    pub message: String,
}

/// The kinds of record errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// A field's start marker is missing.
    MissingField,
    /// A field's end marker is missing; the value runs to the end of the record.
    UnclosedField,
    /// Bytes that are not valid UTF-8.
    InvalidUtf8,
    /// A JSON Lines line that is not a JSON object with a string `text`.
    BadJson,
    /// Text outside any record, ignored.
    StrayText,
    /// A NUL byte in a field.
    NulByte,
    /// The input holds no record at all.
    Empty,
    /// The file could not be read.
    Io,
    /// Extraction failed on this record (a bug, to be reported): its facts and moves are
    /// missing; the other records are not affected. Set by the command line, which contains
    /// such a failure to its record; the library's functions never report it.
    Internal,
}

/// One article to extract from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The record's id: its FN field, its JSON `id`, or the file stem for plain text.
    pub id: String,
    /// The title, if any.
    pub title: Option<String>,
    /// The date as written, if any.
    pub date: Option<String>,
    /// The body text.
    pub text: String,
    /// Where it came from.
    pub source: Source,
    /// Problems found while reading it.
    pub errors: Vec<RecordError>,
}

/// The input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `F-N-S-T-A-R-T.` records back to back.
    Records,
    /// One JSON object a line, `{"id", "text", "title"?, "date"?}`.
    JsonLines,
    /// One article of plain text.
    Plain,
}

/// How to decode bytes that are not UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReadOptions {
    /// Replace invalid UTF-8 with U+FFFD and go on, instead of leaving the field empty.
    pub lossy: bool,
}

const RECORD_START: &[u8] = b"F-N-S-T-A-R-T.";

/// Guess the format of a file from its name and first bytes.
pub fn detect_format(name: &str, bytes: &[u8]) -> Format {
    let body = strip_bom(bytes);
    let first = body.iter().position(|b| !b.is_ascii_whitespace());
    if let Some(p) = first
        && body[p..].starts_with(RECORD_START)
    {
        return Format::Records;
    }
    if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        return Format::JsonLines;
    }
    if first.is_some_and(|p| body[p] == b'{') {
        return Format::JsonLines;
    }
    if memmem::find(&body[..body.len().min(4096)], RECORD_START).is_some() {
        return Format::Records;
    }
    Format::Plain
}

/// Whether the first bytes decide [`detect_format`] whatever follows: a record start or a
/// `{` first.
fn format_is_clear(bytes: &[u8]) -> bool {
    let body = strip_bom(bytes);
    match body.iter().position(|b| !b.is_ascii_whitespace()) {
        Some(p) => body[p] == b'{' || body[p..].starts_with(RECORD_START),
        None => false,
    }
}

fn strip_bom(b: &[u8]) -> &[u8] {
    b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b)
}

/// Read every document of a file's bytes (see [`DocumentStream`] for reading a stream).
pub fn read_documents(name: &str, bytes: &[u8], opts: ReadOptions) -> Vec<Document> {
    DocumentStream::new(name, bytes, opts).collect()
}

fn stem(name: &str) -> String {
    let base = name.rsplit('/').next().unwrap_or(name);
    base.rsplit_once('.').map_or(base, |(s, _)| s).to_string()
}

impl RecordError {
    /// An error of record `record` (from 1) of `file`, at byte `offset` of the file: its
    /// message names all three, `FILE: record N, byte OFFSET: what`.
    pub fn new(file: &str, record: usize, kind: ErrorKind, offset: usize, what: &str) -> Self {
        RecordError {
            kind,
            offset,
            message: format!("{file}: record {record}, byte {offset}: {what}"),
        }
    }
}

fn error(file: &str, record: usize, kind: ErrorKind, offset: usize, what: String) -> RecordError {
    RecordError::new(file, record, kind, offset, &what)
}

fn empty_doc(file: &str, record: usize, offset: usize, id: String) -> Document {
    Document {
        id,
        title: None,
        date: None,
        text: String::new(),
        source: Source {
            file: file.to_string(),
            record,
            offset,
            title_offset: None,
            text_offset: None,
        },
        errors: Vec::new(),
    }
}

/// Decode a field's bytes; on invalid UTF-8 report it and, unless lossy, give up the field.
fn decode(
    file: &str,
    record: usize,
    offset: usize,
    bytes: &[u8],
    opts: ReadOptions,
    errors: &mut Vec<RecordError>,
) -> Option<String> {
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(e) => {
            let at = offset + e.valid_up_to();
            let what = if opts.lossy {
                "invalid UTF-8, replaced with U+FFFD (--lossy)"
            } else {
                "invalid UTF-8; field skipped (use --lossy to replace bad bytes)"
            };
            errors.push(error(file, record, ErrorKind::InvalidUtf8, at, what.into()));
            if !opts.lossy {
                return None;
            }
            String::from_utf8_lossy(bytes).into_owned()
        }
    };
    if let Some(p) = memchr::memchr(0, text.as_bytes()) {
        errors.push(error(
            file,
            record,
            ErrorKind::NulByte,
            offset + p,
            "NUL byte in field (kept as text)".into(),
        ));
    }
    Some(text)
}

struct FieldSpec {
    name: &'static str,
    start: &'static [u8],
    end: &'static [u8],
}

const FIELDS: [FieldSpec; 4] = [
    FieldSpec {
        name: "FN",
        start: b"F-N-S-T-A-R-T.",
        end: b"F-N-E-N-D.",
    },
    FieldSpec {
        name: "DATE",
        start: b"D-A-T-E-S-T-A-R-T.",
        end: b"D-A-T-E-E-N-D.",
    },
    FieldSpec {
        name: "TITLE",
        start: b"T-I-T-L-E-S-T-A-R-T.",
        end: b"T-I-T-L-E-E-N-D.",
    },
    FieldSpec {
        name: "TEXT",
        start: b"T-E-X-T-S-T-A-R-T.",
        end: b"T-E-X-T-E-N-D.",
    },
];

/// Searchers for each field's start and end markers, and for the record start: built once,
/// since building one costs more than searching a record.
fn markers() -> &'static [(memmem::Finder<'static>, memmem::Finder<'static>); 4] {
    static MARKERS: LazyLock<[(memmem::Finder<'static>, memmem::Finder<'static>); 4]> =
        LazyLock::new(|| {
            FIELDS.each_ref().map(|f| {
                (
                    memmem::Finder::new(f.start).into_owned(),
                    memmem::Finder::new(f.end).into_owned(),
                )
            })
        });
    &MARKERS
}

/// The searcher for [`RECORD_START`].
fn record_start() -> &'static memmem::Finder<'static> {
    static FINDER: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(RECORD_START).into_owned());
    &FINDER
}

fn trim_range(b: &[u8], mut lo: usize, mut hi: usize) -> (usize, usize) {
    while lo < hi && b[lo].is_ascii_whitespace() {
        lo += 1;
    }
    while hi > lo && b[hi - 1].is_ascii_whitespace() {
        hi -= 1;
    }
    (lo, hi)
}

/// One record: `rec` holds its bytes, which start at byte `start` of the file.
fn read_record(file: &str, rec: &[u8], start: usize, record: usize, opts: ReadOptions) -> Document {
    let mut doc = empty_doc(file, record, start, String::new());
    let mut values: [Option<(usize, usize)>; 4] = [None; 4];
    let mut cursor = 0;
    let markers = markers();
    for (slot, spec) in FIELDS.iter().enumerate() {
        let (start_marker, end_marker) = &markers[slot];
        let Some(s) = start_marker.find(&rec[cursor..]).map(|p| cursor + p) else {
            doc.errors.push(error(
                file,
                record,
                ErrorKind::MissingField,
                start + cursor,
                format!("{} field is missing", spec.name),
            ));
            continue;
        };
        let vstart = s + spec.start.len();
        // The value ends at the end marker, or, if unclosed, at the next field's start marker.
        let (vend, next) = match end_marker.find(&rec[vstart..]) {
            Some(p) => (vstart + p, vstart + p + spec.end.len()),
            None => {
                let stop = markers[slot + 1..]
                    .iter()
                    .filter_map(|(start, _)| start.find(&rec[vstart..]))
                    .min()
                    .map_or(rec.len(), |p| vstart + p);
                doc.errors.push(error(
                    file,
                    record,
                    ErrorKind::UnclosedField,
                    start + s,
                    format!(
                        "{} field is not closed ({} missing)",
                        spec.name,
                        String::from_utf8_lossy(spec.end)
                    ),
                ));
                (stop, stop)
            }
        };
        values[slot] = Some(trim_range(rec, vstart, vend));
        cursor = next;
    }
    let (lo, hi) = trim_range(rec, cursor, rec.len());
    if hi > lo {
        doc.errors.push(error(
            file,
            record,
            ErrorKind::StrayText,
            start + lo,
            format!("{} bytes after the TEXT field ignored", hi - lo),
        ));
    }
    let get = |slot: usize, doc: &mut Document| -> Option<(String, usize)> {
        let (lo, hi) = values[slot]?;
        decode(
            file,
            record,
            start + lo,
            &rec[lo..hi],
            opts,
            &mut doc.errors,
        )
        .map(|s| (s, start + lo))
    };
    doc.id = get(0, &mut doc).map_or_else(|| format!("{}#{record}", stem(file)), |(s, _)| s);
    doc.date = get(1, &mut doc).map(|(s, _)| s).filter(|s| !s.is_empty());
    if let Some((t, off)) = get(2, &mut doc) {
        doc.title = Some(t);
        doc.source.title_offset = Some(off);
    }
    if let Some((t, off)) = get(3, &mut doc) {
        doc.text = t;
        doc.source.text_offset = Some(off);
    }
    doc
}

#[derive(Deserialize)]
struct JsonLine {
    id: Option<serde_json::Value>,
    text: String,
    title: Option<String>,
    date: Option<String>,
}

/// The index of the first byte of `b` that ends a run of plain string characters in JSON: a
/// quote, a backslash or a control character. Sixteen bytes at a time while none is there
/// (a fixed-size fold the compiler turns into vector compares), then eight at a time in a
/// `u64` to find it.
pub(crate) fn json_special_byte(b: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Bit 7 of each byte where `x` has a zero byte (exact for the lowest one).
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let mut i = 0;
    while let Some(chunk) = b.get(i..).and_then(<[u8]>::first_chunk::<16>) {
        let hit = chunk
            .iter()
            .fold(false, |a, &c| a | (c == b'"') | (c == b'\\') | (c < 0x20));
        if hit {
            break;
        }
        i += 16;
    }
    while let Some(chunk) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(*chunk);
        let control = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
        let hits =
            control | zero(x ^ (ONES * u64::from(b'"'))) | zero(x ^ (ONES * u64::from(b'\\')));
        if hits != 0 {
            return Some(i + (hits.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    b[i..]
        .iter()
        .position(|&c| c == b'"' || c == b'\\' || c < 0x20)
        .map(|p| i + p)
}

/// A JSON Lines record read by [`fast_json_line`].
#[derive(Debug, PartialEq, Eq)]
struct FastLine {
    id: Option<String>,
    text: String,
    title: Option<String>,
    date: Option<String>,
}

/// The fields of a JSON Lines record in its common shape, an object whose values are strings
/// or null, read without serde: strings are found with `memchr` and copied whole between
/// escapes. `None` for any other shape, for a control character anywhere but at the line's
/// end (a tab between tokens too, which serde_json takes), and for anything serde_json would
/// refuse (bad escapes, duplicate fields, a missing `text`, trailing characters): serde_json
/// then reads the line and reports what is wrong. Where this gives a record, it is the one
/// serde_json gives.
fn fast_json_line(s: &str) -> Option<FastLine> {
    struct Reader<'a> {
        s: &'a str,
        i: usize,
    }
    impl<'a> Reader<'a> {
        fn ws(&mut self) {
            let b = self.s.as_bytes();
            while b
                .get(self.i)
                .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
            {
                self.i += 1;
            }
        }
        fn eat(&mut self, c: u8) -> Option<()> {
            self.ws();
            (self.s.as_bytes().get(self.i) == Some(&c)).then(|| self.i += 1)
        }
        fn peek(&mut self) -> Option<u8> {
            self.ws();
            self.s.as_bytes().get(self.i).copied()
        }
        /// A string value, the reader at its opening quote: borrowed from the line unless
        /// it has escapes.
        fn string(&mut self) -> Option<Cow<'a, str>> {
            let s = self.s;
            let b = s.as_bytes();
            self.i += 1;
            let mut out: Option<String> = None;
            loop {
                // The line holds no control character (checked first), so a quote or a
                // backslash is all that ends a run of plain characters.
                let rest = &b[self.i..];
                let p = memchr::memchr2(b'"', b'\\', rest)?;
                let piece = &s[self.i..self.i + p];
                self.i += p + 1;
                if rest[p] == b'"' {
                    return Some(match out {
                        Some(mut o) => {
                            o.push_str(piece);
                            // A short field before a long one (a title before the text)
                            // gives back the room it took for the rest.
                            if o.capacity() > 2 * o.len() + 64 {
                                o.shrink_to_fit();
                            }
                            Cow::Owned(o)
                        }
                        None => Cow::Borrowed(piece),
                    });
                }
                // A backslash. Room for the rest of the line: an unescaped string is never
                // longer than its escaped form, so the string grows no more.
                let out = out.get_or_insert_with(|| String::with_capacity(b.len() - self.i + p));
                out.push_str(piece);
                let c = match *b.get(self.i)? {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    b'u' => {
                        let hi = self.hex4(self.i + 1)?;
                        self.i += 4;
                        if (0xD800..0xDC00).contains(&hi) {
                            // A surrogate pair, written as two escapes.
                            if b.get(self.i + 1..self.i + 3) != Some(b"\\u") {
                                return None;
                            }
                            let lo = self.hex4(self.i + 3)?;
                            if !(0xDC00..0xE000).contains(&lo) {
                                return None;
                            }
                            self.i += 6;
                            char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))?
                        } else {
                            char::from_u32(hi)?
                        }
                    }
                    _ => return None,
                };
                out.push(c);
                self.i += 1;
            }
        }
        fn hex4(&self, at: usize) -> Option<u32> {
            let digits = self.s.get(at..at + 4)?;
            if !digits.bytes().all(|c| c.is_ascii_hexdigit()) {
                return None;
            }
            u32::from_str_radix(digits, 16).ok()
        }
        /// A string or null value.
        fn value(&mut self) -> Option<Option<Cow<'a, str>>> {
            match self.peek()? {
                b'"' => self.string().map(Some),
                b'n' if self.s[self.i..].starts_with("null") => {
                    self.i += 4;
                    Some(None)
                }
                _ => None,
            }
        }
    }
    // A control character is whitespace between tokens at most, which the lines of the
    // common shape do not have but their end (JSON strings may not hold one): a line with
    // any other goes to serde_json, and strings here look only for quotes and backslashes.
    let body = s.trim_end_matches(['\n', '\r']);
    if body
        .as_bytes()
        .chunks(32)
        .any(|c| c.iter().fold(false, |a, &x| a | (x < 0x20)))
    {
        return None;
    }
    let mut r = Reader { s, i: 0 };
    r.eat(b'{')?;
    let (mut id, mut text, mut title, mut date) = (None, None, None, None);
    let mut seen = [false; 4];
    if r.peek()? != b'}' {
        loop {
            if r.peek()? != b'"' {
                return None;
            }
            let key = r.string()?;
            r.eat(b':')?;
            let value = r.value()?;
            let slot = match &*key {
                "id" => Some((0, &mut id)),
                "text" => Some((1, &mut text)),
                "title" => Some((2, &mut title)),
                "date" => Some((3, &mut date)),
                _ => None,
            };
            if let Some((k, field)) = slot {
                if std::mem::replace(&mut seen[k], true) {
                    return None;
                }
                *field = value;
            }
            match r.peek()? {
                b',' => r.i += 1,
                b'}' => break,
                _ => return None,
            }
        }
    }
    r.eat(b'}')?;
    r.ws();
    if r.i != s.len() {
        return None;
    }
    Some(FastLine {
        id: id.map(Cow::into_owned),
        text: text?.into_owned(),
        title: title.map(Cow::into_owned),
        date: date.map(Cow::into_owned),
    })
}

/// One JSON Lines record: `line` starts at byte `at` of the file.
fn read_json_line(
    file: &str,
    line: &[u8],
    at: usize,
    record: usize,
    opts: ReadOptions,
) -> Document {
    if let Ok(text) = std::str::from_utf8(line)
        && let Some(j) = fast_json_line(text)
    {
        let mut doc = empty_doc(file, record, at, String::new());
        doc.id = j.id.unwrap_or_else(|| format!("{}#{record}", stem(file)));
        doc.text = j.text;
        doc.title = j.title;
        doc.date = j.date.filter(|d| !d.is_empty());
        return doc;
    }
    let mut doc = empty_doc(file, record, at, format!("{}#{record}", stem(file)));
    let Some(text) = decode(file, record, at, line, opts, &mut doc.errors) else {
        return doc;
    };
    match serde_json::from_str::<JsonLine>(&text) {
        Ok(j) => {
            if let Some(id) = j.id {
                doc.id = match id {
                    serde_json::Value::String(s) => s,
                    other => other.to_string(),
                };
            }
            doc.text = j.text;
            doc.title = j.title;
            doc.date = j.date.filter(|d| !d.is_empty());
        }
        Err(e) => {
            let col = text
                .lines()
                .take(e.line().saturating_sub(1))
                .map(|l| l.len() + 1)
                .sum::<usize>()
                + e.column().saturating_sub(1);
            doc.errors.push(error(
                file,
                record,
                ErrorKind::BadJson,
                at + col.min(line.len()),
                format!("not a JSON object with a string \"text\": {e}"),
            ));
        }
    }
    doc
}

/// Read a whole file as one plain-text article.
pub fn read_plain(file: &str, bytes: &[u8], opts: ReadOptions) -> Document {
    let mut doc = empty_doc(file, 1, 0, stem(file));
    let bom = bytes.len() - strip_bom(bytes).len();
    if let Some(text) = decode(file, 1, bom, &bytes[bom..], opts, &mut doc.errors) {
        doc.text = text;
        doc.source.text_offset = Some(bom);
    }
    if doc.text.trim().is_empty() && doc.errors.is_empty() {
        doc.errors
            .push(error(file, 1, ErrorKind::Empty, 0, "empty input".into()));
    }
    doc
}

/// Documents read from a stream, one at a time, holding no more than one record (or line) and
/// one read chunk in memory: input of any size in bounded memory.
///
/// The format is detected from the first bytes (and the name); a plain-text input is one
/// document and is read whole.
pub struct DocumentStream<R: std::io::Read> {
    name: String,
    input: R,
    opts: ReadOptions,
    format: Option<Format>,
    /// The bytes read and not yet consumed are `store[pos..end]`; reads land in
    /// `store[end..]`, which is kept initialized so that a read needs no copy.
    store: Vec<u8>,
    /// Where the unread bytes start in `store`.
    pos: usize,
    /// Where they end.
    end: usize,
    /// The most the next read may bring: [`FIRST_READ`] at first, doubled after each read
    /// that fills it, up to [`CHUNK`].
    room: usize,
    /// File offset of the first unread byte.
    base: usize,
    eof: bool,
    record: usize,
    done: bool,
    /// Bytes before the first record, reported on it.
    stray: Option<(usize, usize)>,
}

/// The largest read.
const CHUNK: usize = 1 << 20;

/// The first read: a file of one article (a few kilobytes, as archives of one file an
/// article have them) is read without making and zeroing a megabyte of room, which was most
/// of the cost of a directory of 2,000 such files (0.424 s, against 0.25 s with this first
/// read and 0.06 s for the same records in one file, before the CLI read them all on one
/// thread).
const FIRST_READ: usize = 16 << 10;

impl<R: std::io::Read> DocumentStream<R> {
    /// Read documents from `input`, named `name` in errors and sources.
    pub fn new(name: &str, input: R, opts: ReadOptions) -> Self {
        Self::with_store(name, input, opts, Vec::new())
    }

    /// [`DocumentStream::new`], reading into `store`, the room an earlier stream read into
    /// ([`DocumentStream::into_store`]): a caller that reads many inputs, such as a
    /// directory of small files, makes and zeroes that room once rather than for each input.
    /// The store keeps its length; its bytes are overwritten by reads and never read before
    /// (any `Vec<u8>` will do).
    pub fn with_store(name: &str, input: R, opts: ReadOptions, store: Vec<u8>) -> Self {
        DocumentStream {
            name: name.to_string(),
            input,
            opts,
            format: None,
            store,
            pos: 0,
            end: 0,
            room: FIRST_READ,
            base: 0,
            eof: false,
            record: 0,
            done: false,
            stray: None,
        }
    }

    /// The room this stream read into, for [`DocumentStream::with_store`]. It is as large as
    /// the stream needed (a whole plain-text input, or the largest record and a read): a
    /// caller that keeps it for the next input holds that memory meanwhile. Input read into
    /// it and not yet given as documents is dropped.
    pub fn into_store(self) -> Vec<u8> {
        self.store
    }

    /// Read one more chunk; false at the end of the input.
    fn fill(&mut self) -> std::io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        // Room for a read after the unread bytes: what the store has left when that is at
        // least half a read (as for the read that finds the end of a small file, which grew
        // the store by a read, copying what it held, for each file of a directory), else
        // the store grows, zeroed only where it does.
        let spare = self.store.len() - self.end;
        let room = if spare >= self.room / 2 {
            spare.min(self.room)
        } else {
            self.store.resize(self.end + self.room, 0);
            self.room
        };
        debug_assert!(
            room > 0,
            "an empty read would be taken for the end of the input"
        );
        let buf = &mut self.store[self.end..self.end + room];
        let n = loop {
            match self.input.read(buf) {
                Ok(n) => break n.min(room),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        };
        if n == room {
            self.room = (self.room * 2).min(CHUNK);
        }
        self.end += n;
        self.eof = n == 0;
        Ok(n > 0)
    }

    fn io_error(&mut self, e: &std::io::Error) -> Document {
        self.done = true;
        self.record += 1;
        let mut doc = empty_doc(&self.name, self.record, self.base, stem(&self.name));
        let offset = self.base + self.data().len();
        doc.errors.push(error(
            &self.name,
            self.record,
            ErrorKind::Io,
            offset,
            format!("read error: {e}"),
        ));
        doc
    }

    /// The unread bytes.
    fn data(&self) -> &[u8] {
        &self.store[self.pos..self.end]
    }

    /// Consume `n` bytes; the storage is compacted only when most of it is consumed, so
    /// consuming is amortized constant time.
    fn drop_front(&mut self, n: usize) {
        self.pos += n;
        self.base += n;
        if self.pos > CHUNK && self.pos * 2 > self.end {
            self.store.copy_within(self.pos..self.end, 0);
            self.end -= self.pos;
            self.pos = 0;
        }
    }

    fn next_record(&mut self) -> std::io::Result<Option<Document>> {
        // Find this record's start marker, then the next one (or the end).
        loop {
            if let Some(p) = record_start().find(self.data()) {
                if self.record == 0 && self.stray.is_none() {
                    let (lo, hi) = trim_range(self.data(), 0, p);
                    let lo = if self.base == 0 && self.data()[lo..hi].starts_with(b"\xEF\xBB\xBF") {
                        lo + 3
                    } else {
                        lo
                    };
                    self.stray = Some((self.base + lo, hi.saturating_sub(lo)));
                }
                self.drop_front(p);
                break;
            }
            // No marker yet: keep only a marker's length of tail, read more.
            if self.eof || !self.fill()? {
                if self.record == 0 && self.stray.is_none() {
                    let (lo, hi) = trim_range(self.data(), 0, self.data().len());
                    self.stray = Some((self.base + lo, hi - lo));
                }
                return Ok(None);
            }
            if self.record > 0 || self.data().len() > 4 * CHUNK {
                let keep = RECORD_START.len().min(self.data().len());
                let cut = self.data().len() - keep;
                if self.record == 0 {
                    // Text before the first record: count it, then drop it.
                    let (lo, hi) = trim_range(self.data(), 0, cut);
                    if hi > lo && self.stray.is_none() {
                        self.stray = Some((self.base + lo, hi - lo));
                    }
                }
                self.drop_front(cut);
            }
        }
        // Search each byte once, however the input arrives (a pipe gives small reads).
        let mut from = RECORD_START.len();
        let end = loop {
            if let Some(p) = record_start().find(&self.data()[from..]) {
                break from + p;
            }
            from = self
                .data()
                .len()
                .saturating_sub(RECORD_START.len())
                .max(from);
            if !self.fill()? {
                break self.data().len();
            }
        };
        self.record += 1;
        let mut doc = read_record(
            &self.name,
            &self.data()[..end],
            self.base,
            self.record,
            self.opts,
        );
        if self.record == 1
            && let Some((at, len)) = self.stray.filter(|&(_, len)| len > 0)
        {
            let what = format!("{len} bytes before the first record ignored");
            doc.errors
                .push(error(&self.name, 1, ErrorKind::StrayText, at, what));
        }
        self.drop_front(end);
        Ok(Some(doc))
    }

    /// The next `len` bytes as one JSON Lines record.
    fn take_line(&mut self, len: usize) -> Document {
        self.record += 1;
        let doc = read_json_line(
            &self.name,
            &self.data()[..len],
            self.base,
            self.record,
            self.opts,
        );
        self.drop_front(len);
        doc
    }

    fn next_line(&mut self) -> std::io::Result<Option<Document>> {
        let mut from = 0;
        loop {
            let start_bom = if self.base == 0 && self.data().starts_with(b"\xEF\xBB\xBF") {
                3
            } else {
                0
            };
            if start_bom > 0 {
                self.drop_front(3);
            }
            if let Some(p) = memchr::memchr(b'\n', &self.data()[from..]) {
                let line_end = from + p + 1;
                from = 0;
                if self.data()[..line_end].iter().all(u8::is_ascii_whitespace) {
                    self.drop_front(line_end);
                    continue;
                }
                return Ok(Some(self.take_line(line_end)));
            }
            from = self.data().len();
            if !self.fill()? {
                if self.data().iter().all(u8::is_ascii_whitespace) {
                    return Ok(None);
                }
                let len = self.data().len();
                return Ok(Some(self.take_line(len)));
            }
        }
    }
}

impl<R: std::io::Read> Iterator for DocumentStream<R> {
    type Item = Document;

    fn next(&mut self) -> Option<Document> {
        if self.done {
            return None;
        }
        let format = match self.format {
            Some(f) => f,
            None => {
                // Enough bytes to see the format: its first bytes, or 4 KB to look for a
                // record in. A stream starts as soon as its first bytes tell.
                while self.data().len() < 4096 && !format_is_clear(self.data()) {
                    match self.fill() {
                        Ok(true) => {}
                        Ok(false) => break,
                        Err(e) => return Some(self.io_error(&e)),
                    }
                }
                let f = detect_format(&self.name, self.data());
                self.format = Some(f);
                f
            }
        };
        let next = match format {
            Format::Records => self.next_record(),
            Format::JsonLines => self.next_line(),
            Format::Plain => {
                self.done = true;
                loop {
                    match self.fill() {
                        Ok(true) => {}
                        Ok(false) => break,
                        Err(e) => return Some(self.io_error(&e)),
                    }
                }
                return Some(read_plain(&self.name, self.data(), self.opts));
            }
        };
        match next {
            Ok(Some(doc)) => Some(doc),
            Ok(None) => {
                self.done = true;
                if self.record == 0 {
                    // Nothing at all: one record saying so.
                    self.record = 1;
                    let mut doc = empty_doc(&self.name, 1, 0, stem(&self.name));
                    let what = match self.stray {
                        Some((_, len)) if len > 0 => {
                            format!("no record in the input ({len} bytes of other text)")
                        }
                        _ => "no record in the input".to_string(),
                    };
                    doc.errors
                        .push(error(&self.name, 1, ErrorKind::Empty, 0, what));
                    return Some(doc);
                }
                None
            }
            Err(e) => Some(self.io_error(&e)),
        }
    }
}

/// The first sign of the tokenized form: letters, at most 1% of them uppercase.
fn mostly_lowercase(b: &[u8]) -> bool {
    // Branch-free counts in byte-wide lanes (255 bytes cannot overflow one), which the
    // compiler vectorizes.
    let (mut letters, mut upper) = (0usize, 0usize);
    let mut left = b.len();
    for chunk in b.chunks(255) {
        let (l, u) = chunk.iter().fold((0u8, 0u8), |(l, u), &c| {
            (
                l + u8::from((c | 0x20).wrapping_sub(b'a') < 26),
                u + u8::from(c.wrapping_sub(b'A') < 26),
            )
        });
        letters += usize::from(l);
        upper += usize::from(u);
        left -= chunk.len();
        // Ordinary prose fails the first sign before the end: more than 1% uppercase even
        // if every byte left were a lowercase letter (in the first chunk for a record of a
        // kilobyte, a quarter to a third of the way into a full 8 KB window).
        if upper * 100 > letters + left {
            return false;
        }
    }
    letters > 0 && upper * 100 <= letters
}

/// Whether text is in the lowercased, PTB-spaced form (`rose by 1 . 8 % to $ 88`).
///
/// Two signs must agree: (almost) no uppercase letters, and most commas and full stops stand
/// between spaces (`word , word`), which ordinary prose never does.
pub fn is_tokenized(text: &str) -> bool {
    // The form is the article's, not the sentence's: its first 8 KB tell.
    let b = &text.as_bytes()[..text.floor_char_boundary(8192)];
    // Ordinary prose fails the first sign: its punctuation need not be looked at.
    if !mostly_lowercase(b) {
        return false;
    }
    let (mut spaced, mut punct) = (0usize, 0usize);
    for i in memchr::memchr2_iter(b',', b'.', b) {
        let before = i > 0 && b[i - 1] == b' ';
        let after = b.get(i + 1).is_none_or(|&n| n == b' ' || n == b'\n');
        let digits =
            i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if after && !digits {
            // The whole run of symbols counts: tokenized text writes `( bath ),` with
            // the comma at the end of one token.
            let mut run = i;
            while run > 0
                && !b[run - 1].is_ascii_alphanumeric()
                && b[run - 1] != b' '
                && i - run < 8
            {
                run -= 1;
            }
            punct += 1;
            spaced += usize::from(before || (run > 0 && run < i && b[run - 1] == b' '));
        }
    }
    punct > 0 && spaced * 2 >= punct
}

/// Whether a document is in the tokenized form, as its record reports it: judged by the
/// text, or by the title where the text is empty (a title alone is short and often has no
/// punctuation).
pub fn document_is_tokenized(doc: &Document) -> bool {
    match &doc.title {
        Some(t) if doc.text.trim().is_empty() => is_tokenized(t),
        _ => is_tokenized(&doc.text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What serde_json makes of a line, as [`FastLine`].
    fn by_serde(line: &str) -> Option<FastLine> {
        let j = serde_json::from_str::<JsonLine>(line).ok()?;
        Some(FastLine {
            id: j.id.map(|id| match id {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            }),
            text: j.text,
            title: j.title,
            date: j.date,
        })
    }

    #[test]
    fn the_fast_json_reader_agrees_with_serde_or_leaves_the_line_to_it() {
        let cases = [
            r#"{"id": "reuters-1", "source": "x", "title": "A", "date": "", "text": "Oil rose\n\"5%\" \u00e9\ud83d\ude00 \/ \t end"}"#,
            r#" { "text" : "t" , "title" : null } "#,
            r#"{"text": "a", "id": null}"#,
            r#"{"text": "a\u0000b"}"#,
            r#"{"te\u0078t": "escaped key"}"#,
            r#"{"text": "dup", "text": "dup"}"#,
            r#"{"text": "x", "other": "y", "other": "z"}"#,
            r#"{"text": null}"#,
            r#"{"id": 5, "text": "number id"}"#,
            r#"{"text": "bad \q escape"}"#,
            r#"{"text": "lone \ud800 surrogate"}"#,
            r#"{"text": "lone \udc00 low"}"#,
            r#"{"text": "trailing"} x"#,
            r#"{"text": "trailing comma",}"#,
            "{\"text\": \"tab\tinside\"}",
            r#"{}"#,
            r#"["a", "b"]"#,
            r#"{"text": "x", "nested": {"a": 1}}"#,
            r#"{"text": "unclosed"#,
        ];
        for line in cases {
            let fast = fast_json_line(line);
            if fast.is_some() {
                assert_eq!(fast, by_serde(line), "{line}");
            }
        }
        assert!(fast_json_line(cases[0]).is_some() && fast_json_line(cases[1]).is_some());
        assert!(fast_json_line(cases[5]).is_none() && fast_json_line(cases[7]).is_none());
    }

    proptest! {
        #![proptest_config(crate::proptest_cases(3000))]
        /// The first sign of the tokenized form, with its early exit, is the plain count's
        /// verdict, on texts across several chunks and around the 1% line.
        #[test]
        fn mostly_lowercase_is_the_plain_count(
            lower in 0usize..1200,
            upper in 0usize..20,
            other in 0usize..300,
            seed in any::<u64>(),
        ) {
            let mut b: Vec<u8> = std::iter::repeat_n(b'a', lower)
                .chain(std::iter::repeat_n(b'Q', upper))
                .chain(std::iter::repeat_n(b' ', other))
                .collect();
            // A shuffle by the seed, so that the capitals fall anywhere.
            let mut x = seed | 1;
            for i in (1..b.len()).rev() {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                b.swap(i, (x % (i as u64 + 1)) as usize);
            }
            let letters = lower + upper;
            prop_assert_eq!(mostly_lowercase(&b), letters > 0 && upper * 100 <= letters);
        }
    }

    proptest! {
        #![proptest_config(crate::proptest_cases(5000))]
        /// The block scan finds the byte a plain search finds, wherever it falls in or across
        /// the 16- and 8-byte blocks.
        #[test]
        fn the_special_byte_is_the_first_one(
            b in proptest::collection::vec(
                prop_oneof![
                    8 => prop::sample::select(b"ab \xc3\xa9~\x7f\xff".to_vec()),
                    1 => prop::sample::select(b"\"\\\x00\x1f\n\t".to_vec()),
                ],
                0..80,
            )
        ) {
            let plain = b.iter().position(|&c| c == b'"' || c == b'\\' || c < 0x20);
            prop_assert_eq!(json_special_byte(&b), plain);
        }
    }

    proptest! {
        #![proptest_config(crate::proptest_cases(2000))]
        #[test]
        fn fast_json_lines_are_serde_json_lines(
            parts in proptest::collection::vec(
                (
                    prop_oneof![
                        Just("id".to_string()), Just("text".to_string()),
                        Just("title".to_string()), Just("date".to_string()),
                        "[a-z]{1,5}",
                    ],
                    prop_oneof![
                        Just("null".to_string()),
                        Just("12".to_string()),
                        r#""([a-z é\\"/\n\t]|\\[\\"/bfnrtu]|\\u[0-9a-fA-F]{4}|\\ud83d\\ude00){0,8}""#,
                    ],
                ),
                0..6,
            ),
            spaces in "[ \t]{0,2}",
        ) {
            let body: Vec<String> = parts
                .iter()
                .map(|(k, v)| format!("{spaces}\"{k}\"{spaces}:{spaces}{v}"))
                .collect();
            let line = format!("{{{}}}", body.join(","));
            let fast = fast_json_line(&line);
            if fast.is_some() {
                prop_assert_eq!(fast, by_serde(&line), "{}", line);
            }
        }
    }

    #[test]
    fn records_with_bad_fields_are_reported_and_the_rest_comes_out() {
        let input = b" F-N-S-T-A-R-T. 1 F-N-E-N-D.  D-A-T-E-S-T-A-R-T. 2024-04-19 D-A-T-E-E-N-D.  T-I-T-L-E-S-T-A-R-T. Oil up T-I-T-L-E-E-N-D.  T-E-X-T-S-T-A-R-T. Oil rose 2%. T-E-X-T-E-N-D.  F-N-S-T-A-R-T. 2 F-N-E-N-D.  T-E-X-T-S-T-A-R-T. unclosed 5%  F-N-S-T-A-R-T. 3 F-N-E-N-D.  D-A-T-E-S-T-A-R-T. D-A-T-E-E-N-D.  T-I-T-L-E-S-T-A-R-T. t T-I-T-L-E-E-N-D.  T-E-X-T-S-T-A-R-T. ok T-E-X-T-E-N-D. ";
        let docs = read_documents("f.txt", input, ReadOptions::default());
        assert_eq!(docs.len(), 3);
        assert_eq!(docs[0].id, "1");
        assert_eq!(docs[0].title.as_deref(), Some("Oil up"));
        assert_eq!(docs[0].text, "Oil rose 2%.");
        let off = docs[0].source.text_offset.unwrap_or(0);
        assert_eq!(&input[off..off + 12], b"Oil rose 2%.");
        assert!(docs[0].errors.is_empty());
        let kinds: Vec<_> = docs[1].errors.iter().map(|e| e.kind).collect();
        assert_eq!(
            kinds,
            [
                ErrorKind::MissingField,
                ErrorKind::MissingField,
                ErrorKind::UnclosedField
            ]
        );
        assert_eq!(docs[1].text, "unclosed 5%");
        assert!(
            docs[1].errors[2]
                .message
                .starts_with("f.txt: record 2, byte ")
        );
        assert_eq!(docs[2].date, None);
        assert_eq!(docs[2].text, "ok");
    }

    #[test]
    fn tokenized_form_is_detected() {
        assert!(is_tokenized(
            "brent crude , the benchmark , rose by 1 . 8 % to $ 88 a barrel ."
        ));
        assert!(is_tokenized("it 's up 22 % , to $ 1,000 ."));
        assert!(!is_tokenized(
            "Brent crude, the benchmark, rose by 1.8% to $88 a barrel."
        ));
        assert!(!is_tokenized(
            "brent crude, the benchmark, rose by 1.8% to $88 a barrel."
        ));
    }

    #[test]
    fn json_lines_and_bad_lines() {
        let input = b"{\"id\": 7, \"text\": \"up 5%\", \"title\": \"t\"}\nnot json\n\n{\"id\": \"x\", \"text\": \"\"}\n";
        let docs = read_documents("c.jsonl", input, ReadOptions::default());
        assert_eq!(docs.len(), 3);
        assert_eq!(docs[0].id, "7");
        assert_eq!(docs[1].errors[0].kind, ErrorKind::BadJson);
        assert_eq!(docs[1].source.offset, 41);
        assert_eq!(docs[2].id, "x");
    }
}
