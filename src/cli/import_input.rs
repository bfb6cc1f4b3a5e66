//! Reading an import file (SPEC 5): decoded (UTF-8 with or without a BOM, or CP932 with
//! `--encoding cp932`), bounded (no record longer than [`RECORD_CAP`], so memory stays
//! flat whatever the input — `/dev/zero` included), and framed into records, each with
//! the physical line it starts on (CRLF files too).

use crate::error::io_reason;
use std::io::{BufRead, BufReader, Read};

/// The largest record (a JSON line, or a CSV record with its quoted line breaks), in
/// bytes: room for a description at its 1 MiB cap written entirely as JSON escapes.
pub const RECORD_CAP: usize = 8 * 1024 * 1024;

/// The text encoding of an import file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8, with or without a byte order mark.
    Utf8,
    /// Shift_JIS as Windows writes it (CP932, Windows-31J), as Excel saves CSV in Japan.
    Cp932,
}

impl std::str::FromStr for Encoding {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "utf-8" | "utf8" => Ok(Encoding::Utf8),
            "cp932" | "shift_jis" | "shift-jis" | "sjis" | "windows-31j" | "ms932" => {
                Ok(Encoding::Cp932)
            }
            _ => Err(crate::tr!("error-unknown-encoding", value = s)),
        }
    }
}

/// Why reading stopped: the physical line and one sentence.
#[derive(Debug)]
pub struct Bad {
    pub line: u64,
    pub message: String,
}

fn bad(line: u64, message: impl Into<String>) -> Bad {
    Bad {
        line,
        message: message.into(),
    }
}

/// The reason a line of raw bytes is not UTF-8, with the fix.
pub fn not_utf8(bytes: &[u8]) -> String {
    let at = std::str::from_utf8(bytes)
        .err()
        .map_or(0, |e| e.valid_up_to());
    if encoding_rs::SHIFT_JIS
        .decode_without_bom_handling_and_without_replacement(bytes)
        .is_some()
    {
        crate::tr!("import-not-utf8-but-cp932", at = at.to_string())
    } else {
        crate::tr!("import-not-utf8", at = at.to_string())
    }
}

/// CP932 bytes decoded to UTF-8 as they are read; a byte sequence CP932 does not define
/// is an error, never a replacement character.
struct Cp932<R> {
    inner: R,
    decoder: encoding_rs::Decoder,
    raw: Vec<u8>,
    start: usize,
    end: usize,
    eof: bool,
    done: bool,
    /// A malformed sequence was met after some good text: report it on the next read, so
    /// the text before it (and its line count) comes first.
    malformed: bool,
    /// Whether the whole stream so far reads as UTF-8 ([`Utf8Watch`]); None for a file
    /// that starts with a UTF-8 byte order mark, which the decoder reads as UTF-8 itself.
    watch: Option<Utf8Watch>,
    /// A block has been read.
    started: bool,
}

/// Whether a stream, fed block by block, reads as UTF-8 text that CP932 would garble: the
/// whole stream is valid UTF-8 and holds a character beyond ASCII written with a byte no
/// half-width katakana is (outside 0xA1..=0xDF). Such a file is UTF-8, which decoded as
/// CP932 would be stored garbled (`メール` as `繝｡繝ｼ繝ｫ`), so `--encoding cp932` refuses it;
/// Japanese CP932 text is not valid UTF-8 but by rare chance over a line or two. A file
/// whose bytes beyond ASCII are all half-width katakana bytes reads both ways (`ﾃｽ` is also
/// UTF-8 `ý`) and is read as CP932, as asked. The check holds at most three bytes of the
/// stream (a character cut at a block's end) and a copy of one block.
#[derive(Debug, Default)]
struct Utf8Watch {
    /// A character cut at the end of the last block.
    carry: Vec<u8>,
    /// Reused for the carry and the next block.
    scratch: Vec<u8>,
    /// Not valid UTF-8 somewhere: nothing more to learn.
    invalid: bool,
    /// A character beyond ASCII with a byte outside the half-width katakana bytes, and the
    /// line it is on (1-based).
    beyond_kana: Option<u64>,
    /// Line breaks fed so far.
    lines: u64,
}

impl Utf8Watch {
    fn feed(&mut self, block: &[u8]) {
        if self.invalid {
            return;
        }
        if self.beyond_kana.is_none()
            && let Some(at) = block
                .iter()
                .position(|&b| b >= 0x80 && !(0xA1..=0xDF).contains(&b))
        {
            let before = block[..at].iter().filter(|&&b| b == b'\n').count() as u64;
            self.beyond_kana = Some(self.lines + before + 1);
        }
        self.lines += block.iter().filter(|&&b| b == b'\n').count() as u64;
        let text: &[u8] = if self.carry.is_empty() {
            block
        } else {
            self.scratch.clear();
            self.scratch.extend_from_slice(&self.carry);
            self.scratch.extend_from_slice(block);
            &self.scratch
        };
        let tail = match std::str::from_utf8(text) {
            Ok(_) => Vec::new(),
            // A character cut at the block's end: kept for the next block.
            Err(e) if e.error_len().is_none() => text[e.valid_up_to()..].to_vec(),
            Err(_) => {
                self.invalid = true;
                Vec::new()
            }
        };
        self.carry = tail;
    }

    /// The line of the first character CP932 would garble, when the stream fed so far
    /// (`ended`: all of it) reads as UTF-8 beyond ASCII.
    fn utf8_at(&self, ended: bool) -> Option<u64> {
        let complete = !ended || self.carry.is_empty();
        self.beyond_kana.filter(|_| !self.invalid && complete)
    }
}

/// The error of a UTF-8 file read with `--encoding cp932`, at the line of its first text
/// beyond ASCII.
#[derive(Debug)]
struct Utf8NotCp932 {
    line: u64,
}

impl std::fmt::Display for Utf8NotCp932 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::tr!("import-utf8-not-cp932"))
    }
}

impl std::error::Error for Utf8NotCp932 {}

fn utf8_not_cp932(line: u64) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, Utf8NotCp932 { line })
}

impl<R> Cp932<R> {
    /// A byte sequence CP932 does not define: said to be UTF-8 when the text read so far
    /// is UTF-8 beyond ASCII, else not CP932.
    fn malformed(&self) -> std::io::Error {
        match self.watch.as_ref().and_then(|w| w.utf8_at(false)) {
            Some(line) => utf8_not_cp932(line),
            None => std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                crate::tr!("import-not-cp932"),
            ),
        }
    }
}

impl<R: Read> Read for Cp932<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        loop {
            if self.malformed {
                return Err(self.malformed());
            }
            if self.done {
                return Ok(0);
            }
            if self.start == self.end && !self.eof {
                let first = !self.started;
                self.started = true;
                self.start = 0;
                self.end = self.inner.read(&mut self.raw)?;
                self.eof = self.end == 0;
                // A UTF-8 byte order mark the decoder takes as UTF-8 by itself.
                if first && !self.raw[..self.end].starts_with(b"\xef\xbb\xbf") {
                    self.watch = Some(Utf8Watch::default());
                }
                if let Some(w) = &mut self.watch {
                    w.feed(&self.raw[..self.end]);
                    // Decided when the whole stream has been read, before the import
                    // writes anything (it reads its input in full first).
                    if self.eof
                        && let Some(line) = w.utf8_at(true)
                    {
                        return Err(utf8_not_cp932(line));
                    }
                }
            }
            let (result, read, written) = self.decoder.decode_to_utf8_without_replacement(
                &self.raw[self.start..self.end],
                out,
                self.eof,
            );
            self.start += read;
            match result {
                encoding_rs::DecoderResult::Malformed(..) => {
                    if written == 0 {
                        return Err(self.malformed());
                    }
                    self.malformed = true;
                }
                encoding_rs::DecoderResult::InputEmpty if self.eof => self.done = written == 0,
                _ => {}
            }
            if written > 0 || self.done {
                return Ok(written);
            }
        }
    }
}

/// Records read from an import file.
pub struct Input {
    src: BufReader<Box<dyn Read>>,
    /// Line breaks consumed so far; the next byte is on line `lines + 1`.
    lines: u64,
    /// The line and field (from 1) of the last CSV record's last quoted field that held a
    /// line break; None when none did. A record of the wrong number of fields that has one
    /// was most likely made by a quote closed in the wrong place.
    pub spanning: Option<(u64, usize)>,
}

impl Input {
    /// Wrap a raw input in `encoding`. A UTF-8 byte order mark is dropped; a UTF-16 file is
    /// refused with the fix.
    pub fn new(raw: Box<dyn Read>, encoding: Encoding) -> Result<Input, Bad> {
        let inner: Box<dyn Read> = match encoding {
            Encoding::Utf8 => raw,
            Encoding::Cp932 => Box::new(Cp932 {
                inner: raw,
                decoder: encoding_rs::SHIFT_JIS.new_decoder(),
                raw: vec![0; 64 * 1024],
                start: 0,
                end: 0,
                eof: false,
                done: false,
                malformed: false,
                watch: None,
                started: false,
            }),
        };
        let mut src = BufReader::with_capacity(64 * 1024, inner);
        let head = src.fill_buf().map_err(|e| read_error(1, &e))?;
        if head.starts_with(b"\xef\xbb\xbf") {
            src.consume(3);
        } else if head.starts_with(b"\xff\xfe")
            || head.starts_with(b"\xfe\xff")
            || looks_utf16(head)
        {
            return Err(bad(1, crate::tr!("import-utf16")));
        }
        Ok(Input {
            src,
            lines: 0,
            spanning: None,
        })
    }

    /// The next line (its line break and a CR before it removed) into `buf`, with its
    /// line number; None at the end. A line longer than [`RECORD_CAP`] stops the read
    /// as soon as the cap is passed.
    pub fn next_line(&mut self, buf: &mut Vec<u8>) -> Result<Option<u64>, Bad> {
        buf.clear();
        let line = self.lines + 1;
        loop {
            let avail = self.src.fill_buf().map_err(|e| read_error(line, &e))?;
            if avail.is_empty() {
                if buf.is_empty() {
                    return Ok(None);
                }
                break;
            }
            let (take, found) = match memchr::memchr(b'\n', avail) {
                Some(i) => (i, true),
                None => (avail.len(), false),
            };
            if buf.len() + take > RECORD_CAP {
                return Err(too_long(line));
            }
            buf.extend_from_slice(&avail[..take]);
            self.src.consume(take + usize::from(found));
            if found {
                break;
            }
        }
        self.lines += 1;
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
        Ok(Some(line))
    }

    /// The next CSV record (RFC 4180, with CR, LF or CRLF line breaks; quoted fields may
    /// span lines) into `rec`, with the line it starts on; None at the end. Blank lines
    /// between records are skipped, as the csv crate skips them.
    pub fn next_csv(
        &mut self,
        core: &mut csv_core::Reader,
        rec: &mut csv::ByteRecord,
        out: &mut Vec<u8>,
        ends: &mut Vec<usize>,
    ) -> Result<Option<u64>, Bad> {
        // Skip the line breaks before the record, counting them, so the record's line is
        // the line its first byte is on.
        loop {
            let avail = self
                .src
                .fill_buf()
                .map_err(|e| read_error(self.lines + 1, &e))?;
            let skip = avail
                .iter()
                .take_while(|b| **b == b'\r' || **b == b'\n')
                .count();
            self.lines += avail[..skip].iter().filter(|b| **b == b'\n').count() as u64;
            let all = skip == avail.len() && !avail.is_empty();
            self.src.consume(skip);
            if !all {
                break;
            }
        }
        let line = self.lines + 1;
        let start_lf = core.line();
        if out.is_empty() {
            out.resize(4096, 0);
        }
        if ends.is_empty() {
            ends.resize(64, 0);
        }
        let (mut nout, mut nend, mut used) = (0usize, 0usize, 0usize);
        let mut quotes = Quotes::new(line);
        loop {
            let avail = self.src.fill_buf().map_err(|e| read_error(line, &e))?;
            let (result, nin, o, e) = core.read_record(avail, &mut out[nout..], &mut ends[nend..]);
            quotes.scan(&avail[..nin]);
            self.src.consume(nin);
            used += nin;
            nout += o;
            nend += e;
            if used > RECORD_CAP {
                // A quoted field that runs past the cap of a record is one never closed.
                return Err(match quotes.open() {
                    Some((at, field)) => bad(
                        at,
                        crate::tr!(
                            "import-unclosed-quote-cap",
                            field = field,
                            cap = crate::error::cap_text(RECORD_CAP as u64)
                        ),
                    ),
                    None => too_long(line),
                });
            }
            match result {
                csv_core::ReadRecordResult::InputEmpty => {}
                csv_core::ReadRecordResult::OutputFull => {
                    let n = (out.len() * 2).min(RECORD_CAP + 4096);
                    out.resize(n, 0);
                }
                csv_core::ReadRecordResult::OutputEndsFull => {
                    let n = ends.len() * 2;
                    if n > 64 * 1024 {
                        return Err(bad(line, crate::tr!("import-too-many-fields")));
                    }
                    ends.resize(n, 0);
                }
                csv_core::ReadRecordResult::Record => break,
                csv_core::ReadRecordResult::End => {
                    if nend == 0 {
                        return Ok(None);
                    }
                    break;
                }
            }
        }
        // A record that ends inside a quoted field ended with the file: its closing quote
        // is missing, said where the field began, not as the fields the rest of the file
        // made of the record.
        if let Some((at, field)) = quotes.open() {
            return Err(bad(at, crate::tr!("import-unclosed-quote", field = field)));
        }
        self.spanning = quotes.spanning;
        self.lines += core.line() - start_lf;
        rec.clear();
        let mut from = 0;
        for &end in &ends[..nend] {
            rec.push_field(&out[from..end]);
            from = end;
        }
        Ok(Some(line))
    }
}

/// Where a CSV record's quoted fields open and close, read alongside the parser (RFC 4180
/// as `csv_core` reads it: a `"` that begins a field opens a quote, `""` inside one is a
/// quote character, and the next lone `"` closes it), so a quote left open can be named
/// by the line and field it began at.
struct Quotes {
    state: QuoteState,
    /// The line the byte being read is on.
    line: u64,
    /// The field being read, from 1.
    field: usize,
    /// The line and field of the quote opened last.
    opened: (u64, usize),
    /// The line and field of the last quoted field that held a line break.
    spanning: Option<(u64, usize)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum QuoteState {
    FieldStart,
    Unquoted,
    Quoted,
    /// A `"` inside a quoted field: the close, or the first half of `""`.
    QuoteInQuoted,
}

impl Quotes {
    fn new(line: u64) -> Quotes {
        Quotes {
            state: QuoteState::FieldStart,
            line,
            field: 1,
            opened: (line, 1),
            spanning: None,
        }
    }

    fn scan(&mut self, bytes: &[u8]) {
        use QuoteState::*;
        for &b in bytes {
            self.state = match (self.state, b) {
                (FieldStart, b'"') => {
                    self.opened = (self.line, self.field);
                    Quoted
                }
                (Quoted, b'"') => QuoteInQuoted,
                (QuoteInQuoted, b'"') => Quoted,
                (Quoted, _) => Quoted,
                (_, b',') => {
                    self.field += 1;
                    FieldStart
                }
                (_, b'\r' | b'\n') => {
                    self.field = 1;
                    FieldStart
                }
                _ => Unquoted,
            };
            if b == b'\n' {
                if self.state == Quoted {
                    self.spanning = Some(self.opened);
                }
                self.line += 1;
            }
        }
    }

    /// The line and field of a quoted field not yet closed; None when none is open.
    fn open(&self) -> Option<(u64, usize)> {
        (self.state == QuoteState::Quoted).then_some(self.opened)
    }
}

/// Whether the first bytes of a file are UTF-16 text without a byte order mark: a NUL in
/// every other byte (the high byte of each Latin character), little- or big-endian. Three
/// pairs in four so patterned, over at least two pairs, is no UTF-8 text.
fn looks_utf16(head: &[u8]) -> bool {
    let pairs: Vec<&[u8]> = head[..head.len().min(512)].chunks_exact(2).collect();
    if pairs.len() < 2 {
        return false;
    }
    let le = pairs.iter().filter(|p| p[0] != 0 && p[1] == 0).count();
    let be = pairs.iter().filter(|p| p[0] == 0 && p[1] != 0).count();
    le.max(be) * 4 >= pairs.len() * 3
}

fn too_long(line: u64) -> Bad {
    bad(
        line,
        crate::tr!(
            "import-record-too-long",
            cap = crate::error::cap_text(RECORD_CAP as u64)
        ),
    )
}

fn read_error(line: u64, e: &std::io::Error) -> Bad {
    // A UTF-8 file read as CP932 is placed at its first text beyond ASCII.
    if let Some(u) = e.get_ref().and_then(|x| x.downcast_ref::<Utf8NotCp932>()) {
        return bad(u.line, u.to_string());
    }
    if e.kind() == std::io::ErrorKind::InvalidData {
        bad(line, e.to_string())
    } else {
        bad(
            line,
            crate::tr!("import-cannot-read", reason = io_reason(e)),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(bytes: &[u8], enc: Encoding) -> Input {
        Input::new(Box::new(std::io::Cursor::new(bytes.to_vec())), enc).unwrap()
    }

    fn csv_lines(bytes: &[u8]) -> Vec<(u64, Vec<String>)> {
        let mut i = input(bytes, Encoding::Utf8);
        let mut core = csv_core::Reader::new();
        let (mut rec, mut out, mut ends) = (csv::ByteRecord::new(), Vec::new(), Vec::new());
        let mut got = Vec::new();
        while let Some(line) = i
            .next_csv(&mut core, &mut rec, &mut out, &mut ends)
            .unwrap()
        {
            got.push((
                line,
                rec.iter()
                    .map(|f| String::from_utf8(f.to_vec()).unwrap())
                    .collect(),
            ));
        }
        got
    }

    #[test]
    fn csv_records_name_the_line_they_start_on() {
        for text in [
            "title,severity\r\nbad,Z\r\n\r\n\"a\r\nb\",c\r\nq,w",
            "title,severity\nbad,Z\n\n\"a\nb\",c\nq,w\n",
            "\u{feff}title,severity\rbad,Z\r\r\"a\rb\",c\rq,w\r",
        ] {
            let got = csv_lines(text.as_bytes());
            let lines: Vec<u64> = got.iter().map(|g| g.0).collect();
            let cr_only = !text.contains('\n');
            if cr_only {
                // A CR alone ends a record but is no line break to count.
                assert_eq!(got.len(), 4);
            } else {
                assert_eq!(lines, [1, 2, 4, 6], "{text:?}");
            }
            assert_eq!(got[0].1, ["title", "severity"]);
            assert_eq!(got[2].1[0].replace(['\r', '\n'], ""), "ab");
        }
    }

    #[test]
    fn lines_are_bounded_and_lose_their_cr() {
        let mut i = input(b"{\"a\":1}\r\n\n{}", Encoding::Utf8);
        let mut buf = Vec::new();
        assert_eq!(i.next_line(&mut buf).unwrap(), Some(1));
        assert_eq!(buf, b"{\"a\":1}");
        assert_eq!(i.next_line(&mut buf).unwrap(), Some(2));
        assert_eq!(i.next_line(&mut buf).unwrap(), Some(3));
        assert_eq!(buf, b"{}");
        assert_eq!(i.next_line(&mut buf).unwrap(), None);
        let mut zeros = Input::new(Box::new(std::io::repeat(0)), Encoding::Utf8).unwrap();
        let e = zeros.next_line(&mut buf).unwrap_err();
        assert_eq!(e.line, 1);
        assert!(
            e.message.contains("larger than the 8 MiB cap"),
            "{}",
            e.message
        );
    }

    #[test]
    fn utf16_without_a_bom_is_recognised() {
        let le: Vec<u8> = "title\nx\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let be: Vec<u8> = "title\nx\n"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert!(looks_utf16(&le) && looks_utf16(&be));
        assert!(!looks_utf16("title\nメール\n".as_bytes()));
        assert!(!looks_utf16(b"a\0"));
    }

    #[test]
    fn cp932_is_decoded_and_bad_bytes_are_refused() {
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode("title\n全ユーザー①\n");
        let mut i = input(&sjis, Encoding::Cp932);
        let mut buf = Vec::new();
        i.next_line(&mut buf).unwrap();
        i.next_line(&mut buf).unwrap();
        assert_eq!(std::str::from_utf8(&buf).unwrap(), "全ユーザー①");
        let mut i = input(b"ok\n\x82\n", Encoding::Cp932);
        assert_eq!(i.next_line(&mut buf).unwrap(), Some(1));
        assert_eq!(i.next_line(&mut buf).unwrap_err().line, 2);
        assert!(not_utf8(&sjis).contains("--encoding cp932"));
    }
}
