//! The grammar of quantities, written with nom over a cursor into a lexed field ([`Cur`]).
//!
//! Parsers take the field at a candidate position (see [`crate::scan`]) and return what they
//! recognized plus the cursor after it, so a span is the difference of two positions and
//! always lies in the original field. Every parser is linear in what it consumes and fails
//! without consuming; the error type is `()` because a failed alternative carries no
//! information the scanner could use (it simply moves on to the next candidate).
//!
//! - [`number`]: numerals in digits (`2,400`, tokenized `2 , 400`, `1 . 8`) and in words
//!   (`two million`, `one and a half`, `a dozen`).
//! - [`quantity`]: amounts (`$2.4bn`, `60km`, `3.5 %`), qualifiers, ranges, rates, dual units,
//!   vague amounts and counted nouns.
//! - [`skip`]: text that looks numeric but is no quantity: dates, times, phone numbers, names
//!   with numbers, URLs.

pub mod number;
pub mod quantity;
pub mod skip;

use crate::lexicon::lexer::{Lexed, Token};
use crate::lexicon::{LexKind, Lexicon, Match, lexeme};
use nom::IResult;

/// A position in a lexed field: the grammar's input.
///
/// It stands for the field's text from [`Cur::pos`] on ([`Cur::rest`]), as a `&str` suffix
/// would, and holds the index of the next token, so that the lexeme, the whitespace or the
/// table entry at the position is found from the [`Lexed`] tokens in constant time instead
/// of by reading the text again. Parsers return the cursor after what they consumed; the
/// span of a match is the difference of two positions.
#[derive(Clone, Copy)]
pub struct Cur<'a> {
    lx: &'a Lexed<'a>,
    pos: usize,
    /// The first token that starts at or after `pos` (the number of tokens if none).
    k: usize,
}

impl std::fmt::Debug for Cur<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Cur({}, {:?})", self.pos, self.rest())
    }
}

impl<'a> Cur<'a> {
    /// The start of a lexed field.
    pub fn new(lx: &'a Lexed<'a>) -> Cur<'a> {
        Cur { lx, pos: 0, k: 0 }
    }

    /// Byte `pos` of a lexed field (a char boundary, at most the text's length).
    pub fn at(lx: &'a Lexed<'a>, pos: usize) -> Cur<'a> {
        let pos = pos.min(lx.text().len());
        Cur {
            lx,
            pos,
            k: lx.index_at(pos),
        }
    }

    /// The start of token `k` of a lexed field.
    pub(crate) fn at_token(lx: &'a Lexed<'a>, k: usize) -> Cur<'a> {
        let pos = lx.tokens().get(k).map_or(lx.text().len(), Token::start);
        Cur { lx, pos, k }
    }

    /// The byte offset in the field.
    #[inline(always)]
    pub fn pos(&self) -> usize {
        self.pos
    }

    /// The text from here to the end of the field.
    #[inline(always)]
    pub fn rest(&self) -> &'a str {
        self.lx.text().get(self.pos..).unwrap_or_default()
    }

    /// The field.
    #[inline(always)]
    pub fn lexed(&self) -> &'a Lexed<'a> {
        self.lx
    }

    /// Whether the field ends here.
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.pos >= self.lx.text().len()
    }

    /// The bytes from `self` to `later`, a position after it.
    #[inline(always)]
    pub fn span_to(&self, later: Cur<'a>) -> &'a str {
        self.lx.text().get(self.pos..later.pos).unwrap_or_default()
    }

    /// The number of bytes from `self` to `later`.
    #[inline(always)]
    pub fn len_to(&self, later: Cur<'a>) -> usize {
        later.pos.saturating_sub(self.pos)
    }

    /// The token that starts right here, if any.
    #[inline(always)]
    pub fn token(&self) -> Option<&'a Token> {
        let t = self.lx.tokens().get(self.k)?;
        (t.start() == self.pos).then_some(t)
    }

    /// The next token: the one that starts here, or after the whitespace here.
    #[inline(always)]
    pub(crate) fn next_token(&self) -> Option<&'a Token> {
        self.lx.tokens().get(self.k)
    }

    /// The index of the next token: the one that starts here, or after the whitespace here.
    #[inline(always)]
    pub(crate) fn next_index(&self) -> usize {
        self.k
    }

    /// The token before the next one ([`Cur::next_index`]), with its index.
    #[inline(always)]
    pub(crate) fn prev_token(&self) -> Option<(usize, &'a Token)> {
        let k = self.k.checked_sub(1)?;
        Some((k, self.lx.tokens().get(k)?))
    }

    /// Whether the position is inside a token, past its first character: the lexeme here is
    /// the rest of that token (only reached after an odd cut, so read from the text).
    #[inline(always)]
    fn inside(&self) -> bool {
        self.k > 0
            && self
                .lx
                .tokens()
                .get(self.k - 1)
                .is_some_and(|t| t.end() > self.pos)
    }

    /// The cursor `n` bytes on (a char boundary).
    #[inline(always)]
    pub fn advance(self, n: usize) -> Cur<'a> {
        let pos = (self.pos + n).min(self.lx.text().len());
        let toks = self.lx.tokens();
        let mut k = self.k;
        while toks.get(k).is_some_and(|t| t.start() < pos) {
            k += 1;
        }
        Cur {
            lx: self.lx,
            pos,
            k,
        }
    }

    /// The cursor just past the token that starts here.
    #[inline(always)]
    fn past(self, t: &Token) -> Cur<'a> {
        Cur {
            lx: self.lx,
            pos: t.end(),
            k: self.k + 1,
        }
    }

    /// The lexeme that starts here, as `lexicon::lexeme` gives it: its kind and length.
    #[inline(always)]
    pub fn lexeme(&self) -> Option<(LexKind, usize)> {
        if let Some(t) = self.token() {
            return Some((t.kind, t.len()));
        }
        if self.inside() {
            return lexeme(self.rest());
        }
        None
    }

    /// The length of the whitespace that starts here.
    #[inline(always)]
    pub fn space_len(&self) -> usize {
        if self.inside() {
            return 0;
        }
        let next = self
            .lx
            .tokens()
            .get(self.next_index())
            .map_or(self.lx.text().len(), Token::start);
        next - self.pos
    }

    /// The cursor past the whitespace that starts here.
    #[inline(always)]
    pub fn skip_space(self) -> Cur<'a> {
        let n = self.space_len();
        if n == 0 {
            return self;
        }
        self.into_space(n)
    }

    /// The cursor `n` bytes on, `n` at most [`Cur::space_len`]: still before the same next
    /// token, found without looking (whitespace holds no token).
    #[inline(always)]
    fn into_space(self, n: usize) -> Cur<'a> {
        debug_assert!(n <= self.space_len());
        Cur {
            lx: self.lx,
            pos: self.pos + n,
            k: self.k,
        }
    }

    /// Whether the text here starts with `lit`.
    #[inline(always)]
    pub fn starts_with(&self, lit: &str) -> bool {
        self.rest().starts_with(lit)
    }

    /// Whether the text here starts with a character for which `f` holds.
    #[inline(always)]
    pub fn starts_with_char(&self, f: impl Fn(char) -> bool) -> bool {
        self.rest().starts_with(f)
    }

    /// The longest entry of `lexicon` that starts here.
    #[inline(always)]
    pub fn longest<T>(&self, lexicon: &'static Lexicon<T>) -> Option<Match<T>> {
        if self.token().is_some() {
            lexicon.longest_lexed(self.lx, self.k)
        } else if self.inside() {
            lexicon.longest(self.rest())
        } else {
            None
        }
    }

    /// All entries of `lexicon` that start here, longest first.
    pub fn matches<T>(&self, lexicon: &'static Lexicon<T>) -> impl Iterator<Item = Match<T>> + 'a {
        let at_token = self.token().is_some();
        let lexed = at_token.then(|| lexicon.matches_lexed(self.lx, self.k));
        let text = (!at_token && self.inside()).then(|| lexicon.matches(self.rest()));
        lexed
            .into_iter()
            .flatten()
            .chain(text.into_iter().flatten())
    }

    /// The first byte here.
    #[inline(always)]
    pub fn first_byte(&self) -> Option<u8> {
        self.lx.text().as_bytes().get(self.pos).copied()
    }
}

/// The result type of every grammar parser.
pub type Res<'a, T> = IResult<Cur<'a>, T, ()>;

/// Options that change how text is read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ctx {
    /// The text is lowercased and PTB-spaced (`1 . 8 %`, `$ 2 , 400`): decimal points and
    /// thousands separators may stand between spaces.
    pub tokenized: bool,
    /// The amount follows a verb of change (`rose $7.2bn to $170.8bn`): `X to Y` there is a
    /// change and a level, not a range. Set by the scanner per position; it changes only
    /// readings that would otherwise be a range (the scanner relies on that).
    pub after_change_verb: bool,
    /// The amount follows `up` or `down` (`edged up 0.1% to 4.7%`): `X to Y` there is a
    /// change and a level where Y is more than five times X (`down 2% to 6%` stays a range).
    /// Set as [`Ctx::after_change_verb`] is.
    pub after_particle: bool,
    /// The amount is the low end of a framed range (`between $5 and ten`): an `and` after
    /// it joins the range and never adds a minor amount (cents).
    pub in_range: bool,
}

#[inline]
pub(crate) fn fail<'a, T>() -> Res<'a, T> {
    Err(nom::Err::Error(()))
}

/// Optional whitespace.
#[inline]
pub(crate) fn ws0(s: Cur<'_>) -> Res<'_, ()> {
    Ok((s.skip_space(), ()))
}

/// At least one whitespace character.
#[inline]
pub(crate) fn ws1(s: Cur<'_>) -> Res<'_, ()> {
    match s.space_len() {
        0 => Err(nom::Err::Error(())),
        n => Ok((s.into_space(n), ())),
    }
}

/// Optional whitespace on the same line: a unit or noun never belongs to a number on the line
/// before (tables put labels under numbers).
#[inline]
pub(crate) fn ws_inline0(s: Cur<'_>) -> Res<'_, ()> {
    let n = s.space_len();
    if n == 0 {
        return Ok((s, ()));
    }
    // A byte loop: the spaces are a few bytes, too few for a searcher to pay; most often
    // one space.
    let space = &s.lx.text().as_bytes()[s.pos..s.pos + n];
    let n = if space == b" " {
        1
    } else {
        space.iter().position(|&b| b == b'\n').unwrap_or(n)
    };
    Ok((s.into_space(n), ()))
}

/// At least one whitespace character, all on the same line.
#[inline]
pub(crate) fn ws_inline1(s: Cur<'_>) -> Res<'_, ()> {
    match ws_inline0(s) {
        Ok((r, ())) if r.pos() > s.pos() => Ok((r, ())),
        _ => Err(nom::Err::Error(())),
    }
}

/// The longest entry of a lexicon at the start of the input.
#[inline]
pub(crate) fn lex<T>(lexicon: &'static Lexicon<T>) -> impl Fn(Cur<'_>) -> Res<'_, &'static T> {
    move |s: Cur<'_>| match s.longest(lexicon) {
        Some(Match { value, len }) => Ok((s.advance(len), value)),
        None => Err(nom::Err::Error(())),
    }
}

/// Literal text, as `nom`'s `tag` on a `&str`.
#[inline]
pub(crate) fn lit<'l>(l: &'l str) -> impl Fn(Cur<'_>) -> Res<'_, ()> + 'l {
    move |s: Cur<'_>| {
        if s.starts_with(l) {
            Ok((s.advance(l.len()), ()))
        } else {
            Err(nom::Err::Error(()))
        }
    }
}

/// A word (run of letters) equal to `w` (letters), ignoring ASCII case.
#[inline]
pub(crate) fn word<'w>(w: &'w str) -> impl for<'a> Fn(Cur<'a>) -> Res<'a, &'a str> + 'w {
    move |s: Cur<'_>| {
        if let Some(t) = s.token() {
            // Kind and length first, from the token: most words asked for are not there.
            if t.kind != LexKind::Letters || t.len() != w.len() {
                return Err(nom::Err::Error(()));
            }
            let text = s.lexed().str_of(t);
            return if text.as_bytes().eq_ignore_ascii_case(w.as_bytes()) {
                Ok((s.past(t), text))
            } else {
                Err(nom::Err::Error(()))
            };
        }
        if !s.inside() {
            return Err(nom::Err::Error(()));
        }
        let rest = s.rest();
        let n = w.len();
        match rest.as_bytes().get(..n) {
            Some(head)
                if n > 0
                    && head.eq_ignore_ascii_case(w.as_bytes())
                    && rest.is_char_boundary(n)
                    && !rest[n..].starts_with(char::is_alphabetic) =>
            {
                Ok((s.advance(n), &rest[..n]))
            }
            _ => Err(nom::Err::Error(())),
        }
    }
}

/// The next word (run of letters) of the input.
#[inline]
pub(crate) fn any_word(s: Cur<'_>) -> Res<'_, &str> {
    match s.lexeme() {
        Some((LexKind::Letters, n)) => Ok((s.advance(n), &s.rest()[..n])),
        _ => Err(nom::Err::Error(())),
    }
}

/// The length of the whitespace at `s`, unless it holds a line break: a noun phrase does not
/// run on to the next line, nor does a tokenized numeral (`$ 15,000 .` ending a highlight, the
/// next one starting `15 per cent`).
pub(crate) fn space_on_line(s: Cur<'_>) -> Option<usize> {
    let sp = s.space_len();
    let breaks = s.rest().as_bytes()[..sp]
        .iter()
        .any(|&b| b == b'\n' || b == b'\r');
    (!breaks).then_some(sp)
}

/// Whether the input starts with a letter or digit (so a preceding lexeme was glued to it).
#[inline]
pub(crate) fn starts_alnum(s: Cur<'_>) -> bool {
    match s.token() {
        Some(t) if t.kind != LexKind::Symbol => true,
        Some(t) if t.ascii() => false,
        _ => s.rest().chars().next().is_some_and(char::is_alphanumeric),
    }
}

/// A cursor at the start of `s`, lexed (for tests: the text and its tokens are leaked).
#[cfg(test)]
pub(crate) fn cur(s: &str) -> Cur<'static> {
    let text: &'static str = Box::leak(s.to_string().into_boxed_str());
    let lx: &'static Lexed<'static> = Box::leak(Box::new(Lexed::new(text)));
    Cur::new(lx)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(crate::proptest_cases(3000))]
        /// The whitespace parsers keep the cursor's next token without looking it up: it is
        /// the one a fresh cursor at the same byte finds.
        #[test]
        fn whitespace_keeps_the_next_token(
            s in "[a5 \t\n\r\u{b}\u{c}\u{a0}\u{85}\u{2028}\u{3000}é.-]{0,30}"
        ) {
            let lx = Lexed::new(&s);
            for pos in (0..=s.len()).filter(|&p| s.is_char_boundary(p)) {
                let c = Cur::at(&lx, pos);
                for r in [ws0(c), ws1(c), ws_inline0(c), ws_inline1(c)].into_iter().flatten() {
                    let (r, ()) = r;
                    let fresh = Cur::at(&lx, r.pos());
                    prop_assert_eq!(r.k, fresh.k, "{:?} from {}", s, pos);
                }
            }
        }
    }
}
