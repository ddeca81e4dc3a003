//! The review page (`extract --format html`) in a real browser: headless Chromium from
//! Debian's `chromium` package loads the page, dumps the DOM it built (`--dump-dom`) and takes a
//! screenshot.
//!
//! When `/usr/bin/chromium` is missing the tests print why and pass, unless
//! `MARKETFACTS_BROWSER=1` (as `.ci/run` sets, after installing chromium), which makes a missing
//! browser a failure. `MARKETFACTS_SCREENSHOT=PATH` copies the seeds screenshot to PATH:
//! `MARKETFACTS_SCREENSHOT=snapshots/review-seeds.png cargo test --test browser` refreshes the
//! README's picture.

mod common;

use common::{extract_file, shared};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";
const TIMEOUT: Duration = Duration::from_secs(120);

/// The browser, or None (after saying why) when the test should be skipped.
fn chromium(test: &str) -> Option<&'static str> {
    if Path::new(CHROMIUM).exists() {
        return Some(CHROMIUM);
    }
    assert!(
        std::env::var("MARKETFACTS_BROWSER").as_deref() != Ok("1"),
        "MARKETFACTS_BROWSER=1 but {CHROMIUM} is missing: apt-get install -y chromium"
    );
    // Straight to stderr, past the test harness's capture, so the skip is seen.
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED {test}: {CHROMIUM} is missing (apt-get install -y chromium; \
         set MARKETFACTS_BROWSER=1 to make this a failure)"
    );
    None
}

/// A fresh temporary directory, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("marketfacts-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Write the HTML page of `inputs` (run in `dir`) to `page`.
fn write_page(dir: &Path, inputs: &[&str], page: &Path) {
    let out = Command::new(env!("CARGO_BIN_EXE_marketfacts"))
        .args(["extract", "--format", "html"])
        .args(inputs)
        .current_dir(dir)
        .output()
        .expect("run marketfacts");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(page, &out.stdout).expect("write page");
}

/// Run headless Chromium on a local page with a fresh profile; return its standard output.
fn run_chromium(browser: &str, tmp: &Path, args: &[&str], page: &Path) -> String {
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let profile = tmp.join(format!("profile-{n}"));
    std::fs::create_dir_all(&profile).expect("profile dir");
    let path = page.to_str().expect("UTF-8 temp path");
    assert!(
        path.chars()
            .all(|c| c.is_ascii_alphanumeric() || "/-_.".contains(c)),
        "a plain path makes a plain file URL: {path}"
    );
    let start = Instant::now();
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{path}"))
        // Keep caches and config in the temp dir, not in the user's home.
        .env("XDG_CONFIG_HOME", tmp)
        .env("XDG_CACHE_HOME", tmp)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start chromium");
    // Drain both pipes in threads so a large DOM cannot block the browser.
    let drain = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut s = String::new();
            let _ = r.read_to_string(&mut s);
            s
        })
    };
    let stdout = drain(Box::new(child.stdout.take().expect("stdout")));
    let stderr = drain(Box::new(child.stderr.take().expect("stderr")));
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium took more than {TIMEOUT:?}: {args:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let out = stdout.join().unwrap_or_default();
    let err = stderr.join().unwrap_or_default();
    assert!(
        status.success(),
        "chromium {args:?} failed: {status}\n{err}"
    );
    println!("chromium {args:?}: {:.1?}", start.elapsed());
    out
}

/// Text as Chromium's DOM serializer writes it in a text node.
fn dom_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\u{a0}', "&nbsp;")
}

/// The inner HTML of every highlight in `dom`, in document order.
fn marks(dom: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = dom;
    while let Some(p) = rest.find("<mark ") {
        rest = &rest[p..];
        // Attribute values hold no raw `"`, so the first `">` after data-tip ends the tag.
        let tip = rest.find(" data-tip=\"").expect("a highlight has data-tip");
        let open = tip + rest[tip..].find("\">").expect("end of the start tag") + 2;
        let close = open + rest[open..].find("</mark>").expect("</mark>");
        out.push(&rest[open..close]);
        rest = &rest[close..];
    }
    out
}

/// PNG width and height, from the IHDR chunk.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    (be(&png[16..20]), be(&png[20..24]))
}

#[test]
fn seeds_page_has_every_highlight_the_moves_and_the_legend() {
    let Some(browser) = chromium("seeds_page_has_every_highlight_the_moves_and_the_legend") else {
        return;
    };
    let tmp = TempDir::new("browser-seeds");
    let seeds = shared().join("seeds");
    let page = tmp.0.join("seeds.html");
    write_page(&seeds, &["."], &page);

    let dom = run_chromium(browser, &tmp.0, &["--dump-dom"], &page);
    let mut records = Vec::new();
    for name in ["000_5dd1cfdd58ae310d.txt", "002_f6f78b428ae51395.txt"] {
        records.extend(extract_file(&seeds.join(name)));
    }
    // Each article: one highlight per fact, around exactly its text, in order; one table row
    // per market move.
    let articles: Vec<&str> = dom.split("<article id=\"a").skip(1).collect();
    assert_eq!(articles.len(), records.len(), "one <article> per record");
    let mut total = 0;
    for (i, ((_, record), html)) in records.iter().zip(&articles).enumerate() {
        assert!(html.starts_with(&format!("{}\">", i + 1)));
        let found = marks(html);
        let expected: Vec<String> = record.facts.iter().map(|f| dom_text(&f.text)).collect();
        assert_eq!(found, expected, "article {}", i + 1);
        for (j, f) in record.facts.iter().enumerate() {
            let kind = serde_json::to_value(f.kind).expect("kind");
            let kind = kind.as_str().unwrap_or("");
            let tag = format!(
                "<mark class=\"f k-{kind}\" id=\"a{}-f{j}\" tabindex=\"0\" data-tip=\"kind: {kind}",
                i + 1
            );
            assert!(html.contains(&tag), "{tag}");
        }
        assert_eq!(
            html.matches("<tr class=\"move\">").count(),
            record.moves.len(),
            "moves of article {}",
            i + 1
        );
        total += record.facts.len();
    }
    assert!(total >= 10, "the seeds have facts to show");
    assert!(
        !dom.contains("class=\"unplaced\""),
        "every fact is in place"
    );
    assert!(dom.contains("<td>brent crude</td>"));

    // The legend lists every kind with its colour class; a list jumps between the articles.
    let legend = dom
        .split("<ul class=\"legend\"")
        .nth(1)
        .and_then(|s| s.split("</ul>").next())
        .expect("legend");
    assert_eq!(legend.matches("<li class=\"k-").count(), 14);
    assert!(legend.contains("<li class=\"k-percent\">percent<b>2</b></li>"));
    assert!(dom.contains("<nav class=\"toc\""));
    assert!(dom.contains("<a href=\"#a1\">") && dom.contains("<a href=\"#a2\">"));

    // A screenshot: not compared pixel by pixel, only checked to be a real, full-size picture.
    let png_path = tmp.0.join("review-seeds.png");
    let shot = format!("--screenshot={}", png_path.display());
    run_chromium(
        browser,
        &tmp.0,
        &[&shot, "--window-size=1280,2000", "--hide-scrollbars"],
        &page,
    );
    let png = std::fs::read(&png_path).expect("the screenshot was written");
    assert_eq!(png_size(&png), (1280, 2000));
    assert!(png.len() > 50_000, "a blank page compresses to a few KB");
    if let Ok(keep) = std::env::var("MARKETFACTS_SCREENSHOT") {
        std::fs::copy(&png_path, &keep).expect("copy the screenshot");
        println!("screenshot copied to {keep}");
    }
}

#[test]
fn markup_in_an_article_renders_as_text() {
    let Some(browser) = chromium("markup_in_an_article_renders_as_text") else {
        return;
    };
    let tmp = TempDir::new("browser-escape");
    let hostile = serde_json::json!({
        "id": "\"><script>document.title='pwned-id'</script>",
        "title": "<script>alert(1)</script> \"quotes\" & 'apostrophes' up 5%",
        "text": "Shares rose 5% <script>document.title='pwned'</script> \"quotes\" \
                 <img src=x onerror=\"document.title='pwned-img'\"> <b>bold</b> \
                 and oil fell 3% to $88 a barrel.",
    });
    std::fs::write(tmp.0.join("hostile.jsonl"), format!("{hostile}\n")).expect("write input");
    let page = tmp.0.join("hostile.html");
    write_page(&tmp.0, &["hostile.jsonl"], &page);

    let dom = run_chromium(browser, &tmp.0, &["--dump-dom"], &page);
    // No element from the input: the page itself has no script, image or bold text at all.
    for tag in ["<script", "<img", "<b>bold", "<b>\""] {
        assert!(!dom.contains(tag), "{tag} from the input became an element");
    }
    assert!(!dom.contains("pwned</title>") && dom.contains("<title>Review: "));
    // It is all there as text, quotes included.
    assert!(dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt; \"quotes\""));
    assert!(dom.contains("&lt;img src=x onerror=\"document.title='pwned-img'\"&gt;"));
    assert!(dom.contains("&lt;script&gt;alert("));
    assert!(dom.contains("\"quotes\" &amp; 'apostrophes'"));
    assert!(dom.contains("&lt;b&gt;bold&lt;/b&gt;"));
    // The facts around the markup are still highlighted.
    let found = marks(&dom);
    assert!(
        found.contains(&"5%") && found.contains(&"$88 a barrel"),
        "{found:?}"
    );
}
