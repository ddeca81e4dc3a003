//! Typed facts: what the grammar finds in a field of text.

use compact_str::CompactString;
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// What a quantity measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A share: unit `%`, or `pp` (percentage points) or `bp` (basis points).
    Percent,
    /// An amount of money; unit is an ISO 4217 code, in the major unit (45 cents is 0.45 USD).
    Money,
    /// A number of things; `noun` says what is counted.
    Count,
    /// Distance: `km`, `mi`, `m`, `ft`, …
    Length,
    /// Weight: `kg`, `t`, `lb`, `oz`, …
    Mass,
    /// Capacity: `l`, `bbl`, `gal`, …
    Volume,
    /// Surface: `km2`, `ha`, `ac`, …
    Area,
    /// `°C`, `°F`, or `°` when the scale is not said.
    Temperature,
    /// `km/h`, `mph`, `kn`, …
    Speed,
    /// `yr`, `mo`, `wk`, `d`, `h`, `min`, `s`; an age after `aged` (`aged 45`) in `yr`.
    Duration,
    /// `MB`, `GB`, `Mbit/s`.
    Data,
    /// Energy and power: `MW`, `kWh`, and food's `kcal`.
    Energy,
    /// Index points: `down 2 points`.
    Points,
    /// A plain number: an index level, a score, a number without unit or counted noun.
    Number,
}

impl Kind {
    /// Its name in the JSON contract (as serde writes it).
    pub const fn name(self) -> &'static str {
        match self {
            Kind::Percent => "percent",
            Kind::Money => "money",
            Kind::Count => "count",
            Kind::Length => "length",
            Kind::Mass => "mass",
            Kind::Volume => "volume",
            Kind::Area => "area",
            Kind::Temperature => "temperature",
            Kind::Speed => "speed",
            Kind::Duration => "duration",
            Kind::Data => "data",
            Kind::Energy => "energy",
            Kind::Points => "points",
            Kind::Number => "number",
        }
    }
}

/// How the text qualifies an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// about, around, nearly, almost, some, roughly …
    Approx,
    /// more than, over, above …
    MoreThan,
    /// less than, under, below, fewer than …
    LessThan,
    /// at least, no less than …
    AtLeast,
    /// at most, no more than …
    AtMost,
    /// up to, as much as, as many as …
    UpTo,
    /// exactly, precisely.
    Exactly,
}

impl Qualifier {
    /// Its name in the JSON contract (as serde writes it).
    pub const fn name(self) -> &'static str {
        match self {
            Qualifier::Approx => "approx",
            Qualifier::MoreThan => "more_than",
            Qualifier::LessThan => "less_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
            Qualifier::UpTo => "up_to",
            Qualifier::Exactly => "exactly",
        }
    }
}

/// Which field of a record a fact comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The record's title.
    Title,
    /// The record's body text.
    Text,
}

impl Field {
    /// Its name in the JSON contract (as serde writes it).
    pub const fn name(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Text => "text",
        }
    }
}

/// The second unit of a dual-unit quantity: `60km (45 miles)` has `alt` 45 mi.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Alt {
    /// Exact value in the alternative unit.
    #[serde(with = "crate::fact::exact")]
    #[schemars(schema_with = "crate::schema::exact_decimal")]
    pub value: Option<Decimal>,
    /// Canonical alternative unit.
    pub unit: Option<Cow<'static, str>>,
}

/// One quantitative fact, with the exact span it came from.
///
/// `value` is set for a single amount; a range (`between 5 and 10`, `5-10%`, `hundreds of`)
/// has `value: null` and `low`/`high`. Money is in the major unit with scale applied
/// (`$2.4bn` is 2400000000 USD). Spans are byte offsets into the field as it appears in the
/// input, so `field[start..end] == text`.
///
/// Text copied from the input (`text` and `noun` here, a [`Move`](crate::Move)'s `subject`,
/// `timing` and `text`) is a [`CompactString`]: it dereferences to `str`, compares with
/// `&str` and `String`, serializes as a JSON string, and keeps up to 24 bytes inline (12 on
/// 32-bit targets), so that most facts need no allocation of their own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// What the quantity measures.
    pub kind: Kind,
    /// The amount, exact; null for a range. A value holding a quotient that does not
    /// terminate (`two thirds`, `1/3`, `six million and two thirds`) has no exact decimal form
    /// and is rounded to 15 significant digits (0.666666666666667, 6666666.66666667): what an
    /// IEEE double round-trips, so no consumer loses a digit it could use. Terminating values
    /// (`a trillionth`, `3 1/4`) stay exact.
    #[serde(with = "crate::fact::exact")]
    #[schemars(schema_with = "crate::schema::exact_decimal")]
    pub value: Option<Decimal>,
    /// Low end of a range.
    #[serde(with = "crate::fact::exact")]
    #[schemars(schema_with = "crate::schema::exact_decimal")]
    pub low: Option<Decimal>,
    /// High end of a range.
    #[serde(with = "crate::fact::exact")]
    #[schemars(schema_with = "crate::schema::exact_decimal")]
    pub high: Option<Decimal>,
    /// Canonical unit (`%`, `pp`, `bp`, ISO 4217 code, `km`, `bbl`, `°C` …); null for counts and
    /// plain numbers. A bare number compared with the figure before it shares that figure's
    /// unit (and `kind`, `per`): `18.5 billion` in `15.9 billion marks vs 18.5 billion` is
    /// money in DEM, its text still `18.5 billion`. So does one listed before a figure with
    /// `and` or `or`, with that figure's scale or minor unit where it writes none of its own:
    /// `1.95` in `1.95 and 1.15 mln cubic metres` is 1950000 m3, `3.85` in `3.85 and 9.92
    /// cents per kg` 0.0385 USD per kg; things counted are counted for both (`noun`). A bare
    /// figure on a results table's row whose label names money is money in the row's
    /// currency, else that of the money above it, else dollars (`807,000` in `Net 807,000 vs
    /// 2,858,000` under `Shr 34 cts vs 1.19 dlrs` is USD).
    pub unit: Option<Cow<'static, str>>,
    /// The unit of a rate: `$88 a barrel` has `per: "bbl"`. Money under a label that says it
    /// is a share's has `share` too: `earnings per share $0.68`, `Shr 29 cts vs 25 cts`.
    pub per: Option<Cow<'static, str>>,
    /// How the amount is qualified (`more than`, `nearly` …), before it or after it (`20 pct
    /// or more`, `430 or so`).
    pub qualifier: Option<Qualifier>,
    /// True for vague amounts (`hundreds of`, `dozens of`), given as a range of order of
    /// magnitude: `hundreds` is 200 to 1000.
    pub vague: bool,
    /// What is counted: `drones and missiles` in `more than 300 drones and missiles`;
    /// `shares` on a results table's row of shares (`Avg shrs 51.7 mln vs 43.4 mln`).
    #[schemars(with = "Option<String>")]
    pub noun: Option<CompactString>,
    /// The same quantity in another unit, given in parentheses.
    pub alt: Option<Alt>,
    /// The field the span refers to.
    pub field: Field,
    /// Byte offset of the first byte of `text` in the field.
    pub start: usize,
    /// Byte offset one past the last byte of `text` in the field.
    pub end: usize,
    /// The text of the fact, exactly as in the input.
    #[schemars(with = "String")]
    pub text: CompactString,
    /// Index of the sentence in the field, from 0.
    pub sentence: usize,
}

impl Fact {
    /// What a figure's words multiply its digits by: a power of a thousand for its scale
    /// (`EUR 103.4 mn`), a hundredth for a minor unit (`108.00 cents`); none where its value
    /// is not its digits so multiplied (`five mln`, `37,7`). Tokenized text spaces the digits'
    /// points and commas (`10 , 385 . 48`).
    pub(crate) fn digits_ratio(&self) -> Option<Decimal> {
        let value = self.value?;
        let t = self.text.as_str();
        let s = t.find(|c: char| c.is_ascii_digit())?;
        let b = t.as_bytes();
        let mut e = s;
        loop {
            e = t[e..]
                .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
                .map_or(t.len(), |n| e + n);
            // Tokenized text spaces a numeral's points and commas: `10 , 385 . 48`.
            match b.get(e..e + 4) {
                Some([b' ', b'.' | b',', b' ', b'0'..=b'9']) => e += 3,
                _ => break,
            }
        }
        let digits = t[s..e].trim_end_matches(['.', ',']);
        // Most figures write no group separator: parsed in place, with no copy.
        let whole: Decimal = if digits.contains([',', ' ']) {
            digits.replace([',', ' '], "").parse().ok()?
        } else {
            digits.parse().ok()?
        };
        // A fraction after the digits: `7/8`, `4-1/2`.
        let fraction = |r: &str| -> Option<Decimal> {
            let (n, d) = r.split_once('/')?;
            let d = &d[..d.find(|c: char| !c.is_ascii_digit()).unwrap_or(d.len())];
            let (n, d): (Decimal, Decimal) = (n.parse().ok()?, d.parse().ok()?);
            n.checked_div(d)
        };
        let rest = &t[e..];
        let written = match rest.as_bytes() {
            [b'/', b'0'..=b'9', ..] => fraction(&t[s..])?,
            [b'-', b'0'..=b'9', ..] => match fraction(&rest[1..]) {
                Some(f) => whole.checked_add(f)?,
                None => whole,
            },
            _ => whole,
        };
        value.checked_div(written)
    }

    /// [`Fact::digits_ratio`], or one for a whole number in words, whose words are its value
    /// (`five`, `two million`).
    pub(crate) fn own_ratio(&self) -> Option<Decimal> {
        self.digits_ratio().or_else(|| {
            self.value
                .filter(|v| v.is_integer() && !self.text.contains(|c: char| c.is_ascii_digit()))
                .map(|_| Decimal::ONE)
        })
    }
}

/// Whether `r` is one, a thousand, a million, a billion or a trillion.
pub(crate) fn power_of_a_thousand(r: Decimal) -> bool {
    [1u64, 1_000, 1_000_000, 1_000_000_000, 1_000_000_000_000]
        .into_iter()
        .any(|p| Decimal::from(p) == r)
}

/// Serde for optional exact decimals: JSON numbers written digit for digit (never through a
/// binary float), as `rust_decimal::serde::arbitrary_precision_option` does. Whole numbers,
/// most values in news, are written as integers directly rather than formatted to a string
/// and parsed back into a JSON number; the text is the same.
pub(crate) mod exact {
    use rust_decimal::Decimal;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &Option<Decimal>, ser: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(d) if d.scale() == 0 && !(d.is_zero() && d.is_sign_negative()) => {
                ser.serialize_i128(d.mantissa())
            }
            _ => rust_decimal::serde::arbitrary_precision_option::serialize(value, ser),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(de: D) -> Result<Option<Decimal>, D::Error> {
        rust_decimal::serde::arbitrary_precision_option::deserialize(de)
    }

    #[cfg(test)]
    mod tests {
        use rust_decimal::Decimal;
        use std::str::FromStr;

        #[derive(serde::Serialize, serde::Deserialize)]
        struct V(#[serde(with = "super")] Option<Decimal>);

        #[test]
        fn decimals_are_written_as_they_print_and_read_back()
        -> Result<(), Box<dyn std::error::Error>> {
            for text in [
                "0",
                "-0",
                "7",
                "-12",
                "100000",
                "1.8",
                "-0.5",
                "2400000000",
                "1.50",
                "0.000001",
                "79228162514264337593543950335",
                "-79228162514264337593543950335",
            ] {
                let d = Decimal::from_str(text)?;
                let json = serde_json::to_string(&V(Some(d)))?;
                assert_eq!(json, d.to_string(), "{text}");
                let back: V = serde_json::from_str(&json)?;
                assert_eq!(back.0, Some(d), "{text}");
            }
            assert_eq!(serde_json::to_string(&V(None))?, "null");
            Ok(())
        }
    }
}
