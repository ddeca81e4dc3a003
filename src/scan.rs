//! The scanner: walks a field once, tries the grammar at each candidate position, and turns
//! what it recognizes into [`Fact`]s with spans into the field.
//!
//! A candidate is the start of a lexeme that can begin a fact: a digit run or another numeric
//! character (`½`), a currency or sign symbol, or a trigger word (number word, qualifier,
//! currency name, `between`…). Digits and words glued to a preceding letter or digit (`G7`,
//! `mp3`) are never candidates, nor digits or trigger words after `-for-` (`two-for-one`,
//! the second of a ratio), nor digits glued by a slash, point or comma to a digit
//! (`1986/87`, `FY2023/24`, `Jul 65.75`: the rest of a numeral or the second of a pair, read
//! with its head or not at all; see `pair_slash` in the amount grammar). After a match the
//! scanner resumes after its end, so facts never overlap and the walk is linear.

use crate::fact::{Fact, Field, Kind, power_of_a_thousand};
use crate::grammar::Ctx;
use crate::grammar::Cur;
use crate::grammar::number;
use crate::grammar::quantity::Quantity;
use crate::grammar::quantity::{Parsed, ends_with_ci, fact, trailing_qualifier};
use crate::grammar::skip::non_fact;
use crate::lexicon::lexer::{Lexed, Token};
use crate::lexicon::tables::{
    CURRENCY, Cue, LABEL_WORDS, MOVE_CUE, NOT_NOUNS, NUMBER_WORD, NumWord, QUALIFIER, starts_entry,
    trigger_of,
};
use crate::lexicon::{LexKind, WordList};
use rust_decimal::Decimal;
use std::borrow::Cow;
use std::sync::LazyLock;

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
    let before = before(s, i);
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
    let rest = before(s, i).trim_end_matches(' ');
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

/// How far back the scanner looks for context (the word before a number): enough for any
/// word, and a bound that keeps the scan linear on text without spaces.
const LOOKBACK: usize = 64;

/// The text before `i`, at most [`LOOKBACK`] bytes of it.
fn before(s: &str, i: usize) -> &str {
    &s[s.floor_char_boundary(i.saturating_sub(LOOKBACK))..i]
}

/// The whitespace-delimited chunks of `s` that are URLs or email addresses, in order. One
/// linear pass: a chunk is found from its `@`, `://` or `www.` and read once.
fn url_spans(s: &str) -> Vec<(usize, usize)> {
    let b = s.as_bytes();
    static SCHEME: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("://"));
    static WWW: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("www."));
    let mut marks: Vec<usize> = memchr::memchr_iter(b'@', b).collect();
    marks.extend(SCHEME.find_iter(b));
    marks.extend(WWW.find_iter(b));
    marks.sort_unstable();
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for m in marks {
        if spans.last().is_some_and(|&(_, e)| m < e) {
            continue;
        }
        let floor = spans.last().map_or(0, |&(_, e)| e);
        let start = b[floor..m]
            .iter()
            .rposition(u8::is_ascii_whitespace)
            .map_or(floor, |p| floor + p + 1);
        let end = b[m..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(b.len(), |p| m + p);
        spans.push((start, end));
    }
    spans
}

/// Whether the digits at `i` go on a numeral (or a pair) glued to them: a slash, a point or a
/// comma between a digit and them (`1986/87`, `FY2023/24`, `Jul 65.75`, `APR 1,985`): the
/// head was read as something else, or the numeral is malformed (`4,3200,000`). This takes a
/// list written without spaces (`nrs. 22,24,26,31`) to its first number: the corpora hold
/// over a hundred such tails after a comma, all wrong, and the gold sets one such list.
fn continues_numeral(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    i >= 2 && matches!(b[i - 1], b'/' | b'.' | b',') && b[i - 2].is_ascii_digit()
}

/// Whether the two digits at `i` are a year cut short after an apostrophe glued to a word or
/// a number (`fy'22`, `q2'19`, `Feb'86`; also `5'11`, no count either), or after a quarter
/// or `fy` and a space (`Q2 '08`): ECTSum's summaries and Reuters' tables write them; they
/// were counts of 22 and 19.
fn abbreviated_year(s: &str, i: usize, n: usize) -> bool {
    if n != 2 {
        return false;
    }
    let Some(head) = s[..i]
        .strip_suffix('\'')
        .or_else(|| s[..i].strip_suffix('’'))
    else {
        return false;
    };
    if head.ends_with(|c: char| c.is_ascii_alphanumeric()) {
        return true;
    }
    // The word before the space: two bytes read back, not a search back through a long
    // line (the scan stays linear).
    let b = head.trim_end_matches(' ').as_bytes();
    if b.len() == head.len() || b.len() < 2 {
        return false;
    }
    let (w, before) = (&b[b.len() - 2..], b.len().checked_sub(3).map(|p| b[p]));
    before.is_none_or(|c| !c.is_ascii_alphanumeric())
        && (w.eq_ignore_ascii_case(b"fy")
            || (w[0].eq_ignore_ascii_case(&b'q') && matches!(w[1], b'1'..=b'4')))
}

/// Whether the digits at `i` are the number of an HTML character reference, `&#233;`
/// (tokenized `&# 233 ;` or `& # 233 ;`): a character, as BBC's pages write some
/// (`caf&#233;`, `Blair&#191;s`), and no number. The references of currency signs are
/// currency forms of their own (`&#163;8m`, in `tables::CURRENCIES`).
#[inline]
fn in_char_reference(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    let hash = space_back(b, i);
    hash >= 1 && b[hash - 1] == b'#' && reference_at(b, hash - 1)
}

/// Whether the `#` at byte `at` is that of a character reference: an `&` before it and
/// digits and a `;` after it, a space between each at most (`Smith & #1` is none).
fn reference_at(b: &[u8], at: usize) -> bool {
    let amp = space_back(b, at);
    if amp == 0 || b[amp - 1] != b'&' {
        return false;
    }
    let space_on = |p: usize| if b.get(p) == Some(&b' ') { p + 1 } else { p };
    let start = space_on(at + 1);
    let digits = b[start..].iter().take_while(|c| c.is_ascii_digit()).count();
    digits > 0 && b.get(space_on(start + digits)) == Some(&b';')
}

/// Byte `p`, or the one before it where that is a space: one space stepped back over.
#[inline]
fn space_back(b: &[u8], p: usize) -> usize {
    if p >= 1 && b[p - 1] == b' ' { p - 1 } else { p }
}

/// Whether token `k` is the second number of a ratio, `two-for-one`, `3-for-2` (tokenized
/// `two - for - one`): stock splits and bonus issues, whose first number the grammar takes as
/// a compound (`two-stage`) and no fact, and whose second is none either.
#[inline]
fn second_of_ratio(lx: &Lexed<'_>, k: usize) -> bool {
    k >= 3 && lx.tokens()[k - 1].kind == LexKind::Symbol && ratio_before(lx, k)
}

/// [`second_of_ratio`] past its first test, out of line: most numbers follow no symbol.
#[cold]
#[inline(never)]
fn ratio_before(lx: &Lexed<'_>, k: usize) -> bool {
    let toks = lx.tokens();
    let hyphen = |j: usize| lx.str_of(&toks[j]) == "-";
    hyphen(k - 1) && crate::grammar::skip::is_for(lx, &toks[k - 2]) && hyphen(k - 3)
}

/// Whether a token can start a fact: see the [module docs](self).
fn is_candidate(lx: &Lexed<'_>, k: usize) -> bool {
    let s = lx.text();
    let Some(t) = lx.tokens().get(k) else {
        return false;
    };
    let (i, n) = (t.start(), t.len());
    match t.kind {
        LexKind::Digits => {
            !lx.glued(t)
                && !continues_numeral(s, i)
                && !in_char_reference(s, i)
                && !second_of_ratio(lx, k)
                && !abbreviated_year(s, i, n)
        }
        LexKind::Letters => {
            // Triggers are short words that start a table entry at this very place.
            n <= 16
                && t.word
                    .and_then(trigger_of)
                    .is_some_and(|m| !lx.glued(t) && starts_entry(lx, k, m))
                && !second_of_ratio(lx, k)
        }
        LexKind::Symbol => {
            let sym = &s[i..i + n];
            if matches!(sym, "-" | "−") {
                // A sign, unless it joins a name ("F-35", tokenized "f - 35") or is part of a
                // dash ("- -").
                let dash = before(s, i)
                    .trim_end_matches(' ')
                    .ends_with(['-', ')', '%', '"'])
                    || s[i + n..].trim_start_matches(' ').starts_with('-');
                return !after_word(s, i) && !dash;
            }
            if sym == "." {
                // ".5": a decimal without its leading zero; not the last of a row of dots that
                // lead to a number in a table (`reserves......644`).
                return !lx.glued(t)
                    && !before(s, i).ends_with('.')
                    && s[i + 1..].starts_with(|c: char| c.is_ascii_digit());
            }
            if sym == "#" && reference_at(s.as_bytes(), i) {
                // A character reference (`&#233;`), not the pound sign of tokenized text.
                return false;
            }
            sym == "+"
                || CURRENCY.starts_with_lexeme(sym)
                || QUALIFIER.starts_with_lexeme(sym)
                // "½" after a space or bracket; "-¼" is the mojibake of "€".
                || (crate::grammar::number::vulgar_char(sym).is_some()
                    && prev_char(s, i).is_none_or(|c| c.is_whitespace() || c == '('))
        }
    }
}

/// Whether the word at token `k` is a trigger that only leads into a fact
/// ([`TriggerMask::alone`](crate::lexicon::tables::TriggerMask::alone) is false) and the
/// next token is an ASCII word outside the vocabulary, which no table holds: then the fact
/// grammar fails here (`a spokesman`, `from peak levels`), and is not run. The other paths
/// (non-fact phrases, the other candidates) are unchanged; debug builds run the grammar
/// anyway and check that it fails.
fn leads_nowhere(lx: &Lexed<'_>, k: usize) -> bool {
    let toks = lx.tokens();
    let (Some(t), Some(next)) = (toks.get(k), toks.get(k + 1)) else {
        return false;
    };
    t.kind == LexKind::Letters
        && outside_vocabulary(next)
        && t.word.and_then(trigger_of).is_some_and(|m| !m.alone())
}

/// Whether a token is a word of ASCII letters outside the vocabulary, which no table holds.
///
/// The window before an anchor stops at such a word: a fact, a non-fact (a year) or a
/// skipped phrase (a date) that started before it would have to take it in, and none can.
/// Before its numeral a fact holds only words of the tables and of the grammar
/// (qualifiers, currencies, frames, signs, the article); the numeral is itself an anchor
/// (digits, a number word) or the article, whose amount ends in an anchor word (`a mile`,
/// `an hour and a half`), so a fact whose numeral came before the word would hold an anchor
/// before this one's window; skipped phrases are made of table words, digits and symbols.
/// Debug builds check it ([`assert_nothing_spans`]); a test compares the scan with and
/// without the stop.
fn outside_vocabulary(t: &Token) -> bool {
    t.kind == LexKind::Letters && t.ascii() && t.word.is_none()
}

/// Debug check of the window's stop at token `stop` ([`outside_vocabulary`]): no candidate
/// from token `from` on, before the stop, is a fact, or a non-fact or skipped phrase that
/// takes in the stop. Unreachable failures, by the argument on [`outside_vocabulary`]: they
/// are `debug_assert!`s, which release builds do not compile, checked over every corpus, the
/// fuzzers and `a_window_stops_only_where_nothing_reaches_past`.
#[cfg(debug_assertions)]
fn assert_nothing_spans(lx: &Lexed<'_>, ctx: Ctx, from: usize, stop: usize) {
    let s = lx.text();
    let Some(limit) = lx.tokens().get(stop).map(Token::start) else {
        return;
    };
    for k in from..stop {
        if !is_candidate(lx, k) {
            continue;
        }
        let here = Cur::at_token(lx, k);
        let at = &s[here.pos()..s.floor_char_boundary(here.pos() + 80)];
        if let Ok((after, ())) = non_fact(ctx)(here) {
            debug_assert!(after.pos() <= limit, "a skipped phrase over {at:?}");
        }
        let parsed = fact(ctx)(here);
        debug_assert!(
            !matches!(parsed, Ok((_, Parsed::Fact(_)))),
            "a fact before an anchor's window: {at:?}"
        );
        if let Ok((after, Parsed::NotFact)) = parsed {
            debug_assert!(after.pos() <= limit, "a non-fact over {at:?}");
        }
    }
}

/// The word before `i` on the same line, if any.
fn word_before(s: &str, i: usize) -> Option<&str> {
    let before = before(s, i).trim_end_matches([' ', '\t']);
    if before.ends_with('\n') {
        return None;
    }
    let end = before.len();
    let start = before
        .rfind(|c: char| !c.is_alphanumeric())
        .map_or(0, |p| after_char(before, p));
    (start < end).then(|| &before[start..end])
}

/// [`word_before`] the candidate at token `k` (which starts at `i`), from the tokens when the
/// one before it is a whole word of ASCII letters within reach, followed only by spaces or
/// tabs; from the text otherwise.
fn word_before_token<'s>(lx: &Lexed<'s>, k: usize, i: usize) -> Option<&'s str> {
    let s = lx.text();
    if let Some(t) = k.checked_sub(1).and_then(|p| lx.tokens().get(p))
        && t.kind == LexKind::Letters
        && t.ascii()
        && !lx.glued(t)
        && t.end() <= i
        && t.start() >= i.saturating_sub(LOOKBACK)
        && s.as_bytes()[t.end()..i]
            .iter()
            .all(|&b| b == b' ' || b == b'\t')
    {
        return Some(lx.str_of(t));
    }
    word_before(s, i)
}

/// The cue of the words before `i`, where it is a verb of change or a particle: `rose $7.2bn
/// to`, `edged up 0.1% to`; or, before a `by`, `fell by 5 to` and a verb of change up to
/// eight words back in its clause: `declined during the year by 251 mln dlrs to`, `increased
/// its share of the market by more than one pct to`. The words between are plain words (no
/// symbol, not even a hyphen or an apostrophe, nor a line break), none of them a
/// [`CLAUSE_JOINERS`] word or another verb in `-ed` (a passive's `by`: `rose at units owned
/// by 2 to 12 partners`).
fn change_cue_before(s: &str, i: usize) -> Option<Cue> {
    let cue_at = |start: usize, particle: bool| {
        MOVE_CUE.longest(&s[start..]).and_then(|m| {
            (start + m.len <= i
                && (matches!(m.value, Cue::Verb(_))
                    || (particle && matches!(m.value, Cue::Particle(_)))))
            .then_some(*m.value)
        })
    };
    let mut end = i;
    // The word before `i`, then eight before a `by`.
    for n in 0..9 {
        let w = word_before(s, end)?;
        let start = s[..end].trim_end().len() - w.len();
        // A particle only right before, or before `by`: "was up by 50 cts to".
        if let Some(cue) = cue_at(start, n <= 1) {
            return Some(cue);
        }
        let past = n > 0 && w.len() > 2 && ends_with_ci(w, "ed");
        if (n == 0 && !w.eq_ignore_ascii_case("by")) || CLAUSE_JOINERS.contains(w) || past {
            return None;
        }
        end = start;
    }
    None
}

/// Words that end the look back from a `by` for its verb of change ([`change_cue_before`]).
#[rustfmt::skip]
static CLAUSE_JOINERS: WordList = WordList::new(&[
    "and", "or", "but", "which", "that", "while", "after", "as", "although", "because", "when",
    "if", "since", "who", "than", "so",
]);

/// Whether the fact `q` at `s[i..end]`, from token `k`, is a label or part of a name rather
/// than a quantity: a bare number after a label word or a capitalized word (`flight 3954`,
/// `number 11`, `a Nokia 3220 handset`), or a capitalized number word (`the Six Nations`).
/// Both read the word before ([`word_before_token`]), which most facts (`15 pct`, `$5`)
/// never need: neither bare nor capitalized, they are told apart first.
fn is_label_or_name(
    lx: &Lexed<'_>,
    k: usize,
    (i, end): (usize, usize),
    q: &Quantity<'_>,
    sentence_start: usize,
    ctx: Ctx,
) -> bool {
    let s = lx.text();
    let text = &s[i..end];
    // Only digits alone: "Nokia 3220", not "Revs 223.0 mln".
    let bare =
        q.kind == Kind::Number && q.qualifier.is_none() && text.bytes().all(|b| b.is_ascii_digit());
    let capitalized_text = text.chars().next().is_some_and(char::is_uppercase);
    // A number in words alone: "at number eight", "the number nine jersey"; not nil, nor
    // "the title four times", "issue eight or nine months ago".
    let word = q.kind == Kind::Number
        && q.qualifier.is_none()
        && text.bytes().all(|b| b.is_ascii_alphabetic())
        && q.value.is_some_and(|v| !v.is_zero())
        && !s[end..]
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("times") || w.eq_ignore_ascii_case("or"));
    if !bare && !capitalized_text && !word {
        return false;
    }
    let Some(prev) = word_before_token(lx, k, i) else {
        return false;
    };
    if (bare || word) && LABEL_WORDS.contains(prev) {
        return true;
    }
    if ctx.tokenized {
        return false;
    }
    let capitalized = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // "a Nokia 3220 handset", "Halo 2": a capitalized word (not the first of the sentence)
    // names the number. (The tests that read the text before come last: most facts fail
    // an earlier one.)
    if bare
        && !text.contains(',')
        && capitalized(prev)
        && prev.chars().any(char::is_lowercase)
        && !NOT_NOUNS.contains(prev)
        && s[..i].trim_end().len() - prev.len() > sentence_start
    {
        return true;
    }
    // "the Six Nations": a capitalized number word in mid-sentence starts a name.
    capitalized_text
        && i > sentence_start
        && s[sentence_start..i].trim().len() > prev.len()
        && NUMBER_WORD
            .longest(text)
            .is_some_and(|m| !matches!(m.value, NumWord::Article))
        && !s[..i].trim_end().ends_with(['.', '"', ':', '(', '\'', '-'])
}

/// The words of this module's lists, for the [vocabulary](crate::lexicon::tables::vocab).
pub(crate) fn word_lists() -> impl Iterator<Item = &'static str> {
    HYPHEN_OK_BEFORE
        .iter()
        .chain(ABBREV.words())
        .chain(YEAR_OPENERS.words())
        .chain(CLAUSE_JOINERS.words())
        .copied()
}

/// Words of time before a year: a range from it is none (`in 1986 to 367,000`; not after
/// `for`, `at` or `over`, which may open an amount: `for 2000 to 3000 tonnes`).
static YEAR_OPENERS: WordList = WordList::new(&["in", "during", "since", "through"]);

/// Sentence-final abbreviations: a period after one ends no sentence.
static ABBREV: WordList = WordList::new(&[
    "mr", "mrs", "ms", "dr", "st", "no", "inc", "corp", "co", "ltd", "jr", "sr", "gen", "col",
    "lt", "sgt", "gov", "sen", "rep", "prof", "vs", "etc", "jan", "feb", "aug", "sept", "oct",
    "nov", "dec", "u.s", "u.k", "e.g", "i.e", "approx", "est", "mt", "ft", "rs",
]);

/// The longest of [`ABBREV`], in bytes.
const ABBREV_MAX_LEN: usize = 6;

/// Whether `w` is one of [`ABBREV`], in any ASCII case: its bytes, lowercased and
/// zero-padded, as one `u64` searched in a sorted array (a period is looked at once every
/// hundred bytes of news).
fn abbreviation(w: &str) -> bool {
    // The bytes are letters, digits, periods (bit 5 set: `|` 0x20 lowercases the letters
    // only) or beyond ASCII (which no abbreviation has).
    fn key(w: &[u8]) -> Option<u64> {
        let (mut buf, mut case) = ([0u8; 8], [0u8; 8]);
        buf.get_mut(..w.len())?.copy_from_slice(w);
        case[..w.len()].fill(0x20);
        Some(u64::from_le_bytes(buf) | u64::from_le_bytes(case))
    }
    static KEYS: LazyLock<Vec<u64>> = LazyLock::new(|| {
        let mut keys: Vec<u64> = ABBREV
            .words()
            .iter()
            .filter_map(|w| key(w.as_bytes()))
            .collect();
        keys.sort_unstable();
        keys
    });
    w.len() <= ABBREV_MAX_LEN && key(w.as_bytes()).is_some_and(|k| KEYS.binary_search(&k).is_ok())
}

/// Byte offsets where sentences start (the first is always 0).
///
/// A sentence ends at `.`, `!` or `?` followed by whitespace and then an uppercase letter, a
/// digit, a sign of money or a quote, or in tokenized text any word; not inside a number
/// (`1 . 8`) or after a common abbreviation (`U.S.`, `Mr.`).
pub fn sentence_starts(s: &str, ctx: Ctx) -> Vec<usize> {
    let b = s.as_bytes();
    // Lowercased text (ECTSum bullets, tokenized text) starts sentences in lowercase: looked
    // at only when a sentence seems to start with a lowercase letter.
    let mut lowercase = ctx.tokenized.then_some(true);
    // A sentence every hundred bytes or so.
    let mut out = Vec::with_capacity(s.len() / 64 + 1);
    out.push(0);
    // The quotes, brackets and whitespace stepped over after a stop hold no other stop.
    for i in memchr::memchr3_iter(b'.', b'!', b'?', b) {
        let c = b[i];
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
            let starts = next.is_ascii_uppercase()
                || next.is_ascii_digit()
                // A sign of money opens one as a digit does (`claims rose. $40bn taxi firm
                // accused`; `#` is the pound in the CNN/DailyMail text); `£` and `€` are past
                // ASCII.
                || matches!(next, b'"' | b'\'' | b'(' | b'`' | b'$' | b'#')
                || next >= 0x80
                || (next.is_ascii_lowercase()
                    && *lowercase.get_or_insert_with(|| !b.iter().any(u8::is_ascii_uppercase)));
            if starts && !ends_sentence_never(s, i, c, next) {
                out.push(j);
            }
        }
    }
    out
}

/// Whether the `c` (`.`, `!`, `?`) at `i`, followed by `next` after whitespace, is inside a
/// number (`1 . 8`) or ends a common abbreviation (`U.S.`, `Mr.`, `J.`).
fn ends_sentence_never(s: &str, i: usize, c: u8, next: u8) -> bool {
    let prev = before(s, i).trim_end_matches(' ');
    let pb = prev.as_bytes();
    if pb.last().is_some_and(u8::is_ascii_digit) && next.is_ascii_digit() {
        return true;
    }
    if c != b'.' {
        return false;
    }
    // The word before, dots included ("u.s"): bytes while they are ASCII, characters past
    // the first that is not.
    // A word longer than any abbreviation is none: its start is not needed.
    let mut start = pb.len();
    while start > 0
        && pb.len() - start <= ABBREV_MAX_LEN
        && (pb[start - 1].is_ascii_alphanumeric() || pb[start - 1] == b'.')
    {
        start -= 1;
    }
    if start > 0 && pb[start - 1] >= 0x80 {
        start = prev
            .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
            .map_or(0, |p| after_char(prev, p));
    }
    let prev_word = &prev[start..];
    (prev_word.len() == 1 && prev_word.bytes().all(|c| c.is_ascii_alphabetic()))
        || abbreviation(prev_word)
}

/// How far before an anchor a fact may start: a qualifier, a frame and a currency
/// (`no more than US$ 5`, `between EUR`).
const WINDOW: usize = 48;

/// Every fact of one field, in order, with spans into `s`.
///
/// Text with no anchor (a digit or a number, vague-amount, unit or currency word) cannot hold
/// a fact, so the grammar runs only in a short window before each anchor (48 bytes, and not
/// before a word outside the vocabulary); everything else is skipped at the speed of the
/// lexer.
pub fn scan_field(s: &str, field: Field, ctx: Ctx) -> Vec<Fact> {
    scan_field_sentences(s, field, ctx, &mut None)
}

/// [`scan_field`], sharing the field's [`sentence_starts`]: computed into `sentences` when
/// the first fact needs them unless already there, so the caller can reuse them.
pub fn scan_field_sentences(
    s: &str,
    field: Field,
    ctx: Ctx,
    sentences: &mut Option<Vec<usize>>,
) -> Vec<Fact> {
    if s.len() <= PART {
        return scan_lexed(&Lexed::new(s), field, ctx, sentences);
    }
    let mut facts = Vec::new();
    let mut starts = Vec::new();
    for (base, part) in parts(s, PART) {
        let mut local = None;
        let mut found = scan_lexed(&Lexed::new(part), field, ctx, &mut local);
        let local = local.unwrap_or_else(|| sentence_starts(part, ctx));
        shift_facts(&mut found, base, starts.len());
        starts.extend(local.iter().map(|p| p + base));
        facts.append(&mut found);
    }
    sentences.get_or_insert(starts);
    facts
}

/// The longest part of a field read at once: its tokens (12 bytes each, a token for every
/// five bytes of news, one a byte at worst) stay in bounded memory.
pub const PART: usize = 1 << 24;

/// The parts a field is read in: the whole field, unless it is longer than `max` bytes; then
/// pieces of at most `max` bytes, each with its offset. A piece ends at a line break, else at
/// the end of a sentence, else after whitespace, in the last stretch before the limit: a fact
/// almost never spans a cut.
pub(crate) fn parts(text: &str, max: usize) -> impl Iterator<Item = (usize, &str)> {
    let max = max.max(4);
    let mut base = 0;
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let r = rest?;
        if r.len() <= max {
            rest = None;
            return Some((base, r));
        }
        let limit = r.floor_char_boundary(max);
        let stretch = limit.saturating_sub((max / 2).min(1 << 16));
        let b = &r.as_bytes()[stretch..limit];
        let cut = memchr::memrchr(b'\n', b)
            .map(|p| stretch + p + 1)
            .or_else(|| memchr::memmem::rfind(b, b". ").map(|p| stretch + p + 2))
            .or_else(|| {
                r[..limit]
                    .rfind(crate::lexicon::is_space)
                    .filter(|&p| p > 0)
                    .map(|p| p + r[p..].chars().next().map_or(1, char::len_utf8))
            })
            .unwrap_or(limit);
        let part = (base, &r[..cut]);
        base += cut;
        rest = Some(&r[cut..]);
        Some(part)
    })
}

/// Move facts found in a part of a field to the field: `base` bytes and `sentences`
/// sentences before it.
pub(crate) fn shift_facts(facts: &mut [Fact], base: usize, sentences: usize) {
    for f in facts {
        f.start += base;
        f.end += base;
        f.sentence += sentences;
    }
}

/// [`scan_field_sentences`] of a lexed field.
pub(crate) fn scan_lexed(
    lx: &Lexed<'_>,
    field: Field,
    ctx: Ctx,
    sentences: &mut Option<Vec<usize>>,
) -> Vec<Fact> {
    let mut facts = Vec::new();
    scan_lexed_into(lx, field, ctx, sentences, &mut facts);
    facts
}

/// [`scan_lexed`], appending the facts to `facts` (a document's, title then text, so that
/// they grow one vector).
pub(crate) fn scan_lexed_into(
    lx: &Lexed<'_>,
    field: Field,
    ctx: Ctx,
    sentences: &mut Option<Vec<usize>>,
    facts: &mut Vec<Fact>,
) {
    let first = facts.len();
    scan_windows::<true>(lx, field, ctx, sentences, facts);
    label_rates(lx.text(), &mut facts[first..]);
    table_rows(lx.text(), &mut facts[first..]);
    // An age first: "aged 21 and 144 days" is 21 years.
    ages(lx.text(), &mut facts[first..]);
    listed_units(lx, &mut facts[first..]);
    elided_units(lx.text(), &mut facts[first..]);
}

/// The last words of a table row's label that make its bare figures money: Reuters' results
/// tables (`Net 807,000 vs 2,858,000`, `Revs 291.8 mln vs 151.1 mln`, `Net loss 3,035,000 vs
/// loss 2,516,000`, `Oper net`, `Pretax profit`, `Turnover`, and the banks' `Assets`,
/// `Deposits`, `Loans`). Not `Net imports` (tonnes), nor ECTSum's `qtrly net orders` (homes).
#[rustfmt::skip]
const ROW_MONEY: [&str; 30] = [
    "net", "revs", "rev", "revenue", "revenues", "sales", "turnover", "profit", "profits",
    "loss", "losses", "income", "earnings", "pretax", "pre-tax", "tax", "assets", "deposits",
    "loans", "backlog", "premiums", "interest", "interests", "minorities", "debit", "credit",
    "charges", "costs", "payable", "attributable",
];

/// Words of a table row's label that make its bare figures a count of shares: `Avg shrs
/// 51.7 mln vs 43.4 mln`, `Outstanding shrs`, `Avg shares` (their `noun` is `shares`), where
/// the label ends in one or in a word of [`SHARE_KINDS`] or [`SHARES_OUT`] (`Avg shrs
/// diluted`, `Shrs out`; not `The shares later eased to 344.50`).
const ROW_SHARES: [&str; 3] = ["shrs", "shares", "shs"];

/// Words that may end a label of shares counted: `Shrs out`, `Shares outstanding`.
const SHARES_OUT: [&str; 2] = ["out", "outstanding"];

/// Words that may stand before a row's figure, saying which side of zero it is on or that it
/// was restated: `Net loss 3,035,000 vs loss 2,516,000`, `vs profit 6,306,000`, `vs restated
/// 25 cts`.
const ROW_SIDES: [&str; 5] = ["loss", "profit", "credit", "debit", "restated"];

/// How many words a table row's label has at most.
const ROW_LABEL_WORDS: usize = 5;

/// How many bytes a table row's label has at most (`Parent turnover comprised domestic
/// sales`): a longer one is prose, told without reading its words.
const ROW_LABEL_BYTES: usize = 48;

/// What a table row's label says its bare figures are.
#[derive(Clone, Copy)]
enum RowReading {
    /// Money, in the currency of the row's money or of the money before it, else dollars.
    Money,
    /// A count of shares.
    Shares,
}

/// The reading of a table row's label (the words that open a line, up to its first figure):
/// at most [`ROW_LABEL_WORDS`] words and [`ROW_LABEL_BYTES`] bytes of letters (and `.`, `-`,
/// `&`, `/`), the first at the line's start (not a column of an indented table: ` Short
/// sales   1,997` of odd lots), none a share's or a dividend's label (whose figures
/// [`label_rates`] reads: `Shr loss 22 cts vs loss 18`); one of them in [`ROW_SHARES`], or
/// the last in [`ROW_MONEY`].
fn row_reading(label: &str) -> Option<RowReading> {
    if label.len() > ROW_LABEL_BYTES || label.starts_with(char::is_whitespace) {
        return None;
    }
    let any = |w: &str, list: &[&str]| list.iter().any(|x| w.eq_ignore_ascii_case(x));
    let mut n = 0;
    let (mut last, mut shares) = ("", false);
    for w in label.split_whitespace() {
        n += 1;
        let word = w.starts_with(|c: char| c.is_ascii_alphabetic())
            && w.chars()
                .all(|c| c.is_ascii_alphabetic() || matches!(c, '.' | '-' | '&' | '/'));
        let w = w.trim_end_matches('.');
        if n > ROW_LABEL_WORDS || !word || any(w, &SHARE_LABELS) || any(w, &DIVIDEND_LABELS) {
            return None;
        }
        shares |= any(w, &ROW_SHARES);
        last = w;
    }
    if shares && (any(last, &ROW_SHARES) || any(last, &SHARE_KINDS) || any(last, &SHARES_OUT)) {
        Some(RowReading::Shares)
    } else if any(last, &ROW_MONEY) {
        Some(RowReading::Money)
    } else {
        None
    }
}

/// The bare figures of a table row whose label says what they are ([`row_reading`]): a line
/// that opens with the label, then a figure that ends the line or is compared with the
/// next (`vs`, `vs loss`), and so on to the row's last figure. Reuters' results tables write
/// their unit once, if at all: `Net 807,000 vs 2,858,000` is money, in the currency of the
/// row's own money (`Sales 10.90 billion crowns vs 10.72 billion`), else of the money before
/// it in the field (`Shr 34 cts vs 1.19 dlrs` above it: USD; `Div 3.95p` in a British story:
/// GBP), else dollars, which [`Countries`](crate::currency) may make a country's; `Avg shrs
/// 51.7 mln vs 43.4 mln` counts shares. A figure with a unit or a noun of its own keeps them;
/// a row with money in a minor unit is left to [`label_rates`] and [`elided_units`] (`Final
/// div 52 cents vs 38`: the 38 is cents).
fn table_rows(s: &str, facts: &mut [Fact]) {
    // The start of the line of the fact looked at, found from the last one's: one pass.
    let (mut line, mut read) = (0, 0);
    // The currency of the last money before the facts up to `passed`, carried along (a
    // table of many rows and no money is not read back to its start for each row).
    let (mut money_before, mut passed): (Option<Cow<'static, str>>, usize) = (None, 0);
    let mut k = 0;
    while k < facts.len() {
        let f = &facts[k];
        if let Some(p) = s
            .as_bytes()
            .get(read..f.start)
            .and_then(|b| memchr::memrchr(b'\n', b))
        {
            line = read + p + 1;
        }
        read = read.max(f.start);
        // The row's first figure: none before it on its line.
        let first = k == 0 || facts[k - 1].end <= line;
        let label = s.get(line..f.start).unwrap_or_default();
        let reading = if first { row_reading(label) } else { None };
        let Some(reading) = reading else {
            k += 1;
            continue;
        };
        // The figures compared along the row.
        let mut end = k + 1;
        while let Some(g) = facts.get(end)
            && s.get(facts[end - 1].end..g.start)
                .is_some_and(|gap| !gap.contains('\n') && compared_with(gap, &ROW_SIDES).is_some())
        {
            end += 1;
        }
        let ends_line = || {
            s.get(f.end..)
                .and_then(|r| r.split('\n').next())
                .is_some_and(|r| r.trim().trim_end_matches('.').is_empty())
        };
        if (end == k + 1 && !ends_line()) || facts[k..end].iter().any(in_minor_unit) {
            k = end;
            continue;
        }
        for g in &facts[passed..k] {
            if g.kind == Kind::Money {
                money_before = g.unit.clone();
            }
        }
        passed = k;
        // The row's own money first: `Sales 10.90 billion crowns vs 10.72 billion`.
        let money = facts[k..end]
            .iter()
            .find(|g| g.kind == Kind::Money)
            .and_then(|g| g.unit.clone())
            .or_else(|| money_before.clone())
            .unwrap_or(Cow::Borrowed("USD"));
        for g in &mut facts[k..end] {
            if g.kind != Kind::Number || g.unit.is_some() || g.noun.is_some() || g.per.is_some() {
                continue;
            }
            match reading {
                RowReading::Money => {
                    g.kind = Kind::Money;
                    g.unit = Some(money.clone());
                }
                RowReading::Shares => {
                    g.kind = Kind::Count;
                    g.noun = Some("shares".into());
                }
            }
        }
        k = end;
    }
}

/// A bare number or range after `aged` is an age, a duration in years: `smokers aged 30 or
/// under`, `children aged between 5 and 10`, `the man, aged 45,` (at most 130).
fn ages(s: &str, facts: &mut [Fact]) {
    let limit = rust_decimal::Decimal::from(130);
    for f in facts.iter_mut() {
        if f.kind != Kind::Number
            || f.unit.is_some()
            || f.value
                .or(f.high)
                .is_none_or(|v| v > limit || v.is_sign_negative())
            || !word_before(s, f.start).is_some_and(|w| w.eq_ignore_ascii_case("aged"))
        {
            continue;
        }
        f.kind = Kind::Duration;
        f.unit = Some(Cow::Borrowed("yr"));
    }
}

/// Words between a dividend's label and its amount: `Qtly div 35 cts`, `dividend of 18
/// cts`, `raised its dividend to 25 cts`.
const LABEL_LINKS: [&str; 6] = ["of", "was", "were", "is", "are", "to"];

/// Words that may qualify the share of a label: `per diluted share`.
const SHARE_KINDS: [&str; 4] = ["diluted", "basic", "common", "primary"];

/// Labels that say a share's money on their own: `eps $1.10`, Reuters' `Shr 29 cts`.
const SHARE_LABELS: [&str; 2] = ["eps", "shr"];

/// Words for a dividend, whose money under 10,000 is a share's: `Qtly div 35 cts`.
const DIVIDEND_LABELS: [&str; 3] = ["div", "dividend", "dividends"];

/// Totals whose name, between a share's label and an amount, makes the amount theirs:
/// `earnings per share rose and revenue was $500`.
#[rustfmt::skip]
const OTHER_TOTALS: [&str; 20] = [
    "revenue", "revenues", "sales", "turnover", "ebitda", "ebit", "income", "margin",
    "margins", "cash", "capex", "expenses", "costs", "spending", "debt", "assets", "price",
    "prices", "backlog", "bookings",
];

/// How many words before an amount are read for a share's label.
const LABEL_REACH: usize = 10;

/// Money under a label that says it is a share's: `earnings per share $0.68`, `loss per
/// diluted share of $0.12`, `eps $1.10`, `adjusted earnings per share to a range of $7.52
/// to $7.62`, Reuters' table rows `Shr 29 cts`, `Oper shr loss 12 cts`, and dividends
/// (`Qtly div 35 cts`, `dividend of 18 cts`); and a figure compared with one of them in
/// the same unit, as [`COMPARED_WITH`] and a row's name join them (`Shr 29 cts vs 25 cts`,
/// `vs loss 15 cts`, `, compared to $0.55`; not `from`). Their `per` is `share`, as `29
/// cts a share` has it. A share's label is read in the [`LABEL_REACH`] words before the
/// amount, back to the figure before it, the line's or the sentence's start, or the name of
/// another total ([`OTHER_TOTALS`]); a dividend's is the word just before the amount (past
/// [`LABEL_LINKS`]). Only amounts under 10,000 are a share's.
fn label_rates(s: &str, facts: &mut [Fact]) {
    let is = |w: &str, x: &str| w.eq_ignore_ascii_case(x);
    let any = |w: &str, list: &[&str]| list.iter().any(|x| is(w, x));
    for k in 0..facts.len() {
        let (done, rest) = facts.split_at_mut(k);
        let f = &mut rest[0];
        // A share's figure is no million: "revenue and earnings per share of $957 to $962
        // million" labels the second figure.
        let small = f
            .value
            .or(f.high)
            .is_some_and(|v| v.abs() < rust_decimal::Decimal::from(10_000));
        if f.kind != Kind::Money || f.per.is_some() || !small {
            continue;
        }
        let prev_end = done.last().map_or(0, |a| a.end);
        let cap = f.start.saturating_sub(96);
        let before = s
            .get(s.floor_char_boundary(prev_end.max(cap))..f.start)
            .unwrap_or_default();
        // A window cut by the cap may start inside a word ("st|eps"): not that word.
        let before = if cap > prev_end {
            before
                .split_once(char::is_whitespace)
                .map_or("", |(_, b)| b)
        } else {
            before
        };
        let before = before.rsplit(['\n', ';']).next().unwrap_or_default();
        let before = before.rfind(". ").map_or(before, |i| &before[i + 2..]);
        let split = |c: char| c.is_whitespace() || matches!(c, ':' | ',' | '(' | ')');
        let mut words = before
            .split(split)
            .rev()
            .filter(|w| !w.is_empty())
            .take(LABEL_REACH)
            .peekable();
        let dividend = words
            .clone()
            .find(|w| !any(w, &LABEL_LINKS))
            .is_some_and(|w| any(w, &DIVIDEND_LABELS));
        let mut labelled = dividend;
        while !labelled {
            let Some(w) = words.next() else { break };
            if any(w, &SHARE_LABELS) {
                labelled = true;
            } else if is(w, "share") {
                // `per share`, `per diluted share`.
                words.next_if(|w| any(w, &SHARE_KINDS));
                labelled = words.peek().is_some_and(|w| is(w, "per"));
            } else if any(w, &OTHER_TOTALS) {
                break;
            }
        }
        // "Shr 29 cts vs 25 cts": the figure it is compared with.
        let compared = k > 0 && {
            let a = &done[k - 1];
            a.per.as_deref() == Some("share")
                && a.unit == f.unit
                // A share's figures may lie far apart (a profit of a cent against a loss of
                // 37 cts), not as far as a total ("three cts a share, vs 599 dlrs").
                && within(a.value, f.value, 1000)
                // The row's name may stand again: "vs loss 15 cts", "vs restated 25 cts".
                && s.get(a.end..f.start)
                    .and_then(|gap| compared_with(gap, &["loss", "profit", "restated"]))
                    .is_some_and(|w| w != "from")
        };
        if labelled || compared {
            f.per = Some(Cow::Borrowed("share"));
        }
    }
}

/// The words that join a figure to the one it is compared with, in the gap between them
/// (after a comma, if any).
const COMPARED_WITH: [&str; 7] = [
    "from",
    "vs",
    "vs.",
    "versus",
    "against",
    "compared with",
    "compared to",
];

/// Words that may follow the figure compared with, where it counts nothing: a time, a
/// place, the next clause ("against 1.71 billion a year earlier", "from 6.2 as part of").
#[rustfmt::skip]
const AFTER_COMPARED: [&str; 33] = [
    "a", "an", "the", "in", "on", "at", "for", "of", "last", "previously", "earlier", "ago",
    "and", "or", "but", "to", "during", "since", "before", "after", "as", "when", "while",
    "which", "with", "per", "by", "due", "this", "yesterday", "initially", "through", "from",
];

/// The words of [`COMPARED_WITH`] that `gap`, the text between two figures, holds alone
/// (after a comma, if any), maybe followed by one of `names`: `, compared to`, `vs loss`.
pub(crate) fn compared_with(gap: &str, names: &[&str]) -> Option<&'static str> {
    let gap = gap.trim();
    let gap = gap.strip_prefix(',').map_or(gap, str::trim_start);
    // Most gaps leave at their first letter: every entry starts with f, v, a or c.
    if gap.len() > 24
        || !matches!(
            gap.as_bytes().first().map(|b| b | 0x20),
            Some(b'f' | b'v' | b'a' | b'c')
        )
    {
        return None;
    }
    let is = |w: &str, x: &str| w.eq_ignore_ascii_case(x);
    let name = |w: Option<&str>| w.is_none_or(|w| names.iter().any(|n| is(w, n)));
    // The gap's words read once: at most three.
    let mut words = gap.split_whitespace();
    let (first, second, third) = (words.next()?, words.next(), words.next());
    if words.next().is_some() {
        return None;
    }
    COMPARED_WITH
        .iter()
        .copied()
        .find(|c| match c.split_once(' ') {
            Some((x, y)) => is(first, x) && second.is_some_and(|w| is(w, y)) && name(third),
            None => is(first, c) && name(second) && third.is_none(),
        })
}

/// Whether two values lie within `factor` of each other, neither zero (products checked:
/// one past the largest decimal is out of reach, not a panic).
pub(crate) fn within(
    x: Option<rust_decimal::Decimal>,
    y: Option<rust_decimal::Decimal>,
    factor: u32,
) -> bool {
    let (Some(x), Some(y)) = (x, y) else {
        return false;
    };
    let reach = |p: rust_decimal::Decimal, q: rust_decimal::Decimal| {
        q.abs()
            .checked_mul(rust_decimal::Decimal::from(factor))
            .is_some_and(|m| p.abs() <= m)
    };
    !x.is_zero() && !y.is_zero() && reach(x, y) && reach(y, x)
}

/// The last words of money written in a minor unit (`50 cts`, `47.1p`).
#[rustfmt::skip]
const MINOR_UNIT_WORDS: [&str; 12] = [
    "cts", "ct", "cents", "cent", "c", "p", "pence", "penny", "pfennigs", "pfennig", "centimes",
    "centime",
];

/// Whether `f` is money written in a minor unit (`50 cts`, `47.1p`), whose value no longer
/// shows what was written: in "Shr 50 cts vs 4" the 4 is cents, not dollars.
pub(crate) fn in_minor_unit(f: &Fact) -> bool {
    f.kind == Kind::Money
        && f.text
            .split(|c: char| !c.is_alphabetic())
            .any(|w| MINOR_UNIT_WORDS.iter().any(|m| w.eq_ignore_ascii_case(m)))
}

/// A bare number compared with the figure just before it takes that figure's unit, said
/// once for both: "19.7 mln tonnes from 20.9 mln", "15.9 billion marks vs 18.5 billion",
/// "a yield of 10.15 pct against 9.66". Only where nothing but the joining word stands
/// between them, where a `from` follows a level reached ("to" or "at" before the figure),
/// where nothing the number could count follows it, and where the two lie within a factor
/// of ten of each other: not "rose 5.9 pct from 47,600", "cutting it 1-1/2 points from
/// 6-1/2", "from 10 us airports", nor "50 cts vs 4" or "50 cts a share vs 4", whose cents
/// the figure before no longer shows. The number keeps its own span.
fn elided_units(s: &str, facts: &mut [Fact]) {
    for k in 1..facts.len() {
        let (done, rest) = facts.split_at_mut(k);
        let (a, b) = (&done[k - 1], &mut rest[0]);
        if b.kind != Kind::Number
            || b.noun.is_some()
            || a.unit.is_none()
            || a.kind == Kind::Duration
            || a.field != b.field
        {
            continue;
        }
        if !within(a.value, b.value, 10) {
            continue;
        }
        let Some(joined) = s
            .get(a.end..b.start)
            .and_then(|gap| compared_with(gap, &[]))
        else {
            continue;
        };
        // `from` the level before: after a move to it ("rose to 28,700 tonnes from 19,800"),
        // not from the size of a change ("cutting it 1-1/2 points from 6-1/2").
        if joined == "from"
            && !word_before(s, a.start)
                .is_some_and(|w| ["to", "at"].iter().any(|x| w.eq_ignore_ascii_case(x)))
        {
            continue;
        }
        // Nothing after it that it could count: "from 10 us airports" is no money. The word
        // right after it alone is read.
        let after = s.get(b.end..).unwrap_or_default().trim_start();
        let next = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .filter(|w| !w.is_empty());
        // A capitalized word starts the next label of a table ("vs 37.7 mln Pretax profit");
        // not an all-capital one ("from 10 US airports").
        let label = |w: &str| {
            let mut c = w.chars();
            c.next().is_some_and(char::is_uppercase) && c.next().is_some_and(char::is_lowercase)
        };
        if next
            .is_some_and(|w| !label(w) && !AFTER_COMPARED.iter().any(|x| w.eq_ignore_ascii_case(x)))
        {
            continue;
        }
        // A figure in cents or pence no longer shows what was written: in "Shr 50 cts vs 4"
        // the 4 is cents, not dollars, and stays a bare number.
        if !in_minor_unit(a) {
            b.kind = a.kind;
            b.unit = a.unit.clone();
            b.per = a.per.clone();
        }
    }
}

/// A bare number listed before a figure that writes its unit after its digits or its number
/// in words takes that unit, said once for all: "12 and 13 pct", "27,510 and 57,450 tonnes",
/// "two or three mln dlrs", "three and six-month bills", "20, 7 and 1 pct",
/// and the figure's scale or minor unit where it writes none of its own: "1.95 and 1.15 mln
/// cubic metres" (1,950,000 m3), "3.85 and 9.92 cents per kg" (0.0385 USD per kg). Things
/// counted are counted for both ("300 and 400 people"); a scale alone is shared too ("4.89
/// and 4.79 billion"). Only where `and` or `or` alone
/// stands between them (a comma where the list goes on to one: "20, 7 and"; not "1.5 mln,
/// or 3.1 pct"), where a scale the number writes is the figure's ("314 mln and 208.6 mln
/// dlrs"; not "2.95 mln or 10.6 pct"), and where the two, as written, lie within a factor of
/// ten of each other (a percent at most a hundred), a fraction with a fraction. So does the
/// level a change came from, before `to` the one it reached ("from 7.5 to 6.2 pct"). Not "from
/// 1,986 and 13 pct", "to 259 and 57%", "fell 3/4 or 1.5 pct", "5 and $10", nor a fraction
/// before a whole term that qualifies a noun ("from 6.28 and five-year yields"). The number
/// keeps its own span.
fn listed_units(lx: &Lexed<'_>, facts: &mut [Fact]) {
    let s = lx.text();
    // Whether the figure after the one looked at took its unit from the list.
    let mut listed = false;
    for k in (1..facts.len()).rev() {
        let (done, rest) = facts.split_at_mut(k);
        let (before, a) = done.split_at_mut(k - 1);
        let (a, b) = (&mut a[0], &rest[0]);
        let took = listed;
        listed = false;
        if a.kind != Kind::Number
            || a.unit.is_some()
            || a.per.is_some()
            || a.noun.is_some()
            || a.field != b.field
            // Digits, or a small number in words ("two or three mln dlrs").
            || !b.text.starts_with(|c: char| c.is_ascii_alphanumeric())
            // Neither unit nor noun, and no scale word to lend: "4.89 and 4.79" alone (but
            // one the list lent its scale: "3.91, 4.89 and 4.79 billion").
            || (!took
                && b.unit.is_none()
                && b.noun.is_none()
                && !b.text.contains(char::is_alphabetic))
        {
            continue;
        }
        let Some(gap) = s.get(a.end..b.start).filter(|g| g.len() <= 8) else {
            continue;
        };
        // ", and" ends a list of commas only: "352,000, 96,000, and 570,000 dlrs" (not
        // "girls, three and four, and 17-month-old boy").
        let comma_before = || {
            before.last().is_some_and(|p| {
                p.field == a.field && s.get(p.end..a.start).is_some_and(|g| g.trim() == ",")
            })
        };
        // The level a change came from, before the one it reached: "fell from 7.5 to 6.2
        // pct", "raised it from 5 to 6 dlrs" (no range: `CHANGE_WORDS`), within a hundred
        // times ("from 18.5 mln to 309.3 mln dlrs").
        let gap = gap.trim();
        let from_to =
            gap == "to" && word_before(s, a.start).is_some_and(|w| w.eq_ignore_ascii_case("from"));
        let joined = match gap {
            "and" | "or" => true,
            "to" => from_to,
            ", and" => comma_before(),
            "," => took,
            _ => false,
        };
        if !joined {
            continue;
        }
        // What the figure's value is to what it writes: its scale or minor unit.
        let ratio = if b.text.starts_with(|c: char| c.is_ascii_digit()) {
            b.digits_ratio()
        } else {
            number::leading_word(Cur::at(lx, b.start))
                .and_then(|w| b.value.and_then(|v| v.checked_div(w)))
        };
        let (Some(value), Some(ratio)) = (a.value, ratio) else {
            continue;
        };
        // A figure with neither unit nor noun lends its scale alone: "4.89 and 4.79 billion".
        if b.unit.is_none() && b.noun.is_none() && ratio == Decimal::ONE {
            continue;
        }
        // A fraction is listed with another ("1/2 or 5/8 point"), not with a whole number
        // ("years five and six and 3/4 point over LIBOR", "fell 3/4 or 1.5 pct").
        let fraction = |t: &str| {
            let t = t.trim_start_matches(|c: char| c.is_ascii_digit());
            t.starts_with('/')
        };
        if fraction(&a.text) != fraction(&b.text) {
            continue;
        }
        // Digits alone, or a small whole number in words ("five and 10 pct"); a scale of its
        // own is the figure's ("314 mln and 208.6 mln dlrs"; not "2.95 mln or 10.6 pct").
        let words = !a.text.contains(|c: char| c.is_ascii_digit());
        let Some(own) = a
            .own_ratio()
            .filter(|&own| own == Decimal::ONE || own == ratio)
            .filter(|_| !words || value < Decimal::ONE_HUNDRED)
        else {
            continue;
        };
        let written = b.value.and_then(|v| v.checked_div(ratio));
        // A percent above a hundred is rarely listed: "to 259 and 57% increase".
        let share = b.unit.as_deref() == Some("%") && value > Decimal::ONE_HUNDRED;
        // A fraction is listed with a fraction ("lives of 12.1 and 17.8 years", "7.5 and 10
        // years"); before a whole term that qualifies a noun it is a rate ("fell to 6.26 pct
        // from 6.28 and five-year yields", "from 6-1/4, six and three-month deposits").
        let term = b.kind == Kind::Duration
            && !value.is_integer()
            && written.is_some_and(|w| w.is_integer())
            && (took || b.text.contains('-'));
        if share
            || term
            || !within(
                value.checked_div(own),
                written,
                if from_to { 100 } else { 10 },
            )
        {
            continue;
        }
        // Digits alone take the figure's scale or minor unit.
        if own == Decimal::ONE && ratio != Decimal::ONE {
            let Some(scaled) = value
                .checked_mul(ratio)
                .filter(|_| ratio == Decimal::new(1, 2) || power_of_a_thousand(ratio))
            else {
                continue;
            };
            a.value = Some(scaled.normalize());
        }
        a.kind = b.kind;
        a.unit = b.unit.clone();
        a.per = b.per.clone();
        a.noun = b.noun.clone();
        listed = true;
    }
}

/// [`scan_lexed_into`]; `STOP` says whether an anchor's window stops at a word outside the
/// vocabulary ([`outside_vocabulary`]), which only tests turn off, to compare.
fn scan_windows<const STOP: bool>(
    lx: &Lexed<'_>,
    field: Field,
    ctx: Ctx,
    sentences: &mut Option<Vec<usize>>,
    facts: &mut Vec<Fact>,
) {
    let s = lx.text();
    let toks = lx.tokens();
    let skip = non_fact(ctx);
    // The field's addresses, found when its first candidate is (many titles have none),
    // and the first that does not end before the walk.
    let mut url_list: Option<Vec<(usize, usize)>> = None;
    let mut next_url = 0;
    let parse = fact(ctx);
    // Where the walk stands: everything before is read.
    let mut i = 0;
    // The first token after the last anchor: where the next window may start at the
    // earliest.
    let mut fresh = 0;
    while let Some(a) = lx.next_anchor(fresh) {
        let tok = &toks[a];
        let first = fresh;
        fresh = a + 1;
        if tok.end() <= i {
            continue;
        }
        i = i.max(s.floor_char_boundary(tok.start().saturating_sub(WINDOW)));
        let mut k = a;
        while k > first && toks[k - 1].start() >= i {
            if STOP && outside_vocabulary(&toks[k - 1]) {
                #[cfg(debug_assertions)]
                assert_nothing_spans(
                    lx,
                    ctx,
                    first.max(toks[..k].partition_point(|t| t.start() < i)),
                    k - 1,
                );
                break;
            }
            k -= 1;
        }
        for (k, t) in toks.iter().enumerate().take(a + 1).skip(k) {
            // Tokens inside what a fact or skipped phrase took.
            if t.start() < i {
                continue;
            }
            i = t.start();
            let n = t.len();
            if !is_candidate(lx, k) {
                i = t.end();
                continue;
            }
            let urls = url_list.get_or_insert_with(|| url_spans(s));
            while urls.get(next_url).is_some_and(|&(_, e)| e <= i) {
                next_url += 1;
            }
            if let Some(&(start, end)) = urls.get(next_url)
                && start <= i
            {
                i = end.max(i + n);
                continue;
            }
            if t.kind == LexKind::Digits && hyphenated_name(s, i, ctx) {
                // Skip the whole token: "F-35A".
                let len = s[i..]
                    .find(|c: char| !c.is_alphanumeric())
                    .unwrap_or(s.len() - i);
                i += len.max(n);
                continue;
            }
            let here = Cur::at_token(lx, k);
            if let Ok((after, ())) = skip(here) {
                i += here.len_to(after).max(n);
                continue;
            }
            // The verb before only splits a range ("rose $7.2bn to $170.8bn"), so it is
            // looked for only when the plain reading is one.
            let mut parsed = if leads_nowhere(lx, k) {
                debug_assert!(parse(here).is_err(), "a fact at {:?}", &s[i..]);
                Err(nom::Err::Error(()))
            } else {
                parse(here)
            };
            if matches!(&parsed, Ok((_, Parsed::Fact(q))) if q.high.is_some()) {
                let cue = change_cue_before(s, i);
                let verb = matches!(cue, Some(Cue::Verb(_)));
                let particle = matches!(cue, Some(Cue::Particle(_)));
                if verb || particle {
                    parsed = fact(Ctx {
                        after_change_verb: verb,
                        after_particle: particle,
                        ..ctx
                    })(here);
                }
            }
            // "soared in 1986 to 367,000 from 295,000": a year after a word of time is
            // when, no low end of a range; what follows `to` is read on its own.
            if matches!(&parsed, Ok((_, Parsed::Fact(q))) if q.high.is_some())
                && t.kind == LexKind::Digits
                && crate::timing::year_word(lx.str_of(t))
                && word_before_token(lx, k, i).is_some_and(|w| YEAR_OPENERS.contains(w))
            {
                parsed = Err(nom::Err::Error(()));
            }
            match parsed {
                Ok((after, Parsed::Fact(mut q))) => {
                    let mut end = after.pos();
                    let starts = sentences.get_or_insert_with(|| sentence_starts(s, ctx));
                    let sentence = starts.partition_point(|&st| st <= i).saturating_sub(1);
                    let sentence_start = starts.get(sentence).copied().unwrap_or(0);
                    if !is_label_or_name(lx, k, (i, end), &q, sentence_start, ctx) {
                        // A qualifier after it ("20 pct or more"), once the figure as read
                        // is no label or name ("flight 3954 or so").
                        if q.qualifier.is_none()
                            && let Some((r, qualifier)) = trailing_qualifier(after)
                        {
                            q.qualifier = Some(qualifier);
                            end = r.pos();
                        }
                        // A document has seven facts or so (Reuters): room for eight at
                        // once, not four and then eight.
                        if facts.capacity() == 0 {
                            facts.reserve_exact(8);
                        }
                        facts.push(Fact {
                            kind: q.kind,
                            value: q.value,
                            low: q.low,
                            high: q.high,
                            unit: q.unit.map(Cow::Borrowed),
                            per: q.per,
                            qualifier: q.qualifier,
                            vague: q.vague,
                            noun: q.noun.map(Into::into),
                            alt: q.alt.map(|(v, u)| crate::fact::Alt {
                                value: Some(v),
                                unit: Some(Cow::Borrowed(u)),
                            }),
                            field,
                            start: i,
                            end,
                            text: s[i..end].into(),
                            sentence,
                        });
                    }
                    i = end.max(i + n);
                }
                Ok((after, Parsed::NotFact)) => i += here.len_to(after).max(n),
                Err(_) => i += n,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(crate::proptest_cases(3000))]
        /// The word before a token, read from the tokens, is the one read from the text.
        #[test]
        fn the_word_before_a_token_is_the_word_before_its_text(
            s in r"[a-zA-Z0-9 \t\n(½éß²,.-]{0,90}"
        ) {
            let lx = Lexed::new(&s);
            for (k, t) in lx.tokens().iter().enumerate() {
                prop_assert_eq!(
                    word_before_token(&lx, k, t.start()),
                    word_before(&s, t.start()),
                    "{:?} at {}", s, t.start()
                );
            }
        }
    }

    proptest! {
        #![proptest_config(crate::proptest_cases(3000))]
        /// Where [`leads_nowhere`] keeps the grammar from running, it would fail: the scan
        /// checks this in debug builds, over text mixing leading triggers, words outside the
        /// vocabulary and the words and symbols that do make facts.
        #[test]
        fn the_grammar_fails_where_a_trigger_leads_nowhere(
            words in prop::collection::vec(prop::sample::select(vec![
                "a", "an", "A", "from", "over", "between", "minus", "dollars", "euro", "about",
                "more", "than", "up", "to", "January", "the", "of", "and", "two", "half",
                "dozens", "few", "mile", "miles", "million", "bn", "new", "deal", "xyzzy",
                "peak", "5", "1.8", "$", "%", "-", ",", "(", "kg", ")",
            ]), 0..14),
            tokenized in any::<bool>(),
        ) {
            let s = words.join(" ");
            let ctx = Ctx { tokenized, ..Ctx::default() };
            let lx = Lexed::new(&s);
            for k in 0..lx.tokens().len() {
                if leads_nowhere(&lx, k) {
                    let here = Cur::at_token(&lx, k);
                    prop_assert!(fact(ctx)(here).is_err(), "{:?} at token {}", s, k);
                }
            }
            // And through the scanner, whose debug check sees every skipped attempt.
            scan_field(&s, Field::Text, ctx);
        }
    }

    proptest! {
        #![proptest_config(crate::proptest_cases(3000))]
        /// The window before an anchor stops at a word outside the vocabulary: the scan
        /// finds the same facts with the stop and without it (and, in debug builds, its
        /// check runs what the stop leaves out). The text mixes the anchors, the words
        /// before a numeral (qualifiers, currencies, frames, the article), words outside
        /// the vocabulary, one-letter words, dates, addresses, names with numbers and
        /// verbs of change, joined by spaces or not.
        #[test]
        fn a_window_stops_only_where_nothing_reaches_past(
            words in prop::collection::vec(prop::sample::select(vec![
                "a", "an", "no", "more", "than", "at", "least", "over", "between", "from", "and",
                "to", "minus", "US", "$", "New", "Zealand", "dollars", "dollar", "Hong", "Kong",
                "new", "mile", "g", "t", "m", "p", "c", "S", "&", "P", "500", "March", "5",
                "in", "1986", "1.8", "two", "hundred", "half", "dozens", "of", "%", "-", ",",
                ".", "(", ")", "xyzzy", "pickens", "Boone", "deal", "york", "quarter", "per",
                "cent", "one", "www.xyzzy.com/5", "a@b.c", "F-35", "rose", "fell", "hour",
                "s & p 500", "19th", "pm",
            ]), 0..18),
            glue in prop::collection::vec(prop::sample::select(vec![" ", " ", " ", "", "\n"]), 18),
            tokenized in any::<bool>(),
        ) {
            let s = crate::glued(&words, &glue);
            let ctx = Ctx { tokenized, ..Ctx::default() };
            let lx = Lexed::new(&s);
            let (mut with, mut without) = (Vec::new(), Vec::new());
            scan_windows::<true>(&lx, Field::Text, ctx, &mut None, &mut with);
            scan_windows::<false>(&lx, Field::Text, ctx, &mut None, &mut without);
            prop_assert_eq!(with, without, "{:?}", s);
        }
    }

    proptest! {
        #![proptest_config(crate::proptest_cases(3000))]
        /// The abbreviation lookup of `sentence_starts` is [`ABBREV`]'s.
        #[test]
        fn abbreviations_are_those_of_the_list(
            w in r"(?i)(mr|u\.s|e\.g|corp|approx|[a-zé0-9.]{0,9})"
        ) {
            prop_assert_eq!(abbreviation(&w), ABBREV.contains(&w), "{:?}", w);
        }
    }

    #[test]
    fn a_window_stops_at_a_word_outside_the_vocabulary() {
        let texts = |s: &str| -> Vec<String> {
            scan_field(s, Field::Text, Ctx::default())
                .into_iter()
                .map(|f| f.text.into())
                .collect()
        };
        // The qualifier before the stop still counts: it is inside the window.
        assert_eq!(
            texts("Xyzzy said no more than US$ 5"),
            ["no more than US$ 5"]
        );
        assert_eq!(texts("quux a Canadian dollar"), ["a Canadian dollar"]);
        // One letter after the article was a fact only where an anchor's window reached it.
        assert!(
            texts("turned it into a T. Boone Pickens fund, the New York Times said").is_empty()
        );
        assert!(texts("a G-7 meeting").is_empty());
        assert_eq!(texts("over a mile"), ["over a mile"]);
    }

    #[test]
    fn a_trigger_leads_nowhere_only_before_a_word_outside_the_tables() {
        let at = |s: &str, k: usize| leads_nowhere(&Lexed::new(s), k);
        assert!(at("a spokesman said", 0));
        assert!(at("an unusual offer", 0));
        assert!(at("from plateau levels", 0));
        // "new" is a word of the tables ("New Zealand dollar"): the grammar runs.
        assert!(!at("a new deal", 0));
        assert!(at("over xyzzy", 0));
        assert!(at("dollars xyzzy", 0));
        // A table word, a digit or a symbol may go on into a fact.
        assert!(!at("a mile", 0));
        assert!(!at("a few people", 0));
        assert!(!at("from 5", 0));
        assert!(!at("a-mile", 0));
        // Words that are facts by themselves, whatever follows.
        assert!(!at("two xyzzy", 0));
        assert!(!at("dozens xyzzy", 0));
        // Not a trigger.
        assert!(!at("said xyzzy", 0));
        assert_eq!(texts("a spokesman said a mile of xyzzy", false), ["a mile"]);
    }

    /// The grammar reads the word after a leading trigger only through the tables or its own
    /// literal words (`word("of")`, and compares like `eq_ignore_ascii_case("half")` on
    /// number words); the steps that take any word (`any_word`, counted nouns, `per`) come
    /// only after a numeral. [`leads_nowhere`] relies on those literal words being in the
    /// vocabulary: this holds the `word("…")` ones to it.
    #[test]
    fn the_grammar_s_literal_words_are_in_the_vocabulary() {
        let sources = [
            include_str!("grammar/mod.rs"),
            include_str!("grammar/number.rs"),
            include_str!("grammar/quantity.rs"),
        ];
        let mut seen = 0;
        for src in sources {
            for piece in src.split("word(\"").skip(1) {
                let Some(w) = piece.split('"').next() else {
                    continue;
                };
                if w.chars().all(|c| c.is_ascii_alphabetic()) && !w.is_empty() {
                    assert!(
                        crate::lexicon::tables::vocab().id(w).is_some(),
                        "word({w:?}) is not in the vocabulary"
                    );
                    seen += 1;
                }
            }
        }
        assert!(seen > 20, "only {seen} literal words found");
    }

    #[test]
    fn the_word_before_a_token_at_the_edges() {
        let long = format!("{} 5", "x".repeat(70));
        for s in [
            "G7 5",
            "flight\t5",
            "flight\n5",
            "(flight) 5",
            "café 5",
            long.as_str(),
        ] {
            let lx = Lexed::new(s);
            let k = lx.tokens().len() - 1;
            let i = lx.tokens()[k].start();
            assert_eq!(word_before_token(&lx, k, i), word_before(s, i), "{s:?}");
        }
        let lx = Lexed::new("flight 5");
        assert_eq!(word_before_token(&lx, 1, 7), Some("flight"));
    }

    fn texts(s: &str, tokenized: bool) -> Vec<String> {
        scan_field(
            s,
            Field::Text,
            Ctx {
                tokenized,
                ..Ctx::default()
            },
        )
        .into_iter()
        .map(|f| f.text.into())
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
        // Years cut short after an apostrophe: glued to their period, or after a quarter.
        assert_eq!(
            texts(
                "down 2% from q2'19, fy’22 guidance, Feb'86, in Q1 '10 19 April",
                false
            ),
            vec!["2%"]
        );
        // Not after a space alone (a quote may open there).
        assert_eq!(texts("the '86 crop", false), vec!["86"]);
    }

    fn facts(s: &str, tokenized: bool) -> Vec<String> {
        scan_field(
            s,
            Field::Text,
            Ctx {
                tokenized,
                ..Ctx::default()
            },
        )
        .into_iter()
        .map(|f| {
            let v = f.value.map_or_else(
                || {
                    format!(
                        "{}..{}",
                        f.low.unwrap_or_default(),
                        f.high.unwrap_or_default()
                    )
                },
                |v| v.to_string(),
            );
            format!("{} = {v} {}", f.text, f.unit.unwrap_or_default())
                .trim_end()
                .to_string()
        })
        .collect()
    }

    /// Real text from the corpora that once gave wrong facts.
    #[test]
    fn vulgar_fractions_are_anchors() {
        assert_eq!(facts("the result is ⅔", false), ["⅔ = 0.666666666666667"]);
        assert_eq!(
            facts("½ teaspoon baking powder and 1½ cups", false),
            ["½ teaspoon = 0.5 tsp", "1½ cups = 1.5 cup"]
        );
        assert_eq!(
            facts("loss of +ó  x201a -¼ 59.3 mill", false),
            ["59.3 = 59.3"]
        );
    }

    /// Found by review: overflow, ordinals, phone numbers, ranges and rates.
    #[test]
    fn review_regressions() {
        // Products beyond the decimal range give no fact, and no panic.
        assert_eq!(
            facts("7000000000000000000000 million 1 hundred dozen", false).len(),
            1
        );
        let hundreds = ["one hundred"; 16].join(" ");
        assert!(!facts(&hundreds, false).is_empty());
        // Hyphenated ordinals are no fractions.
        assert!(facts("on the twenty-fourth floor", false).is_empty());
        assert!(facts("its twenty-fifth anniversary", false).is_empty());
        // Plain-space thousands only as a whole chain.
        assert_eq!(facts("call 1 800 555 1212", false)[0], "1 = 1");
        assert_eq!(
            facts("a population of 1 414 021 100.", false),
            ["1 414 021 100 = 1414021100"]
        );
        // A trunk-prefix phone number ends at the line.
        assert_eq!(
            facts("Tel 0800 555 111\n12 people were hurt.", false),
            ["12 people = 12"]
        );
        // "and ten" closes a range, not ten cents.
        assert_eq!(
            facts("prices between $5 and ten.", false),
            ["between $5 and ten = 5..10 USD"]
        );
        assert_eq!(
            facts("it cost $3 and fourteen.", false),
            ["$3 and fourteen = 3.14 USD"]
        );
        // A list before a rate is no compound measure.
        assert_eq!(
            facts("open 7 days, 24 hours a day", false),
            ["7 days = 7 d", "24 hours a day = 24 h"]
        );
        assert_eq!(facts("he is 6ft 5in tall", false), ["6ft 5in = 77 in"]);
        assert_eq!(
            facts("sleeps seven hours 22 minutes a night", false),
            ["seven hours 22 minutes a night = 442 min"]
        );
    }

    /// Numbers paired by a slash, from Reuters, BBC and CNN/DailyMail: spans of years,
    /// quotes, odds and dates, which gave their second halves as facts of their own.
    #[test]
    fn pairs_by_a_slash() {
        // Spans of years: no fact, qualified or not, whatever follows.
        for text in [
            "against the 1986/87 crop",
            "in the 1987/88 year starting in June",
            "to retain at least 1985/86 levels of",
            "for the whole of 1986/7, they said",
            "bonds due 1988/2007.",
            "in season 1992/93, Premiership clubs",
            "revenue in FY2023/24 was",
        ] {
            assert!(facts(text, false).is_empty(), "{text}");
        }
        assert!(facts("in 2004 / 05 the club", true).is_empty());
        // What follows the year's digits goes on: tokenized text spaces its points.
        assert_eq!(
            facts("an appointment in 2013/14 . 10 per cent who", true),
            ["10 per cent = 10 %"]
        );
        // Whole numbers paired by a slash: odds, splits, labels, table quotes.
        for text in [
            "comedian Reeves remains 3/1 favourite",
            "has odds of 25/1 at William Hill",
            "a 50/50 chance to make",
            "exploration on blocks 7224/7 and 7224/8",
            "applying the so-called 0/92 provision",
            "Under 0/92, a farmer can forego",
            "May 1158/1168 ba Aug",
            "a 7-6 (8/6) win",
        ] {
            assert!(facts(text, false).is_empty(), "{text}");
        }
        // Quotes: a bid and an offer, the second often shortened to its last digits, in
        // either order; a range from the lower.
        for (text, fact) in [
            (
                "firmer at 3.7495/98 to the dollar",
                "3.7495/98 = 3.7495..3.7498",
            ),
            ("money fell to 3.80/90 pct from", "3.80/90 pct = 3.8..3.9 %"),
            ("the mark at 1.8260/70 and", "1.8260/70 = 1.826..1.827"),
            (
                "was about 240.34/44 yen today",
                "about 240.34/44 yen = 240.34..240.44 JPY",
            ),
            (
                "bills seen at 5.55/54 pct and",
                "5.55/54 pct = 5.54..5.55 %",
            ),
            (
                "around 229/230 dlrs a tonne cost",
                "around 229/230 dlrs a tonne = 229..230 USD",
            ),
            ("hams off 9.00/14.00 dlrs", "9.00/14.00 dlrs = 9..14 USD"),
            (
                "towards the 1,100/1,050 stg area",
                "1,100/1,050 stg = 1050..1100 GBP",
            ),
            (
                "silver spot 674.00/677.00 cents",
                "674.00/677.00 cents = 6.74..6.77 USD",
            ),
        ] {
            assert_eq!(facts(text, false), [fact], "{text}");
        }
        // No range where the numbers lie far apart: a ratio, a rate, a short form.
        for text in [
            "a soybean/corn ratio of 2.9/1 would",
            "hss 3,000/13 days",
            "from 422.25/3.25 in",
        ] {
            assert!(facts(text, false).is_empty(), "{text}");
        }
        // The shortened high end of a dash range keeps the low end's written decimals.
        assert_eq!(
            facts("below its 1.80-85 mark range", false),
            ["1.80-85 = 1.8..1.85"]
        );
        assert_eq!(
            facts("fell from 3.85-95 pct", false),
            ["from 3.85-95 pct = 3.85..3.95 %"]
        );
        // Fractions are still read first.
        assert_eq!(
            facts("rose 3/4 pct to 95-22/32", false),
            ["3/4 pct = 0.75 %", "95-22/32 = 95.6875"]
        );
        // Short high ends keep the scale and minor unit of the high end; a dash range runs
        // from its first end, a slash pair from its lower.
        for (text, tokenized, fact) in [
            (
                "tickets cost $7.50-10 each",
                false,
                "$7.50-10 = 7.5..10 USD",
            ),
            (
                "a 3.75-80 billion dlr gap",
                false,
                "3.75-80 billion dlr = 3750000000..3800000000 USD",
            ),
            (
                "offered at 37.50/60p",
                false,
                "37.50/60p = 0.375..0.376 GBP",
            ),
            ("quoted at 60/50p", false, "60/50p = 0.5..0.6 GBP"),
            (
                "about 2.5/2 billion",
                false,
                "about 2.5/2 billion = 2000000000..2500000000",
            ),
            (
                "sold at Rs. 3.80/90 each",
                false,
                "Rs. 3.80/90 = 3.8..3.9 INR",
            ),
            (
                "a low of 96 . 08 - 96 . 12 in",
                true,
                "96 . 08 - 96 . 12 = 96.08..96.12",
            ),
            (
                "off 9 . 00 / 14 . 00 dlrs",
                true,
                "9 . 00 / 14 . 00 dlrs = 9..14 USD",
            ),
            (
                "natural 10/12 pct cocoa butter",
                false,
                "10/12 pct = 10..12 %",
            ),
            (
                "an estimated 100/150 people",
                false,
                "an estimated 100/150 people = 100..150",
            ),
        ] {
            assert_eq!(facts(text, tokenized), [fact], "{text}");
        }
        assert_eq!(
            facts("bill auctions seen at 5.63-65, 5.59-61 pct", false),
            ["5.63-65 = 5.63..5.65", "5.59-61 pct = 5.59..5.61 %"]
        );
        assert!(facts("FRENCH ESTIMATE 86/87 WHEAT DELIVERIES", false).is_empty());
        assert_eq!(facts("rose 13/16 to", false), ["13/16 = 0.8125"]);
        // A pair of days before a month is a date.
        assert!(facts("on the weekend of 8/9 January.", false).is_empty());
        assert!(facts("on 8/9 of January and 3-4 of April", false).is_empty());
        assert!(facts("played on 19 / 20 february .", true).is_empty());
        // Days of a month from one to another.
        assert!(facts("books close August 3 to 10.", false).is_empty());
        assert!(facts("talks run from 6 to 10 March.", false).is_empty());
        assert_eq!(
            facts("fell in the period March 16 to 31 to 900 mln marks.", false),
            ["900 mln marks = 900000000 DEM"]
        );
        assert_eq!(
            facts("rose on April 1 to 4.602 billion dlrs.", false),
            ["4.602 billion dlrs = 4602000000 USD"]
        );
        assert_eq!(facts("rose on March 5 to 95.", false), ["95 = 95"]);
        // A decimal comma before a scale, unit or currency; not in a list.
        assert_eq!(
            facts("totaled EUR 37,7 mn .", false),
            ["EUR 37,7 mn = 37700000 EUR"]
        );
        assert_eq!(facts("a stake ( 56,1 % ) in", false), ["56,1 % = 56.1 %"]);
        assert_eq!(facts("values of 1,2 and 3.", false), ["1 = 1", "3 = 3"]);
        assert_eq!(facts("10 to 15 may be cut.", false), ["10 to 15 = 10..15"]);
        // After `for`, a year-like number may open an amount.
        assert_eq!(
            facts("shipped for 2000 to 3000 tonnes.", false),
            ["2000 to 3000 tonnes = 2000..3000 t"]
        );
        // The rest of a numeral whose head was read as something else is no fact: a date
        // before a decimal's digits, a row of dots before a table's number.
        assert_eq!(
            facts("May/Jul 65.75/66.25 Aug", false),
            Vec::<String>::new()
        );
        assert_eq!(
            facts("Net free reserves............644 vs.....1,337", false),
            ["644 = 644", "1,337 = 1337"]
        );
    }

    /// Reuters' stock splits and bonus issues: the second number of a ratio was a fact (331
    /// of them, "one stock split" a count of one), and both numbers where no hyphens join
    /// them (40).
    #[test]
    fn ratios_are_no_facts() {
        assert_eq!(
            facts(
                "approved a three-for-two stock split and a 35 pct increase",
                false
            ),
            ["35 pct = 35 %"]
        );
        for (text, tokenized) in [
            ("directors approved a two-for-one stock split of", false),
            (
                "after a one-for-four bonus issue and a four-for-one stock split",
                false,
            ),
            ("PLANS TWO-FOR-ONE STOCK SPLIT", false),
            ("declared a 3-for-2 stock split", false),
            ("a two - for - one stock split", true),
            // Without hyphens, before a word that names the ratio's kind.
            ("its board authorizerd a two for one stock split, an", false),
            ("VOTES 3 FOR 2 SPLIT", false),
            ("approved a one for 25 reverse stock split.", false),
            ("through the new one for four rights issue", false),
            ("on a one for one basis.", false),
            ("a one for 10 share-split which", false),
        ] {
            assert!(facts(text, tokenized).is_empty(), "{text}");
        }
        // An amount bought for another is no ratio.
        assert_eq!(
            facts("it sold 5 for 10 mln dlrs", false),
            ["5 = 5", "10 mln dlrs = 10000000 USD"]
        );
    }

    /// Currencies and units the corpora write with a country or in words, which were counts
    /// ("2.14 billion Taiwan dlrs") or a hundred times their value ("70 euro cents").
    #[test]
    fn currencies_and_units_with_their_country_or_in_words() {
        for (text, fact) in [
            (
                "crude oil 64 Canadian cts a barrel",
                "64 Canadian cts a barrel = 0.64 CAD",
            ),
            (
                "issued 2.14 billion Taiwan dlrs of",
                "2.14 billion Taiwan dlrs = 2140000000 TWD",
            ),
            (
                "lift its dividend to 70 euro cents",
                "70 euro cents = 0.7 EUR",
            ),
            ("is 37 U.S. cents and", "37 U.S. cents = 0.37 USD"),
            ("Give or take 10 pfennigs and", "10 pfennigs = 0.1 DEM"),
            (
                "worth 50 mln Kenyan shillings",
                "50 mln Kenyan shillings = 50000000 KES",
            ),
            (
                "a 50 mln New Zealand dlr bond",
                "50 mln New Zealand dlr = 50000000 NZD",
            ),
            (
                "a 108 megawatt combined cycle plant",
                "108 megawatt = 108 MW",
            ),
            (
                "output was 51.10 billion kilowatt-hours.",
                "51.10 billion kilowatt-hours = 51100000000 kWh",
            ),
        ] {
            assert_eq!(facts(text, false), [fact], "{text}");
        }
    }

    /// After a verb of change, bare numbers more than twice apart are a change and a level
    /// (Reuters' stock reports), not a range, as are two figures with units; closer bare
    /// ones, or with one unit at the end, stay one.
    #[test]
    fn a_change_and_a_level_after_a_verb() {
        for (text, want) in [
            (
                "GM gained two to 83-1/2.",
                &["two = 2", "83-1/2 = 83.5"][..],
            ),
            (
                "Its stock fell 2-1/8 to 4-5/8.",
                &["2-1/8 = 2.125", "4-5/8 = 4.625"],
            ),
            (
                "Other contracts gained 1.70 to 2.30 dlrs.",
                &["1.70 to 2.30 dlrs = 1.7..2.3 USD"],
            ),
            (
                "Prices have risen by 10 to 30 pct.",
                &["10 to 30 pct = 10..30 %"],
            ),
            (
                "It rose $7.2bn to $170.8bn.",
                &["$7.2bn = 7200000000 USD", "$170.8bn = 170800000000 USD"],
            ),
            (
                "Unemployment may rise by one to two million.",
                &["one to two million = 1000000..2000000"],
            ),
            // After `up` or `down`, figures more than five times apart.
            (
                "unemployment levels edged up 0.1% to 4.7%.",
                &["0.1% = 0.1 %", "4.7% = 4.7 %"],
            ),
            (
                "Outboard Marine was up 2-1/2 to 34.",
                &["2-1/2 = 2.5", "34 = 34"],
            ),
            (
                "sales are projected to be down 2% to 6%.",
                &["2% to 6% = 2..6 %"],
            ),
            // The cent is the dollar's: one unit by its symbol.
            (
                "West Texas Sour was up 10 cts to 16.60 dlrs a barrel.",
                &["10 cts = 0.1 USD", "16.60 dlrs a barrel = 16.6 USD"],
            ),
            // A first figure without a unit, more than five times smaller, is a change.
            (
                "Western Europe rose 200 mln to 7.2 billion dlrs.",
                &["200 mln = 200000000", "7.2 billion dlrs = 7200000000 USD"],
            ),
            (
                "Noranda lost 1/8 to 32 dlrs.",
                &["1/8 = 0.125", "32 dlrs = 32 USD"],
            ),
            // A `by` after the verb, words later in its clause.
            (
                "Total debt declined during the year by 251 mln dlrs to 2.28 billion dlrs.",
                &[
                    "251 mln dlrs = 251000000 USD",
                    "2.28 billion dlrs = 2280000000 USD",
                ],
            ),
            (
                "It increased its quarterly dividend by $0.06 to $0.37 per share.",
                &["$0.06 = 0.06 USD", "$0.37 per share = 0.37 USD"],
            ),
            // Not across a clause ("and"); figures less than five times apart stay a range.
            (
                "Sales rose and analysts see costs by 5 mln dlrs to 7 mln dlrs.",
                &["5 mln dlrs to 7 mln dlrs = 5000000..7000000 USD"],
            ),
            (
                "Prices rose in the month by 10 to 30 pct.",
                &["10 to 30 pct = 10..30 %"],
            ),
            // Not from zero, nor where the two share no scale.
            (
                "fy 2021 revenue up 0 to 2 percent.",
                &["0 to 2 percent = 0..2 %"],
            ),
            // (The low end keeps no scale here: a range's ends share one only written
            // alike, "1.5 to 2 mln" or "one to two mln".)
            (
                "consumption rises 1.5 to two mln bpd.",
                &["1.5 to two mln bpd = 1.5..2000000 bbl"],
            ),
            (
                "output rose 1.5 to 20.5 mln bpd.",
                &["1.5 to 20.5 mln bpd = 1500000..20500000 bbl"],
            ),
            (
                "prices are expected to rise 2 to 15 pct.",
                &["2 to 15 pct = 2..15 %"],
            ),
            (
                "Profits rose at units owned by 2 to 12 partners.",
                &["2 to 12 partners = 2..12"],
            ),
            // A year after a word of time is when, no low end of a range.
            (
                "delays soared in 1986 to 367,000 from 295,000.",
                &["367,000 = 367000", "295,000 = 295000"],
            ),
            (
                "imports rose 27.5 pct in 1986 to 610,500 units.",
                &["27.5 pct = 27.5 %", "610,500 units = 610500"],
            ),
        ] {
            assert_eq!(facts(text, false), want, "{text}");
        }
    }

    /// The bare figures of a results table's rows: money under a label of money, in the
    /// currency of the row or of the money above it, else dollars; shares counted under a
    /// label of shares.
    #[test]
    fn a_qualifier_after_a_figure_makes_no_label_a_fact() {
        let read = |s: &str| -> Vec<(String, Option<crate::fact::Qualifier>)> {
            scan_field(s, Field::Text, Ctx::default())
                .into_iter()
                .map(|f| (f.text.to_string(), f.qualifier))
                .collect()
        };
        assert_eq!(read("He took flight 3954 or so."), []);
        assert_eq!(
            read("holders of 5% or more of the shares"),
            [("5% or more".into(), Some(crate::fact::Qualifier::AtLeast))]
        );
    }

    #[test]
    fn a_table_row_s_label_says_what_its_figures_are() {
        let kinds = |s: &str| -> Vec<String> {
            scan_field(s, Field::Text, Ctx::default())
                .into_iter()
                .map(|f| {
                    format!(
                        "{} = {} {} {}",
                        f.text,
                        f.kind.name(),
                        f.unit.unwrap_or_default(),
                        f.noun.unwrap_or_default()
                    )
                    .trim_end()
                    .to_string()
                })
                .collect()
        };
        assert_eq!(
            kinds(
                "Shr 34 cts vs 1.19 dlrs\nNet 807,000 vs 2,858,000\nRevs 291.8 mln vs 151.1 mln\n\
                 Avg shrs 51.7 mln vs 43.4 mln"
            ),
            [
                "34 cts = money USD",
                "1.19 dlrs = money USD",
                "807,000 = money USD",
                "2,858,000 = money USD",
                "291.8 mln = money USD",
                "151.1 mln = money USD",
                "51.7 mln = count  shares",
                "43.4 mln = count  shares",
            ]
        );
        // The side of zero before a figure; a row with no figure compared, ending its line;
        // the money of the row above (pence: sterling), or the row's own.
        assert_eq!(
            kinds("Div 3.95p vs 3.34p\nNet loss 3,035,000 vs loss 2,516,000\nLoss 739,146\n"),
            [
                "3.95p = money GBP",
                "3.34p = money GBP",
                "3,035,000 = money GBP",
                "2,516,000 = money GBP",
                "739,146 = money GBP",
            ]
        );
        assert_eq!(
            kinds("Sales 10.90 billion crowns vs 10.72 billion"),
            [
                "10.90 billion crowns = money SEK",
                "10.72 billion = money SEK"
            ]
        );
        // No row: a label of no money (tonnes), nor one whose last word is none (homes
        // ordered); an indented column; a share's row, in cents ("vs 38" is cents); prose; a
        // figure with more after it on its line.
        for s in [
            "Net imports 1.2 mln vs 1.1 mln",
            "qtrly net orders 4,085 versus 4,214",
            " Short sales          1,997",
            "Final div 52 cents vs 38",
            "The shares later eased to 344.50.",
            "Net profit was 35.5 mln compared with 29.8 mln",
            "Sales 5,000 units a month",
        ] {
            assert!(
                scan_field(s, Field::Text, Ctx::default())
                    .iter()
                    .all(|f| (f.kind != Kind::Money || f.text.contains("cents"))
                        && f.noun.as_deref() != Some("shares")),
                "{s}"
            );
        }
    }

    /// A bare number or range after `aged` is an age in years.
    #[test]
    fn ages_after_aged() {
        assert_eq!(
            facts(
                "Smokers aged 30 or under; children aged between 5 and 10; the man, aged 45, left; a wine aged 12 years; aged 400",
                false
            ),
            [
                "30 = 30 yr",
                "between 5 and 10 = 5..10 yr",
                "45 = 45 yr",
                "12 years = 12 yr",
                "400 = 400"
            ]
        );
    }

    /// Money under a label that says it is a share's has `per` share (ECTSum's bullets,
    /// Reuters' and PhraseBank's tables); so has the figure it is compared with.
    #[test]
    fn a_share_s_figure_by_its_label() {
        let per = |text: &str| -> Vec<(String, Option<String>)> {
            scan_field(text, Field::Text, Ctx::default())
                .into_iter()
                .map(|f| (f.text.to_string(), f.per.map(|p| p.to_string())))
                .collect()
        };
        let share = Some("share".to_string());
        for (text, want) in [
            (
                "q4 adjusted earnings per share $0.68.",
                vec![("$0.68", true)],
            ),
            ("loss per diluted share was $0.12.", vec![("$0.12", true)]),
            (
                "Shr 29 cts vs 25 cts\nNet 5 mln dlrs vs 4 mln dlrs",
                vec![
                    ("29 cts", true),
                    ("25 cts", true),
                    ("5 mln dlrs", false),
                    ("4 mln dlrs", false),
                ],
            ),
            (
                "Oper shr loss 12 cts vs loss 15 cts",
                vec![("12 cts", true), ("15 cts", true)],
            ),
            (
                "It reported EPS of EUR 1.13 for 2009.",
                vec![("EUR 1.13", true)],
            ),
            // A share's figure is no million; a price is no label.
            (
                "revenue and earnings per share of $957 to $962 million",
                vec![("$957 to $962 million", false)],
            ),
            ("The share price was $40.", vec![("$40", false)]),
            // A label further back, on the same clause.
            (
                "expects adjusted earnings per share to be in the range of $2.40 to $2.54.",
                vec![("$2.40 to $2.54", true)],
            ),
            (
                "fourth-quarter eps, excluding charges and credits, of $0.41.",
                vec![("$0.41", true)],
            ),
            ("EPS rose to EUR 0.50.", vec![("EUR 0.50", true)]),
            // Not past another total, another figure or the sentence's end.
            (
                "earnings per share rose and revenue was $500.",
                vec![("$500", false)],
            ),
            (
                "earnings per share were $1.20 and $3 went to fees.",
                vec![("$1.20", true), ("$3", false)],
            ),
            (
                "It gave earnings per share. It paid $5 in fees.",
                vec![("$5", false)],
            ),
            // A dividend's money, under its label.
            (
                "Qtly div 35 cts vs 35 cts prior",
                vec![("35 cts", true), ("35 cts", true)],
            ),
            (
                "raised its quarterly dividend to 25 cts.",
                vec![("25 cts", true)],
            ),
            (
                "the dividend will be paid and costs will be $500.",
                vec![("$500", false)],
            ),
        ] {
            let want: Vec<(String, Option<String>)> = want
                .into_iter()
                .map(|(t, s)| (t.to_string(), if s { share.clone() } else { None }))
                .collect();
            assert_eq!(per(text), want, "{text}");
        }
    }

    /// A bare number compared with the figure before it shares that figure's unit; Reuters
    /// sentences and table rows.
    #[test]
    fn a_unit_said_once_for_two_figures() {
        for (text, both) in [
            (
                "fell 5.7 pct to 19.7 mln tonnes from 20.9 mln in 1985.",
                ["19.7 mln tonnes = 19700000 t", "20.9 mln = 20900000 t"],
            ),
            (
                "Turnover 15.9 billion marks vs 18.5 billion Net 1.2 billion",
                [
                    "15.9 billion marks = 15900000000 DEM",
                    "18.5 billion = 18500000000 DEM",
                ],
            ),
            (
                "a yield of 10.15 pct against 9.66 in March",
                ["10.15 pct = 10.15 %", "9.66 = 9.66 %"],
            ),
            (
                "were 10.74 billion dlrs, compared with 11.14 billion last year",
                [
                    "10.74 billion dlrs = 10740000000 USD",
                    "11.14 billion = 11140000000 USD",
                ],
            ),
        ] {
            let found = facts(text, false);
            let at = found.iter().position(|f| f == both[0]);
            assert_eq!(
                at.and_then(|k| found.get(k + 1)),
                Some(&both[1].to_string()),
                "{text}"
            );
        }
        // Not: figures far apart in size (cents the figure before no longer shows), the
        // `from` of a change's size, a figure that counts something, or one in cents.
        for (text, last) in [
            (
                "sales rose 5.9 pct from 47,600 a year earlier",
                "47,600 = 47600",
            ),
            ("Shr 29 cts vs 25 cts, Div 5 cts vs 4", "4 = 4"),
            ("Shr 50 cts vs 4", "4 = 4"),
            ("Earnings 50 cts a share vs 4", "4 = 4"),
            (
                "after cutting it 1-1/2 points from 6-1/2 on January 15",
                "6-1/2 = 6.5",
            ),
            (
                "available from $ 50 per flight from 10 us airports",
                "10 = 10",
            ),
        ] {
            let found = facts(text, false);
            assert_eq!(found.last().map(String::as_str), Some(last), "{text}");
        }
    }

    /// A bare number listed before a figure with a unit takes its unit, and its scale or
    /// minor unit where it writes none; Reuters, BBC and CNN sentences.
    #[test]
    fn a_unit_said_once_for_a_list() {
        for (text, want) in [
            (
                "remained unchanged at 3.85 and 9.92 cents per kg respectively.",
                &["3.85 = 0.0385 USD", "9.92 cents per kg = 0.0992 USD"][..],
            ),
            (
                "down from 1.95 and 1.15 mln cubic metres in January",
                &["1.95 = 1950000 m3", "1.15 mln cubic metres = 1150000 m3"],
            ),
            (
                "tax benefit of 352,000, 96,000, and 570,000 dlrs.",
                &[
                    "352,000 = 352000 USD",
                    "96,000 = 96000 USD",
                    "570,000 dlrs = 570000 USD",
                ],
            ),
            (
                "issues of 90 mln and 58 mln Swiss francs.",
                &[
                    "90 mln = 90000000 CHF",
                    "58 mln Swiss francs = 58000000 CHF",
                ],
            ),
            (
                "by 0.2 or 0.3 percentage point",
                &["0.2 = 0.2 pp", "0.3 percentage point = 0.3 pp"],
            ),
            (
                "ended 1/2 or 5/8 point lower",
                &["1/2 = 0.5 point", "5/8 point = 0.625 point"],
            ),
            (
                "the males arrested are 21 and 15 years old",
                &["21 = 21 yr", "15 years = 15 yr"],
            ),
            ("within 10 or 15 years", &["10 = 10 yr", "15 years = 15 yr"]),
            // The figure after it in words lends its unit and scale as digits do.
            (
                "losses of two or three mln dlrs",
                &["two = 2000000 USD", "three mln dlrs = 3000000 USD"],
            ),
            (
                "three and six-month bills",
                &["three = 3 mo", "six-month = 6 mo"],
            ),
            (
                "denominations of 20 and five mln yen",
                &["20 = 20000000 JPY", "five mln yen = 5000000 JPY"],
            ),
            // A scale alone, to a list of three too.
            (
                "dropped to 4.68 billion against 4.89 and 4.79 billion.",
                &[
                    "4.68 billion = 4680000000",
                    "4.89 = 4890000000",
                    "4.79 billion = 4790000000",
                ],
            ),
            (
                "against 3.91, 4.89 and 4.79 billion.",
                &[
                    "3.91 = 3910000000",
                    "4.89 = 4890000000",
                    "4.79 billion = 4790000000",
                ],
            ),
        ] {
            assert_eq!(facts(text, false), want, "{text}");
        }
        // Counted things are counted for both.
        let found = scan_field(
            "Munster and Leinster have 12 and 11 players",
            Field::Text,
            Ctx::default(),
        );
        assert!(
            found
                .iter()
                .all(|f| f.kind == Kind::Count && f.noun.as_deref() == Some("players"))
        );
        // Not: a scale of its own said again in a percent, a comma before `or`, a number far
        // from the figure or a percent above a hundred, a fraction after a whole number, a
        // list's `, and` with no comma before, a currency before the figure's digits, an age.
        for (text, first) in [
            (
                "to 2.95 mln or 10.6 pct of the workforce",
                "2.95 mln = 2950000",
            ),
            (
                "acceptances for 1.5 mln, or 3.1 pct, and",
                "1.5 mln = 1500000",
            ),
            ("to 95 from 1,986 and 13 pct in 1987", "95 = 95"),
            ("count to 259 and 57% increase in earnings", "259 = 259"),
            ("in years five and six and 3/4 point over LIBOR", "five = 5"),
            ("girls, three and four, and 17-month-old boy", "three = 3"),
            ("paid 5 and $10 each", "5 = 5"),
            ("shares fell 3/4 or 1.5 pct to 49", "3/4 = 0.75"),
            ("who won aged 21 and 144 days", "21 = 21 yr"),
        ] {
            assert_eq!(
                facts(text, false).first().map(String::as_str),
                Some(first),
                "{text}"
            );
        }
        // A fraction before a whole term that qualifies a noun is no term; before one that
        // does not, it is.
        assert_eq!(
            facts("fell to 6.26 pct from 6.28 and five-year yields", false),
            ["6.26 pct = 6.26 %", "6.28 = 6.28 %", "five-year = 5 yr"]
        );
        assert_eq!(
            facts("from 6-1/4, six and three-month deposits", false),
            ["6-1/4 = 6.25", "six = 6 mo", "three-month = 3 mo"]
        );
        assert_eq!(
            facts("bonds of 7.5 and 10 years", false),
            ["7.5 = 7.5 yr", "10 years = 10 yr"]
        );
    }

    /// HTML character references, which BBC's pages hold: a sign's reference is that sign
    /// (`&#163;8m` was 8 metres), and no other reference's digits are a number (`caf&#233;`
    /// gave 233), in both forms.
    #[test]
    fn character_references() {
        for (text, tokenized, fact) in [
            (
                "Tottenham bid &#163;8m for",
                false,
                "&#163;8m = 8000000 GBP",
            ),
            ("bid &# 163 ; 8m for", true, "&# 163 ; 8m = 8000000 GBP"),
            (
                "&#163;1.8m indecency fine",
                false,
                "&#163;1.8m = 1800000 GBP",
            ),
            (
                "&# 163 ; 1 . 8m indecency",
                true,
                "&# 163 ; 1 . 8m = 1800000 GBP",
            ),
            ("a fine of &pound;250 was", false, "&pound;250 = 250 GBP"),
            ("raised &euro;40m for", false, "&euro;40m = 40000000 EUR"),
            ("cost &#165;1,500 each", false, "&#165;1,500 = 1500 JPY"),
            ("a &#x20ac;8m deal", false, "&#x20ac;8m = 8000000 EUR"),
            ("a &#36;5m deal", false, "&#36;5m = 5000000 USD"),
            // PhraseBank lost some euro signs to their code point.
            ("dropped to  x20ac 43 in", false, "x20ac 43 = 43 EUR"),
            // PhraseBank spaces the named ones.
            ("at & euro ; 3.30 and", false, "& euro ; 3.30 = 3.3 EUR"),
        ] {
            assert_eq!(facts(text, tokenized), [fact], "{text}");
        }
        for (text, tokenized) in [
            ("an internet caf&#233; to", false),
            ("mr blair &# 191 ; s government", true),
            ("a nearby internet caf &# 233 ; to", true),
            ("a nearby internet caf & # 233 ; to", true),
            ("a nearby internet caf & # 233 ; to", false),
            ("Mr Blair&#191;s government", false),
        ] {
            assert!(facts(text, tokenized).is_empty(), "{text}");
        }
    }

    /// A tokenized numeral's point is spaced (`1 . 8`), and a sentence's last point too; the
    /// CNN/DailyMail highlights put a sentence a line, and a point before a line break ends
    /// the sentence (`$ 15,000 .` then `15 per cent` was 15000.15 dollars).
    #[test]
    fn a_tokenized_decimal_does_not_cross_a_line() {
        assert_eq!(
            facts(
                "reached her goal of $ 15,000 .\n15 per cent of profits",
                true
            ),
            ["$ 15,000 = 15000 USD", "15 per cent = 15 %"]
        );
        assert_eq!(
            facts("rose by 1 . 8 % to $ 88 a barrel", true),
            ["1 . 8 % = 1.8 %", "$ 88 a barrel = 88 USD"]
        );
    }

    /// Tokenized text may space its hyphens as its dashes: a number before a spaced hyphen
    /// is part of a compound (no fact), unless the word after opens what follows a dash.
    #[test]
    fn a_number_before_a_tokenized_dash() {
        for (text, fact) in [
            (
                "the index fell to 48 . 3 - its lowest level",
                "48 . 3 = 48.3",
            ),
            (
                "purchases fell to 85 , 000 - the lowest total",
                "85 , 000 = 85000",
            ),
            (
                "the kse index closed at 6709 . 93 - an overall gain",
                "6709 . 93 = 6709.93",
            ),
            ("a workforce of 6 , 500 - could be lost", "6 , 500 = 6500"),
        ] {
            assert_eq!(facts(text, true), [fact], "{text}");
        }
        for text in [
            "a 15 - man squad",
            "will run 10 - times faster",
            "the test series was drawn two - all",
            "a one - off payment",
            "to run 32 - and 48-page products",
            "the 200 - to 300 - seat sector",
        ] {
            assert!(
                facts(text, true).is_empty(),
                "{text}: {:?}",
                facts(text, true)
            );
        }
    }

    /// The CNN/DailyMail research datasets write the pound sign as `#`: money in tokenized
    /// text (`# 70m` was 70 metres), a hashtag or number sign elsewhere.
    #[test]
    fn the_pound_sign_of_tokenized_text() {
        for (text, fact) in [
            (
                "is still being paid # 14,000 a week while",
                "# 14,000 a week = 14000 GBP",
            ),
            ("# 70m was lavished on", "# 70m = 70000000 GBP"),
            ("a # 35,000-a-week contract", "# 35,000-a-week = 35000 GBP"),
            ("cheque for # 1.5 million so", "# 1.5 million = 1500000 GBP"),
            ("joined for # 16million from", "# 16million = 16000000 GBP"),
        ] {
            assert_eq!(facts(text, true), [fact], "{text}");
        }
        assert_eq!(facts("the #1 seed", false), ["1 = 1"]);
        // No character reference without its `;`.
        assert_eq!(facts("bread & # 1.50 each", true), ["# 1.50 = 1.5 GBP"]);
        assert!(facts("the # bringbackourgirls campaign", true).is_empty());
    }

    /// `from X to Y` a few words after a word of change is the level a thing came from and
    /// the one it reached, two figures sharing a unit; elsewhere a range (BBC, Reuters).
    #[test]
    fn a_change_from_one_level_to_another_is_no_range() {
        // Right after a word of change, a figure ten times smaller than the one after `to`
        // is the change, the other the level (not a range of changes, nor a scaled one).
        assert_eq!(
            facts("Canfor Corp rose 1/2 to 35 dlrs", false),
            ["1/2 = 0.5", "35 dlrs = 35 USD"]
        );
        assert_eq!(
            facts("MAGMA LOWERS COPPER PRICE 0.50 CT TO 65.50 CTS", false),
            ["0.50 CT = 0.005 USD", "65.50 CTS = 0.655 USD"]
        );
        assert_eq!(
            facts("Sales are expected to rise 5 to 10 pct", false),
            ["5 to 10 pct = 5..10 %"]
        );
        assert_eq!(
            facts("It has risen three to four billion dlrs a month", false),
            ["three to four billion dlrs a month = 3000000000..4000000000 USD"]
        );
        assert_eq!(
            facts("her fortune rose from £340m to £400m", false),
            ["£340m = 340000000 GBP", "£400m = 400000000 GBP"]
        );
        assert_eq!(
            facts("raise the pension age from 60 to 65", false),
            ["60 = 60", "65 = 65"]
        );
        assert_eq!(
            facts("It fell from 7.5 to 6.2 pct", false),
            ["7.5 = 7.5 %", "6.2 pct = 6.2 %"]
        );
        assert_eq!(
            facts("net rose from 18.5 mln to 309.3 mln dlrs", false),
            ["18.5 mln = 18500000 USD", "309.3 mln dlrs = 309300000 USD"]
        );
        assert_eq!(
            facts("prices ranged from 5 to 10 dlrs", false),
            ["from 5 to 10 dlrs = 5..10 USD"]
        );
        assert_eq!(
            facts("sentences of from 2 to 5 years", false),
            ["from 2 to 5 years = 2..5 yr"]
        );
        assert_eq!(
            facts("a rise of from 2.5 to 3 pct", false),
            ["from 2.5 to 3 pct = 2.5..3 %"]
        );
        assert_eq!(
            facts("the deficit widened from 1.2 to 2.5 billion dlrs", false),
            ["1.2 = 1200000000 USD", "2.5 billion dlrs = 2500000000 USD"]
        );
    }

    /// Tokenized text lowercased the Celsius of `25C`: its `25c` is a temperature, where
    /// plain text's is cents (CNN/DailyMail highlights).
    #[test]
    fn a_lowercased_celsius_of_tokenized_text() {
        assert_eq!(facts("temperatures hit 25c .", true), ["25c = 25 °C"]);
        assert_eq!(
            facts("a thermometer reading 38.7 c -lrb-", true),
            ["38.7 c = 38.7 °C"]
        );
        assert_eq!(
            facts("It costs 25c a cup", false),
            ["25c = 0.25 USD", "a cup = 1 cup"]
        );
        assert_eq!(facts("Temperatures hit 25C", false), ["25C = 25 °C"]);
    }

    #[test]
    fn corpus_regressions() {
        // PhraseBank spacing, sign after the currency.
        assert_eq!(
            facts("to EUR7 .9 m from", false),
            ["EUR7 .9 m = 7900000 EUR"]
        );
        assert_eq!(facts("EUR -0.1 mn", false), ["EUR -0.1 mn = -100000 EUR"]);
        // Reuters mixed fractions, shortened range ends, tables.
        assert_eq!(facts("a 4-5/8 pct coupon", false), ["4-5/8 pct = 4.625 %"]);
        assert_eq!(
            facts("yields of 5.63-65 pct", false),
            ["5.63-65 pct = 5.63..5.65 %"]
        );
        assert_eq!(
            facts("Revs 4,602,000\nYear 1986", false),
            ["4,602,000 = 4602000 USD"]
        );
        assert_eq!(facts("shr 12 mths", false), ["12 mths = 12 mo"]);
        // Scores, labels, names and pronouns are no quantities.
        assert!(facts("Roddick won 6-2 7-6 (7-1) and", false).is_empty());
        assert!(facts("a 30-20 win over", false).is_empty());
        assert!(facts("on united flight 3954 from", false).is_empty());
        assert!(facts("debuting at number 11 in", false).is_empty());
        assert!(facts("who are at number eight with", false).is_empty());
        assert!(facts("will contest the number nine jersey", false).is_empty());
        assert!(facts("with a Nokia 3220 handset", false).is_empty());
        assert!(facts("before their Six Nations opener", false).is_empty());
        assert_eq!(
            facts("The net sales decreased to EUR 49.8 million", false),
            ["EUR 49.8 million = 49800000 EUR"]
        );
        assert!(facts("and the next one, too", false).is_empty());
        assert!(facts("in the first half of", false).is_empty());
        assert!(facts("EURODOLLAR 0835 deposits", false).is_empty());
        assert!(facts("music of the 70 's", true).is_empty());
        // Million before a plural noun or a non-length unit; metres otherwise.
        assert_eq!(
            facts("imports of 110m tons", false),
            ["110m tons = 110000000 t"]
        );
        assert_eq!(facts("some 3m people", false), ["some 3m people = 3000000"]);
        assert_eq!(facts("the 100m hurdles", false), ["100m = 100 m"]);
        // Unit words that depend on context.
        assert_eq!(
            facts("a deficit of 2.86 billion pounds", false),
            ["2.86 billion pounds = 2860000000 GBP"]
        );
        assert_eq!(
            facts("over the last two quarters", false),
            ["two quarters = 2 qtr"]
        );
        assert_eq!(
            facts("three natural gas pipeline projects", false),
            ["three natural gas pipeline projects = 3"]
        );
        // Rates.
        assert_eq!(
            facts("$3.65 to $3.85 per diluted share", false),
            ["$3.65 to $3.85 per diluted share = 3.65..3.85 USD"]
        );
        assert_eq!(
            facts("profit of $793m a year ago", false),
            ["$793m = 793000000 USD"]
        );
        assert_eq!(
            facts("pay him £100,000-a-week", false),
            ["£100,000-a-week = 100000 GBP"]
        );
        assert_eq!(
            facts("turnover rose $7.2bn to $170.8bn", false),
            ["$7.2bn = 7200000000 USD", "$170.8bn = 170800000000 USD"]
        );
        assert_eq!(
            facts("a 109-billion dlrs deficit", false),
            ["109-billion dlrs = 109000000000 USD"]
        );
        // Mojibake in the BBC corpus, a scale after a currency code, half of a scale.
        assert_eq!(
            facts("profits of Â£3.9bn in 2004", false),
            ["Â£3.9bn = 3900000000 GBP"]
        );
        assert_eq!(
            facts("They lost 75 USD million", false),
            ["75 USD million = 75000000 USD"]
        );
        assert_eq!(
            facts("is 3 million and a half", false),
            ["3 million and a half = 3500000"]
        );
        assert!(
            facts("its 800,000 F-Series trucks", false)
                .iter()
                .all(|f| !f.contains('°'))
        );
    }

    #[test]
    fn long_fields_are_read_in_parts_cut_after_whitespace() {
        let parts = |s, max| parts(s, max).collect::<Vec<_>>();
        let s = "oil rose 5% to $88 a barrel, gold fell 2%";
        let p = parts(s, 12);
        assert!(p.iter().all(|(_, t)| t.len() <= 12));
        assert_eq!(p.iter().map(|(_, t)| *t).collect::<String>(), s);
        for (base, t) in &p {
            assert_eq!(&s[*base..*base + t.len()], *t);
        }
        assert_eq!(p[0].1, "oil rose 5% ");
        // No whitespace: cut at a character boundary.
        let w = "ééééééééé";
        let p = parts(w, 5);
        assert_eq!(p.iter().map(|(_, t)| *t).collect::<String>(), w);
        assert_eq!(parts("short", 12), [(0, "short")]);
        // A line break, else a sentence end, is where a part ends.
        let lines = "one 1.5%\ntwo 2.5% three";
        assert_eq!(parts(lines, 16)[0].1, "one 1.5%\n");
        let sentences = "Oil rose. Gold fell 2%";
        assert_eq!(parts(sentences, 16)[0].1, "Oil rose. ");
        // Characters wider than the room left: no cut inside one, and always progress.
        let wide = "a\u{1D4B3}\u{1D4B3}b";
        let p = parts(wide, 4);
        assert_eq!(p.iter().map(|(_, t)| *t).collect::<String>(), wide);
        for (base, t) in &p {
            assert_eq!(&wide[*base..*base + t.len()], *t);
        }
        // An empty field is one empty part.
        assert_eq!(parts("", 12), [(0, "")]);
    }

    #[test]
    fn the_longest_abbreviation_is_known() {
        let longest = ABBREV.words().iter().map(|w| w.len()).max();
        assert_eq!(longest, Some(ABBREV_MAX_LEN));
        for w in ABBREV.words() {
            assert!(abbreviation(w) && abbreviation(&w.to_uppercase()), "{w}");
        }
        for w in ["", "m", "mrx", "us", "u.s.", "corps", "approxi", "ltdx"] {
            assert_eq!(abbreviation(w), ABBREV.contains(w), "{w:?}");
        }
    }

    #[test]
    fn sentences_split_outside_numbers_and_abbreviations() {
        let s = "Oil rose 1.8%. The U.S. said so. Then 5 fell.";
        assert_eq!(sentence_starts(s, Ctx::default()), vec![0, 15, 33]);
        let t = "oil rose 1 . 8 % . the price fell .";
        assert_eq!(
            sentence_starts(
                t,
                Ctx {
                    tokenized: true,
                    ..Ctx::default()
                }
            ),
            vec![0, 19]
        );
        // A sign of money opens a sentence as a digit does (CNN's `#` is the pound), but not
        // after an abbreviation.
        let m = "Claims rose. $40bn firm fell. # 5m went. The U.S. $5 note.";
        assert_eq!(sentence_starts(m, Ctx::default()), vec![0, 13, 30, 41]);
    }
}
