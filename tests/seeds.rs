//! Snapshot and acceptance tests on the two sample articles of `../shared/seeds/`.

mod common;

use common::{check_spans, extract_file, fact_line, move_line, settings, shared};
use marketfacts::{Direction, Fact, Kind, Move, Qualifier};
use rust_decimal::Decimal;

const RECORDS: &str = "000_5dd1cfdd58ae310d.txt";
const TOKENIZED: &str = "002_f6f78b428ae51395.txt";

fn seed(name: &str) -> Vec<Fact> {
    let path = shared().join("seeds").join(name);
    let out = extract_file(&path);
    assert_eq!(out.len(), 1, "one record per seed");
    for (doc, rec) in &out {
        check_spans(doc, rec);
        assert!(rec.errors.is_empty(), "{:?}", rec.errors);
    }
    out.into_iter().flat_map(|(_, r)| r.facts).collect()
}

fn dec(s: &str) -> Decimal {
    s.parse().expect("decimal literal")
}

fn find<'f>(facts: &'f [Fact], pred: impl Fn(&Fact) -> bool, what: &str) -> &'f Fact {
    facts.iter().find(|f| pred(f)).unwrap_or_else(|| {
        let all: Vec<_> = facts.iter().map(fact_line).collect();
        panic!("missing {what}; facts:\n{}", all.join("\n"))
    })
}

#[test]
fn seeds_snapshot_one_line_per_fact() {
    insta::glob!("../../shared/seeds", "*.txt", |path| {
        let out = extract_file(path);
        let mut text = String::new();
        for (doc, rec) in &out {
            check_spans(doc, rec);
            text += &format!("# {} tokenized={}\n", rec.id, rec.tokenized);
            for f in &rec.facts {
                text += &fact_line(f);
                text.push('\n');
            }
            text += "## moves\n";
            for m in &rec.moves {
                text += &move_line(m);
                text.push('\n');
            }
        }
        settings().bind(|| insta::assert_snapshot!(text));
    });
}

#[test]
fn seed_in_record_form_gives_the_required_facts() {
    let facts = seed(RECORDS);
    let drones = find(
        &facts,
        |f| f.text.contains("300"),
        "300 drones and missiles",
    );
    assert_eq!(drones.kind, Kind::Count);
    assert_eq!(drones.value, Some(dec("300")));
    assert_eq!(drones.qualifier, Some(Qualifier::MoreThan));
    assert_eq!(drones.noun.as_deref(), Some("drones and missiles"));
    let generals = find(
        &facts,
        |f| f.noun.as_deref() == Some("top generals"),
        "two top generals",
    );
    assert_eq!(
        (generals.kind, generals.value),
        (Kind::Count, Some(dec("2")))
    );
}

#[test]
fn seed_in_tokenized_form_gives_the_required_facts() {
    let facts = seed(TOKENIZED);
    let brent = find(&facts, |f| f.text == "1 . 8 %", "1 . 8 %");
    assert_eq!(
        (brent.kind, brent.value, brent.unit.as_deref()),
        (Kind::Percent, Some(dec("1.8")), Some("%"))
    );
    let barrel = find(&facts, |f| f.per.as_deref() == Some("bbl"), "$ 88 a barrel");
    assert_eq!(
        (barrel.kind, barrel.value, barrel.unit.as_deref()),
        (Kind::Money, Some(dec("88")), Some("USD"))
    );
    let peak = find(&facts, |f| f.text.contains("3 . 5"), "as much as 3 . 5 %");
    assert_eq!(
        (peak.value, peak.qualifier),
        (Some(dec("3.5")), Some(Qualifier::UpTo))
    );
    let gold = find(
        &facts,
        |f| f.per.as_deref() == Some("oz"),
        "nearly $ 2 , 400 an ounce",
    );
    assert_eq!(
        (gold.value, gold.unit.as_deref(), gold.qualifier),
        (Some(dec("2400")), Some("USD"), Some(Qualifier::Approx))
    );
    let dist = find(
        &facts,
        |f| f.unit.as_deref() == Some("km"),
        "60km ( 45 miles )",
    );
    assert_eq!(dist.value, Some(dec("60")));
    let alt = dist.alt.as_ref().expect("dual unit");
    assert_eq!(
        (alt.value, alt.unit.as_deref()),
        (Some(dec("45")), Some("mi"))
    );
    let vague = find(&facts, |f| f.vague, "hundreds of missiles");
    assert_eq!(
        (vague.low, vague.high),
        (Some(dec("200")), Some(dec("1000")))
    );
}

#[test]
fn seeds_give_no_facts_from_phones_dates_names_or_pronouns() {
    for name in [RECORDS, TOKENIZED] {
        for f in seed(name) {
            for bad in [
                "7756",
                "165803",
                "+44",
                "april",
                "April",
                "g7",
                "G7",
                "one mocked",
            ] {
                assert!(
                    !f.text.contains(bad),
                    "{name}: fact from {bad:?}: {}",
                    fact_line(&f)
                );
            }
            assert_ne!(f.text, "one", "{name}: pronoun 'one' as a fact");
        }
    }
}

fn seed_moves(name: &str) -> Vec<Move> {
    let path = shared().join("seeds").join(name);
    extract_file(&path)
        .into_iter()
        .flat_map(|(_, r)| r.moves)
        .collect()
}

fn assert_oil_and_gold_moves(moves: &[Move]) {
    let all = || moves.iter().map(move_line).collect::<Vec<_>>().join("\n");
    let brent = moves
        .iter()
        .find(|m| m.subject.eq_ignore_ascii_case("brent crude"))
        .unwrap_or_else(|| panic!("brent crude move:\n{}", all()));
    assert_eq!(brent.asset.as_deref(), Some("oil"));
    assert_eq!(brent.direction, Some(Direction::Up));
    let change = brent.change.as_ref().expect("change");
    assert_eq!(
        (change.value, change.unit.as_deref()),
        (Some(dec("1.8")), Some("%"))
    );
    let level = brent.level.as_ref().expect("level");
    assert_eq!(
        (level.value, level.unit.as_deref(), level.per.as_deref()),
        (Some(dec("88")), Some("USD"), Some("bbl"))
    );

    let oil = moves
        .iter()
        .find(|m| m.subject.eq_ignore_ascii_case("oil prices"))
        .unwrap_or_else(|| panic!("oil prices move:\n{}", all()));
    assert_eq!(
        (oil.asset.as_deref(), oil.direction),
        (Some("oil"), Some(Direction::Up))
    );
    let change = oil.change.as_ref().expect("change");
    assert_eq!(
        (change.value, change.unit.as_deref(), change.qualifier),
        (Some(dec("3.5")), Some("%"), Some(Qualifier::UpTo))
    );
    assert_eq!(oil.timing.as_deref(), Some("initially"));

    let gold = moves
        .iter()
        .find(|m| m.asset.as_deref() == Some("gold"))
        .unwrap_or_else(|| panic!("gold move:\n{}", all()));
    assert_eq!(gold.subject, "gold");
    assert_eq!(gold.direction, Some(Direction::Down));
    let level = gold.level.as_ref().expect("level");
    assert_eq!(
        (
            level.value,
            level.unit.as_deref(),
            level.per.as_deref(),
            level.qualifier
        ),
        (
            Some(dec("2400")),
            Some("USD"),
            Some("oz"),
            Some(Qualifier::Approx)
        )
    );
}

#[test]
fn tokenized_seed_gives_the_oil_and_gold_moves() {
    assert_oil_and_gold_moves(&seed_moves(TOKENIZED));
}

#[test]
fn the_same_sentences_in_plain_form_give_the_same_moves() {
    // The seed's oil and gold sentences as a newspaper prints them.
    let text = "Brent crude, the international benchmark for oil prices, rose by 1.8% to $88 a barrel after the attack. Oil prices had jumped by as much as 3.5% initially but the price stabilised when it became clearer the strike was limited. The price of gold - which is often seen as a safe investment at times of uncertainty - briefly came close to a record high before falling back to nearly $2,400 an ounce.";
    let docs = marketfacts::read_documents(
        "plain.txt",
        text.as_bytes(),
        marketfacts::ReadOptions::default(),
    );
    let rec = marketfacts::extract_document(docs.into_iter().next().expect("one document"));
    assert!(!rec.tokenized);
    assert_oil_and_gold_moves(&rec.moves);
}
