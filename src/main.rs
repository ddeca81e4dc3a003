//! The `marketfacts` command line.

use clap::{Parser, Subcommand};
use marketfacts::output::{Csv, Html, JsonLines, Sink};
use marketfacts::{ReadOptions, extract_document, read_documents};
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Extract quantitative facts from news articles as typed JSON.
#[derive(Parser, Debug)]
#[command(name = "marketfacts", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract facts: one JSON object per input record (JSON Lines), in input order.
    Extract(ExtractArgs),
    /// Print the JSON Schema (draft 2020-12) of one output record of `extract`.
    Schema,
}

#[derive(clap::Args, Debug)]
struct ExtractArgs {
    /// Files or directories (read recursively, in name order); standard input when none.
    paths: Vec<PathBuf>,
    /// Indent the JSON for people (one document per record, no longer one per line).
    #[arg(long)]
    pretty: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of skipping the field.
    #[arg(long)]
    lossy: bool,
    /// Output format: JSON Lines (every record), CSV (one row per market move), or HTML (one
    /// self-contained review page of the articles with their facts highlighted).
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
}

/// Output formats of `extract`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// JSON Lines: one object per input record (the JSON contract).
    Json,
    /// CSV, RFC 4180: a header, then one row per market move.
    Csv,
    /// HTML: one self-contained review page, written once all input is read.
    Html,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Extract(args) => match extract(&args) {
            Ok(had_errors) => ExitCode::from(u8::from(had_errors)),
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("marketfacts: {e}");
                ExitCode::from(2)
            }
        },
        Command::Schema => match print_schema() {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("marketfacts: {e}");
                ExitCode::from(2)
            }
        },
    }
}

/// Print the JSON Schema of a record, indented, with a final newline.
fn print_schema() -> io::Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, &marketfacts::schema::record_schema())?;
    out.write_all(b"\n")?;
    out.flush()
}

/// Expand directories into their files, recursively, in a stable (sorted) order.
fn expand(paths: &[PathBuf], out: &mut Vec<PathBuf>, errors: &mut Vec<String>) {
    for p in paths {
        if p.is_dir() {
            match std::fs::read_dir(p) {
                Ok(rd) => {
                    let mut children: Vec<PathBuf> =
                        rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
                    children.sort();
                    expand(&children, out, errors);
                }
                Err(e) => errors.push(format!("{}: {e}", p.display())),
            }
        } else {
            out.push(p.clone());
        }
    }
}

/// Run extraction; Ok(true) when some input had errors.
fn extract(args: &ExtractArgs) -> io::Result<bool> {
    let opts = ReadOptions { lossy: args.lossy };
    let out = BufWriter::new(io::stdout().lock());
    let mut sink: Box<dyn Sink> = match args.format {
        Format::Json => Box::new(JsonLines::new(out, args.pretty)),
        Format::Csv => Box::new(Csv::new(out)),
        Format::Html => Box::new(Html::new(out)),
    };
    let mut had_errors = false;
    let mut inputs = Vec::new();
    let mut expand_errors = Vec::new();
    expand(&args.paths, &mut inputs, &mut expand_errors);
    for e in expand_errors {
        eprintln!("marketfacts: {e}");
        had_errors = true;
    }
    let mut emit = |name: &str, bytes: &[u8]| -> io::Result<bool> {
        let mut errors = false;
        for doc in read_documents(name, bytes, opts) {
            // The spans point into the text, which the record does not carry: keep it for
            // the sinks that show the article.
            let text = doc.text.clone();
            let record = extract_document(doc);
            for e in &record.errors {
                eprintln!("marketfacts: {}", e.message);
                errors = true;
            }
            sink.article(&record, &text)?;
        }
        Ok(errors)
    };
    if args.paths.is_empty() {
        let mut bytes = Vec::new();
        io::stdin().lock().read_to_end(&mut bytes)?;
        had_errors |= emit("-", &bytes)?;
    }
    for path in &inputs {
        let name = display(path);
        match std::fs::read(path) {
            Ok(bytes) => had_errors |= emit(&name, &bytes)?,
            Err(e) => {
                eprintln!("marketfacts: {name}: {e}");
                had_errors = true;
            }
        }
    }
    sink.finish()?;
    Ok(had_errors)
}

fn display(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}
