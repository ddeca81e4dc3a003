//! Scoring extraction against gold files (the format of `../shared/bench/gold/`).
//!
//! The matching is the one of `score.py`, so both give the same figures on the same output: for
//! each gold fact in order, the unused predicted facts of the same case with the same value
//! (or the same low and high) are candidates, and the one matching on the most levels is taken.
//! Three levels are scored: value; value and unit (case-insensitive, null equals null); value,
//! unit and kind.

use crate::document::{Document, Source};
use crate::fact::Fact;
use crate::{Record, extract_document};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};

/// The three scoring levels, in order.
pub const LEVELS: [&str; 3] = ["value", "value+unit", "value+unit+kind"];

/// One gold case: a text and the facts it must give.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldCase {
    /// Case id.
    pub id: Value,
    /// Which suite it comes from.
    #[serde(default)]
    pub source: Option<String>,
    /// The text to extract from.
    pub text: String,
    /// The expected facts (loosely typed: values may be strings or numbers).
    pub expected: Vec<Value>,
}

impl GoldCase {
    /// The id as a string (ids may be numbers in hand-made files).
    pub fn id_string(&self) -> String {
        match &self.id {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        }
    }
}

/// A decimal from a JSON value (number or string), normalized; None for null or junk.
fn dec(v: Option<&Value>) -> Option<Decimal> {
    let text = match v? {
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        _ => return None,
    };
    let d = text
        .parse::<Decimal>()
        .or_else(|_| Decimal::from_scientific(&text))
        .ok()?;
    Some(d.normalize())
}

/// The value a fact is matched on: its value, or its (low, high) pair.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Key {
    Value(Decimal),
    Range(Option<Decimal>, Option<Decimal>),
}

fn key_of(f: &Value) -> Option<Key> {
    if let Some(v) = dec(f.get("value")) {
        return Some(Key::Value(v));
    }
    let (lo, hi) = (dec(f.get("low")), dec(f.get("high")));
    (lo.is_some() || hi.is_some()).then_some(Key::Range(lo, hi))
}

fn unit_of(f: &Value) -> Option<String> {
    f.get("unit").and_then(Value::as_str).map(str::to_lowercase)
}

fn hits(g: &Value, f: &Value) -> [bool; 3] {
    let same_unit = unit_of(g) == unit_of(f);
    let same_kind = g.get("kind") == f.get("kind");
    [true, same_unit, same_unit && same_kind]
}

/// Found counts of one case, and what was missed or spurious.
#[derive(Debug, Clone, Default)]
pub struct CaseScore {
    /// Gold facts found, per level.
    pub found: [usize; 3],
    /// Gold facts not found at the strictest level, with why: `value`, `unit` or `kind`.
    pub misses: Vec<Value>,
    /// Predicted facts no gold fact took.
    pub spurious: Vec<Value>,
}

/// Score one case's predicted facts (as JSON) against its expected facts.
pub fn score_case(expected: &[Value], facts: &[Value]) -> CaseScore {
    let mut score = CaseScore::default();
    let mut free: Vec<usize> = (0..facts.len()).collect();
    for g in expected {
        let gk = key_of(g);
        let cands: Vec<usize> = free
            .iter()
            .copied()
            .filter(|&j| gk.is_some() && key_of(&facts[j]) == gk)
            .collect();
        if cands.is_empty() {
            score
                .misses
                .push(serde_json::json!({"gold": g, "why": "value"}));
            continue;
        }
        // The first candidate with the most level hits, as Python's max() picks.
        let mut best = cands[0];
        let mut best_hits = hits(g, &facts[best]).iter().filter(|h| **h).count();
        for &j in &cands[1..] {
            let n = hits(g, &facts[j]).iter().filter(|h| **h).count();
            if n > best_hits {
                best = j;
                best_hits = n;
            }
        }
        free.retain(|&j| j != best);
        let h = hits(g, &facts[best]);
        for (found, hit) in score.found.iter_mut().zip(h) {
            *found += usize::from(hit);
        }
        if !h[2] {
            let got: serde_json::Map<String, Value> = ["kind", "value", "unit", "text"]
                .iter()
                .map(|k| {
                    (
                        k.to_string(),
                        facts[best].get(*k).cloned().unwrap_or(Value::Null),
                    )
                })
                .collect();
            let why = if h[1] { "kind" } else { "unit" };
            score
                .misses
                .push(serde_json::json!({"gold": g, "why": why, "got": got}));
        }
    }
    score.spurious = free
        .into_iter()
        .map(|j| {
            let f = &facts[j];
            serde_json::json!({
                "kind": f.get("kind"), "value": f.get("value"),
                "unit": f.get("unit"), "text": f.get("text"),
            })
        })
        .collect();
    score
}

/// Precision, recall and F1 in percent, rounded to one decimal as `score.py` prints them.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Prf {
    /// Precision.
    #[serde(rename = "P")]
    pub p: f64,
    /// Recall.
    #[serde(rename = "R")]
    pub r: f64,
    /// F1.
    #[serde(rename = "F1")]
    pub f1: f64,
}

fn round1(x: f64) -> f64 {
    // Format rounds the exact binary value half-to-even, as Python's round() does.
    format!("{x:.1}").parse().unwrap_or(x)
}

fn prf(found: usize, gold: usize, pred: usize) -> Prf {
    let p = if pred > 0 {
        found as f64 / pred as f64
    } else {
        0.0
    };
    let r = if gold > 0 {
        found as f64 / gold as f64
    } else {
        0.0
    };
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    Prf {
        p: round1(100.0 * p),
        r: round1(100.0 * r),
        f1: round1(100.0 * f1),
    }
}

/// Totals of a group of cases.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals {
    /// Gold facts.
    pub gold: usize,
    /// Predicted facts.
    pub predicted: usize,
    /// Found per level.
    pub found: [usize; 3],
}

impl Totals {
    fn add(&mut self, gold: usize, predicted: usize, found: [usize; 3]) {
        self.gold += gold;
        self.predicted += predicted;
        for (t, f) in self.found.iter_mut().zip(found) {
            *t += f;
        }
    }

    /// The report row of these totals, in `score.py`'s JSON shape.
    pub fn row(&self, source: &str) -> Value {
        let mut row = serde_json::json!({
            "source": source, "gold": self.gold, "predicted": self.predicted,
        });
        for (level, found) in LEVELS.iter().zip(self.found) {
            row[*level] =
                serde_json::to_value(prf(found, self.gold, self.predicted)).unwrap_or(Value::Null);
        }
        row
    }

    /// F1 at a level.
    pub fn f1(&self, level: usize) -> f64 {
        prf(self.found[level], self.gold, self.predicted).f1
    }
}

/// The result of an evaluation.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Totals per source, and `all`.
    pub by_source: BTreeMap<String, Totals>,
    /// Totals over the in-scope cases only (all cases minus the out-of-scope list).
    pub in_scope: Totals,
    /// Every case with a miss or a spurious fact.
    pub misses: Vec<Value>,
    /// Each case's output record, for `--predictions`.
    pub predictions: Vec<Value>,
}

/// Extract one gold case's text as a document.
pub fn extract_case(case: &GoldCase) -> Record {
    let doc = Document {
        id: case.id_string(),
        title: None,
        date: None,
        text: case.text.clone(),
        source: Source {
            file: "gold".into(),
            record: 0,
            offset: 0,
            title_offset: None,
            text_offset: None,
        },
        errors: Vec::new(),
    };
    extract_document(doc)
}

fn fact_json(f: &Fact) -> Value {
    serde_json::to_value(f).unwrap_or(Value::Null)
}

/// Evaluate extraction on gold cases. `out_of_scope` lists case ids left out of the in-scope
/// figure (they are still counted in `all`).
pub fn evaluate(cases: &[GoldCase], out_of_scope: &HashSet<String>) -> Report {
    let mut report = Report::default();
    for case in cases {
        let record = extract_case(case);
        let facts: Vec<Value> = record.facts.iter().map(fact_json).collect();
        let score = score_case(&case.expected, &facts);
        let source = case.source.clone().unwrap_or_else(|| "?".into());
        for key in ["all".to_string(), source] {
            report.by_source.entry(key).or_default().add(
                case.expected.len(),
                facts.len(),
                score.found,
            );
        }
        let id = case.id_string();
        if !out_of_scope.contains(&id) {
            report
                .in_scope
                .add(case.expected.len(), facts.len(), score.found);
        }
        if !score.misses.is_empty() || !score.spurious.is_empty() {
            report.misses.push(serde_json::json!({
                "id": case.id, "text": case.text,
                "misses": score.misses, "spurious": score.spurious,
            }));
        }
        report
            .predictions
            .push(serde_json::json!({"id": case.id, "facts": facts}));
    }
    report
}

/// Case ids named in an out-of-scope file: every `` `id` `` in backticks at the start of a
/// list item (`- `).
pub fn parse_out_of_scope(text: &str) -> HashSet<String> {
    text.lines()
        .filter_map(|l| l.trim_start().strip_prefix("- `"))
        .filter_map(|l| l.split_once('`').map(|(id, _)| id.to_string()))
        .collect()
}

/// A table for people: P, R, F1 per level, per source.
pub fn table(report: &Report) -> String {
    let mut out = String::new();
    out += &format!(
        "{:<28} {:>5} {:>5}  {:>17}  {:>17}  {:>17}\n",
        "source", "gold", "pred", "value P/R/F1", "value+unit P/R/F1", "+kind P/R/F1"
    );
    let mut line = |name: &str, t: &Totals| {
        let cells: Vec<String> = (0..3)
            .map(|l| {
                let x = prf(t.found[l], t.gold, t.predicted);
                format!("{:>5.1} {:>5.1} {:>5.1}", x.p, x.r, x.f1)
            })
            .collect();
        out += &format!(
            "{:<28} {:>5} {:>5}  {}  {}  {}\n",
            name, t.gold, t.predicted, cells[0], cells[1], cells[2]
        );
    };
    for (name, t) in report.by_source.iter().filter(|(n, _)| *n != "all") {
        line(name, t);
    }
    if let Some(all) = report.by_source.get("all") {
        line("all", all);
    }
    line("in scope", &report.in_scope);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn greedy_matching_prefers_the_candidate_matching_more_levels() {
        let expected = [json!({"kind": "money", "value": "5", "unit": "USD"})];
        let facts = [
            json!({"kind": "number", "value": 5, "unit": null}),
            json!({"kind": "money", "value": 5, "unit": "usd"}),
        ];
        let s = score_case(&expected, &facts);
        assert_eq!(s.found, [1, 1, 1]);
        assert_eq!(s.spurious.len(), 1);
    }

    #[test]
    fn ranges_match_on_both_ends_and_rounding_is_half_even() {
        let expected =
            [json!({"kind": "percent", "value": null, "low": "5", "high": "10.0", "unit": "%"})];
        let facts = [json!({"kind": "percent", "value": null, "low": 5, "high": 10, "unit": "%"})];
        assert_eq!(score_case(&expected, &facts).found, [1, 1, 1]);
        assert_eq!(round1(0.25), 0.2);
        assert_eq!(round1(66.66666), 66.7);
    }

    #[test]
    fn out_of_scope_ids_are_read_from_list_items() {
        let ids = parse_out_of_scope("# x\n- `a:1` why\n  - `b:2` — more\nnot `c:3`\n");
        assert!(ids.contains("a:1") && ids.contains("b:2") && !ids.contains("c:3"));
    }
}
