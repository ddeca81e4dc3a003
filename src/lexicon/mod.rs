//! Word tables and the matcher that finds their entries in text.
//!
//! Every table of the grammar (qualifiers, currencies, scale words, units, number words, …)
//! lives in [`tables`] as plain data. A [`Lexicon`] indexes one table by its first lexeme, so
//! matching costs one hash lookup plus a comparison of the few entries sharing that lexeme.
//!
//! A *lexeme* is a maximal run of letters, a maximal run of ASCII digits, or one other
//! non-whitespace character. Entries are written as text (`"per cent"`, `"US$"`, `"°C"`) and
//! split into lexemes; in the input, lexemes of an entry may be separated by optional
//! whitespace. So `"US$"` matches `US$`, `us $` and `US $`, and `"°C"` matches `°C` and the
//! tokenized `° c`, while letters can never run together (`percent` is one lexeme and needs its
//! own entry).

pub mod tables;

use rustc_hash::FxHashMap as HashMap;

/// Which characters of the input count as whitespace between lexemes.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}'
}

/// Length in bytes of leading whitespace.
#[inline]
pub(crate) fn space_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => i += 1,
            c if c >= 0x80 => {
                let ch = match s[i..].chars().next() {
                    Some(ch) => ch,
                    None => break,
                };
                if is_space(ch) {
                    i += ch.len_utf8();
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    i
}

/// What kind of lexeme starts a string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LexKind {
    Letters,
    Digits,
    Symbol,
}

/// The lexeme at the very start of `s` (no leading whitespace skipped): its kind and length.
#[inline]
pub(crate) fn lexeme(s: &str) -> Option<(LexKind, usize)> {
    let b = s.as_bytes();
    let first = *b.first()?;
    if first.is_ascii_digit() {
        let n = b.iter().take_while(|c| c.is_ascii_digit()).count();
        return Some((LexKind::Digits, n));
    }
    if first.is_ascii_alphabetic() || first >= 0x80 {
        // ASCII letters by bytes; characters only past the first non-ASCII byte.
        let mut n = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
        if b.get(n).is_none_or(|&c| c < 0x80) && n > 0 {
            return Some((LexKind::Letters, n));
        }
        for ch in s[n..].chars() {
            if ch.is_alphabetic() {
                n += ch.len_utf8();
            } else {
                break;
            }
        }
        if n > 0 {
            return Some((LexKind::Letters, n));
        }
    }
    let ch = s.chars().next()?;
    if is_space(ch) {
        return None;
    }
    Some((LexKind::Symbol, ch.len_utf8()))
}

/// Case-insensitive equality of an input lexeme with a lowercase table lexeme.
#[inline]
fn eq_fold(input: &str, lower: &str) -> bool {
    if input.is_ascii() {
        return input.eq_ignore_ascii_case(lower);
    }
    input.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

fn lowercase_key(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).collect()
}

/// How an entry compares with the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// Any case: `"km"` matches `KM`, `Km`, `km`.
    Any,
    /// Exactly as written: `"M"` (million) does not match `m`.
    Exact,
}

struct Entry<T: 'static> {
    lexemes: Box<[Box<str>]>,
    /// Per lexeme: digits written glued to what precedes them in the form (`m2`), which the
    /// input must glue too (`12 m 2 dm` is no `m2`).
    glued: Box<[bool]>,
    case: Case,
    value: &'static T,
}

/// One word table, indexed for matching at a position of the input.
pub struct Lexicon<T: 'static> {
    by_first: HashMap<Box<[u8]>, Vec<Entry<T>>>,
}

/// The result of a successful match: the entry's value and the matched length in bytes.
#[derive(Debug)]
pub struct Match<T: 'static> {
    /// The table value of the matched entry.
    pub value: &'static T,
    /// Bytes of input consumed, from the first lexeme to the end of the last.
    pub len: usize,
}

impl<T> Clone for Match<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Match<T> {}

/// The lexemes of a form, each with whether it is digits glued to the lexeme before.
fn split_lexemes(form: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut rest = form;
    loop {
        let sp = space_len(rest);
        rest = &rest[sp..];
        match lexeme(rest) {
            Some((kind, n)) => {
                out.push((
                    &rest[..n],
                    kind == LexKind::Digits && sp == 0 && !out.is_empty(),
                ));
                rest = &rest[n..];
            }
            None => break,
        }
    }
    out
}

impl<T> Lexicon<T> {
    /// Index a table of `(form, case, value)` entries.
    pub fn new(entries: impl IntoIterator<Item = (&'static str, Case, &'static T)>) -> Self {
        let mut by_first: HashMap<Box<[u8]>, Vec<Entry<T>>> = HashMap::default();
        for (form, case, value) in entries {
            let parts = split_lexemes(form);
            let glued: Box<[bool]> = parts.iter().map(|&(_, g)| g).collect();
            let lexemes: Box<[Box<str>]> = parts
                .into_iter()
                .map(|(l, _)| match case {
                    Case::Any => lowercase_key(l).into_boxed_str(),
                    Case::Exact => l.into(),
                })
                .collect();
            let Some(first) = lexemes.first() else {
                continue;
            };
            by_first
                .entry(lowercase_key(first).into_bytes().into_boxed_slice())
                .or_default()
                .push(Entry {
                    lexemes,
                    glued,
                    case,
                    value,
                });
        }
        for list in by_first.values_mut() {
            // Longest entry first, so that "per cent" wins over "per".
            list.sort_by_key(|e| std::cmp::Reverse(e.lexemes.len()));
        }
        Lexicon { by_first }
    }

    /// The first lexemes of all entries (lowercase).
    pub fn first_lexemes(&self) -> impl Iterator<Item = &str> {
        self.by_first
            .keys()
            .filter_map(|k| std::str::from_utf8(k).ok())
    }

    /// Whether some entry starts with this (already lowercase) lexeme.
    pub fn starts_with_lexeme(&self, lower: &str) -> bool {
        self.by_first.contains_key(lower.as_bytes())
    }

    /// The longest entry matching at the very start of `s`.
    pub fn longest(&self, s: &str) -> Option<Match<T>> {
        self.matches(s).next()
    }

    /// All entries matching at the start of `s`, longest first.
    pub fn matches<'s>(&'s self, s: &'s str) -> impl Iterator<Item = Match<T>> + 's {
        let first = lexeme(s).map(|(_, n)| &s[..n]);
        let list = first.and_then(|f| {
            let mut buf = [0u8; 32];
            if f.is_ascii() && f.len() <= buf.len() {
                let key = &mut buf[..f.len()];
                key.copy_from_slice(f.as_bytes());
                key.make_ascii_lowercase();
                self.by_first.get(&*key)
            } else {
                self.by_first.get(lowercase_key(f).as_bytes())
            }
        });
        list.into_iter().flatten().filter_map(move |e| {
            match_entry(e, s).map(|len| Match {
                value: e.value,
                len,
            })
        })
    }
}

fn match_entry<T>(e: &Entry<T>, s: &str) -> Option<usize> {
    let mut pos = 0;
    for (i, want) in e.lexemes.iter().enumerate() {
        if i > 0 && !e.glued[i] {
            pos += space_len(&s[pos..]);
        }
        let (_, n) = lexeme(&s[pos..])?;
        let got = &s[pos..pos + n];
        let same = match e.case {
            Case::Any => eq_fold(got, want),
            Case::Exact => got == &**want,
        };
        if !same {
            return None;
        }
        pos += n;
    }
    Some(pos)
}

#[cfg(test)]
mod tests {
    use super::*;

    static V: [u8; 4] = [0, 1, 2, 3];

    fn lx() -> Lexicon<u8> {
        Lexicon::new([
            ("per", Case::Any, &V[0]),
            ("per cent", Case::Any, &V[1]),
            ("US$", Case::Any, &V[2]),
            ("M", Case::Exact, &V[3]),
        ])
    }

    #[test]
    fn longest_entry_wins_and_spaces_are_optional_between_lexemes() {
        let l = lx();
        let m = l.longest("per cent rise").map(|m| (*m.value, m.len));
        assert_eq!(m, Some((1, 8)));
        assert_eq!(l.longest("per barrel").map(|m| *m.value), Some(0));
        assert_eq!(l.longest("us $ 5").map(|m| (*m.value, m.len)), Some((2, 4)));
        assert_eq!(l.longest("US$5").map(|m| m.len), Some(3));
    }

    #[test]
    fn letters_never_run_together_and_exact_entries_keep_case() {
        let l = lx();
        assert!(l.longest("percent").is_none());
        assert!(l.longest("periods").is_none());
        assert!(l.longest("M ").is_some());
        let units = Lexicon::new([("m2", Case::Any, &V[0]), ("S&P 500", Case::Any, &V[1])]);
        assert_eq!(units.longest("m2 flat").map(|m| m.len), Some(2));
        assert!(
            units.longest("m 2 dm").is_none(),
            "digits glued in the form stay glued"
        );
        assert_eq!(units.longest("s & p 500").map(|m| m.len), Some(9));
        assert!(l.longest("m ").is_none());
    }
}
