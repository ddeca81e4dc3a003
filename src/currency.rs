//! Money that several countries name alike: `crowns` are Sweden's, Denmark's or Norway's;
//! `pesos` Mexico's, the Philippines', Argentina's, Chile's or Colombia's; `francs`
//! France's, Switzerland's or Belgium's; `rupees` India's, Pakistan's, Sri Lanka's, Nepal's
//! or Mauritius'; `riyals` Saudi Arabia's, Qatar's or Yemen's; Reuters' `dlrs` the United
//! States', Canada's, Australia's, New Zealand's, Hong Kong's or Singapore's, told by the
//! title alone (the first sentence of a story without one: [`Reach::Lead`]), but for a price
//! a barrel, a gallon or an ounce, which the world quotes in U.S. dollars. The tables give
//! each word one country's code ([`CURRENCIES`](crate::lexicon::tables::CURRENCIES)); a
//! story that names another of its countries, and no other (or several, and its title that
//! one alone), has that country's money ([`SHARED_CURRENCIES`]).
//! (Bare `dinars` and `shillings` have no code: no one country's is a fair default; the Islamic
//! Development Bank counts in `Islamic dinars`.)
//!
//! The story is read for its countries once per document: its title (or first sentence) for
//! a row of [`Reach::Lead`], where a field holds money of the row's code; the whole story for
//! another row, where a field holds the row's word. A figure keeps its code where its own
//! text pins it (`Swedish crowns`) or writes another form of it (`SEK 500`, `500 kronor`);
//! one that took its unit from such a word nearby (`74.77 billion crowns vs 70.56 billion`) goes with it; so, wrongly, does one
//! that took it from another form (`SEK 500 mln vs 400 mln` in a Norwegian story that also
//! writes `crowns`), which its text cannot tell apart. The unit of a rate
//! (`per`) and of a figure's other unit (`alt`) are left as the tables give them.

use crate::fact::Fact;
use crate::lexicon::tables::{CURRENCY, Reach, SHARED_CURRENCIES};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::LazyLock;

/// The countries a document names, for the rows of [`SHARED_CURRENCIES`].
#[derive(Default)]
pub(crate) struct Countries {
    /// Per row of [`SHARED_CURRENCIES`], a bit for each of its countries the document
    /// names, read once.
    story: Option<Named>,
    /// The same of its title, or of the first sentence of a story without one ([`lead`]).
    leads: Option<Named>,
}

/// The words of `text`: runs of ASCII letters, digits and inner points (`U.S`, a word of
/// `U.S.`; a sentence's point is no part of its last word).
fn words(text: &str) -> impl Iterator<Item = &[u8]> {
    // Read byte by byte: this runs over the title of every story with money.
    let b = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            while b.get(i).is_some_and(|&c| !word_byte(c)) {
                i += 1;
            }
            let start = i;
            while b.get(i).is_some_and(|&c| word_byte(c)) {
                i += 1;
            }
            let w = trim_points(b.get(start..i)?);
            if !w.is_empty() {
                return Some(w);
            }
            if i >= b.len() {
                return None;
            }
        }
    })
}

/// Whether byte `b` may stand in a word of [`words`]: one look in a table.
fn word_byte(b: u8) -> bool {
    /// An ASCII letter, digit or point.
    const WORD_BYTES: [bool; 256] = {
        let mut t = [false; 256];
        let mut b = 0;
        while b < 256 {
            t[b] = (b as u8).is_ascii_alphanumeric() || b == b'.' as usize;
            b += 1;
        }
        t
    };
    WORD_BYTES[usize::from(b)]
}

/// A run of [`word_byte`]s without the points around it.
fn trim_points(w: &[u8]) -> &[u8] {
    let start = w.iter().position(|&b| b != b'.').unwrap_or(w.len());
    let end = w.iter().rposition(|&b| b != b'.').map_or(start, |p| p + 1);
    w.get(start..end).unwrap_or_default()
}

/// The lead of a story without a title, where it names its country: its first sentence,
/// within [`LEAD`] bytes.
fn lead(field: &str) -> &str {
    let b = field.as_bytes();
    let head = &b[..b.len().min(LEAD)];
    let end = memchr::memchr_iter(b'.', head)
        .find(|&p| matches!(b.get(p + 1), Some(b' ' | b'\n')))
        .unwrap_or(head.len());
    // Cut at a char boundary at or before `end`.
    let end = (0..=end)
        .rev()
        .find(|&e| field.is_char_boundary(e))
        .unwrap_or(0);
    &field[..end]
}

/// How far into a field its lead reaches at most, in bytes.
const LEAD: usize = 600;

/// The rows of [`SHARED_CURRENCIES`] whose money a fact's `text` writes in a word of the row
/// (`dlrs`), and those whose countries it names (by a word or a code: `Swedish crowns`,
/// `CAD`), a bit for each row: its words read once.
fn marks(text: &str) -> (u32, u32) {
    words(text)
        .filter_map(|w| FACT_WORDS.get(&packed(w)?))
        .fold((0, 0), |(own, pins), &(o, p)| (own | o, pins | p))
}

/// The units of a rate whose price the world quotes in the tables' dollar (oil's barrel and
/// its products' U.S. gallon, gold's ounce), whatever money a story's country has; but for
/// the countries listed with each, which post their own prices in their own money (Canada's
/// crude postings: `25.60 dlrs a barrel` for Edmonton crude is CAD).
const WORLD_PRICED: [(&str, &[&str]); 3] = [("bbl", &["CAD"]), ("oz", &[]), ("gal", &[])];

/// The words of [`marks`], packed ([`packed`]): the rows whose money each writes, and the
/// rows whose countries it names.
static FACT_WORDS: LazyLock<FxHashMap<u128, (u32, u32)>> = LazyLock::new(|| {
    let mut marks = FxHashMap::<u128, (u32, u32)>::default();
    for (row, (words, _, countries)) in SHARED_CURRENCIES.iter().enumerate() {
        let names = countries
            .iter()
            .flat_map(|(code, cues)| cues.iter().chain([code]));
        for (w, own) in words
            .iter()
            .map(|w| (w, true))
            .chain(names.map(|w| (w, false)))
        {
            if let Some(key) = packed(w.as_bytes()) {
                let mark = marks.entry(key).or_default();
                if own {
                    mark.0 |= 1 << row
                } else {
                    mark.1 |= 1 << row
                }
            }
        }
    }
    marks
});

/// The first form of the currency table that starts at a word of `text`.
fn currency_form(text: &str) -> Option<&str> {
    text.char_indices().find_map(|(i, _)| {
        let starts = text[..i]
            .chars()
            .next_back()
            .is_none_or(|p| !p.is_alphanumeric());
        let m = CURRENCY.longest(text.get(i..).filter(|_| starts)?)?;
        text.get(i..i + m.len)
    })
}

/// The words that name the countries of [`SHARED_CURRENCIES`], lowercased and packed
/// ([`packed`]), each with its row and its country's place in the row.
static CUES: LazyLock<FxHashMap<u128, (usize, usize)>> = LazyLock::new(|| {
    let mut cues = FxHashMap::default();
    for (row, (_, _, countries)) in SHARED_CURRENCIES.iter().enumerate() {
        for (place, (_, words)) in countries.iter().enumerate() {
            for w in *words {
                if let Some(key) = packed(w.as_bytes()) {
                    cues.insert(key, (row, place));
                }
            }
        }
    }
    cues
});

/// A word of at most [`LONGEST_CUE`] bytes, lowercased into one number to look up (none for a
/// longer word).
fn packed(w: &[u8]) -> Option<u128> {
    let mut buf = [0u8; LONGEST_CUE];
    buf.get_mut(..w.len())?.copy_from_slice(w);
    buf.make_ascii_lowercase();
    Some(u128::from_le_bytes(buf))
}

/// The code the tables give each row's words (its first country's), as bytes to compare.
const DEFAULT_CODES: [[u8; 3]; SHARED_CURRENCIES.len()] = {
    let mut codes = [[0u8; 3]; SHARED_CURRENCIES.len()];
    let mut row = 0;
    while row < codes.len() {
        let (_, _, countries) = SHARED_CURRENCIES[row];
        let code = countries[0].0.as_bytes();
        assert!(code.len() == 3, "a currency code has three letters");
        codes[row] = [code[0], code[1], code[2]];
        row += 1;
    }
    codes
};

/// Per row of [`SHARED_CURRENCIES`], a bit for each of its countries.
type Named = [u32; SHARED_CURRENCIES.len()];

/// Per row of [`SHARED_CURRENCIES`], a bit for each of its countries that `part` of a field
/// names.
fn named_in(fields: &[&str], part: fn(&str) -> &str) -> Named {
    let mut named = [0u32; SHARED_CURRENCIES.len()];
    let shapes = &*CUE_SHAPES;
    for field in fields {
        for w in words(part(field)) {
            // Most words start no word of a country by their length and first letter: they
            // are not looked up.
            let may_be = shapes
                .get(w.len())
                .zip(w.first())
                .is_some_and(|(&letters, &c)| letters & (1 << (c.to_ascii_lowercase() & 31)) != 0);
            if may_be && let Some(&(r, place)) = packed(w).and_then(|key| CUES.get(&key)) {
                named[r] |= 1 << place;
            }
        }
    }
    named
}

/// Per length of a word of [`CUES`], a bit for each first letter one of that length has
/// (bit 1 for `a`, bit 26 for `z`).
static CUE_SHAPES: LazyLock<[u32; LONGEST_CUE + 1]> = LazyLock::new(|| {
    let mut shapes = [0u32; LONGEST_CUE + 1];
    for (_, _, countries) in SHARED_CURRENCIES {
        for (_, words) in *countries {
            for w in *words {
                if let (Some(shape), Some(first)) = (shapes.get_mut(w.len()), w.bytes().next()) {
                    *shape |= 1 << (first.to_ascii_lowercase() & 31);
                }
            }
        }
    }
    shapes
});

/// The longest word of [`CUES`] may have this many bytes (a test checks): the number a word
/// of the story is packed into to be looked up has as many.
const LONGEST_CUE: usize = 16;

impl Countries {
    /// The code of the money of row `row` in a document of these fields, where it names one
    /// country of the row alone (in its leads, for a row of [`Reach::Lead`]).
    fn code(&mut self, row: usize, fields: &[&str]) -> Option<&'static str> {
        let (_, reach, countries) = SHARED_CURRENCIES.get(row)?;
        let leads = |this: &mut Self| this.leads(fields);
        let one = |bits: u32| {
            (bits.count_ones() == 1)
                .then(|| countries.get(bits.trailing_zeros() as usize))
                .flatten()
                .map(|&(code, _)| code)
        };
        match reach {
            // A story that names several of a row's countries has the money of the one its
            // title names alone (a Sri Lankan story that names India too).
            Reach::Story => {
                let story = *self.story.get_or_insert_with(|| named_in(fields, |f| f));
                let bits = *story.get(row)?;
                one(bits).or_else(|| {
                    (bits.count_ones() > 1)
                        .then(|| one(*leads(self).get(row)?))
                        .flatten()
                })
            }
            Reach::Lead => one(*leads(self).get(row)?),
        }
    }

    /// The countries the leads of a document of these fields name: its title, whole (`N.Z.
    /// DEFICIT NARROWS`); or the first sentence of a story without one (`fields` holds the
    /// title first where there are two).
    fn leads(&mut self, fields: &[&str]) -> Named {
        *self.leads.get_or_insert_with(|| match fields {
            [title, _] if !title.trim().is_empty() => named_in(&[title], |f| f),
            [.., text] => named_in(&[text], lead),
            [] => Named::default(),
        })
    }

    /// Gives the facts of one field the money of the country their document names, where
    /// the field holds a word of shared money (`fields`: the document's title and text).
    #[inline]
    pub(crate) fn resolve(&mut self, facts: &mut [Fact], fields: &[&str]) {
        // A field with no money of the rows' codes has nothing to resolve: one look at each
        // fact's code tells (most fields of a wire with money hold USD, which the dollar row
        // resolves from the title alone).
        if facts.iter().any(|f| {
            f.unit
                .as_deref()
                .is_some_and(|u| u.len() == 3 && DEFAULT_CODES.iter().any(|d| d == u.as_bytes()))
        }) {
            self.resolve_named(facts, fields);
        }
    }

    /// [`Countries::resolve`] past its first test, out of line.
    #[inline(never)]
    fn resolve_named(&mut self, facts: &mut [Fact], fields: &[&str]) {
        for (row, (words, reach, countries)) in SHARED_CURRENCIES.iter().enumerate() {
            let Some(&(default, _)) = countries.first() else {
                continue;
            };
            let of_default = |f: &Fact| f.unit.as_deref() == Some(default);
            let bit = 1 << row;
            // The story is read for its countries where a fact writes the money's word (its
            // leads alone are cheaper to read first).
            let named_by_word = || {
                facts
                    .iter()
                    .any(|f| of_default(f) && marks(&f.text).0 & bit != 0)
            };
            if *reach == Reach::Story && !named_by_word() {
                continue;
            }
            let own_word = |form: &str| words.iter().any(|w| form.eq_ignore_ascii_case(w));
            // The money's own word, not pinned by a country's ("Swedish crowns"); or no
            // currency at all, the unit taken from a figure nearby ("crowns vs 70.56
            // billion"), not another form of it ("SEK 500", "Mex$ 500", "U.S. dlrs").
            let bare = |f: &Fact| {
                marks(&f.text).1 & bit == 0 && currency_form(&f.text).is_none_or(own_word)
            };
            // Where the leads name no country of the row, the one other money of the row the
            // field writes ("1.2 billion Australian dlrs"), for the bare figures after it:
            // Reuters writes a story's own money so once, then `dlrs`. Not where the field
            // writes the default money too ("U.S. dlrs", "$") or its leads name its country
            // (`U.S. CORPORATE FINANCE - NEW ZEALAND DLR FRNS`).
            let written = |this: &mut Self| {
                // Most fields write no other money of the row: its units tell, cheaply.
                let other = |f: &Fact| {
                    let u = f
                        .unit
                        .as_deref()
                        .filter(|u| u.len() == 3 && *u != default)?;
                    countries
                        .iter()
                        .skip(1)
                        .find(|(c, _)| *c == u)
                        .map(|&(c, _)| c)
                };
                let (at, code) = facts
                    .iter()
                    .enumerate()
                    .find_map(|(i, f)| Some((i, other(f)?)))?;
                // One other money; the default's country (bit 0) not in the leads; no
                // default money written in full.
                if facts.iter().any(|f| other(f).is_some_and(|c| c != code))
                    || this.leads(fields).get(row).is_some_and(|&b| b & 1 != 0)
                    || facts.iter().any(|f| of_default(f) && !bare(f))
                {
                    return None;
                }
                Some((code, at))
            };
            let (code, from) = match self.code(row, fields).filter(|&c| c != default) {
                Some(code) => (code, 0),
                None if *reach == Reach::Lead => match written(self) {
                    Some(w) => w,
                    None => continue,
                },
                None => continue,
            };
            if *reach == Reach::Lead && !named_by_word() {
                continue;
            }
            // A price of a barrel, a gallon or an ounce in dollars is in the money oil and
            // gold trade in, the U.S. dollar, wherever the story: `43 cts a gallon` in
            // Singapore (not `85 pesos a gallon` in a Colombian story).
            let world_priced = |f: &Fact| {
                default == "USD"
                    && WORLD_PRICED
                        .iter()
                        .any(|(per, own)| f.per.as_deref() == Some(per) && !own.contains(&code))
            };
            for f in facts
                .iter_mut()
                .skip(from)
                .filter(|f| of_default(f) && !world_priced(f))
            {
                if bare(f) {
                    f.unit = Some(Cow::Borrowed(code));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::tables::{CURRENCY, SHARED_CURRENCIES};
    use crate::{ReadOptions, extract, read_documents};

    /// The units of the facts of a record file's one story.
    fn units(record: &str) -> Vec<String> {
        read_documents("t.txt", record.as_bytes(), ReadOptions::default())
            .iter()
            .flat_map(|d| extract(d).facts)
            .map(|f| f.unit.map(|u| u.to_string()).unwrap_or_default())
            .collect()
    }

    #[test]
    fn a_story_s_one_country_names_its_money() {
        // Named in the title; the bare figure after it takes the same money.
        assert_eq!(
            units("NORWAY RESERVES RISE\nReserves 74.77 billion crowns vs 70.56 billion."),
            ["NOK", "NOK"]
        );
        assert_eq!(
            units("Manila shares worth 259.4 million pesos changed hands."),
            ["PHP"]
        );
        // The figure's own words pin it; two countries named leave the tables' money.
        assert_eq!(
            units("The Danish firm paid SEK 500 mln and 20 mln crowns."),
            ["SEK", "DKK"]
        );
        assert_eq!(
            units("The Danish firm paid 500 mln Swedish crowns."),
            ["SEK"]
        );
        // Iceland's crowns (Reuters' reuters-6511), named by the story or by their own words.
        assert_eq!(
            units("ICELAND TO PRIVATISE STATE BANK\nThe bank lost 600 mln crowns."),
            ["ISK"]
        );
        assert_eq!(units("It paid 5 mln Icelandic crowns."), ["ISK"]);
        assert_eq!(units("Swiss and French banks lent 5 mln francs."), ["FRF"]);
        // Rupees and riyals of Reuters' Colombo and Qatar stories.
        assert_eq!(
            units("Sri Lanka tea prices rose to 20.10 rupees per kilo."),
            ["LKR"]
        );
        assert_eq!(
            units("QATAR BUDGET\nQatar projected a deficit of 5.47 billion riyals."),
            ["QAR"]
        );
        assert_eq!(units("India and Pakistan spent 5 mln rupees."), ["INR"]);
        // A story that names several countries of the money: the one its title names.
        assert_eq!(
            units("BELGIUM LAUNCHES BONDS\nIt will raise 5 bln francs. France did too."),
            ["BEF"]
        );
        // Cents go with the dollars of their story.
        assert_eq!(
            units("CANADIAN PACIFIC 4TH QTR NET\nShr 1.35 dlrs vs 95 cts"),
            ["CAD", "CAD"]
        );
        assert_eq!(
            units("N.Z. DEFICIT NARROWS\nThe deficit fell to 1.2 billion dlrs."),
            ["NZD"]
        );
        // Dollars: a story whose title (or first sentence, without one) names Canada alone;
        // not one that names the U.S. too, nor one that names Canada later; nor `U.S. dlrs`.
        assert_eq!(
            units("CANADA MONEY SUPPLY RISES\nM-1 rose 592 mln dlrs to 32.6 billion dlrs."),
            ["CAD", "CAD"]
        );
        assert_eq!(
            units("CANADA SELLS BONDS\nIt raised 500 mln dlrs. It also sold 200 mln U.S. dlrs."),
            ["CAD", "USD"]
        );
        assert_eq!(
            units("Ottawa and Washington agreed on a 500 mln dlr fund."),
            ["USD"]
        );
        assert_eq!(
            units("A U.S. firm bought shares for 13.1 mln dlrs. Its partner is in Toronto."),
            ["USD"]
        );
        // Hong Kong's and Singapore's dollars; a price of oil or gold stays in U.S. dollars.
        assert_eq!(
            units("HK HOTELS SOARS\nThe stock rose 25 cents to 20.15 dlrs."),
            ["HKD", "HKD"]
        );
        assert_eq!(
            units("SINGAPORE M-1 MONEY SUPPLY UP\nM-1 rose to 9.82 billion dlrs."),
            ["SGD"]
        );
        assert_eq!(
            units("SINGAPORE OIL POSTINGS\nNaphtha is 43 cts a gallon, crude 18 dlrs a barrel."),
            ["USD", "USD"]
        );
        assert_eq!(units("It paid 54.9 mln US dlrs."), ["USD"]);
        // Only dollars: a price a gallon in pesos is the story's.
        assert_eq!(
            units("COLOMBIA RAISES FUEL PRICES\nColombia's petrol costs 85 pesos a gallon."),
            ["COP"]
        );
        assert_eq!(
            units("TEXACO CANADA RAISES CRUDE POSTINGS\nThe posting is 25.60 dlrs a barrel."),
            ["CAD"]
        );
        assert_eq!(units("It cost 5 mln francs."), ["FRF"]);
        // Another form of the tables' money keeps it, in a story of another country.
        assert_eq!(
            units("Norway's Statoil paid SEK 500 mln and 20 mln crowns."),
            ["SEK", "NOK"]
        );
        // Text alone reads its countries as a story does.
        let units_of_text: Vec<_> = crate::extract_text("Manila shares worth 259.4 million pesos")
            .into_iter()
            .map(|f| f.unit.map(|u| u.to_string()))
            .collect();
        assert_eq!(units_of_text, [Some("PHP".to_string())]);
    }

    /// Every word that names a country or its money fits the buffer its lookup lowercases
    /// into, and the rows and every row's countries fit their bits.
    #[test]
    fn the_cues_fit() {
        assert!(SHARED_CURRENCIES.len() <= 32);
        for (money, _, countries) in SHARED_CURRENCIES {
            assert!(countries.len() <= 32);
            for w in *money {
                assert!(w.len() <= super::LONGEST_CUE, "{w}");
            }
            for (_, words) in *countries {
                for w in *words {
                    assert!((2..=super::LONGEST_CUE).contains(&w.len()), "{w}");
                    assert!(
                        w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.')
                            && !w.starts_with('.')
                            && !w.ends_with('.'),
                        "{w}"
                    );
                }
            }
        }
    }

    /// Where the leads name no country of the dollar, a story's own money written once in
    /// full ("Canadian dlrs") is that of the bare dollars after it, not before; not where
    /// the story writes U.S. dollars too, or its leads name the U.S.
    #[test]
    fn a_money_written_in_full_names_the_bare_ones_after_it() {
        assert_eq!(
            units(
                "SEAWAY OPENING\nIt paid 5 mln dlrs. The waterway is expected to lose 10 mln \
                 Canadian dlrs this year, after 12 mln dlrs in 1986."
            ),
            ["USD", "CAD", "CAD"]
        );
        assert_eq!(
            units(
                "SEAWAY OPENING\nIt is expected to lose 10 mln Canadian dlrs this year, after \
                 12 mln dlrs in 1986 and 3 mln U.S. dlrs in 1985."
            ),
            ["CAD", "USD", "USD"]
        );
        assert_eq!(
            units(
                "U.S. CORPORATE FINANCE - NEW ZEALAND DLR FRNS\nSupply fell to 3.29 billion \
                 dlrs after 100 mln N.Z. dlrs of notes and 20 mln dlrs of bonds."
            ),
            ["USD", "NZD", "USD"]
        );
    }

    /// Each word of shared money the currency table holds (the plurals at least) is the
    /// first country's there; no word names two countries; no row's money is another's
    /// default, so the rows may be applied in any order.
    #[test]
    fn the_tables_give_each_word_to_the_first_country() {
        let mut seen = std::collections::HashSet::new();
        for (words, _, countries) in SHARED_CURRENCIES {
            let default = countries.first().map(|c| c.0);
            assert!(
                words.iter().any(|w| CURRENCY.longest(w).is_some()),
                "{words:?}"
            );
            for w in *words {
                if let Some(m) = CURRENCY.longest(w) {
                    assert_eq!(Some(m.value.code), default, "{w}");
                }
            }
            for (code, cues) in *countries {
                for cue in *cues {
                    assert!(seen.insert(cue.to_ascii_lowercase()), "{cue}");
                }
                let defaults = SHARED_CURRENCIES.iter().filter_map(|(_, _, c)| c.first());
                assert!(
                    Some(*code) == default || defaults.clone().all(|d| d.0 != *code),
                    "{code}"
                );
            }
        }
    }
}
