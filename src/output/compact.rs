//! The compact JSON of a [`Record`], written directly: the same bytes as
//! `serde_json::to_writer` (a test holds the two equal on the seeds, corpus records and
//! generated ones), in a fraction of its instructions. The types and their serde attributes
//! stay the definition of the contract; this is only the fast way to write it.
//!
//! Strings are escaped as serde_json escapes them (`"`, `\`, and control characters: the
//! short forms `\b \t \n \f \r`, `\u00XX` for the others), runs of plain bytes copied whole;
//! exact decimals are written as `fact::exact` writes them; unit enums through serde.

use super::Record;
use crate::document::{RecordError, Source};
use crate::fact::{Alt, Fact, Field, Qualifier};
use crate::lexicon::tables::Direction;
use crate::market::{Measure, Move};
use rust_decimal::Decimal;
use serde::Serialize;

/// Append the compact JSON of `record` to `out`.
pub fn write_record(out: &mut Vec<u8>, r: &Record) {
    out.extend_from_slice(b"{\"id\":");
    string(out, &r.id);
    out.extend_from_slice(b",\"title\":");
    opt_string(out, r.title.as_deref());
    out.extend_from_slice(b",\"date\":");
    opt_string(out, r.date.as_deref());
    out.extend_from_slice(if r.tokenized {
        b",\"tokenized\":true,\"source\":"
    } else {
        b",\"tokenized\":false,\"source\":"
    });
    source(out, &r.source);
    out.extend_from_slice(b",\"facts\":");
    list(out, &r.facts, fact);
    out.extend_from_slice(b",\"moves\":");
    list(out, &r.moves, move_);
    out.extend_from_slice(b",\"errors\":");
    list(out, &r.errors, error);
    out.push(b'}');
}

fn list<T>(out: &mut Vec<u8>, items: &[T], write: fn(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write(out, item);
    }
    out.push(b']');
}

fn source(out: &mut Vec<u8>, s: &Source) {
    out.extend_from_slice(b"{\"file\":");
    string(out, &s.file);
    out.extend_from_slice(b",\"record\":");
    number(out, s.record);
    out.extend_from_slice(b",\"offset\":");
    number(out, s.offset);
    out.extend_from_slice(b",\"title_offset\":");
    opt_number(out, s.title_offset);
    out.extend_from_slice(b",\"text_offset\":");
    opt_number(out, s.text_offset);
    out.push(b'}');
}

fn fact(out: &mut Vec<u8>, f: &Fact) {
    out.extend_from_slice(b"{\"kind\":");
    name(out, f.kind.name());
    out.push(b',');
    amount(
        out,
        [f.value, f.low, f.high],
        f.unit.as_deref(),
        f.per.as_deref(),
        f.qualifier.map(Qualifier::name),
    );
    out.extend_from_slice(if f.vague {
        b",\"vague\":true,\"noun\":"
    } else {
        b",\"vague\":false,\"noun\":"
    });
    opt_string(out, f.noun.as_deref());
    out.extend_from_slice(b",\"alt\":");
    match &f.alt {
        Some(a) => alt(out, a),
        None => out.extend_from_slice(b"null"),
    }
    located(out, f.field, f.start, f.end, &f.text, f.sentence);
}

/// The amount fields a fact and a measure share, `"value"` to `"qualifier"`.
fn amount(
    out: &mut Vec<u8>,
    [value, low, high]: [Option<Decimal>; 3],
    unit: Option<&str>,
    per: Option<&str>,
    qualifier: Option<&str>,
) {
    out.extend_from_slice(b"\"value\":");
    decimal(out, value);
    out.extend_from_slice(b",\"low\":");
    decimal(out, low);
    out.extend_from_slice(b",\"high\":");
    decimal(out, high);
    out.extend_from_slice(b",\"unit\":");
    opt_string(out, unit);
    out.extend_from_slice(b",\"per\":");
    opt_string(out, per);
    out.extend_from_slice(b",\"qualifier\":");
    opt_name(out, qualifier);
}

/// Where a fact or a move was found, the fields that end it, and its closing brace.
fn located(out: &mut Vec<u8>, field: Field, start: usize, end: usize, text: &str, sentence: usize) {
    out.extend_from_slice(b",\"field\":");
    name(out, field.name());
    out.extend_from_slice(b",\"start\":");
    number(out, start);
    out.extend_from_slice(b",\"end\":");
    number(out, end);
    out.extend_from_slice(b",\"text\":");
    string(out, text);
    out.extend_from_slice(b",\"sentence\":");
    number(out, sentence);
    out.push(b'}');
}

fn alt(out: &mut Vec<u8>, a: &Alt) {
    out.extend_from_slice(b"{\"value\":");
    decimal(out, a.value);
    out.extend_from_slice(b",\"unit\":");
    opt_string(out, a.unit.as_deref());
    out.push(b'}');
}

fn measure(out: &mut Vec<u8>, m: Option<&Measure>) {
    let Some(m) = m else {
        out.extend_from_slice(b"null");
        return;
    };
    out.push(b'{');
    amount(
        out,
        [m.value, m.low, m.high],
        m.unit.as_deref(),
        m.per.as_deref(),
        m.qualifier.map(Qualifier::name),
    );
    out.extend_from_slice(b",\"noun\":");
    opt_string(out, m.noun.as_deref());
    out.push(b'}');
}

fn move_(out: &mut Vec<u8>, m: &Move) {
    out.extend_from_slice(b"{\"subject\":");
    string(out, &m.subject);
    out.extend_from_slice(b",\"asset\":");
    opt_string(out, m.asset.as_deref());
    out.extend_from_slice(b",\"direction\":");
    opt_name(out, m.direction.map(Direction::name));
    out.extend_from_slice(b",\"change\":");
    measure(out, m.change.as_ref());
    out.extend_from_slice(b",\"level\":");
    measure(out, m.level.as_ref());
    out.extend_from_slice(b",\"from\":");
    measure(out, m.from.as_ref());
    out.extend_from_slice(b",\"timing\":");
    opt_string(out, m.timing.as_deref());
    located(out, m.field, m.start, m.end, &m.text, m.sentence);
}

fn error(out: &mut Vec<u8>, e: &RecordError) {
    out.extend_from_slice(b"{\"kind\":");
    unit_variant(out, &e.kind);
    out.extend_from_slice(b",\"offset\":");
    number(out, e.offset);
    out.extend_from_slice(b",\"message\":");
    string(out, &e.message);
    out.push(b'}');
}

/// The name of a unit enum variant (a quoted snake_case name, which needs no escape).
fn name(out: &mut Vec<u8>, name: &str) {
    out.push(b'"');
    out.extend_from_slice(name.as_bytes());
    out.push(b'"');
}

fn opt_name(out: &mut Vec<u8>, n: Option<&str>) {
    match n {
        Some(n) => name(out, n),
        None => out.extend_from_slice(b"null"),
    }
}

/// A unit enum variant, by serde (a quoted snake_case name).
fn unit_variant<T: Serialize>(out: &mut Vec<u8>, v: &T) {
    // Writing to a Vec cannot fail, and these enums always serialize.
    let _ = serde_json::to_writer(&mut *out, v);
}

fn number(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

fn opt_number(out: &mut Vec<u8>, n: Option<usize>) {
    match n {
        Some(n) => number(out, n),
        None => out.extend_from_slice(b"null"),
    }
}

/// An exact decimal, as [`crate::fact::exact`] serializes it: whole values by their
/// mantissa, others as they print.
fn decimal(out: &mut Vec<u8>, d: Option<Decimal>) {
    match d {
        None => out.extend_from_slice(b"null"),
        Some(d) if d.scale() == 0 && !(d.is_zero() && d.is_sign_negative()) => {
            out.extend_from_slice(itoa::Buffer::new().format(d.mantissa()).as_bytes());
        }
        // Decimal's Display: the digits of the mantissa with the point `scale` digits from
        // the right, a zero before a leading point, the sign of negative values.
        Some(d) if d.scale() > 0 && !d.is_zero() => {
            let m = d.mantissa();
            if m < 0 {
                out.push(b'-');
            }
            let mut buf = itoa::Buffer::new();
            let digits = buf.format(m.unsigned_abs()).as_bytes();
            let scale = d.scale() as usize;
            match digits.len().checked_sub(scale) {
                Some(whole) if whole > 0 => {
                    out.extend_from_slice(&digits[..whole]);
                    out.push(b'.');
                    out.extend_from_slice(&digits[whole..]);
                }
                _ => {
                    out.extend_from_slice(b"0.");
                    out.resize(out.len() + scale - digits.len(), b'0');
                    out.extend_from_slice(digits);
                }
            }
        }
        Some(d) => {
            use std::io::Write;
            let _ = write!(out, "{d}");
        }
    }
}

fn opt_string(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// A JSON string, escaped as serde_json escapes.
fn string(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    let mut from = 0;
    while let Some(p) = crate::document::json_special_byte(&b[from..]) {
        let at = from + p;
        out.extend_from_slice(&b[from..at]);
        let c = b[at];
        match c {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x09 => out.extend_from_slice(b"\\t"),
            0x0a => out.extend_from_slice(b"\\n"),
            0x0c => out.extend_from_slice(b"\\f"),
            0x0d => out.extend_from_slice(b"\\r"),
            _ => out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(c >> 4)],
                HEX[usize::from(c & 0xf)],
            ]),
        }
        from = at + 1;
    }
    out.extend_from_slice(&b[from..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fact::{Field, Kind, Qualifier};
    use proptest::prelude::*;

    /// Every variant the JSON Schema lists, read back by serde: its `name` is what serde
    /// writes.
    fn names_agree<T>(name: fn(T) -> &'static str)
    where
        T: schemars::JsonSchema + serde::de::DeserializeOwned + Serialize + Copy,
    {
        let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap_or_default();
        // Documented variants are listed as `oneOf` constants, others as an `enum`.
        let mut variants = schema["enum"].as_array().cloned().unwrap_or_default();
        if let Some(one_of) = schema["oneOf"].as_array() {
            variants.extend(one_of.iter().map(|v| v["const"].clone()));
        }
        assert!(variants.len() >= 2, "{schema}");
        for v in variants {
            // A schema constant serde cannot read back is a failure this test reports.
            let variant = serde_json::from_value::<T>(v.clone());
            assert!(variant.is_ok(), "{v} does not read back");
            if let Ok(variant) = variant {
                assert_eq!(serde_json::to_value(variant).ok(), Some(v.clone()));
                assert_eq!(Some(name(variant)), v.as_str());
            }
        }
    }

    proptest! {
        #![proptest_config(crate::proptest_cases(20_000))]
        /// Decimals are written as they print, whatever their mantissa, scale and sign.
        #[test]
        fn decimals_are_written_as_they_print(
            m in prop_oneof![any::<i64>().prop_map(i128::from), -99_999i128..99_999, any::<i128>()],
            scale in 0u32..=28,
            negative in any::<bool>(),
        ) {
            let m = m.clamp(-(1i128 << 95) + 1, (1i128 << 95) - 1);
            let Ok(mut d) = Decimal::try_from_i128_with_scale(m, scale) else {
                return Ok(());
            };
            d.set_sign_negative(negative ^ d.is_sign_negative());
            let mut out = Vec::new();
            decimal(&mut out, Some(d));
            let expected = if d.scale() == 0 && !(d.is_zero() && d.is_sign_negative()) {
                d.mantissa().to_string()
            } else {
                d.to_string()
            };
            prop_assert_eq!(String::from_utf8(out).unwrap_or_default(), expected);
        }
    }

    #[test]
    fn variant_names_are_serde_names() {
        names_agree::<Kind>(Kind::name);
        names_agree::<Qualifier>(Qualifier::name);
        names_agree::<Field>(Field::name);
        names_agree::<crate::Direction>(crate::Direction::name);
    }

    fn by_serde(r: &Record) -> Vec<u8> {
        serde_json::to_vec(r).unwrap_or_default()
    }

    fn by_hand(r: &Record) -> Vec<u8> {
        let mut out = Vec::new();
        write_record(&mut out, r);
        out
    }

    #[test]
    fn records_of_the_seeds_and_a_corpus_are_written_as_serde_writes_them() {
        let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
        let corpus = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/bench/corpora/bbc.jsonl"
        );
        let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(seeds)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        paths.push(corpus.into());
        let mut records = 0;
        for path in paths {
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            let name = path.to_string_lossy();
            let docs = crate::read_documents(&name, &bytes, Default::default());
            for doc in docs.iter().step_by(7) {
                let r = crate::extract(doc);
                assert_eq!(by_hand(&r), by_serde(&r), "{}", r.id);
                records += 1;
            }
        }
        assert!(records > 100, "{records} records");
    }

    fn strings() -> impl Strategy<Value = String> {
        "[a-z \"\\\\/\u{0}-\u{1f}\u{7f}é€😀]{0,12}"
    }

    fn decimals() -> impl Strategy<Value = Option<Decimal>> {
        proptest::option::of(prop_oneof![
            (any::<i64>(), 0u32..12).prop_map(|(m, s)| Decimal::new(m, s)),
            // Negative zero, whole and not.
            (0u32..3).prop_map(|s| Decimal::from_parts(0, 0, 0, true, s)),
        ])
    }

    proptest! {
        #![proptest_config(crate::proptest_cases(500))]
        #[test]
        fn generated_records_are_written_as_serde_writes_them(
            text in strings(),
            unit in proptest::option::of(strings()),
            value in decimals(),
            low in decimals(),
            start in any::<usize>(),
            vague in any::<bool>(),
            qualified in any::<bool>(),
        ) {
            let unit: Option<std::borrow::Cow<'static, str>> = unit.map(Into::into);
            let f = Fact {
                kind: Kind::Money,
                value,
                low,
                high: value,
                unit: unit.clone(),
                per: unit.clone(),
                qualifier: qualified.then_some(Qualifier::UpTo),
                vague,
                noun: Some(text.as_str().into()),
                alt: Some(Alt { value: low, unit: None }),
                field: Field::Title,
                start,
                end: start / 2,
                text: text.as_str().into(),
                sentence: 3,
            };
            let m = Move {
                subject: text.as_str().into(),
                asset: unit.clone(),
                direction: None,
                change: Some(Measure {
                    value,
                    low,
                    high: None,
                    unit: unit.clone(),
                    per: None,
                    qualifier: None,
                    noun: vague.then(|| text.as_str().into()),
                }),
                level: None,
                from: None,
                timing: Some(text.as_str().into()),
                field: Field::Text,
                start: 1,
                end: 2,
                text: text.as_str().into(),
                sentence: 0,
            };
            let r = Record {
                id: text.clone(),
                title: unit.clone().map(Into::into),
                date: None,
                tokenized: vague,
                source: Source { file: text.clone(), record: 1, offset: start, title_offset: None, text_offset: Some(7) },
                facts: vec![f.clone(), f],
                moves: vec![m],
                errors: vec![RecordError { kind: crate::document::ErrorKind::BadJson, offset: 3, message: text }],
            };
            prop_assert_eq!(by_hand(&r), by_serde(&r));
        }
    }
}
