//! Money that several countries name alike: `crowns` are Sweden's, Denmark's or Norway's;
//! `pesos` Mexico's, the Philippines', Argentina's, Chile's or Colombia's; `francs`
//! France's, Switzerland's or Belgium's; `rupees` India's, Pakistan's, Sri Lanka's, Nepal's
//! or Mauritius'; `riyals` Saudi Arabia's, Qatar's or Yemen's; Reuters' `dlrs` the United
//! States', Canada's, Australia's or New Zealand's, told by the title and first sentence
//! alone ([`Reach::Lead`]). The tables give each word one
//! country's code ([`CURRENCIES`](crate::lexicon::tables::CURRENCIES)); a story that names
//! another of its countries, and no other, has that country's money ([`SHARED_CURRENCIES`]).
//! (Bare `dinars` and `shillings` have no code: no one country's is a fair default.)
//!
//! The story is read for its countries only where a field holds such a word, once per
//! document. A figure keeps its code where its own text pins it (`Swedish crowns`) or
//! writes another form of it (`SEK 500`, `500 kronor`); one that took its unit from such a
//! word nearby (`74.77 billion crowns vs 70.56 billion`) goes with it; so, wrongly, does one
//! that took it from another form (`SEK 500 mln vs 400 mln` in a Norwegian story that also
//! writes `crowns`), which its text cannot tell apart. The unit of a rate
//! (`per`) and of a figure's other unit (`alt`) are left as the tables give them.

use crate::fact::Fact;
use crate::lexicon::tables::{CURRENCY, Reach, SHARED_CURRENCIES};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::LazyLock;

/// The country each row of [`SHARED_CURRENCIES`] resolves to in one document, read once.
#[derive(Default)]
pub(crate) struct Countries {
    /// Per row, the code of the one country the document names, if it names one alone.
    codes: Option<Vec<Option<&'static str>>>,
}

/// The words of `text`: runs of ASCII letters, digits and inner points (`U.S`, a word of
/// `U.S.`; a sentence's point is no part of its last word).
fn words(text: &str) -> impl Iterator<Item = &[u8]> {
    text.as_bytes()
        .split(|b| !b.is_ascii_alphanumeric() && *b != b'.')
        .map(|w| {
            let start = w.iter().position(|&b| b != b'.').unwrap_or(w.len());
            let end = w.iter().rposition(|&b| b != b'.').map_or(start, |p| p + 1);
            &w[start..end]
        })
        .filter(|w| !w.is_empty())
}

/// The lead of a field, where a story names its country: its first sentence, within
/// [`LEAD`] bytes (a title is one sentence).
fn lead(field: &str) -> &str {
    let b = field.as_bytes();
    let end = memchr::memmem::find_iter(b, b". ")
        .chain(memchr::memmem::find_iter(b, b".\n"))
        .filter(|&p| p < LEAD)
        .min()
        .unwrap_or(LEAD.min(b.len()));
    // Cut at a char boundary at or before `end`.
    let end = (0..=end)
        .rev()
        .find(|&e| field.is_char_boundary(e))
        .unwrap_or(0);
    &field[..end]
}

/// How far into a field its lead reaches at most, in bytes.
const LEAD: usize = 600;

/// Whether `text` holds `word` as a whole word, in any case.
fn has_word(text: &str, word: &str) -> bool {
    words(text).any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
}

/// The first form of the currency table that starts at a word of `text`.
fn currency_form(text: &str) -> Option<&str> {
    text.char_indices().find_map(|(i, _)| {
        let starts = text[..i]
            .chars()
            .next_back()
            .is_none_or(|p| !p.is_alphanumeric());
        let m = CURRENCY.longest(&text[i..]).filter(|_| starts)?;
        text.get(i..i + m.len)
    })
}

/// The words that name the countries of [`SHARED_CURRENCIES`], lowercased, each with its
/// row and its country's place in the row.
static CUES: LazyLock<FxHashMap<String, (usize, usize)>> = LazyLock::new(|| {
    let mut cues = FxHashMap::default();
    for (row, (_, _, countries)) in SHARED_CURRENCIES.iter().enumerate() {
        for (place, (_, words)) in countries.iter().enumerate() {
            for w in *words {
                cues.insert(w.to_ascii_lowercase(), (row, place));
            }
        }
    }
    cues
});

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

/// The longest word of [`CUES`] may have this many bytes (a test checks): the buffer that a
/// word of the story is lowercased into to be looked up.
const LONGEST_CUE: usize = 16;

impl Countries {
    /// The code of the money of row `row` in a document of these fields, where it names one
    /// country of the row alone.
    fn code(&mut self, row: usize, fields: &[&str]) -> Option<&'static str> {
        let codes = self.codes.get_or_insert_with(|| {
            // Per row, a bit for each country named, in the story and in its leads: one pass
            // over the words of the fields.
            let mut named = vec![(0u32, 0u32); SHARED_CURRENCIES.len()];
            let mut buf = [0u8; LONGEST_CUE];
            for field in fields {
                let lead = lead(field).len();
                for w in words(field) {
                    if w.len() < 3 || w.len() > LONGEST_CUE {
                        continue;
                    }
                    let in_lead = (w.as_ptr() as usize) < field.as_ptr() as usize + lead;
                    let lower = &mut buf[..w.len()];
                    lower.copy_from_slice(w);
                    lower.make_ascii_lowercase();
                    if let Ok(lower) = std::str::from_utf8(lower)
                        && let Some(&(r, place)) = CUES.get(lower)
                    {
                        named[r].0 |= 1 << place;
                        if in_lead {
                            named[r].1 |= 1 << place;
                        }
                    }
                }
            }
            named
                .iter()
                .zip(SHARED_CURRENCIES)
                .map(|(&(story, leads), (_, reach, countries))| {
                    let bits = match reach {
                        Reach::Story => story,
                        Reach::Lead => leads,
                    };
                    (bits.count_ones() == 1)
                        .then(|| countries.get(bits.trailing_zeros() as usize))
                        .flatten()
                        .map(|&(code, _)| code)
                })
                .collect()
        });
        codes.get(row).copied().flatten()
    }

    /// Gives the facts of one field the money of the country their document names, where
    /// the field holds a word of shared money (`fields`: the document's title and text).
    #[inline]
    pub(crate) fn resolve(&mut self, facts: &mut [Fact], fields: &[&str]) {
        // Most fields hold no money of the tables' codes for such words: one look at each
        // fact's code tells.
        if facts.iter().any(|f| {
            f.unit
                .as_deref()
                .is_some_and(|u| u.len() == 3 && DEFAULT_CODES.iter().any(|d| d == u.as_bytes()))
        }) {
            self.resolve_named(facts, fields);
        }
    }

    /// [`Countries::resolve`] past its first test, out of line: few fields get here.
    #[cold]
    #[inline(never)]
    fn resolve_named(&mut self, facts: &mut [Fact], fields: &[&str]) {
        for (row, (words, _, countries)) in SHARED_CURRENCIES.iter().enumerate() {
            let Some(&(default, _)) = countries.first() else {
                continue;
            };
            let of_default = |f: &Fact| f.unit.as_deref() == Some(default);
            let named_by_word = facts
                .iter()
                .any(|f| of_default(f) && words.iter().any(|w| has_word(&f.text, w)));
            if !named_by_word {
                continue;
            }
            let Some(code) = self.code(row, fields).filter(|&c| c != default) else {
                continue;
            };
            for f in facts.iter_mut().filter(|f| of_default(f)) {
                // The money's own word, not pinned by a country's ("Swedish crowns"); or no
                // currency at all, the unit taken from a figure nearby ("crowns vs 70.56
                // billion"), not another form of it ("SEK 500", "Mex$ 500", "U.S. dlrs").
                let pinned = countries.iter().any(|(c, cues)| {
                    has_word(&f.text, c) || cues.iter().any(|w| has_word(&f.text, w))
                });
                let own_word = |form: &str| words.iter().any(|w| form.eq_ignore_ascii_case(w));
                if !pinned && currency_form(&f.text).is_none_or(own_word) {
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
        // Dollars: a story whose title or first sentence names Canada alone; not one that
        // names the U.S. too, nor one that names Canada later; nor `U.S. dlrs`.
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

    /// Every word that names a country fits the buffer its lookup lowercases into, and
    /// every row's countries fit its bits.
    #[test]
    fn the_cues_fit() {
        for (_, _, countries) in SHARED_CURRENCIES {
            assert!(countries.len() <= 32);
            for (_, words) in *countries {
                for w in *words {
                    assert!((3..=super::LONGEST_CUE).contains(&w.len()), "{w}");
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
