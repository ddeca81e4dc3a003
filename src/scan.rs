//! The scanner: walks a field once, tries the grammar at each candidate position, and turns
//! what it recognizes into [`Fact`]s with spans into the field.
//!
//! A candidate is the start of a lexeme that can begin a fact: a digit run, a currency or sign
//! symbol, or a trigger word (number word, qualifier, currency name, `between`…). Digits and
//! words glued to a preceding letter or digit (`G7`, `mp3`) are never candidates. After a match
//! the scanner resumes after its end, so facts never overlap and the walk is linear.

use crate::fact::{Fact, Field, Kind};
use crate::grammar::Ctx;
use crate::grammar::quantity::{Parsed, fact};
use crate::grammar::skip::non_fact;
use crate::lexicon::tables::{CURRENCY, QUALIFIER, is_trigger_word};
use crate::lexicon::{LexKind, lexeme};

/// Function words after which `- 35` is a negative number or a range end, not part of a name.
const HYPHEN_OK_BEFORE: &[&str] = &[
    "to", "and", "or", "by", "at", "from", "of", "was", "is", "minus",
];

/// The offset just after the character that starts at `p`.
fn after_char(s: &str, p: usize) -> usize {
    p + s[p..].chars().next().map_or(1, char::len_utf8)
}

fn prev_char(s: &str, i: usize) -> Option<char> {
    s[..i].chars().next_back()
}

/// Whether the digits at `i` are part of a name joined by a hyphen: `F-35`, `Covid-19`,
/// tokenized `f - 35`.
fn hyphenated_name(s: &str, i: usize, ctx: Ctx) -> bool {
    let before = &s[..i];
    let trimmed = if ctx.tokenized {
        before.trim_end_matches(' ')
    } else {
        before
    };
    let Some(rest) = trimmed.strip_suffix('-') else {
        return false;
    };
    if !ctx.tokenized && rest.ends_with(' ') {
        return false;
    }
    after_word(rest, rest.len())
}

/// Whether the text before `i` ends with a word (not one of [`HYPHEN_OK_BEFORE`]).
fn after_word(s: &str, i: usize) -> bool {
    let rest = s[..i].trim_end_matches(' ');
    if !rest.ends_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    let word_start = rest.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |p| {
        p + rest[p..].chars().next().map_or(1, char::len_utf8)
    });
    let prev_word = &rest[word_start..];
    !HYPHEN_OK_BEFORE
        .iter()
        .any(|w| prev_word.eq_ignore_ascii_case(w))
}

/// Length of the whitespace-delimited chunk at `i` if it is a URL or an email address.
fn url_or_email(s: &str, i: usize) -> Option<usize> {
    let start = s[..i]
        .rfind(char::is_whitespace)
        .map_or(0, |p| after_char(s, p));
    let end = s[i..].find(char::is_whitespace).map_or(s.len(), |p| i + p);
    let chunk = &s[start..end];
    let url = chunk.contains('@') || chunk.contains("://") || chunk.starts_with("www.");
    url.then_some(end - i)
}

fn is_candidate(s: &str, i: usize, kind: LexKind, n: usize) -> bool {
    let glued = prev_char(s, i).is_some_and(char::is_alphanumeric);
    match kind {
        LexKind::Digits => !glued,
        LexKind::Letters => {
            if glued {
                return false;
            }
            let w = &s[i..i + n];
            if w.len() > 16 {
                return false;
            }
            let mut buf = [0u8; 16];
            if w.is_ascii() {
                let b = &mut buf[..w.len()];
                b.copy_from_slice(w.as_bytes());
                b.make_ascii_lowercase();
                std::str::from_utf8(b).is_ok_and(is_trigger_word)
            } else {
                is_trigger_word(&w.to_lowercase())
            }
        }
        LexKind::Symbol => {
            let sym = &s[i..i + n];
            if matches!(sym, "-" | "−") {
                // A sign, unless it joins a name ("F-35", tokenized "f - 35") or is part of a
                // dash ("- -").
                let dash = s[..i].trim_end_matches(' ').ends_with('-')
                    || s[i + n..].trim_start_matches(' ').starts_with('-');
                return !after_word(s, i) && !dash;
            }
            if sym == "." {
                // ".5": a decimal without its leading zero.
                return !glued && s[i + 1..].starts_with(|c: char| c.is_ascii_digit());
            }
            sym == "+" || CURRENCY.starts_with_lexeme(sym) || QUALIFIER.starts_with_lexeme(sym)
        }
    }
}

/// Byte offsets where sentences start (the first is always 0).
///
/// A sentence ends at `.`, `!` or `?` followed by whitespace and then an uppercase letter, a
/// digit or a quote, or in tokenized text any word; not inside a number (`1 . 8`) or after a
/// common abbreviation (`U.S.`, `Mr.`).
pub fn sentence_starts(s: &str, ctx: Ctx) -> Vec<usize> {
    const ABBREV: &[&str] = &[
        "mr", "mrs", "ms", "dr", "st", "no", "inc", "corp", "co", "ltd", "jr", "sr", "gen", "col",
        "lt", "sgt", "gov", "sen", "rep", "prof", "vs", "etc", "jan", "feb", "aug", "sept", "oct",
        "nov", "dec", "u.s", "u.k", "e.g", "i.e", "approx", "est", "mt", "ft", "rs",
    ];
    let b = s.as_bytes();
    let mut out = vec![0];
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'.' || c == b'!' || c == b'?' {
            let mut j = i + 1;
            while j < b.len() && matches!(b[j], b'"' | b'\'' | b')') {
                j += 1;
            }
            let ws_start = j;
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            if j > ws_start && j < b.len() {
                let next = b[j];
                let prev = s[..i].trim_end_matches(' ');
                let in_number =
                    prev.ends_with(|c: char| c.is_ascii_digit()) && next.is_ascii_digit();
                let word_start = prev
                    .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
                    .map_or(0, |p| after_char(prev, p));
                let prev_word = prev[word_start..].to_ascii_lowercase();
                let abbrev = c == b'.'
                    && (ABBREV.contains(&prev_word.as_str())
                        || (prev_word.len() == 1
                            && prev_word.bytes().all(|c| c.is_ascii_alphabetic())));
                let starts = next.is_ascii_uppercase()
                    || next.is_ascii_digit()
                    || matches!(next, b'"' | b'\'' | b'(' | b'`')
                    || next >= 0x80
                    || (ctx.tokenized && next.is_ascii_lowercase());
                if starts && !in_number && !abbrev {
                    out.push(j);
                }
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// Every fact of one field, in order, with spans into `s`.
pub fn scan_field(s: &str, field: Field, ctx: Ctx) -> Vec<Fact> {
    let mut facts = Vec::new();
    let sentences = sentence_starts(s, ctx);
    let skip = non_fact(ctx);
    let parse = fact(ctx);
    let mut i = 0;
    while i < s.len() {
        let Some((kind, n)) = lexeme(&s[i..]) else {
            // Whitespace: advance one character.
            i += s[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        if !is_candidate(s, i, kind, n) {
            i += n;
            continue;
        }
        if let Some(len) = url_or_email(s, i) {
            i += len.max(n);
            continue;
        }
        if kind == LexKind::Digits && hyphenated_name(s, i, ctx) {
            // Skip the whole token: "F-35A".
            let len = s[i..]
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(s.len() - i);
            i += len.max(n);
            continue;
        }
        let rest = &s[i..];
        if let Ok((after, ())) = skip(rest) {
            i += (rest.len() - after.len()).max(n);
            continue;
        }
        match parse(rest) {
            Ok((after, Parsed::Fact(q))) => {
                let end = i + (rest.len() - after.len());
                let sentence = sentences.partition_point(|&st| st <= i).saturating_sub(1);
                facts.push(Fact {
                    kind: q.kind,
                    value: q.value,
                    low: q.low,
                    high: q.high,
                    unit: q.unit.map(str::to_owned),
                    per: q.per,
                    qualifier: q.qualifier,
                    vague: q.vague,
                    noun: q.noun.map(str::to_owned),
                    alt: q.alt.map(|(v, u)| crate::fact::Alt {
                        value: Some(v),
                        unit: Some(u.to_owned()),
                    }),
                    field,
                    start: i,
                    end,
                    text: s[i..end].to_owned(),
                    sentence,
                });
                i = end.max(i + n);
            }
            Ok((after, Parsed::NotFact)) => i += (rest.len() - after.len()).max(n),
            Err(_) => i += n,
        }
    }
    debug_assert!(
        facts
            .iter()
            .all(|f| f.kind != Kind::Number || f.unit.is_none())
    );
    facts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str, tokenized: bool) -> Vec<String> {
        scan_field(s, Field::Text, Ctx { tokenized })
            .into_iter()
            .map(|f| f.text)
            .collect()
    }

    #[test]
    fn names_urls_and_glued_digits_are_not_facts() {
        assert_eq!(texts("the G7 and F-35 jets", false), Vec::<String>::new());
        assert_eq!(texts("the g7 and f - 35 jets", true), Vec::<String>::new());
        assert_eq!(
            texts("mail a1@b2.com or www.x2.com", false),
            Vec::<String>::new()
        );
        assert_eq!(texts("fell to -5 degrees", false), vec!["-5 degrees"]);
    }

    #[test]
    fn sentences_split_outside_numbers_and_abbreviations() {
        let s = "Oil rose 1.8%. The U.S. said so. Then 5 fell.";
        assert_eq!(sentence_starts(s, Ctx::default()), vec![0, 15, 33]);
        let t = "oil rose 1 . 8 % . the price fell .";
        assert_eq!(sentence_starts(t, Ctx { tokenized: true }), vec![0, 19]);
    }
}
