//! The lexer: a field cut into its lexemes in one forward pass, each word looked up once in
//! the [vocabulary](super::vocab).
//!
//! The tokens are exactly the lexemes `lexeme` finds from each token's start
//! (a property test holds the two together): runs of letters (any script), runs of ASCII
//! digits, and single other characters, with whitespace between them skipped. A field's
//! tokens are kept in a [`Lexed`], 12 bytes a token.

use super::vocab::{Vocab, WordId, WordSet};
use super::{CLASS, DIGIT, HIGH, LETTER, LexKind, alphabetic_len, class_run, is_space};

/// Per byte of `x` (eight bytes, little-endian), bit 7 set where the byte is no ASCII letter.
#[inline(always)]
fn non_letters(x: u64) -> u64 {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    // Lowercased with bit 7 cleared, so that no sum below carries into the next byte; bit 7
    // of the sums then says `>= b'a'` and `> b'z'`.
    let y = (x | 0x2020_2020_2020_2020) & 0x7f7f_7f7f_7f7f_7f7f;
    let at_least_a = y + 0x1f1f_1f1f_1f1f_1f1f;
    let past_z = y + 0x0505_0505_0505_0505;
    !(at_least_a & !past_z & !x) & HIGH_BITS
}

/// The end of the run of ASCII letters in `b` from `i`: eight bytes at a time.
#[inline(always)]
fn letter_run(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let others = non_letters(u64::from_le_bytes(*chunk));
        if others != 0 {
            return i + (others.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    class_run(b, i, LETTER)
}

/// One lexeme of a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    start: u32,
    end: u32,
    /// For a word in the vocabulary, its id.
    pub word: Option<WordId>,
    /// Letters, digits or another character.
    pub kind: LexKind,
    flags: u8,
}

/// Token flags.
const ASCII: u8 = 1;
const ANCHOR: u8 = 2;

impl Token {
    /// Byte offset of its first byte.
    #[inline(always)]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Byte offset just past it.
    #[inline(always)]
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// Its length in bytes (never zero).
    #[inline(always)]
    #[allow(clippy::len_without_is_empty)]
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }

    /// All its bytes are ASCII.
    #[inline(always)]
    pub fn ascii(&self) -> bool {
        self.flags & ASCII != 0
    }

    /// It is one of the scanner's anchors: a run of ASCII digits, another numeric character
    /// (`½`), or one of the table words the scanner anchors on (`tables::anchor_words`).
    /// Told here, where the word's id is at hand, so that the scanner finds its anchors with
    /// one test a token.
    #[inline(always)]
    pub fn anchor(&self) -> bool {
        self.flags & ANCHOR != 0
    }
}

/// The longest text a [`Lexed`] holds: offsets are 32-bit (the scanner reads longer fields
/// in parts).
pub const MAX_LEXED: usize = u32::MAX as usize;

/// A field and all its tokens: what the scanner, the grammar and the move finder read.
pub struct Lexed<'s> {
    text: &'s str,
    toks: Vec<Token>,
    /// [`Lexed::hyphens_spaced`], told by the lexer (a plain field: a cache with interior
    /// mutability here cost 1% of the instructions, as `&Lexed` no longer told the compiler
    /// that what it points to does not change).
    hyphens_spaced: bool,
}

impl<'s> Lexed<'s> {
    /// Lex `text` (at most [`MAX_LEXED`] bytes: the scanner reads longer fields in parts;
    /// here, the rest would be left out).
    pub fn new(text: &'s str) -> Lexed<'s> {
        Lexed::with_buffer(text, Vec::new())
    }

    /// [`Lexed::new`], keeping the tokens in `buf` (cleared first): a caller that lexes many
    /// fields reuses one allocation ([`Lexed::into_buffer`] gives it back).
    pub fn with_buffer(text: &'s str, mut buf: Vec<Token>) -> Lexed<'s> {
        // Callers cut longer fields into parts (`scan::parts`); past the limit, offsets
        // would not fit.
        let text = &text[..text.floor_char_boundary(MAX_LEXED)];
        buf.clear();
        // News has a token for every five bytes or so; past a few megabytes, let it grow.
        buf.reserve((text.len() / 3).min(1 << 20) + 8);
        let glued_hyphen = lex(
            text,
            super::tables::vocab(),
            super::tables::anchor_words(),
            &mut buf,
        );
        Lexed {
            text,
            toks: buf,
            hyphens_spaced: text.len() >= 1024 && !glued_hyphen,
        }
    }

    /// The token buffer, for [`Lexed::with_buffer`].
    pub fn into_buffer(self) -> Vec<Token> {
        self.toks
    }

    /// The text.
    #[inline(always)]
    pub fn text(&self) -> &'s str {
        self.text
    }

    /// The tokens, in order.
    #[inline(always)]
    pub fn tokens(&self) -> &[Token] {
        &self.toks
    }

    /// The text of a token.
    #[inline(always)]
    pub fn str_of(&self, t: &Token) -> &'s str {
        &self.text[t.start()..t.end()]
    }

    /// Whether the character just before a token is a letter or a digit: `7` in `G7`; `s`
    /// in `'s` is not. (Such a character always ends the token before: whitespace and
    /// other symbols are neither.) Read from the text when asked, which few tokens are.
    #[inline]
    pub fn glued(&self, t: &Token) -> bool {
        let before = &self.text[..t.start()];
        match before.as_bytes().last() {
            Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
            Some(_) => before
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric),
            None => false,
        }
    }

    /// Whether the text (a field, or a part of a long one) writes its hyphens between spaces,
    /// as some tokenizers do (`state - owned`, BBC's tokenized form; CNN/DailyMail's keeps
    /// `first-half`): it is long enough to tell (a kilobyte; shorter texts, such as
    /// CNN/DailyMail's highlights, are taken not to) and no hyphen in it stands between two
    /// letters. Told by the lexer as it reads the hyphens.
    #[inline]
    pub fn hyphens_spaced(&self) -> bool {
        self.hyphens_spaced
    }

    /// The index of the first [anchor](Token::anchor) at or after token `from`: the flags
    /// of four tokens tested at once, as most tokens are none.
    #[inline]
    pub fn next_anchor(&self, from: usize) -> Option<usize> {
        let rest = self.toks.get(from..)?;
        let mut chunks = rest.chunks_exact(4);
        let mut base = from;
        for c in &mut chunks {
            if (c[0].flags | c[1].flags | c[2].flags | c[3].flags) & ANCHOR != 0 {
                return c.iter().position(Token::anchor).map(|p| base + p);
            }
            base += 4;
        }
        chunks
            .remainder()
            .iter()
            .position(Token::anchor)
            .map(|p| base + p)
    }

    /// The index of the first token that starts at or after byte `pos`.
    pub fn index_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start() < pos)
    }
}

/// Lex `text` into `toks`: see the [module docs](self). One pass; a word of ASCII letters is
/// read eight bytes at a time, and the same eight bytes, lowercased, are its key in the
/// vocabulary when it has at most eight letters. Words in `anchors` are marked
/// [`Token::anchor`], as are digits and numeric characters. Returns whether a hyphen stands
/// between two ASCII letters anywhere in `text` ([`Lexed::hyphens_spaced`]).
fn lex(text: &str, vocab: &Vocab, anchors: &WordSet, toks: &mut Vec<Token>) -> bool {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    let mut glued_hyphen = false;
    let mut push = |start: usize, end: usize, kind, ascii: bool, word| {
        let anchor = match kind {
            LexKind::Letters => anchors.contains_any(word),
            LexKind::Digits => true,
            // A numeric character (`½`); no ASCII symbol is one.
            LexKind::Symbol => !ascii && text[start..end].chars().any(char::is_numeric),
        };
        toks.push(Token {
            start: start as u32,
            end: end as u32,
            word,
            kind,
            flags: (u8::from(ascii) * ASCII) | (u8::from(anchor) * ANCHOR),
        });
    };
    while i < n {
        let c = b[i];
        // Most whitespace is one space between words.
        if c == b' ' {
            i += 1;
            continue;
        }
        match CLASS[usize::from(c)] {
            LETTER => {
                // The end of the ASCII letters, the word's id when it was read in the first
                // eight bytes, and whether a byte beyond ASCII follows (more letters, maybe).
                let high = |end: usize| b.get(end).is_some_and(|&c| c >= 0x80);
                let (end, word, high_next) = match b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
                    Some(chunk) => {
                        let x = u64::from_le_bytes(*chunk);
                        let others = non_letters(x);
                        if others != 0 {
                            // At most 7 letters: the byte after them is in `x`.
                            let len = (others.trailing_zeros() / 8) as usize;
                            let next_high = (x >> (8 * len)) & 0x80 != 0;
                            (i + len, Some(vocab.short_key(x, len)), next_high)
                        } else {
                            let end = letter_run(b, i + 8);
                            (end, None, high(end))
                        }
                    }
                    None => {
                        let end = letter_run(b, i + 1);
                        (end, None, high(end))
                    }
                };
                if high_next {
                    let more = alphabetic_len(&text[end..]);
                    if more > 0 {
                        let end = end + more;
                        push(i, end, LexKind::Letters, false, vocab.id(&text[i..end]));
                        i = end;
                        continue;
                    }
                }
                let word = word.unwrap_or_else(|| vocab.ascii_letters(b, i, end));
                push(i, end, LexKind::Letters, true, word);
                i = end;
            }
            DIGIT => {
                let end = class_run(b, i + 1, DIGIT);
                push(i, end, LexKind::Digits, true, None);
                i = end;
            }
            HIGH => {
                let Some(ch) = text[i..].chars().next() else {
                    break;
                };
                if is_space(ch) {
                    i += ch.len_utf8();
                    continue;
                }
                let letters = alphabetic_len(&text[i..]);
                if letters > 0 {
                    let end = i + letters;
                    push(i, end, LexKind::Letters, false, vocab.id(&text[i..end]));
                    i = end;
                } else {
                    let end = i + ch.len_utf8();
                    push(i, end, LexKind::Symbol, false, None);
                    i = end;
                }
            }
            _ => {
                if !matches!(c, b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                    push(i, i + 1, LexKind::Symbol, true, None);
                }
                if c == b'-' && !glued_hyphen {
                    glued_hyphen = i > 0
                        && b[i - 1].is_ascii_alphabetic()
                        && b.get(i + 1).is_some_and(u8::is_ascii_alphabetic);
                }
                i += 1;
            }
        }
    }
    glued_hyphen
}

#[cfg(test)]
mod tests {
    use super::super::lexeme_ascii;
    use super::*;
    use proptest::prelude::*;

    /// The tokens as [`lexeme_ascii`] cuts them, skipping whitespace char by char.
    fn by_lexeme(s: &str) -> Vec<(usize, usize, LexKind, bool, bool)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < s.len() {
            match lexeme_ascii(&s[i..]) {
                Some((kind, n, ascii)) => {
                    let glued = s[..i]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric);
                    out.push((i, i + n, kind, ascii, glued));
                    i += n;
                }
                None => i += s[i..].chars().next().map_or(1, char::len_utf8),
            }
        }
        out
    }

    fn by_lexer(s: &str) -> Vec<(usize, usize, LexKind, bool, bool)> {
        let lx = Lexed::new(s);
        lx.tokens()
            .iter()
            .map(|t| (t.start(), t.end(), t.kind, t.ascii(), lx.glued(t)))
            .collect()
    }

    #[test]
    fn words_carry_their_vocabulary_id() {
        let s = "Kyiv rose 1.8% to $88 a BARREL; G7 ½ Â£3";
        let toks: Vec<Token> = Lexed::new(s).tokens().to_vec();
        let text: Vec<&str> = toks.iter().map(|t| &s[t.start()..t.end()]).collect();
        assert_eq!(
            text,
            [
                "Kyiv", "rose", "1", ".", "8", "%", "to", "$", "88", "a", "BARREL", ";", "G", "7",
                "½", "Â", "£", "3"
            ]
        );
        let vocab = crate::lexicon::tables::vocab();
        let word = |i: usize| toks[i].word.map(|id| vocab.word(id));
        assert_eq!(word(10), Some("barrel"));
        assert_eq!(word(15), Some("â"));
        assert_eq!(word(0), None);
        let lx = Lexed::new(s);
        let glued = |i: usize| lx.glued(&toks[i]);
        // "7" after "G" and "£" after "Â" are glued; "½" after a space and "3" after "£"
        // are not.
        assert!(glued(13) && glued(16) && !glued(12) && !glued(14) && !glued(17));
    }

    proptest! {
        #![proptest_config(crate::proptest_cases(3000))]
        #[test]
        fn the_lexer_cuts_as_lexeme_does(
            s in r"[a-zA-Z0-9 ,.$%\-\t\n\r\x0b\x0c\u{85}\u{a0}\u{2009}\u{2028}\u{3000}éßЖ中½€£²\u{212a}]{0,24}"
        ) {
            prop_assert_eq!(by_lexer(&s), by_lexeme(&s));
        }

        #[test]
        fn ids_are_those_of_the_words(s in r"[a-zA-Z ,.é]{0,40}") {
            let vocab = crate::lexicon::tables::vocab();
            for t in Lexed::new(&s).tokens() {
                if t.kind == LexKind::Letters {
                    prop_assert_eq!(t.word, vocab.id(&s[t.start()..t.end()]));
                }
            }
        }

        /// The anchor flag, told from the kind, id and class the lexer has at hand, is the
        /// scanner's definition of an anchor, read from the token and its text.
        #[test]
        fn anchors_are_digits_numerals_and_anchor_words(
            s in r"([a-zA-Z0-9 ,.$%½⅔²€éЖ中\u{212a}]|million|dollars|Two|MILES|dozen|per|rose| ){0,24}"
        ) {
            let vocab = crate::lexicon::tables::vocab();
            let words = crate::lexicon::tables::anchor_words();
            for t in Lexed::new(&s).tokens() {
                let text = &s[t.start()..t.end()];
                let want = match t.kind {
                    LexKind::Digits => true,
                    LexKind::Letters => vocab.id(text).is_some_and(|w| words.contains(w)),
                    LexKind::Symbol => text.chars().next().is_some_and(char::is_numeric),
                };
                prop_assert_eq!(t.anchor(), want, "{:?} in {:?}", text, s);
            }
        }

        /// `next_anchor`, four tokens at a time, finds the next anchor one token at a time
        /// would, from every token.
        #[test]
        fn the_next_anchor_is_the_first_anchor_after(
            s in r"(1|½|mile|two|rose|x|,| ){0,40}"
        ) {
            let lx = Lexed::new(&s);
            let toks = lx.tokens();
            for from in 0..=toks.len() + 1 {
                let want = (from..toks.len()).find(|&k| toks[k].anchor());
                prop_assert_eq!(lx.next_anchor(from), want, "{:?} from {}", s, from);
            }
        }
    }

    /// The lexer tells whether a text spaces its hyphens as a scan of its bytes would.
    #[test]
    fn a_text_spaces_its_hyphens_when_none_stands_between_letters() {
        let long = |s: &str| s.repeat(1100 / s.len() + 1);
        let scan = |s: &str| {
            let b = s.as_bytes();
            b.len() >= 1024
                && !(1..b.len().saturating_sub(1)).any(|i| {
                    b[i] == b'-' && b[i - 1].is_ascii_alphabetic() && b[i + 1].is_ascii_alphabetic()
                })
        };
        for text in [
            long("the state - owned bank ' s first - half . "),
            long("the state-owned bank . "),
            long("rose 5-6 % - a - b"),
            format!("{}x-y", long("a - b ")),
            format!("-a{}", long(" a - b")),
            "state - owned".to_string(),
            long("é-é à - b "),
        ] {
            assert_eq!(
                Lexed::new(&text).hyphens_spaced(),
                scan(&text),
                "{text:.40?}"
            );
        }
        assert!(Lexed::new(&long("state - owned ")).hyphens_spaced());
        assert!(!Lexed::new(&long("state-owned ")).hyphens_spaced());
        assert!(!Lexed::new("state - owned").hyphens_spaced());
    }

    #[test]
    fn anchors_are_marked() {
        let s = "Two MILLION barrels rose, ½ a mile, 3 ounces a BARREL";
        let marked: Vec<&str> = Lexed::new(s)
            .tokens()
            .iter()
            .filter(|t| t.anchor())
            .map(|t| &s[t.start()..t.end()])
            .collect();
        assert_eq!(
            marked,
            [
                "Two", "MILLION", "barrels", "½", "mile", "3", "ounces", "BARREL"
            ]
        );
    }
}

#[cfg(test)]
mod run_tests {
    use super::*;

    #[test]
    fn letter_runs_stop_at_every_other_byte() {
        for c in 0u8..=255 {
            let mut b = b"abcdefghijKLMNOPQRSTuvwxyz".to_vec();
            for at in [0usize, 3, 7, 8, 15, 25] {
                let mut t = b.clone();
                t[at] = c;
                let want = if c.is_ascii_alphabetic() { t.len() } else { at };
                assert_eq!(letter_run(&t, 0), want, "byte {c:#x} at {at}");
            }
            b.truncate(3);
        }
    }
}
