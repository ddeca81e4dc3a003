//! Market moves: what moved, which way, by how much, to what level.
//!
//! Works on a field's facts and sentences. Each sentence becomes a list of items (words,
//! symbols, and the facts found in it); a move starts at a *cue* from
//! [`MOVE_CUES`](crate::lexicon::tables::MOVE_CUES) (`rose`, `fell back`, `a 3% fall`, `up`,
//! `closed at`). Around the cue:
//!
//! - the *subject* is the noun phrase before the cue, skipping auxiliaries (`had jumped`) and
//!   appositives (`brent crude , the international benchmark , rose`); when the cue has none
//!   (`before falling back`) it is the subject of the sentence;
//! - after the cue, `by X` (or a bare X) is the change, `to X` / `at X` the level, `from X` the
//!   level it came from, and a [`TIMINGS`](crate::lexicon::tables::TIMINGS) phrase the timing; an
//!   amount just before the cue (`a 3% fall`, `5% higher`) is the change;
//! - the clause ends at the next cue, a `;`, `while`, `but` or the sentence end.
//!
//! A move needs a subject and either an amount or a subject naming a known market
//! ([`ASSETS`](crate::lexicon::tables::ASSETS)).

use crate::fact::{Fact, Field, Kind, Qualifier};
use crate::lexicon::tables::{ASSET, Cue, Direction, MOVE_CUE, TIMING};
use crate::lexicon::{LexKind, lexeme, space_len};
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An amount in a move: a change, a level, or the level it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// Exact value; a change is a positive magnitude (the direction says which way).
    #[serde(with = "rust_decimal::serde::arbitrary_precision_option")]
    #[schemars(schema_with = "crate::schema::exact_decimal")]
    pub value: Option<Decimal>,
    /// Canonical unit (`%`, `pp`, `bp`, `point`, ISO 4217 …), null for plain numbers.
    pub unit: Option<String>,
    /// Unit of a rate (`bbl` in `$88 a barrel`).
    pub per: Option<String>,
    /// Qualifier (`as much as 3.5%` is `up_to`).
    pub qualifier: Option<Qualifier>,
}

/// One reported change or level of something market-like, from one sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Move {
    /// What moved, as written (`brent crude`, `oil prices`, `shares in BP`).
    pub subject: String,
    /// Normalized market name when the subject is a known market (`oil`, `gold`, `ftse_100`).
    pub asset: Option<String>,
    /// `up`, `down` or `flat`; null for a level without a direction (`closed at 3,362.39`).
    pub direction: Option<Direction>,
    /// The size of the change.
    pub change: Option<Measure>,
    /// The level reached or standing.
    pub level: Option<Measure>,
    /// The level it came from.
    pub from: Option<Measure>,
    /// When, if stated (`initially`, `on friday`, `at the close`).
    pub timing: Option<String>,
    /// Field of the sentence.
    pub field: Field,
    /// Byte offset of the clause in the field.
    pub start: usize,
    /// Byte offset one past the clause's end.
    pub end: usize,
    /// The clause, exactly as in the input.
    pub text: String,
    /// Index of the sentence in the field.
    pub sentence: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item {
    Word { start: usize, end: usize },
    Sym { start: usize, end: usize },
    Fact(usize),
}

/// Words skipped between a subject and its cue: auxiliaries, reporting verbs, adverbs.
const SKIP_BEFORE_CUE: &[&str] = &[
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "been",
    "be",
    "will",
    "would",
    "could",
    "also",
    "closed",
    "ended",
    "finished",
    "traded",
    "posted",
    "reported",
    "saw",
    "recorded",
    "showed",
    "a",
    "an",
    "which",
    "that",
    "have",
    "then",
    "still",
    "only",
    "further",
    "slightly",
    "sharply",
    "briefly",
    "initially",
    "just",
    "steadily",
    "again",
    "both",
];

/// Words that end a subject phrase when reading back from the cue.
const SUBJECT_BOUNDARY: &[&str] = &[
    "and",
    "but",
    "or",
    "while",
    "as",
    "after",
    "before",
    "when",
    "although",
    "because",
    "since",
    "that",
    "which",
    "who",
    "where",
    "with",
    "said",
    "says",
    "say",
    "according",
    "to",
    "from",
    "by",
    "at",
    "on",
    "than",
    "then",
    "so",
    "if",
    "whereas",
    "despite",
    "amid",
    "following",
    "meanwhile",
    "however",
    "also",
    "it",
    "they",
    "he",
    "she",
    "we",
    "there",
    "this",
    "said",
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "will",
    "would",
    "could",
    "not",
    "during",
    "until",
    "saw",
    "what",
];

/// Words that end a move's clause when reading forward.
const CLAUSE_END: &[&str] = &["while", "but", "whereas", "although", "though", "compared"];

fn word_is(text: &str, item: Item, list: &[&str]) -> bool {
    match item {
        Item::Word { start, end } => {
            let w = &text[start..end];
            list.iter().any(|l| w.eq_ignore_ascii_case(l))
        }
        _ => false,
    }
}

fn word_eq(text: &str, item: Item, w: &str) -> bool {
    matches!(item, Item::Word { start, end } if text[start..end].eq_ignore_ascii_case(w))
}

fn item_span(item: Item, facts: &[Fact]) -> (usize, usize) {
    match item {
        Item::Word { start, end } | Item::Sym { start, end } => (start, end),
        Item::Fact(i) => (facts[i].start, facts[i].end),
    }
}

/// Items of `text[lo..hi]`: words, symbols, and the facts that start in the range.
fn items(text: &str, lo: usize, hi: usize, facts: &[Fact], first_fact: usize) -> Vec<Item> {
    let mut out = Vec::new();
    let mut fi = first_fact;
    let mut i = lo;
    while i < hi {
        while fi < facts.len() && facts[fi].end <= i {
            fi += 1;
        }
        if fi < facts.len() && facts[fi].start == i {
            out.push(Item::Fact(fi));
            i = facts[fi].end;
            fi += 1;
            continue;
        }
        let rest = &text[i..hi];
        let sp = space_len(rest);
        if sp > 0 {
            i += sp;
            continue;
        }
        match lexeme(rest) {
            Some((LexKind::Symbol, n)) => {
                out.push(Item::Sym {
                    start: i,
                    end: i + n,
                });
                i += n;
            }
            Some((_, n)) => {
                out.push(Item::Word {
                    start: i,
                    end: i + n,
                });
                i += n;
            }
            None => i += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

/// Whether a fact can be the size of a change or a level.
fn is_amount(f: &Fact) -> bool {
    !matches!(f.kind, Kind::Duration | Kind::Count) && f.value.is_some()
}

fn measure(f: &Fact, magnitude: bool) -> Measure {
    Measure {
        value: f.value.map(|v| if magnitude { v.abs() } else { v }),
        unit: f.unit.clone(),
        per: f.per.clone(),
        qualifier: f.qualifier,
    }
}

/// A cue found at item `at`, ending before item `next`.
struct CueAt {
    cue: Cue,
    at: usize,
    next: usize,
}

fn find_cues(text: &str, its: &[Item], facts: &[Fact], hi: usize) -> Vec<CueAt> {
    let mut cues = Vec::new();
    let mut k = 0;
    while k < its.len() {
        let Item::Word { start, .. } = its[k] else {
            k += 1;
            continue;
        };
        let Some(m) = MOVE_CUE.longest(&text[start..hi]) else {
            k += 1;
            continue;
        };
        let end = start + m.len;
        let next = its[k..]
            .iter()
            .position(|&it| item_span(it, facts).0 >= end)
            .map_or(its.len(), |p| k + p);
        let cue = *m.value;
        let fact_at = |j: usize| matches!(its.get(j), Some(Item::Fact(f)) if is_amount(&facts[*f]));
        let valid = match cue {
            // "up 10.6 pct", "5% higher": a particle needs an amount beside it.
            Cue::Particle(_) => {
                fact_at(next)
                    || (its.get(next).is_some_and(|&it| word_eq(text, it, "by"))
                        && fact_at(next + 1))
                    || (k > 0 && fact_at(k - 1))
            }
            _ => true,
        };
        if valid {
            cues.push(CueAt { cue, at: k, next });
            k = next.max(k + 1);
        } else {
            k += 1;
        }
    }
    cues
}

/// The subject before item `at` (exclusive), as a byte span.
fn subject_before(
    text: &str,
    its: &[Item],
    facts: &[Fact],
    at: usize,
    floor: usize,
) -> Option<(usize, usize)> {
    let mut j = at;
    // An amount right before the cue is its change ("5% higher"), not part of the subject.
    while j > floor {
        let it = its[j - 1];
        if word_is(text, it, SKIP_BEFORE_CUE)
            || matches!(it, Item::Word { start, end } if text[start..end].len() > 4 && text[start..end].ends_with("ly"))
            || matches!(it, Item::Fact(f) if is_amount(&facts[f]) && j == at)
        {
            j -= 1;
        } else {
            break;
        }
    }
    // Appositive or parenthesis: "brent crude , the benchmark , rose".
    if j > floor {
        if let Item::Sym { start, end } = its[j - 1] {
            let sym = &text[start..end];
            if sym == "," || sym == "-" || sym == ")" {
                let open = if sym == ")" { "(" } else { sym };
                if let Some(p) = (floor..j - 1).rev().find(
                    |&p| matches!(its[p], Item::Sym { start, end } if &text[start..end] == open),
                ) {
                    j = p;
                } else {
                    return None;
                }
            }
        }
    }
    let end_item = j;
    let mut first = j;
    const MAX_WORDS: usize = 6;
    while first > floor && end_item - first < MAX_WORDS {
        let it = its[first - 1];
        let ok = match it {
            Item::Word { .. } => !word_is(text, it, SUBJECT_BOUNDARY),
            Item::Sym { start, end } => {
                // Glued joiners inside a name: "same-store", "S&P", "BBC's".
                let glued = start > 0
                    && end < text.len()
                    && !text[..start].ends_with(char::is_whitespace)
                    && !text[end..].starts_with(char::is_whitespace);
                matches!(&text[start..end], "-" | "&" | "'" | ".") && glued
            }
            Item::Fact(_) => false,
        };
        if !ok {
            break;
        }
        first -= 1;
    }
    while first < end_item && matches!(its[first], Item::Sym { .. }) {
        first += 1;
    }
    if first >= end_item {
        return None;
    }
    let (s, _) = item_span(its[first], facts);
    let (_, e) = item_span(its[end_item - 1], facts);
    Some(strip_price_of(text, s, e))
}

/// "the price of gold" → "gold": the shortest faithful name of what moved.
fn strip_price_of(text: &str, s: usize, e: usize) -> (usize, usize) {
    const PREFIXES: &[&str] = &[
        "the price of ",
        "the prices of ",
        "price of ",
        "prices of ",
        "the value of ",
        "the cost of ",
    ];
    let phrase = &text[s..e];
    for p in PREFIXES {
        if phrase.len() > p.len()
            && phrase.is_char_boundary(p.len())
            && phrase[..p.len()].eq_ignore_ascii_case(p)
        {
            return (s + p.len(), e);
        }
    }
    (s, e)
}

/// The first noun phrase of the sentence: the subject of a clause that names none.
fn sentence_subject(text: &str, its: &[Item], facts: &[Fact]) -> Option<(usize, usize)> {
    let mut k = 0;
    while k < its.len()
        && (word_is(text, its[k], &["but", "and", "so", "meanwhile", "however"])
            || matches!(its[k], Item::Sym { .. }))
    {
        k += 1;
    }
    let first = k;
    while k < its.len() && k - first < 6 {
        let it = its[k];
        let ok = match it {
            Item::Word { start, end } => {
                !word_is(text, it, SUBJECT_BOUNDARY)
                    && MOVE_CUE.longest(&text[start..end]).is_none()
            }
            _ => false,
        };
        if !ok {
            break;
        }
        k += 1;
    }
    if k == first {
        return None;
    }
    let (s, _) = item_span(its[first], facts);
    let (_, e) = item_span(its[k - 1], facts);
    Some(strip_price_of(text, s, e))
}

fn asset_of(subject: &str) -> Option<String> {
    let mut i = 0;
    while i < subject.len() {
        let rest = &subject[i..];
        let glued = subject[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        if !glued {
            if let Some(m) = ASSET.longest(rest) {
                let after = &rest[m.len..];
                if !after.starts_with(|c: char| c.is_alphanumeric()) {
                    return Some((*m.value).to_string());
                }
            }
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// The moves of one field.
pub fn find_moves(text: &str, field: Field, facts: &[Fact], sentences: &[usize]) -> Vec<Move> {
    let mut moves = Vec::new();
    let mut first_fact = 0;
    for (si, &lo) in sentences.iter().enumerate() {
        let hi = sentences.get(si + 1).copied().unwrap_or(text.len());
        while first_fact < facts.len() && facts[first_fact].start < lo {
            first_fact += 1;
        }
        let its = items(text, lo, hi, facts, first_fact);
        let cues = find_cues(text, &its, facts, hi);
        let mut last_subject: Option<(usize, usize)> = None;
        for (ci, c) in cues.iter().enumerate() {
            let floor = if ci > 0 { cues[ci - 1].next } else { 0 };
            let limit = cues.get(ci + 1).map_or(its.len(), |n| n.at);
            let subject = subject_before(text, &its, facts, c.at, floor)
                .or(last_subject)
                .or_else(|| sentence_subject(text, &its, facts));
            let Some((ss, se)) = subject else { continue };
            let direction = match c.cue {
                Cue::Verb(d) | Cue::Noun(d) | Cue::Particle(d) | Cue::State(d) => Some(d),
                Cue::Level => None,
            };
            let mut change = None;
            let mut level = None;
            let mut from = None;
            let mut timing = None;
            let mut end = item_span(its[c.next.saturating_sub(1).max(c.at)], facts).1;
            // An amount just before the cue: "a 3% fall", "5% higher".
            if c.at > floor {
                if let Item::Fact(f) = its[c.at - 1] {
                    if is_amount(&facts[f]) && c.cue != Cue::Level {
                        change = Some(measure(&facts[f], true));
                    }
                }
            }
            let mut k = c.next;
            let mut idle = 0;
            while k < limit && idle < 8 {
                let it = its[k];
                if word_is(text, it, CLAUSE_END)
                    || matches!(it, Item::Sym { start, end } if matches!(&text[start..end], ";" | ":"))
                {
                    break;
                }
                if let Item::Word { start, .. } = it {
                    if let Some(m) = TIMING.longest(&text[start..hi]) {
                        if timing.is_none() {
                            timing = Some(text[start..start + m.len].to_string());
                            end = end.max(start + m.len);
                        }
                        let stop = start + m.len;
                        while k < limit && item_span(its[k], facts).0 < stop {
                            k += 1;
                        }
                        idle = 0;
                        continue;
                    }
                }
                let prev = if k > c.next { Some(its[k - 1]) } else { None };
                if let Item::Fact(f) = it {
                    let fact = &facts[f];
                    let prep = prev.map(|p| {
                        (
                            word_eq(text, p, "by"),
                            word_eq(text, p, "to") || word_eq(text, p, "at"),
                            word_eq(text, p, "from"),
                            word_eq(text, p, "of"),
                        )
                    });
                    let (by, to, frm, of) = prep.unwrap_or((false, false, false, false));
                    let direct = k == c.next;
                    let mut used = true;
                    if fact.text.to_ascii_lowercase().starts_with("from") && fact.low.is_some() {
                        // "from $80 to $88"
                        from = Some(Measure {
                            value: fact.low,
                            ..measure(fact, false)
                        });
                        level = Some(Measure {
                            value: fact.high,
                            ..measure(fact, false)
                        });
                    } else if !is_amount(fact) {
                        used = false;
                    } else if to && level.is_none() {
                        level = Some(measure(fact, false));
                    } else if frm && from.is_none() {
                        from = Some(measure(fact, false));
                    } else if (by || of || direct) && change.is_none() && c.cue != Cue::Level {
                        change = Some(measure(fact, true));
                    } else if direct && c.cue == Cue::Level && level.is_none() {
                        level = Some(measure(fact, false));
                    } else {
                        used = false;
                    }
                    if used {
                        end = end.max(fact.end);
                        idle = 0;
                    } else {
                        idle += 1;
                    }
                } else {
                    idle += 1;
                }
                k += 1;
            }
            let subject_text = &text[ss..se];
            let asset = asset_of(subject_text);
            let has_amount = change.is_some() || level.is_some() || from.is_some();
            let keep = match c.cue {
                Cue::Level => level.is_some(),
                _ => has_amount || asset.is_some(),
            };
            if !keep {
                continue;
            }
            last_subject = Some((ss, se));
            let start = ss.min(item_span(its[c.at], facts).0);
            let end = end.max(se);
            moves.push(Move {
                subject: subject_text.to_string(),
                asset,
                direction,
                change,
                level,
                from,
                timing,
                field,
                start,
                end,
                text: text[start..end].to_string(),
                sentence: si,
            });
        }
    }
    moves
}
