//! Numerals: digits with separators and decimals, and numbers in words.

use super::{Ctx, Res, fail, lex, word, ws0, ws1};
use crate::lexicon::tables::{NUMBER_WORD, NumWord};
use crate::lexicon::{LexKind, lexeme};
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
}

/// Maximum digits of a numeral: beyond this it is an identifier, not a quantity, and would
/// overflow `Decimal` (28 digits) once scaled.
const MAX_DIGITS: usize = 24;

/// A numeral in digits: `2400`, `2,400`, `1.8`; tokenized `2 , 400`, `1 . 8`.
///
/// Thousands groups need exactly three digits after the separator and at most three before
/// the first one, so `in 2010 , 500 people` stays two numbers.
pub fn digits(ctx: Ctx) -> impl Fn(&str) -> Res<'_, Numeral> {
    move |s: &str| {
        let mut buf = [0u8; MAX_DIGITS + 1];
        let mut len = 0usize;
        let push = |buf: &mut [u8; MAX_DIGITS + 1], len: &mut usize, bytes: &[u8]| -> bool {
            if *len + bytes.len() > buf.len() {
                return false;
            }
            buf[*len..*len + bytes.len()].copy_from_slice(bytes);
            *len += bytes.len();
            true
        };
        let sep = |s: &'_ str, c: char| -> Option<usize> {
            // The separator, with spaces around it only in tokenized text; in plain text a
            // space may stand before a separator glued to its digits ("EUR6 .5 m", as
            // Financial PhraseBank writes).
            let (rest, _) = if ctx.tokenized {
                ws0(s).ok()?
            } else {
                let t = s.trim_start_matches(' ');
                let glued = t
                    .strip_prefix(c)
                    .is_some_and(|r| r.starts_with(|d: char| d.is_ascii_digit()));
                if glued && s.len() - t.len() == 1 {
                    (t, ())
                } else {
                    (s, ())
                }
            };
            let rest = rest.strip_prefix(c)?;
            let (rest, _) = if ctx.tokenized {
                ws0(rest).ok()?
            } else {
                (rest, ())
            };
            Some(s.len() - rest.len())
        };
        // ".5" (plain text only: in tokenized text ". 5" ends a sentence).
        let (s, n) = match lexeme(s) {
            Some((LexKind::Digits, n)) => (s, n),
            Some((LexKind::Symbol, 1))
                if !ctx.tokenized
                    && s.starts_with('.')
                    && s[1..].starts_with(|c: char| c.is_ascii_digit()) =>
            {
                if !push(&mut buf, &mut len, b"0") {
                    return fail();
                }
                (s, 0)
            }
            _ => return fail(),
        };
        let mut rest = &s[n..];
        if !push(&mut buf, &mut len, s[..n].as_bytes()) {
            return fail();
        }
        let mut grouped = false;
        if (1..=3).contains(&n) {
            // "40 000" with a no-break or thin space: unambiguous thousands.
            let spaced = |s: &'_ str| -> Option<usize> {
                let c = s.chars().next()?;
                matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}').then(|| c.len_utf8())
            };
            while let Some(k) = sep(rest, ',').or_else(|| spaced(rest)) {
                match lexeme(&rest[k..]) {
                    Some((LexKind::Digits, 3)) => {
                        if !push(&mut buf, &mut len, rest[k..k + 3].as_bytes()) {
                            return fail();
                        }
                        rest = &rest[k + 3..];
                        grouped = true;
                    }
                    _ => break,
                }
            }
        }
        let mut decimal = false;
        if let Some(k) = sep(rest, '.')
            && let Some((LexKind::Digits, m)) = lexeme(&rest[k..])
        {
            if !push(&mut buf, &mut len, b".")
                || !push(&mut buf, &mut len, rest[k..k + m].as_bytes())
            {
                return fail();
            }
            rest = &rest[k + m..];
            decimal = true;
        }
        let text = std::str::from_utf8(&buf[..len]).map_err(|_| nom::Err::Error(()))?;
        let value = Decimal::from_str_exact(text).map_err(|_| nom::Err::Error(()))?;
        Ok((
            rest,
            Numeral {
                value: value.normalize(),
                form: Form::Digits,
                year_like: n == 4 && !grouped && !decimal,
                lone_one: false,
                article: false,
                leading_zero: n >= 2 && s.starts_with('0') && !grouped && !decimal,
            },
        ))
    }
}

/// A fraction in digits: `1/5`, `3/4`, tokenized `1 / 4`. The numerator must be smaller than
/// the denominator (so `24/7` is no fraction) and the denominator at most 100.
pub fn digit_fraction(ctx: Ctx) -> impl Fn(&str) -> Res<'_, Numeral> {
    move |s: &str| {
        let Some((LexKind::Digits, n)) = lexeme(s) else {
            return fail();
        };
        let mut rest = &s[n..];
        if ctx.tokenized {
            rest = &rest[crate::lexicon::space_len(rest)..];
        }
        let Some(mut rest) = rest.strip_prefix('/') else {
            return fail();
        };
        if ctx.tokenized {
            rest = &rest[crate::lexicon::space_len(rest)..];
        }
        let Some((LexKind::Digits, m)) = lexeme(rest) else {
            return fail();
        };
        if n > 2 || m > 3 {
            return fail();
        }
        let num = Decimal::from_str_exact(&s[..n]).map_err(|_| nom::Err::Error(()))?;
        let den = Decimal::from_str_exact(&rest[..m]).map_err(|_| nom::Err::Error(()))?;
        if den.is_zero() || num >= den || den > Decimal::ONE_HUNDRED {
            return fail();
        }
        let value = num.checked_div(den).ok_or(nom::Err::Error(()))?;
        Ok((
            &rest[m..],
            Numeral {
                value: value.normalize(),
                form: Form::Digits,
                year_like: false,
                lone_one: false,
                article: false,
                leading_zero: false,
            },
        ))
    }
}

fn pow10(exp: u32) -> Decimal {
    Decimal::from_i128_with_scale(10i128.pow(exp.min(28)), 0)
}

/// Separator between number words: spaces, or a hyphen (`twenty-one`, tokenized `twenty - one`).
fn word_sep(s: &str) -> Res<'_, ()> {
    let (r, _) = ws0(s)?;
    if let Some(r) = r.strip_prefix('-') {
        return ws0(r);
    }
    ws1(s)
}

/// A number in words: `three`, `twenty-one`, `two million`, `a hundred and five`, `a dozen`,
/// `half`, `two thirds`, `one and a half`, `three lakh crore`, `five point five`.
///
/// Words combine only in valid orders, so `one two` is the number one followed by other text.
pub fn words(s: &str) -> Res<'_, Numeral> {
    let (mut rest, first) = numword(s)?;
    let mut total = Decimal::ZERO;
    let mut current;
    let mut last = *first;
    let mut words_used = 1usize;
    let mut done = false;
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
            if let Ok((r, e)) = fraction_of_scale(rest) {
                current *= pow10(e);
                rest = r;
            }
        }
        // "quarter million", "a third of a million" is read above.
        NumWord::Fraction(d) => {
            let (r, e) = fraction_of_scale(rest)?;
            current = Decimal::ONE / Decimal::from(d) * pow10(e);
            rest = r;
            done = true;
        }
        NumWord::Dozen => current = Decimal::from(12),
        NumWord::Hundred | NumWord::Scale(_) => return fail(),
    }
    while !done {
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
                current += Decimal::from(d);
                true
            }
            (NumWord::Teen(d) | NumWord::Tens(d), NumWord::Hundred | NumWord::Scale(_)) => {
                current += Decimal::from(d);
                true
            }
            (
                NumWord::Hundred,
                NumWord::Digit(_) | NumWord::Teen(_) | NumWord::Tens(_) | NumWord::Article,
            ) => {
                current *= Decimal::from(100);
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
            (
                NumWord::Dozen,
                NumWord::Digit(_)
                | NumWord::Teen(_)
                | NumWord::Tens(_)
                | NumWord::Hundred
                | NumWord::Article,
            ) => {
                current *= Decimal::from(12);
                true
            }
            // "two thirds"; but "two quarters" without "of" is a duration.
            (NumWord::Fraction(d), NumWord::Digit(_) | NumWord::Teen(_) | NumWord::Tens(_))
                if after_and.len() == after_sep.len()
                    && (d != 4 || (ws1, word("of")).parse(r).is_ok()) =>
            {
                // "two thirds", "one-third"
                current = current
                    .checked_div(Decimal::from(d))
                    .ok_or(nom::Err::Error(()))?;
                done = true;
                true
            }
            (NumWord::Fraction(d), NumWord::Article) if words_used == 1 => {
                // "a third", "a quarter": only as an amount of something.
                let follows = (ws1, word("of")).parse(r).is_ok()
                    || (ws1, numword)
                        .parse(r)
                        .is_ok_and(|(_, (_, w))| matches!(w, NumWord::Scale(_)));
                if !follows {
                    return fail();
                }
                current = Decimal::ONE / Decimal::from(d);
                done = true;
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
                value: Decimal::ONE,
                form: Form::Words,
                year_like: false,
                lone_one: false,
                article: true,
                leading_zero: false,
            },
        ));
    }
    let mut value = total.checked_add(current).ok_or(nom::Err::Error(()))?;
    // "one and a half", "two and a quarter"; after a scale, of the scale: "one million and a
    // half" is 1.5 million; and before one: "five and a half million".
    if let Ok((r, (_, _, _, _, _, frac))) =
        (ws1, word("and"), ws1, alt_article, ws1, numword).parse(rest)
        && let NumWord::Fraction(d) = *frac
    {
        let unit = match last {
            NumWord::Scale(e) => pow10(e),
            _ => Decimal::ONE,
        };
        value += unit / Decimal::from(d);
        rest = r;
        if !matches!(last, NumWord::Scale(_))
            && let Ok((r2, (_, w))) = (ws1, numword).parse(rest)
            && let NumWord::Scale(e) = *w
        {
            value = value.checked_mul(pow10(e)).ok_or(nom::Err::Error(()))?;
            rest = r2;
        }
    }
    // "five point five"
    if let Ok((mut r, _)) = (ws1, word("point")).parse(rest) {
        let mut frac = String::new();
        while let Ok((r2, (_, w))) = (ws1, numword).parse(r) {
            match *w {
                NumWord::Digit(d) => frac.push(char::from(b'0' + d)),
                _ => break,
            }
            r = r2;
        }
        if !frac.is_empty()
            && let Ok(f) = Decimal::from_str_exact(&format!("0.{frac}"))
        {
            value += f;
            rest = r;
        }
    }
    let lone_one = words_used == 1 && *first == NumWord::Digit(1) && value == Decimal::ONE;
    Ok((
        rest,
        Numeral {
            value: value.normalize(),
            form: Form::Words,
            year_like: false,
            lone_one,
            article: false,
            leading_zero: false,
        },
    ))
}

/// A scale after a fraction: `half a million`, `quarter million`, `half million`.
fn fraction_of_scale(s: &str) -> Res<'_, u32> {
    let (r, _) = ws1(s)?;
    let (r, _) = nom::combinator::opt((alt_article, ws1)).parse(r)?;
    match numword(r)? {
        (r, NumWord::Scale(e)) => Ok((r, *e)),
        _ => fail(),
    }
}

fn numword(s: &str) -> Res<'_, &'static NumWord> {
    lex(&NUMBER_WORD)(s)
}

fn alt_article(s: &str) -> Res<'_, &str> {
    nom::branch::alt((word("a"), word("an"))).parse(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str, tokenized: bool) -> String {
        match digits(Ctx {
            tokenized,
            ..Ctx::default()
        })(s)
        {
            Ok((rest, n)) => format!("{} rest={rest:?} year={}", n.value, n.year_like),
            Err(_) => "none".into(),
        }
    }

    fn w(s: &str) -> String {
        match words(s) {
            Ok((rest, n)) => format!("{} rest={rest:?}", n.value),
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
