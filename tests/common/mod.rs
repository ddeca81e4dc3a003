//! Helpers shared by the integration tests.
#![allow(dead_code)]

use marketfacts::{Document, Fact, Field, ReadOptions, Record, extract_document, read_documents};
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// `../shared`, beside the repository.
pub fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// insta settings that keep snapshots in the top-level `snapshots/` folder.
pub fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("snapshots"));
    s.set_prepend_module_to_snapshot(false);
    s
}

/// Read and extract every record of a file, keeping each input document beside its record.
pub fn extract_file(path: &Path) -> Vec<(Document, Record)> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    read_documents(&name, &bytes, ReadOptions::default())
        .into_iter()
        .map(|doc| (doc.clone(), extract_document(doc)))
        .collect()
}

/// The field text a fact's span refers to.
pub fn field_text(doc: &Document, field: Field) -> &str {
    match field {
        Field::Title => doc.title.as_deref().unwrap_or(""),
        Field::Text => &doc.text,
    }
}

/// The span invariants: in bounds, on char boundaries, `field[start..end] == text`, and facts
/// of a field in increasing, non-overlapping order.
pub fn check_spans(doc: &Document, record: &Record) {
    let mut last: Option<(Field, usize)> = None;
    for f in &record.facts {
        let field = field_text(doc, f.field);
        assert!(
            f.start < f.end && f.end <= field.len(),
            "span out of bounds: {f:?}"
        );
        assert!(
            field.is_char_boundary(f.start) && field.is_char_boundary(f.end),
            "{f:?}"
        );
        assert_eq!(&field[f.start..f.end], f.text, "span text differs: {f:?}");
        if let Some((lf, lend)) = last
            && lf == f.field
        {
            assert!(f.start >= lend, "facts overlap or are out of order: {f:?}");
        }
        last = Some((f.field, f.end));
    }
}

/// One readable line per fact: span, sentence, kind, value, unit, rate, qualifier, noun, alt.
pub fn fact_line(f: &Fact) -> String {
    let mut out = format!(
        "{:<5} {:>5}..{:<5} s{:<3} {:<11}",
        match f.field {
            Field::Title => "title",
            Field::Text => "text",
        },
        f.start,
        f.end,
        f.sentence,
        format!("{:?}", f.kind).to_lowercase()
    );
    match (f.value, f.low, f.high) {
        (Some(v), _, _) => write!(out, " {v}").ok(),
        (None, Some(l), Some(h)) => write!(out, " {l}..{h}").ok(),
        _ => None,
    };
    if let Some(u) = &f.unit {
        write!(out, " {u}").ok();
    }
    if let Some(p) = &f.per {
        write!(out, " per {p}").ok();
    }
    if let Some(q) = f.qualifier {
        write!(
            out,
            " [{}]",
            serde_json::to_value(q)
                .map(|v| v.as_str().unwrap_or("").to_string())
                .unwrap_or_default()
        )
        .ok();
    }
    if f.vague {
        out.push_str(" [vague]");
    }
    if let Some(n) = &f.noun {
        write!(out, " noun={n:?}").ok();
    }
    if let Some(a) = &f.alt {
        write!(
            out,
            " alt={} {}",
            a.value.map(|v| v.to_string()).unwrap_or_default(),
            a.unit.as_deref().unwrap_or("")
        )
        .ok();
    }
    write!(out, " | {}", f.text).ok();
    out
}

/// One readable line per move: subject, asset, direction, change, level, from, timing.
pub fn move_line(m: &marketfacts::Move) -> String {
    let q = |q: Option<marketfacts::Qualifier>| {
        q.and_then(|q| serde_json::to_value(q).ok())
            .and_then(|v| v.as_str().map(|s| format!(" [{s}]")))
            .unwrap_or_default()
    };
    let meas = |name: &str, m: &Option<marketfacts::Measure>| match m {
        Some(m) => format!(
            " {name}={}{}{}{}{}",
            m.value.map(|v| v.to_string()).unwrap_or_else(|| format!(
                "{}..{}",
                m.low.map(|v| v.to_string()).unwrap_or_default(),
                m.high.map(|v| v.to_string()).unwrap_or_default()
            )),
            m.unit
                .as_deref()
                .map(|u| format!(" {u}"))
                .unwrap_or_default(),
            m.per
                .as_deref()
                .map(|p| format!(" per {p}"))
                .unwrap_or_default(),
            m.noun
                .as_deref()
                .map(|n| format!(" {n:?}"))
                .unwrap_or_default(),
            q(m.qualifier)
        ),
        None => String::new(),
    };
    let dir = m
        .direction
        .and_then(|d| serde_json::to_value(d).ok())
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "-".into());
    format!(
        "s{:<3} {:?} asset={} {dir}{}{}{}{} | {}",
        m.sentence,
        m.subject,
        m.asset.as_deref().unwrap_or("-"),
        meas("change", &m.change),
        meas("level", &m.level),
        meas("from", &m.from),
        m.timing
            .as_deref()
            .map(|t| format!(" timing={t:?}"))
            .unwrap_or_default(),
        m.text
    )
}
