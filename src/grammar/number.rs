//! Numerals: digits with separators and decimals, and numbers in words.

use super::{Ctx, Cur, Res, fail, lex, space_on_line, word, ws_inline1, ws0, ws1};
use crate::lexicon::LexKind;
use crate::lexicon::tables::{NUMBER_WORD, NumWord, SCALE, VULGAR_FRACTIONS};
use nom::Parser;
use rust_decimal::Decimal;

/// How a numeral was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// In digits: `2,400`, `1.8`.
    Digits,
    /// In words: `two million`, `a dozen`.
    Words,
}

/// A numeral with its exact value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numeral {
    /// The value, exact (fractions in words are rounded to 28 significant digits).
    pub value: Decimal,
    /// Digits or words.
    pub form: Form,
    /// A bare run of four digits, no separator or decimal: could be a year.
    pub year_like: bool,
    /// Written as the single word `one` (often a pronoun: "one mocked it").
    pub lone_one: bool,
    /// Only an article (`a`, `an`) standing for one; valid before a unit or currency.
    pub article: bool,
    /// Digits with a leading zero (`0835`, `007`): a code or a clock time.
    pub leading_zero: bool,
    /// The value holds a quotient that does not terminate (`two thirds`, `1/3`): the final
    /// amount is rounded to 15 significant digits (see [`round_inexact`]).
    pub inexact: bool,
}

/// The years the grammar names no quantity when they stand alone (`in 1987`).
pub const YEARS: std::ops::RangeInclusive<i64> = 1800..=2100;

impl Numeral {
    /// Whether this could be a year: four bare digits of one of [`YEARS`].
    pub fn is_year(&self) -> bool {
        self.year_like && YEARS.contains(&self.value.try_into().unwrap_or(0i64))
    }

    /// A numeral of this value (normalized) and form, with every flag off.
    pub fn plain(value: Decimal, form: Form) -> Numeral {
        Numeral {
            value: value.normalize(),
            form,
            year_like: false,
            lone_one: false,
            article: false,
            leading_zero: false,
            inexact: false,
        }
    }
}

/// Significant digits kept of a value that holds a non-terminating quotient: what an IEEE
/// double round-trips, so a JSON consumer loses nothing it could use.
pub const INEXACT_DIGITS: u32 = 15;

/// Round a value holding a non-terminating quotient (thirds, sixths, ninths) to
/// [`INEXACT_DIGITS`] significant digits: a repeating decimal has no exact form, and 28
/// digits of it would be noise. Exact values pass through unchanged.
pub fn round_inexact(value: Decimal, inexact: bool) -> Decimal {
    if !inexact {
        return value;
    }
    value
        .round_sf(INEXACT_DIGITS)
        .map_or(value, |v| v.normalize())
}

/// Whether a value is a whole number: by its scale first (the values of numerals are
/// normalized, so most whole ones have none), then by whether its integer mantissa is a
/// multiple of ten to the scale (`5.00`), in `u64` where it fits: `Decimal::fract` would
/// build two more decimals, and this runs several times for each amount.
#[inline]
pub fn is_whole(value: Decimal) -> bool {
    /// Ten to the powers a `u64` holds.
    const POW10: [u64; 20] = {
        let mut t = [1u64; 20];
        let mut i = 1;
        while i < 20 {
            t[i] = t[i - 1] * 10;
            i += 1;
        }
        t
    };
    let scale = value.scale();
    if scale == 0 {
        return true;
    }
    let m = value.mantissa().unsigned_abs();
    match (u64::try_from(m), POW10.get(scale as usize)) {
        (Ok(m), Some(&p)) => m.is_multiple_of(p),
        // The scale is at most 28, and ten to it fits a u128.
        _ => m.is_multiple_of(10u128.pow(scale)),
    }
}

/// `num / den`, and whether the quotient does not terminate.
///
/// Whether it does is told in integers: `Decimal`'s own product of the quotient and `den`
/// rounds to 28 digits, and lands on `num` for many a repeating quotient (`2/3`, `86/87`,
/// `8/9`), which then kept all 28 of its digits.
pub(crate) fn quotient(num: Decimal, den: Decimal) -> Option<(Decimal, bool)> {
    let q = num.checked_div(den)?;
    Some((q, !product_is(q, den, num)))
}

/// Whether `a * b == c` exactly, in integers: each value is its mantissa over ten to its
/// scale. False where the arithmetic would overflow `i128`, which only values of more
/// digits than a fraction of news has can reach.
fn product_is(a: Decimal, b: Decimal, c: Decimal) -> bool {
    let Some(ab) = a.mantissa().checked_mul(b.mantissa()) else {
        return false;
    };
    let (ab_scale, c_scale) = (a.scale() + b.scale(), c.scale());
    let shift = |m: i128, by: u32| 10i128.checked_pow(by).and_then(|p| m.checked_mul(p));
    if ab_scale >= c_scale {
        shift(c.mantissa(), ab_scale - c_scale) == Some(ab)
    } else {
        shift(ab, c_scale - ab_scale) == Some(c.mantissa())
    }
}

/// Maximum digits of a numeral: beyond this it is an identifier, not a quantity, and would
/// overflow `Decimal` (28 digits) once scaled.
const MAX_DIGITS: usize = 24;

/// The digits of a numeral as they are read: at most [`MAX_DIGITS`] and a point.
#[derive(Default)]
struct Digits {
    mantissa: u128,
    /// Digits after the point.
    scale: u32,
    point: bool,
    /// Characters read, the point included.
    len: usize,
}

impl Digits {
    /// Add ASCII digits, or the point; false past the limit.
    #[inline]
    fn push(&mut self, bytes: &[u8]) -> bool {
        if self.len + bytes.len() > MAX_DIGITS + 1 {
            return false;
        }
        self.len += bytes.len();
        for &b in bytes {
            if b == b'.' {
                self.point = true;
            } else {
                self.mantissa = self.mantissa * 10 + u128::from(b - b'0');
                self.scale += u32::from(self.point);
            }
        }
        true
    }

    /// The exact value, normalized. A whole number (most numerals) already is: `normalize`
    /// strips zeros after the point and the sign of zero, and the mantissa is positive.
    fn value(&self) -> Option<Decimal> {
        let mantissa = i128::try_from(self.mantissa).ok()?;
        Decimal::try_from_i128_with_scale(mantissa, self.scale)
            .ok()
            .map(|v| if self.scale == 0 { v } else { v.normalize() })
    }
}

/// A numeral in digits: `2400`, `2,400`, `1.8`; tokenized `2 , 400`, `1 . 8`.
///
/// Thousands groups need exactly three digits after the separator and at most three before
/// the first one, so `in 2010 , 500 people` stays two numbers.
pub fn digits(ctx: Ctx) -> impl Fn(Cur<'_>) -> Res<'_, Numeral> {
    move |s: Cur<'_>| {
        // The digits read so far, as an integer and the count after the point; `len` counts
        // the characters (point included) against the limit of a numeral.
        let mut acc = Digits::default();
        let sep = |s: Cur<'_>, c: u8| -> Option<usize> {
            // The separator, with spaces around it only in tokenized text; in plain text a
            // space may stand before a separator glued to its digits ("EUR6 .5 m", as
            // Financial PhraseBank writes).
            let b = s.rest().as_bytes();
            let at = if ctx.tokenized {
                space_on_line(s)?
            } else if b.first() == Some(&b' ')
                && b.get(1) == Some(&c)
                && b.get(2).is_some_and(u8::is_ascii_digit)
            {
                1
            } else {
                0
            };
            if b.get(at) != Some(&c) {
                return None;
            }
            let after = at + 1;
            Some(if ctx.tokenized {
                after + space_on_line(s.advance(after))?
            } else {
                after
            })
        };
        // ".5" (plain text only: in tokenized text ". 5" ends a sentence).
        let n = match s.lexeme() {
            Some((LexKind::Digits, n)) => n,
            Some((LexKind::Symbol, 1))
                if !ctx.tokenized
                    && s.first_byte() == Some(b'.')
                    && s.rest().as_bytes().get(1).is_some_and(u8::is_ascii_digit) =>
            {
                if !acc.push(b"0") {
                    return fail();
                }
                0
            }
            _ => return fail(),
        };
        let mut rest = s.advance(n);
        if !acc.push(&s.rest().as_bytes()[..n]) {
            return fail();
        }
        // A thousands group, a spaced group and a decimal part all start with a comma, a
        // point or digits, after whitespace at most: before any other token or the field's
        // end ("15 pct", "15%"), the numeral is its first digits. Checked in debug builds
        // below.
        let ends_here = s.token().is_some()
            && rest.next_token().is_none_or(|t| match t.kind {
                LexKind::Letters => true,
                LexKind::Digits => false,
                LexKind::Symbol => !s.lexed().str_of(t).starts_with([',', '.']),
            });
        let mut grouped = false;
        if !ends_here && (1..=3).contains(&n) {
            // "40 000" with a no-break or thin space: unambiguous thousands.
            let spaced = |s: Cur<'_>| -> Option<usize> {
                let c = s.rest().chars().next()?;
                matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}').then(|| c.len_utf8())
            };
            // "1 234 567" with plain spaces, in untokenized text only, after a head of one or
            // two digits (not 0), with two or more groups and no digits after the last: "in
            // 2010 500 people", "scored 3 100 times", price columns "746 747 750" and phone
            // numbers "0 400 609 544" stay apart.
            let ascii_head = n <= 2 && !s.starts_with("0") && !ctx.tokenized;
            let ascii_group = |s: Cur<'_>, first: bool| -> Option<usize> {
                if !ascii_head {
                    return None;
                }
                fn group(s: Cur<'_>) -> Option<Cur<'_>> {
                    if !s.starts_with(" ") {
                        return None;
                    }
                    let r = s.advance(1);
                    matches!(r.lexeme(), Some((LexKind::Digits, 3))).then(|| r.advance(3))
                }
                if first {
                    // The whole chain must qualify before its first group is taken: two or
                    // more groups, and no digits after the last ("1 800 555 1212" stays
                    // apart).
                    let mut groups = 0;
                    let mut cur = s;
                    while let Some(next) = group(cur) {
                        groups += 1;
                        cur = next;
                    }
                    let more = cur.starts_with(" ")
                        && cur.rest().as_bytes().get(1).is_some_and(u8::is_ascii_digit);
                    if groups < 2 || more {
                        return None;
                    }
                }
                group(s).map(|_| 1)
            };
            let mut ascii = false;
            while let Some(k) = if ascii {
                ascii_group(rest, false)
            } else {
                sep(rest, b',').or_else(|| spaced(rest)).or_else(|| {
                    let k = if grouped {
                        None
                    } else {
                        ascii_group(rest, true)
                    };
                    ascii = k.is_some();
                    k
                })
            } {
                let at = rest.advance(k);
                match at.lexeme() {
                    Some((LexKind::Digits, 3)) => {
                        if !acc.push(&at.rest().as_bytes()[..3]) {
                            return fail();
                        }
                        rest = at.advance(3);
                        grouped = true;
                    }
                    _ => break,
                }
            }
        }
        #[cfg(debug_assertions)]
        if ends_here {
            debug_assert!(
                sep(rest, b',').is_none()
                    && sep(rest, b'.').is_none()
                    && rest
                        .skip_space()
                        .lexeme()
                        .is_none_or(|(k, _)| k != LexKind::Digits)
                    && !rest.skip_space().rest().starts_with([',', '.']),
                "digits continue at {:?}",
                rest
            );
        }
        let mut decimal = false;
        // "EUR 37,7 mn", "1,4 mln families": a comma glued before one or two digits and a
        // scale, unit or currency is a decimal comma (not "1,4,5", not a group of three).
        if !ends_here && !grouped {
            let b = rest.rest().as_bytes();
            let m = b
                .get(1..)
                .map_or(0, |t| t.iter().take_while(|c| c.is_ascii_digit()).count());
            if b.first() == Some(&b',') && (1..=2).contains(&m) {
                let after = rest.advance(1 + m);
                if after.rest().starts_with(' ')
                    && after
                        .skip_space()
                        .token()
                        .is_some_and(|t| t.kind != LexKind::Digits)
                    && super::quantity::tail_may_follow(after)
                    && !["and", "or", "to"]
                        .iter()
                        .any(|w| word(w)(after.skip_space()).is_ok())
                {
                    if !acc.push(b".") || !acc.push(&b[1..1 + m]) {
                        return fail();
                    }
                    rest = after;
                    decimal = true;
                }
            }
        }
        if !decimal
            && !ends_here
            && let Some(k) = sep(rest, b'.')
            && let at = rest.advance(k)
            && let Some((LexKind::Digits, m)) = at.lexeme()
        {
            if !acc.push(b".") || !acc.push(&at.rest().as_bytes()[..m]) {
                return fail();
            }
            rest = at.advance(m);
            decimal = true;
        }
        let value = acc.value().ok_or(nom::Err::Error(()))?;
        Ok((
            rest,
            Numeral {
                value,
                form: Form::Digits,
                year_like: n == 4 && !grouped && !decimal,
                lone_one: false,
                article: false,
                leading_zero: n >= 2 && s.starts_with("0") && !grouped && !decimal,
                inexact: false,
            },
        ))
    }
}

/// A fraction in digits: `1/5`, `3/4`, tokenized `1 / 4`. The numerator must be smaller than
/// the denominator (so `24/7` is no fraction) and the denominator at most 100, and neither
/// starts with a zero (`0/92` names a farm program, `04/09` a date). A numerator of two
/// digits is over sixteenths, thirty-seconds or sixty-fourths (`13/16`, `17/32`, as bonds are
/// priced) or hundredths (`20/100`): the corpora's others were pairs (`86/87` a season,
/// `10/12 pct` a range, `40/60` a split, `16/26` a label).
pub fn digit_fraction(ctx: Ctx) -> impl Fn(Cur<'_>) -> Res<'_, Numeral> {
    move |s: Cur<'_>| {
        let Some((LexKind::Digits, n)) = s.lexeme() else {
            return fail();
        };
        let mut rest = s.advance(n);
        if ctx.tokenized {
            rest = rest.skip_space();
        }
        if !rest.starts_with("/") {
            return fail();
        }
        rest = rest.advance(1);
        if ctx.tokenized {
            rest = rest.skip_space();
        }
        let Some((LexKind::Digits, m)) = rest.lexeme() else {
            return fail();
        };
        if n > 2 || m > 3 || s.first_byte() == Some(b'0') || rest.first_byte() == Some(b'0') {
            return fail();
        }
        let num = Decimal::from_str_exact(&s.rest()[..n]).map_err(|_| nom::Err::Error(()))?;
        let den = Decimal::from_str_exact(&rest.rest()[..m]).map_err(|_| nom::Err::Error(()))?;
        if den.is_zero() || num >= den || den > Decimal::ONE_HUNDRED {
            return fail();
        }
        if n == 2 && ![16, 32, 64, 100].map(Decimal::from).contains(&den) {
            return fail();
        }
        let (value, inexact) = quotient(num, den).ok_or(nom::Err::Error(()))?;
        Ok((
            rest.advance(m),
            Numeral {
                inexact,
                ..Numeral::plain(value, Form::Digits)
            },
        ))
    }
}

/// The vulgar fraction character at the start of `s`: its length, numerator, denominator.
pub(crate) fn vulgar_char(s: &str) -> Option<(usize, u64, u64)> {
    let c = s.chars().next()?;
    VULGAR_FRACTIONS
        .iter()
        .find(|(v, _, _)| *v == c)
        .map(|(_, n, d)| (c.len_utf8(), *n, *d))
}

/// A Unicode vulgar fraction, alone or after a whole number: `½`, `⅔`, `1½`, `2 ¾`.
pub fn vulgar(ctx: Ctx) -> impl Fn(Cur<'_>) -> Res<'_, Numeral> {
    move |s: Cur<'_>| {
        let (head, r) = match s.lexeme() {
            Some((LexKind::Digits, n)) if n <= 6 => {
                let head =
                    Decimal::from_str_exact(&s.rest()[..n]).map_err(|_| nom::Err::Error(()))?;
                // One space at most in plain text ("2 ½"), any in tokenized text.
                let after = s.advance(n);
                let gap = after.rest().bytes().take_while(|&b| b == b' ').count();
                if gap > 1 && !ctx.tokenized {
                    return fail();
                }
                (head, after.advance(gap))
            }
            _ => (Decimal::ZERO, s),
        };
        let Some((len, num, den)) = vulgar_char(r.rest()) else {
            return fail();
        };
        let (f, inexact) =
            quotient(Decimal::from(num), Decimal::from(den)).ok_or(nom::Err::Error(()))?;
        Ok((
            r.advance(len),
            Numeral {
                inexact,
                ..Numeral::plain(head + f, Form::Digits)
            },
        ))
    }
}

fn pow10(exp: u32) -> Decimal {
    Decimal::from_i128_with_scale(10i128.pow(exp.min(28)), 0)
}

/// Separator between number words: spaces, or a hyphen (`twenty-one`, tokenized `twenty - one`).
fn word_sep(s: Cur<'_>) -> Res<'_, ()> {
    let (r, _) = ws0(s)?;
    if r.starts_with("-") {
        return ws0(r.advance(1));
    }
    ws1(s)
}

/// A number in words: `three`, `twenty-one`, `two million`, `a hundred and five`, `a dozen`,
/// `half`, `two thirds`, `one and a half`, `three lakh crore`, `five point five`.
///
/// Words combine only in valid orders, so `one two` is the number one followed by other text.
/// Fractions combine with what stands around them: `one and a fourth`, `twenty and three
/// fifths`, `one hundred and three quarters` (100.75), `one million and a half` (of the
/// million), `one billion and a half million`, `three quarters billion`, `two thirds of a
/// million`, `half a dozen`.
pub fn words(s: Cur<'_>) -> Res<'_, Numeral> {
    let (mut rest, first) = numword(s)?;
    let mut total = Decimal::ZERO;
    let mut current;
    let mut last = *first;
    let mut words_used = 1usize;
    let mut done = false;
    let mut inexact = false;
    // A fraction read in the loop ("two thirds", "a third of") may scale what follows.
    let mut fraction = false;
    match *first {
        NumWord::Digit(d) | NumWord::Teen(d) | NumWord::Tens(d) => current = Decimal::from(d),
        NumWord::Article => {
            // "a" alone is a number only before a multiplier or a fraction.
            current = Decimal::ONE;
        }
        NumWord::Fraction(2) => {
            // "half of", "half a million", "half the"; not "the first half".
            let follows = (
                ws1,
                nom::branch::alt((word("of"), word("a"), word("an"), word("the"))),
            )
                .parse(rest)
                .is_ok()
                || (ws1, numword)
                    .parse(rest)
                    .is_ok_and(|(_, (_, w))| matches!(w, NumWord::Scale(_)));
            if !follows {
                return fail();
            }
            current = Decimal::new(5, 1);
            done = true;
            if let Ok((r, m)) = fraction_of_scale(rest) {
                current *= m;
                rest = r;
            }
        }
        // "quarter million", "a third of a million" is read below.
        NumWord::Fraction(d) => {
            let (r, m) = fraction_of_scale(rest)?;
            let (q, x) = quotient(m, Decimal::from(d)).ok_or(nom::Err::Error(()))?;
            current = q;
            inexact = x;
            rest = r;
            done = true;
        }
        NumWord::Dozen => current = Decimal::from(12),
        NumWord::Hundred | NumWord::Scale(_) => return fail(),
    }
    while !done {
        // Mixed numbers: "one and a half", "twenty and three fifths", "one hundred and three
        // quarters", "one million and a half".
        if last != NumWord::Article
            && let Ok((r, (num, den))) = and_fraction(rest)
        {
            let base = total.checked_add(current).ok_or(nom::Err::Error(()))?;
            let (r, (v, x)) = add_fraction(r, base, last, num, den)?;
            total = v;
            current = Decimal::ZERO;
            inexact |= x;
            rest = r;
            break;
        }
        let Ok((after_sep, _)) = word_sep(rest) else {
            break;
        };
        // "and" joins hundreds or scales to what follows: "a hundred and five".
        let after_and = match last {
            NumWord::Hundred | NumWord::Scale(_) => (word("and"), ws1)
                .parse(after_sep)
                .map(|(r, _)| r)
                .unwrap_or(after_sep),
            _ => after_sep,
        };
        let Ok((r, w)) = numword(after_and) else {
            break;
        };
        let ok = match (*w, last) {
            (NumWord::Digit(d), NumWord::Tens(_) | NumWord::Hundred | NumWord::Scale(_)) => {
                current = current
                    .checked_add(Decimal::from(d))
                    .ok_or(nom::Err::Error(()))?;
                true
            }
            (NumWord::Teen(d) | NumWord::Tens(d), NumWord::Hundred | NumWord::Scale(_)) => {
                current = current
                    .checked_add(Decimal::from(d))
                    .ok_or(nom::Err::Error(()))?;
                true
            }
            (
                NumWord::Hundred,
                NumWord::Digit(_) | NumWord::Teen(_) | NumWord::Tens(_) | NumWord::Article,
            ) => {
                // Checked: "one hundred one hundred one hundred …" multiplies each time.
                current = current
                    .checked_mul(Decimal::ONE_HUNDRED)
                    .ok_or(nom::Err::Error(()))?;
                true
            }
            (NumWord::Scale(e), NumWord::Scale(prev)) if e > prev && current.is_zero() => {
                // "three lakh crore": a scale of a scale.
                total = total.checked_mul(pow10(e)).ok_or(nom::Err::Error(()))?;
                true
            }
            (
                NumWord::Scale(e),
                NumWord::Digit(_)
                | NumWord::Teen(_)
                | NumWord::Tens(_)
                | NumWord::Hundred
                | NumWord::Article
                | NumWord::Dozen,
            ) => {
                let add = current.checked_mul(pow10(e)).ok_or(nom::Err::Error(()))?;
                total = total.checked_add(add).ok_or(nom::Err::Error(()))?;
                current = Decimal::ZERO;
                true
            }
            (NumWord::Dozen, NumWord::Hundred | NumWord::Article) => {
                current = current
                    .checked_mul(Decimal::from(12))
                    .ok_or(nom::Err::Error(()))?;
                true
            }
            (NumWord::Dozen, NumWord::Digit(_) | NumWord::Teen(_) | NumWord::Tens(_)) => {
                // "three hundred and two dozens" is 300 and 24: dozens of the last group.
                let small = current % Decimal::ONE_HUNDRED;
                current = (current - small)
                    .checked_add(small * Decimal::from(12))
                    .ok_or(nom::Err::Error(()))?;
                true
            }
            // "twenty-fourth", "thirty fifth": an ordinal, so no number at all (not 20/4).
            // `half` and `quarter` make no ordinals.
            (NumWord::Fraction(d), NumWord::Tens(_))
                if after_and.pos() == after_sep.pos()
                    && !after_and.span_to(r).ends_with(['s', 'S'])
                    && d != 2
                    && !is_quarter(after_and) =>
            {
                return fail();
            }
            // A fraction word in the singular, apart from a whole number other than one, is
            // no denominator of it: with a scale it makes an ordinal ("the two millionth
            // visitor", so no number at all), else it belongs to what is counted ("twenty
            // half marathons", "five half-price tickets", "two quarter-final matches").
            // Joined ("two-third majority"), before `of` or a scale ("two third of", "three
            // quarter billion") or misspelt as a possessive ("two third's of") it is one.
            (NumWord::Fraction(d), NumWord::Digit(_) | NumWord::Teen(_) | NumWord::Tens(_))
                if !(total.is_zero() && current == Decimal::ONE)
                    && singular_apart(rest.span_to(after_sep), after_and.span_to(r), r) =>
            {
                if d >= 100 {
                    return fail();
                }
                false
            }
            // "two thirds", "one-third", "three quarters billion"; but "two quarters" alone
            // is a duration.
            (NumWord::Fraction(d), NumWord::Digit(_) | NumWord::Teen(_) | NumWord::Tens(_))
                if after_and.pos() == after_sep.pos()
                    && (!is_quarter(after_and)
                        || (ws1, word("of")).parse(r).is_ok()
                        || scale_follows(r)) =>
            {
                let (q, x) = quotient(current, Decimal::from(d)).ok_or(nom::Err::Error(()))?;
                current = q;
                inexact |= x;
                done = true;
                fraction = true;
                true
            }
            (NumWord::Fraction(d), NumWord::Article) if words_used == 1 => {
                // "a third", "a quarter": only as an amount of something. Closing the phrase
                // only from a hundredth on: "a third," "a fourth." are elliptic ordinals ("won
                // a third", "on a fourth") and "a half." ends "a year and a half".
                let follows = (ws1, word("of")).parse(r).is_ok()
                    || scale_follows(r)
                    || (d >= 100 && closes(r));
                if !follows {
                    return fail();
                }
                let (q, x) = quotient(Decimal::ONE, Decimal::from(d)).ok_or(nom::Err::Error(()))?;
                current = q;
                inexact |= x;
                done = true;
                fraction = true;
                true
            }
            _ => false,
        };
        if !ok {
            break;
        }
        rest = r;
        last = *w;
        words_used += 1;
    }
    if last == NumWord::Article {
        // A lone article: one, but only before a unit or currency (the caller decides).
        return Ok((
            rest,
            Numeral {
                article: true,
                ..Numeral::plain(Decimal::ONE, Form::Words)
            },
        ));
    }
    // "two thirds of a million", "three quarters billion"
    if fraction && let Ok((r, m)) = fraction_of_scale(rest) {
        current = current.checked_mul(m).ok_or(nom::Err::Error(()))?;
        rest = r;
    }
    let mut value = total.checked_add(current).ok_or(nom::Err::Error(()))?;
    // "five point five"
    if let Ok((mut r, _)) = (ws1, word("point")).parse(rest) {
        let mut frac = String::new();
        while let Ok((r2, (_, w))) = (word_sep, numword).parse(r) {
            match *w {
                NumWord::Digit(d) => frac.push(char::from(b'0' + d)),
                // "point seventy-one", "point fifteen": spoken in pairs.
                NumWord::Teen(d) if frac.is_empty() => {
                    frac.push_str(&d.to_string());
                    r = r2;
                    break;
                }
                NumWord::Tens(d) if frac.is_empty() => {
                    let mut t = d / 10;
                    let mut r3 = r2;
                    if let Ok((r4, (_, w2))) = (word_sep, numword).parse(r2)
                        && let NumWord::Digit(u) = *w2
                        && u > 0
                    {
                        t = t * 10 + u;
                        r3 = r4;
                        frac.push_str(&t.to_string());
                    } else {
                        frac.push_str(&d.to_string());
                    }
                    r = r3;
                    break;
                }
                _ => break,
            }
            r = r2;
        }
        if !frac.is_empty()
            && let Ok(f) = Decimal::from_str_exact(&format!("0.{frac}"))
            && let Some(v) = value.checked_add(f)
        {
            value = v;
            rest = r;
        }
    }
    let lone_one = words_used == 1 && *first == NumWord::Digit(1) && value == Decimal::ONE;
    Ok((
        rest,
        Numeral {
            lone_one,
            inexact,
            ..Numeral::plain(value, Form::Words)
        },
    ))
}

/// A numeral of digits and number words: `322 hundred`, `2.12 hundred`, `3 hundred and 21`,
/// `4 thousand 3 hundred and 21`, `6 crore and two hundred`. It starts with digits followed
/// by `hundred` or a scale word, and must go on past a lone scale (`4 thousand` alone is read
/// by the amount parser, which keeps the scale). Each group takes one `hundred` (`3 hundred
/// and 2 hundred` is two numbers); a bare number in digits after a scale joins only with
/// `and` or before `hundred` (`2 million 500 people` is not 2000500).
pub fn mixed(ctx: Ctx) -> impl Fn(Cur<'_>) -> Res<'_, Numeral> {
    move |s: Cur<'_>| {
        let (r, first) = digits(ctx)(s)?;
        mixed_after(ctx, first, r)
    }
}

/// Digits, then [`mixed`] words after them if any follow, else the digits alone: one parse
/// of the digits for both.
pub fn digits_or_mixed(ctx: Ctx) -> impl Fn(Cur<'_>) -> Res<'_, Numeral> {
    move |s: Cur<'_>| {
        let (r, first) = digits(ctx)(s)?;
        // "1½", "2 ½": a whole number and a vulgar fraction.
        let t = r.rest().as_bytes();
        if t.first().is_some_and(|&b| b >= 0x80)
            || (t.first() == Some(&b' ') && t.get(1).is_some_and(|&b| b >= 0x80))
        {
            return vulgar(ctx)(s).or(Ok((r, first)));
        }
        match mixed_after(ctx, first, r) {
            Ok(m) => Ok(m),
            Err(_) => Ok((r, first)),
        }
    }
}

/// [`mixed`] after its first number `first`, with `r` the text after it.
fn mixed_after(ctx: Ctx, first: Numeral, r: Cur<'_>) -> Res<'_, Numeral> {
    let err = || nom::Err::Error(());
    // Cheap test first: a space or tab, and then (past any whitespace) a word that starts a
    // number word (`hundred`, `thousand`); `ws_inline1` below keeps it on the same line.
    if !r.rest().starts_with([' ', '\t', '\u{a0}'])
        || !r
            .skip_space()
            .token()
            .is_some_and(|t| t.word.is_some_and(|id| NUMBER_WORD.starts_with_word(id)))
    {
        return fail();
    }
    if first.leading_zero || first.value.is_sign_negative() {
        return fail();
    }
    let hundred_word = |s| -> Res<'_, NumWord> {
        let (r, (_, w)) = (ws_inline1, numword).parse(s)?;
        match *w {
            NumWord::Hundred | NumWord::Scale(_) if !glued_on(r) => Ok((r, *w)),
            _ => fail(),
        }
    };
    let (mut rest, w) = hundred_word(r)?;
    // "2.12 hundred": a decimal takes its hundred or scale and nothing more.
    if !is_whole(first.value) {
        if w != NumWord::Hundred {
            return fail();
        }
        let value = first
            .value
            .checked_mul(Decimal::ONE_HUNDRED)
            .ok_or_else(err)?;
        if !is_whole(value) {
            return fail();
        }
        return Ok((
            rest,
            Numeral {
                value: value.normalize(),
                ..first
            },
        ));
    }
    let mut total = Decimal::ZERO;
    let mut current = first.value;
    let mut has_hundred = false;
    let mut last_scale = u32::MAX;
    let mut apply = |w: NumWord, current: &mut Decimal, total: &mut Decimal| -> bool {
        match w {
            NumWord::Hundred if !has_hundred && *current < Decimal::from(1000) => {
                *current *= Decimal::ONE_HUNDRED;
                has_hundred = true;
                true
            }
            NumWord::Scale(e) if e < last_scale => {
                let Some(v) = current
                    .checked_mul(pow10(e))
                    .and_then(|v| total.checked_add(v))
                else {
                    return false;
                };
                *total = v;
                *current = Decimal::ZERO;
                has_hundred = false;
                last_scale = e;
                true
            }
            _ => false,
        }
    };
    if !apply(w, &mut current, &mut total) {
        return fail();
    }
    let mut last = w;
    let mut parts = 1;
    loop {
        let (after_and, and) = match (ws_inline1, word("and"), ws_inline1).parse(rest) {
            Ok((r, _)) => (r, true),
            Err(_) => match ws_inline1(rest) {
                Ok((r, _)) => (r, false),
                Err(_) => break,
            },
        };
        // A number: digits (whole) or words below a hundred.
        let num = match digits(ctx)(after_and) {
            Ok((r, n)) if is_whole(n.value) && !n.leading_zero => Some((r, n.value, true)),
            Ok(_) => None,
            Err(_) => match numword(after_and) {
                Ok((r, w)) => match *w {
                    NumWord::Digit(d) | NumWord::Teen(d) | NumWord::Tens(d) => {
                        let mut v = Decimal::from(d);
                        let mut r = r;
                        if let NumWord::Tens(_) = *w
                            && let Ok((r2, (_, w2))) = (word_sep, numword).parse(r)
                            && let NumWord::Digit(d2) = *w2
                        {
                            v += Decimal::from(d2);
                            r = r2;
                        }
                        Some((r, v, false))
                    }
                    NumWord::Hundred | NumWord::Scale(_) if !and => {
                        // "4 thousand hundred" is no number; scales follow numbers.
                        None
                    }
                    _ => None,
                },
                Err(_) => None,
            },
        };
        let Some((r, v, in_digits)) = num else {
            break;
        };
        if glued_on(r) {
            break;
        }
        let next = hundred_word(r).ok().map(|(_, w)| w);
        // The number must fit the place it takes.
        // After a scale only the next group's hundreds ("4 thousand 3 hundred"): "1.34
        // billion two weeks", "91 million and 104 mln dlrs" are other numbers.
        let fits = match (last, next) {
            (NumWord::Hundred, None) => {
                v < Decimal::ONE_HUNDRED
                    && (and || !in_digits)
                    && r.advance(r.rest().bytes().take_while(|&b| b == b' ').count())
                        .longest(&SCALE)
                        .is_none()
            }
            (NumWord::Scale(_), Some(NumWord::Hundred)) => v < Decimal::TEN,
            _ => false,
        };
        if !fits {
            break;
        }
        current += v;
        rest = r;
        parts += 1;
        match next {
            Some(w) => {
                let Ok((r2, _)) = hundred_word(rest) else {
                    break;
                };
                if !apply(w, &mut current, &mut total) {
                    return fail();
                }
                rest = r2;
                last = w;
            }
            None => break,
        }
    }
    if parts == 1 && !matches!(w, NumWord::Hundred) {
        return fail();
    }
    let value = total.checked_add(current).ok_or_else(err)?;
    if !is_whole(value) && parts > 1 {
        return fail();
    }
    Ok((rest, Numeral::plain(value, Form::Digits)))
}

/// Whether a word ends glued to more text: `hundred-dollar`, `hundreds`.
fn glued_on(s: Cur<'_>) -> bool {
    let r = s.rest();
    r.starts_with(|c: char| c.is_alphanumeric())
        || r.strip_prefix('-')
            .is_some_and(|r| r.starts_with(|c: char| c.is_alphabetic()))
}

/// Whether the fraction word `fraction`, after the separator `sep` from a number and before
/// `r`, stands in the singular apart from it: `two half`, not `two halves`, `two-third`,
/// `two third of`, `three quarter billion` or `two third's` (or `third’s`).
fn singular_apart(sep: &str, fraction: &str, r: Cur<'_>) -> bool {
    !fraction.ends_with(['s', 'S'])
        && !sep.contains('-')
        && !r.starts_with("'s")
        && !r.starts_with("\u{2019}s")
        && (ws1, word("of")).parse(r).is_err()
        && !scale_follows(r)
}

/// Whether a fraction word is `quarter(s)`, which alone is also a fiscal period.
fn is_quarter(s: Cur<'_>) -> bool {
    s.rest()
        .get(..7)
        .is_some_and(|w| w.eq_ignore_ascii_case("quarter"))
}

/// Whether a scale word follows: `three quarters billion`.
fn scale_follows(s: Cur<'_>) -> bool {
    (ws1, numword)
        .parse(s)
        .is_ok_and(|(_, (_, w))| matches!(w, NumWord::Scale(_)))
}

/// Whether the phrase ends here: end of text or punctuation.
fn closes(s: Cur<'_>) -> bool {
    let t = s.rest().trim_start_matches([' ', '\t']);
    t.is_empty() || t.starts_with(['.', ',', ';', ':', '!', '?', ')', '\n', '\r'])
}

/// The fraction of a mixed number: ` and a half`, ` and three fifths`, ` and one fourth`,
/// ` and twenty-three hundredths`, `-and-a-half`. A proper fraction only (numerator below denominator).
/// Returns numerator and denominator.
pub(crate) fn and_fraction(s: Cur<'_>) -> Res<'_, (Decimal, Decimal)> {
    // Cheap test first: most numbers are not followed by "and".
    let b = s.rest().as_bytes();
    let t = &b[b
        .iter()
        .position(|&c| c != b' ' && c != b'-')
        .unwrap_or(b.len())..];
    if !t.get(..3).is_some_and(|w| w.eq_ignore_ascii_case(b"and")) {
        return fail();
    }
    // Spaces or hyphens: "three and a half", "three-and-a-half".
    let (r, _) = (word_sep, word("and"), word_sep).parse(s)?;
    let (r, num) = match alt_article(r) {
        Ok((r2, _)) => (r2, Decimal::ONE),
        Err(_) => {
            let (mut r2, w) = numword(r)?;
            let mut num = match *w {
                NumWord::Digit(d) | NumWord::Teen(d) | NumWord::Tens(d) if d > 0 => {
                    Decimal::from(d)
                }
                _ => return fail(),
            };
            if let NumWord::Tens(_) = *w
                && let Ok((r3, (_, w2))) = (word_sep, numword).parse(r2)
                && let NumWord::Digit(d) = *w2
                && d > 0
            {
                num += Decimal::from(d);
                r2 = r3;
            }
            (r2, num)
        }
    };
    let (r, (_, w)) = (word_sep, numword).parse(r)?;
    let NumWord::Fraction(d) = *w else {
        return fail();
    };
    let den = Decimal::from(d);
    if num >= den {
        return fail();
    }
    // "the first three quarters and a fourth quarter dividend": an ordinal.
    if (ws1, numword)
        .parse(r)
        .is_ok_and(|(_, (_, w))| matches!(w, NumWord::Fraction(_)))
    {
        return fail();
    }
    Ok((r, (num, den)))
}

/// Add the fraction of a mixed number to `base`, whose last word was `last`: of the scale
/// after it (`five and a half million`, `one billion and a half million`), else of the
/// scale before it (`one million and a half`), else of one. Returns the value and whether it
/// holds a non-terminating quotient.
pub(crate) fn add_fraction(
    s: Cur<'_>,
    base: Decimal,
    last: NumWord,
    num: Decimal,
    den: Decimal,
) -> Res<'_, (Decimal, bool)> {
    let err = || nom::Err::Error(());
    let (frac, inexact) = quotient(num, den).ok_or_else(err)?;
    if let Ok((r, (_, w))) = (ws1, numword).parse(s)
        && let NumWord::Scale(e2) = *w
    {
        match last {
            NumWord::Scale(e) if e2 < e => {
                let v = base.checked_add(frac.checked_mul(pow10(e2)).ok_or_else(err)?);
                return Ok((r, (v.ok_or_else(err)?, inexact)));
            }
            NumWord::Scale(_) => {}
            _ => {
                let v = base.checked_add(frac).ok_or_else(err)?;
                return Ok((r, (v.checked_mul(pow10(e2)).ok_or_else(err)?, inexact)));
            }
        }
    }
    let unit = match last {
        NumWord::Scale(e) => pow10(e),
        _ => Decimal::ONE,
    };
    let v = base.checked_add(frac.checked_mul(unit).ok_or_else(err)?);
    Ok((s, (v.ok_or_else(err)?, inexact)))
}

/// A multiplier after a fraction: `half a million`, `quarter million`, `half million`, `two
/// thirds of a million`, `half a dozen`.
fn fraction_of_scale(s: Cur<'_>) -> Res<'_, Decimal> {
    let (r, _) = ws1(s)?;
    let (r, _) = nom::combinator::opt((word("of"), ws1)).parse(r)?;
    let (r, _) = nom::combinator::opt((alt_article, ws1)).parse(r)?;
    match numword(r)? {
        (r, NumWord::Scale(e)) => Ok((r, pow10(*e))),
        (r, NumWord::Dozen) => Ok((r, Decimal::from(12))),
        _ => fail(),
    }
}

fn numword(s: Cur<'_>) -> Res<'_, &'static NumWord> {
    lex(&NUMBER_WORD)(s)
}

/// Whether `s` starts with a number word of a whole number (`one`, `twenty`, `million`,
/// `dozen`): not a fraction word or the article.
pub(crate) fn starts_whole_number_word(s: Cur<'_>) -> bool {
    let whole =
        |s| numword(s).is_ok_and(|(_, w)| !matches!(w, NumWord::Fraction(_) | NumWord::Article));
    // The first words of number words are anchors (`tables::anchor_words`), but for `a`
    // (`a couple of`, `a pair of`), the only one of a single letter: the lexer's flag rules
    // out longer words without a lookup. Debug builds look them up anyway.
    if s.token().is_some_and(|t| !t.anchor() && t.len() > 1) {
        debug_assert!(!whole(s), "a number word that is no anchor at {s:?}");
        return false;
    }
    whole(s)
}

/// The value of the number word that starts `s`, for a word of zero to nineteen or a tens
/// word (`three` in `three mln dlrs`): what a figure written in words writes before its
/// scale, where it is one word (of `twenty-five`, the `twenty` alone).
pub(crate) fn leading_word(s: Cur<'_>) -> Option<Decimal> {
    match numword(s).ok()?.1 {
        NumWord::Digit(d) | NumWord::Teen(d) | NumWord::Tens(d) => Some(Decimal::from(*d)),
        _ => None,
    }
}

/// The article `a` or `an`, as a word.
pub(crate) fn alt_article(s: Cur<'_>) -> Res<'_, &str> {
    nom::branch::alt((word("a"), word("an"))).parse(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::cur;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(crate::proptest_cases(5000))]
        /// `is_whole` is `fract() == 0`, over every scale and mantissas of any size.
        #[test]
        fn whole_is_a_zero_fraction(
            lo in any::<u64>(),
            hi in any::<u32>(),
            small in any::<bool>(),
            negative in any::<bool>(),
            scale in 0u32..=28,
        ) {
            let hi = if small { 0 } else { hi };
            let v = Decimal::from_parts(lo as u32, (lo >> 32) as u32, hi, negative, scale);
            prop_assert_eq!(is_whole(v), v.fract().is_zero(), "{}", v);
            // Multiples of ten to the scale, at every scale (6e28 stays under 2^96): whole.
            let w = Decimal::from_i128_with_scale(i128::from(lo % 7) * 10i128.pow(scale), scale);
            prop_assert!(is_whole(w), "{}", w);
            // One more unit in the last place: whole only at scale 0.
            let x = Decimal::from_i128_with_scale(i128::from(lo % 7) * 10i128.pow(scale) + 1, scale);
            prop_assert_eq!(is_whole(x), scale == 0, "{}", x);
        }

        /// A quotient of whole numbers terminates where the denominator, in lowest terms,
        /// has no prime factor but 2 and 5; scaled numerators (`a third of a million`) and
        /// decimal denominators are told the same way.
        #[test]
        fn a_quotient_is_exact_where_it_terminates(
            num in 1u64..100_000,
            den in 1u64..10_000,
            scale in 0u32..=6,
        ) {
            fn gcd(a: u64, b: u64) -> u64 { if b == 0 { a } else { gcd(b, a % b) } }
            let mut rest = den / gcd(num, den);
            for p in [2, 5] {
                while rest.is_multiple_of(p) {
                    rest /= p;
                }
            }
            let terminates = rest == 1;
            let scaled = Decimal::from(num) * Decimal::from(10u64.pow(scale));
            let got = quotient(scaled, Decimal::from(den));
            prop_assert_eq!(got.map(|(_, x)| x), Some(!terminates), "{}/{}", scaled, den);
            if terminates {
                prop_assert_eq!(got.map(|(q, _)| q * Decimal::from(den)), Some(scaled));
            }
            // The same denominator written as a decimal: 87 as 8.7 over a numerator a tenth.
            let tenths = quotient(scaled / Decimal::TEN, Decimal::new(den as i64, 1));
            prop_assert_eq!(tenths.map(|(_, x)| x), Some(!terminates), "{}/{} in tenths", scaled, den);
        }
    }

    #[test]
    fn repeating_quotients_that_decimal_rounds_back_are_inexact() {
        // Each of these times its denominator rounds, in 28 digits, to the numerator.
        for (n, d) in [(2, 3), (86, 87), (8, 9), (87, 88), (16, 26), (10, 12)] {
            let got = quotient(Decimal::from(n), Decimal::from(d));
            assert_eq!(got.map(|(_, x)| x), Some(true), "{n}/{d} = {got:?}");
            let rounded = got.map(|(q, x)| round_inexact(q, x).to_string());
            assert!(
                rounded.as_ref().is_some_and(|r| r.len() <= 17),
                "{n}/{d}: {rounded:?}"
            );
        }
        assert_eq!(
            quotient(Decimal::from(3), Decimal::from(8)),
            Some((Decimal::new(375, 3), false))
        );
    }

    fn d(s: &str, tokenized: bool) -> String {
        match digits(Ctx {
            tokenized,
            ..Ctx::default()
        })(cur(s))
        {
            Ok((rest, n)) => format!("{} rest={:?} year={}", n.value, rest.rest(), n.year_like),
            Err(_) => "none".into(),
        }
    }

    fn w(s: &str) -> String {
        match words(cur(s)) {
            Ok((rest, n)) => format!("{} rest={:?}", n.value, rest.rest()),
            Err(_) => "none".into(),
        }
    }

    #[test]
    fn digits_plain_and_tokenized() {
        insta::assert_snapshot!(d("2,400 an ounce", false), @r#"2400 rest=" an ounce" year=false"#);
        insta::assert_snapshot!(d("2 , 400 an ounce", true), @r#"2400 rest=" an ounce" year=false"#);
        insta::assert_snapshot!(d("2 , 400", false), @r#"2 rest=" , 400" year=false"#);
        insta::assert_snapshot!(d("1 . 8 %", true), @r#"1.8 rest=" %" year=false"#);
        insta::assert_snapshot!(d("1.80%", false), @r#"1.8 rest="%" year=false"#);
        insta::assert_snapshot!(d("3,362.39", false), @r#"3362.39 rest="" year=false"#);
        insta::assert_snapshot!(d("2010 , 500", true), @r#"2010 rest=" , 500" year=true"#);
        insta::assert_snapshot!(d("1,000,000 people", false), @r#"1000000 rest=" people" year=false"#);
        insta::assert_snapshot!(d("12,34", false), @r#"12 rest=",34" year=false"#);
        insta::assert_snapshot!(d("40\u{202f}000 people", false), @r#"40000 rest=" people" year=false"#);
        insta::assert_snapshot!(d("99999999999999999999999999999", false), @"none");
        // Plain spaces group thousands only with a short head and two or more groups.
        assert_eq!(
            d("1 414 021 100.", false),
            r#"1414021100 rest="." year=false"#
        );
        assert_eq!(d("1 234 567.89", false), r#"1234567.89 rest="" year=false"#);
        assert_eq!(
            d("5 534 530 shares", false),
            r#"5534530 rest=" shares" year=false"#
        );
        assert_eq!(
            d("40 000 people", false),
            r#"40 rest=" 000 people" year=false"#
        );
        assert_eq!(d("1 234 567", true), r#"1 rest=" 234 567" year=false"#);
        assert_eq!(d("746 747 750", false), r#"746 rest=" 747 750" year=false"#);
        assert_eq!(
            d("0 400 609 544", false),
            r#"0 rest=" 400 609 544" year=false"#
        );
        // Before a word, a symbol other than a comma or a point, or the end, the numeral is
        // its first digits; a point glued to the next digits after a space continues it.
        assert_eq!(d("15 pct", false), r#"15 rest=" pct" year=false"#);
        assert_eq!(d("15%", false), r#"15 rest="%" year=false"#);
        assert_eq!(d("1987", false), r#"1987 rest="" year=true"#);
        assert_eq!(d("6 .5 mln", false), r#"6.5 rest=" mln" year=false"#);
        assert_eq!(d("40\u{a0}000 t", false), r#"40000 rest=" t" year=false"#);
        // The whole chain or nothing: digits after the last group leave it apart.
        assert_eq!(d("5 534 530 2", false), r#"5 rest=" 534 530 2" year=false"#);
    }

    #[test]
    fn word_fractions_and_mixed_numbers() {
        assert_eq!(w("a trillionth"), r#"0.000000000001 rest="""#);
        assert_eq!(w("a hundredth."), r#"0.01 rest=".""#);
        assert_eq!(w("one eighth"), r#"0.125 rest="""#);
        assert_eq!(w("five eighths"), r#"0.625 rest="""#);
        assert_eq!(w("one - fourth"), r#"0.25 rest="""#);
        assert_eq!(w("one and a fourth"), r#"1.25 rest="""#);
        assert_eq!(w("twenty and three fifths"), r#"20.6 rest="""#);
        assert_eq!(w("three and one fourth"), r#"3.25 rest="""#);
        assert_eq!(w("one hundred and three quarters"), r#"100.75 rest="""#);
        assert_eq!(w("half a  dozen eggs"), r#"6 rest=" eggs""#);
        assert_eq!(w("two million and one half"), r#"2500000 rest="""#);
        assert_eq!(w("one billion and a half million"), r#"1000500000 rest="""#);
        assert_eq!(
            w("one billion and three quarters million"),
            r#"1000750000 rest="""#
        );
        assert_eq!(
            w("five billion and three quarters"),
            r#"5750000000 rest="""#
        );
        assert_eq!(w("three quarters billion"), r#"750000000 rest="""#);
        assert_eq!(w("a quarter of a million jobs"), r#"250000 rest=" jobs""#);
        assert_eq!(w("three hundred and two dozens"), r#"324 rest="""#);
        assert_eq!(w("two hundred point seventy-one"), r#"200.71 rest="""#);
        assert_eq!(w("five point fifteen"), r#"5.15 rest="""#);
        // Ordinals and periods stay what they are.
        assert_eq!(w("a third, El Paso"), "none");
        assert_eq!(w("a fourth term"), "none");
        assert_eq!(w("a half."), "none");
        assert_eq!(w("three quarters"), r#"3 rest=" quarters""#);
        assert_eq!(
            w("three quarters and a fourth quarter"),
            r#"3 rest=" quarters and a fourth quarter""#
        );
        assert_eq!(w("twenty-fourth place"), "none");
        assert_eq!(w("thirty fifth"), "none");
    }

    /// A fraction word in the singular after a whole number other than one is part of what
    /// is counted (Reuters: `two half-point cuts`), or with a scale an ordinal (`two
    /// millionth`), unless joined to the number, before `of` or a scale, or misspelt as a
    /// possessive.
    #[test]
    fn a_singular_fraction_word_after_a_number_is_not_its_denominator() {
        assert_eq!(w("twenty half marathons"), r#"20 rest=" half marathons""#);
        assert_eq!(w("two half-point cuts"), r#"2 rest=" half-point cuts""#);
        assert_eq!(
            w("five quarter-final matches"),
            r#"5 rest=" quarter-final matches""#
        );
        assert_eq!(w("two millionth visitor"), "none");
        assert_eq!(w("ten thousandth"), "none");
        let r = |s: &str| match words(cur(s)) {
            Ok((rest, n)) => format!(
                "{} rest={:?}",
                round_inexact(n.value, n.inexact),
                rest.rest()
            ),
            Err(_) => "none".into(),
        };
        assert_eq!(r("one half"), r#"0.5 rest="""#);
        assert_eq!(
            r("two-third majority"),
            r#"0.666666666666667 rest=" majority""#
        );
        assert_eq!(
            r("two third of voters"),
            r#"0.666666666666667 rest=" of voters""#
        );
        assert_eq!(r("two third's of"), r#"0.666666666666667 rest="'s of""#);
        assert_eq!(r("two third’s of"), r#"0.666666666666667 rest="’s of""#);
        assert_eq!(r("three quarter billion"), r#"750000000 rest="""#);
        assert_eq!(r("two halves"), r#"1 rest="""#);
    }

    #[test]
    fn non_terminating_quotients_round_to_15_significant_digits() {
        let r = |s: &str| match words(cur(s)) {
            Ok((_, n)) => round_inexact(n.value, n.inexact).to_string(),
            Err(_) => "none".into(),
        };
        assert_eq!(r("two thirds"), "0.666666666666667");
        assert_eq!(r("forty two and a third"), "42.3333333333333");
        assert_eq!(r("six million and two thirds"), "6666666.66666667");
        assert_eq!(r("two thirds of a million"), "666666.666666667");
        assert_eq!(r("nine million and five ninths"), "9555555.55555556");
        assert_eq!(
            r("one hundred and three and two thirds"),
            "103.666666666667"
        );
        // Terminating values stay exact, however long.
        assert_eq!(r("a trillionth"), "0.000000000001");
        assert_eq!(r("three and one fourth"), "3.25");
    }

    #[test]
    fn vulgar_fractions() {
        let v = |s: &str| match vulgar(Ctx::default())(cur(s)) {
            Ok((rest, n)) => format!("{} rest={:?} inexact={}", n.value, rest.rest(), n.inexact),
            Err(_) => "none".into(),
        };
        assert_eq!(v("½ teaspoon"), r#"0.5 rest=" teaspoon" inexact=false"#);
        assert_eq!(v("2 ¾ cups"), r#"2.75 rest=" cups" inexact=false"#);
        assert_eq!(v("1½"), r#"1.5 rest="" inexact=false"#);
        assert_eq!(
            v("⅔"),
            r#"0.6666666666666666666666666667 rest="" inexact=true"#
        );
        assert_eq!(v("2  ½"), "none");
        assert_eq!(v("12"), "none");
    }

    #[test]
    fn digits_with_number_words() {
        let m = |s: &str| match mixed(Ctx::default())(cur(s)) {
            Ok((rest, n)) => format!("{} rest={:?}", n.value, rest.rest()),
            Err(_) => "none".into(),
        };
        assert_eq!(m("3 hundred and 21 yuan"), r#"321 rest=" yuan""#);
        assert_eq!(m("4 thousand 3 hundred and 21 is"), r#"4321 rest=" is""#);
        assert_eq!(m("4 thousand 3 hundred and 0 are"), r#"4300 rest=" are""#);
        assert_eq!(m("322 hundred"), r#"32200 rest="""#);
        assert_eq!(m("2.12 hundred are"), r#"212 rest=" are""#);
        assert_eq!(m("6 crore and two hundred"), r#"60000200 rest="""#);
        assert_eq!(m("3 hundred and one is"), r#"301 rest=" is""#);
        assert_eq!(m("3 hundred and 2 hundred"), r#"300 rest=" and 2 hundred""#);
        // A lone scale is the amount parser's; other numbers after a scale stay apart.
        assert_eq!(m("4 thousand"), "none");
        assert_eq!(m("1.34 billion two weeks"), "none");
        assert_eq!(m("91 million and 104 mln dlrs"), "none");
        assert_eq!(m("2 million 500 people"), "none");
        assert_eq!(m("19 BILLION ZERO"), "none");
        assert_eq!(m("300 hundred-dollar bills"), "none");
        assert_eq!(m("3 hundred and 21 mln"), r#"300 rest=" and 21 mln""#);
    }

    #[test]
    fn numbers_in_words() {
        insta::assert_snapshot!(w("two top generals"), @r#"2 rest=" top generals""#);
        insta::assert_snapshot!(w("twenty-one thousand eleven"), @r#"21011 rest="""#);
        insta::assert_snapshot!(w("twenty - one"), @r#"21 rest="""#);
        insta::assert_snapshot!(w("a hundred and five"), @r#"105 rest="""#);
        insta::assert_snapshot!(w("two million three hundred thousand"), @r#"2300000 rest="""#);
        insta::assert_snapshot!(w("a dozen eggs"), @r#"12 rest=" eggs""#);
        insta::assert_snapshot!(w("one and a half"), @r#"1.5 rest="""#);
        insta::assert_snapshot!(w("half a million"), @r#"500000 rest="""#);
        insta::assert_snapshot!(w("two thirds"), @r#"0.6666666666666666666666666667 rest="""#);
        insta::assert_snapshot!(w("three lakh crore"), @r#"3000000000000 rest="""#);
        insta::assert_snapshot!(w("five point five"), @r#"5.5 rest="""#);
        insta::assert_snapshot!(w("one two"), @r#"1 rest=" two""#);
        insta::assert_snapshot!(w("hundred"), @"none");
        insta::assert_snapshot!(w("a quarter of"), @r#"0.25 rest=" of""#);
        insta::assert_snapshot!(w("a quarter earlier"), @"none");
        insta::assert_snapshot!(w("one million and a half"), @r#"1500000 rest="""#);
        insta::assert_snapshot!(w("five and a half million"), @r#"5500000 rest="""#);
        insta::assert_snapshot!(w("quarter million"), @r#"250000 rest="""#);
        insta::assert_snapshot!(w("half million eggs"), @r#"500000 rest=" eggs""#);
        insta::assert_snapshot!(w("two hundred dozens"), @r#"2400 rest="""#);
        insta::assert_snapshot!(w("three billions"), @r#"3000000000 rest="""#);
    }
}
