//! Numeric-looking text that is no quantity: dates, clock times, phone numbers, names that end
//! in a number (`S&P 500`) and idioms (`one another`). The scanner tries these first at every
//! candidate position and skips what they match whole, so no part of a date becomes a fact.

use super::{Ctx, Cur, Res, fail, lex, lit, number, word, ws_inline0, ws_inline1, ws0, ws1};
use crate::lexicon::tables::{CLOCK, MONTH, NON_QUANTITY};
use crate::lexicon::{LexKind, WordList};
use nom::Parser;
use nom::branch::alt;
use nom::combinator::opt;

/// A run of ASCII digits of length within `min..=max`.
fn digits_len(min: usize, max: usize) -> impl Fn(Cur<'_>) -> Res<'_, ()> {
    move |s: Cur<'_>| match s.lexeme() {
        Some((LexKind::Digits, n)) if (min..=max).contains(&n) => Ok((s.advance(n), ())),
        _ => fail(),
    }
}

/// `st`, `nd`, `rd`, `th` glued to a day number.
fn ordinal_suffix(s: Cur<'_>) -> Res<'_, ()> {
    alt((word("st"), word("nd"), word("rd"), word("th")))
        .map(|_| ())
        .parse(s)
}

/// A separator that may be spaced in tokenized text.
fn sep<'c>(ctx: Ctx, c: &'c str) -> impl Fn(Cur<'_>) -> Res<'_, ()> + 'c {
    move |s: Cur<'_>| {
        if ctx.tokenized {
            (ws0, lit(c), ws0).map(|_| ()).parse(s)
        } else {
            lit(c)(s)
        }
    }
}

/// `+44 7756 165803`, `+1-202-555-0100`, `0845 8 505 505`.
fn phone(s: Cur<'_>) -> Res<'_, ()> {
    // "0845 8 505 505", "0800 555 111": a trunk prefix and two or more groups.
    if s.starts_with("0")
        && let Ok((r, _)) = (
            digits_len(3, 5),
            ws_inline1,
            digits_len(1, 8),
            ws_inline1,
            digits_len(1, 8),
        )
            .parse(s)
    {
        // On one line: "0800 555 111\n12 people" keeps its count.
        let mut r = r;
        while let Ok((r2, _)) = (ws_inline1, digits_len(1, 8)).parse(r) {
            r = r2;
        }
        return Ok((r, ()));
    }
    let (mut r, _) = (lit("+"), ws0, digits_len(1, 4)).parse(s)?;
    while let Ok((r2, _)) = (alt((ws1, lit("-"))), digits_len(2, 8)).parse(r) {
        r = r2;
    }
    if r.pos() == s.pos() {
        return fail();
    }
    Ok((r, ()))
}

/// `2024-04-19`, `19/04/2024`, `19.04.24`.
fn numeric_date(ctx: Ctx) -> impl Fn(Cur<'_>) -> Res<'_, ()> {
    move |s: Cur<'_>| {
        let iso = (
            digits_len(4, 4),
            sep(ctx, "-"),
            digits_len(1, 2),
            sep(ctx, "-"),
            digits_len(1, 2),
        )
            .map(|_| ());
        let dmy = |c: &'static str| {
            (
                digits_len(1, 2),
                sep(ctx, c),
                digits_len(1, 2),
                sep(ctx, c),
                digits_len(2, 4),
            )
                .map(|_| ())
        };
        alt((iso, dmy("/"), dmy("."))).parse(s)
    }
}

/// A day of a month, one or two digits, and its value.
fn day(s: Cur<'_>) -> Res<'_, u8> {
    match s.lexeme() {
        Some((LexKind::Digits, n @ 1..=2)) => match s.rest().as_bytes().get(..n) {
            Some(digits) => {
                let v = digits.iter().fold(0u8, |v, &b| v * 10 + (b - b'0'));
                Ok((s.advance(n), v))
            }
            None => fail(),
        },
        _ => fail(),
    }
}

/// `1 April`, `19th of April 2024`, `April 19`, `April 19th, 2024`, `April 2024`, and a pair
/// of days: `8/9 January`, `3-4 April`, `March 6 to 10`, tokenized `19 / 20 february`
/// (`6 to 10 March` is the amount grammar's range, which it finds to be days).
fn calendar_date(s: Cur<'_>) -> Res<'_, ()> {
    let year = |s| {
        (opt((ws0, lit(","))), ws1, digits_len(4, 4))
            .map(|_| ())
            .parse(s)
    };
    let second_day = (
        ws_inline0,
        alt((lit("/"), lit("-"))),
        ws_inline0,
        digits_len(1, 2),
    );
    let day_month = (
        digits_len(1, 2),
        opt(ordinal_suffix),
        opt(second_day),
        ws1,
        opt((word("of"), ws1)),
        lex(&MONTH),
        opt(year),
    )
        .map(|_| ());
    // After a month (looked up once): "April 19", "April 2024", "April three".
    let after_month = |s| {
        // "March 6 to 10": a later day of the month.
        let to_day = |s| {
            let (r, (first, _, _, _, second)) =
                (day, ws_inline1, word("to"), ws_inline1, day).parse(s)?;
            // Not the low end of an amount: "rose on April 1 to 4.602 billion dlrs".
            let decimal = matches!(
                r.rest().as_bytes(),
                [b'.' | b',', d, ..] if d.is_ascii_digit()
            );
            if second > first && second <= 31 && !decimal && !super::quantity::tail_may_follow(r) {
                Ok((r, ()))
            } else {
                fail()
            }
        };
        let month_day = (
            ws1,
            alt((to_day, digits_len(1, 2))),
            opt(ordinal_suffix),
            opt(year),
        )
            .map(|_| ());
        let month_year = (ws1, digits_len(4, 4)).map(|_| ());
        let month_day_words = (ws1, number::words).map(|_| ());
        alt((month_day, month_year, month_day_words)).parse(s)
    };
    let month_first = (lex(&MONTH), after_month).map(|_| ());
    let (r, _) = alt((day_month, month_first)).parse(s)?;
    if super::starts_alnum(r) {
        return fail();
    }
    Ok((r, ()))
}

/// `10:30`, `10.30 am`, `5pm`, `0900 GMT`.
fn clock_time(s: Cur<'_>) -> Res<'_, ()> {
    let colon = (
        digits_len(1, 2),
        lit(":"),
        digits_len(2, 2),
        opt((lit(":"), digits_len(2, 2))),
        opt((ws0, lex(&CLOCK))),
    )
        .map(|_| ());
    let dotted = (
        digits_len(1, 2),
        lit("."),
        digits_len(2, 2),
        ws0,
        lex(&CLOCK),
    )
        .map(|_| ());
    let hour = (digits_len(1, 4), ws0, lex(&CLOCK)).map(|_| ());
    let (r, _) = alt((colon, dotted, hour)).parse(s)?;
    if super::starts_alnum(r) {
        return fail();
    }
    Ok((r, ()))
}

/// `S&P 500`, `FTSE 100`, `one another`: phrases whose number is no quantity.
fn non_quantity(s: Cur<'_>) -> Res<'_, ()> {
    let (r, _) = lex(&NON_QUANTITY)(s)?;
    if super::starts_alnum(r) {
        return fail();
    }
    Ok((r, ()))
}

/// The end of the name of the non-quantity table that starts at `s`, if one does: a phrase
/// of it that starts with a capital (`Six Nations`, not the idiom `one of`), which a counted
/// noun may hold (`three Six Nations titles`).
pub(crate) fn name_end(s: Cur<'_>) -> Option<Cur<'_>> {
    if !s.first_byte().is_some_and(|b| b.is_ascii_uppercase()) {
        return None;
    }
    non_quantity(s).ok().map(|(r, ())| r)
}

/// Words after a day's number: `19th`, `19 of April`.
static AFTER_DAY: WordList = WordList::new(&["st", "nd", "rd", "th", "of"]);

/// Words after a ratio written without hyphens (`two for one stock split`, `a one for four
/// rights issue`, `on a one for one basis`), which tell it from an amount bought for another
/// (`5 for 10 mln dlrs`).
static AFTER_RATIO: WordList = WordList::new(&[
    "stock", "share", "shares", "split", "splits", "bonus", "rights", "scrip", "basis", "reverse",
    "common",
]);

/// `two for one`, `3 for 2`, `one for 10` before a word of [`AFTER_RATIO`]: a ratio, no
/// quantity, as `two-for-one` is none (the scanner takes no number after `-for-`).
fn ratio(s: Cur<'_>) -> Res<'_, ()> {
    /// A number of one token: digits, or a number word (`one`, `ten`).
    fn number(s: Cur<'_>) -> Res<'_, ()> {
        match s.token() {
            Some(t) if t.kind == LexKind::Letters && number::starts_whole_number_word(s) => {
                Ok((s.advance(t.len()), ()))
            }
            _ => digits_len(1, 3)(s),
        }
    }
    // Cheap test first: `for` is the next token (most candidates that reach here are dates).
    let lx = s.lexed();
    if s.token().is_none()
        || !lx
            .tokens()
            .get(s.next_index() + 1)
            .is_some_and(|t| is_for(lx, t))
    {
        return fail();
    }
    let (r, _) = (number, ws_inline1, word("for"), ws_inline1, number).parse(s)?;
    let after = alt((ws_inline1, lit("-"))).parse(r).map(|(a, _)| a)?;
    match after.token() {
        Some(t) if AFTER_RATIO.contains_lexed(t.word, after.lexed().str_of(t)) => Ok((r, ())),
        _ => fail(),
    }
}

/// A mobile network's generation in tokenized text, which is lowercased: `3g network`, `4g
/// speeds`, `2g and` (cased text writes `3G`, which no unit reads). `2g` to `5g`, unless
/// `of` follows (`5g of protein` is a weight): BBC's tokenized form held 80 of them, read as
/// grams.
fn network_generation(ctx: Ctx) -> impl Fn(Cur<'_>) -> Res<'_, ()> {
    move |s: Cur<'_>| {
        if !ctx.tokenized || !matches!(s.first_byte(), Some(b'2'..=b'5')) {
            return fail();
        }
        let (r, _) = (digits_len(1, 1), lit("g")).parse(s)?;
        if super::starts_alnum(r) || (ws_inline1, word("of")).parse(r).is_ok() {
            return fail();
        }
        Ok((r, ()))
    }
}

/// The words of this module's lists, for the [vocabulary](crate::lexicon::tables::vocab).
pub(crate) fn word_lists() -> impl Iterator<Item = &'static str> {
    AFTER_DAY.words().iter().chain(AFTER_RATIO.words()).copied()
}

/// Whether token `t` is the word `for` (of a ratio, `two for one`): told by its length first,
/// as most words after a number are longer.
#[inline(always)]
pub(crate) fn is_for(
    lx: &crate::lexicon::lexer::Lexed<'_>,
    t: &crate::lexicon::lexer::Token,
) -> bool {
    t.len() == 3 && lx.str_of(t).eq_ignore_ascii_case("for")
}

/// Whether one of the parsers of [`non_fact`] may match at `s`, judged on the first two
/// tokens: a cheap necessary condition, so that most candidates try none of them.
fn may_match(s: Cur<'_>) -> bool {
    let Some(t) = s.token() else {
        // Inside a token or in whitespace: no shortcut.
        return true;
    };
    let lx = s.lexed();
    let k = s.next_index();
    if NON_QUANTITY.longest_lexed(lx, k).is_some() {
        return true;
    }
    match t.kind {
        // A phone number from its trunk prefix or `+`; a month first.
        LexKind::Symbol => s.first_byte() == Some(b'+'),
        // `two for one stock split`.
        LexKind::Letters => {
            MONTH.longest_lexed(lx, k).is_some()
                || lx
                    .tokens()
                    .get(k + 1)
                    .is_some_and(|t| t.kind == LexKind::Letters && is_for(lx, t))
        }
        LexKind::Digits => {
            if s.first_byte() == Some(b'0') {
                return true;
            }
            let toks = lx.tokens();
            let Some(next) = toks.get(k + 1) else {
                return false;
            };
            // Token `j` is the symbol `c`; is a run of `min..=max` digits.
            let symbol = |j: usize, c: u8| {
                toks.get(j)
                    .is_some_and(|t| t.kind == LexKind::Symbol && lx.str_of(t).as_bytes() == [c])
            };
            let digits = |j: usize, min: usize, max: usize| {
                toks.get(j)
                    .is_some_and(|t| t.kind == LexKind::Digits && (min..=max).contains(&t.len()))
            };
            let day = t.len() <= 2;
            // `8/9 January`, `3-4 of April`.
            let day_pair = || {
                let of = toks.get(k + 3).is_some_and(|t| {
                    t.kind == LexKind::Letters && lx.str_of(t).eq_ignore_ascii_case("of")
                });
                day && digits(k + 2, 1, 2)
                    && MONTH.longest_lexed(lx, k + 3 + usize::from(of)).is_some()
            };
            match next.kind {
                // Dates and clock times, by the lengths of their digit runs: `2024-04-19`,
                // `19/04/24`, `19.04.24`, `10:30`, `10.30 am` (not `1.8`, `25.5 pct`).
                LexKind::Symbol => match lx.str_of(next).as_bytes() {
                    [b'-' | b'/'] if day_pair() => true,
                    [b'-'] => t.len() == 4 && digits(k + 2, 1, 2) && symbol(k + 3, b'-'),
                    [b'/'] => day && digits(k + 2, 1, 2) && symbol(k + 3, b'/'),
                    [b':'] => day && digits(k + 2, 2, 2),
                    [b'.'] => {
                        day && ((digits(k + 2, 1, 2) && symbol(k + 3, b'.'))
                            || (digits(k + 2, 2, 2) && CLOCK.longest_lexed(lx, k + 3).is_some()))
                    }
                    _ => false,
                },
                // `19th of April`, `1 April`, `5 pm`, `0900 GMT`, `3g`.
                LexKind::Letters => {
                    AFTER_DAY.contains_lexed(next.word, lx.str_of(next))
                        || MONTH.longest_lexed(lx, k + 1).is_some()
                        || CLOCK.longest_lexed(lx, k + 1).is_some()
                        || is_for(lx, next)
                        || lx.str_of(next) == "g"
                }
                LexKind::Digits => false,
            }
        }
    }
}

/// Any numeric-looking text that is no quantity, at the start of `s`.
pub fn non_fact(ctx: Ctx) -> impl Fn(Cur<'_>) -> Res<'_, ()> {
    move |s: Cur<'_>| {
        if !may_match(s) {
            // Debug builds (the tests, the fuzzers) check the shortcut on every input.
            debug_assert!(
                any_non_fact(ctx)(s).is_err(),
                "a non-fact at {:?}",
                s.rest()
            );
            return fail();
        }
        any_non_fact(ctx)(s)
    }
}

/// A phone number, a date or a clock time at the start of `s`: what a qualifier may stand
/// before and still name no quantity (`around 12:30 pm`, `about 5 May`).
pub(crate) fn time_or_date(ctx: Ctx) -> impl Fn(Cur<'_>) -> Res<'_, ()> {
    move |s: Cur<'_>| alt((phone, numeric_date(ctx), calendar_date, clock_time)).parse(s)
}

/// [`non_fact`] without the shortcut of [`may_match`].
fn any_non_fact(ctx: Ctx) -> impl Fn(Cur<'_>) -> Res<'_, ()> {
    move |s: Cur<'_>| {
        alt((
            phone,
            numeric_date(ctx),
            calendar_date,
            clock_time,
            non_quantity,
            ratio,
            network_generation(ctx),
        ))
        .parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::cur;
    use proptest::prelude::*;

    /// Digit runs of every length from 1 to 5 (more often those of days, hours and years),
    /// each with a leading zero, a one or a three (`3g`).
    fn digit_run() -> impl Strategy<Value = String> {
        (
            prop::sample::select(vec![1usize, 2, 2, 3, 4, 4, 5]),
            prop::sample::select(vec!["0", "1", "3"]),
        )
            .prop_map(|(n, first)| {
                let mut d = first.to_string();
                d.push_str(&"2".repeat(n - 1));
                d
            })
    }

    proptest! {
        #![proptest_config(crate::proptest_cases(6000))]
        /// `may_match` is a necessary condition: wherever a parser of `non_fact` matches at a
        /// token, it says so. The text alternates digit runs of every length the parsers
        /// count with their separators (spaced or not), months, clock words, ordinal
        /// suffixes, table names and other words.
        #[test]
        fn may_match_misses_no_non_fact(
            pieces in prop::collection::vec((digit_run(), prop::sample::select(vec![
                "-", "/", ".", ":", " . ", " : ", " ", "+", " am", "pm", " GMT", "th of",
                " April", " of April", " pct", " S&P ", " one another", " for ", " stock split ",
                " for one ", "g ", "g of ", "g",
            ])), 0..8),
            tokenized in any::<bool>(),
        ) {
            let text: String = pieces.iter().map(|(d, sep)| format!("{d}{sep}")).collect();
            let lx = crate::lexicon::lexer::Lexed::new(&text);
            let ctx = Ctx { tokenized, ..Ctx::default() };
            for k in 0..lx.tokens().len() {
                let at = Cur::at_token(&lx, k);
                if any_non_fact(ctx)(at).is_ok() {
                    prop_assert!(may_match(at), "{:?} at token {}", text, k);
                }
            }
        }
    }

    fn skipped(s: &str, tokenized: bool) -> Option<&str> {
        let c = cur(s);
        non_fact(Ctx {
            tokenized,
            ..Ctx::default()
        })(c)
        .ok()
        .map(|(rest, _)| c.span_to(rest))
    }

    /// `3g` in lowercased tokenized text is a network's generation; cased text writes `3G`,
    /// and `3g` there (or before `of`) is grams.
    #[test]
    fn network_generations() {
        assert_eq!(skipped("3g networks", true), Some("3g"));
        assert_eq!(skipped("4g .", true), Some("4g"));
        assert_eq!(skipped("5g of protein", true), None);
        assert_eq!(skipped("3g of fat", false), None);
        assert_eq!(skipped("3g networks", false), None);
        assert_eq!(skipped("3gb", true), None);
        assert_eq!(skipped("7g bar", true), None);
    }

    #[test]
    fn dates_times_phones_and_names() {
        assert_eq!(
            skipped("+44 7756 165803Tweet", false),
            Some("+44 7756 165803")
        );
        assert_eq!(skipped("2024-04-19 x", false), Some("2024-04-19"));
        assert_eq!(skipped("1 April, which", false), Some("1 April"));
        assert_eq!(skipped("1 april .", true), Some("1 april"));
        assert_eq!(skipped("April 19, 2024 and", false), Some("April 19, 2024"));
        assert_eq!(skipped("19th of April", false), Some("19th of April"));
        assert_eq!(skipped("10:30 GMT", false), Some("10:30 GMT"));
        assert_eq!(skipped("5pm", false), Some("5pm"));
        assert_eq!(skipped("S&P 500 index", false), Some("S&P 500"));
        assert_eq!(skipped("s & p 500 index", true), Some("s & p 500"));
        assert_eq!(skipped("one another", false), Some("one another"));
        assert_eq!(skipped("10 people", false), None);
        assert_eq!(skipped("0845 8 505 505 or", false), Some("0845 8 505 505"));
        assert_eq!(skipped("08457 90 90 90 ,", true), Some("08457 90 90 90"));
        assert_eq!(skipped("0845 8 people", false), None);
        assert_eq!(skipped("Boeing 777F to", false), Some("Boeing 777F"));
        assert_eq!(skipped("13F filing provides", false), Some("13F filing"));
        assert_eq!(skipped("may 5 %", false), Some("may 5"));
        assert_eq!(skipped("March 6 to 10.", false), Some("March 6 to 10"));
        assert_eq!(skipped("April 1 to 4.602", false), Some("April 1"));
        assert_eq!(skipped("March 6 to 4 pct", false), Some("March 6"));
        assert_eq!(skipped("1 . 8 %", true), None);
    }
}
