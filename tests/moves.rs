//! Market moves on real sentences from the corpora (`tests/moves/*.txt`, one sentence a line,
//! grouped by source; `tokenized.txt` is rendered with `render.py`'s tokenizer). Every snapshot
//! line was reviewed by hand: it is a claim that the output is right.

mod common;

use common::{move_line, settings};
use marketfacts::{ReadOptions, extract_document, read_documents};

#[test]
fn moves_on_real_sentences() {
    insta::glob!("moves", "*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("read dev set");
        let mut out = String::new();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let docs = read_documents("line.txt", line.as_bytes(), ReadOptions::default());
            out += &format!("> {line}\n");
            for doc in docs {
                let rec = extract_document(doc);
                for m in &rec.moves {
                    assert_eq!(&line[m.start..m.end], m.text, "move span");
                    out += &format!("  {}\n", move_line(m));
                }
            }
        }
        settings().bind(|| insta::assert_snapshot!(out));
    });
}

/// The moves of each text (a line, or a table of several), read as a document of its own,
/// a line of output each (each span checked).
fn moves_of(lines: &[&str]) -> String {
    let mut out = String::new();
    for text in lines {
        for doc in read_documents("line.txt", text.as_bytes(), ReadOptions::default()) {
            for m in &extract_document(doc).moves {
                assert_eq!(&text[m.start..m.end], m.text, "move span");
                out += &format!("{}\n", move_line(m));
            }
        }
    }
    out
}

/// An earnings table (Reuters' reuters-10870): each row's figure is a level, the figure after
/// `vs` the one it is compared with (its `from`), and no subject reaches back over the row
/// before, whose figures end it.
#[test]
fn earnings_table_rows() {
    let text = "Shr loss 78 cts vs loss 18 cts\nNet loss 1,671,000 vs loss 382,000\n\
                Revs 3,261,000 vs 4,427,000\nYear\nShr loss 1.35 dlr vs loss 15 cts\n\
                Net loss 2,902,000 vs loss 331,000\nRevs 13.5 mln vs 16.1 mln\n";
    let out = moves_of(&[text]);
    insta::assert_snapshot!(out, @r#"
    s0   "Shr loss" asset=- up level=0.78 USD per share from=0.18 USD per share | Shr loss 78 cts vs loss 18 cts
    s0   "Net loss" asset=- up level=1671000 USD from=382000 USD | Net loss 1,671,000 vs loss 382,000
    s0   "Revs" asset=- down level=3261000 USD from=4427000 USD | Revs 3,261,000 vs 4,427,000
    s0   "Shr loss" asset=- up level=1.35 USD per share from=0.15 USD per share timing="Year" | Shr loss 1.35 dlr vs loss 15 cts
    s0   "Net loss" asset=- up level=2902000 USD from=331000 USD timing="Year" | Net loss 2,902,000 vs loss 331,000
    s0   "Revs" asset=- down level=13500000 USD from=16100000 USD timing="Year" | Revs 13.5 mln vs 16.1 mln
    "#);
}

/// A results table's block of rows reports the period its header line names (Reuters'
/// reuters-18769, reuters-20529, reuters-9418): `Qtr ended March 31`, `Year`, `Nine mths`
/// over the rows up to it, rows that end with a full stop as London's do too; not the rows
/// above the first header, nor a note's sentence below, nor a row past a blank line or a
/// line of prose.
#[test]
fn a_table_block_takes_the_period_of_its_header() {
    let out = moves_of(&[
        "Year 1986\nShr 33.54p vs 34.2p.\nPre-tax profit 105.9 mln stg vs 79.6 mln.\n",
        "qtr ended March 31\nShr 74 cts vs 79 cts\nNet 4,069,000 vs 3,458,000\nYear\n\
         Shr 2.65 dlrs vs 2.73 dlrs\nRevs 618.4 mln vs 520.7 mln\n\
         NOTE: Net rose to 13.3 mln dlrs from 11.9 mln.",
        "Oper shr 16 cts vs 34 cts\nNine mths\nOper net 33.0 mln vs 28.8 mln\n\n\
         Revs 740.5 mln vs 457.5 mln",
        "Period ended December 31.\nThe company said results were strong this year.\n\
         Revs 12.0 mln vs 10.6 mln",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "Shr" asset=- down level=0.3354 GBP per share from=0.342 GBP per share timing="Year 1986" | Shr 33.54p vs 34.2p
    s1   "Pre-tax profit" asset=- up level=105900000 GBP from=79600000 GBP timing="Year 1986" | Pre-tax profit 105.9 mln stg vs 79.6 mln
    s0   "Shr" asset=- down level=0.74 USD per share from=0.79 USD per share timing="qtr ended March 31" | Shr 74 cts vs 79 cts
    s0   "Net" asset=- up level=4069000 USD from=3458000 USD timing="qtr ended March 31" | Net 4,069,000 vs 3,458,000
    s0   "Shr" asset=- down level=2.65 USD per share from=2.73 USD per share timing="Year" | Shr 2.65 dlrs vs 2.73 dlrs
    s0   "Revs" asset=- up level=618400000 USD from=520700000 USD timing="Year" | Revs 618.4 mln vs 520.7 mln
    s0   "Net" asset=- up level=13300000 USD from=11900000 USD | Net rose to 13.3 mln dlrs from 11.9 mln
    s0   "Oper shr" asset=- down level=0.16 USD per share from=0.34 USD per share | Oper shr 16 cts vs 34 cts
    s0   "Oper net" asset=- up level=33000000 USD from=28800000 USD timing="Nine mths" | Oper net 33.0 mln vs 28.8 mln
    s0   "Revs" asset=- up level=740500000 USD from=457500000 USD | Revs 740.5 mln vs 457.5 mln
    s2   "Revs" asset=- up level=12000000 USD from=10600000 USD | Revs 12.0 mln vs 10.6 mln
    "#);
}

/// The table that opens a results story's text, above any header of its own, reports the
/// period its title names (Reuters' reuters-20529).
#[test]
fn a_title_names_the_period_of_the_first_block() {
    let doc = marketfacts::Document {
        id: "reuters-20529".into(),
        title: Some("ECOLAB INC <ECL> 3RD QTR OPER SHR".into()),
        date: None,
        text: "Oper shr 16 cts vs 34 cts\nRevs 294.4 mln vs 155.7 mln\nNine mths\n\
               Oper shr 1.24 dlrs vs 1.06 dlrs\nNOTE: Results exclude a gain of 97 mln dlrs."
            .into(),
        source: marketfacts::document::Source {
            file: "reuters.jsonl".into(),
            record: 1,
            offset: 0,
            title_offset: None,
            text_offset: None,
        },
        errors: Vec::new(),
    };
    let text = doc.text.clone();
    let mut out = String::new();
    for m in &extract_document(doc).moves {
        assert_eq!(&text[m.start..m.end], m.text, "move span");
        out += &format!("{}\n", move_line(m));
    }
    insta::assert_snapshot!(out, @r#"
    s0   "Oper shr" asset=- down level=0.16 USD per share from=0.34 USD per share timing="3RD QTR" | Oper shr 16 cts vs 34 cts
    s0   "Revs" asset=- up level=294400000 USD from=155700000 USD timing="3RD QTR" | Revs 294.4 mln vs 155.7 mln
    s0   "Oper shr" asset=- up level=1.24 USD per share from=1.06 USD per share timing="Nine mths" | Oper shr 1.24 dlrs vs 1.06 dlrs
    "#);
}

/// A results table's row whose figures write one scale word between them: the one in digits
/// alone takes it, the level's or the compared figure's, where that brings the two within ten
/// times (Reuters' reuters-19561, reuters-2619, reuters-11227).
#[test]
fn a_table_row_s_figures_in_one_scale() {
    let out = moves_of(&[
        "Turnover 390.70 vs 381.60 mln",
        "Net 144.5 vs 154.5 mln",
        "Total turnover 183.8 mln vs 348.0",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "Turnover" asset=- up level=390700000 USD from=381600000 USD | Turnover 390.70 vs 381.60 mln
    s0   "Net" asset=- down level=144500000 USD from=154500000 USD | Net 144.5 vs 154.5 mln
    s0   "Total turnover" asset=- down level=183800000 USD from=348000000 USD | Total turnover 183.8 mln vs 348.0
    "#);
}

/// A figure `compared with` another of the same name (Reuters' reuters-17869): the second is
/// the first's `from`, no move of its own.
#[test]
fn a_figure_compared_with_another() {
    let text = "Presidential also reported that for the first quarter it had a loss of 72 cts a \
                share compared with a loss of 98 cts a share in the year-ago quarter.";
    let out = moves_of(&[text]);
    insta::assert_snapshot!(out, @r#"
    s0   "loss" asset=- down level=0.72 USD per share from=0.98 USD per share | loss of 72 cts a share compared with a loss of 98 cts a share
    "#);
}

/// A figure compared with, named by a few words after `from` or `versus` (a side of zero, a
/// time), across zero too; not one named as another metric's. A level named by a side of zero
/// after `to` is that figure's. Across zero, a stated way that says the other is left unsaid.
#[test]
fn figures_compared_with_by_their_names() {
    let lines = [
        "EBIT was EUR 0.3 mn , up from a loss of EUR 1.7 mn .",
        "Its net profit soared to SEK6 .745 bn in 2010 from a year-earlier SEK1 .114 bn .",
        "Diluted EPS stood at EUR0 .3 versus a loss per share of EUR 0.1 .",
        "Cramo slipped to a pretax loss of EUR 6.7 million from a pretax profit of EUR 58.9 million .",
        "The group 's operating loss was EUR 0.8 mn , down from a profit of EUR 2.5 mn .",
        "It had revenues of 190.4 mln dlrs, up from earnings of 7,500,000 dlrs.",
        "THE WON HAS RISEN 2.03 PCT AGAINST THE DOLLAR SO FAR THIS YEAR",
        "Oper shr profit 13 cts vs nil",
        "Shr loss 4.22 dlrs vs profit nil",
        "Dividend 19.50 francs vs same",
    ];
    let out = moves_of(&lines);
    insta::assert_snapshot!(out, @r#"
    s0   "EBIT" asset=- up level=300000 EUR from=-1700000 EUR | EBIT was EUR 0.3 mn , up from a loss of EUR 1.7 mn
    s0   "Its net profit" asset=- up level=6745000000 SEK from=1114000000 SEK timing="in 2010" | Its net profit soared to SEK6 .745 bn in 2010 from a year-earlier SEK1 .114 bn
    s0   "Diluted EPS" asset=- up level=0.3 EUR per share from=-0.1 EUR per share | Diluted EPS stood at EUR0 .3 versus a loss per share of EUR 0.1
    s0   "pretax loss" asset=- up level=6700000 EUR from=-58900000 EUR | slipped to a pretax loss of EUR 6.7 million from a pretax profit of EUR 58.9 million
    s0   "The group 's operating loss" asset=- - level=800000 EUR from=-2500000 EUR | The group 's operating loss was EUR 0.8 mn , down from a profit of EUR 2.5 mn
    s0   "revenues" asset=- - level=190400000 USD | revenues of 190.4 mln dlrs
    s0   "THE WON" asset=- up change=2.03 % timing="SO FAR THIS YEAR" | THE WON HAS RISEN 2.03 PCT AGAINST THE DOLLAR SO FAR THIS YEAR
    s0   "Oper shr profit" asset=- up level=0.13 USD per share from=0 USD per share | Oper shr profit 13 cts vs nil
    s0   "Shr loss" asset=- up level=4.22 USD per share from=0 USD per share | Shr loss 4.22 dlrs vs profit nil
    s0   "Dividend" asset=- flat level=19.5 FRF per share from=19.5 FRF per share | Dividend 19.50 francs vs same
    "#);
}

/// The role of a figure by the words around it: after `of` and before the verb, the level
/// its subject names (or, with a level after, the one it came from); `as low as` a level; a
/// cue's particle that a figure took (`up to 5.5%`) opens the level; a particle's `from` in
/// the unit of the change before is that change's earlier rate, no move.
#[test]
fn figures_by_the_words_around_them() {
    let lines = [
        "qtrly railway operating revenues of $2.85 billion increased 11%, or $279 million.",
        "It expects turnover of 200 mln Australian dlrs rising to 300 mln in the first year.",
        "Poverty could fall as low as 15.3%.",
        "The separate unemployment rate went up to 5.5% from 5.4%.",
        "Industrial output grew 15.7% in the year to October, down from 23%.",
        // Money right after the figure taken, in another currency or after `or`, restates it.
        "Its net profit went up to 8.6 mln euro $ 11.4 mln in fiscal 2005 .",
        "Net sales slid to EUR86 .4 m US$ 113.4 m from EUR91 .2 m .",
        "Profit increased to 61.5 mln dlrs or 65 cts share from 50.2 mln dlrs.",
        "The company lost 529,000 dlrs last year.",
        // A time between an article and its noun leaves the slot open; after a noun of a
        // level, `of` opens a level cue's figure (not after another noun), and a high or a
        // low says the way the move went.
        "The dollar fell to a 40-year low of 144.60 yen.",
        "The stock hit a 52-week low of 115-3/4 dlrs in mid-January.",
        "Taiwan's foreign exchange reserves hit a new high of more than 51 billion U.S. Dlrs.",
        "The tax would hit exports of 260 mln dlrs.",
        "The tax would hit the exports of 26 countries.",
        "Hutton stock hit a new 52-week low of 11.",
        "Volume in the Eurodollar contract hit a peak of 78,546 contracts.",
        "Copper touched a trough of 60 cents.",
        // A high or a low after the level gives no way.
        "Turnover reached 300 mln shares, near the top of the forecast range.",
        "Its shares are trading at a premium of 40 pct.",
    ];
    let out = moves_of(&lines);
    insta::assert_snapshot!(out, @r#"
    s0   "railway operating revenues" asset=- up change=11 % level=2850000000 USD timing="qtrly" | qtrly railway operating revenues of $2.85 billion increased 11%
    s0   "turnover" asset=- up level=300000000 AUD from=200000000 AUD timing="in the first year" | turnover of 200 mln Australian dlrs rising to 300 mln in the first year
    s0   "Poverty" asset=- down level=15.3 % | Poverty could fall as low as 15.3%
    s0   "The separate unemployment rate" asset=unemployment up level=5.5 % from=5.4 % | The separate unemployment rate went up to 5.5% from 5.4%
    s0   "Industrial output" asset=- up change=15.7 % timing="in the year to October" | Industrial output grew 15.7% in the year to October
    s0   "Its net profit" asset=- up level=8600000 EUR timing="in fiscal 2005" | Its net profit went up to 8.6 mln euro $ 11.4 mln in fiscal 2005
    s0   "Net sales" asset=- down level=86400000 EUR from=91200000 EUR | Net sales slid to EUR86 .4 m US$ 113.4 m from EUR91 .2 m
    s0   "Profit" asset=- up level=61500000 USD from=50200000 USD | Profit increased to 61.5 mln dlrs or 65 cts share from 50.2 mln dlrs
    s0   "The company" asset=- - level=-529000 USD timing="last year" | The company lost 529,000 dlrs last year
    s0   "The dollar" asset=usd down level=144.6 JPY | The dollar fell to a 40-year low of 144.60 yen
    s0   "The stock" asset=- down level=115.75 USD timing="in mid-January" | The stock hit a 52-week low of 115-3/4 dlrs in mid-January
    s0   "Taiwan's foreign exchange reserves" asset=- up level=51000000000 USD [more_than] | Taiwan's foreign exchange reserves hit a new high of more than 51 billion U.S. Dlrs
    s0   "Hutton stock" asset=- down level=11 | Hutton stock hit a new 52-week low of 11
    s0   "Volume in the Eurodollar contract" asset=- up level=78546 "contracts" | Volume in the Eurodollar contract hit a peak of 78,546 contracts
    s0   "Copper" asset=copper down level=0.6 USD | Copper touched a trough of 60 cents
    s0   "Turnover" asset=- - level=300000000 "shares" | Turnover reached 300 mln shares
    "#);
}

/// What `vs` does not join: figures of other units (a loss a share against a loss in
/// dollars, words apart), or a row above; `vs.` joins as `vs` does. A profit against a loss
/// is joined on the other side of zero.
#[test]
fn comparisons_that_are_no_from() {
    let lines = [
        "Shr profit eight cts vs loss 23 cts",
        "loss of 34 cts a share, after provisions for preferred shares, versus a loss of 283,000 dlrs.",
        "Shr loss 78 cts\nNet loss 1,671,000 vs loss 382,000 dlrs",
        "Shr loss 78 cts vs. loss 18 cts",
        // A character of three bytes just before the subject (ECTSum's zero-width spaces).
        "per share $2.60.\u{200b}net loss of 5 mln dlrs",
        "Pretax loss totaled EUR 1.2 mn , down from a profit of EUR 2.1 mn .",
        "Fourth quarter earnings rose to 18.6 mln dlrs from a loss of 11.6 mln dlrs.",
        "Net loss was 5 mln dlrs compared with a net loss of 3 mln dlrs.",
        // An earlier change, compared with a change alone, is no `from`; a level's is.
        "GNP grew an estimated 8.0 pct in 1986, compared with 5.1 pct in 1985.",
        "Reserves rose by 1.8 billion francs, against a 2.8 billion rise in the previous month.",
        "Unemployment rose 0.2 points from 5.1 pct.",
        "Sales rose 5 pct to 200 mln dlrs, compared with 190 mln dlrs.",
        // A year that ends the phrase after `from` is what a change is against.
        "qtrly organic net sales increased 1.8% from 2020 and 4.7% from 2019",
        "gold sales to rise about 22 pct to 577,000 ounces from 1986's 474,000 ounces",
    ];
    let out = moves_of(&lines);
    insta::assert_snapshot!(out, @r#"
    s0   "Shr profit" asset=- up level=0.08 USD per share from=-0.23 USD per share | Shr profit eight cts vs loss 23 cts
    s0   "loss" asset=- - level=0.34 USD per share | loss of 34 cts a share
    s0   "Shr loss" asset=- - level=0.78 USD per share | Shr loss 78 cts
    s0   "Net loss" asset=- up level=1671000 USD from=382000 USD | Net loss 1,671,000 vs loss 382,000 dlrs
    s0   "Shr loss" asset=- up level=0.78 USD per share from=0.18 USD per share | Shr loss 78 cts vs. loss 18 cts
    s0   "per share" asset=- - level=2.6 USD per share | per share $2.60
    s0   "net loss" asset=- - level=5000000 USD | net loss of 5 mln dlrs
    s0   "Pretax loss" asset=- - level=1200000 EUR from=-2100000 EUR | Pretax loss totaled EUR 1.2 mn , down from a profit of EUR 2.1 mn
    s0   "earnings" asset=- up level=18600000 USD from=-11600000 USD timing="Fourth quarter" | Fourth quarter earnings rose to 18.6 mln dlrs from a loss of 11.6 mln dlrs
    s0   "Net loss" asset=- up level=5000000 USD from=3000000 USD | Net loss was 5 mln dlrs compared with a net loss of 3 mln dlrs
    s0   "GNP" asset=- up change=8 % [approx] timing="in 1986" | GNP grew an estimated 8.0 pct in 1986
    s0   "Reserves" asset=- up change=1800000000 FRF | Reserves rose by 1.8 billion francs
    s0   "Unemployment" asset=unemployment up change=0.2 point from=5.1 % | Unemployment rose 0.2 points from 5.1 pct
    s0   "Sales" asset=- up change=5 % level=200000000 USD from=190000000 USD | Sales rose 5 pct to 200 mln dlrs, compared with 190 mln dlrs
    s0   "organic net sales" asset=- up change=1.8 % timing="qtrly" | qtrly organic net sales increased 1.8%
    s0   "gold sales" asset=- up change=22 % [approx] level=577000 oz from=474000 oz | gold sales to rise about 22 pct to 577,000 ounces from 1986's 474,000 ounces
    "#);
}

/// How a level moved, said after it: a particle, a noun or a state past a comma or a copula
/// (and past a phrase of when, or an aside of the figure a share), a particle with the
/// change after it, a participle's level, and the figure a level is compared with. Each
/// gives one move, not a level alone beside it. Sentences of PhraseBank, ECTSum, Reuters and
/// BBC.
#[test]
fn what_follows_a_level() {
    let lines = [
        "Operating profit totalled EUR 21.1 mn , up from EUR 18.6 mn in 2007 .",
        "Net profit of 450 mln marks, or 250 mln dlrs, up from 400 mln marks.",
        "The company reports operating profit of EUR 44.4 mn in January-September 2009 , up from EUR 37.3 mn .",
        "Earnings of 1.5 mln dlrs, or 23 cts a share, up from 783,000 dlrs.",
        "qtrly drug development revenue was $1.46 billion, an increase of 17.5%.",
        "qtrly sales of $652.0 million were up 10 percent compared with prior year.",
        "qtrly revenue of $7.8 billion was flat year-over-year.",
        "record net sales of $5.1 billion up 14%.",
        "The Thai baht lost 0.3% against the US currency, trading at 39.10.",
        "Revenues were 15.02 billion dlrs compared to 15.04 billion dlrs.",
        "q4 sales $21.3 billion versus $20.3 billion.",
        "Net loss 5.2 mln dlrs vs. 4.1 mln dlrs.",
        "q2 earnings per share $0.66 compared to $0.55.",
        "EPS of $1.10, up from $0.98.",
        "Revenue rose to $1.46 billion, an increase of 17.5%.",
        // Not: an estimate or a figure expected is no earlier figure; a share's figure is
        // no `from` of a total; a noun without an amount of its own; a verb is no figure
        // named before the amount.
        "q2 revenue $1.2 billion versus refinitiv ibes estimate of $1.1 billion.",
        "q3 revenue $1.2 billion versus $1.1 billion expected.",
        "Net income of 1.5 mln dlrs, or 23 cts a share, up from 20 cts a share.",
        "U.S. oil production declined by 300,000 bpd, the first decline.",
        "Sour crudes were valued at 18.55 dlrs, a decline of 68 cts a barrel.",
        "Net sales amounted to EUR 45.8 mn , representing an increase of 15 % .",
        "Food sales totalled EUR 323.5 mn in October 2009 , representing a decrease of 5.5 % .",
    ];
    let out = moves_of(&lines);
    insta::assert_snapshot!(out, @r#"
    s0   "Operating profit" asset=- up level=21100000 EUR from=18600000 EUR | Operating profit totalled EUR 21.1 mn , up from EUR 18.6 mn
    s0   "Net profit" asset=- up level=450000000 DEM from=400000000 DEM | Net profit of 450 mln marks, or 250 mln dlrs, up from 400 mln marks
    s0   "operating profit" asset=- up level=44400000 EUR from=37300000 EUR timing="in January-September 2009" | operating profit of EUR 44.4 mn in January-September 2009 , up from EUR 37.3 mn
    s0   "Earnings" asset=- up level=1500000 USD from=783000 USD | Earnings of 1.5 mln dlrs, or 23 cts a share, up from 783,000 dlrs
    s0   "drug development revenue" asset=- up change=17.5 % level=1460000000 USD timing="qtrly" | qtrly drug development revenue was $1.46 billion, an increase of 17.5%
    s0   "sales" asset=- up change=10 % level=652000000 USD timing="qtrly" | qtrly sales of $652.0 million were up 10 percent
    s0   "revenue" asset=- flat level=7800000000 USD timing="qtrly" | qtrly revenue of $7.8 billion was flat
    s0   "record net sales" asset=- up change=14 % level=5100000000 USD | record net sales of $5.1 billion up 14%
    s0   "The Thai baht" asset=- down change=0.3 % level=39.1 | The Thai baht lost 0.3% against the US currency, trading at 39.10
    s0   "Revenues" asset=- down level=15020000000 USD from=15040000000 USD | Revenues were 15.02 billion dlrs compared to 15.04 billion dlrs
    s0   "sales" asset=- up level=21300000000 USD from=20300000000 USD timing="q4" | q4 sales $21.3 billion versus $20.3 billion
    s0   "Net loss" asset=- up level=5200000 USD from=4100000 USD | Net loss 5.2 mln dlrs vs. 4.1 mln dlrs
    s0   "earnings per share" asset=- up level=0.66 USD per share from=0.55 USD per share timing="q2" | q2 earnings per share $0.66 compared to $0.55
    s0   "EPS" asset=- up level=1.1 USD per share from=0.98 USD per share | EPS of $1.10, up from $0.98
    s0   "Revenue" asset=- up change=17.5 % level=1460000000 USD | Revenue rose to $1.46 billion, an increase of 17.5%
    s0   "revenue" asset=- - level=1200000000 USD timing="q2" | q2 revenue $1.2 billion
    s0   "revenue" asset=- - level=1200000000 USD timing="q3" | q3 revenue $1.2 billion
    s0   "Net income" asset=- - level=1500000 USD | Net income of 1.5 mln dlrs
    s0   "U.S. oil production" asset=- down change=300000 bbl per d | U.S. oil production declined by 300,000 bpd
    s0   "Net sales" asset=- up change=15 % level=45800000 EUR | Net sales amounted to EUR 45.8 mn , representing an increase of 15 %
    s0   "Food sales" asset=- down change=5.5 % level=323500000 EUR timing="in October 2009" | Food sales totalled EUR 323.5 mn in October 2009 , representing a decrease of 5.5 %
    "#);
}

/// A verb that moves a thing gives a move of its object, its figure right after the
/// object's `to`, `by` or `from`, whatever stands before the verb (a pronoun too); a passive
/// moves its subject. Not a noun of the same word, money raised, an object far from its
/// figure, nor a pronoun for an object (Reuters, BBC).
#[test]
fn a_verb_that_moves_a_thing() {
    let out = moves_of(&[
        "The bank raised its prime rate to 8.5 pct from 8.25 pct.",
        "The bank said it raised its prime rate to 8.5 pct from 8.25 pct.",
        "It increased its stake in Wrather Corp to 8.5 pct.",
        "The company said it would consider the offer before raising it to 35 dlrs per share.",
        "The Fed cut the discount rate by half a point to 5.5 pct.",
        "The dividend was raised to 2.50 guilders per share from 2.38 guilders.",
        "Provisions were reduced in 1986 by 4.1 pct to 575 mln guilders.",
        "Tax cuts planned for next year would be increased by 5.2 billion marks.",
        "Brunswick Corp is raising 100 mln dlrs through a bond.",
        "The company was cutting its advertising by about 30 pct this year.",
        "The firm cut 500 jobs.",
        "A rate cut of 50 basis points is likely.",
        "It is cutting meat from the meals served to the more than 8,000 inmates.",
        "Metal-cutting tool orders totaled 103.8 mln dlrs, up 4.9 pct.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "its prime rate" asset=- up level=8.5 % from=8.25 % | raised its prime rate to 8.5 pct from 8.25 pct
    s0   "its prime rate" asset=- up level=8.5 % from=8.25 % | raised its prime rate to 8.5 pct from 8.25 pct
    s0   "its stake in Wrather Corp" asset=- up level=8.5 % | increased its stake in Wrather Corp to 8.5 pct
    s0   "the discount rate" asset=- down change=0.5 point level=5.5 % | cut the discount rate by half a point to 5.5 pct
    s0   "The dividend" asset=- up level=2.5 NLG per share from=2.38 NLG per share | The dividend was raised to 2.50 guilders per share from 2.38 guilders
    s0   "Provisions" asset=- down change=4.1 % level=575000000 NLG timing="in 1986" | Provisions were reduced in 1986 by 4.1 pct to 575 mln guilders
    s0   "Tax cuts planned" asset=- up change=5200000000 DEM timing="for next year" | Tax cuts planned for next year would be increased by 5.2 billion marks
    s0   "its advertising" asset=- down change=30 % [approx] timing="this year" | cutting its advertising by about 30 pct this year
    s0   "Metal-cutting tool orders" asset=- up change=4.9 % level=103800000 USD | Metal-cutting tool orders totaled 103.8 mln dlrs, up 4.9 pct
    "#);
}

/// A month that opens a subject says when it moved (monthly reports), unless it names the
/// contract of what is traded or the subject is a contract (Reuters).
#[test]
fn a_month_that_opens_a_subject() {
    let out = moves_of(&[
        "February car sales fell 17.8 pct to 25,779 units from 31,361 units.",
        "its May North American car production rose 2.2 pct to 213,790 from 209,109.",
        "FEB ADJUSTED UNEMPLOYMENT FELL 44,100",
        "May crude was up 18 cts to 18.85 dlrs a barrel.",
        "the June bond closed at 100-10/32.",
        "April delivery cattle closed at 64.45 cents a pound, up 0.83 cent.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "car sales" asset=- down change=17.8 % level=25779 "units" from=31361 "units" timing="February" | February car sales fell 17.8 pct to 25,779 units from 31,361 units
    s0   "its North American car production" asset=- up change=2.2 % level=213790 from=209109 timing="May" | its May North American car production rose 2.2 pct to 213,790 from 209,109
    s0   "ADJUSTED UNEMPLOYMENT" asset=unemployment down change=44100 timing="FEB" | FEB ADJUSTED UNEMPLOYMENT FELL 44,100
    s0   "May crude" asset=oil up change=0.18 USD level=18.85 USD per bbl | May crude was up 18 cts to 18.85 dlrs a barrel
    s0   "the June bond" asset=- - level=100.3125 | the June bond closed at 100-10/32
    s0   "April delivery cattle" asset=- up change=0.0083 USD level=0.6445 USD per lb | April delivery cattle closed at 64.45 cents a pound, up 0.83 cent
    "#);
}

/// A subject that names nothing is none: a time, one word that is no noun. A futures month
/// glued to its year names a contract. Reuters and BBC sentences.
#[test]
fn subjects_that_name_nothing() {
    let lines = [
        "The bonds were priced to yield 9.27 pct.",
        "Year-to-date output was 209.61 mln short tons, down 7.1 pct.",
        "Light crude oil futures fell $2.86 to $41.32 a barrel, and have now lost $4 in five days.",
        "Official figures showed on Friday that unemployment was unchanged at 9.9%.",
        "MAY7  286 3/4 UP   1/2",
        // A ticker, a name, and a noun of an adverb's ending name something.
        "DEC rose 3-1/2 to 160.",
        "Rapeseed fell 5 pct to 300 dlrs a tonne.",
        "Supply rose 5 pct.",
        // A participle is no subject: after an auxiliary it is part of the verb, before a
        // time it names nothing; as a noun it is one.
        "Bramall shares were trading 6p lower at 278p.",
        "The price reached a low of 1,270 stg before ending the day at 1,314 stg, down 184 stg.",
        "Sugar trading totalled 75,004 lots.",
        // An adverb before the verb is no subject (nor `so far`, nor the verb `remain`); the
        // particle of a verb that moves nothing is no cue.
        "The yen has notably risen 5 pct since March.",
        "Funding for the project has so far amounted to some 7.5 billion dlrs.",
        "Sales thus far totaled about 400 mln dlrs.",
        "The ringgit will remain stable at between 2.60 and 2.70 Malaysian dlrs.",
        "A good game can rack up millions of downloads.",
        "It is drawing down $150 million on its revolving credit facility.",
        "The index for intermediate goods rose 0.5 pct following a sharp 0.9 pct rise in January.",
        // A participle of a reduced relative, the subject's head far before it.
        "The number of holdings above 10 pct in public companies with a nominal share capital of over one mln marks held by these 10 banks fell to 86 in 1986 from 129.",
    ];
    let out = moves_of(&lines);
    insta::assert_snapshot!(out, @r#"
    s0   "output" asset=- down change=7.1 % level=209610000 short ton timing="Year-to-date" | output was 209.61 mln short tons, down 7.1 pct
    s0   "Light crude oil futures" asset=oil down change=2.86 USD level=41.32 USD per bbl | Light crude oil futures fell $2.86 to $41.32 a barrel
    s0   "Light crude oil futures" asset=oil down change=4 USD timing="in five days" | Light crude oil futures fell $2.86 to $41.32 a barrel, and have now lost $4 in five days
    s0   "unemployment" asset=unemployment flat level=9.9 % | unemployment was unchanged at 9.9%
    s0   "MAY7" asset=- up change=0.5 level=286.75 | MAY7  286 3/4 UP   1/2
    s0   "DEC" asset=- up change=3.5 level=160 | DEC rose 3-1/2 to 160
    s0   "Rapeseed" asset=- down change=5 % level=300 USD per t | Rapeseed fell 5 pct to 300 dlrs a tonne
    s0   "Supply" asset=- up change=5 % | Supply rose 5 pct
    s0   "Bramall shares" asset=- down change=0.06 GBP level=2.78 GBP | Bramall shares were trading 6p lower at 278p
    s0   "The price" asset=- down level=1270 GBP | The price reached a low of 1,270 stg
    s0   "The price" asset=- down change=184 GBP level=1314 GBP | The price reached a low of 1,270 stg before ending the day at 1,314 stg, down 184 stg
    s0   "Sugar trading" asset=- - level=75004 "lots" | Sugar trading totalled 75,004 lots
    s0   "The yen" asset=jpy up change=5 % timing="since March" | The yen has notably risen 5 pct since March
    s0   "Funding for the project" asset=- - level=7500000000 USD [approx] | Funding for the project has so far amounted to some 7.5 billion dlrs
    s0   "Sales" asset=- - level=400000000 USD [approx] | Sales thus far totaled about 400 mln dlrs
    s0   "The ringgit" asset=- flat level=2.6..2.7 MYR | The ringgit will remain stable at between 2.60 and 2.70 Malaysian dlrs
    s0   "The index for intermediate goods" asset=- up change=0.5 % | The index for intermediate goods rose 0.5 pct
    s0   "The index for intermediate goods" asset=- up change=0.9 % timing="in January" | The index for intermediate goods rose 0.5 pct following a sharp 0.9 pct rise in January
    "#);
}

/// When a move happened: a month or half after it; a time after the figure it came from is
/// that figure's. Reuters sentences.
/// The subject of a clause that a verb of saying opens with `that`, of a relative clause with
/// no words of its own, after `and` past a phrase of the clause before, and past verbs that
/// end a subject.
#[test]
fn subjects_of_clauses() {
    let lines = [
        "The RAD found that the number of youngsters taking their ballet exams drops by almost 70%.",
        "January gave a fresh boost to shares which have advanced 4% this month.",
        "The results were in line with Wall Street expectations and shares in GM rose by about 1%.",
        "The performance comes on sales up 21% at 8.6bn euros.",
        "BMA figures show OBU assets rose 5 pct.",
        "The board will propose a dividend of EUR 0.15 per share for 2005 .",
        "Interest rates charged to farmers who meet the standards would fall 2 pct.",
        "Sales in Finland decreased by 2.0 % .",
        "Sales in the first quarter rose 5%.",
        "In February the cost of living in West Germany rose 0.1 pct.",
        "In late February, GM car sales fell 8.6 pct.",
        // Things counted opening a clause are its subject; `and` before them ends the clause
        // before; after a verb that says, `that` opens the clause with the subject.
        "Shareholders lost about $180bn and 20,000 workers lost their jobs.",
        "Some 1,500 jobs were cut last year.",
        "Unemployment was 35,000 people higher than a year earlier.",
        "In February the cost of living rose 0.4 pct in the month.",
        // An appositive between dashes, not a hyphen inside a word.
        "Funding - debt sales to the non-bank private sector and external flows to the public sector - rose by 300 mln stg.",
        "The father-of-four shed 4 stone.",
        // A word in capitals in prose is a name; a frame of the figure is no subject.
        "Japan's Kinki Nippon sliding 1.5% and HIS dropping 3.3%.",
        "sees 2021 organic local-currency sales growth in range of 6 to 9 percent.",
        "Assets of 197 general purpose funds rose 2 billion dlrs, 92 broker-dealer funds fell 1.59 billion dlrs.",
        "Thai rice exports to nine major African buyers rose to 351,889 tonnes from 93,038.",
        // A saying's `that` a few words back, a noun of what is said, and a saying in
        // `-ing` open a clause.
        "The bank said in a statement on the bank's 1986 results that bad and doubtful debt provisions stood at 545.6 mln stg.",
        "The ministry issued a statement forecasting that investment in the competitive sector will rise by just three pct.",
        "Data showing the Australian economy grew just 0.1% were ill-timed.",
        "There was news that GNP rose 0.8 pct in the October/December quarter.",
        // A verb of saying or finding ends a subject without `that`; not its participle,
        // which may name the figure, nor such a word alone before the cue, a noun.
        "Many commentators believe the deficit will remain at close to half a trillion dollars.",
        "Louis Marckesano of Janney Montgomery predicts 1987 net of 3.50 dlrs per share.",
        "It set a suggested retail price of 30,825 dlrs.",
        "Non-residential projects rose 7.6 pct to 927.6 mln dlrs in the month.",
        "Housing projects in the region rose 5 pct.",
        // A verb that moves its object ends the subject before the object.
        "The spike in interest rates pulled the Dow Jones Industrial Average down by 33 points to 2339.",
        // Not a relative's `that`, a verb after it.
        "He said sales at stores that opened last year rose 5 pct.",
        // A verb of a session and its period between a subject and its cue; a cue
        // hyphened to a word is none.
        "Oil prices are finishing the year roughly 30% higher.",
        "It will introduce a flat-fee £20 ($38) a month wi-fi tariff.",
        // `more than` before the verb; after a figure, the clause's subject follows the
        // first `and`.
        "Sales of passenger cars and wagons grew 11.7 pct to 5,314 from 4,758 and truck and van sales more than doubled to 4,421 from 2,018.",
        // A verb of a result before what it names ends the subject; its participle after a
        // noun does not. An aside after a dash; a percent a year after a verb of change is
        // how fast it changes.
        "Kalmar Espana generated net sales of EUR 11.3 mn in 2005.",
        "Qtrly homes delivered increased 35% to 3,425.",
        "The Bank remains concerned about the risks posed by personal debt - which is rising at 15% a year.",
        "Inflation rose to 5% a year from 4%.",
        // A state's `at` opens its level.
        "Male unemployment in January remained at 2.9 pct.",
        "The unemployment rate stayed at 5.4% in December.",
        // A plural's possessive, an acronym in brackets and a name's `of` stay inside.
        "Federal states' deposits fell 1.5 billion marks.",
        "Royal Bank of Scotland ( RBS ) shares rose 2 %.",
        // A demonstrative inside the noun phrase.
        "He said sales of these businesses were up eight pct last year.",
        "Exports to Argentina fell, while those to Paraguay surged by 42 pct.",
        "Figures showing that consumer spending grew at 4.6% in the third quarter, up from 1.6%.",
        // What a verb moves of its own is the subject, but for a time inside it.
        "South Korea has increased its duty on crude oil imports to 4.29 dlrs a barrel from 3.29 dlrs.",
        "Newmont doubled its ownership in Peabody in January by purchasing 30.74 pct.",
        "Revenues at the same time grew 14 percent to 43 million euros .",
        "europe revenue in q1 increased 194% to $355 million.",
        "Operating loss totalled EUR 0.3 mn , down from a profit of EUR 5.1 mn .",
        "Loss after taxes amounted to EUR 1.2 mn compared to a loss of 2.6 mn .",
        "AOL's underlying profit before exceptional items rose 8%.",
        "It cut its dividend on 1984 results after parent company net profit dropped to 65.0 mln marks.",
        // An infinitive of where a market is quoted, with a figure of a way, says a move of
        // the clause's subject; with `at`, the level.
        "Rossignol shares touched 17.70 euros, before falling back to trade 7.8% higher at 16.60 euros.",
        "Sydney-listed Virgin Blue's shares recovered slightly to close 12% down on Wednesday.",
        "Comex gold futures are expected to open 1.50 to 2.00 dlrs higher.",
        "Texaco declined 3-1/8 to close at 28-1/2 today.",
        "New browser wins over net surfers The proportion of surfers using IE has dropped to below 90%.",
        "getty realty increases quarterly dividend by 5% to $0.39 per common share",
        "The board increased the quarterly cash dividend by 33 pct.",
        "Operating income increased year over year by 15%.",
        "Its revenue increased versus the prior year by 3%.",
    ];
    let out = moves_of(&lines);
    insta::assert_snapshot!(out, @r#"
    s0   "the number of youngsters taking their ballet exams" asset=- down change=70 % [approx] | the number of youngsters taking their ballet exams drops by almost 70%
    s0   "shares" asset=- up change=4 % timing="this month" | shares which have advanced 4% this month
    s0   "shares in GM" asset=- up change=1 % [approx] | shares in GM rose by about 1%
    s0   "sales" asset=- up change=21 % level=8600000000 EUR | sales up 21% at 8.6bn euros
    s0   "OBU assets" asset=- up change=5 % | OBU assets rose 5 pct
    s0   "dividend" asset=- - level=0.15 EUR per share timing="for 2005" | dividend of EUR 0.15 per share for 2005
    s0   "Interest rates charged" asset=- down change=2 % | Interest rates charged to farmers who meet the standards would fall 2 pct
    s0   "Sales in Finland" asset=- down change=2 % | Sales in Finland decreased by 2.0 %
    s0   "Sales" asset=- up change=5 % timing="in the first quarter" | Sales in the first quarter rose 5%
    s0   "the cost of living in West Germany" asset=- up change=0.1 % timing="In February" | the cost of living in West Germany rose 0.1 pct
    s0   "GM car sales" asset=- down change=8.6 % timing="In late February" | GM car sales fell 8.6 pct
    s0   "Shareholders" asset=- down change=180000000000 USD [approx] | Shareholders lost about $180bn
    s0   "jobs" asset=- down change=1500 "jobs" [approx] timing="last year" | Some 1,500 jobs were cut last year
    s0   "Unemployment" asset=unemployment up change=35000 "people" | Unemployment was 35,000 people higher
    s0   "the cost of living" asset=- up change=0.4 % timing="in the month" | the cost of living rose 0.4 pct in the month
    s0   "Funding" asset=- up change=300000000 GBP | Funding - debt sales to the non-bank private sector and external flows to the public sector - rose by 300 mln stg
    s0   "Japan's Kinki Nippon" asset=- down change=1.5 % | Japan's Kinki Nippon sliding 1.5%
    s0   "HIS" asset=- down change=3.3 % | HIS dropping 3.3%
    s0   "organic local-currency sales" asset=- up change=6..9 % | organic local-currency sales growth in range of 6 to 9 percent
    s0   "Assets" asset=- up change=2000000000 USD | Assets of 197 general purpose funds rose 2 billion dlrs
    s0   "broker-dealer funds" asset=- down change=1590000000 USD | 92 broker-dealer funds fell 1.59 billion dlrs
    s0   "Thai rice exports" asset=- up level=351889 t from=93038 t | Thai rice exports to nine major African buyers rose to 351,889 tonnes from 93,038
    s0   "bad and doubtful debt provisions" asset=- - level=545600000 GBP | bad and doubtful debt provisions stood at 545.6 mln stg
    s0   "investment in the competitive sector" asset=- up change=3 % | investment in the competitive sector will rise by just three pct
    s0   "the Australian economy" asset=- up change=0.1 % | the Australian economy grew just 0.1%
    s0   "GNP" asset=- up change=0.8 % timing="in the October/December quarter" | GNP rose 0.8 pct in the October/December quarter
    s0   "the deficit" asset=- flat level=500000000000 USD [approx] | the deficit will remain at close to half a trillion dollars
    s0   "net" asset=- - level=3.5 USD per share | net of 3.50 dlrs per share
    s0   "suggested retail price" asset=- - level=30825 USD | suggested retail price of 30,825 dlrs
    s0   "Non-residential projects" asset=- up change=7.6 % level=927600000 USD timing="in the month" | Non-residential projects rose 7.6 pct to 927.6 mln dlrs in the month
    s0   "Housing projects" asset=- up change=5 % | Housing projects in the region rose 5 pct
    s0   "the Dow Jones Industrial Average" asset=dow_jones down change=33 point level=2339 point | the Dow Jones Industrial Average down by 33 points to 2339
    s0   "sales at stores" asset=- up change=5 % | sales at stores that opened last year rose 5 pct
    s0   "Oil prices" asset=oil up change=30 % [approx] | Oil prices are finishing the year roughly 30% higher
    s0   "Sales of passenger cars and wagons" asset=- up change=11.7 % level=5314 from=4758 | Sales of passenger cars and wagons grew 11.7 pct to 5,314 from 4,758
    s0   "truck and van sales" asset=- up level=4421 from=2018 | truck and van sales more than doubled to 4,421 from 2,018
    s0   "net sales" asset=- - level=11300000 EUR timing="in 2005" | net sales of EUR 11.3 mn in 2005
    s0   "homes delivered" asset=- up change=35 % level=3425 timing="Qtrly" | Qtrly homes delivered increased 35% to 3,425
    s0   "personal debt" asset=- up change=15 % per yr | personal debt - which is rising at 15% a year
    s0   "Inflation" asset=inflation up level=5 % per yr from=4 % per yr | Inflation rose to 5% a year from 4%
    s0   "Male unemployment" asset=unemployment flat level=2.9 % timing="in January" | Male unemployment in January remained at 2.9 pct
    s0   "The unemployment rate" asset=unemployment flat level=5.4 % timing="in December" | The unemployment rate stayed at 5.4% in December
    s0   "Federal states' deposits" asset=- down change=1500000000 DEM | Federal states' deposits fell 1.5 billion marks
    s0   "Royal Bank of Scotland ( RBS ) shares" asset=- up change=2 % | Royal Bank of Scotland ( RBS ) shares rose 2 %
    s0   "sales of these businesses" asset=- up change=8 % timing="last year" | sales of these businesses were up eight pct last year
    s0   "those to Paraguay" asset=- up change=42 % | those to Paraguay surged by 42 pct
    s0   "consumer spending" asset=- up level=4.6 % from=1.6 % timing="in the third quarter" | consumer spending grew at 4.6% in the third quarter, up from 1.6%
    s0   "its duty on crude oil imports" asset=- up level=4.29 USD per bbl from=3.29 USD per bbl | increased its duty on crude oil imports to 4.29 dlrs a barrel from 3.29 dlrs
    s0   "its ownership in Peabody" asset=- up change=30.74 % timing="in January" | doubled its ownership in Peabody in January by purchasing 30.74 pct
    s0   "Revenues" asset=- up change=14 % level=43000000 EUR | Revenues at the same time grew 14 percent to 43 million euros
    s0   "europe revenue" asset=- up change=194 % level=355000000 USD timing="in q1" | europe revenue in q1 increased 194% to $355 million
    s0   "Operating loss" asset=- - level=300000 EUR from=-5100000 EUR | Operating loss totalled EUR 0.3 mn , down from a profit of EUR 5.1 mn
    s0   "Loss after taxes" asset=- down level=1200000 EUR from=2600000 EUR | Loss after taxes amounted to EUR 1.2 mn compared to a loss of 2.6 mn
    s0   "AOL's underlying profit before exceptional items" asset=- up change=8 % | AOL's underlying profit before exceptional items rose 8%
    s0   "parent company net profit" asset=- down level=65000000 DEM | parent company net profit dropped to 65.0 mln marks
    s0   "Rossignol shares" asset=- - level=17.7 EUR | Rossignol shares touched 17.70 euros
    s0   "Rossignol shares" asset=- up change=7.8 % level=16.6 EUR | Rossignol shares touched 17.70 euros, before falling back to trade 7.8% higher at 16.60 euros
    s0   "Sydney-listed Virgin Blue's shares" asset=- down change=12 % timing="on Wednesday" | Sydney-listed Virgin Blue's shares recovered slightly to close 12% down on Wednesday
    s0   "Comex gold futures" asset=gold up change=1.5..2 USD | Comex gold futures are expected to open 1.50 to 2.00 dlrs higher
    s0   "Texaco" asset=- down change=3.125 level=28.5 timing="today" | Texaco declined 3-1/8 to close at 28-1/2 today
    s0   "The proportion of surfers using IE" asset=- down level=90 % [less_than] | The proportion of surfers using IE has dropped to below 90%
    s0   "quarterly dividend" asset=- up change=5 % level=0.39 USD per share | increases quarterly dividend by 5% to $0.39 per common share
    s0   "the quarterly cash dividend" asset=- up change=33 % | increased the quarterly cash dividend by 33 pct
    s0   "Operating income" asset=- up change=15 % | Operating income increased year over year by 15%
    s0   "Its revenue" asset=- up change=3 % | Its revenue increased versus the prior year by 3%
    "#);
}

/// Figures a move does not take: how often (`five times`), what did not happen (`would have
/// been 8% higher`), what a rate is quoted for (`per 100`), and a part's figure after
/// `with`; a subject after `with` before a particle, unless the `with` is inside it.
#[test]
fn figures_that_are_not_the_move_s() {
    let lines = [
        "Interest rates rose five times between June and December.",
        "Profits rose 1% to 933 mln stg in 2004, but would have been 8% higher if currency movements were stripped out.",
        "System sales grew 26%, with kfc at 35%.",
        "It ended the quarter with inventories down 13%.",
        "Spending for the war with Iraq was up by 3.6 billion dlrs.",
        "Its value rose 8.7% in 2004 with-profits funds included.",
        "the yen rose to 1.244 marks per 100 from 1.243.",
        "meal unchanged at 305 crowns per 100 kilos.",
    ];
    let out = moves_of(&lines);
    insta::assert_snapshot!(out, @r#"
    s0   "Profits" asset=- up change=1 % level=933000000 GBP timing="in 2004" | Profits rose 1% to 933 mln stg in 2004
    s0   "System sales" asset=- up change=26 % | System sales grew 26%
    s0   "inventories" asset=- down change=13 % | inventories down 13%
    s0   "Spending for the war" asset=- up change=3600000000 USD | Spending for the war with Iraq was up by 3.6 billion dlrs
    s0   "Its value" asset=- up change=8.7 % timing="in 2004" | Its value rose 8.7% in 2004
    s0   "the yen" asset=jpy up level=1.244 DEM from=1.243 DEM | the yen rose to 1.244 marks per 100 from 1.243
    s0   "meal" asset=- flat level=305 SEK | meal unchanged at 305 crowns
    "#);
}

/// Two changes of one way joined by `to` are the ends of one range (ECTSum's guidance).
#[test]
fn a_range_of_changes() {
    let lines = [
        "sees q2 2021 net sales up 5% to up 7%.",
        "fy 2021 net sales down 3.5% to down 3.0%.",
    ];
    let out = moves_of(&lines);
    insta::assert_snapshot!(out, @r#"
    s0   "net sales" asset=- up change=5..7 % timing="q2 2021" | q2 2021 net sales up 5% to up 7%
    s0   "net sales" asset=- down change=3..3.5 % timing="fy 2021" | fy 2021 net sales down 3.5% to down 3.0%
    "#);
}

/// A time that opens a sentence before a comma without a preposition (`Yesterday,`, `Last
/// week,`, `A year ago,`, `So far this year,`) is its moves' as one with a preposition is,
/// and so is one right before the subject (`Year-to-date car sales`); not where the move is
/// what was said or reported then, nor a time that names no period (`Earlier,`), nor one a
/// subject opens with (`Last month's rate`), nor the overnight rate.
#[test]
fn times_that_open_a_sentence() {
    let out = moves_of(&[
        "Yesterday, Fed funds averaged 5.99 pct.",
        "Last week, yields fell to around 5.50 pct.",
        "A year ago, the index stood at 215.8.",
        "So far this year, distillate demand fell 2.3 pct.",
        "For all of 1986, productivity increased 0.7 pct.",
        "Year-to-date car sales rose to 56,164 from 11,020.",
        // Since a month or a year; not where a superlative's time it is.
        "The Taiwan dollar has risen about 15 pct against the U.S. Dollar since September 1985.",
        "Claims jumped to 367,000, the highest rate since September.",
        "Coffee futures fell to 99 cents a lb, below one dlr for the first time in six years.",
        "Yesterday, the company said sales rose 5 pct.",
        "Last week, the supplier reported a loss of 1.2 mln dlrs.",
        "Earlier, the company reported first-quarter earnings of 12.6 mln dlrs.",
        "Last month's rate was down from 80.2 pct.",
        "Overnight rose two points to six pct.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "Fed funds" asset=- - level=5.99 % timing="Yesterday" | Fed funds averaged 5.99 pct
    s0   "yields" asset=- down level=5.5 % [approx] timing="Last week" | yields fell to around 5.50 pct
    s0   "the index" asset=- - level=215.8 timing="A year ago" | the index stood at 215.8
    s0   "distillate demand" asset=- down change=2.3 % timing="So far this year" | distillate demand fell 2.3 pct
    s0   "productivity" asset=- up change=0.7 % timing="For all of 1986" | productivity increased 0.7 pct
    s0   "car sales" asset=- up level=56164 from=11020 timing="Year-to-date" | car sales rose to 56,164 from 11,020
    s0   "The Taiwan dollar" asset=twd up change=15 % [approx] timing="since September 1985" | The Taiwan dollar has risen about 15 pct against the U.S. Dollar since September 1985
    s0   "Claims" asset=- up level=367000 | Claims jumped to 367,000
    s0   "Coffee futures" asset=coffee down level=0.99 USD per lb | Coffee futures fell to 99 cents a lb
    s0   "sales" asset=- up change=5 % | sales rose 5 pct
    s0   "loss" asset=- - level=1200000 USD | a loss of 1.2 mln dlrs
    s0   "earnings" asset=- - level=12600000 USD timing="first-quarter" | first-quarter earnings of 12.6 mln dlrs
    s0   "Last month's rate" asset=- down from=80.2 % | Last month's rate was down from 80.2 pct
    s0   "Overnight" asset=- up change=2 point level=6 % | Overnight rose two points to six pct
    "#);
}

/// Look-alikes of the rules above: a figure expected is no `from`; things a business
/// counts are no ranking's places; a loss before a move that names no side is below zero,
/// one before a loss is not; a time that opens a sentence is its first clause's; a noun's
/// `that` is a relative clause; `than expected` compares no time; money lost is a loss's
/// level, a percent lost a fall.
#[test]
fn look_alikes() {
    let lines = [
        "EPS came in at $1.02, versus $0.98 expected.",
        "The bank will shed 600 positions.",
        "Operating result rose to EUR 146mn from a loss of EUR 267mn .",
        "The company reports a loss for the period of EUR 0.4 mn compared to a loss of EUR 1.9 mn .",
        "In 2008, sales rose 5%, while in 2007 they fell 3%.",
        "Initial jobless claims that were filed last week rose 12,000.",
        "Profit rose 5% more than expected in the third quarter.",
        "AMR posted a loss of $761m.",
        "The company reported a loss of 1.5 mln dlrs, compared with a profit of 2 mln dlrs.",
        "Shares suffered a loss of 5% on Monday.",
        // What a business lost is its result, below zero; a price's loss is a fall.
        "Hollinger lost 87 mln dlrs last year.",
        "The company lost 10 cts per share in 1985.",
        "The company lost 7.1 mln dlrs in 1986 against a loss of 8.8 mln dlrs.",
        "Shares lost 10 cts to 5.20 dlrs.",
        "Wall Street lost $500bn in value.",
    ];
    let out = moves_of(&lines);
    insta::assert_snapshot!(out, @r#"
    s0   "EPS" asset=- - level=1.02 USD per share | EPS came in at $1.02
    s0   "The bank" asset=- down change=600 "positions" | The bank will shed 600 positions
    s0   "Operating result" asset=- up level=146000000 EUR from=-267000000 EUR | Operating result rose to EUR 146mn from a loss of EUR 267mn
    s0   "loss" asset=- down level=400000 EUR from=1900000 EUR timing="for the period" | a loss for the period of EUR 0.4 mn compared to a loss of EUR 1.9 mn
    s0   "sales" asset=- up change=5 % timing="In 2008" | sales rose 5%
    s0   "sales" asset=- down change=3 % | sales rose 5%, while in 2007 they fell 3%
    s0   "Initial jobless claims" asset=- up change=12000 | Initial jobless claims that were filed last week rose 12,000
    s0   "Profit" asset=- up change=5 % timing="in the third quarter" | Profit rose 5% more than expected in the third quarter
    s0   "loss" asset=- - level=761000000 USD | a loss of $761m
    s0   "loss" asset=- up level=1500000 USD from=-2000000 USD | a loss of 1.5 mln dlrs, compared with a profit of 2 mln dlrs
    s0   "Shares" asset=- down change=5 % timing="on Monday" | Shares suffered a loss of 5% on Monday
    s0   "Hollinger" asset=- - level=-87000000 USD timing="last year" | Hollinger lost 87 mln dlrs last year
    s0   "The company" asset=- - level=-0.1 USD per share timing="in 1985" | The company lost 10 cts per share in 1985
    s0   "The company" asset=- up level=-7100000 USD from=-8800000 USD timing="in 1986" | The company lost 7.1 mln dlrs in 1986 against a loss of 8.8 mln dlrs
    s0   "Shares" asset=- down change=0.1 USD level=5.2 USD | Shares lost 10 cts to 5.20 dlrs
    s0   "Wall Street" asset=- down change=500000000000 USD | Wall Street lost $500bn
    "#);
}

/// The terms of a deal (an issue's or an offer's price, a nominal value) and accounting terms
/// (`investment gains`, a `sinking fund`) are no market's move; a profit after an
/// extraordinary gain still is.
#[test]
fn deal_terms_and_accounting_terms() {
    let lines = [
        "It will offer 2.1 mln common shares at a price of 14 dlrs per share.",
        "The issue price of 99.75 pct was set on Wednesday.",
        "It issued 38,244 new shares with a nominal value of EUR 1.35 per share.",
        "Net excludes realized investment gains of 449,920 dlrs or 15 cts per share.",
        "It will redeem its 15 pct sinking fund debentures.",
        "Profit rose to 44.1 mln dlrs, after a one mln dlr extraordinary gain, from 35.1 mln dlrs.",
        "Primary capital grew to 6.2 billion dlrs from 5.3 billion dlrs.",
        "The value of the orders is over EUR 10mn .",
        "The contract has a potential value of about 300 mln dlrs.",
        "The preferred shares have a liquidation value of 25 dlrs a share.",
        "The contract value amounts to EUR 2.4 million .",
        "The notes were priced at 99.534 to yield 8.061 pct.",
    ];
    let out = moves_of(&lines);
    insta::assert_snapshot!(out, @r#"
    s0   "Profit" asset=- up level=44100000 USD from=35100000 USD | Profit rose to 44.1 mln dlrs, after a one mln dlr extraordinary gain, from 35.1 mln dlrs
    s0   "Primary capital" asset=- up level=6200000000 USD from=5300000000 USD | Primary capital grew to 6.2 billion dlrs from 5.3 billion dlrs
    "#);
}

/// Places in a chart or a ranking and a game's score move no market; a rate quoted against a
/// currency does.
#[test]
fn rankings_and_games_are_no_markets() {
    let lines = [
        "Coach Carter fell two places to number four.",
        "Disco Inferno crept up from six to five.",
        "Martin Allen's brave side came back from two goals down.",
        "Stephen Fry rising nine places to 15.",
        "The kwacha fell to 21 to the dollar from just over two.",
        "Colour television exports fell to 343,315 sets in February from 416,832.",
        "Scotland have lost 12 of their 14 games.",
        // A place after `the last`, `the top` or `number`.
        "Hewitt had never reached the last four at a Grand Slam.",
        "Club Foot and LSF reached numbers 19 and 10 in the UK singles chart.",
        "Shares of the top 10 banks fell 5 pct.",
        "The six largest Latin American economies grew by more than 3%.",
    ];
    let out = moves_of(&lines);
    insta::assert_snapshot!(out, @r#"
    s0   "The kwacha" asset=- down level=21 from=2 [more_than] | The kwacha fell to 21 to the dollar from just over two
    s0   "Colour television exports" asset=- down level=343315 "sets" from=416832 "sets" timing="in February" | Colour television exports fell to 343,315 sets in February from 416,832
    s0   "Shares of the top 10 banks" asset=- down change=5 % | Shares of the top 10 banks fell 5 pct
    s0   "The six largest Latin American economies" asset=- up change=3 % [more_than] | The six largest Latin American economies grew by more than 3%
    "#);
}

#[test]
fn times_of_a_move() {
    let lines = [
        "Actual reserves rose by 305 mln dlrs in February to 22.26 billion dlrs, after rising 29 mln in January to 21.95 billion.",
        "Private sector credit grew to 22.24 billion dlrs from a revised 20.92 billion in November.",
        "Its share of the market rose to 29 pct in January from 26 pct a year earlier.",
        "The jobless rate fell from 7.5 pct in January to 7.2 pct in February.",
        "Net profit plunged to EUR 29.4 million for the first nine months of 2009 from EUR 58.7 million.",
        "In 2006 , net sales were SEK 91.06 bn .",
        "It reported net sales of EUR 1.5 m for the third quarter 2008 .",
        "Orders were 15% higher than in the same period of 2003.",
        "It forecast an increase in second quarter earnings to $18.7 million.",
        "Assets totaled 46.59 billion dlrs at the end of April.",
        "The index eased to 55.7 points from yesterday's 56.0.",
        // A time that opens the sentence is no part of its subject.
        "In the first four months of this year public debt rose 301.1 billion francs.",
        "At the close of trading the all ordinaries index was 11.6 points higher at 1,799.0.",
        "The cost of living rose 0.4 pct.",
        // The time of what a figure is compared with is none of the move's.
        "Sales were down by 12.5 pct on last year.",
        "Net sales for January-June 2010 were EUR67.8 m, up 9.7 % on the same period in 2009.",
        "Retail sales dropped by 1% on the month in December.",
    ];
    let out = moves_of(&lines);
    insta::assert_snapshot!(out, @r#"
    s0   "Actual reserves" asset=- up change=305000000 USD level=22260000000 USD timing="in February" | Actual reserves rose by 305 mln dlrs in February to 22.26 billion dlrs
    s0   "Actual reserves" asset=- up change=29000000 USD level=21950000000 USD timing="in January" | Actual reserves rose by 305 mln dlrs in February to 22.26 billion dlrs, after rising 29 mln in January to 21.95 billion
    s0   "Private sector credit" asset=- up level=22240000000 USD from=20920000000 USD | Private sector credit grew to 22.24 billion dlrs from a revised 20.92 billion
    s0   "Its share of the market" asset=- up level=29 % from=26 % timing="in January" | Its share of the market rose to 29 pct in January from 26 pct
    s0   "The jobless rate" asset=- down level=7.2 % from=7.5 % timing="in February" | The jobless rate fell from 7.5 pct in January to 7.2 pct in February
    s0   "Net profit" asset=- down level=29400000 EUR from=58700000 EUR timing="for the first nine months of 2009" | Net profit plunged to EUR 29.4 million for the first nine months of 2009 from EUR 58.7 million
    s0   "net sales" asset=- - level=91060000000 SEK timing="In 2006" | net sales were SEK 91.06 bn
    s0   "net sales" asset=- - level=1500000 EUR timing="for the third quarter 2008" | net sales of EUR 1.5 m for the third quarter 2008
    s0   "Orders" asset=- up change=15 % | Orders were 15% higher
    s0   "earnings" asset=- up level=18700000 USD timing="second quarter" | an increase in second quarter earnings to $18.7 million
    s0   "Assets" asset=- - level=46590000000 USD timing="at the end of April" | Assets totaled 46.59 billion dlrs at the end of April
    s0   "The index" asset=- down level=55.7 point from=56 point | The index eased to 55.7 points from yesterday's 56.0
    s0   "public debt" asset=- up change=301100000000 FRF timing="In the first four months of this year" | public debt rose 301.1 billion francs
    s0   "the all ordinaries index" asset=- up change=11.6 point level=1799 point timing="At the close of trading" | the all ordinaries index was 11.6 points higher at 1,799.0
    s0   "The cost of living" asset=- up change=0.4 % | The cost of living rose 0.4 pct
    s0   "Sales" asset=- down change=12.5 % | Sales were down by 12.5 pct
    s0   "Net sales" asset=- up change=9.7 % level=67800000 EUR timing="for January-June 2010" | Net sales for January-June 2010 were EUR67.8 m, up 9.7 %
    s0   "Retail sales" asset=- down change=1 % timing="in December" | Retail sales dropped by 1% on the month in December
    "#);
}

/// A level's own name after an article, where the words before it are a clause's verb and
/// subject; not after a comparison (its figure is compared with), nor a rate of how fast, nor
/// where a metric stands before it.
#[test]
fn levels_named_after_their_article() {
    let lines = [
        "The company swung to a net profit of EUR 300,000 for 2008 versus a net loss of EUR 65.3 million.",
        "Ericsson returned a net profit of 19bn kronor, compared with a loss of 10.8bn kronor.",
        "The company paid a dividend of 14 cts per share.",
        "Canada's current account deficit widened to a seasonally adjusted 2.27 billion dlrs in the fourth quarter from a deficit of 1.94 billion dlrs in the third.",
        "The company earned 1.9 mln dlrs against a loss of 16.5 mln dlrs in the year-ago period.",
        "U.S. construction spending rose 1.7 billion dlrs, or 0.4 pct, in April to a seasonally adjusted rate of 384.1 billion dlrs, the Commerce Department said.",
        "Analysts expect first quarter real GNP to come in at an annual rate of 2.5 pct.",
        "Earnings per share EPS in 2005 amounted to a loss of EUR1 .26 .",
        "Shr Class A loss three cts vs profit 12 cts",
    ];
    let out = moves_of(&lines);
    insta::assert_snapshot!(out, @r#"
    s0   "net profit" asset=- up level=300000 EUR from=-65300000 EUR timing="for 2008" | net profit of EUR 300,000 for 2008 versus a net loss of EUR 65.3 million
    s0   "net profit" asset=- up level=19000000000 SEK from=-10800000000 SEK | net profit of 19bn kronor, compared with a loss of 10.8bn kronor
    s0   "dividend" asset=- - level=0.14 USD per share | dividend of 14 cts per share
    s0   "U.S. construction spending" asset=- up change=1700000000 USD level=384100000000 USD timing="in April" | U.S. construction spending rose 1.7 billion dlrs, or 0.4 pct, in April to a seasonally adjusted rate of 384.1 billion dlrs
    s0   "real GNP" asset=- - level=2.5 % timing="first quarter" | first quarter real GNP to come in at an annual rate of 2.5 pct
    s0   "Earnings per share EPS" asset=- - level=-1.26 EUR per share | Earnings per share EPS in 2005 amounted to a loss of EUR1 .26
    s0   "Shr Class A loss" asset=- up level=0.03 USD per share from=-0.12 USD per share | Shr Class A loss three cts vs profit 12 cts
    "#);
}

/// Verbs that state a level (`averaged`, `opened at`, `quoted at`) are cues of one; verbs of
/// how a move went (`opened`, `settled`, `began to`, `last`) stand between a subject and its
/// cue, outside the subject; `projects that` opens a clause with a subject of its own.
#[test]
fn levels_of_verbs_that_state_one() {
    let lines = [
        "Gasoline demand averaged 6.60 mln bpd, up 2.4 pct from 6.44 mln.",
        "The dollar opened at 145.10/20 yen, down from 145.85/90.",
        "Dixons shares were last quoted at 390p, up on last night's close of 380p.",
        "Central Bank bills had peaked at 43.1 billion pesos in April 1986.",
        "Trading in Morton-Thiokol stock opened up 4-1/4 at 50.",
        "April crude settled 28 cts higher at 18.64 dlrs.",
        "Producer prices began to rise in March, to 460 dlrs a tonne.",
        "The subcommittee projects that the current account surplus will fall to 50 billion dlrs.",
        "U.S. housing starts rose 4.4 pct in September.",
        "The economy expanded at an annual rate of 3.7% in the July to September period.",
        "Gold reserves remained stable at 218.32 billion francs.",
        "Market leader ICI stood unchanged at 1,335.",
        "The offer is a premium of 2-1/2 pct over today's closing price of 1,600 yen.",
    ];
    let out = moves_of(&lines);
    insta::assert_snapshot!(out, @r#"
    s0   "Gasoline demand" asset=- up change=2.4 % level=6600000 bbl per d from=6440000 bbl per d | Gasoline demand averaged 6.60 mln bpd, up 2.4 pct from 6.44 mln
    s0   "The dollar" asset=usd down level=145.1..145.2 JPY from=145.85..145.9 JPY | The dollar opened at 145.10/20 yen, down from 145.85/90
    s0   "Dixons shares" asset=- - level=3.9 GBP | Dixons shares were last quoted at 390p
    s0   "Central Bank bills" asset=- - level=43100000000 MXN timing="in April 1986" | Central Bank bills had peaked at 43.1 billion pesos in April 1986
    s0   "Trading in Morton-Thiokol stock" asset=- up change=4.25 level=50 | Trading in Morton-Thiokol stock opened up 4-1/4 at 50
    s0   "April crude" asset=oil up change=0.28 USD level=18.64 USD | April crude settled 28 cts higher at 18.64 dlrs
    s0   "Producer prices" asset=- up level=460 USD per t timing="in March" | Producer prices began to rise in March, to 460 dlrs a tonne
    s0   "the current account surplus" asset=- down level=50000000000 USD | the current account surplus will fall to 50 billion dlrs
    s0   "U.S. housing starts" asset=- up change=4.4 % timing="in September" | U.S. housing starts rose 4.4 pct in September
    s0   "The economy" asset=- up change=3.7 % timing="in the July to September period" | The economy expanded at an annual rate of 3.7% in the July to September period
    s0   "Gold reserves" asset=- flat level=218320000000 FRF | Gold reserves remained stable at 218.32 billion francs
    s0   "Market leader ICI" asset=- flat level=1335 | Market leader ICI stood unchanged at 1,335
    s0   "closing price" asset=- - level=1600 JPY | closing price of 1,600 yen
    "#);
}

/// A thing's aside, after its comma, has the thing before it as its subject (not a person's:
/// "Dulko, who had lost all three" is a player's record); a possessive opens that subject
/// past the verb before it.
#[test]
fn subjects_of_asides() {
    let lines = [
        "The FTSE 100 index , which rose 36.7 points ( or 0.6 % ) on the day , closed higher.",
        "Japan wants to reduce its bilateral trade surplus, which rose to 7.4 billion dlrs last year from 4.3 billion dlrs.",
        "Dulko, who had lost all three, left the court.",
        // No aside, but a clause of its own, after `, while`.
        "Butter consumption rose to 4.1 kilos per head in 1986 from four kilos in 1985, while margarine consumption including low fat margarine, fell to 14 kilos per head from 14.3 kilos.",
    ];
    let out = moves_of(&lines);
    insta::assert_snapshot!(out, @r#"
    s0   "The FTSE 100 index" asset=ftse_100 up change=36.7 point timing="on the day" | The FTSE 100 index , which rose 36.7 points ( or 0.6 % ) on the day
    s0   "its bilateral trade surplus" asset=- up level=7400000000 USD from=4300000000 USD timing="last year" | its bilateral trade surplus, which rose to 7.4 billion dlrs last year from 4.3 billion dlrs
    s0   "Butter consumption" asset=- up level=4.1 kg per head from=4 kg per head timing="in 1986" | Butter consumption rose to 4.1 kilos per head in 1986 from four kilos
    s0   "margarine consumption" asset=- down level=14 kg per head from=14.3 kg per head | margarine consumption including low fat margarine, fell to 14 kilos per head from 14.3 kilos
    "#);
}

/// A figure in digits alone beside one scaled by a word (`mn`, `billion`) is in the same
/// thousands where that brings the two within ten times of each other; a percent is never
/// so scaled, and two figures far apart stay apart.
#[test]
fn one_scale_for_a_level_and_its_from() {
    let lines = [
        "Pretax profit rose to EUR 1,019 mn from EUR 1,007 .",
        "Borrowing in the December quarter rose to 3.92 billion from 1.79.",
        "traffic rose 37 pct to 4.80 revenue passenger miles from 3.50 billion.",
        "net profit soared to 3,053,000 dlrs for the first quarter from 9,000 dlrs.",
        // Far past any real figure: no overflow.
        "Reserves rose to 8,000,000,000,000,000,000 billion dlrs from 9.",
    ];
    let out = moves_of(&lines);
    insta::assert_snapshot!(out, @r#"
    s0   "Pretax profit" asset=- up level=1019000000 EUR from=1007000000 EUR | Pretax profit rose to EUR 1,019 mn from EUR 1,007
    s0   "Borrowing" asset=- up level=3920000000 from=1790000000 timing="in the December quarter" | Borrowing in the December quarter rose to 3.92 billion from 1.79
    s0   "traffic" asset=- up change=37 % level=4800000000 from=3500000000 | traffic rose 37 pct to 4.80 revenue passenger miles from 3.50 billion
    s0   "net profit" asset=- up level=3053000 USD from=9000 USD timing="for the first quarter" | net profit soared to 3,053,000 dlrs for the first quarter from 9,000 dlrs
    s0   "Reserves" asset=- up level=8000000000000000000000000000 USD from=9 USD | Reserves rose to 8,000,000,000,000,000,000 billion dlrs from 9
    "#);
}

/// A bare change or level beside the other in a unit of amount is in that unit, with the
/// scale it elides and a minor unit's hundredth from the level; not with a relative unit, nor
/// as a fraction in words. A level beside a change in a minor unit is in it where written
/// without a point (pence) or where the change would be tiny in the major unit (cents a
/// gallon), in the major unit otherwise, and bare below one of it (a report's range). A bare
/// figure with a scale word after money of one currency in its sentence is in that currency.
#[test]
fn one_unit_for_a_change_and_its_level() {
    let lines = [
        "Bank notes in circulation fell 440.2 mln francs to 24.48 billion.",
        "earnings from its European operations declined 75.4 mln dlrs to 104.0.",
        "Foreign exchange trading income totaled 71.3 mln dlrs, up 44.3 mln.",
        "The New York May price was down 15.59 at 108.00 cents a lb.",
        "Metal Box was quoted at 1,410 dlrs per tonne, up four.",
        "Tenneco was up 1-7/8 dlrs to 48-5/8.",
        "Pearson shares were down 4-1/2p to 567.",
        "federal government loan stock fell 10 pfennigs to 103.20.",
        "Lloyds rose one penny to 488.",
        "spot two oil rose 0.35 cent in ny harbor, to 49.35.",
        "CBT March wheat was up 1-1/2 cents at 2.92.",
        "Tenneco rose two points to 48-3/4.",
        "Feeder Cattle futures traded 0.02 cent lower to 0.25.",
        "Cocoa futures settled at nine dlrs lower to seven.",
        "Comex gold rose 5 cents to 421.30.",
        "The index rose 2.6 pct to 118.5.",
        "net sales of 81 million euros in 2007, an increase by one-tenth.",
        // A bare figure with a scale word after money of one currency in its sentence.
        "Net income rose to 102.2 mln dlrs from 88.4 mln, but net investment securities gains dropped to 43.1 mln from 58.1 mln.",
        "Turnover rose to 5.2 billion marks and authorized common rose to 20 mln shares from 15 mln.",
        "Sales rose to 5.2 billion marks or 2.9 billion dlrs, and orders fell to 1.1 billion.",
    ];
    let out = moves_of(&lines);
    insta::assert_snapshot!(out, @r#"
    s0   "Bank notes in circulation" asset=- down change=440200000 FRF level=24480000000 FRF | Bank notes in circulation fell 440.2 mln francs to 24.48 billion
    s0   "earnings from its European operations" asset=- down change=75400000 USD level=104000000 USD | earnings from its European operations declined 75.4 mln dlrs to 104.0
    s0   "Foreign exchange trading income" asset=- up change=44300000 USD level=71300000 USD | Foreign exchange trading income totaled 71.3 mln dlrs, up 44.3 mln
    s0   "The New York May price" asset=- down change=0.1559 USD per lb level=1.08 USD per lb | The New York May price was down 15.59 at 108.00 cents a lb
    s0   "Metal Box" asset=- up change=4 USD per t level=1410 USD per t | Metal Box was quoted at 1,410 dlrs per tonne, up four
    s0   "Tenneco" asset=- up change=1.875 USD level=48.625 USD | Tenneco was up 1-7/8 dlrs to 48-5/8
    s0   "Pearson shares" asset=- down change=0.045 GBP level=5.67 GBP | Pearson shares were down 4-1/2p to 567
    s0   "federal government loan stock" asset=- down change=0.1 DEM level=103.2 DEM | federal government loan stock fell 10 pfennigs to 103.20
    s0   "Lloyds" asset=- up change=0.01 GBP level=4.88 GBP | Lloyds rose one penny to 488
    s0   "spot two oil" asset=oil up change=0.0035 USD level=0.4935 USD | spot two oil rose 0.35 cent in ny harbor, to 49.35
    s0   "CBT March wheat" asset=wheat up change=0.015 USD level=2.92 USD | CBT March wheat was up 1-1/2 cents at 2.92
    s0   "Tenneco" asset=- up change=2 point level=48.75 point | Tenneco rose two points to 48-3/4
    s0   "Feeder Cattle futures" asset=- down change=0.0002 USD level=0.25 | Feeder Cattle futures traded 0.02 cent lower to 0.25
    s0   "Cocoa futures" asset=cocoa - level=9 USD | Cocoa futures settled at nine dlrs
    s0   "Cocoa futures" asset=cocoa down change=9 USD level=7 | Cocoa futures settled at nine dlrs lower to seven
    s0   "Comex gold" asset=gold up change=0.05 USD level=421.3 USD | Comex gold rose 5 cents to 421.30
    s0   "The index" asset=- up change=2.6 % level=118.5 | The index rose 2.6 pct to 118.5
    s0   "net sales" asset=- up change=0.1 level=81000000 EUR timing="in 2007" | net sales of 81 million euros in 2007, an increase by one-tenth
    s0   "Net income" asset=- up level=102200000 USD from=88400000 USD | Net income rose to 102.2 mln dlrs from 88.4 mln
    s0   "net investment securities gains" asset=- down level=43100000 USD from=58100000 USD | net investment securities gains dropped to 43.1 mln from 58.1 mln
    s0   "Turnover" asset=- up level=5200000000 DEM | Turnover rose to 5.2 billion marks
    s0   "authorized common" asset=- up level=20000000 "shares" from=15000000 "shares" | authorized common rose to 20 mln shares from 15 mln
    s0   "Sales" asset=- up level=5200000000 DEM | Sales rose to 5.2 billion marks
    s0   "orders" asset=- down level=1100000000 | orders fell to 1.1 billion
    "#);
}

/// A phrase of where, for what or with whom stays in the subject (`for` after any noun, `to`
/// after trade and lending, `with` after a balance), one of when does not.
#[test]
fn phrases_that_stay_in_a_subject() {
    let lines = [
        "Exports to Japan fell 2.3 pct to 1.28 billion.",
        "Taiwan's surplus with the U.S. rose to 13.6 billion dlrs last year from 10.2 billion.",
        "Unit costs for flight operations fell by 6.4 percent.",
        "Sales for all of March advanced to 28,476 from 15,175.",
        "Profits for the full year 1987 rose to 32 mln dlrs.",
    ];
    let out = moves_of(&lines);
    insta::assert_snapshot!(out, @r#"
    s0   "Exports to Japan" asset=- down change=2.3 % level=1280000000 | Exports to Japan fell 2.3 pct to 1.28 billion
    s0   "Taiwan's surplus with the U.S" asset=- up level=13600000000 USD from=10200000000 USD timing="last year" | Taiwan's surplus with the U.S. rose to 13.6 billion dlrs last year from 10.2 billion
    s0   "Unit costs for flight operations" asset=- down change=6.4 % | Unit costs for flight operations fell by 6.4 percent
    s0   "Sales" asset=- up level=28476 from=15175 timing="for all of March" | Sales for all of March advanced to 28,476 from 15,175
    s0   "Profits" asset=- up level=32000000 USD timing="for the full year 1987" | Profits for the full year 1987 rose to 32 mln dlrs
    "#);
}

/// "A and B rose X and Y, respectively": a move of each thing with its own figure, from
/// Reuters, ECTSum and PhraseBank; a figure said once is each one's. Not where the `and` may
/// be inside a phrase of the subject, one word may share the last part's head noun, a
/// conjunct is a time, or the list is longer than the subject's (the last five lines claim
/// that alone: some of their subjects are as poor as before). A loss stays below zero for
/// each; figures with no stated way go each their own way.
#[test]
fn respectively_splits_a_move() {
    let out = moves_of(&[
        "Total M2 and local M2 rose 32.5 pct and 23.9 pct on the year-ago month, respectively.",
        "consolidated fourth-quarter revenue and fee revenue increased 23% and 42%, respectively.",
        "Es Sider and the heavier Urals crude oil, which were each up 22 cts a barrel last Friday \
         to 19.40 dlrs and 19.16 dlrs a barrel, respectively.",
        "The export duty and gazetted price of palm kernel stood unchanged at 191.15 and 955.75 \
         ringgit per tonne respectively.",
        "q1 diluted earnings per share and adjusted earnings per share of $1.58 and $1.70, \
         respectively.",
        "Hollinger Inc and Southam Inc lost 87 mln and 20 mln dlrs, respectively, last year.",
        "Net profit and sales were 12 mln and 50 mln dlrs, compared with 10 mln and 55 mln, \
         respectively.",
        "Both operating profit and net sales for the six-month period increased , respectively \
         from EUR0 .4 m and EUR3 .2 m , as compared to the corresponding period in 2005 .",
        "Advertising and circulation revenues grew by 3.4 % and by 0.4 % , respectively .",
        "U.S. and Japanese bond yields rose to 8.5 and 5.1 pct, respectively.",
        "the rig count for Texas and Oklahoma fell by 23 and 13, respectively.",
        "Colorado, Wyoming and Texas which increased by 20, seven and one, respectively.",
        "Current qtr and year figures include gains on securities sales of 3.9 mln dlrs and 38 \
         mln dlrs, respectively.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "Total M2" asset=- up change=32.5 % | Total M2 and local M2 rose 32.5 pct and 23.9 pct
    s0   "local M2" asset=- up change=23.9 % | Total M2 and local M2 rose 32.5 pct and 23.9 pct
    s0   "consolidated fourth-quarter revenue" asset=- up change=23 % | consolidated fourth-quarter revenue and fee revenue increased 23% and 42%
    s0   "fee revenue" asset=- up change=42 % | consolidated fourth-quarter revenue and fee revenue increased 23% and 42%
    s0   "Es Sider" asset=- up change=0.22 USD per bbl level=19.4 USD per bbl | Es Sider and the heavier Urals crude oil, which were each up 22 cts a barrel last Friday to 19.40 dlrs and 19.16 dlrs a barrel
    s0   "the heavier Urals crude oil" asset=oil up change=0.22 USD per bbl level=19.16 USD per bbl | Es Sider and the heavier Urals crude oil, which were each up 22 cts a barrel last Friday to 19.40 dlrs and 19.16 dlrs a barrel
    s0   "The export duty" asset=- flat level=191.15 MYR per t | The export duty and gazetted price of palm kernel stood unchanged at 191.15 and 955.75 ringgit per tonne
    s0   "gazetted price of palm kernel" asset=- flat level=955.75 MYR per t | The export duty and gazetted price of palm kernel stood unchanged at 191.15 and 955.75 ringgit per tonne
    s0   "diluted earnings per share" asset=- - level=1.58 USD per share timing="q1" | q1 diluted earnings per share and adjusted earnings per share of $1.58 and $1.70
    s0   "adjusted earnings per share" asset=- - level=1.7 USD per share | q1 diluted earnings per share and adjusted earnings per share of $1.58 and $1.70
    s0   "Hollinger Inc" asset=- - level=-87000000 USD timing="last year" | Hollinger Inc and Southam Inc lost 87 mln and 20 mln dlrs, respectively, last year
    s0   "Southam Inc" asset=- - level=-20000000 USD timing="last year" | Hollinger Inc and Southam Inc lost 87 mln and 20 mln dlrs, respectively, last year
    s0   "Net profit" asset=- - level=12000000 USD | Net profit and sales were 12 mln and 50 mln dlrs
    s0   "sales" asset=- - level=50000000 USD | Net profit and sales were 12 mln and 50 mln dlrs
    s0   "operating profit" asset=- up from=400000 EUR timing="for the six-month period" | Both operating profit and net sales for the six-month period increased , respectively from EUR0 .4 m and EUR3 .2 m
    s0   "net sales" asset=- up from=3200000 EUR timing="for the six-month period" | Both operating profit and net sales for the six-month period increased , respectively from EUR0 .4 m and EUR3 .2 m
    s0   "Advertising and circulation revenues" asset=- up change=3.4 % | Advertising and circulation revenues grew by 3.4 %
    s0   "U.S. and Japanese bond yields" asset=bond_yield up level=8.5 % | U.S. and Japanese bond yields rose to 8.5
    s0   "the rig count for Texas and Oklahoma" asset=- down change=23 | the rig count for Texas and Oklahoma fell by 23
    s0   "Colorado, Wyoming and Texas" asset=- up change=20 | Colorado, Wyoming and Texas which increased by 20
    s0   "Current qtr and year figures include gains" asset=- - level=3900000 USD | Current qtr and year figures include gains on securities sales of 3.9 mln dlrs
    "#);
}

/// A cause opens a clause of its own (`due to`, `owing to`, `thanks to`, `because of`): its
/// figure is no level of the move before it, and a noun cue after it is a move (Reuters and
/// PhraseBank sentences).
#[test]
fn a_cause_opens_its_own_clause() {
    let out = moves_of(&[
        "Venezuela requested easier terms because of a 40 pct drop in oil income last year.",
        "He added that real GDP growth of three pct in 1986 was due to a six pct increase in \
         real internal demand.",
        "The decline in gold production last year was due to a four pct drop in tonnage milled.",
        "In the third quarter , net sales rose by 8 % year-on-year to EUR64 .3 m , due to the \
         business acquisitions realized during the first half of 2008 .",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "oil income" asset=- down change=40 % timing="last year" | 40 pct drop in oil income last year
    s0   "real internal demand" asset=- up change=6 % | six pct increase in real internal demand
    s0   "tonnage milled" asset=- down change=4 % | four pct drop in tonnage milled
    s0   "net sales" asset=- up change=8 % level=64300000 EUR timing="In the third quarter" | net sales rose by 8 % year-on-year to EUR64 .3 m
    "#);
}

/// The next figure of a list whose first the move took (after `and`, or a comma: a bid and an
/// offer) is no change or level of its own; one with a way or a qualifier after a comma may
/// be (Reuters).
#[test]
fn the_next_of_a_list_is_no_other_slot() {
    let out = moves_of(&[
        "U.K. Consumption of lead and zinc in all forms during January rose to 26,314 and 18,778 \
         tonnes, from 24,967 and 17,929 tonnes respectively in December.",
        "Posted prices for 0.3 pct and one pct low sulphur fuels were unchanged at 22 and 20 \
         dlrs, it said",
        "One-month deposits rose to 6-1/2, 3/8 pct from 6-1/4.",
        "Newman shares eased one penny on the announcement to 43p while Hawker was unchanged at \
         528p, three pence higher on last night's close.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "U.K. Consumption of lead and zinc" asset=zinc up level=26314 t from=24967 t | U.K. Consumption of lead and zinc in all forms during January rose to 26,314 and 18,778 tonnes, from 24,967
    s0   "low sulphur fuels" asset=- flat level=22 USD | low sulphur fuels were unchanged at 22
    s0   "deposits" asset=- up level=6.5 from=6.25 | deposits rose to 6-1/2, 3/8 pct from 6-1/4
    s0   "Newman shares" asset=- down change=0.01 GBP level=0.43 GBP | Newman shares eased one penny on the announcement to 43p
    s0   "Hawker" asset=- flat change=0.03 GBP level=5.28 GBP | Hawker was unchanged at 528p, three pence
    s0   "Hawker" asset=- up change=0.03 GBP | Hawker was unchanged at 528p, three pence higher
    "#);
}

/// A participle of what a move brought about, after a comma, opens a clause of its own; its
/// figures are none of the move's (an aside set off by commas is not one; a participle that
/// says more of the move reads on). Reuters sentences. The award's subject (the contract
/// value) is as wrong as before: what this test holds is where each clause ends (the
/// participle `closing` takes the sentence's subject since the next round).
#[test]
fn a_consequence_opens_its_own_clause() {
    let out = moves_of(&[
        "The key 7-1/2 pct 30-year Treasury bond price finished 3/4 higher at 95-27/32, pushing \
         the yield down to 7.86 pct from 7.93 pct.",
        "The pre-tax figure fell to 788 mln crowns from 872 mln in 1985, on sales increased from \
         4.1 billion to 4.2 billion, giving net earnings of 521 mln crowns against 604 mln in \
         1985.",
        "The new award increases the total contract value, including options, to over 13.8 mln \
         dlrs.",
        "After the announcement, the company's stock retreated, closing at 93-7/8, up 1-3/8.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "Treasury bond price" asset=- up change=0.75 level=95.84375 | Treasury bond price finished 3/4 higher at 95-27/32
    s0   "The pre-tax figure" asset=- down level=788000000 SEK from=872000000 SEK | The pre-tax figure fell to 788 mln crowns from 872 mln
    s0   "sales" asset=- up level=4200000000 SEK from=4100000000 SEK | sales increased from 4.1 billion to 4.2 billion
    s0   "net earnings" asset=- down level=521000000 SEK from=604000000 SEK | net earnings of 521 mln crowns against 604 mln
    s0   "The new award" asset=- up level=13800000 USD [more_than] | The new award increases the total contract value, including options, to over 13.8 mln dlrs
    s0   "the company's stock" asset=- down level=93.875 | the company's stock retreated, closing at 93-7/8
    s0   "the company's stock" asset=- up change=1.375 level=93.875 | the company's stock retreated, closing at 93-7/8, up 1-3/8
    "#);
}

/// Growth below zero is a fall of its size; the time of what it is "the same as" is not its
/// own (BBC's bbc-1543).
#[test]
fn growth_below_zero_is_a_fall() {
    let out = moves_of(&[
        "In the three-months to January, like-for-like sales showed a growth rate of -0.1%, the \
         same as in the three months to December, the BRC said.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "like-for-like sales" asset=- down change=0.1 % | like-for-like sales showed a growth rate of -0.1%
    "#);
}

/// A verb after `not`, `never` or a word in `n't` says what did not happen: no move (its
/// figures stay facts); so does `declined to` and a verb of saying or doing. A particle
/// verb's `up` or `down` is no direction (`take up`, `making up`, `pay down`). Reuters and
/// PhraseBank sentences; the last is a control.
#[test]
fn a_denied_verb_or_a_particle_moves_nothing() {
    let out = moves_of(&[
        "He said the imbalance will not fall much below 100 billion dlrs this year.",
        "Officials insisted the won should not rise more than seven pct this year.",
        "Sales didn't rise 5 pct, and exports never fell 3 pct.",
        "Foreign sales were expected to take up 850 billion lire.",
        "Proceeds will be used to pay down 600 mln dlrs of bridge loans.",
        "Universities get their parents to stump up nearly a third of the fees.",
        "Zuckerman declined to name the other two houses.",
        "Prices did not significantly fall 5 pct.",
        "Exports to Russia, making up 0.1 percent of sales, rose 4 pct.",
        // Things counted right after `hit` are what it strikes; after an article or
        // `record`, or where a measure hits them, the level it reached.
        "Liam Livingstone hit 34 fours and 27 sixes.",
        "Tsunamis hit six tourist provinces.",
        "Stock turnover hit a record 2.6 billion shares today.",
        "The death toll hit 120 people.",
        "Turnover hit 2.6 billion shares.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "Exports to Russia" asset=- up change=4 % | Exports to Russia, making up 0.1 percent of sales, rose 4 pct
    s0   "Stock turnover" asset=- - level=2600000000 "shares" timing="today" | Stock turnover hit a record 2.6 billion shares today
    s0   "The death toll" asset=- - level=120 "people" | The death toll hit 120 people
    s0   "Turnover" asset=- - level=2600000000 "shares" | Turnover hit 2.6 billion shares
    "#);
}

/// A figure compared with (`against`, `compared with`, not `from`) on the far side of the
/// level for the move's way is another time's, no start of the move (Reuters). A `from` so
/// placed is kept: a currency quoted per dollar rises as its figure falls.
#[test]
fn a_figure_compared_beyond_the_level_is_another_times() {
    let out = moves_of(&[
        "The rig count was up 14 to 164, against 422 a year ago.",
        "The rig utilization rate rose 0.6 pct to 53.6 pct, against 67.3 pct one year ago.",
        "Deposits placed with them dropped to 4.68 billion dlrs against 4.89 and 4.79 billion.",
        "The Taiwan dollar rose to 36.77 to the U.S. Dollar from 40.45.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "The rig count" asset=- up change=14 level=164 | The rig count was up 14 to 164
    s0   "The rig utilization rate" asset=- up change=0.6 % level=53.6 % | The rig utilization rate rose 0.6 pct to 53.6 pct
    s0   "Deposits placed" asset=- down level=4680000000 USD from=4890000000 USD | Deposits placed with them dropped to 4.68 billion dlrs against 4.89
    s0   "The Taiwan dollar" asset=twd up level=36.77 from=40.45 | The Taiwan dollar rose to 36.77 to the U.S. Dollar from 40.45
    "#);
}

/// The zone of a clock time before a subject is none of it (Reuters).
#[test]
fn a_clock_zone_is_no_subject() {
    let out = moves_of(&[
        "At 0945 GMT the FTSE 100 share index was down 259.1 points at 1,793.2.",
        "By 1100 gmt Norcros shares were quoted at 418p, up from 397p.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "the FTSE 100 share index" asset=ftse_100 down change=259.1 point level=1793.2 point | the FTSE 100 share index was down 259.1 points at 1,793.2
    s0   "Norcros shares" asset=- up level=4.18 GBP from=3.97 GBP timing="By 1100 gmt" | Norcros shares were quoted at 418p, up from 397p
    "#);
}

/// A profit whose level is a loss is below zero, in the profit's terms; so is a loss it came
/// from (PhraseBank's fpb-3574, ECTSum's TDC guidance). A loss's own level stays its size.
#[test]
fn a_profit_at_a_loss_is_below_zero() {
    let out = moves_of(&[
        "Earnings per share EPS in the first quarter amounted to a loss of EUR0 .20 .",
        "Net income fell from a profit of 3 mln dlrs to a loss of 5 mln dlrs.",
        "Net loss fell to 5 mln dlrs from 7 mln dlrs.",
        "Last month's deficit followed an April surplus of 38.66 billion dlrs.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "Earnings per share EPS" asset=- - level=-0.2 EUR per share | Earnings per share EPS in the first quarter amounted to a loss of EUR0 .20
    s0   "Net income" asset=- down level=-5000000 USD from=3000000 USD | Net income fell from a profit of 3 mln dlrs to a loss of 5 mln dlrs
    s0   "Net loss" asset=- down level=5000000 USD from=7000000 USD | Net loss fell to 5 mln dlrs from 7 mln dlrs
    s0   "surplus" asset=- - level=38660000000 USD timing="April" | April surplus of 38.66 billion dlrs
    "#);
}

/// A phrase of when between an amount and the cue after its comma is the move's time, a
/// date's comma included (a time without a preposition too, `today`, `last year`; and a
/// phrase of where opened by `on`); the amount is no lead past a clause of its own (`but`,
/// `while`, `and`). Reuters sentences.
#[test]
fn a_time_between_an_amount_and_its_cue() {
    let out = moves_of(&[
        "The company forecast parent company current profit of 5.50 billion yen in the year \
         ending October 31, 1987, up 12 pct.",
        "The shares closed at 3.90 dlrs today, down 25 cents.",
        "U.S. cement consumption totaled 90.6 mln tons last year, up four pct.",
        "Banks' holdings of commercial paper totalled 264 mln stg at end-April, down six mln.",
        "The company's common is currently trading at 25 dlrs a share on the New York Stock \
         Exchange, down 3/4.",
        "Its traffic volume rose six pct in February compared with a year earlier but revenues \
         were down seven pct.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "parent company current profit" asset=- up change=12 % level=5500000000 JPY timing="in the year ending October 31, 1987" | parent company current profit of 5.50 billion yen in the year ending October 31, 1987, up 12 pct
    s0   "The shares" asset=- down change=0.25 USD level=3.9 USD timing="today" | The shares closed at 3.90 dlrs today, down 25 cents
    s0   "U.S. cement consumption" asset=- up change=4 % level=90600000 t timing="last year" | U.S. cement consumption totaled 90.6 mln tons last year, up four pct
    s0   "Banks' holdings of commercial paper" asset=- down change=6000000 GBP level=264000000 GBP timing="at end-April" | Banks' holdings of commercial paper totalled 264 mln stg at end-April, down six mln
    s0   "The company's common" asset=- down change=0.75 USD per share level=25 USD per share | The company's common is currently trading at 25 dlrs a share on the New York Stock Exchange, down 3/4
    s0   "Its traffic volume" asset=- up change=6 % timing="in February" | Its traffic volume rose six pct in February
    s0   "revenues" asset=- down change=7 % | revenues were down seven pct
    "#);
}

/// Subject edges: a word hyphened into a compound is in it (`after-tax`), `&` joins words
/// spaced too, `albeit` opens no subject, and `the` before an amount makes a verb form a noun
/// (`the 1/4 point rise in U.S. Prime rates`; not things counted: `the nine months rose`); a
/// noun cue after `up on the` is what a move is compared with. BBC, ECTSum and Reuters
/// sentences.
#[test]
fn subject_edges_of_compounds_and_comparisons() {
    let out = moves_of(&[
        "Saab made a profit, albeit with losses halved in 2004 to $200m.",
        "Adjusted after-tax earnings per share $0.97, up 5%.",
        "Small agriculture & turf net sales up 15% to 20%.",
        "Mortgage lending rose by £7.2bn in January, marginally up on the £7.1bn rise in \
         December.",
        "Rotberg declined to say whether the 1/4 point rise in U.S. Prime rates yesterday to \
         7-3/4 pct would last.",
        "Revenue for the nine months rose to 3.20 billion dlrs from 2.70 billion dlrs.",
        // A subject ends on no verb or adverb that stands before a cue, nor on `compared`;
        // a `compared` so left out still says the next level is the `from` of the one
        // before.
        "American Express closed on the New York Stock Exchange at 72-5/8, up 4-1/8.",
        "The January index compared with a year earlier was down 1.1 pct.",
        // Not a noun of the same spelling, nor a word after a determiner.
        "Borrowing needs in 1987 will rise to 10 bln dlrs.",
        "The needs of the state rose to 5 bln dlrs.",
        "Portugal recorded a deficit of 98.1 billion escudos in its trade with the other \
         Community states compared with a deficit of 2.4 billion escudos in 1985.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "losses" asset=- down level=200000000 USD timing="in 2004" | losses halved in 2004 to $200m
    s0   "Adjusted after-tax earnings per share" asset=- up change=5 % level=0.97 USD per share | Adjusted after-tax earnings per share $0.97, up 5%
    s0   "Small agriculture & turf net sales" asset=- up change=15..20 % | Small agriculture & turf net sales up 15% to 20%
    s0   "Mortgage lending" asset=- up change=7200000000 GBP timing="in January" | Mortgage lending rose by £7.2bn in January
    s0   "U.S. Prime rates" asset=- up change=0.25 point level=7.75 % timing="yesterday" | 1/4 point rise in U.S. Prime rates yesterday to 7-3/4 pct
    s0   "Revenue" asset=- up level=3200000000 USD from=2700000000 USD timing="for the nine months" | Revenue for the nine months rose to 3.20 billion dlrs from 2.70 billion dlrs
    s0   "American Express" asset=- up change=4.125 level=72.625 | American Express closed on the New York Stock Exchange at 72-5/8, up 4-1/8
    s0   "The index" asset=- down change=1.1 % timing="January" | The January index compared with a year earlier was down 1.1 pct
    s0   "Borrowing needs" asset=- up level=10000000000 USD timing="in 1987" | Borrowing needs in 1987 will rise to 10 bln dlrs
    s0   "The needs" asset=- up level=5000000000 USD | The needs of the state rose to 5 bln dlrs
    s0   "deficit" asset=- up level=98100000000 PTE from=2400000000 PTE | deficit of 98.1 billion escudos in its trade with the other Community states compared with a deficit of 2.4 billion escudos
    "#);
}

/// The round's rules, held back where the code review found them misfiring: a figure
/// labelled a loss or a rate quoted per currency is still a `from` beyond the level; `pay`
/// and `take` are nouns but after `to`, a modal or `help`; `and` or `that` end a lead's reach
/// before a copula only; an amount compared with lends no time; a loss word that labels no
/// figure leaves the level's sign alone.
#[test]
fn the_rounds_rules_held_back() {
    let out = moves_of(&[
        "Operating profit rose to EUR 0.5 mn, compared with a loss of EUR 3.3 mn.",
        "The yen rose to 140.20 to the dollar, against 141.50.",
        "Average weekly pay up 0.3 pct in March.",
        "Proceeds will be used to help pay down 350 mln dlrs of debt.",
        "Sales of 5.5 billion dlrs in January and February, up 12 pct.",
        "Net sales of EUR 145.8 mn in the quarter that ended June 30, up 10 pct.",
        "Sales rose to 5 mln dlrs from 4 mln dlrs in the same period of 1986, an increase of 25 \
         pct.",
        "Operating profit excluding one-off losses was EUR 12 mn.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "Operating profit" asset=- up level=500000 EUR from=-3300000 EUR | Operating profit rose to EUR 0.5 mn, compared with a loss of EUR 3.3 mn
    s0   "The yen" asset=jpy up level=140.2 from=141.5 | The yen rose to 140.20 to the dollar, against 141.50
    s0   "Average weekly pay" asset=- up change=0.3 % timing="in March" | Average weekly pay up 0.3 pct in March
    s0   "Sales" asset=- up change=12 % level=5500000000 USD timing="in January" | Sales of 5.5 billion dlrs in January and February, up 12 pct
    s0   "Net sales" asset=- up change=10 % level=145800000 EUR timing="in the quarter" | Net sales of EUR 145.8 mn in the quarter that ended June 30, up 10 pct
    s0   "Sales" asset=- up change=25 % level=5000000 USD from=4000000 USD | Sales rose to 5 mln dlrs from 4 mln dlrs in the same period of 1986, an increase of 25 pct
    s0   "Operating profit" asset=- - level=12000000 EUR | Operating profit excluding one-off losses was EUR 12 mn
    "#);
}

/// A participle alone before the figure stood for the sentence's subject (Reuters).
#[test]
fn a_participle_stands_for_the_sentences_subject() {
    let out = moves_of(&[
        "Current world prices, holding steady at about 7.60 cents per pound, are low.",
        "OPEC crude oil output was running at about 14.7 mln bpd, down from a 16 mln bpd \
         ceiling.",
        "Cocoa futures drifted into a dull finish, settling at nine dlrs lower.",
        "Spending rose 5 pct.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "Current world prices" asset=- flat level=0.076 USD per lb [approx] | Current world prices, holding steady at about 7.60 cents per pound
    s0   "OPEC crude oil output" asset=- down level=14700000 bbl per d [approx] from=16000000 bbl per d | OPEC crude oil output was running at about 14.7 mln bpd, down from a 16 mln bpd
    s0   "Cocoa futures drifted" asset=cocoa down change=9 USD | Cocoa futures drifted into a dull finish, settling at nine dlrs lower
    s0   "Spending" asset=- up change=5 % | Spending rose 5 pct
    "#);
}

/// A subject opens with a noun phrase, not a modal, a form of `be`, an adverb or a
/// preposition; an adverb opening the clause is left out of it. Reuters and BBC sentences.
#[test]
fn a_subject_opens_with_a_noun_phrase() {
    let out = moves_of(&[
        "Economists said that M-1 would be anywhere from down 2.1 billion dlrs to up two billion dlrs.",
        "In a move ministers say should keep council tax rises below 5% next year, the chancellor said.",
        "Its share of users has always stayed at around the 95% mark.",
        "The launch price of 99 pounds compares favourably with the US price of $149.",
        "But even U.K. Stocks have dropped around 6,000 tonnes since the start of the year.",
        "Now both tranches have been increased by 50,000 tonnes to 170,000 tonnes.",
        "The agreement has seen the allocation rate on these facilities rise to 3.85 pct from 3.60.",
        "There is now a great chance that Brent crude oil will hit 20 dlrs a barrel in the next month.",
        "Traders said back months of cattle are expected 0.50 to 1.00 cent lower.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "council tax" asset=- up level=5 % [less_than] | council tax rises below 5%
    s0   "U.K. Stocks" asset=- down change=6000 t [approx] timing="since the start of the year" | U.K. Stocks have dropped around 6,000 tonnes since the start of the year
    s0   "both tranches" asset=- up change=50000 t level=170000 t | both tranches have been increased by 50,000 tonnes to 170,000 tonnes
    s0   "the allocation rate" asset=- up level=3.85 % from=3.6 % | the allocation rate on these facilities rise to 3.85 pct from 3.60
    s0   "Brent crude oil" asset=oil - level=20 USD per bbl timing="in the next month" | Brent crude oil will hit 20 dlrs a barrel in the next month
    s0   "back months" asset=- down change=0.005..0.01 USD | back months of cattle are expected 0.50 to 1.00 cent lower
    "#);
}

/// What may happen is no move: a verb in a clause of `if`, `unless` or `whether`, which also
/// ends the clause of a move before it. A noun names what did happen, and so does a relative
/// clause inside the condition. Nor is what would have happened (`would have risen`).
/// Reuters and BBC sentences.
#[test]
fn a_condition_moves_nothing() {
    let out = moves_of(&[
        "Analysts said that if the dollar falls to about 140 yen, exporters would suffer.",
        "The variable import fee would be dropped if oil prices rise above 25 dlrs a barrel.",
        "The discount increased to 20 pct if they keep the shares for two years.",
        "Rotberg declined to say whether the 1/4 point rise in U.S. Prime rates yesterday to 7-3/4 pct was a signal.",
        "Analysts added that if the carmaking sector - which saw production fall 0.5% - had been excluded the data would have been better.",
        "Without the issue, public spending would have risen 1.1 pct in Oct/Dec.",
        "Revenues have risen by about seven pct.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "The discount" asset=- up level=20 % | The discount increased to 20 pct
    s0   "U.S. Prime rates" asset=- up change=0.25 point level=7.75 % timing="yesterday" | 1/4 point rise in U.S. Prime rates yesterday to 7-3/4 pct
    s0   "production" asset=- down change=0.5 % | production fall 0.5%
    s0   "Revenues" asset=- up change=7 % [approx] | Revenues have risen by about seven pct
    "#);
}

/// A level or `from` with no unit takes the other's, with its rate and a minor unit's
/// hundredth where that puts the two within ten times of each other; a figure in words whose
/// hundredth its words do not tell lends none. Reuters sentences.
#[test]
fn a_level_and_its_from_share_a_minor_unit() {
    let out = moves_of(&[
        "The gazetted price rose to 213-1/2 cents per kilo from February's 207.",
        "It proposed an increase in the final dividend payable in July to 10 cents from nine.",
        "The price rose to 95 cents from 1.10.",
        "Prices have risen to around eight from five U.S. Cents per lb.",
        "Sterling advanced to 1.6200/10 dlrs from an early 1.6185/95.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "The gazetted price" asset=- up level=2.135 USD per kg from=2.07 USD per kg | The gazetted price rose to 213-1/2 cents per kilo from February's 207
    s0   "the final dividend payable" asset=- up level=0.1 USD from=0.09 USD timing="in July" | an increase in the final dividend payable in July to 10 cents from nine
    s0   "The price" asset=- up level=0.95 USD from=1.1 USD | The price rose to 95 cents from 1.10
    s0   "Prices" asset=- up level=8 [approx] from=0.05 USD per lb | Prices have risen to around eight from five U.S. Cents per lb
    s0   "Sterling" asset=gbp up level=1.62..1.621 USD from=1.6185..1.6195 USD | Sterling advanced to 1.6200/10 dlrs from an early 1.6185/95
    "#);
}

/// What a noun cue names reaches past an `of` its head keeps (`the number of`, `the rate
/// of`), four items further. Reuters and BBC sentences.
#[test]
fn a_noun_cue_names_what_its_of_phrase_says() {
    let out = moves_of(&[
        "There was a 29% drop in the number of drivers being breathalysed.",
        "A fall in the rate of inflation to 2.3% in January surprised analysts.",
        "It reported a 27 pct increase in imports of raw materials and semi-finished products.",
        "The bank showed a 751 mln franc rise in holdings of Special Drawing Rights.",
        "Figures showed an 8.7% rise in the value of the with-profits fund in 2004.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "the number of drivers being breathalysed" asset=- down change=29 % | 29% drop in the number of drivers being breathalysed
    s0   "the rate of inflation" asset=inflation down level=2.3 % timing="in January" | A fall in the rate of inflation to 2.3% in January
    s0   "imports of raw materials and semi-finished products" asset=- up change=27 % | 27 pct increase in imports of raw materials and semi-finished products
    s0   "holdings of Special Drawing Rights" asset=- up change=751000000 FRF | 751 mln franc rise in holdings of Special Drawing Rights
    s0   "the with-profits fund" asset=- up change=8.7 % timing="in 2004" | 8.7% rise in the value of the with-profits fund in 2004
    "#);
}

/// An amount between an article and a noun is the noun's, no change of the cue's: `Boeing
/// lost a $23bn government contract`. BBC and Reuters sentences.
#[test]
fn an_amount_of_a_noun_after_an_article_is_no_change() {
    let out = moves_of(&[
        "Boeing lost a $23bn government contract.",
        "Sterling M3 rose a seasonally adjusted 2.2 pct in February.",
        "The index fell a record 5 pct.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "Sterling M3" asset=- up change=2.2 % timing="in February" | Sterling M3 rose a seasonally adjusted 2.2 pct in February
    s0   "The index" asset=- down change=5 % | The index fell a record 5 pct
    "#);
}

/// The code review's counter-examples to this round's rules: a compound is a subject's first
/// word, a condition ends at another clause's word and reads past a possessive, an adverb
/// that opens a name stays, and an aside's `if` ends no clause.
#[test]
fn the_rounds_subject_and_condition_rules_held_back() {
    let out = moves_of(&[
        "Headline inflation rose 2.1 pct and so-called core inflation rose 1.8 pct.",
        "Analysts said prices could fall if demand weakens but exports rose 5 pct in May.",
        "Economists said that if Japan's exports fall 10 pct, growth would slow.",
        "Just Eat shares fell 5%.",
        "The dollar firmed, if only marginally, to 1.8250 marks.",
        "The rate rose to 1.5 from half a percent.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "Headline inflation" asset=inflation up change=2.1 % | Headline inflation rose 2.1 pct
    s0   "so-called core inflation" asset=inflation up change=1.8 % | so-called core inflation rose 1.8 pct
    s0   "exports" asset=- up change=5 % timing="in May" | exports rose 5 pct in May
    s0   "Just Eat shares" asset=- down change=5 % | Just Eat shares fell 5%
    s0   "The dollar" asset=usd up level=1.825 DEM | The dollar firmed, if only marginally, to 1.8250 marks
    s0   "The rate" asset=- up level=1.5 % from=0.5 % | The rate rose to 1.5 from half a percent
    "#);
}

/// A subject that ends a list of nouns takes the whole list, past its commas (`output from
/// factories, mines and utilities`, `Duties, royalties and taxes`), but not past a phrase or
/// a word of time that opens the sentence, nor a saying. BBC and Reuters sentences.
#[test]
fn a_subject_takes_the_whole_list_it_ends() {
    let out = moves_of(&[
        "The Fed said output from factories, mines and utilities rose 0.3%.",
        "Sales at restaurants, bars and coffee houses rose by 0.3%.",
        "Duties, royalties and taxes rose to 1.37 billion dlrs against 852.72 mln.",
        "Proven, probable and possible reserves totalled about 700 mln barrels.",
        "In 1986, Japanese imports and exports grew by around 20 pct.",
        "Overall, GM's share of U.S. car and truck sales should fall to 38 pct.",
        "In the year, sales and profits rose 5 pct.",
        "Last year, he said, paper and paperboard production rose 3 pct.",
        "At the other end of the scale, prices in the South East and London fell by 1.6%.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "output from factories, mines and utilities" asset=- up change=0.3 % | output from factories, mines and utilities rose 0.3%
    s0   "Sales at restaurants, bars and coffee houses" asset=- up change=0.3 % | Sales at restaurants, bars and coffee houses rose by 0.3%
    s0   "Duties, royalties and taxes" asset=- up level=1370000000 USD from=852720000 USD | Duties, royalties and taxes rose to 1.37 billion dlrs against 852.72 mln
    s0   "Proven, probable and possible reserves" asset=- - level=700000000 bbl [approx] | Proven, probable and possible reserves totalled about 700 mln barrels
    s0   "Japanese imports and exports" asset=- up change=20 % [approx] timing="In 1986" | Japanese imports and exports grew by around 20 pct
    s0   "GM's share of U.S. car and truck sales" asset=- down level=38 % | GM's share of U.S. car and truck sales should fall to 38 pct
    s0   "sales and profits" asset=- up change=5 % timing="In the year" | sales and profits rose 5 pct
    s0   "paper and paperboard production" asset=- up change=3 % | paper and paperboard production rose 3 pct
    s0   "prices in the South East and London" asset=- down change=1.6 % | prices in the South East and London fell by 1.6%
    "#);
}

/// A subject keeps the parenthesis that closes its own (`The Retail Price Index (RPI)`, not
/// `(RPI`); one it did not open is left out. Reuters and PhraseBank sentences.
#[test]
fn a_subject_keeps_its_own_parenthesis() {
    let out = moves_of(&[
        "The Retail Price Index (RPI), Britain's measure of inflation, rose 0.4 pct in February.",
        "Earnings per share ( EPS ) in 2005 decreased to EUR1 .87 from EUR1 .89 .",
        "Sales (excluding fuel) rose 3 pct.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "The Retail Price Index (RPI)" asset=- up change=0.4 % timing="in February" | The Retail Price Index (RPI), Britain's measure of inflation, rose 0.4 pct in February
    s0   "Earnings per share ( EPS )" asset=- down level=1.87 EUR per share from=1.89 EUR per share timing="in 2005" | Earnings per share ( EPS ) in 2005 decreased to EUR1 .87 from EUR1 .89
    s0   "Sales" asset=- up change=3 % | Sales (excluding fuel) rose 3 pct
    "#);
}

/// A move that measures only what no market trades is none: a body's weight, the weather, a
/// speed, a height; one in kilos, pounds, miles or money still is. CNN highlights, Reuters
/// and BBC sentences.
#[test]
fn a_move_of_no_market_is_none() {
    let out = moves_of(&[
        "musician sam smith , 22 , has lost three stone over the last year .",
        "temperatures hit 25c .",
        "maglev hit 375mph .",
        "Temperatures fell to as low as minus 30 centigrade.",
        "Butter consumption rose to 4.1 kilos per head in 1986 from four kilos.",
        "Revenue passenger miles rose 25.7 pct to 268.9 mln miles.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "Butter consumption" asset=- up level=4.1 kg per head from=4 kg per head timing="in 1986" | Butter consumption rose to 4.1 kilos per head in 1986 from four kilos
    s0   "Revenue passenger miles" asset=- up change=25.7 % level=268900000 mi | Revenue passenger miles rose 25.7 pct to 268.9 mln miles
    "#);
}

/// How high or low a thing went, after a verb of change, is where it went: a level (`rose as
/// high as 147.50 yen`); how much it moved at most is a change (`jumped by as much as 3.5%`).
/// Reuters sentences.
#[test]
fn as_high_as_is_a_level() {
    let out = moves_of(&[
        "The dollar rose as high as 147.50 yen.",
        "April Brent rose as high as 19.57 dlrs a barrel today.",
        "Oil prices had jumped by as much as 3.5% initially.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "The dollar" asset=usd up level=147.5 JPY [up_to] | The dollar rose as high as 147.50 yen
    s0   "April Brent" asset=oil up level=19.57 USD per bbl [up_to] timing="today" | April Brent rose as high as 19.57 dlrs a barrel today
    s0   "Oil prices" asset=oil up change=3.5 % [up_to] timing="initially" | Oil prices had jumped by as much as 3.5% initially
    "#);
}

/// A change and the level it reached, the first ten times smaller (Reuters): its verb read, a
/// move with both; its verb unread (a title's capitals, a verb before its object), no level
/// of the change alone.
#[test]
fn a_change_to_a_level_ten_times_larger() {
    let out = moves_of(&[
        "Canfor Corp rose 1/2 to 35 dlrs.",
        "Nippon Columbia's share price fell 20 to 1,260 yen on the Tokyo Stock Exchange today.",
        "MAGMA LOWERS COPPER PRICE 0.50 CT TO 65.50 CTS",
        "Shell raised butane prices 5.50 dlrs to 123 dlrs.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "Canfor Corp" asset=- up change=0.5 USD level=35 USD | Canfor Corp rose 1/2 to 35 dlrs
    s0   "Nippon Columbia's share price" asset=- down change=20 JPY level=1260 JPY timing="today" | Nippon Columbia's share price fell 20 to 1,260 yen on the Tokyo Stock Exchange today
    "#);
}

/// The code review's counter-examples to the round's list rule: an opening clause, an
/// adverb, a joiner of clauses after the comma, and a list of three after an opener keep
/// the list alone; a contrast inside the sentence takes it whole.
#[test]
fn the_list_rule_held_back() {
    let out = moves_of(&[
        "After the merger, sales and profits rose 5 pct.",
        "Overall, sales and profits rose 5 pct.",
        "Compared with its rivals, sales and profits rose 5 pct.",
        "Demand was weak, and sales and profits fell 5 pct.",
        "In Europe, sales, profits and margins rose 5 pct.",
        "It said sales of durables had fallen 3.5 pct while household electricals, clothing and textiles were down by about eight pct.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "sales and profits" asset=- up change=5 % | sales and profits rose 5 pct
    s0   "sales and profits" asset=- up change=5 % | sales and profits rose 5 pct
    s0   "sales and profits" asset=- up change=5 % | sales and profits rose 5 pct
    s0   "sales and profits" asset=- down change=5 % | sales and profits fell 5 pct
    s0   "sales, profits and margins" asset=- up change=5 % | sales, profits and margins rose 5 pct
    s0   "sales of durables" asset=- down change=3.5 % | sales of durables had fallen 3.5 pct
    s0   "household electricals, clothing and textiles" asset=- down change=8 % [approx] | household electricals, clothing and textiles were down by about eight pct
    "#);
}

/// The Federal Reserve's weekly tables lead each label to its figures with dots: a row's
/// first figure is its level, the one after `up` or `down` its change, and the row ends at its
/// line. Three dots or more before a figure lead to it in prose too (`rose...5 pct`).
#[test]
fn table_rows_with_leaders() {
    let out = moves_of(&[
        "    One week ended Feb 25      daily avgs-mlns\n Bank borrowings...............614 down.....131\n Including seasonal loans.......88 up........14\n Float.........................511 down.....320\n",
        " M-1.........................736.7 up.......2.1\n Previous week revised to....734.6 From...734.2\n",
        " Trading accounts .........17,156 down......58\n U.S. commercial paper....338,816 down......210\n",
        "Prices rose...5 pct in the week.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "Bank borrowings" asset=- down change=131 level=614 | Bank borrowings...............614 down.....131
    s0   "seasonal loans" asset=- up change=14 level=88 | seasonal loans.......88 up........14
    s0   "Float" asset=- down change=320 level=511 | Float.........................511 down.....320
    s0   "M-1" asset=- up change=2.1 level=736.7 | M-1.........................736.7 up.......2.1
    s0   "Trading accounts" asset=- down change=58 level=17156 | Trading accounts .........17,156 down......58
    s0   "U.S. commercial paper" asset=- down change=210 level=338816 | U.S. commercial paper....338,816 down......210
    s0   "Prices" asset=- up change=5 % timing="in the week" | Prices rose...5 pct in the week
    "#);
}

/// Price and open-interest tables write a fall `OFF` and no change `UNCH`, in capitals: a
/// row's figure before either is its level (as before `UP`), and so is a figure right before
/// a state in prose. A verb's particle `off` is no fall (`GM LAYING OFF 5,500`). What stays
/// has no change: its one figure is its level (`an unchanged rate of 3.80 pct`).
#[test]
fn table_rows_off_and_unchanged() {
    let out = moves_of(&[
        "The bank added liquidity in a repurchase pact at an unchanged rate of 3.80 pct.",
        "CBT 10:40 EDT\nOATS\nMAY7  151 UP  1\nJUL7  138 OFF  1/2\nDEC7  134 UNCH\n",
        // An unchanged row ends where the next cell or row opens with its month; a price
        // after a month with its year is no year.
        "CBT 10:40 EDT\nWHEAT\nMAY7  286 1/4 UNCH\nJUL7  271 1/2\n",
        "LIVE HOGS\nMAR8    97  UNCH     OCT7   1869  OFF   4\n",
        "NY COCOA\nMAY7  1928 OFF 6\n",
        "SALES IN JAN 1987 OFF 6 PCT",
        // A stock table's row ends at its line; a headline's figure may be wrapped.
        "NYSE CLOSING ACTIVES\nTEXACO             33 5/8 UNCH\n1,147,000\n",
        "ITALIAN JANUARY INDUSTRIAL OUTPUT FALLS\n3.4 PCT",
        "GM LATE FEBRUARY CAR SALES OFF 8.6 PCT",
        "GM LAYING OFF 5,500",
        "The planned PSBR for 1987/88 was 4.0 billion stg unchanged.",
        "Oats acreage of 1.95 mln is unchanged.",
        "BANK WRITES OFF 80 PCT OF DEBT",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "liquidity in a repurchase pact" asset=- flat level=3.8 % | liquidity in a repurchase pact at an unchanged rate of 3.80 pct
    s0   "OATS MAY7" asset=oats up change=1 level=151 | MAY7  151 UP  1
    s0   "OATS JUL7" asset=oats down change=0.5 level=138 | JUL7  138 OFF  1/2
    s0   "OATS DEC7" asset=oats flat level=134 | DEC7  134 UNCH
    s0   "WHEAT MAY7" asset=wheat flat level=286.25 | MAY7  286 1/4 UNCH
    s0   "LIVE HOGS MAR8" asset=live_hogs flat level=97 | MAR8    97  UNCH
    s0   "LIVE HOGS OCT7" asset=live_hogs down change=4 level=1869 | OCT7   1869  OFF   4
    s0   "NY COCOA MAY7" asset=cocoa down change=6 level=1928 | MAY7  1928 OFF 6
    s0   "SALES" asset=- down change=6 % timing="IN JAN 1987" | SALES IN JAN 1987 OFF 6 PCT
    s0   "TEXACO" asset=- flat level=33.625 | TEXACO             33 5/8 UNCH
    s0   "ITALIAN JANUARY INDUSTRIAL OUTPUT" asset=- down change=3.4 % | ITALIAN JANUARY INDUSTRIAL OUTPUT FALLS
    3.4 PCT
    s0   "GM LATE FEBRUARY CAR SALES" asset=- down change=8.6 % | GM LATE FEBRUARY CAR SALES OFF 8.6 PCT
    s0   "The planned PSBR" asset=- flat level=4000000000 GBP timing="for 1987/88" | The planned PSBR for 1987/88 was 4.0 billion stg unchanged
    s0   "Oats acreage" asset=- flat level=1950000 | Oats acreage of 1.95 mln is unchanged
    "#);
}

/// A futures table's row names its contract month alone: its commodity is the header above
/// the rows (past column labels such as `OPEN`), and of two columns side by side, the one
/// over the row's cell. A table titled by its commodity and the time of its prices has that
/// title (past the contract's size). The market the header names is the row's asset (`OIL`
/// there is soybean oil). A table with neither keeps the month alone.
#[test]
fn a_price_table_row_s_commodity_from_its_column_header() {
    let out = moves_of(&[
        "CME OPEN INTEREST ISSUED 7-APR\nFOR PREVIOUS TRADING DAY\n      OPEN                     OPEN\nLIVE CATTLE              FEEDER CATTLE\n APR7  16842  OFF 1318    APR7  3632  OFF 134\n JUN7  38462  UP 1156    MAY7  6621  UP  112\n",
        "CBT 10:40 EDT\nMEAL\nMAY7  1455 UP  2\nSEP7 UNTRD\nOCT7  1452 UP  1\nOIL\nMAY7  1550 UP  7\n",
        "NY COMEX SILVER 09:30\n\n MAY7  6685 UP  105\n",
        "CBT SILVER 12:30 EDT\n1,000 OUNCE\n APR7  6700 UP  130\n",
        "NY SUGAR 11 1030\n\n MAY7  661 OFF 18\n",
        "       OPEN                     OPEN\n90-DAY T-BILLS           EURO DLRS (CONT)\nJUN7  26337  UP  1113   DEC7  51520  UP  1004\n",
        "Silver prices at 09:30\n\n MAY7  6685 UP  105\n",
        "NY HEATING OIL\n MAY7  4950 UP  12\n",
        "FTSE 100\n\n MAY7  2310 UP  12\n",
        "CBT 10:40 EDT\n\n MAY7  1550 UP  7\n",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "LIVE CATTLE APR7" asset=live_cattle down change=1318 level=16842 | APR7  16842  OFF 1318
    s0   "FEEDER CATTLE APR7" asset=feeder_cattle down change=134 level=3632 | APR7  3632  OFF 134
    s0   "LIVE CATTLE JUN7" asset=live_cattle up change=1156 level=38462 | JUN7  38462  UP 1156
    s0   "FEEDER CATTLE MAY7" asset=feeder_cattle up change=112 level=6621 | MAY7  6621  UP  112
    s0   "MEAL MAY7" asset=soybean_meal up change=2 level=1455 | MAY7  1455 UP  2
    s0   "MEAL OCT7" asset=soybean_meal up change=1 level=1452 | OCT7  1452 UP  1
    s0   "OIL MAY7" asset=soybean_oil up change=7 level=1550 | MAY7  1550 UP  7
    s0   "NY COMEX SILVER MAY7" asset=silver up change=105 level=6685 | MAY7  6685 UP  105
    s0   "CBT SILVER APR7" asset=silver up change=130 level=6700 | APR7  6700 UP  130
    s0   "NY SUGAR 11 MAY7" asset=sugar down change=18 level=661 | MAY7  661 OFF 18
    s0   "90-DAY T-BILLS JUN7" asset=us_treasury_bill up change=1113 level=26337 | JUN7  26337  UP  1113
    s0   "EURO DLRS (CONT) DEC7" asset=eurodollar up change=1004 level=51520 | DEC7  51520  UP  1004
    s0   "MAY7" asset=- up change=105 level=6685 | MAY7  6685 UP  105
    s0   "NY HEATING OIL MAY7" asset=- up change=12 level=4950 | MAY7  4950 UP  12
    s0   "MAY7" asset=- up change=12 level=2310 | MAY7  2310 UP  12
    s0   "MAY7" asset=- up change=7 level=1550 | MAY7  1550 UP  7
    "#);
}

/// A subject that opens with a word of direction or state in lowercase gives a move with no
/// verb its direction, and leaves the subject; a name in capitals keeps it.
#[test]
fn a_word_of_direction_before_the_subject() {
    let out = moves_of(&[
        "The company planned an unchanged dividend of two cts.",
        "It reported higher 1986 net profits at 1.78 billion H.K. Dlrs.",
        "Higher Education spending totalled 30 billion dlrs.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "dividend" asset=- flat level=0.02 USD per share | unchanged dividend of two cts
    s0   "1986 net profits" asset=- up level=1780000000 HKD | higher 1986 net profits at 1.78 billion H.K. Dlrs
    s0   "Higher Education spending" asset=- - level=30000000000 USD | Higher Education spending totalled 30 billion dlrs
    "#);
}

/// The stocks that rose and fell, counted (a market's breadth), are no move, nor figures of
/// the move before them. Reuters sentences.
#[test]
fn a_markets_breadth_is_no_move() {
    let out = moves_of(&[
        "The NYSE Index fell 2.61 to 168.35\nDeclines led advances 1121 to 504\nThe average share price was 67 cts lower.",
        "The composite index dipped 10.20 points to 3871.00, although advances narrowly led declines 518 to 507.",
        "The Average price per share was three cts lower\nDeclines led advances 326 to 282.",
        "The composite index closed at 383.48 with declines leading advances by 328 to 23.",
        // Lead the metal.
        "Lead advances 2 pct to 600 stg a tonne.",
        // A table of them, whose first count reads as a count of declines.
        "UNITED AIR         65 5/8 OFF    1/8\n\n      ADVANCES    579   DECLINES    400   UNCHANGED   200\n",
        "IBM   149 3/4 UP 3/8\n\n ADVANCES 579 DECLINES 400 UNCH 200\n",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "The NYSE Index" asset=- down change=2.61 level=168.35 | The NYSE Index fell 2.61 to 168.35
    s0   "The average share price" asset=- down change=0.67 USD | The average share price was 67 cts lower
    s0   "The composite index" asset=- down change=10.2 point level=3871 point | The composite index dipped 10.20 points to 3871.00
    s0   "The Average price per share" asset=- down change=0.03 USD per share | The Average price per share was three cts lower
    s0   "The composite index" asset=- - level=383.48 | The composite index closed at 383.48
    s0   "Lead" asset=- up change=2 % level=600 GBP per t | Lead advances 2 pct to 600 stg a tonne
    s0   "UNITED AIR" asset=- down change=0.125 level=65.625 | UNITED AIR         65 5/8 OFF    1/8
    s0   "IBM" asset=- up change=0.375 level=149.75 | IBM   149 3/4 UP 3/8
    "#);
}

/// The object of a verb that moves it (`drives`, `send`, `forced`, `sending`, `push`, `bring
/// down`, `keep`) is the subject, not the verb's own. Reuters and BBC sentences.
#[test]
fn the_object_of_a_verb_that_moves_it_is_the_subject() {
    let out = moves_of(&[
        "Mild winter drives US oil down 6%",
        "Traders said the news could send Wall Street stocks down 508 points to 1,738.",
        "Profit-taking forced prices down about 1/4 point on the day.",
        "Refining margins were weaker with weak gasoline prices sending the yield at cracking plants down 68 cts to 18.42 dlrs.",
        "Dealers said it would push the share market up by 50 points.",
        // The particle after such a verb opens no subject.
        "The plan aims to bring down the external current account deficit, which rose to 34.5 billion crowns in 1986 from 29.1 billion.",
        // What is taken into account is the subject.
        "The figure is 3.1 billion francs after taking account of stock losses of 7.5 billion francs.",
        // A participle after its noun is in the subject, before a verb or an auxiliary.
        "The number of youngsters taking their ballet exams drops by almost 70%.",
        "The number of youngsters taking ballet exams was down 70%.",
        "Forced liquidations of margin accounts rose 20 pct.",
        // What is kept is the subject too; a cap is read as a level below it.
        "The plan aims to keep next year's council tax rises below 5%.",
        // A verb that may be a noun ends a subject only before no preposition.
        "The export drive in Asia rose 5 pct.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "US oil" asset=oil down change=6 % | US oil down 6%
    s0   "Wall Street stocks" asset=- down change=508 point level=1738 point | Wall Street stocks down 508 points to 1,738
    s0   "prices" asset=- down change=0.25 point [approx] timing="on the day" | prices down about 1/4 point on the day
    s0   "the yield at cracking plants" asset=- down change=0.68 USD level=18.42 USD | the yield at cracking plants down 68 cts to 18.42 dlrs
    s0   "the share market" asset=- up change=50 point | the share market up by 50 points
    s0   "the external current account deficit" asset=- up level=34500000000 SEK from=29100000000 SEK timing="in 1986" | the external current account deficit, which rose to 34.5 billion crowns in 1986 from 29.1 billion
    s0   "stock losses" asset=- - level=7500000000 FRF | stock losses of 7.5 billion francs
    s0   "The number of youngsters taking their ballet exams" asset=- down change=70 % [approx] | The number of youngsters taking their ballet exams drops by almost 70%
    s0   "The number of youngsters taking ballet exams" asset=- down change=70 % | The number of youngsters taking ballet exams was down 70%
    s0   "Forced liquidations" asset=- up change=20 % | Forced liquidations of margin accounts rose 20 pct
    s0   "next year's council tax" asset=- up level=5 % [less_than] | next year's council tax rises below 5%
    s0   "The export drive in Asia" asset=- up change=5 % | The export drive in Asia rose 5 pct
    "#);
}

/// A verb of motion before `up` or `down` is the cue's (`go up`, `has gone up`, `come down`,
/// `coming down`), no subject: the subject is the noun phrase before it. Reuters, BBC and
/// CNN sentences.
#[test]
fn a_verb_of_motion_and_its_particle_are_one_cue() {
    let out = moves_of(&[
        "Some postal charges will go up 100 pct next month.",
        "The won has gone up by 0.8 pct against the dollar.",
        "The number of executions worldwide has gone down by almost 22 %.",
        "Packs of cadbury fingers have come down by 11 grams to weight of 114g.",
        "He expects interest rates coming down by two to 2.5 pct in the next three months.",
        // A place in a ranking moves nothing.
        "Samsung moves up to second place with 21 pct of the market.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "Some postal charges" asset=- up change=100 % | Some postal charges will go up 100 pct
    s0   "The won" asset=- up change=0.8 % | The won has gone up by 0.8 pct
    s0   "The number of executions worldwide" asset=- down change=22 % [approx] | The number of executions worldwide has gone down by almost 22 %
    s0   "Packs" asset=- down change=11 g level=114 g | Packs of cadbury fingers have come down by 11 grams to weight of 114g
    s0   "interest rates" asset=interest_rate down change=2..2.5 % timing="in the next three months" | interest rates coming down by two to 2.5 pct in the next three months
    "#);
}

/// A determiner opens a noun phrase of its own: after a word that cannot take one (a time,
/// a name, a noun, a verb the tables lack), the subject starts at it. Kept whole after a
/// preposition, a joiner, a quantifier, a participle, or a word that takes a letter; an
/// opener glued to its word or leading straight to a figure opens nothing. Reuters, BBC,
/// CNN and PhraseBank sentences.
#[test]
fn a_determiner_opens_the_subject_after_a_word_that_cannot_take_it() {
    let out = moves_of(&[
        "A year ago the index stood at 109.5.",
        "In London the figure rose by 4.4%.",
        "Lacking funds, and in recent months the price has collapsed to below $ 50 a barrel .",
        "Before extraordinary charges the net loss was 688 mln francs in 1986.",
        "The fact the dollar fell by more than 40 pct was not enough.",
        "Menn said BHP held its annual dividend unchanged at 37.5 cents.",
        "Elsewhere the dollar fell to 1.5137/47 Swiss francs.",
        "In Peking the index rose 2 pct.",
        // Without `a`, as any subject.
        "Elsewhere a barrel of Brent rose 1 dlr.",
        // Kept whole.
        "The number of youngsters taking their ballet exams drops by almost 70%.",
        "The number of people living below the poverty line rose 5 pct.",
        "Its class A shares rose 2 pct.",
        "The dollar and the yen rose 2 pct.",
        "House prices along the coast rose 5%.",
        "Volvo A shares rose 2 crowns.",
        "Net profit a year earlier fell to 5 mln dlrs.",
        // Wrong, left: a relative clause without `that` ("the stake [that] the government
        // holds") is cut at its determiner.
        "The stake the government holds rose to 51 pct.",
        // Glued to its word; no noun before the figure (no move, rather than `a record`).
        "Broad M-2A money supply rose a provisional 2.0 pct.",
        "The total area was expected to be a record 3.7 to 3.8 mln hectares, up 10.8 pct.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "the index" asset=- - level=109.5 timing="A year ago" | the index stood at 109.5
    s0   "the figure" asset=- up change=4.4 % | the figure rose by 4.4%
    s0   "the price" asset=- down level=50 USD per bbl [less_than] | the price has collapsed to below $ 50 a barrel
    s0   "the net loss" asset=- - level=688000000 FRF timing="in 1986" | the net loss was 688 mln francs in 1986
    s0   "the dollar" asset=usd down change=40 % [more_than] | the dollar fell by more than 40 pct
    s0   "its annual dividend" asset=- flat level=0.375 USD | its annual dividend unchanged at 37.5 cents
    s0   "the dollar" asset=usd down level=1.5137..1.5147 CHF | the dollar fell to 1.5137/47 Swiss francs
    s0   "the index" asset=- up change=2 % | the index rose 2 pct
    s0   "Brent" asset=oil up change=1 USD | Brent rose 1 dlr
    s0   "The number of youngsters taking their ballet exams" asset=- down change=70 % [approx] | The number of youngsters taking their ballet exams drops by almost 70%
    s0   "The number of people living below the poverty line" asset=- up change=5 % | The number of people living below the poverty line rose 5 pct
    s0   "Its class A shares" asset=- up change=2 % | Its class A shares rose 2 pct
    s0   "The dollar and the yen" asset=jpy up change=2 % | The dollar and the yen rose 2 pct
    s0   "House prices along the coast" asset=- up change=5 % | House prices along the coast rose 5%
    s0   "Volvo A shares" asset=- up change=2 SEK | Volvo A shares rose 2 crowns
    s0   "Net profit a year earlier" asset=- down level=5000000 USD | Net profit a year earlier fell to 5 mln dlrs
    s0   "the government holds" asset=- up level=51 % | the government holds rose to 51 pct
    s0   "Broad M-2A money supply" asset=- up change=2 % | Broad M-2A money supply rose a provisional 2.0 pct
    "#);
}

/// A sentence that opens with a sign of money is a sentence of its own: its figure is no
/// change of the sentence before. CNN/DailyMail highlights and an ECTSum bullet list.
#[test]
fn a_sentence_opens_at_a_sign_of_money() {
    let out = moves_of(&[
        "he will attempt to curb growing claims . $ 40bn taxi firm accused of not vetting drivers .",
        "q1 revenue rose 7 percent to $4.9 billion.\n$100 million of common stock repurchased during quarter",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "revenue" asset=- up change=7 % level=4900000000 USD timing="q1" | q1 revenue rose 7 percent to $4.9 billion
    "#);
}

/// A bare number right before a verb in the past is its subject's or in it, no change
/// (CNN/DailyMail highlights, BBC, Reuters); a noun's figure stays its change.
#[test]
fn a_bare_number_before_a_verb_is_no_change() {
    let out = moves_of(&[
        "A car carrying a family of four plunged into the river.",
        "One of 12 advanced.",
        "Ocean's 12 fell to third place.",
        // The time is cut short, `for March 1` (left: the range of days is not read).
        "Domestic sales for March 1 through 20 declined 60 pct to 1,550 cars.",
        "Total assets of the seven rose to 40,232 billion from 31,288 billion rupiah.",
        // A noun: the change stays (its subject `May's` is wrong: the time of a fall in
        // unemployment).
        "The index gained 2.77, extending yesterday's 2.58 rise.",
        "Sterling rose on May's 64,300 fall in unemployment.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "Domestic sales" asset=- down change=60 % level=1550 "cars" timing="for March 1" | Domestic sales for March 1 through 20 declined 60 pct to 1,550 cars
    s0   "Total assets" asset=- up level=40232000000000 IDR from=31288000000000 IDR | Total assets of the seven rose to 40,232 billion from 31,288 billion rupiah
    s0   "The index" asset=- up change=2.77 | The index gained 2.77
    s0   "The index" asset=- up change=2.58 | The index gained 2.77, extending yesterday's 2.58 rise
    s0   "May's" asset=- down change=64300 | May's 64,300 fall
    "#);
}

/// What a person loses is no market's move (CNN/DailyMail stories, BBC); a firm's loss is.
#[test]
fn what_a_person_loses_is_no_move() {
    let out = moves_of(&[
        "pierce lost his sight at 22 .",
        "A former executive has lost her £7.5m ($14.6m) sexism claim.",
        "Shares lost their gains, closing 2% lower.",
        "The company lost 60.0 mln dlrs.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "Shares" asset=- down change=2 % | Shares lost their gains, closing 2% lower
    s0   "The company" asset=- - level=-60000000 USD | The company lost 60.0 mln dlrs
    "#);
}

/// A letter glued to a name, or a capital `A` after one, is part of the subject and no
/// article (Reuters' measures of money supply, PhraseBank's share classes).
#[test]
fn a_letter_after_a_name_is_no_article() {
    let out = moves_of(&[
        "M-2A rose 2.0 pct.",
        "M-1-A, which is M-1 plus daily interest chequable deposits, fell 559 mln dlrs to 74.86 billion dlrs.",
        "Shares of Class A rose 5 pct.",
        "Sampo A was unchanged at 14.24 eur .",
        "ASEA A shares rose 5 crowns.",
        "Imperial Oil class A surged 7/8 to 73 dlrs.",
        // An article still: apart from the word before, and in a headline.
        "Exports showed a rise of 5 pct.",
        "GOLD POSTS A RISE OF 2 PCT",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "M-2A" asset=- up change=2 % | M-2A rose 2.0 pct
    s0   "M-1-A" asset=- down change=559000000 USD level=74860000000 USD | M-1-A, which is M-1 plus daily interest chequable deposits, fell 559 mln dlrs to 74.86 billion dlrs
    s0   "Shares of Class A" asset=- up change=5 % | Shares of Class A rose 5 pct
    s0   "Sampo A" asset=- flat level=14.24 EUR | Sampo A was unchanged at 14.24 eur
    s0   "ASEA A shares" asset=- up change=5 SEK | ASEA A shares rose 5 crowns
    s0   "Imperial Oil class A" asset=- up change=0.875 USD level=73 USD | Imperial Oil class A surged 7/8 to 73 dlrs
    s0   "Exports" asset=- up change=5 % | Exports showed a rise of 5 pct
    s0   "GOLD" asset=gold up change=2 % | GOLD POSTS A RISE OF 2 PCT
    "#);
}

/// A cue in a noun's form after words that modify it is a noun: compounds and amounts after
/// any determiner, adjectives, other words in its base form after `a` (Reuters, 1987; BBC).
#[test]
fn a_noun_cue_after_its_modifiers() {
    let out = moves_of(&[
        "The domestic index marked its largest year-on-year drop of 7.1 pct in January.",
        "The retail price index showed a year-on-year rise of 3.4 pct against three pct in January.",
        // (The subject is cut at its `of` by an older rule.)
        "Makers of consumer goods posted a 1-1/2 pct year-on-year rise in the two-month period.",
        "Canada's retail sales rose 1.9 pct in February after a downward revised 0.3 pct decline in January.",
        "Investors failed to react to the unexpectedly large 4.1 pct rise in U.S. retail sales.",
        "Britain's gold and currency reserves showed an underlying rise of 287 mln dlrs in February.",
        "West German wholesale turnover totalled about 66 billion marks in April, a real decline of four pct.",
        "The index posted its second-biggest fall of 5 pct.",
        // The amount is the noun's, before its other modifiers; not one before its article.
        "He cited a 3.4 pct annual rise in retail prices for February.",
        "Nearly half the increase in the latest quarterly index came from food.",
        // Verbs still: a form in -s after `a`, a plural compound, a word of a period, a
        // plural without an amount (whose subjects, "Within a year prices" and "downturn
        // margins", are an older rule's).
        "When a currency rises 10 pct, exports fall.",
        "The re-exports rise 5 pct in March.",
        "Within a year prices rise 5 pct.",
        "In a downturn margins fall 3 pct.",
        // An adjective before a verb's past or -ing form is no marker of a noun.
        "The Dow Jones Industrial Average fell 508 points to 1738.",
        "Dollar General rose 3 pct to 120 dlrs.",
        "Stock prices continued falling 2 pct.",
        // A plural right after the article; a month that is no modal.
        "The company reported an earnings rise of 5 pct.",
        "Prices showed a rise between April and May of 2.1 pct.",
        // A noun that modifies another: "growth potential" (the earnings are an older rule's
        // level without a verb, though a forecast).
        "Caesars World has considerable growth potential and expects earnings of two dlrs per share.",
        // A comparison's noun, whose figure is the other's (BBC).
        "Mortgage lending rose by £4bn in January, a far smaller increase than the £5.1bn in December.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "The domestic index" asset=- down change=7.1 % timing="in January" | The domestic index marked its largest year-on-year drop of 7.1 pct in January
    s0   "The retail price index" asset=- up change=3.4 % | The retail price index showed a year-on-year rise of 3.4 pct
    s0   "Makers" asset=- up change=1.5 % timing="in the two-month period" | Makers of consumer goods posted a 1-1/2 pct year-on-year rise in the two-month period
    s0   "Canada's retail sales" asset=- up change=1.9 % timing="in February" | Canada's retail sales rose 1.9 pct in February
    s0   "Canada's retail sales" asset=- down change=0.3 % timing="in January" | Canada's retail sales rose 1.9 pct in February after a downward revised 0.3 pct decline in January
    s0   "U.S. retail sales" asset=- up change=4.1 % | 4.1 pct rise in U.S. retail sales
    s0   "Britain's gold and currency reserves" asset=- up change=287000000 USD timing="in February" | Britain's gold and currency reserves showed an underlying rise of 287 mln dlrs in February
    s0   "West German wholesale turnover" asset=- down change=4 % level=66000000000 DEM [approx] timing="in April" | West German wholesale turnover totalled about 66 billion marks in April, a real decline of four pct
    s0   "The index" asset=- down change=5 % | The index posted its second-biggest fall of 5 pct
    s0   "retail prices" asset=- up change=3.4 % timing="for February" | 3.4 pct annual rise in retail prices for February
    s0   "currency" asset=- up change=10 % | currency rises 10 pct
    s0   "The re-exports" asset=- up change=5 % timing="in March" | The re-exports rise 5 pct in March
    s0   "Within a year prices" asset=- up change=5 % | Within a year prices rise 5 pct
    s0   "downturn margins" asset=- down change=3 % | downturn margins fall 3 pct
    s0   "The Dow Jones Industrial Average" asset=dow_jones down change=508 point level=1738 point | The Dow Jones Industrial Average fell 508 points to 1738
    s0   "Dollar General" asset=- up change=3 % level=120 USD | Dollar General rose 3 pct to 120 dlrs
    s0   "Stock prices" asset=- down change=2 % | Stock prices continued falling 2 pct
    s0   "The company" asset=- up change=5 % | The company reported an earnings rise of 5 pct
    s0   "Prices" asset=- up change=2.1 % | Prices showed a rise between April and May of 2.1 pct
    s0   "earnings" asset=- - level=2 USD per share | earnings of two dlrs per share
    s0   "Mortgage lending" asset=- up change=4000000000 GBP timing="in January" | Mortgage lending rose by £4bn in January
    "#);
}

/// A noun cue after `after` or `following` that names nothing is the earlier move of the
/// subject before it; a time after `in` names nothing, nor does a paragraph after it.
#[test]
fn an_earlier_move_after_after_is_the_subjects() {
    let out = moves_of(&[
        "Crude petroleum prices rose 4.4 pct last month after a sharp 19.7 pct rise in January.",
        "Consumer prices fell 0.1 pct in February, after a rise of 0.2 pct in January.",
        "Output rose 2 pct after a 10 pct rise in demand.",
        "The union had requested a three pct wage increase in each year of a two-year contract.",
        "Retail sales showed a 0.5 pct fall in October and confounded economists' forecasts.",
        // Another's move: named after the noun or in its words.
        "Stocks fell 2 pct after a rise of 0.5 pct in bond yields.",
        "Japanese shares fell 1.5 pct following a 2 pct rise on Wall Street.",
        "Sales volumes fell 2 pct following a 5 pct price rise.",
        "Airline shares fell 3 pct after a 10 pct oil-price rise.",
        "Shares fell 5 pct after a 20 pct rise the day before.",
        "The index rose 0.6 pct after a 0.5 pct year-on-year rise in January\nThe adjusted index fell.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "Crude petroleum prices" asset=- up change=4.4 % timing="last month" | Crude petroleum prices rose 4.4 pct last month
    s0   "Crude petroleum prices" asset=- up change=19.7 % timing="in January" | Crude petroleum prices rose 4.4 pct last month after a sharp 19.7 pct rise in January
    s0   "Consumer prices" asset=- down change=0.1 % timing="in February" | Consumer prices fell 0.1 pct in February
    s0   "Consumer prices" asset=- up change=0.2 % timing="in January" | Consumer prices fell 0.1 pct in February, after a rise of 0.2 pct in January
    s0   "Output" asset=- up change=2 % | Output rose 2 pct
    s0   "demand" asset=- up change=10 % | 10 pct rise in demand
    s0   "Retail sales" asset=- down change=0.5 % timing="in October" | Retail sales showed a 0.5 pct fall in October
    s0   "Stocks" asset=- down change=2 % | Stocks fell 2 pct
    s0   "Japanese shares" asset=- down change=1.5 % | Japanese shares fell 1.5 pct
    s0   "Sales volumes" asset=- down change=2 % | Sales volumes fell 2 pct
    s0   "Airline shares" asset=- down change=3 % | Airline shares fell 3 pct
    s0   "Shares" asset=- down change=5 % | Shares fell 5 pct
    s0   "Shares" asset=- up change=20 % | Shares fell 5 pct after a 20 pct rise
    s0   "The index" asset=- up change=0.6 % | The index rose 0.6 pct
    s0   "The index" asset=- up change=0.5 % timing="in January" | The index rose 0.6 pct after a 0.5 pct year-on-year rise in January
    "#);
}

/// Tokenized text spaces a numeral's points and commas, and its figures share a unit and
/// a scale as the plain text's do (BBC's `at 10 , 385 . 48` after `0 . 89 points`).
#[test]
fn a_tokenized_level_takes_its_changes_unit() {
    let pad = "the weather was fine and the people were happy . ".repeat(25);
    let out = moves_of(&[
        &format!(
            "{pad}the dow jones industrial average closed down 0 . 89 points , or 0 . 01 %, at 10 , 385 . 48 ."
        ),
        &format!("{pad}bank notes in circulation fell 440 . 2 mln francs to 24 . 48 billion ."),
    ]);
    insta::assert_snapshot!(out, @r#"
    s25  "the dow jones industrial average" asset=dow_jones down change=0.89 point level=10385.48 point | the dow jones industrial average closed down 0 . 89 points , or 0 . 01 %, at 10 , 385 . 48
    s25  "bank notes in circulation" asset=- down change=440200000 FRF level=24480000000 FRF | bank notes in circulation fell 440 . 2 mln francs to 24 . 48 billion
    "#);
}

/// In tokenized text long enough to tell, hyphens are spaced: a compound before a noun cue is
/// read as the glued one is (BBC's tokenized form).
#[test]
fn a_spaced_compound_modifies_a_noun_cue() {
    let pad = "the weather was fine and the people were happy . ".repeat(25);
    let out = moves_of(&[
        &format!("{pad}the index posted a 3 . 4 % year - on - year rise in january ."),
        &format!("{pad}the index posted a year - on - year rise of 5 % in january ."),
    ]);
    insta::assert_snapshot!(out, @r#"
    s25  "the index" asset=- up change=3.4 % timing="in january" | the index posted a 3 . 4 % year - on - year rise in january
    s25  "the index" asset=- up change=5 % timing="in january" | the index posted a year - on - year rise of 5 % in january
    "#);
}

/// A copula after a noun cue and what moved gives its change (Reuters): `the rise in consumer
/// prices was 1.0 pct`, `growth in sales, which was two pct`, `was a provisional 3.7 pct`;
/// before a copula a verb's form is a noun (`The unadjusted rise was 1.31 billion stg`,
/// which names nothing moved). Not another clause's copula, a passive or a comparison.
#[test]
fn a_copula_gives_a_nouns_change() {
    let out = moves_of(&[
        "The January rise in consumer prices was 1.0 pct instead of the previously announced 1.1 pct.",
        "The rise in producer prices in March was a provisional 3.7 pct.",
        "Imports grew, but growth in sales, which was two pct, slowed.",
        "The gain in non-farm jobs in the first quarter was only 237,000.",
        "The unadjusted rise was 1.31 billion stg.",
        "The February rise in production was aided by a sharp 19 pct increase in construction output.",
        "The rise in GDP was below the 3.3 pct forecast.",
        "Rather than an increase in the tax burden, we are only recommending one specific tax rise.",
        "The increase in bond issues was necessary to finance 14 major projects.",
        "The January rise in non-farm payrolls was 237,000.",
        "Imports grew, but growth in sales, which were 2.3 bln dlrs, slowed.",
        "The gain on the sale was 12 mln dlrs.",
        "Share prices rise in Tokyo as the yen is weak, up 2 pct.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "consumer prices" asset=- up change=1 % | rise in consumer prices was 1.0 pct
    s0   "producer prices" asset=- up change=3.7 % timing="in March" | rise in producer prices in March was a provisional 3.7 pct
    s0   "sales" asset=- up change=2 % | growth in sales, which was two pct
    s0   "non-farm jobs" asset=- up change=237000 timing="in the first quarter" | gain in non-farm jobs in the first quarter was only 237,000
    s0   "construction output" asset=- up change=19 % | 19 pct increase in construction output
    s0   "non-farm payrolls" asset=- up change=237000 | rise in non-farm payrolls was 237,000
    "#);
}

/// `by` opens a time (BBC, Reuters): the end of a period, a time of day, a month with its day
/// or year, a year; `by` and a figure is still the change. A time after `and` and the move's
/// figure is the next clause's (whose own move, `stood at 92.9%`, still takes the opening `In
/// July`: a time between `and` and its verb is not read for it, a limit kept here).
#[test]
fn a_time_after_by() {
    let out = moves_of(&[
        "It believes that interest rates will fall to 4% by the end of the year.",
        "Shares in the fifth biggest US carrier had fallen 6.87% on the news to $10.44 by 1830 GMT.",
        "By 1200 GMT on Monday, EMI shares were down 16.2% at 235.75 pence.",
        "Its contribution would rise to almost 9bn euros by 2020.",
        "Profit rose by 15% to $2.1bn.",
        "In July the IE using population dropped to 94.7% and by the end of October stood at 92.9%.",
    ]);
    insta::assert_snapshot!(out, @r#"
    s0   "interest rates" asset=interest_rate down level=4 % timing="by the end of the year" | interest rates will fall to 4% by the end of the year
    s0   "Shares in the fifth biggest US carrier" asset=- down change=6.87 % level=10.44 USD timing="by 1830 GMT" | Shares in the fifth biggest US carrier had fallen 6.87% on the news to $10.44 by 1830 GMT
    s0   "EMI shares" asset=- down change=16.2 % level=2.3575 GBP timing="By 1200 GMT on Monday" | EMI shares were down 16.2% at 235.75 pence
    s0   "Its contribution" asset=- up level=9000000000 EUR [approx] timing="by 2020" | Its contribution would rise to almost 9bn euros by 2020
    s0   "Profit" asset=- up change=15 % level=2100000000 USD | Profit rose by 15% to $2.1bn
    s0   "the IE using population" asset=- down level=94.7 % timing="In July" | the IE using population dropped to 94.7%
    s0   "the IE using population" asset=- - level=92.9 % timing="In July" | the IE using population dropped to 94.7% and by the end of October stood at 92.9%
    "#);
}
