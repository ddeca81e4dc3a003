//! The grammar of quantities, written with nom over `&str`.
//!
//! Parsers take the text at a candidate position (see [`crate::scan`]) and return what they
//! recognized plus the rest of the input, so spans fall out of `nom::Offset` and always lie in
//! the original field. Every parser is linear in what it consumes and fails without
//! consuming; the error type is `()` because a failed alternative carries no information the
//! scanner could use (it simply moves on to the next candidate).
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

use crate::lexicon::{LexKind, Lexicon, Match, lexeme, space_len};
use nom::IResult;

/// The result type of every grammar parser.
pub type Res<'a, T> = IResult<&'a str, T, ()>;

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
    /// The amount is the low end of a framed range (`between $5 and ten`): an `and` after
    /// it joins the range and never adds a minor amount (cents).
    pub in_range: bool,
}

#[inline]
pub(crate) fn fail<T>() -> Res<'static, T> {
    Err(nom::Err::Error(()))
}

/// Optional whitespace.
#[inline]
pub(crate) fn ws0(s: &str) -> Res<'_, ()> {
    Ok((&s[space_len(s)..], ()))
}

/// At least one whitespace character.
#[inline]
pub(crate) fn ws1(s: &str) -> Res<'_, ()> {
    match space_len(s) {
        0 => Err(nom::Err::Error(())),
        n => Ok((&s[n..], ())),
    }
}

/// Optional whitespace on the same line: a unit or noun never belongs to a number on the line
/// before (tables put labels under numbers).
#[inline]
pub(crate) fn ws_inline0(s: &str) -> Res<'_, ()> {
    let n = space_len(s);
    // A byte loop: the spaces are a few bytes, too few for a searcher to pay.
    let n = s.as_bytes()[..n]
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or(n);
    Ok((&s[n..], ()))
}

/// At least one whitespace character, all on the same line.
#[inline]
pub(crate) fn ws_inline1(s: &str) -> Res<'_, ()> {
    match ws_inline0(s) {
        Ok((r, ())) if r.len() < s.len() => Ok((r, ())),
        _ => Err(nom::Err::Error(())),
    }
}

/// The longest entry of a lexicon at the start of the input.
#[inline]
pub(crate) fn lex<T>(lexicon: &'static Lexicon<T>) -> impl Fn(&str) -> Res<'_, &'static T> {
    move |s: &str| match lexicon.longest(s) {
        Some(Match { value, len }) => Ok((&s[len..], value)),
        None => Err(nom::Err::Error(())),
    }
}

/// A word (run of letters) equal to `w` (letters), ignoring ASCII case.
#[inline]
pub(crate) fn word<'w>(w: &'w str) -> impl Fn(&str) -> Res<'_, &str> + 'w {
    move |s: &str| {
        // Compare the bytes first: most words differ there, before their end is found.
        let n = w.len();
        match s.as_bytes().get(..n) {
            Some(head)
                if n > 0
                    && head.eq_ignore_ascii_case(w.as_bytes())
                    && s.is_char_boundary(n)
                    && !s[n..].starts_with(char::is_alphabetic) =>
            {
                Ok((&s[n..], &s[..n]))
            }
            _ => Err(nom::Err::Error(())),
        }
    }
}

/// The next word (run of letters) of the input.
#[inline]
pub(crate) fn any_word(s: &str) -> Res<'_, &str> {
    match lexeme(s) {
        Some((LexKind::Letters, n)) => Ok((&s[n..], &s[..n])),
        _ => Err(nom::Err::Error(())),
    }
}

/// Whether the input starts with a letter or digit (so a preceding lexeme was glued to it).
#[inline]
pub(crate) fn starts_alnum(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_alphanumeric)
}
