//! Market moves: what moved, which way, by how much, to what level.
//!
//! Works on a field's facts and sentences. Each sentence becomes a list of items (words,
//! symbols, and the facts found in it); a move starts at a *cue* from
//! [`MOVE_CUES`](crate::lexicon::tables::MOVE_CUES) (`rose`, `fell back`, `a 3% fall`, `up`,
//! `closed at`). Around the cue:
//!
//! - the *subject* is the noun phrase before the cue, skipping auxiliaries (`had jumped`) and
//!   appositives (`brent crude , the international benchmark , rose`); when the cue has none
//!   (`before falling back`) it is the subject of the sentence;
//! - after the cue, `by X` (or a bare X) is the change, `to X` / `at X` the level, `from X` the
//!   level it came from, and a phrase of time (a [`TIMINGS`](crate::lexicon::tables::TIMINGS)
//!   entry or one of the timing grammar's, `src/timing.rs`: `in 1986`) the timing; an
//!   amount just before the cue (`a 3% fall`, `5% higher`) is the change;
//! - the clause ends at the next cue, a `;`, `while`, `but` or the sentence end; at `with`
//!   once the move has a figure (`grew 26%, with kfc at 35%`), and at a comma after a time
//!   unless the move goes on (`in 1986, up from`).
//!
//! A move needs a subject and an amount; in a title, a headline verb on a known market
//! ([`ASSETS`](crate::lexicon::tables::ASSETS)) is enough (`Oil price rises`).

use crate::fact::{Fact, Field, Kind, Qualifier, power_of_a_thousand};
use crate::grammar::quantity::ends_with_ci;
use crate::lexicon::lexer::{Lexed, Token};
use crate::lexicon::tables::{
    ASSET, CLOCK, Cue, DETERMINERS, Direction, MOVE_CUE, NON_MARKET_UNITS, NUMBER_WORD,
    TABLE_EXCHANGES, TABLE_HEADER_ASSETS, TIMING, UNIT, vocab,
};
use crate::lexicon::vocab::WordId;
use crate::lexicon::{LexKind, Lexicon, Match, WordList, WordUnion, Words};
use crate::timing::{contract_month, contract_month_with_year};
use compact_str::CompactString;
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::LazyLock;

/// An amount in a move: a change, a level, or the level it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// Exact value; a change is a positive magnitude (the direction says which way). Null for
    /// a range.
    #[serde(with = "crate::fact::exact")]
    #[schemars(schema_with = "crate::schema::exact_decimal")]
    pub value: Option<Decimal>,
    /// Low end of a range (`would fall 50 to 100 basis points`).
    #[serde(with = "crate::fact::exact")]
    #[schemars(schema_with = "crate::schema::exact_decimal")]
    pub low: Option<Decimal>,
    /// High end of a range.
    #[serde(with = "crate::fact::exact")]
    #[schemars(schema_with = "crate::schema::exact_decimal")]
    pub high: Option<Decimal>,
    /// Canonical unit (`%`, `pp`, `bp`, `point`, ISO 4217 …), null for plain numbers.
    pub unit: Option<Cow<'static, str>>,
    /// Unit of a rate (`bbl` in `$88 a barrel`).
    pub per: Option<Cow<'static, str>>,
    /// Qualifier (`as much as 3.5%` is `up_to`).
    pub qualifier: Option<Qualifier>,
    /// What a count counts, as written (`units` in `362,000 units`, `drones and missiles`),
    /// as the fact's `noun`; a bare whole number beside a count of the move shares it (`fell
    /// to 1,572 from 2,734 cars`, `dropped by nine to 151 crews`). Null where the figure
    /// counts nothing.
    #[schemars(with = "Option<String>")]
    pub noun: Option<CompactString>,
}

/// One reported change or level of something market-like, from one sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Move {
    /// What moved, as written (`brent crude`, `oil prices`, `shares in BP`), less a period
    /// that opens it, which is the move's `timing` (`q3 revenue` is `revenue`, `February car
    /// sales` is `car sales`). Things joined by
    /// `and` whose figures are listed `respectively` are a move each, with the clause's span:
    /// `Total M2 and local M2 rose 32.5 pct and 23.9 pct, respectively` gives `Total M2` up
    /// 32.5 % and `local M2` up 23.9 %. A futures table's row, which names its contract month
    /// alone, is preceded by its column's header, the commodity (`MEAL MAY7`, `LIVE CATTLE
    /// JUN7`).
    #[schemars(with = "String")]
    pub subject: CompactString,
    /// Normalized market name when the subject is a known market (`oil`, `gold`, `ftse_100`);
    /// for a futures table's row, the market its header names (`soybean_oil` under CBT's
    /// `OIL`, `silver` under `NY COMEX SILVER 09:30`).
    pub asset: Option<Cow<'static, str>>,
    /// `up`, `down` or `flat`; null for a level without a direction (`closed at 3,362.39`). A
    /// level with the figure it came from and no word of direction goes the way the two
    /// figures go (`q4 sales $21.3 billion versus $20.3 billion` is up), on the subject's side
    /// of zero (`Shr loss 1.39 dlr vs profit 1.24 dlr` is up: the loss grew from -1.24).
    /// Across zero, a way the text states that says the other is null (`Pretax loss EUR 1.2
    /// mn , down from a profit`). A move with no word of its own takes a word of direction or
    /// state that opens its subject, in lowercase (`unchanged dividend of two cts` is flat, its
    /// subject `dividend`), or the way a high or a low it reached says (`hit a 52-week low of
    /// 115-3/4 dlrs` is down).
    pub direction: Option<Direction>,
    /// The size of the change. A change or level that is a bare number beside the other in
    /// a unit of amount (not `%`, `pp`, `bp`) takes its unit, and the scale word it elides
    /// (`fell 440.2 mln francs to 24.48 billion`; `declined 75.4 mln dlrs to 104.0` has level
    /// 104000000 USD); a change also the hundredth of a level in a minor unit (`down 15.59
    /// at 108.00 cents a lb` has change 0.1559 USD per lb). A level beside a change in one is
    /// in it where written without a point or where the change would be below a
    /// ten-thousandth of it in the major unit (`down 4p to 567` has level 5.67 GBP, `rose
    /// 0.35 cent to 49.35` 0.4935 USD), in the major unit otherwise (`fell 10 pfennigs to
    /// 103.20` has 103.2 DEM), and bare below one of that. Money and points in words give
    /// their unit as digits do (`rose two points to 48-3/4`).
    /// A bare figure with a scale word, after money of one currency only in its sentence, is
    /// in that currency (`rose to 102.2 mln dlrs from 88.4 mln, but gains dropped to 43.1
    /// mln`), unless a figure of the move counts something (`to 20 mln shares from 15 mln`).
    /// A `flat` move with one figure has it as its level, not as a change (`at an unchanged
    /// rate of 3.80 pct`).
    pub change: Option<Measure>,
    /// The level reached or standing. What a business lost is its result, below zero
    /// (`Hollinger lost 87 mln dlrs` has -87000000 and no direction; `shares lost 10 cts`
    /// is a fall); so is the level of a profit that is a loss (`EPS amounted to a loss of
    /// EUR0 .20` has -0.2).
    pub level: Option<Measure>,
    /// The level it came from, on the subject's side of zero: a profit before a loss is
    /// negative (`Pretax loss totalled EUR 1.2 mn , down from a profit of EUR 2.1 mn` has
    /// `from` -2100000), as a loss before a profit is (`EBIT was EUR 14.4 mn , compared to a
    /// loss of EUR 0.3 mn` has -300000). It shares the level's unit and rate; a figure in
    /// digits alone takes the scale word of the other, and a whole number alone a minor
    /// unit's hundredth, where that brings the two within ten times of each other (`rose to
    /// EUR 103.4 mn from EUR 23.2` has `from` 23200000; `rose to 213-1/2 cents per kilo from
    /// 207` has `from` 2.07 USD per kg).
    pub from: Option<Measure>,
    /// When, if stated (`initially`, `on friday`, `at the close`, `in 1986`, `for the first
    /// nine months of 2009`): the phrase after the cue, or after a level without a verb, or
    /// one that opens the sentence before a comma (`In 2006 , net sales were ...`,
    /// `Yesterday, Fed funds averaged`; not one without `in`, `for`, `during`, `at`, `since`,
    /// `by` before what was said or reported then, `Last week, the supplier reported`, nor
    /// `Earlier,`); a period
    /// that opens the subject, which then leaves it out (`q3 revenue $1.2 billion` has `q3`,
    /// its subject `revenue`; `its February load factor` has `February`, its subject `its
    /// load factor`; not the month of a traded contract, `May crude`); or, for a row of a
    /// results table, the line that heads its block of rows (`Nine mths`, `Year`, `Qtr ended
    /// Feb 28`), or, for the block that opens the text under no header, the period the
    /// story's title names (`3RD QTR` in `ECOLAB INC <ECL> 3RD QTR OPER SHR`).
    #[schemars(with = "Option<String>")]
    pub timing: Option<CompactString>,
    /// Field of the sentence.
    pub field: Field,
    /// Byte offset of the clause in the field.
    pub start: usize,
    /// Byte offset one past the clause's end.
    pub end: usize,
    /// The clause, exactly as in the input.
    #[schemars(with = "String")]
    pub text: CompactString,
    /// Index of the sentence in the field.
    pub sentence: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item {
    /// A run of letters or digits; `ascii` when all its bytes are. `word` is its vocabulary
    /// id, `k` its token (`NO_TOKEN` for the rest of a token a fact ended inside).
    Word {
        start: usize,
        end: usize,
        ascii: bool,
        word: Option<WordId>,
        k: u32,
    },
    Sym {
        start: usize,
        end: usize,
    },
    Fact(usize),
}

/// Words skipped between a subject and its cue: auxiliaries, modals, reporting verbs,
/// adverbs, and the infinitive of forecasts (`are expected to rise`).
#[rustfmt::skip]
static SKIP_BEFORE_CUE: WordList = WordList::new(&[
    "had", "has", "have", "was", "were", "is", "are", "been", "be", "being", "will", "would",
    "could", "can", "may", "might", "must", "should", "shall", "to", "expected", "likely",
    "forecast", "projected", "set", "seen", "also", "closed", "ended", "finished", "traded",
    "then", "still", "only", "further", "slightly", "sharply", "briefly", "initially", "just",
    "steadily", "again", "both", "marginally", "modestly", "substantially", "significantly",
    "strongly", "firmly", "broadly", "largely", "mostly", "roughly", "nearly", "almost",
    "reportedly", "respectively", "overall", "meanwhile", "however", "sharply", "steeply", "duly",
    "already", "not", "n't", "each", "all", "alone", "together", "themselves", "having",
    "need", "needs", "continue", "continued", "continues", "due", "opened", "settled", "began",
    "begun", "begins", "started", "seemed", "seems", "appeared", "appears", "tended", "last",
    "tends", "stood", "stands", "remain", "remained", "remains", "never", "ever", "ranged",
]);

/// Phrases between a subject and its cue: `the Dax index closed the day 16.29 points lower`,
/// `Oil prices are finishing the year roughly 30% higher`: a verb of these, `the`, and a
/// period of these.
#[rustfmt::skip]
static SESSION_VERBS: WordList = WordList::new(&[
    "closed", "ended", "finished", "closing", "ending", "finishing", "opened", "opening",
    "began", "beginning", "started", "starting",
]);
/// Words for a period of time, the timing grammar's: `the year` of [`SESSION_VERBS`]'
/// phrases, `the same period` of [`compared_time`]'s.
static PERIOD_WORDS: WordList = WordList::new(&crate::timing::PERIODS);

/// Words that end a subject when reading back from its cue: clause openers, reporting and
/// causative verbs, pronouns.
#[rustfmt::skip]
static SUBJECT_BOUNDARY: WordList = WordList::new(&[
    "but", "or", "while", "as", "after", "before", "when", "although", "because", "since", "that",
    "which", "who", "whose", "where", "said", "says", "say", "saying", "according", "than", "then",
    "so", "if", "whereas", "despite", "amid", "following", "meanwhile", "however", "it", "they",
    "he", "she", "we", "i", "you", "there", "this", "these", "those", "had", "has", "have", "was",
    "were", "is", "are", "will", "would", "could", "not", "until", "what", "sent", "pushed",
    "drove", "lifted", "pulled", "dragged", "knocked", "took", "left", "saw", "helped", "put",
    "kept", "made", "make", "makes",
    "reported", "posted", "recorded", "showed", "shows", "expects", "expected", "estimated", "see",
    "sees", "noted", "added", "told", "reports", "announced", "forecast", "predicted", "believes",
    "thinks", "because", "yesterday", "today", "also", "although", "though", "why", "how",
    "whether", "unless", "leaves", "leaving", "puts", "sends", "pushing", "takes", "seeing",
    "report", "estimates", "estimate", "expect", "posts", "announces", "releases", "declares",
    "giving", "gives", "reaffirms", "raises", "lowers", "show", "comes", "came", "found",
    "gave", "give", "revised", "includes", "recognized", "anticipate",
    "anticipates", "expressed", "forecasts", "generates", "propose", "proposes", "declared",
    "excludes", "showing", "suggesting", "indicating", "saying", "forecasting", "predicting",
    "revealing", "projecting", "delivering", "generating", "albeit", "seen",
    "pushes", "send", "bring", "brings", "brought", "keep", "keeps",
]);

/// Verbs of a result that end a subject before what they name ("Kalmar Espana generated net
/// sales of"), not as a participle after a noun ("homes delivered increased", "orders booked
/// during the quarter").
#[rustfmt::skip]
static RESULT_VERBS: WordList = WordList::new(&[
    "generated", "booked", "delivered", "achieved",
]);
/// Words that open what a result verb names.
#[rustfmt::skip]
static RESULT_OPENERS: WordList = WordList::new(&[
    "a", "an", "net", "gross", "operating", "record", "total", "pretax", "pre-tax",
]);

/// Words before a count that keep it inside a subject: `the six largest economies`.
#[rustfmt::skip]
static COUNT_DETERMINERS: WordList = WordList::new(&[
    "the", "its", "their", "top", "first", "last", "these", "those", "all",
]);

/// Demonstratives, which may stand inside a subject's noun phrase (see [`subject_before`]).
static DEMONSTRATIVES: WordList = WordList::new(&["these", "those"]);

/// Whether the symbol at `at` stands inside a subject's noun phrase: the apostrophe of a
/// plural's possessive ("Federal states' deposits", tokenized "Kauno Alus ' beer sales"), or
/// a bracket around an acronym ("Royal Bank of Scotland ( RBS ) shares").
fn possessive_or_acronym(text: &str, its: &[Item], at: usize) -> bool {
    let Item::Sym { start, end } = its[at] else {
        return false;
    };
    let acronym = |i: usize| {
        its.get(i)
            .and_then(|&w| word_text(text, w))
            .is_some_and(|w| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()))
    };
    match &text[start..end] {
        "'" | "’" => {
            at > 0
                && word_text(text, its[at - 1]).is_some_and(|w| w.ends_with(['s', 'S']))
                && text[end..].starts_with(' ')
                && matches!(its.get(at + 1), Some(Item::Word { .. }))
        }
        "(" => acronym(at + 1) && its.get(at + 2).is_some_and(|&c| is_sym(text, c, ")")),
        ")" => at >= 2 && acronym(at - 1) && is_sym(text, its[at - 2], "("),
        _ => false,
    }
}

/// Words that open a sentence, capitalized, after a lowercase word that ends another with no
/// point (see [`subject_before`]).
#[rustfmt::skip]
static SENTENCE_OPENERS: WordList = WordList::new(&[
    "the", "its", "their", "shares", "sales", "profits", "prices",
]);

/// Verbs of change that take an object, whose noun before the figure's `to`, `by` or `from`
/// is what they move: `increases quarterly dividend by 5%` (the cues of a rise or a fall
/// that do, with those of [`CAUSATIVES`]; [`TAKES_OBJECT`] lists those whose object may be
/// things counted).
#[rustfmt::skip]
static TRANSITIVE_CUES: WordList = WordList::new(&[
    "increased", "increases", "decreased", "decreases", "doubled", "halved", "expanded",
    "expands",
]);

/// Whether the verb of [`CAUSATIVES`] at item `k` (whose next item is `next`) moves a thing
/// by a figure: a passive with `to`, `by` or `from` and its figure within a few words (`were
/// reduced in 1986 by 4.1 pct`; not the progressive, `is raising 100 mln dlrs`), or an
/// object of words before them, the figure right after (`raised its prime rate to 8.5 pct`;
/// not `cutting meat from the meals served to the more than 8,000 inmates`).
fn moves_a_thing(text: &str, its: &[Item], k: usize, next: usize) -> bool {
    let figure_after = |j: usize| {
        word_is(text, its[j], &["to", "by", "from"])
            && matches!(its.get(j + 1), Some(Item::Fact(_)))
    };
    if passive_at(text, its, k) {
        return (next..(next + 5).min(its.len())).any(figure_after);
    }
    // The object's words (a possessive's apostrophe inside), then the figure's word; no
    // time, comparison or verb among them ("tax cuts planned for next year would be
    // increased by").
    (next + 1..(next + 8).min(its.len()))
        .find(|&j| {
            !(matches!(its[j], Item::Word { .. })
                || is_sym(text, its[j], "'")
                || is_sym(text, its[j], "’"))
                || word_is(text, its[j], &["to", "by", "from"])
        })
        .is_some_and(|slot| {
            figure_after(slot)
                && !its[next..slot].iter().any(|&w| {
                    word_is(text, w, &NOT_IN_OBJECT)
                        || word_is(text, w, &AUXILIARIES)
                        || word_is(text, w, &MODALS)
                })
        })
}

/// Whether the verb at item `k` is a passive: after one of [`PASSIVE_AUXILIARIES`], not in
/// `-ing` (the progressive is active: `is raising 100 mln dlrs`).
fn passive_at(text: &str, its: &[Item], k: usize) -> bool {
    k > 0
        && word_is(text, its[k - 1], &PASSIVE_AUXILIARIES)
        && word_text(text, its[k]).is_some_and(|w| !lowercase_ending(w, "ing"))
}

/// The auxiliaries of a passive, whose verb moves its subject (`it was raised to 8 pct`).
static PASSIVE_AUXILIARIES: WordList =
    WordList::new(&["was", "were", "been", "be", "is", "are", "being"]);

/// Verbs that move a thing and are a move's cue only with it as their object, before the
/// figure's `to`, `by` or `from`, the figure right after it: `raised its prime rate to 8.5 pct
/// from 8.25 pct`, `cut the discount rate by half a point`; not `raised 5 mln dlrs`, `cut 500
/// jobs`, `a rate cut of`. A passive moves its subject (`it was raised to eight pct`).
#[rustfmt::skip]
static CAUSATIVES: WordList = WordList::new(&[
    "raised", "raises", "raising", "hiked", "hikes", "boosted", "boosts", "lifted", "lifts",
    "cut", "cuts", "cutting", "lowered", "lowers", "lowering", "reduced", "reduces", "reducing",
    "slashed", "slashes", "trimmed", "trims",
]);

/// Words that start no object of a verb of change, after it: a particle (`expanded out
/// from 32 teams`), a joiner, a preposition of the figure, a time (`increased this year by
/// 5%`), a pronoun, which names nothing (`raising it to £6`).
#[rustfmt::skip]
static NO_OBJECT: WordList = WordList::new(&[
    "to", "by", "from", "and", "or", "as", "than", "out", "up", "down", "off", "back", "this",
    "that", "next", "it", "them",
]);

/// Words of a time or a comparison, no part of an object: `increased year over year by 15%`,
/// `increased versus the prior year by 3%`.
static NOT_IN_OBJECT: WordList = WordList::new(&["year", "years", "versus", "vs", "compared"]);

/// Adjectives of how often, whose ending is an adverb's: `increases quarterly dividend`.
static PERIODIC: WordList = WordList::new(&["quarterly", "monthly", "weekly", "yearly", "daily"]);

/// Words that say how big or how sure a figure is, left alone before it when reading back
/// from it names nothing: `a provisional 9.0 pct higher`, `showed a record 4.8 billion stg
/// rise`, `a sharp 0.9 pct rise in January`.
#[rustfmt::skip]
static FIGURE_ADJECTIVES: WordList = WordList::new(&[
    "record", "provisional", "preliminary", "sharp", "strong", "slight", "steep", "modest",
    "huge", "whopping", "hefty", "mere", "small", "big", "large",
]);

/// Words that say the figure a level is compared with is the level itself: `vs same` (`vs
/// nil` is a figure, zero).
static COMPARED_SAYINGS: WordList = WordList::new(&["same"]);

/// Words that open a clause of contrast after a comma: `, while margarine consumption ...,
/// fell`, whose second comma closes no aside.
static CONTRASTS: WordList = WordList::new(&["while", "whereas"]);

/// Modals of what did not happen: `would have been 8% higher`.
static MODALS_OF_THE_PAST: WordList = WordList::new(&["would", "could", "might"]);

/// Words that open a relative clause: `rates charged to farmers who meet the standards`.
static RELATIVES: WordList = WordList::new(&["who", "which", "that"]);

/// Auxiliaries of a passive relative clause: `claims that were filed last week`.
#[rustfmt::skip]
static AUXILIARIES: WordList = WordList::new(&["was", "were", "is", "are", "has", "have", "had"]);

/// Modal verbs.
static MODALS: WordList =
    WordList::new(&["will", "would", "could", "can", "may", "might", "should"]);

/// Modals that end a noun cue's phrase (not `may` or `can`, a month and a noun as often:
/// `between April and May of 2.1 pct`, `a rise in can sales`).
static NOUN_ENDING_MODALS: WordList = WordList::new(&["will", "would", "could", "might", "should"]);

/// Nouns of what is said or shown, whose `that` opens a clause: `signs that demand rose`.
#[rustfmt::skip]
static SAID_NOUNS: WordList = WordList::new(&[
    "statement", "report", "reports", "forecast", "forecasts", "news", "signs", "hopes", "fears",
    "expectations", "indications", "evidence", "view", "belief", "estimate", "estimates",
    "projection", "projections", "prediction", "predictions", "announcement", "speculation",
    "concern", "concerns", "worries", "assumption", "suggestion", "suggestions", "claims",
    "chance", "chances", "risk", "likelihood", "possibility", "prospect", "prospects", "hope",
    "fear",
]);

/// Verbs that say or find, whose `that` opens a clause with its own subject: `The RAD found
/// that the number of youngsters ... drops`, `said that downloads had increased`.
#[rustfmt::skip]
static SAYING: WordList = WordList::new(&[
    "said", "says", "say", "found", "finds", "find", "showed", "shows", "show", "revealed",
    "reveals", "suggested", "suggests", "indicated", "indicates", "reported", "noted", "added",
    "adds", "announced", "announces", "believes", "believe", "thinks", "think", "expects",
    "expect", "estimated", "warned", "warns", "predicted", "predicts", "claimed", "confirmed",
    "confirms", "stated", "explained", "learned", "feared", "hoped", "meant", "argued",
    "argues", "projected", "showing", "suggesting", "indicating", "projects", "forecasts",
    "estimates", "calculated", "calculates", "assumes", "assumed", "forecasting", "predicting",
    "saying", "revealing", "projecting", "estimating", "warning",
]);

/// Prepositions that end the head of a subject: `operating loss for the nine months` is
/// `operating loss`.
#[rustfmt::skip]
static SUBJECT_PREPOSITIONS: WordList = WordList::new(&[
    "in", "for", "on", "at", "during", "excluding", "including", "from", "over", "since", "to",
    "by", "with", "after", "against", "of", "among", "between", "under", "through", "into",
]);

/// Words before `of` that keep it inside the subject: `the price of gold`, `shares of BP`.
#[rustfmt::skip]
static KEEP_OF: WordList = WordList::new(&[
    "price", "prices", "value", "values", "cost", "costs", "shares", "share", "stock", "stocks",
    "number", "rate", "rates", "level", "volume", "sales", "supply", "exports", "imports",
    "amount", "index", "proportion", "percentage", "total", "balance", "production", "output",
    "consumption", "shipments", "terms", "tonnage", "holdings",
]);

/// Prepositions whose phrase stays inside the subject where it says where or what part:
/// `Sales in Finland`, `Earnings at Barclays Capital`, `profit from continuing operations`.
static PART_PREPOSITIONS: WordList = WordList::new(&["in", "at", "from", "for"]);

/// Words before `to` that keep its phrase inside the subject: `Exports to Japan`, `loans to
/// Brazil` (not an infinitive's `to`: `failed to prevent the dollar`).
#[rustfmt::skip]
static KEEP_TO: WordList = WordList::new(&[
    "exports", "imports", "shipments", "sales", "loans", "lending", "credit", "credits",
    "deliveries", "exposure", "aid", "premium",
]);

/// Words before `with` that keep its phrase inside the subject: `Taiwan's surplus with the
/// U.S.`, `trade with Russia`.
#[rustfmt::skip]
static KEEP_WITH: WordList = WordList::new(&[
    "surplus", "surpluses", "deficit", "deficits", "trade", "balance", "imbalance",
]);

/// Words after such a preposition that make its phrase no part: a time (`at the same time`,
/// `in calendar 1986`, `in q3`, whose letter the lexer cuts from its digit), a rate or a
/// manner (`at a rate of`, `in terms of`), a conjunction (`imports from and exports to`); a
/// figure the move came from (`down from a profit`) is checked apart.
#[rustfmt::skip]
static NOT_A_PART: WordList = WordList::new(&[
    "same", "end", "start", "beginning", "time", "calendar", "fiscal", "final", "current",
    "past", "latest", "next", "q", "fy", "h", "rate", "terms", "wake", "line", "light", "face",
    "range", "region", "order", "addition", "response", "and", "or", "full", "whole", "all",
    "future", "this", "that", "each", "every", "prior", "corresponding", "trailing",
]);

/// Figures of an account that `before` or `after` qualify inside a subject: `profit before
/// taxes`, `Loss after taxes`, `Cash flow after investments`.
#[rustfmt::skip]
static BEFORE_AFTER_HEADS: WordList = WordList::new(&[
    "profit", "profits", "loss", "losses", "income", "earnings", "result", "results", "flow",
    "margin",
]);

/// What an account's figure is taken before or after: `profit before taxes`, `losses
/// before extraordinary items`, `Cash flow after investments`.
#[rustfmt::skip]
static ACCOUNT_DEDUCTIONS: WordList = WordList::new(&[
    "tax", "taxes", "taxation", "interest", "depreciation", "amortisation", "amortization",
    "items", "extraordinary", "extraordinaries", "exceptional", "exceptionals", "minorities",
    "minority", "provision", "provisions", "investments", "financial", "charges", "special",
    "writedowns", "writeoffs", "dividends",
]);

/// Whether `its[at]` is `before` or `after` inside an account's figure: `profit before
/// taxes` (not a clause's `results after parent company net profit dropped`).
fn account_before_after(text: &str, its: &[Item], at: usize) -> bool {
    at > 0
        && word_is(text, its[at], &["before", "after"])
        && word_is(text, its[at - 1], &BEFORE_AFTER_HEADS)
        && its
            .get(at + 1)
            .is_some_and(|&w| word_is(text, w, &ACCOUNT_DEDUCTIONS))
}

/// The words that open a noun phrase of their own inside a subject's run of words (see
/// [`opens_phrase`]). Not `this` or `these`, which open a time as often (`sales this year`),
/// nor `another` (`another 5%`).
#[rustfmt::skip]
static PHRASE_OPENERS: WordList = WordList::new(&[
    "the", "a", "an", "its", "their", "his", "her", "our",
]);

/// Words a [`PHRASE_OPENERS`] word may follow inside one noun phrase or as its object:
/// prepositions beyond [`SUBJECT_PREPOSITIONS`] (`living below the poverty line`, `prices
/// along the coast`; those of [`SUBJECT_BOUNDARY`] end a subject before this is asked),
/// joiners (`the dollar and the yen`), quantifiers (`three times the size`, `all the shares`),
/// and the `s` of a possessive (`ASEA's A shares`); a letter after a word that takes one is
/// told by [`is_letter`].
#[rustfmt::skip]
static PHRASE_GOVERNORS: WordList = WordList::new(&[
    "below", "above", "outside", "inside", "throughout", "like", "per", "via", "across",
    "around", "behind", "beyond", "near", "within", "without", "toward", "towards", "about",
    "off", "up", "down", "out", "vs", "versus", "upon", "onto", "except", "plus", "minus",
    "alongside", "along", "beside", "besides", "beneath", "past", "unlike", "amongst", "aboard",
    "atop", "worth", "and", "nor", "all", "both", "half", "twice", "times",
    "such", "what", "quite", "rather", "s",
]);

/// Whether the word at `at` (inside a subject's run, after its first word) opens a noun phrase
/// of its own, so that the subject starts there: a [`PHRASE_OPENERS`] word after a word that
/// cannot take it, as a preposition, a joiner or a verb would (a name, a noun, a time, an
/// adverb: "Last year the surplus", "In London the figure", "Reuters the sale price", "in
/// recent months the price has collapsed", "extraordinary charges the net loss"). A verb in
/// -ing or -ed keeps its object ("the number of youngsters taking their ballet exams",
/// "total loans ended the quarter at"), as do [`PHRASE_GOVERNORS`]. The opener stands apart
/// from the word before (not the letter of `M-2A`) and a word follows it before `end` (not
/// `pay an unchanged four yen`, `NOVA ALB A 9 1/8`, `Provinsbanken A/S`), but not a word
/// that only leads to a figure (`to be a record 3.7 to 3.8 mln hectares`, `there had been a
/// near nine per cent rise`: no noun of the phrase's own), nor one of when (`Net profit a
/// year earlier fell`, `Exports the previous month`: a period's word in its first two). A
/// capital `A` after a name is a letter (`Volvo A shares`).
fn opens_phrase(text: &str, its: &[Item], facts: &[Fact], at: usize, end: usize) -> bool {
    // A period's word that ends the phrase, or does so before `earlier` or `ago`: "a year
    // earlier", "the previous month" (not "the day-to-day rate").
    let period_ends = |j: usize| {
        its.get(j).is_some_and(|&w| word_is(text, w, &PERIOD_WORDS))
            && (j + 1 >= end
                || (j + 2 >= end
                    && word_is(text, its[j + 1], &["earlier", "ago", "before", "later"])))
    };
    // The cheap tests first: this runs on every word of a subject.
    at > 0
        && at + 1 < end
        && matches!((its[at - 1], its[at]),
            (Item::Word { end: e, .. }, Item::Word { start: s, end: n, .. }) if e < s && n.saturating_sub(s) <= 5)
        && matches!(its[at + 1], Item::Word { .. })
        && !matches!(its.get(at + 2), Some(Item::Fact(_)))
        && word_is(text, its[at], &PHRASE_OPENERS)
        && ![at + 1, at + 2].iter().any(|&j| period_ends(j))
        && !is_letter(text, its, facts, at)
        && word_text(text, its[at - 1]).is_some_and(|w| {
            !word_is(text, its[at - 1], &SUBJECT_PREPOSITIONS)
                && !word_is(text, its[at - 1], &PHRASE_GOVERNORS)
                && !word_is(text, its[at - 1], &PHRASE_OPENERS)
                && !word_is(text, its[at - 1], &DETERMINERS)
                && !lowercase_ending(w, "ing")
                && !lowercase_ending(w, "ed")
        })
}

/// The first words of cues of [`MOVE_CUE`] in the past that do not end in `-ed`: `rose`,
/// `went down`, `shot up` (verbs before a figure, where `rise` and `fall` are nouns as often).
#[rustfmt::skip]
static PAST_CUES: WordList = WordList::new(&[
    "rose", "fell", "sank", "slid", "grew", "shrank", "lost", "leapt", "went", "came", "shot",
    "gone",
]);

/// Words before `in` that keep it inside the subject: `shares in BP`.
#[rustfmt::skip]
static KEEP_IN: WordList = WordList::new(&[
    "shares", "stake", "stakes", "holdings", "investment", "investments",
]);

/// Words before a cue that make it a noun: `a sharp rise`, `further rises`, `the dramatic
/// fall`: determiners, and adjectives of a change's size, pace, kind or rank (not
/// comparatives, whose `than` brings another's figure: `a smaller increase than the £5.1bn`).
#[rustfmt::skip]
static NOUN_MARKERS: WordList = WordList::new(&[
    "a", "an", "the", "further", "its", "their", "this", "that", "sharp", "steep", "slight",
    "small", "big", "modest", "strong", "record", "any", "no", "annual", "quarterly", "monthly",
    "biggest", "largest", "smallest", "first", "second", "third", "fourth", "latest", "recent",
    "expected", "projected", "planned", "total", "overall", "average", "another",
    "substantial", "significant", "considerable", "dramatic", "huge", "massive", "enormous",
    "large", "hefty", "tiny", "marginal", "fractional", "moderate", "rapid", "sudden",
    "gradual", "precipitous", "spectacular", "meteoric", "relentless", "drastic", "excessive",
    "unexpected", "unprecedented", "surprising", "disappointing", "healthy", "robust", "solid",
    "renewed", "sustained", "continued", "continuing", "resulting", "upward", "downward",
    "upwards", "downwards", "seasonal", "underlying", "corresponding", "anticipated",
    "initial", "provisional", "nominal", "general", "widespread", "weak", "sharpest",
    "steepest", "highest", "strongest", "weakest",
]);

/// The determiners of [`NOUN_MARKERS`]: `the rise`, `that rise`.
#[rustfmt::skip]
static NOUN_DETERMINERS: WordList = WordList::new(&[
    "a", "an", "the", "its", "their", "this", "that", "any", "no", "another",
]);

/// Time words that are no subject after `a rise in`: `a 1.8 pct rise in January`.
#[rustfmt::skip]
static TIME_WORDS: WordList = WordList::new(&[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "quarter", "year", "month", "week", "period", "first",
    "second", "third", "fourth", "last", "previous", "recent", "early", "late", "calendar",
    "fiscal",
]);

/// Words after a move's time and a comma that go on with the move: `rose 10.3 pct in the
/// year ended January, up from`, `, or 23 cts a share`, `, an increase of`.
static GOES_ON: WordList = WordList::new(&["up", "down", "off", "or", "a", "an", "representing"]);

/// Times that name no period, which opening a sentence say when it was reported or are no
/// time at all (`Earlier, the company reported`, `Overnight rose two points`).
static NO_PERIODS: WordList =
    WordList::new(&["earlier", "overnight", "initially", "briefly", "intraday"]);

/// Prepositions that open a phrase of time (see `src/timing.rs`).
static TIME_OPENERS: WordList = WordList::new(&crate::timing::OPENERS);

/// Verbs of change that also take an object (`lost seven games`, `gained nine seats`, `sank
/// three boats`): things counted right after one of them are what it acts on, not the size
/// of a change, unless they are what an economy or a business counts ([`COUNTED_METRICS`]:
/// `added 337,000 jobs`, `lost 150,000 members`). After a verb that takes none (`had fallen
/// 800,000 bags`) or after `by` (`fall by 150 cars`), they are one.
#[rustfmt::skip]
static TAKES_OBJECT: WordList = WordList::new(&[
    "gained", "gains", "gaining", "added", "lost", "loses", "losing", "shed", "sheds",
    "dropped", "drops", "dropping", "sank", "sinks", "sinking",
]);

/// Verbs whose `up` or `down` after them is their particle, no cue of its own, before things
/// counted: `set up two trusts`, `lined up 107 TV stations`, `closed down three plants`,
/// `racked up five nominations`, `dug up 20 bodies` (`closed up 9%` is a move still: only a
/// count of things after the particle is the verb's object).
#[rustfmt::skip]
static PHRASAL_HEADS: WordList = WordList::new(&[
    "set", "sets", "setting", "signed", "signing", "sign", "lined", "picked", "picking",
    "pick", "racked", "racking", "dug", "digging", "drawn", "clocked", "heading", "shut",
    "shutting", "closed", "closing", "close", "start", "started", "starting", "broke", "built",
    "stepped", "opened", "opening", "open",
]);

/// Verbs whose `up` or `down` is their particle whatever follows, no direction of a move:
/// `racked up millions of downloads`, `picked up four awards`, `drawing down $150 million`,
/// `signed up 14,619 members`, `clocked up 35.86`, `take up 850 billion lire`, `making up
/// 0.1 percent`, `pay down 600 mln dlrs`, `had to stump up £15,000`, `GM LAYING OFF 5,500`
/// (unlike [`PHRASAL_HEADS`], whose `closed up 9%` is a move).
#[rustfmt::skip]
static PARTICLE_VERBS: WordList = WordList::new(&[
    "rack", "racks", "racked", "racking", "pick", "picks", "picked", "picking", "draw",
    "draws", "drew", "drawn", "drawing", "sign", "signs", "signed", "signing", "clock",
    "clocks", "clocked", "clocking", "flag", "flags", "flagged", "flagging", "dig", "dug",
    "digging", "line", "lined", "lining", "sum", "summed", "summing", "shore", "shored",
    "shoring", "snap", "snapped", "snapping", "buy", "bought", "buying", "tot", "totted",
    "take", "takes", "took", "taken", "taking", "make", "makes", "made", "making", "pay",
    "pays", "paid", "paying", "mop", "mopped", "mopping", "soak", "soaked", "soaking", "lay",
    "lays", "laid", "laying", "write", "writes", "wrote", "writing", "sell", "sells",
    "selling", "spin", "spins", "spun", "spinning", "hive", "hived", "hiving", "call",
    "calls", "called", "calling", "stump", "stumps", "stumped", "stumping", "cough", "coughs",
    "coughed", "coughing",
]);

/// Forms of `decline`, which before `to` and a verb of [`REFUSED`] is a refusal.
static DECLINING: WordList = WordList::new(&["decline", "declines", "declined", "declining"]);

/// Verbs one declines to do: `declined to say`, `declined to name the other two houses`.
#[rustfmt::skip]
static REFUSED: WordList = WordList::new(&[
    "say", "comment", "name", "identify", "value", "issue", "disclose", "reveal", "give",
    "elaborate", "specify", "provide", "discuss", "reduce", "confirm", "predict", "speculate",
    "estimate", "quantify", "release", "make", "be", "answer",
]);

/// Forms of [`PARTICLE_VERBS`] that are nouns too (`Average weekly pay up 0.3 pct`, `tax
/// take up 8 pct`): verbs only after `to`, a modal or `help` ([`INFINITIVE_MARKERS`]:
/// `expected to take up 850 billion lire`, `used to help pay down 350 mln dlrs`).
static NOUN_PARTICLE_VERBS: WordList = WordList::new(&["take", "make", "pay", "mop", "soak"]);

/// Words before a verb's bare form.
static INFINITIVE_MARKERS: WordList = WordList::new(&[
    "to", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "help",
    "helps", "helped", "helping",
]);

/// Whether the particle at `its[k]` is that of the verb before it (see [`PARTICLE_VERBS`]).
fn particle_verb(text: &str, its: &[Item], k: usize) -> bool {
    k > 0
        && word_is(text, its[k - 1], &PARTICLE_VERBS)
        && (!word_is(text, its[k - 1], &NOUN_PARTICLE_VERBS)
            || (k > 1 && word_is(text, its[k - 2], &INFINITIVE_MARKERS)))
}

/// Words that deny the verb right after them: `will not fall much below 100 billion`,
/// `should not rise more than seven pct`, `never rose` (a word in `n't`, which the lexer
/// splits at its apostrophe, is told by [`denied`]).
static DENIALS: WordList = WordList::new(&["not", "never"]);

/// Whether the verb at `its[k]` is denied by the word before it, or before an adverb in -ly
/// before it ([`DENIALS`], or a word in `n't`, which the lexer splits at its apostrophe:
/// `didn`, `'`, `t`): what it says did not happen, no move.
fn denied(text: &str, its: &[Item], k: usize) -> bool {
    // Past an adverb: "did not significantly fall".
    let k = if k > 1 && ly_adverb(text, its[k - 1]) {
        k - 1
    } else {
        k
    };
    let Some(before) = k.checked_sub(1).map(|b| its[b]) else {
        return false;
    };
    word_is(text, before, &DENIALS)
        || (k >= 3
            && word_eq(text, before, "t")
            && (is_sym(text, its[k - 2], "'") || is_sym(text, its[k - 2], "’"))
            && word_text(text, its[k - 3]).is_some_and(|w| ends_with_ci(w, "n")))
}

/// Words that open a clause of what may happen: `if the dollar falls to about 140`, `unless
/// prices rise 5 pct`, `whether the 1/4 point rise`.
static CONDITIONALS: WordList = WordList::new(&["if", "unless", "whether"]);

/// Whether the verb at `its[k]` stands in a clause of [`CONDITIONALS`]: one a few words
/// before it, with no punctuation, relative, saying or word that ends a clause between (not
/// `If approved, sales rose 5 pct`, `if demand weakens but exports rose 5 pct`,
/// `if the carmaking sector - which saw production fall 0.5% - had been excluded`, `unless
/// victim paid cash which rose to # 55`).
fn conditional(text: &str, its: &[Item], k: usize) -> bool {
    let from = k.saturating_sub(8);
    // Most verbs have no condition a few words back: one look at each word tells.
    if !its[from..k]
        .iter()
        .any(|&it| word_is(text, it, &CONDITIONALS))
    {
        return false;
    }
    for p in (from..k).rev() {
        let it = its[p];
        if word_is(text, it, &CONDITIONALS) {
            return true;
        }
        // Not past another clause's word ("if demand weakens but exports rose"), a relative
        // or punctuation; a possessive's or an acronym's mark is none ("if Japan's exports
        // fall", "if U.S. rates rise").
        let glued = matches!(it, Item::Sym { .. })
            && (possessive_or_acronym(text, its, p)
                || is_sym(text, it, "'")
                || is_sym(text, it, "’")
                || (is_sym(text, it, ".")
                    && p > 0
                    && word_text(text, its[p - 1]).is_some_and(|w| w.len() == 1)));
        if (matches!(it, Item::Sym { .. }) && !glued)
            || word_is(text, it, &CLAUSE_END)
            || word_is(text, it, &SAYING)
            || word_is(text, it, &RELATIVES)
        {
            return false;
        }
    }
    false
}

/// Whether `fact`, right after cue `c`, is things counted that the cue's verb acts on (see
/// [`TAKES_OBJECT`] and [`PHRASAL_HEADS`]; and `hit`, whose things counted are what it
/// strikes unless its subject is a measure), not the size of a change or a level.
fn acts_on(text: &str, its: &[Item], c: &CueAt, fact: &Fact, subject: &str) -> bool {
    let takes_object = match c.cue {
        Cue::Verb(_) => word_is(text, its[c.at], &TAKES_OBJECT),
        Cue::Particle(_) => {
            c.at.checked_sub(1)
                .is_some_and(|p| word_is(text, its[p], &PHRASAL_HEADS))
        }
        // "Livingstone hit 34 fours and 27 sixes" strikes them; "Turnover hit 2.6 billion
        // shares", "hit a record 2.6 billion shares" name a level.
        Cue::Level => {
            word_eq(text, its[c.at], "hit")
                && !subject_head(subject)
                    .is_some_and(|h| METRIC_NOUNS.contains(h) || MEASURE_NOUNS.contains(h))
                && text.get(c.end..fact.start).is_some_and(|gap| {
                    !gap.split(|ch: char| ch.is_ascii_whitespace() || ch == '-')
                        .any(|w| {
                            ["a", "an", "record"]
                                .iter()
                                .any(|a| w.eq_ignore_ascii_case(a))
                        })
                })
        }
        _ => false,
    };
    takes_object
        && fact.kind == Kind::Count
        && fact.noun.as_deref().is_some_and(|n| {
            !n.split_whitespace()
                .next_back()
                .is_some_and(|w| COUNTED_METRICS.contains(w))
        })
}

/// Nouns of a measure that may `hit` a number of things (beside [`METRIC_NOUNS`]): `the
/// death toll hit 120 people`, `Turnover hit 2.6 billion shares`.
#[rustfmt::skip]
static MEASURE_NOUNS: WordList = WordList::new(&[
    "toll", "turnover", "volume", "volumes", "unemployment", "number", "total", "count",
    "tally", "attendance", "output", "production", "membership", "population", "figure",
    "figures", "level", "levels",
]);

/// Counted nouns whose number is a figure a business or an economy reports, a change when a
/// verb of [`TAKES_OBJECT`] gains or loses them: `The US economy added 337,000 jobs`.
#[rustfmt::skip]
static COUNTED_METRICS: WordList = WordList::new(&[
    "jobs", "customers", "subscribers", "members", "users", "employees", "workers", "staff",
    "positions", "accounts", "clients", "listeners", "viewers", "readers", "visitors",
    "passengers", "units", "vehicles", "homes", "stores", "outlets", "branches", "orders",
    "loans", "contracts", "rigs", "cars", "trucks", "bales", "bags",
]);

/// Every word list of this module, for the [vocabulary](crate::lexicon::tables::vocab): their
/// words are then looked up once, by the lexer.
pub(crate) fn word_lists() -> impl Iterator<Item = &'static str> {
    [
        &SKIP_BEFORE_CUE,
        &SKIPPED_NOUNS,
        &LEVEL_NOUNS,
        &MEASURE_NOUNS,
        &SAYING_OR_NOUN,
        &MOVING_OR_NOUN,
        &MOVING_PARTICIPLES,
        &MOVING_VERBS,
        &BREADTH_VERBS,
        &BREADTH_NOUNS,
        &HIGH_NOUNS,
        &LOW_NOUNS,
        &SUBORDINATORS,
        &SENTENCE_ADVERBS,
        &CONJUNCT_PREPOSITIONS,
        &CONTRASTS,
        &TRANSITIVE_CUES,
        &CAUSATIVES,
        &PASSIVE_AUXILIARIES,
        &PERIODIC,
        &NO_OBJECT,
        &NOT_IN_OBJECT,
        &FIGURE_ADJECTIVES,
        &COMPARED_SAYINGS,
        &SUBJECT_BOUNDARY,
        &SUBJECT_PREPOSITIONS,
        &KEEP_OF,
        &KEEP_IN,
        &KEEP_TO,
        &KEEP_WITH,
        &BEFORE_AFTER_HEADS,
        &ACCOUNT_DEDUCTIONS,
        &NOUN_MARKERS,
        &TIME_WORDS,
        &TIME_OPENERS,
        &NO_PERIODS,
        &SUPERLATIVES,
        &GOES_ON,
        &SCORE_NOUNS,
        &ACCOUNT_TERMS,
        &GAINS_LOSSES,
        &FUNDS,
        &HOW_OFTEN,
        &LEVEL_CHANGE_LINKS,
        &SAYING,
        &SAID_NOUNS,
        &RELATIVES,
        &MODALS_OF_THE_PAST,
        &MODALS,
        &AUXILIARIES,
        &SENTENCE_OPENERS,
        &DEMONSTRATIVES,
        &COUNT_DETERMINERS,
        &RESULT_VERBS,
        &RESULT_OPENERS,
        &PARTICIPLES,
        &PART_PREPOSITIONS,
        &NOT_A_PART,
        &PHRASE_OPENERS,
        &PHRASE_GOVERNORS,
        &PAST_CUES,
        &TIME_DETERMINERS,
        &NOUN_DETERMINERS,
        &NOUN_ENDING_MODALS,
        &PERSONAL_POSSESSIVES,
        &LETTER_TAKERS,
        &DEAL_TERMS,
        &DEAL_DETERMINERS,
        &DEAL_OBJECTS,
        &DEAL_OBJECT_DETERMINERS,
        &LOSS_WORDS,
        &PROFIT_WORDS,
        &COMPARED_WORDS,
        &WAY_WORDS,
        &COMPARISON_OPENERS,
        &LOSING,
        &QUOTE_VERBS,
        &MARKET_HEADS,
        &RATE_MANNERS,
        &COMPARING,
        &CLAUSE_END,
        &COPULA_FILLERS,
        &CONSEQUENCES,
        &REPORTING,
        &NOUN_CUE_BLOCKERS,
        &METRIC_NOUNS,
        &TAKES_OBJECT,
        &COUNTED_METRICS,
        &PHRASAL_HEADS,
        &PARTICLE_VERBS,
        &DENIALS,
        &CONDITIONALS,
        &NOUN_PARTICLE_VERBS,
        &DECLINING,
        &ING_NOUNS,
        &REFUSED,
        &INFINITIVE_MARKERS,
        &LEAD_STOPS,
        &LEAD_STOPS_BEFORE_COPULA,
        &TIME_SUBJECT,
        &NO_SUBJECT_OPENERS,
        &CLAUSE_ADVERBS,
        &LY_ED_NOUNS,
        &FRAME_HEADS,
        &SESSION_VERBS,
        &PERIOD_WORDS,
        &COMPARISON_BASES,
        &COMPARED_PERIOD,
        &SAME_PERIOD,
        &COLUMN_LABELS,
    ]
    .into_iter()
    .flat_map(|l| l.words().iter().copied())
    .chain(ASSET_HEADS.iter().copied())
}

/// Words that end a move's clause when reading forward; a cause opens a clause of its own
/// (`rose 5% due to a 10% rise`, `thanks to`, `owing to`, `because of`), and so does a
/// condition (`would be dropped if oil prices rise above 25 dlrs`).
#[rustfmt::skip]
static CLAUSE_END: WordList = WordList::new(&[
    "while", "but", "whereas", "although", "though", "said", "says", "added", "told",
    "reflecting", "according", "due", "owing", "thanks", "because", "if", "unless",
]);

/// Participles that, after a comma, open a clause of what a move brought about or of
/// something else beside it: "finished 3/4 higher at 95-27/32, pushing the yield down to 7.86
/// pct", "including 1.8 billion dlrs purchased in March", "surpassing the previous record".
/// Not those that say more of the move ("retreated, closing at 93-7/8", "adding almost five
/// pct", "reaching between 13 and 15 pct").
#[rustfmt::skip]
static CONSEQUENCES: WordList = WordList::new(&[
    "pushing", "sending", "driving", "lifting", "leaving", "doubling", "giving", "bringing",
    "dragging", "boosting", "lowering", "surpassing", "exceeding", "eclipsing", "including",
    "implying", "causing", "recouping", "extending", "prompting", "helping", "having",
    "making", "forcing", "putting",
]);

/// What a preposition after the cue makes of the next amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// `by 5%`, `of 5%` (after a noun cue): the change.
    Change,
    /// `to $88`, `at 3,362.39`: the level.
    Level,
    /// `from $80`: the level before.
    From,
    /// Any other preposition (`in 1986`): the amount is none of these.
    Other,
}

fn word_text(text: &str, item: Item) -> Option<&str> {
    match item {
        Item::Word { start, end, .. } => Some(&text[start..end]),
        _ => None,
    }
}

fn word_is(text: &str, item: Item, list: &impl Words) -> bool {
    match item {
        Item::Word {
            start, end, word, ..
        } => list.has_lexed(word, &text[start..end]),
        _ => false,
    }
}

/// The item's token, when it is a whole token of the field.
const NO_TOKEN: u32 = u32::MAX;

/// The longest entry of `lexicon` at a word item, ending by `limit`: as
/// `lexicon.longest(&text[start..limit])`.
fn entry_at<T>(
    lx: &Lexed<'_>,
    item: Item,
    lexicon: &'static Lexicon<T>,
    limit: usize,
) -> Option<Match<T>> {
    let Item::Word { start, k, .. } = item else {
        return None;
    };
    if k == NO_TOKEN {
        return lexicon.longest(lx.text().get(start..limit)?);
    }
    lexicon.longest_lexed_until(lx, k as usize, limit)
}

/// The length of the phrase of time at a word: a [`TIMING`] entry or a phrase of the
/// [timing grammar](crate::timing), with the period it belongs to (`in the first quarter of
/// 2008`, `in 1986`).
fn timing_at(lx: &Lexed<'_>, item: Item, limit: usize) -> Option<usize> {
    // Every entry and every preposition of time is a word of the vocabulary: most words
    // leave at their id.
    let Item::Word {
        start,
        word: Some(id),
        ..
    } = item
    else {
        return None;
    };
    let entry = if TIMING.starts_with_word(id) {
        entry_at(lx, item, &TIMING, limit).map(|m| m.len)
    } else {
        None
    };
    // Only a preposition of time opens a phrase of the grammar: told by the word's id.
    if entry.is_none() && !word_is(lx.text(), item, &TIME_OPENERS) {
        return None;
    }
    crate::timing::phrase_len(lx.text().get(start..limit)?, entry)
}

/// Whether the item is the symbol `sym` (`,`, `;`).
fn is_sym(text: &str, item: Item, sym: &str) -> bool {
    matches!(item, Item::Sym { start, end } if &text[start..end] == sym)
}

fn word_eq(text: &str, item: Item, w: &str) -> bool {
    word_text(text, item).is_some_and(|x| x.eq_ignore_ascii_case(w))
}

fn item_span(item: Item, facts: &[Fact]) -> (usize, usize) {
    match item {
        Item::Word { start, end, .. } | Item::Sym { start, end } => (start, end),
        Item::Fact(i) => (facts[i].start, facts[i].end),
    }
}

/// Items of `text[lo..hi]`: words, symbols, and the facts that start in the range, into
/// `out` (cleared first, so one buffer serves a field). The dots of a table's leader before
/// a figure are left out (see [`LEADER_DOTS`]).
///
/// One walk over the tokens: a fact starts at a token (the scanner starts them there) and
/// stands for the tokens it covers; where it ends inside a token (no fact of the corpora
/// does, but the grammar does not promise it), the rest of that token is an item of its
/// own, outside the token list. Facts do not overlap, so none starts in such a rest.
fn items(
    lx: &Lexed<'_>,
    lo: usize,
    hi: usize,
    facts: &[Fact],
    first_fact: usize,
    out: &mut Vec<Item>,
) {
    out.clear();
    let text = lx.text();
    let toks = lx.tokens();
    let mut fi = first_fact;
    let mut k = lx.index_at(lo);
    // The end of the last run of dots looked at, which is no leader past it.
    let mut dots_end = 0;
    while let Some(t) = toks.get(k).filter(|t| t.start() < hi) {
        // Facts that end before this token: none where facts start at tokens, but a fact
        // starting elsewhere must not hold back the ones after it.
        while facts.get(fi).is_some_and(|f| f.end <= t.start()) {
            fi += 1;
        }
        let Some(f) = facts.get(fi).filter(|f| f.start == t.start()) else {
            // A table's leader (`Bank borrowings.......614 down.....131`) is no item: its
            // figure stands right after the label or the word before it.
            if t.kind == LexKind::Symbol && t.start() >= dots_end {
                let rest = text.as_bytes().get(t.start()..).unwrap_or_default();
                let run = rest.iter().take_while(|&&b| b == b'.').count();
                dots_end = t.start() + run;
                if run >= LEADER_DOTS && before_digit(rest.get(run..).unwrap_or_default()) {
                    while toks.get(k).is_some_and(|t| t.start() < dots_end) {
                        k += 1;
                    }
                    continue;
                }
            }
            let index = u32::try_from(k).unwrap_or(NO_TOKEN);
            out.push(lexeme_item(
                t.kind,
                t.start(),
                t.end(),
                t.ascii(),
                t.word,
                index,
            ));
            k += 1;
            continue;
        };
        out.push(Item::Fact(fi));
        let end = f.end;
        fi += 1;
        while toks.get(k).is_some_and(|t| t.start() < end) {
            k += 1;
        }
        // The rest of a token the fact ended inside.
        if end < hi
            && let Some(t) = k.checked_sub(1).and_then(|p| toks.get(p))
            && t.end() > end
        {
            let rest = &text[end..t.end()];
            let word = (t.kind == LexKind::Letters)
                .then(|| vocab().id(rest))
                .flatten();
            out.push(lexeme_item(
                t.kind,
                end,
                t.end(),
                rest.is_ascii(),
                word,
                NO_TOKEN,
            ));
        }
    }
}

/// Whether `rest`, past a leader's dots, is a figure, past spaces (`down... 1,058`).
fn before_digit(rest: &[u8]) -> bool {
    rest.iter()
        .find(|&&c| c != b' ')
        .is_some_and(u8::is_ascii_digit)
}

/// Whether `before`, the text before a figure, ends with a table's leader (see
/// [`LEADER_DOTS`]), past spaces.
fn led_to(before: &str) -> bool {
    before
        .trim_end_matches(' ')
        .bytes()
        .rev()
        .take(LEADER_DOTS)
        .filter(|&b| b == b'.')
        .count()
        == LEADER_DOTS
}

/// The fewest dots of a table's leader, before the figure it leads to (after spaces too:
/// `down... 1,058`); three before a word are an ellipsis as often (`a more
/// rational...licensing process`) and stay.
const LEADER_DOTS: usize = 3;

/// The item of a lexeme `start..end` of kind `kind`: a symbol, or a word (letters or digits)
/// with its vocabulary id and token index `k`.
fn lexeme_item(
    kind: LexKind,
    start: usize,
    end: usize,
    ascii: bool,
    word: Option<WordId>,
    k: u32,
) -> Item {
    match kind {
        LexKind::Symbol => Item::Sym { start, end },
        _ => Item::Word {
            start,
            end,
            ascii,
            word,
            k,
        },
    }
}

/// Whether a fact can be the size of a change or a level.
fn is_amount(f: &Fact) -> bool {
    f.kind != Kind::Duration && (f.value.is_some() || f.high.is_some()) && !is_score_count(f)
}

/// Whether a fact counts a game's or a ranking's places (see [`SCORE_NOUNS`]): a small
/// whole number (`two sets down`, not `2.18 mln sets`).
fn is_score_count(f: &Fact) -> bool {
    f.kind == Kind::Count
        && f.value
            .is_some_and(|v| v.is_integer() && v < Decimal::from(1000))
        && f.noun.as_deref().is_some_and(is_score)
}

/// Things counted in a game or a ranking, which no market moves by: `two goals down`, `fell
/// two places`, `two set points up`.
#[rustfmt::skip]
static SCORE_NOUNS: WordList = WordList::new(&[
    "place", "places", "spot", "spots", "goals", "tries", "sets", "games", "frames", "wickets",
    "runs", "strokes", "shots", "matches", "rounds", "holes", "laps", "innings",
    "overs", "touchdowns", "baskets", "rebounds", "assists", "medals", "titles", "seeds",
]);

/// Whether a counted noun is a game's or a ranking's ([`SCORE_NOUNS`]; `set points`, `match
/// points`, `break points`).
fn is_score(noun: &str) -> bool {
    let mut words = noun.split_whitespace().rev();
    match (words.next(), words.next()) {
        (Some(head), before) => {
            SCORE_NOUNS.contains(head)
                || (head.eq_ignore_ascii_case("points")
                    && before.is_some_and(|w| {
                        ["set", "match", "break", "game"]
                            .iter()
                            .any(|x| w.eq_ignore_ascii_case(x))
                    }))
        }
        _ => false,
    }
}

fn measure(f: &Fact, magnitude: bool) -> Measure {
    let m = |v: Option<Decimal>| v.map(|v| if magnitude { v.abs() } else { v });
    Measure {
        value: m(f.value),
        low: m(f.low),
        high: m(f.high),
        unit: f.unit.clone(),
        per: f.per.clone(),
        qualifier: f.qualifier,
        noun: f.noun.clone(),
    }
}

/// Gives a bare number of a move (`a`, of fact `af`, or `b`) the counted noun of the other,
/// said once for both: `fell 42.5 pct to 1,572 from 2,734 cars`, `dropped by nine to a total
/// of 151 crews`.
fn share_noun(a: &mut Measure, af: Option<&Fact>, b: &mut Measure, bf: Option<&Fact>) {
    // A whole number: a fraction or a price counts nothing (`139.50 up one Jne`).
    let bare = |m: &Measure, f: Option<&Fact>| {
        m.unit.is_none()
            && m.per.is_none()
            && m.noun.is_none()
            && m.value.is_some_and(|v| v.is_integer())
            && f.is_some_and(|f| f.kind == Kind::Number)
    };
    let counts = |m: &Measure| m.unit.is_none() && m.noun.is_some();
    if bare(a, af) && counts(b) {
        a.noun = b.noun.clone();
    } else if bare(b, bf) && counts(a) {
        b.noun = a.noun.clone();
    }
}

/// A symbol glued to words on both sides: `same-store`, `S&P`, `Taiwan's`.
fn glued_joiner(text: &str, start: usize, end: usize) -> bool {
    let sym = &text[start..end];
    // Possessives however they are spaced: "Finland 's", tokenized "company ' s".
    if matches!(sym, "'" | "’") {
        let after = text[end..].trim_start_matches(' ');
        let mut chars = after.chars();
        if matches!(chars.next(), Some('s' | 'S'))
            && !chars.next().is_some_and(char::is_alphanumeric)
        {
            return true;
        }
    }
    // Tokenized compounds ("full - year", "iran - backed"); "gold - which" is a dash.
    if sym == "-" && text[..start].ends_with(' ') && text[end..].starts_with(' ') {
        // Judged on the text just before: a bounded look keeps the scan linear.
        let before = text[text.floor_char_boundary(start.saturating_sub(64))..start].trim_end();
        let rest = text[end..].trim_start();
        let next = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        let lowercase_text = !before.chars().any(char::is_uppercase);
        if lowercase_text
            && before.chars().next_back().is_some_and(char::is_alphabetic)
            && !next.is_empty()
            && !crate::lexicon::tables::NOT_NOUNS.contains(next)
        {
            return true;
        }
    }
    let glued = start > 0
        && end < text.len()
        && !text[..start].ends_with(char::is_whitespace)
        && !text[end..].starts_with(char::is_whitespace);
    // "U.S. banks": the dot after a single capital letter.
    let abbreviation = &text[start..end] == "."
        && text[..start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_uppercase())
        && text[..start]
            .chars()
            .rev()
            .nth(1)
            .is_none_or(|c| !c.is_alphanumeric());
    abbreviation || (glued && matches!(&text[start..end], "-" | "&" | "'" | "’" | "." | "/"))
}

/// A cue found at item `at`, ending before item `next`.
struct CueAt {
    cue: Cue,
    at: usize,
    next: usize,
    /// The byte where the cue's words end.
    end: usize,
    /// Used as a noun (`a 3% rise in sales`): the subject may follow it.
    noun: bool,
    /// Where the noun phrase of a noun cue starts (`a` in `a 20 pct rise`).
    np_start: usize,
    /// Whether words that may name what moved modify the noun (`a price rise`: see
    /// [`Modified`]).
    loose: bool,
    /// A market's breadth ([`breadth`]): no move, but it ends the figures of the cue before
    /// ("was three cts lower\nDeclines led advances 326 to 282").
    breadth: bool,
}

/// Verbs that report a noun cue: `The company reported a 20 pct rise`.
#[rustfmt::skip]
static REPORTING: WordList = WordList::new(&[
    "reported", "posted", "recorded", "saw", "showed", "had", "has", "registered", "announced",
    "booked", "achieved", "suffered", "sees", "expects", "forecast", "predicted", "reports",
    "posts", "shows", "reflects", "reflected", "marked", "marks", "represents", "represented",
]);

/// The cue words an [`ACCOUNT_TERMS`] word before makes no cue.
static GAINS_LOSSES: WordList = WordList::new(&["gain", "gains", "loss", "losses"]);

/// Words after a cue that make it part of a name or of a compound noun: `sinking fund`,
/// `growth potential`, `growth prospects`.
#[rustfmt::skip]
static FUNDS: WordList = WordList::new(&[
    "fund", "funds", "potential", "prospects", "opportunities", "strategy", "strategies",
]);

/// Words after a number that say how often, no amount: `rose five times`.
static HOW_OFTEN: WordList = WordList::new(&["times", "fold"]);

/// Words between a level and the noun that says how it moved: `106.2 million euros ,
/// representing a drop of 29 percent`.
static LEVEL_CHANGE_LINKS: WordList = WordList::new(&["representing", "marking"]);

/// Words before `gains` or `losses` that make them an accounting term, no move:
/// `investment gains`, `capital gains tax`.
#[rustfmt::skip]
static ACCOUNT_TERMS: WordList = WordList::new(&[
    "investment", "capital", "realized", "unrealized", "realised", "unrealised",
    "extraordinary", "securities", "translation", "hedging", "actuarial",
]);

/// Prepositions before a noun cue that make it part of another clause: `from a loss of`.
#[rustfmt::skip]
static NOUN_CUE_BLOCKERS: WordList = WordList::new(&[
    "from", "to", "of", "than", "compared", "like", "against", "versus", "vs",
]);

/// The cues of a sentence's items, into `cues` (cleared first, so one buffer serves a field).
fn find_cues(lx: &Lexed<'_>, its: &[Item], facts: &[Fact], hi: usize, cues: &mut Vec<CueAt>) {
    let text = lx.text();
    cues.clear();
    let mut k = 0;
    while k < its.len() {
        let Item::Word { start, .. } = its[k] else {
            k += 1;
            continue;
        };
        let Some(m) = entry_at(lx, its[k], &MOVE_CUE, hi) else {
            k += 1;
            continue;
        };
        let end = start + m.len;
        // The first item past the cue, or a figure that took its last word ("went up to
        // 5.5%", whose figure reads "up to 5.5%").
        let next = its[k..]
            .iter()
            .position(|&it| item_span(it, facts).1 > end)
            .map_or(its.len(), |p| k + p);
        let cue = *m.value;
        let fact_at = |j: usize| matches!(its.get(j), Some(Item::Fact(f)) if is_amount(&facts[*f]));
        let word_at = |j: usize, w: &str| its.get(j).is_some_and(|&it| word_eq(text, it, w));
        // "a flat-fee tariff", "a higher-than-expected rise": a cue hyphened to the word
        // after it is part of a compound word (spaced in tokenized text: "flat - fee").
        let after = &text[end..];
        let hyphened = after.strip_prefix('-').map_or_else(
            || {
                // Spaced, a dash before a function word is none: "a 5 % rise - the biggest".
                lx.hyphens_spaced()
                    && after.strip_prefix(" - ").is_some_and(|r| {
                        let w = &r[..r.find(|c: char| !c.is_alphabetic()).unwrap_or(r.len())];
                        !w.is_empty() && !crate::lexicon::tables::NOT_NOUNS.contains(w)
                    })
            },
            |r| r.starts_with(char::is_alphabetic),
        );
        // "Metal-cutting tool orders", "cost-cutting", "fast-growing": nor one glued by a
        // hyphen to the word before (spaced, it is as often a dash: "UNDER MAY - UP 1-1/2").
        let hyphened = hyphened
            || text[..start]
                .strip_suffix('-')
                .is_some_and(|b| b.ends_with(char::is_alphabetic));
        let valid = match cue {
            _ if hyphened => false,
            Cue::Verb(_) if denied(text, its, k) => false,
            // "Rotberg declined to say whether the 1/4 point rise", "AMR declined to value the
            // deal": a refusal, no fall.
            Cue::Verb(_)
                if word_is(text, its[k], &DECLINING)
                    && word_at(k + 1, "to")
                    && its.get(k + 2).is_some_and(|&w| word_is(text, w, &REFUSED)) =>
            {
                false
            }
            // "up 10.6 pct", "up from 8.5 mln", "5% higher": a particle needs an amount.
            // Not the particle of a verb that it moves nothing with ("racked up millions of
            // downloads", "drawing down $150 million"), nor "up front".
            Cue::Particle(_) if particle_verb(text, its, k) || word_at(next, "front") => false,
            // "raised its prime rate to 8.5 pct", "was cut by 50 pct": a verb that moves a
            // thing is a cue with its figure; not a noun ("tax cuts planned", "a rate cut
            // of") nor "raised 5 mln dlrs".
            Cue::Verb(_) if word_is(text, its[k], &CAUSATIVES) => moves_a_thing(text, its, k, next),
            // "realized investment gains of 449,920 dlrs", "15 pct sinking fund debentures":
            // an accounting term, no move.
            _ if (k > 0
                && word_is(text, its[k - 1], &ACCOUNT_TERMS)
                && word_is(text, its[k], &GAINS_LOSSES))
                || its.get(next).is_some_and(|&it| word_is(text, it, &FUNDS)) =>
            {
                false
            }
            // "up from 8.5 mln", "up from a loss of EUR 1.7 mn", "down from last year's 26
            // pct": a few words may name the figure after `from`.
            Cue::Particle(_) => {
                fact_at(next)
                    || (word_at(next, "by") && fact_at(next + 1))
                    || (word_at(next, "from")
                        && (next + 1..next + 6)
                            .take_while(|&j| j == next + 1 || !fact_at(j - 1))
                            .any(|j| {
                                fact_at(j)
                                    && its[next + 1..j]
                                        .iter()
                                        .all(|&w| matches!(w, Item::Word { .. }))
                            }))
                    || (k > 0 && fact_at(k - 1))
            }
            _ => true,
        };
        // Whether the cue is one word in a form a noun has ("rise", "falls"; not "rose",
        // "falling", "edged up").
        let one_word = matches!(its[k], Item::Word { end: e, .. } if e == end);
        let w = &text[start..end];
        let noun_form = one_word
            && (matches!(cue, Cue::Noun(_))
                || (matches!(cue, Cue::Verb(_))
                    && !(ends_with_ci(w, "ed")
                        || ends_with_ci(w, "ing")
                        || ends_with_ci(w, "en")
                        || word_is(text, its[k], &PAST_CUES))));
        // The start of a phrase of modifiers that ends at the cue ("a year-on-year rise", "a 5
        // pct year-on-year increase").
        let modified = noun_form
            .then(|| {
                let base_form = !ends_with_ci(w, "s");
                modified_noun(lx, its, facts, k, matches!(cue, Cue::Verb(_)), base_form)
            })
            .flatten();
        // "a 20 pct rise", "the £7.1bn rise", "further rises": a verb form used as a noun.
        // "The unadjusted rise was 17.6 pct", "the rise in consumer prices was 1.0 pct": a
        // verb's form right before a copula, or whose figure a copula gives
        // ([`noun_copula`]), is a noun ("spending rises were kept to around 5%" too).
        let before_copula = noun_form
            && matches!(cue, Cue::Verb(_))
            && (its.get(next).is_some_and(|&w| word_is(text, w, &COPULAS))
                || noun_copula(text, its, k, next).is_some());
        let noun = matches!(cue, Cue::Noun(_))
            || before_copula
            || (matches!(cue, Cue::Verb(_))
                && k > 0
                && (modified.is_some()
                    // An adjective, before a noun's form only, and no name's ("Dollar
                    // General rose", "continued falling").
                    || (word_is(text, its[k - 1], &NOUN_MARKERS)
                        && !is_letter(text, its, facts, k - 1)
                        && (noun_form || word_is(text, its[k - 1], &NOUN_DETERMINERS)))
                    || (k > 1
                        && match its[k - 1] {
                            Item::Fact(f) => {
                                word_is(text, its[k - 2], &["a", "an"])
                                    // Not things counted: "the nine months rose".
                                    || (word_eq(text, its[k - 2], "the")
                                        && (matches!(facts[f].kind, Kind::Percent | Kind::Money)
                                            || matches!(
                                                facts[f].unit.as_deref(),
                                                Some("point" | "pp" | "bp")
                                            )))
                            }
                            _ => false,
                        })));
        let mut np_start = modified.map_or(k, |m| m.start + 1);
        if noun {
            while np_start > 0
                && (word_is(text, its[np_start - 1], &NOUN_MARKERS)
                    || matches!(its[np_start - 1], Item::Fact(f) if is_amount(&facts[f])))
            {
                np_start -= 1;
            }
        }
        // Not after "compared with" either: "compared with a rise of 5%". A preposition
        // after a word that ends a clause opens one of its own: "due to a 10% increase in
        // volume", "because of a 10% rise".
        // Nor after `up on` or `down on`: "marginally up on the £7.1bn rise in December".
        let blocked = noun
            && np_start > 0
            && ((word_is(text, its[np_start - 1], &NOUN_CUE_BLOCKERS)
                && !(np_start >= 2 && word_is(text, its[np_start - 2], &CLAUSE_END)))
                || compared_with(text, its, np_start - 1)
                || {
                    // Past an article: "up on the".
                    let p = if word_is(text, its[np_start - 1], &["the", "a", "an"]) {
                        np_start - 1
                    } else {
                        np_start
                    };
                    p >= 2
                        && word_eq(text, its[p - 1], "on")
                        && word_is(text, its[p - 2], &WAY_WORDS)
                });
        // "if the dollar falls to about 140": what may happen, no move (but "whether the
        // 1/4 point rise", a noun, names one that did).
        let hypothetical = || !noun && matches!(cue, Cue::Verb(_)) && conditional(text, its, k);
        if valid && !blocked && !hypothetical() {
            cues.push(CueAt {
                cue,
                at: k,
                next,
                end,
                noun,
                np_start,
                loose: modified.is_some_and(|m| m.loose),
                breadth: breadth(text, its, facts, k),
            });
            k = next.max(k + 1);
        } else {
            k += 1;
        }
    }
}

/// A noun phrase read back from its head, a cue: where it starts, and whether it is loose:
/// modified by a word that may name what moved (`a price rise`, `an oil-price rise`), not
/// only by [`NOUN_MARKERS`], participles and adverbs in `-ed` and `-ly` of more than four
/// letters, compounds of rank, time or figures, and amounts (`a downward revised decline`,
/// `a 0.5 pct year-on-year rise`).
#[derive(Clone, Copy)]
struct Modified {
    start: usize,
    loose: bool,
}

/// The noun phrase whose head is the cue at `k`, read back over the words that modify it:
/// `a year-on-year rise`, `its second-biggest fall`, `a 3.4 pct year-on-year rise`, `a
/// downward revised 0.3 pct decline`, `a price rise`. Compounds (`near-record`,
/// `higher-than-expected`, spaced in tokenized text: `year - on - year`) and amounts modify
/// any cue; other lowercase words only one in its base form after `a`, `an` or `another` (`a
/// wage rise`, not `when a currency rises`), and before a verb's form not a plural after
/// another word unless an amount comes first (`a 13.1 pct sales gain`, `an earnings rise`,
/// not `Under a plan fees rise`). The phrase starts at a word of [`NOUN_MARKERS`], its
/// determiners and adjectives; a marker right before the cue is the caller's. None where the
/// words before are no such phrase (`let the dollar fall`, `within a year prices rise`), or
/// where the noun is compared (`a far smaller increase than the £5.1bn`, whose figure is the
/// other's).
fn modified_noun(
    lx: &Lexed<'_>,
    its: &[Item],
    facts: &[Fact],
    k: usize,
    verb: bool,
    base_form: bool,
) -> Option<Modified> {
    let text = lx.text();
    if its.get(k + 1).is_some_and(|&w| word_eq(text, w, "than")) {
        return None;
    }
    let plural = |w: Item| {
        word_text(text, w).is_some_and(|w| crate::grammar::quantity::is_plural_noun(w, None))
    };
    let joins = |s: usize| match its[s] {
        Item::Sym { start, end } => {
            &text[start..end] == "-" && (lx.hyphens_spaced() || glued_joiner(text, start, end))
        }
        _ => false,
    };
    let mut j = k;
    let mut free = 0;
    // A free word that may name what moved: not a participle or an adverb ("a downward
    // revised 0.3 pct decline", "a seasonally adjusted rise").
    let mut loose = false;
    let mut plural_free = false;
    let mut amount = false;
    // A few modifiers: the walk is bounded.
    for _ in 0..6 {
        let p = j.checked_sub(1)?;
        let item = its[p];
        // A compound joined by hyphens, read back to its first part.
        let mut s = p;
        while s >= 2 && joins(s - 1) && matches!(its[s - 2], Item::Word { .. } | Item::Fact(_)) {
            s -= 2;
        }
        if s < p {
            // Not a plural's (`non-banks`, `re-exports`): a verb's subject.
            if plural(item) {
                return None;
            }
            // A compound of rank, time or figures says how the change went (`near-record`,
            // `year-on-year`, `two-year`); another may say what moved (`oil-price`).
            loose |= !its[s..=p].iter().any(|&w| {
                matches!(w, Item::Fact(_))
                    || word_is(text, w, &NOUN_MARKERS)
                    || word_is(text, w, &TIME_WORDS)
                    || word_is(text, w, &PERIOD_WORDS)
            });
            j = s;
            continue;
        }
        let found = |p: usize| Some(Modified { start: p, loose });
        match item {
            Item::Fact(f) if is_amount(&facts[f]) => {
                amount = true;
                j = p;
            }
            // Not a letter of a name ([`is_letter`]: `class A`).
            Item::Word { .. } if word_is(text, item, &["a", "an", "another"]) => {
                if j == k
                    || is_letter(text, its, facts, p)
                    || (verb && plural_free && free > 1 && !amount)
                {
                    return None;
                }
                return found(p);
            }
            // A determiner, or an adjective that ends the modifiers; past other words, an
            // adjective is one of them ("a downward revised 0.3 pct decline").
            Item::Word { .. } if word_is(text, item, &NOUN_MARKERS) => {
                if free == 0 {
                    return if j < k { found(p) } else { None };
                }
                if word_is(text, item, &NOUN_DETERMINERS) {
                    return None;
                }
                j = p;
            }
            Item::Word { .. }
                if base_form
                    && free < 2
                    && word_text(text, item).is_some_and(|w| {
                        w.len() > 1 && w.bytes().all(|b| b.is_ascii_lowercase())
                    })
                    && !word_is(text, item, &crate::lexicon::tables::NOT_NOUNS)
                    && !word_is(text, item, &PERIOD_WORDS) =>
            {
                free += 1;
                loose |= word_text(text, item)
                    .is_some_and(|w| !(lowercase_ending(w, "ed") || lowercase_ending(w, "ly")));
                plural_free |= !amount && plural(item);
                j = p;
            }
            _ => return None,
        }
    }
    None
}

/// Verbs that compare the stocks that rose with those that fell ([`BREADTH_NOUNS`]).
#[rustfmt::skip]
static BREADTH_VERBS: WordList = WordList::new(&[
    "led", "leads", "leading", "outnumbered", "outnumber", "outnumbers", "outpaced",
    "outpace", "outpaces", "trailed", "trail", "trails",
]);
/// The stocks that rose or fell, counted: a market's breadth.
#[rustfmt::skip]
static BREADTH_NOUNS: WordList = WordList::new(&[
    "advances", "declines", "gainers", "losers", "advancers", "decliners",
]);

/// Whether the item at `k` is a noun of [`BREADTH_NOUNS`] with a verb of [`BREADTH_VERBS`]
/// before it, or after it past an adverb: "Declines led advances 1121 to 504", "advances
/// narrowly led declines 518 to 507"; or a cell of a table of them, with its count ("ADVANCES
/// 579 DECLINES 400 UNCHANGED 200", where `579 DECLINES` reads as one count of things, and
/// `UNCHANGED` or `UNCH` is the third).
fn breadth(text: &str, its: &[Item], facts: &[Fact], k: usize) -> bool {
    let verb = |j: usize| {
        its.get(j)
            .is_some_and(|&w| word_is(text, w, &BREADTH_VERBS))
    };
    let adverb = |j: usize| its.get(j).is_some_and(|&w| ly_adverb(text, w));
    // A breadth noun, or a count of one (`579 DECLINES`).
    let noun = |j: usize| match its.get(j) {
        Some(&Item::Fact(f)) => facts
            .get(f)
            .and_then(|f| f.noun.as_deref())
            .is_some_and(|n| BREADTH_NOUNS.contains(n)),
        Some(&w) => word_is(text, w, &BREADTH_NOUNS),
        None => false,
    };
    let figure = |j: usize| matches!(its.get(j), Some(Item::Fact(_)));
    // Most cues are neither: one lookup tells.
    let breadth_noun = word_is(text, its[k], &BREADTH_NOUNS);
    if !breadth_noun && !word_is(text, its[k], &["unchanged", "unch"]) {
        return false;
    }
    (breadth_noun && ((k > 0 && verb(k - 1)) || verb(k + 1) || (adverb(k + 1) && verb(k + 2))))
        || (figure(k + 1) && (noun(k + 1) || noun(k + 2)))
        || (k >= 2 && figure(k - 1) && (noun(k - 1) || noun(k - 2)))
}

/// Whether the word at `j` is a letter of the name before it, no article: one letter glued
/// to a word, a figure or a `-` (`M-2A`, `M-1-A`: measures of money supply; not `second-biggest`
/// nor `(a`); or after a word that takes one (`class A`, `Series B`); or a capital `A` after a
/// capitalized word and before a lowercase one or a figure (`Shares of Class A rose`, `Volvo A
/// shares`, `ASEA A shares`, `NOVA ALB A 9 1/8`; not a headline's `GOLD POSTS A RISE` or `Gold
/// Posts A Rise`).
fn is_letter(text: &str, its: &[Item], facts: &[Fact], j: usize) -> bool {
    let Some(w) = word_text(text, its[j]).filter(|w| w.len() == 1) else {
        return false;
    };
    let Some(&prev) = j.checked_sub(1).and_then(|p| its.get(p)) else {
        return false;
    };
    let glued = item_span(prev, facts).1 == item_span(its[j], facts).0
        && (matches!(prev, Item::Word { .. } | Item::Fact(_)) || is_sym(text, prev, "-"));
    let after_capital = w == "A"
        && word_text(text, prev).is_some_and(|p| p.starts_with(|c: char| c.is_uppercase()))
        && its.get(j + 1).is_none_or(|&n| {
            matches!(n, Item::Fact(_))
                || word_text(text, n).is_some_and(|n| n.starts_with(|c: char| c.is_lowercase()))
        });
    glued || word_is(text, prev, &LETTER_TAKERS) || after_capital
}

/// Words a letter follows as part of a name (`class A shares`, lowercased in tokenized text;
/// `Series B`).
#[rustfmt::skip]
static LETTER_TAKERS: WordList = WordList::new(&[
    "class", "series", "grade", "type", "tranche", "vitamin", "triple", "double",
]);

/// Whether the item at `p` is glued to a `-` after it, the first part of a compound
/// (`after-tax`, `with-profits`).
fn hyphened_to_next(text: &str, its: &[Item], facts: &[Fact], p: usize) -> bool {
    matches!(its.get(p + 1), Some(&Item::Sym { start, end })
        if &text[start..end] == "-" && its.get(p).is_some_and(|&w| start == item_span(w, facts).1))
}

/// The head of a noun phrase `its[first..end]`: up to its first preposition (keeping `the
/// price of`, `shares in`), without leading prepositions or conjunctions.
fn head_of(
    text: &str,
    its: &[Item],
    facts: &[Fact],
    mut first: usize,
    end: usize,
) -> Option<(usize, usize)> {
    // "in line with Wall Street expectations and shares in GM rose", "in February and
    // inflation rose": words led by a preposition are a phrase of the clause before; the
    // subject follows their last `and`.
    // After a figure, the first `and` ("to 5,314 from 4,758 and truck and van sales").
    // Not a preposition hyphened into a compound: "after-tax operating income for its
    // chemical and specialty products businesses".
    let hyphened = |p: usize| hyphened_to_next(text, its, facts, p);
    if first < end && word_is(text, its[first], &SUBJECT_PREPOSITIONS) && !hyphened(first) {
        let figure = (first + 1..end)
            .rev()
            .find(|&a| matches!(its[a], Item::Fact(_)));
        let and = figure
            .and_then(|f| (f + 1..end).find(|&a| word_eq(text, its[a], "and")))
            .or_else(|| {
                (first + 1..end)
                    .rev()
                    .find(|&a| word_eq(text, its[a], "and"))
            });
        if let Some(a) = and {
            first = a + 1;
        }
    }
    // An adverb opening the clause before its subject: "now both tranches have been
    // increased", "even U.K. Stocks have dropped", "Thus the dollar firmed".
    // Before a name only a lowercase one ("even U.K. Stocks"; not "Just Eat shares").
    let determined = |n: usize| {
        n < end
            && (word_is(text, its[n], &DETERMINERS)
                || word_is(text, its[n], &["a", "an", "both", "all"])
                || (word_text(text, its[n]).is_some_and(|w| w.starts_with(char::is_uppercase))
                    && word_text(text, its[n - 1])
                        .is_some_and(|w| w.starts_with(char::is_lowercase))))
    };
    while first < end
        && (matches!(its[first], Item::Sym { .. } | Item::Fact(_))
            || (word_is(text, its[first], &CLAUSE_ADVERBS) && determined(first + 1))
            || word_is(text, its[first], &SUBJECT_PREPOSITIONS)
            || word_is(
                text,
                its[first],
                &["and", "or", "with", "meanwhile", "but", "a", "an"],
            )
            // The particle of a verb that moves its object: "to bring down the external
            // current account deficit, which rose", "drive up the all ordinaries index".
            || (first > 0
                && word_is(text, its[first], &["up", "down"])
                && word_is(text, its[first - 1], &MOVING_VERBS))
            // "taking account of stock losses of", "taking into account Pakistan's annual
            // population growth rate of": what is taken into account is the subject.
            || (first > 0
                && word_eq(text, its[first], "account")
                && (word_eq(text, its[first - 1], "into")
                    || (word_is(text, its[first - 1], &MOVING_VERBS)
                        && its.get(first + 1).is_some_and(|&w| word_eq(text, w, "of")))))
            || word_text(text, its[first]).is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
            // The zone of a clock time left out: "At 0945 GMT the FTSE 100 share index" (a
            // word of the grammar's clock table after digits).
            || (first > 0
                && word_text(text, its[first - 1])
                    .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
                && word_text(text, its[first])
                    .is_some_and(|w| CLOCK.matches(w).any(|m| m.len == w.len())))
            // The possessive of a word left out: "today's closing price", "1986's surplus",
            // "<Arab National Bank>'s net profit" (and Reuters' "Indonesia"s", a quote mark
            // typed for the apostrophe).
            || (first > 0
                && word_eq(text, its[first], "s")
                && matches!(its[first - 1], Item::Sym { start: qs, end: qe }
                    if matches!(&text[qs..qe], "'" | "’" | "\"")
                        && item_span(its[first], facts).0 == qe)))
    {
        first += 1;
    }
    let mut last = first;
    while last < end {
        let it = its[last];
        if last > first && opens_phrase(text, its, facts, last, end) {
            // Without `a` or `an`, as a subject that opens with one is taken.
            first = if word_is(text, it, &["a", "an"]) {
                last + 1
            } else {
                last
            };
        }
        // A preposition inside a compound is none: "Year-to-date output", "after-tax
        // earnings".
        let compound = matches!(its[last.saturating_sub(1)], Item::Sym { start, end }
            if &text[start..end] == "-" && end == item_span(it, facts).0)
            || hyphened(last);
        if last > first && !compound && word_is(text, it, &SUBJECT_PREPOSITIONS) {
            let prev = its[last - 1];
            // A phrase of where or of what part stays ("Sales in Finland", "Earnings at
            // Barclays Capital", "profit from continuing operations"); one of when does not
            // ("sales in the first quarter", "loss for the nine months", "output in 1986").
            let part = (word_is(text, it, &PART_PREPOSITIONS)
                || (word_eq(text, it, "to") && word_is(text, prev, &KEEP_TO))
                || (word_eq(text, it, "with") && word_is(text, prev, &KEEP_WITH)))
                && {
                    let mut n = last + 1;
                    while n < end && word_is(text, its[n], &["the", "a", "an", "its", "their"]) {
                        n += 1;
                    }
                    n < end
                        && matches!(its[n], Item::Word { .. })
                        && !word_is(text, its[n], &TIME_WORDS)
                        && !word_is(text, its[n], &TIME_SUBJECT)
                        && !word_is(text, its[n], &NOT_A_PART)
                        && !word_is(text, its[n], &LOSS_WORDS)
                        && !word_is(text, its[n], &PROFIT_WORDS)
                        && word_text(text, its[n]).is_some_and(|w| {
                            !w.bytes().all(|b| b.is_ascii_digit())
                                && crate::lexicon::tables::NUMBER_WORD.longest(w).is_none()
                        })
                };
            let capital =
                |w: Item| word_text(text, w).is_some_and(|w| w.starts_with(char::is_uppercase));
            let keep = (word_eq(text, it, "of") && word_is(text, prev, &KEEP_OF))
                || word_eq(text, prev, "those")
                // Inside a name: "Royal Bank of Scotland".
                || (word_eq(text, it, "of")
                    && capital(prev)
                    && its.get(last + 1).is_some_and(|&n| capital(n)))
                || account_before_after(text, its, last)
                || (word_eq(text, it, "in") && word_is(text, prev, &KEEP_IN))
                || part;
            if !keep {
                break;
            }
        }
        // A figure ends it, but a count a determiner opens ("Shares of the top 10 banks",
        // "the six largest Latin American economies"; not "Kodak holds 470,000 shares").
        if matches!(it, Item::Fact(f) if facts[f].kind != Kind::Number
            && !(facts[f].kind == Kind::Count
                && last > first
                && word_is(text, its[last - 1], &COUNT_DETERMINERS)))
        {
            break;
        }
        last += 1;
    }
    // A subject does not end on a joiner or a conjunction; nor on a parenthesis but one that
    // closes its own ("Output (GDP) in the region"); nor, after a word of its own, on a verb
    // or an adverb that stands before a cue, or on `compared` ("American Express closed on
    // the New York Stock Exchange at 72-5/8, up 4-1/8", "The January index compared with a
    // year earlier was down"; not a noun of the same spelling: "Borrowing needs", "the
    // forecast", nor after a determiner: "The needs").
    let verb_at_end = |before: Item, w: Item| {
        word_is(text, w, &SKIPPED_OR_COMPARING)
            && !word_is(text, w, &SKIPPED_NOUNS)
            && matches!(before, Item::Word { .. })
            && !word_is(text, before, &DETERMINERS)
            && !word_is(text, before, &SUBJECT_PREPOSITIONS)
            && !word_is(text, before, &["and", "or", "a", "an"])
    };
    let closes = |k: usize| {
        is_sym(text, its[k], ")")
            && its[first..k].iter().fold(0i32, |open, &w| {
                open + i32::from(is_sym(text, w, "(")) - i32::from(is_sym(text, w, ")"))
            }) > 0
    };
    while last > first
        && ((matches!(its[last - 1], Item::Sym { .. }) && !closes(last - 1))
            || (word_is(
                text,
                its[last - 1],
                &["and", "or", "the", "a", "an", "of", "in", "as"],
            ) && !is_letter(text, its, facts, last - 1))
            || (last > first + 1 && verb_at_end(its[last - 2], its[last - 1])))
    {
        last -= 1;
    }
    if last <= first {
        return None;
    }
    let (s, _) = item_span(its[first], facts);
    let (_, e) = item_span(its[last - 1], facts);
    Some(strip_price_of(text, s, e))
}

/// Whether the subject `text[s..e]` names nothing a move could be of: a time ("the second
/// half", "December", "Year", "month ago"), maybe after a participle ("ending the day"), or
/// one word that is no noun ("now", "many", "badly", "priced", "back"). A futures month
/// glued to its year ("MAY7") names a contract.
fn names_nothing(text: &str, s: usize, e: usize) -> bool {
    let mut words = text[s..e]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let code = |w: &str| {
        let letters = w.bytes().take_while(u8::is_ascii_alphabetic).count();
        letters >= 3 && w.ends_with(|c: char| c.is_ascii_digit())
    };
    // Words that may stand in a time besides its time words: "the", "a", digits.
    let filler = |w: &str| {
        w.bytes().all(|b| b.is_ascii_digit())
            || ["the", "a"].iter().any(|a| w.eq_ignore_ascii_case(a))
    };
    let Some(first) = words.next() else {
        return false;
    };
    // A word's vocabulary id, looked up once for all the lists it is asked of.
    let id_of = |w: &str| {
        (!w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic()))
            .then(|| crate::lexicon::tables::vocab().ascii_letters(w.as_bytes(), 0, w.len()))
            .flatten()
    };
    if code(first) {
        return false;
    }
    let id = id_of(first);
    // A noun phrase opens with no verb, modal, adverb or preposition: "be a record 3.7 to
    // 3.8 mln hectares", "should keep council tax rises below 5%", "always stayed at around
    // the 95%", "down the jobs gains ... from 157,000 to 133,000".
    // Not the first half of a compound: "so-called core inflation", "up-front fees".
    let compound = text[s..e]
        .trim_start()
        .get(first.len()..)
        .is_some_and(|r| r.trim_start().starts_with('-'));
    if first.starts_with(|c: char| c.is_lowercase())
        && NO_SUBJECT_OPENERS.contains_lexed(id, first)
        && !compound
    {
        return true;
    }
    // One pass, most subjects leaving at their second word: a time is all time words and
    // fillers, one word at least a time word.
    let mut time_word = TIME_SUBJECT.contains_lexed(id, first);
    // A participle before its time is no more: "ending the day", "closing the week".
    let participle = lowercase_ending(first, "ing") && !ING_NOUNS.contains_lexed(id, first);
    let all_time = time_word || filler(first) || participle;
    let mut one = true;
    for w in words {
        one = false;
        if !all_time || code(w) {
            return false;
        }
        if TIME_SUBJECT.contains_lexed(id_of(w), w) {
            time_word = true;
        } else if !filler(w) {
            return false;
        }
    }
    if time_word && all_time {
        return true;
    }
    // An adverb or a participle by its ending, in lowercase (not "Italy", "United",
    // "Allied"), but for the nouns and names of such endings ("supply", "rapeseed",
    // tokenized "united").
    let w = first;
    // A word in capitals in lowercase prose is a name: "and HIS dropping 3.3%".
    let name = || {
        w.len() > 1
            && w.bytes().all(|b| b.is_ascii_uppercase())
            && text[e..].bytes().take(24).any(|b| b.is_ascii_lowercase())
    };
    one && (w.chars().count() == 1
        || crate::lexicon::tables::NOT_NOUNS.contains_lexed(id, w)
        || FRAME_HEADS.contains_lexed(id, w)
        || FIGURE_ADJECTIVES.contains_lexed(id, w)
        || lowercase_ending(w, "ly")
        || (lowercase_ending(w, "ed") && !ends_with_ci(w, "eed"))
        || (lowercase_ending(w, "ing") && !ING_NOUNS.contains_lexed(id, w))
        || PARTICIPLES.contains_lexed(id, w))
        && !name()
}

/// Words no subject ends on after its noun (see [`head_of`]): one lookup for both lists.
static SKIPPED_OR_COMPARING: WordUnion = WordUnion::new(&[&SKIP_BEFORE_CUE, &COMPARING]);

/// Words of [`SKIP_BEFORE_CUE`] that are also nouns or determiners, which a subject may end on
/// ("Borrowing needs", "the government's forecast", "prices for all").
#[rustfmt::skip]
static SKIPPED_NOUNS: WordList = WordList::new(&[
    "need", "needs", "set", "last", "due", "all", "each", "both", "overall", "forecast",
    "remains",
]);

/// Adverbs that may open a clause before its subject (see [`head_of`]).
static CLAUSE_ADVERBS: WordList = WordList::new(&[
    "now", "even", "thus", "so", "then", "also", "still", "just", "already",
]);

/// Lowercase words that open no noun phrase, so no subject: modals and forms of `be` and
/// `do`, adverbs, prepositions of place and a few verbs (`worth`, `heading`). Not `may`
/// (tokenized `may 750`), determiners (`the`, `its`, `other`), nor `per`, `near` and `back`
/// of names (`back months of cattle`).
#[rustfmt::skip]
static NO_SUBJECT_OPENERS: WordList = WordList::new(&[
    "be", "been", "being", "should", "could", "would", "will", "can", "might", "must", "shall",
    "do", "does", "did", "very", "yet", "now", "below", "above", "even", "behind",
    "within", "towards", "toward", "around", "down", "up", "off", "still", "always", "already",
    "also", "just", "thus", "then", "so", "ever", "never", "than", "too", "rather", "quite",
    "seen", "wants", "worth", "heading", "compares",
]);

/// Words in -ing that name what moves (`spending rose`, `sterling fell`), unlike a
/// participle alone (`holding steady at`, `running at about 14.7 mln bpd`).
#[rustfmt::skip]
static ING_NOUNS: WordList = WordList::new(&[
    "spending", "trading", "sterling", "offering", "offerings", "lending", "funding", "gearing",
    "accounting", "shipping", "borrowing", "billing", "hiring", "housing", "building",
    "financing", "manufacturing", "mining", "banking", "farming", "processing", "refining",
    "marketing", "advertising", "engineering", "clothing", "heating", "drilling", "pricing",
    "rating", "listing", "outstanding", "retailing", "leasing", "printing", "publishing",
    "broadcasting", "packaging", "catering", "licensing", "servicing", "consulting", "ticketing",
    "landing", "crushing", "planting", "grinding", "milling", "refinancing",
]);

/// Participles of no `-ed` that a reduced relative leaves as a one-word subject: "the number
/// of holdings ... held by these 10 banks fell".
#[rustfmt::skip]
static PARTICIPLES: WordList = WordList::new(&[
    "held", "paid", "sold", "bought", "brought", "built", "kept", "spent", "taken", "given",
    "seen", "lost", "told", "shown", "grown", "done", "made", "sought", "owned",
]);

/// Words that frame a figure rather than name what it measures, no subject alone: `growth in
/// range of 6 to 9 percent`, `growth expectation of up 11%`, `two quarters ahead`.
#[rustfmt::skip]
static FRAME_HEADS: WordList = WordList::new(&[
    "range", "expectation", "expectations", "breakdown", "ahead",
]);

/// Whether the item is an adverb the tables lack, by its ending ([`lowercase_ending`]):
/// "has notably risen".
fn ly_adverb(text: &str, item: Item) -> bool {
    word_text(text, item).is_some_and(|w| lowercase_ending(w, "ly"))
}

/// A lowercase word of more than four letters with an adverb's or participle's ending
/// (`ly`, `ed`), not one of the nouns and names that end so ([`LY_ED_NOUNS`]).
fn lowercase_ending(w: &str, suffix: &str) -> bool {
    w.len() > 4
        && w.starts_with(|c: char| c.is_lowercase())
        && ends_with_ci(w, suffix)
        && !LY_ED_NOUNS.contains(w)
}

/// Nouns and names ending like adverbs and participles, which may be a subject alone.
#[rustfmt::skip]
static LY_ED_NOUNS: WordList = WordList::new(&[
    "supply", "family", "italy", "assembly", "monopoly", "july", "rally", "anomaly",
    "reply", "united", "allied", "limited", "shed", "bed", "red", "feed", "seed",
]);

/// Words of times, which are no subject alone: `In the second half of 1986 net earnings
/// were`, `For the first eight months`, `December`.
#[rustfmt::skip]
static TIME_SUBJECT: WordList = WordList::new(&[
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "quarter", "quarters", "year", "years", "month", "months",
    "week", "weeks", "day", "days", "period", "first", "second", "third", "fourth", "last",
    "previous", "half", "ago", "earlier", "later", "fiscal", "date", "today", "yesterday",
    "q1", "q2", "q3", "q4", "h1", "h2", "mths", "qtr", "end",
]);

/// The forms of [`SAYING`] not in [`SUBJECT_BOUNDARY`] nor ending in `-ed`: verbs of saying
/// or finding whose clause's subject comes after them ("Louis Marckesano predicts 1987 net of
/// 3.50 dlrs", "the ratio indicates March orders at"), but which may be nouns. They end a
/// subject only before a word of it that is no preposition ("non-residential projects rose",
/// "housing projects in the region rose"), and only in [`subject_before`]'s walk. The `-ed`
/// forms are left out: a participle may be in the subject ("projected 1987 revenues of",
/// "suggested retail price").
#[rustfmt::skip]
static SAYING_OR_NOUN: WordList = WordList::new(&[
    "finds", "find", "reveals", "suggests", "indicates", "adds", "believe", "think", "warns",
    "predicts", "confirms", "meant", "argues", "projects", "calculates", "assumes",
    "estimating", "warning",
]);

/// Forms of the verbs that move their object ([`SUBJECT_BOUNDARY`] has the others: `sent`,
/// `pushed`, `drove`) that may be nouns: the object after them is the subject ("Mild winter
/// drives US oil down 6%", "to push the dollar back up"), but they end a subject only as
/// [`SAYING_OR_NOUN`] do, before a word of it that is no preposition ("the export drive in
/// Asia rose" keeps its noun).
#[rustfmt::skip]
static MOVING_OR_NOUN: WordList = WordList::new(&[
    "push", "drive", "drives", "pull", "pulls", "drag", "drags", "knock", "knocks", "lift",
    "lifts", "take",
]);

/// Participles of the verbs that move their object: they end a subject before a cue that is
/// no verb ("weak gasoline prices sending the yield at cracking plants down 68 cts", "taking
/// the annual total up 35.4% to $593.4bn", "profit-taking which forced prices down"), but
/// before a verb, or an auxiliary, they are in it ("the number of youngsters taking their
/// ballet exams drops by almost 70%", "Forced liquidations of margin accounts rose").
#[rustfmt::skip]
static MOVING_PARTICIPLES: WordList = WordList::new(&[
    "sending", "driving", "bringing", "taking", "putting", "pulling", "dragging", "knocking",
    "lifting", "forcing", "forced", "keeping",
]);

/// Every form of the verbs that move their object (the lists above sort them by where they
/// end a subject): their particle opens no subject ("bring down the deficit").
#[rustfmt::skip]
static MOVING_VERBS: WordList = WordList::new(&[
    "send", "sends", "sent", "sending", "push", "pushes", "pushed", "pushing", "drive",
    "drives", "drove", "driving", "bring", "brings", "brought", "bringing", "take", "takes",
    "took", "taking", "put", "puts", "putting", "pull", "pulls", "pulled", "pulling", "drag",
    "drags", "dragged", "dragging", "knock", "knocks", "knocked", "knocking", "lift", "lifts",
    "lifted", "lifting", "forced", "forcing", "keep", "keeps", "kept", "keeping",
]);

/// [`SUBJECT_BOUNDARY`], [`SAYING_OR_NOUN`], [`MOVING_OR_NOUN`] and [`MOVING_PARTICIPLES`],
/// asked of each word of a subject's walk.
static BOUNDARY_OR_VERB: WordUnion = WordUnion::new(&[
    &SUBJECT_BOUNDARY,
    &SAYING_OR_NOUN,
    &MOVING_OR_NOUN,
    &MOVING_PARTICIPLES,
]);

/// The subject before item `at` (exclusive), as a byte span.
fn subject_before(
    text: &str,
    its: &[Item],
    facts: &[Fact],
    at: usize,
    floor: usize,
) -> Option<(usize, usize)> {
    // Things counted right before the cue (`its[j - 1]`), opening its clause, are the
    // subject: "and 20,000 workers lost their jobs", "Some 1,500 jobs were cut" (not "Assets
    // of 197 funds rose", "delays at the nation's 22 busiest airports soared", "was 35,000
    // people higher", nor a source that "added").
    let counted = |j: usize| {
        let Item::Fact(f) = its[j - 1] else {
            return None;
        };
        let opens =
            j == floor + 1 || word_eq(text, its[j - 2], "and") || is_sym(text, its[j - 2], ",");
        if facts[f].kind != Kind::Count || !opens || word_is(text, its[at], &CLAUSE_END) {
            return None;
        }
        let noun = facts[f].noun.as_deref()?;
        let off = text[facts[f].start..facts[f].end].rfind(noun)?;
        let s = facts[f].start + off;
        Some((s, s + noun.len()))
    };
    let mut j = at;
    while j > floor {
        let it = its[j - 1];
        // An amount right before the cue is its change ("5% higher"), not the subject (but
        // things counted that are: "and 20,000 workers lost their jobs"; and other
        // things counted right before it are in it: "Shares of the top 10 banks fell"; not
        // after a verb: "Unemployment was 35,000 people higher").
        let change = matches!(it, Item::Fact(f) if is_amount(&facts[f]) && j == at
            && !(facts[f].kind == Kind::Count
                && facts[f].noun.is_some()
                && j >= floor + 2
                && !word_is(text, its[j - 2], &AUXILIARIES)
                && !word_is(text, its[j - 2], &["be", "been", "being"])))
            && counted(j).is_none();
        // An adverb the table lacks, by its ending: "has notably risen".
        let adverb = ly_adverb(text, it);
        // "IBM was trading up 7/8": the participle of an auxiliary (not "Sugar trading").
        let trading = word_eq(text, it, "trading")
            && j >= floor + 2
            && word_is(text, its[j - 2], &PASSIVE_AUXILIARIES);
        if word_is(text, it, &SKIP_BEFORE_CUE) || change || adverb || trading {
            j -= 1;
        } else if j >= floor + 2
            && ((word_eq(text, its[j - 1], "than") && word_is(text, its[j - 2], &["more", "less"]))
                || (word_eq(text, its[j - 1], "far") && word_is(text, its[j - 2], &["so", "thus"])))
        {
            // "sales more than doubled", "Investment so far amounted to".
            j -= 2;
        } else if j >= floor + 3
            && word_is(text, its[j - 3], &SESSION_VERBS)
            && word_eq(text, its[j - 2], "the")
            && word_is(text, its[j - 1], &PERIOD_WORDS)
        {
            j -= 3;
        } else {
            break;
        }
    }
    if j > floor
        && let Some(span) = counted(j)
    {
        return Some(span);
    }
    // Appositive or parenthesis: "brent crude , the benchmark , rose".
    if j > floor
        && let Item::Sym { start, end } = its[j - 1]
    {
        let sym = &text[start..end];
        if matches!(sym, "," | "-" | ")" | "—" | "–") {
            let open = if sym == ")" { "(" } else { sym };
            // Not a hyphen inside a word: "people on life-extending drugs - up from 440,000".
            let p = (floor..j - 1).rev().find(|&p| {
                matches!(its[p], Item::Sym { start, end } if &text[start..end] == open
                    && !(open == "-"
                        && !text[..start].ends_with(char::is_whitespace)
                        && !text[end..].starts_with(char::is_whitespace)))
            })?;
            // Not a clause of its own after its comma: "rose to 4.1 kilos, while margarine
            // consumption including low fat margarine, fell to 14 kilos".
            j = if open == ","
                && its
                    .get(p + 1)
                    .is_some_and(|&w| word_is(text, w, &CONTRASTS))
            {
                j - 1
            } else {
                p
            };
        }
    }
    const MAX_ITEMS: usize = 16;
    // Whether the cue is a figure, a word of its way or a preposition, not a verb, with no
    // auxiliary or modal skipped before it ("was down 70%"; see MOVING_PARTICIPLES).
    let skipped_from = j;
    let cue_is_no_verb = || {
        its.get(at).is_none_or(|&c| {
            !matches!(c, Item::Word { .. })
                || word_is(text, c, &WAY_WORDS)
                || word_is(text, c, &SUBJECT_PREPOSITIONS)
        }) && its.get(skipped_from..at).is_some_and(|skipped| {
            !skipped
                .iter()
                .any(|&w| word_is(text, w, &AUXILIARIES) || word_is(text, w, &MODALS))
        })
    };
    let mut first = j;
    let mut jumped = false;
    // The item after the earliest comma of a list the subject took ("output from
    // factories, mines and utilities"), if it took one.
    let mut listed = None;
    // The subject's items before a jump over a relative clause.
    let mut clause = (first, j);
    // Whether a line break stands among the items the subject may take: most sentences hold
    // none, and then the test below is skipped.
    // The subject reaches back MAX_ITEMS items at most, twice over a relative clause: the
    // window looked at is bounded, however long the sentence (`verbless_levels` passes a
    // floor of its start).
    let reach = floor.max(j.saturating_sub(2 * MAX_ITEMS + 2));
    let breaks = j < its.len()
        && memchr::memchr(
            b'\n',
            &text.as_bytes()[item_span(its[reach], facts).0..item_span(its[j], facts).0],
        )
        .is_some();
    loop {
        while first > floor && j - first < MAX_ITEMS {
            let it = its[first - 1];
            // A line break ends the subject after a fact, which ends a table's row ("Net loss
            // 696,777 vs loss 598,095" above "Shr loss 15 cts"), and before a capital, which
            // starts a row or a sentence ("Year" above "Shr loss 1.35 dlr"; Reuters ends some
            // sentences with a line break and no point). Prose wrapped in the middle of a
            // sentence goes on in lowercase (a name wrapped there, "General\nMotors", is cut).
            if breaks {
                let (prev_end, start) = (item_span(it, facts).1, item_span(its[first], facts).0);
                if text[prev_end..start].contains('\n')
                    && (matches!(it, Item::Fact(_))
                        || text[start..].starts_with(|c: char| c.is_uppercase()))
                {
                    break;
                }
            }
            // "as of March 31": a preposition, no clause opener.
            let as_of =
                word_eq(text, it, "as") && its.get(first).is_some_and(|&n| word_eq(text, n, "of"));
            // "sales of these businesses", "those to Paraguay": a demonstrative after a
            // preposition, or before one, is inside the noun phrase (not "these rose").
            let demonstrative = || {
                word_is(text, it, &DEMONSTRATIVES)
                    && ((first >= 2 && word_is(text, its[first - 2], &SUBJECT_PREPOSITIONS))
                        || (first < j && word_is(text, its[first], &SUBJECT_PREPOSITIONS)))
            };
            let result_verb = || {
                word_is(text, it, &RESULT_VERBS)
                    && first < j
                    && (word_is(text, its[first], &RESULT_OPENERS)
                        || word_is(text, its[first], &METRIC_NOUNS))
            };
            // "adjusted after-tax earnings": a word hyphened to the next is in its compound
            // (not a dash: "were--GM 105,438").
            let compound = || {
                matches!(its.get(first), Some(&Item::Sym { start, end })
                    if &text[start..end] == "-" && glued_joiner(text, start, end)
                        && matches!(its.get(first + 1), Some(&Item::Word { start: w, .. }) if w == end))
            };
            let ok = match it {
                Item::Word { .. } => {
                    // One lookup for most words: neither a boundary nor a verb that may be a noun.
                    (as_of
                        || !(word_is(text, it, &BOUNDARY_OR_VERB)
                            && (word_is(text, it, &SUBJECT_BOUNDARY)
                                || if word_is(text, it, &MOVING_PARTICIPLES) {
                                    cue_is_no_verb()
                                } else {
                                    first < j && !word_is(text, its[first], &SUBJECT_PREPOSITIONS)
                                }))
                        || demonstrative()
                        || account_before_after(text, its, first - 1)
                        || compound())
                        && !result_verb()
                }
                // "December 31, 1986": a comma inside a date.
                // "tax & accounting professionals revenues": `&` joins words spaced too.
                Item::Sym { start, end } => {
                    glued_joiner(text, start, end)
                        || &text[start..end] == "&"
                        || date_comma(text, its, first - 1)
                        || possessive_or_acronym(text, its, first - 1)
                        || (list_comma(text, its, first - 1, j) && {
                            // The earliest comma of the list, where an opener would end.
                            listed = Some(first);
                            true
                        })
                }
                Item::Fact(f) => {
                    matches!(facts[f].kind, Kind::Number | Kind::Count | Kind::Duration)
                }
            };
            if !ok {
                break;
            }
            first -= 1;
            // "New browser wins over net surfers The proportion of surfers ... has dropped":
            // a capitalized opener after a lowercase word starts a sentence the text ran
            // into (BBC's titles run into their first sentence).
            if first > floor
                && word_is(text, its[first], &SENTENCE_OPENERS)
                && word_text(text, its[first]).is_some_and(|w| w.starts_with(char::is_uppercase))
                && word_text(text, its[first - 1])
                    .is_some_and(|w| w.starts_with(char::is_lowercase))
            {
                break;
            }
        }
        // "interest rates charged to farmers who meet the standards would fall": the
        // subject stands before the relative clause; not after a verb that says or finds,
        // whose `that` opens the clause with the subject ("The RAD found that the number of
        // youngsters ... drops").
        let relative = first > floor + 1 && word_is(text, its[first - 1], &RELATIVES);
        // "said in a statement on the bank's 1986 results that bad debt provisions stood",
        // "signs that demand rose": the `that` of a saying a few words back, or of a noun
        // of what is said, opens the clause.
        // Not where a verb follows the `that`, a relative's: "said sales at stores that
        // opened last year rose", "the report that was released".
        let verb_after = its.get(first).is_some_and(|&w| {
            word_is(text, w, &AUXILIARIES)
                || word_is(text, w, &MODALS)
                || word_text(text, w).is_some_and(|w| lowercase_ending(w, "ed"))
        });
        if relative
            && first > floor + 2
            && word_eq(text, its[first - 1], "that")
            && !verb_after
            && (word_is(text, its[first - 2], &SAID_NOUNS)
                || its[floor.max(first.saturating_sub(12))..first - 1]
                    .iter()
                    .any(|&w| word_is(text, w, &SAYING)))
        {
            break;
        }
        if relative && !jumped {
            jumped = true;
            listed = None;
            clause = (first, j);
            j = first - 1;
            // "Ford, which earned 3.28 billion dlrs": the comma of an aside's relative (of a
            // thing: "Dulko, who had lost all three" is a player).
            if j > floor + 1
                && (is_sym(text, its[j - 1], ",")
                    || is_sym(text, its[j - 1], "-")
                    || is_sym(text, its[j - 1], "—")
                    || is_sym(text, its[j - 1], "–"))
                && word_eq(text, its[j], "which")
            {
                j -= 1;
            }
            first = j;
            continue;
        }
        // "claims that were filed last week rose": the auxiliary of a passive relative
        // clause stopped the subject; the subject stands before its `that`.
        if !jumped
            && first > floor + 2
            && word_is(text, its[first - 1], &AUXILIARIES)
            && word_is(text, its[first - 2], &RELATIVES)
            && !word_is(text, its[first - 3], &SAYING)
            && word_text(text, its[first]).is_some_and(|w| lowercase_ending(w, "ed"))
        {
            jumped = true;
            listed = None;
            clause = (first, j);
            j = first - 2;
            first = j;
            continue;
        }
        break;
    }
    // A list's comma after a phrase that opens the sentence is no list's: "In the year,
    // sales and profits rose" (its preposition), "After the merger, sales and profits rose"
    // (a clause of its own, opened there), "Compared with its rivals, ..."; nor one where
    // the subject's reach ran out in the middle of a phrase ("According to a survey by
    // Goldman Sachs & Co, Harris Interactive and Neilsen/Net Ratings sales surged").
    let cut = j - first >= MAX_ITEMS
        && first > floor
        && !matches!(its[first - 1], Item::Sym { .. })
        && !word_is(text, its[first - 1], &SUBJECT_BOUNDARY);
    if let Some(after) = listed
        && (cut
            || (first > floor
                && word_is(text, its[first - 1], &SUBORDINATORS)
                && opens_clause(text, its, first - 1, floor))
            || its.get(first).is_some_and(|&w| {
                word_is(text, w, &SUBJECT_PREPOSITIONS)
                    || word_is(text, w, &TIME_OPENERS)
                    || word_is(text, w, &TIME_WORDS)
                    || word_is(text, w, &NO_SUBJECT_OPENERS)
                    || word_is(text, w, &COMPARING)
            }))
    {
        first = first.max(after);
    }
    // "a fresh boost to shares which have advanced 4%": where the relative clause is no
    // more than the cue's auxiliaries, the subject is the words just before `which`, past
    // their last preposition.
    if jumped && clause.0 >= clause.1 {
        first = (first..j)
            .rev()
            .find(|&p| word_is(text, its[p], &SUBJECT_PREPOSITIONS))
            .map_or(first, |p| p + 1);
        // "to cut its intervention rate, which has stood at 7-3/4 pct": a possessive opens
        // the noun phrase, past the verb before it (not past a joiner: "Shares of Apple and
        // its rivals, which have risen 5%").
        if let Some(p) = (first + 1..j)
            .rev()
            .find(|&p| word_is(text, its[p], &["its", "their"]))
            && !word_is(text, its[p - 1], &["and", "or", "of"])
        {
            first = p;
        }
    }
    // Where the words before a `that` or `which` name nothing ("showed on Friday that
    // unemployment was unchanged") or are none, the subject is the clause after it.
    head_of(text, its, facts, first, j)
        .filter(|&(s, e)| !jumped || !names_nothing(text, s, e))
        .or_else(|| {
            jumped
                .then(|| head_of(text, its, facts, clause.0, clause.1))
                .flatten()
        })
}

/// Words that open a time after `in` as `the` does: `in each year of a contract`.
static TIME_DETERMINERS: WordList = WordList::new(&["the", "each", "every"]);

/// Whether nothing after a noun cue's words, from item `next`, names what moved: its amount
/// after `of` or `by` and a level after `to`, then the end, a symbol, a time (`in January`,
/// `the previous month`) or the next clause (`but`, `and`, a word of [`SUBJECT_BOUNDARY`]):
/// `a rise of 0.2 pct in January`, `a 1.6 pct decline to 484.28 in December`, `a 5.0 pct
/// rise.`; not `a rise of 0.5 pct in bond yields`, `a 1.2 pct gain for U.S. markets`.
fn names_nothing_after(
    lx: &Lexed<'_>,
    its: &[Item],
    facts: &[Fact],
    next: usize,
    hi: usize,
) -> bool {
    let text = lx.text();
    let amount = |j: usize| matches!(its.get(j), Some(&Item::Fact(f)) if is_amount(&facts[f]));
    let mut j = next;
    if its.get(j).is_some_and(|&w| word_is(text, w, &["of", "by"])) && amount(j + 1) {
        j += 2;
    }
    // Its level: "a 1.6 pct decline to 484.28", "a 69.9 pct drop to an upward revised 43.61
    // billion".
    if its.get(j).is_some_and(|&w| word_eq(text, w, "to"))
        && let Some(l) = (j + 1..j + 5).find(|&l| amount(l))
        && its[j + 1..l]
            .iter()
            .all(|&w| matches!(w, Item::Word { .. }))
    {
        j = l + 1;
    }
    match its.get(j) {
        None | Some(Item::Sym { .. }) => true,
        // A time ("in January", "the previous month"), or the next clause ("but was").
        Some(&w @ Item::Word { .. }) => {
            timing_at(lx, w, hi).is_some()
                || (word_eq(text, w, "the")
                    && its.get(j + 1).is_some_and(|&t| {
                        word_is(text, t, &TIME_WORDS) || word_is(text, t, &PERIOD_WORDS)
                    }))
                || word_is(text, w, &SUBJECT_BOUNDARY)
                || word_eq(text, w, "and")
        }
        Some(Item::Fact(_)) => false,
    }
}

/// Words between a copula and the figure it gives a noun cue: `was only 237,000`, `was a
/// provisional 3.7 pct`.
static COPULA_FILLERS: WordList = WordList::new(&["only", "just", "probably", "still", "also"]);

/// The copula that gives the figure of the noun cue at `at`, whose words end at `next`: right
/// after them, or after `in` and what moved and when (`the rise in producer prices in March
/// was`), or after those and a comma and `which` (`growth in sales, which was`); in the
/// cue's number (`growth in sales, which were 2.3 bln dlrs` is the sales'); and the figure
/// comes right after it, past [`COPULA_FILLERS`] or an article and two words (`was a
/// seasonally adjusted 3.7 pct`). Not another clause's copula (`an increase in the tax
/// burden, we are only recommending one`, `rise in Tokyo as the yen is weak`), a passive
/// (`was aided by a sharp 19 pct`), a comparison (`was below the 3.3 pct`) nor a phrase
/// other than `in` (`The gain on the sale was 12 mln dlrs`).
fn noun_copula(text: &str, its: &[Item], at: usize, next: usize) -> Option<usize> {
    /// The words of what moved and when: `in non-farm jobs in the first quarter`.
    const REACH: usize = 10;
    let k = (next..(next + REACH).min(its.len())).find(|&j| word_is(text, its[j], &COPULAS))?;
    let between = its.get(next..k)?;
    // Words, joined by hyphens or apostrophes: "in non-farm jobs", "in the company's sales".
    let phrase = |w: &[Item]| {
        w.first().is_none_or(|&f| word_eq(text, f, "in"))
            && w.iter().all(|&w| match w {
                Item::Word { .. } => true,
                Item::Sym { start, end } => matches!(text.get(start..end), Some("-" | "'" | "’")),
                Item::Fact(_) => false,
            })
    };
    let which = match between {
        [rest @ .., comma, which] => {
            is_sym(text, *comma, ",") && word_eq(text, *which, "which") && phrase(rest)
        }
        _ => false,
    };
    let singular = word_text(text, its[at]).is_some_and(|w| !ends_with_ci(w, "s"));
    if !(phrase(between) || which) || (singular && word_is(text, its[k], &["were", "are"])) {
        return None;
    }
    let mut j = k + 1;
    while its
        .get(j)
        .is_some_and(|&w| word_is(text, w, &COPULA_FILLERS))
    {
        j += 1;
    }
    if its.get(j).is_some_and(|&w| word_is(text, w, &["a", "an"])) {
        let article = j;
        j += 1;
        while j < article + 3
            && its.get(j).is_some_and(|&w| {
                matches!(w, Item::Word { .. })
                    && !word_is(text, w, &SUBJECT_PREPOSITIONS)
                    && !word_eq(text, w, "than")
            })
        {
            j += 1;
        }
    }
    matches!(its.get(j), Some(Item::Fact(_))).then_some(k)
}

/// Where a row of a results table stands: under a header whose line names its period
/// (`Nine mths`, `Year`, `Qtr ended Feb 28`; [`crate::timing::table_header`]), or in the
/// block that opens the field, whose period the story's title names (`3RD QTR` in `ECOLAB INC
/// <ECL> 3RD QTR OPER SHR`; [`crate::timing::title_period`]).
enum Block<'t> {
    Header(&'t str),
    First,
}

/// The block of a results table's rows that holds the move from `start` to `end`. The move
/// is a row: it opens its line, which is short, with no sentence in it; so is each line up
/// to the header, or to the field's start. A blank line or prose above ends the block
/// without one.
fn table_block(text: &str, start: usize, end: usize) -> Option<Block<'_>> {
    /// A block's rows are a dozen lines at most: `Shr`, `Net`, `Revs`, `Avg shrs`...
    const ROWS: usize = 12;
    /// A row's line is short: a longer one is prose, and no newline is looked for past it.
    const ROW_LEN: usize = 100;
    // No sentence ends in a row: a stop after a word in lowercase before a capital ("mln.
    // The"; not "H.K. Dlrs", "U.S. 43.8 mln"); nor does one end it, but for a row of
    // figures compared ("Shr 33.54p vs 34.2p.", as London's results tables write them).
    let row = |l: &str| {
        let b = l.as_bytes();
        b.len() <= ROW_LEN
            && (!l.ends_with('.') || memchr::memmem::find(b, b" vs ").is_some())
            && !memchr::memchr_iter(b'.', b).any(|i| {
                i >= 2
                    && b[i - 2..i].iter().all(u8::is_ascii_lowercase)
                    && b.get(i + 1) == Some(&b' ')
                    && b.get(i + 2).is_some_and(u8::is_ascii_uppercase)
            })
    };
    let bytes = text.as_bytes();
    // The start of the line that ends at `at`, looked for over a row's length: none past it.
    let line_start_before = |at: usize| {
        let from = at.saturating_sub(ROW_LEN + 1);
        match memchr::memrchr(b'\n', bytes.get(from..at)?) {
            Some(i) => Some(from + i + 1),
            None => (from == 0).then_some(0),
        }
    };
    let line_start = line_start_before(start)?;
    if !text.get(line_start..start)?.trim().is_empty()
        || memchr::memchr(b'\n', bytes.get(start..end)?).is_some()
    {
        return None;
    }
    let line_end = match memchr::memchr(b'\n', bytes.get(end..(end + ROW_LEN + 1).min(text.len()))?)
    {
        Some(i) => end + i,
        None if text.len() - end <= ROW_LEN => text.len(),
        None => return None,
    };
    if !row(text.get(line_start..line_end)?.trim()) {
        return None;
    }
    if line_start == 0 {
        return Some(Block::First);
    }
    // The newline that ends the line above.
    let mut at = line_start - 1;
    for _ in 0..ROWS {
        let above = line_start_before(at)?;
        let line = text.get(above..at)?.trim();
        if crate::timing::table_header(line) {
            return Some(Block::Header(
                line.strip_suffix('.').unwrap_or(line).trim_end(),
            ));
        }
        if line.is_empty() || !row(line) {
            return None;
        }
        if above == 0 {
            return Some(Block::First);
        }
        at = above - 1;
    }
    None
}

/// The subject after a noun cue: `a 5.5 pct increase in grocery store sales`.
fn subject_after(
    lx: &Lexed<'_>,
    its: &[Item],
    facts: &[Fact],
    next: usize,
    limit: usize,
) -> Option<(usize, usize)> {
    let text = lx.text();
    if !its.get(next).is_some_and(|&it| word_eq(text, it, "in")) {
        return None;
    }
    let first = next + 1;
    // "in January", "in the first quarter" say when, not what; "in second quarter earnings"
    // says what.
    let mut probe = first;
    while its.get(probe).is_some_and(|&it| {
        (probe == first && word_is(text, it, &TIME_DETERMINERS))
            || word_is(text, it, &TIME_WORDS)
            || word_text(text, it).is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
    }) {
        probe += 1;
    }
    // Past a time, not into a paragraph after it ("a 0.5 pct rise in January\nThe adjusted
    // index", without its stop; but "in the\ncapacity", a wrapped line) nor into a list of
    // times ("in February and a year").
    let after_time = |it: Item| {
        probe > first
            && !word_is(text, its[probe - 1], &TIME_DETERMINERS)
            && (word_is(text, it, &["and", "or"])
                || (word_text(text, it).is_some_and(|w| w.starts_with(char::is_uppercase))
                    && text
                        .get(item_span(its[probe - 1], facts).1..item_span(it, facts).0)
                        .is_some_and(|gap| gap.contains('\n'))))
    };
    let named = its.get(probe).is_some_and(|&it| {
        matches!(it, Item::Word { .. })
            && !word_is(text, it, &SUBJECT_PREPOSITIONS)
            && !word_is(text, it, &SUBJECT_BOUNDARY)
            && !word_is(text, it, &CLAUSE_END)
            && !after_time(it)
    });
    if !named {
        return None;
    }
    // "a 40 pct drop in oil income last year": a time after what is named is the move's.
    let bound = its
        .get(limit)
        .map_or(text.len(), |&it| item_span(it, facts).0);
    let mut end = first;
    // Six items, and four more past an `of` kept ("a rise in the value of the fund").
    let mut reach = 6;
    while end < limit && end - first < reach {
        let it = its[end];
        // "the value of", "the number of": an `of` that [`head_of`] keeps.
        let kept_of =
            end > first && word_eq(text, it, "of") && word_is(text, its[end - 1], &KEEP_OF);
        if kept_of {
            reach = 10;
        }
        // "the with-profits fund": a preposition hyphened into a compound is none.
        let hyphened = hyphened_to_next(text, its, facts, end);
        let ok = match it {
            Item::Word { .. } => {
                (kept_of || hyphened || !word_is(text, it, &SUBJECT_PREPOSITIONS))
                    && !word_is(text, it, &SUBJECT_BOUNDARY)
                    && !word_is(text, it, &CLAUSE_END)
                    && (end <= probe || timing_at(lx, it, bound).is_none())
            }
            Item::Sym { start, end } => glued_joiner(text, start, end),
            Item::Fact(_) => false,
        };
        if !ok {
            break;
        }
        end += 1;
    }
    head_of(text, its, facts, first, end)
}

/// "the price of gold" → "gold": the shortest faithful name of what moved.
fn strip_price_of(text: &str, s: usize, e: usize) -> (usize, usize) {
    #[rustfmt::skip]
const PREFIXES: &[&str] = &[
    "the price of ", "the prices of ", "price of ", "prices of ", "the value of ",
];
    let phrase = &text[s..e];
    for p in PREFIXES {
        if phrase.len() > p.len()
            && phrase.is_char_boundary(p.len())
            && phrase[..p.len()].eq_ignore_ascii_case(p)
        {
            return (s + p.len(), e);
        }
    }
    (s, e)
}

/// The first noun phrase of the sentence: the subject of a clause that names none.
fn sentence_subject(
    text: &str,
    its: &[Item],
    facts: &[Fact],
    limit: usize,
) -> Option<(usize, usize)> {
    let mut end = 0;
    while end < limit && end < 16 {
        let it = its[end];
        let ok = match it {
            Item::Word { start, end, .. } => {
                !word_is(text, it, &SUBJECT_BOUNDARY)
                    && MOVE_CUE.longest(&text[start..end]).is_none()
            }
            Item::Sym { start, end } => glued_joiner(text, start, end),
            Item::Fact(f) => matches!(facts[f].kind, Kind::Number | Kind::Count),
        };
        if !ok {
            break;
        }
        end += 1;
    }
    head_of(text, its, facts, 0, end)
}

/// Nouns that may follow a market's name in a subject: `oil prices`, `Dax index`.
const ASSET_HEADS: &[&str] = &[
    "price",
    "prices",
    "futures",
    "index",
    "share index",
    "yield",
    "yields",
    "rate",
    "rates",
    "contract",
    "contracts",
    "market",
    "markets",
    "shares",
    "stocks",
    "benchmark",
    "spot",
];

/// The market a subject `text[ss..se]` names, if it heads the subject.
fn asset_of(lx: &Lexed<'_>, ss: usize, se: usize) -> Option<Cow<'static, str>> {
    let subject = lx.text().get(ss..se)?;
    let toks = lx.tokens();
    let mut k = lx.index_at(ss);
    while let Some(t) = toks.get(k).filter(|t| t.start() < se) {
        let i = t.start() - ss;
        // Markets start a word: not glued to a letter or digit before (within the subject).
        let glued = i > 0 && lx.glued(t);
        if !glued && let Some(m) = ASSET.longest_lexed_until(lx, k, se) {
            // The market must head the subject: "gold", "the Dax index", "oil prices";
            // not "dollar value of homes" or "oil production".
            let rest = &subject[i..];
            let after = rest[m.len..].trim_start();
            let heads = after.is_empty()
                || ASSET_HEADS.iter().any(|h| {
                    after.len() >= h.len()
                        && after.is_char_boundary(h.len())
                        && after[..h.len()].eq_ignore_ascii_case(h)
                        && !after[h.len()..].starts_with(|c: char| c.is_alphanumeric())
                });
            if heads && !rest[m.len..].starts_with(|c: char| c.is_alphanumeric()) {
                return Some(Cow::Borrowed(*m.value));
            }
        }
        k += 1;
    }
    None
}

/// Nouns that name a reported figure: a money or percent amount right after one is its level
/// even without a verb (`q3 revenue $1.4 billion`, `net interest income was $52.1 million`).
static METRIC_NOUNS: WordList = WordList::new(&[
    "sales",
    "revenue",
    "revenues",
    "earnings",
    "profit",
    "profits",
    "income",
    "loss",
    "losses",
    "ebitda",
    "ebit",
    "eps",
    "share",
    "dividend",
    "margin",
    "margins",
    "turnover",
    "cash",
    "backlog",
    "bookings",
    "orders",
    "deficit",
    "surplus",
    "inflation",
    "unemployment",
    "rate",
    "yield",
    "price",
    "prices",
    "value",
    "capitalisation",
    "capitalization",
    "cap",
    "debt",
    // Reuters' results tables: `Net 807,000 vs 2,858,000`, `Revs 291.8 mln vs 151.1 mln`,
    // `Shr 34 cts vs 1.19 dlrs`.
    "net",
    "revs",
    "rev",
    "shr",
]);

/// The phrase of time that ends a subject at `se` and the words before `limit` (a cue or a
/// figure): `Net sales in 2007 rose`, `Sales in the first quarter rose 5%`. The subject's
/// head leaves it out ([`head_of`]); it is the move's time.
fn time_after_subject(
    lx: &Lexed<'_>,
    its: &[Item],
    facts: &[Fact],
    se: usize,
    limit: usize,
) -> Option<(usize, usize)> {
    let at = its.partition_point(|&it| item_span(it, facts).0 < se);
    let &it = its.get(at)?;
    let (start, _) = item_span(it, facts);
    if start >= limit || !lx.text()[se..start].trim().is_empty() {
        return None;
    }
    let len = timing_at(lx, it, limit)?;
    Some((start, start + len))
}

/// Levels reported without a verb: a metric noun phrase, maybe `was`/`of`/`now`/`,`, then a
/// money or percent amount not already in a move (of `moves[holders..]`: the caller knows
/// the earlier ones end before the sentence). One after a move and `to` is that move's level
/// instead ("rose 1.7 billion dlrs in April to a seasonally adjusted rate of 384.1 billion").
fn verbless_levels(
    lx: &Lexed<'_>,
    field: Field,
    facts: &[Fact],
    its: &[Item],
    si: usize,
    moves: &mut Vec<Move>,
    holders: usize,
) {
    let text = lx.text();
    // The spans of the moves that may hold an amount, by start, each end raised to the
    // furthest end so far: an amount at `s` is in a move when the last span starting by `s`
    // reaches past it. The moves pushed below need no span: each ends at its amount, or at
    // the figure right after it that it is compared with, before the next one.
    let mut spans: Option<Vec<(usize, usize)>> = None;
    let held = holders..moves.len();
    // The end of the sentence's last item: a time after a level ends there at the latest.
    let hi = its.last().map_or(0, |&it| item_span(it, facts).1);
    for (k, &it) in its.iter().enumerate() {
        let Item::Fact(f) = it else { continue };
        let fact = &facts[f];
        if !matches!(fact.kind, Kind::Money | Kind::Percent) || fact.value.is_none() {
            continue;
        }
        let spans = spans.get_or_insert_with(|| {
            let mut spans: Vec<(usize, usize)> = moves[held.clone()]
                .iter()
                .filter(|m| m.field == field)
                .map(|m| (m.start, m.end))
                .collect();
            spans.sort_unstable();
            let mut reach = 0;
            for span in &mut spans {
                reach = reach.max(span.1);
                span.1 = reach;
            }
            spans
        });
        let before = spans.partition_point(|&(start, _)| start <= fact.start);
        if before > 0 && spans[before - 1].1 > fact.start {
            continue;
        }
        let mut j = k;
        if j > 0 && word_is(text, its[j - 1], &LEVEL_LINKS) {
            j -= 1;
        }
        let Some(prev) = j.checked_sub(1) else {
            continue;
        };
        if !word_is(text, its[prev], &METRIC_NOUNS) || deal_term(text, its, prev) {
            continue;
        }
        // A figure `to` another is a change and the level it reached, whose verb went
        // unread: "MAGMA LOWERS COPPER PRICE 0.50 CT TO 65.50 CTS", "raised butane prices
        // 5.50 dlrs to 123 dlrs". No level.
        if its.get(k + 1).is_some_and(|&w| word_eq(text, w, "to"))
            && matches!(its.get(k + 2), Some(Item::Fact(_)))
        {
            continue;
        }
        // `net` after an article or `to` says a sum net of another, no result: "borrow only
        // a net 22.3 billion marks", "expects to net about 150,000 dlrs".
        if word_eq(text, its[prev], "net")
            && prev > 0
            && ["a", "an", "to"]
                .iter()
                .any(|w| word_eq(text, its[prev - 1], w))
        {
            continue;
        }
        // "notes priced to yield 8.13 pct", "priced at par to yield 112 basis points": what
        // an issue is priced to yield is its term.
        if prev > 0 && word_eq(text, its[prev], "yield") && word_eq(text, its[prev - 1], "to") {
            continue;
        }
        let Some((ss, se)) = subject_before(text, its, facts, j, 0) else {
            continue;
        };
        let end = fact.end;
        // "Shr loss 1.31 dlrs vs loss 1.38 dlrs", "compared with a loss of 3.3 mln dlrs":
        // the figure after `vs` is the one the level before is compared with, its `from`,
        // where both name the same figure (not "profit 8 cts vs loss 23 cts"); no move of
        // its own. `vs` stands in the subject ("Net loss 1,671,000 vs loss") or just before
        // it, past an article (`vs.`, whose point ends the subject; "versus a net loss of").
        let is_vs = |w: &str| {
            ["vs", "vs.", "versus", "compared"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
        };
        let vs = text[ss..se].split_whitespace().any(is_vs) || {
            let mut before = text[..ss].split_whitespace().rev();
            match before.next() {
                Some(w) if ["a", "an", "the"].iter().any(|x| w.eq_ignore_ascii_case(x)) => {
                    before.next().is_some_and(is_vs)
                }
                Some(w) => is_vs(w),
                None => false,
            }
        };
        // Or between the subject and the figure, among the last words before it, which
        // name the figure compared with ("in its trade with the other states compared with
        // a deficit of", "loss compared to year-earlier profit of").
        let vs = vs
            || its[..j]
                .iter()
                .rev()
                .take(6)
                .take_while(|&&it| item_span(it, facts).0 >= se)
                .any(|&it| word_text(text, it).is_some_and(is_vs));
        if vs {
            let metric = word_text(text, its[prev]).unwrap_or_default();
            // The level before, on the same line and in the same unit: "profit of 244.4 mln
            // dlrs, or 1.78 dlrs a share, compared with a profit of 219.7 mln dlrs"; a rate's
            // `per` may go unsaid right after it ("loss 1.42 dlrs a share versus loss nine
            // cts"). Not "loss of 34 cts a share, after provisions for preferred shares,
            // versus a loss of 283,000 dlrs", nor a row above.
            let joined = |m: &Move| {
                let gap = &text[m.end..ss];
                !gap.contains('\n')
                    && m.level.as_ref().is_some_and(|l| {
                        l.unit == fact.unit
                            && (l.per == fact.per || (fact.per.is_none() && gap.len() <= 5))
                    })
            };
            // The same figure, or a loss against a profit ("Shr loss 57 cts vs profit 3.02
            // dlrs"), whose `from` is then on the other side of zero.
            let side = |m: &Move| {
                let last = m.subject.split_whitespace().next_back()?;
                if last.eq_ignore_ascii_case(metric) {
                    return Some(false);
                }
                let (a, b) = (side_of([last])?, side_of([metric])?);
                (a != b).then_some(true)
            };
            if let Some((prev, other)) = moves[held.end..].last_mut().and_then(|m| {
                let other = side(m)?;
                (m.field == field && m.from.is_none() && m.end <= ss && joined(m))
                    .then_some((m, other))
            }) {
                let m = measure(fact, false);
                prev.from = Some(if other { negated(m) } else { m });
                prev.end = end;
                prev.text = text[prev.start..end].into();
            }
            continue;
        }
        // "Ericsson returned a net profit of 19bn kronor", "swung to a net profit of": an
        // article a few words before the metric noun opens the level's name; the words
        // before it are the clause's (a verb and its subject).
        // Not after `at` where a subject stands before it, nor a rate of how fast: the phrase
        // is the figure's manner ("real GNP to come in at an annual rate of 2.5 pct", "The
        // economy expanded at an annual rate of 3.7%"). Nor where a metric stands before it,
        // the level's subject ("Earnings per share EPS in 2005 amounted to a loss of").
        let article = article_before(text, its, prev);
        let manner = |a: usize| {
            let before = se <= item_span(its[a], facts).0;
            (before && a > 0 && word_eq(text, its[a - 1], "at"))
                || (before && subject_head(&text[ss..se]).is_some_and(|w| METRIC_NOUNS.contains(w)))
                || (word_eq(text, its[prev], "rate")
                    && its[a + 1..prev]
                        .iter()
                        .all(|&w| word_is(text, w, &RATE_MANNERS)))
        };
        let (ss, se) = match article {
            Some((_, true)) => continue,
            Some((a, false)) if item_span(its[a + 1], facts).0 > ss && !manner(a) => (
                item_span(its[a + 1], facts).0,
                item_span(its[prev], facts).1,
            ),
            _ => (ss, se),
        };
        // "rose 1.7 billion dlrs, or 0.4 pct, in April to a seasonally adjusted rate of
        // 384.1 billion dlrs": after a move and `to`, the level is that move's.
        if let Some((a, _)) = article
            && a > 0
            && word_eq(text, its[a - 1], "to")
        {
            let to = item_span(its[a - 1], facts).0;
            if let Some(m) = moves[holders..]
                .iter_mut()
                .rev()
                .take_while(|m| m.sentence == si)
                .find(|m| {
                    m.field == field
                        && m.level.is_none()
                        && m.end <= to
                        && text[m.end..to].trim().is_empty()
                })
            {
                m.level = Some(measure(fact, false));
                m.end = end;
                m.text = text[m.start..end].into();
                continue;
            }
        }
        let (start, subject) = (ss, &text[ss..se]);
        if names_nothing(text, ss, se) {
            continue;
        }
        // "Revenues were 15.02 billion dlrs compared to 15.04 billion dlrs", "q4 sales $21.3
        // billion versus $20.3 billion": the next figure, joined by the words of a comparison
        // alone, is the one it is compared with, in the same unit; not a figure expected
        // ("versus $1.1 billion expected"), nor "versus refinitiv ibes estimate of $21.2
        // billion". A share's figure by its label may be compared with one its label left
        // bare.
        let from = its[k + 1..its.len().min(k + 6)]
            .iter()
            .enumerate()
            .find_map(|(i, &it)| match it {
                Item::Fact(g) => Some((k + 1 + i, &facts[g])),
                _ => None,
            })
            .filter(|&(i, g)| {
                g.unit == fact.unit
                    && (g.per == fact.per || g.per.is_none())
                    && g.value.is_some()
                    && text
                        .get(fact.end..g.start)
                        .and_then(|gap| crate::scan::compared_with(gap, &[]))
                        .is_some_and(|w| w != "from")
                    && !its.get(i + 1).is_some_and(|&w| word_is(text, w, &EXPECTED))
            });
        // The time right after it: "net sales of EUR1 .5 m for the third quarter 2008"
        // (one after the figure it is compared with is that figure's: "compared to $20
        // million in q4 of 2020").
        let timing = its
            .get(k + 1)
            .and_then(|&it| {
                let (start, _) = item_span(it, facts);
                timing_at(lx, it, hi).map(|len| (start, start + len))
            })
            .filter(|_| !compared_time(text, its, k + 1));
        // "Earnings per share EPS in 2005 amounted to a loss of EUR1 .26": below zero, and so
        // is a loss it is compared with.
        let below = level_below_zero(text, its, (ss, se), Some(k));
        let from_side = from
            .filter(|_| below)
            .and_then(|(i, _)| label_side(text, its, i, 4));
        let from = from.map(|(_, g)| g);
        // "Oper shr profit 13 cts vs nil", "Shr loss 4.22 dlrs vs profit nil", "Dividend eight
        // pct vs same": nothing compared with, in the level's unit, or the figure itself.
        let nothing = |it: Item| {
            matches!(it, Item::Fact(g) if facts[g].unit.is_none()
                && facts[g].value == Some(Decimal::ZERO))
        };
        let said = from
            .is_none()
            .then(|| {
                its[k + 1..its.len().min(k + 5)]
                    .iter()
                    .copied()
                    .find(|&w| nothing(w) || word_is(text, w, &COMPARED_SAYINGS))
            })
            .flatten()
            .filter(|&w| {
                text.get(fact.end..item_span(w, facts).0)
                    .and_then(|gap| crate::scan::compared_with(gap, &["profit", "loss"]))
                    .is_some_and(|c| c != "from")
            })
            .map(|w| {
                let m = Measure {
                    value: if nothing(w) {
                        Some(Decimal::ZERO)
                    } else {
                        fact.value
                    },
                    qualifier: None,
                    ..measure(fact, false)
                };
                (m, item_span(w, facts).1)
            });
        let end = from
            .map_or(end, |g| g.end)
            .max(said.as_ref().map_or(end, |&(_, e)| e))
            .max(timing.map_or(end, |(_, e)| e));
        // The level and the figure it is compared with, in one scale ("Turnover 183.8 mln
        // stg vs 348.0"), as after a verb.
        let mut level = measure(fact, false);
        let mut compared = from.map(|g| Measure {
            per: fact.per.clone(),
            ..measure(g, false)
        });
        if let (Some(m), Some(g)) = (compared.as_mut(), from) {
            one_scale(&mut level, fact, m, g);
        }
        moves.push(Move {
            subject: subject.into(),
            asset: asset_of(lx, ss, se),
            direction: None,
            change: None,
            level: Some(if below { negated(level) } else { level }),
            from: compared
                .map(|m| match from_side {
                    Some(side) => on_side(m, side),
                    None => m,
                })
                .or(said.map(|(m, _)| m)),
            timing: timing.map(|(s, e)| text[s..e].into()),
            field,
            start,
            end,
            text: text[start..end].into(),
            sentence: si,
        });
    }
    // The moves of earlier sentences are in order and all start before this sentence: only
    // this sentence's need sorting (stable, as the whole list would be).
    let tail = moves
        .iter()
        .rposition(|m| m.sentence != si)
        .map_or(0, |p| p + 1);
    moves[tail..].sort_by_key(|m| (m.field != Field::Title, m.start));
}

/// Verbs of where a market is quoted, which after `to` say a move of their own: `fell back
/// to trade 7.8% higher`, `recovering to close 16% down`.
#[rustfmt::skip]
static QUOTE_VERBS: WordList = WordList::new(&[
    "trade", "close", "end", "finish", "settle", "stand", "open",
]);

/// Verbs of losing: what a business lost may be its result (see `lost_result` in
/// [`find_moves`]).
static LOSING: WordList = WordList::new(&["lost", "loses", "lose", "losing"]);

/// The possessives of persons: what follows is no market's (`lost his sight`).
static PERSONAL_POSSESSIVES: WordList = WordList::new(&["his", "her", "my", "your"]);

/// Heads of subjects whose money lost is a price's or a market's value, no result: `shares
/// lost 10 cts`, `Wall Street lost $500bn`.
#[rustfmt::skip]
static MARKET_HEADS: WordList = WordList::new(&[
    "shares", "share", "stock", "stocks", "price", "prices", "index", "value", "market",
    "markets", "investors", "shareholders", "street", "bonds", "futures", "contract",
]);

/// Words that make a rate one of how fast something moved, no metric of its own: `an
/// annual rate of 3.7%`, `a seasonally adjusted annual rate of`.
#[rustfmt::skip]
static RATE_MANNERS: WordList = WordList::new(&[
    "annual", "annualised", "annualized", "yearly", "seasonally", "adjusted", "growth",
    "compounded", "compound", "average",
]);

/// Words that open a figure compared with another: `up from a deficit of`, `against a loss
/// of`, `compared with a loss of`.
static COMPARISON_OPENERS: WordList = WordList::new(&["from", "vs", "versus", "against", "than"]);

/// The item of an article no more than four words before the metric noun `its[noun]`, the
/// words between plain words (`a net profit`, `an operating loss`), and whether it opens a
/// figure compared with (`up from a deficit of`, `compared with a loss of`). An uppercase
/// `A` after a word is a name (`Class A loss`).
fn article_before(text: &str, its: &[Item], noun: usize) -> Option<(usize, bool)> {
    let mut p = noun;
    while p > 0 && noun - p < 4 {
        p -= 1;
        let it = its[p];
        let article = match word_text(text, it) {
            Some("a" | "an") => true,
            Some("A" | "An") => p == 0 || !matches!(its[p - 1], Item::Word { .. }),
            _ => false,
        };
        if article {
            let compared = p > 0
                && (word_is(text, its[p - 1], &COMPARISON_OPENERS)
                    || compared_with(text, its, p - 1));
            return Some((p, compared));
        }
        if !matches!(it, Item::Word { .. })
            || word_is(text, it, &SUBJECT_BOUNDARY)
            || word_is(text, it, &SUBJECT_PREPOSITIONS)
        {
            return None;
        }
    }
    None
}

/// Whether the metric noun `its[noun]` names the terms of a deal, no market's level: `issue
/// price of 99.75 pct`, `a nominal value of EUR 1.35`, `sold at a price of 1.60 dlrs each`,
/// `confirmed at a total value of 500 mln euro`, `The value of the orders is over EUR 10mn`.
fn deal_term(text: &str, its: &[Item], noun: usize) -> bool {
    // "The value of the orders is": the object named after the term.
    if word_is(text, its[noun], &DEAL_OBJECTS) {
        let mut b = noun;
        while b > 0 && word_is(text, its[b - 1], &DEAL_OBJECT_DETERMINERS) {
            b -= 1;
        }
        return b >= 2
            && word_eq(text, its[b - 1], "of")
            && word_is(text, its[b - 2], &["value", "price"]);
    }
    if !word_is(text, its[noun], &["price", "value", "margin"]) {
        return false;
    }
    // "The value of the orders is", "the value of the contract was".
    let mut a = noun + 1;
    if its.get(a).is_some_and(|&w| word_eq(text, w, "of")) {
        a += 1;
        while its
            .get(a)
            .is_some_and(|&w| word_is(text, w, &DEAL_OBJECT_DETERMINERS))
        {
            a += 1;
        }
        if its.get(a).is_some_and(|&w| word_is(text, w, &DEAL_OBJECTS)) {
            return true;
        }
    }
    let mut b = noun;
    let mut words = 0;
    while let Some(p) = b.checked_sub(1) {
        if words == 0 && word_is(text, its[p], &DEAL_TERMS) {
            return true;
        }
        if word_is(text, its[p], &["at"]) {
            return true;
        }
        if words == 2 || !word_is(text, its[p], &DEAL_DETERMINERS) {
            return false;
        }
        words += 1;
        b = p;
    }
    false
}

/// Words before `price`, `value` or `margin` that make it a deal's term (see [`deal_term`]).
#[rustfmt::skip]
static DEAL_TERMS: WordList = WordList::new(&[
    "issue", "nominal", "par", "subscription", "conversion", "exercise", "offer", "offering",
    "redemption", "call", "strike", "tender", "takeover", "face", "residual", "reoffer",
    "purchase", "contract", "potential", "principal", "liquidation", "transaction",
    "enterprise", "acquisition", "award", "order",
]);

/// Words between a deal's `value of` and what it names: `the value of the orders`.
static DEAL_OBJECT_DETERMINERS: WordList = WordList::new(&["the", "a", "an", "its", "this"]);

/// What a deal's `value of` names: `The value of the orders is over EUR 10mn` (see
/// [`deal_term`]).
#[rustfmt::skip]
static DEAL_OBJECTS: WordList = WordList::new(&[
    "order", "orders", "contract", "contracts", "deal", "deals", "transaction", "transactions",
    "acquisition", "agreement", "award", "investment", "project",
]);

/// Words between `at` and a deal's `price` or `value`: `at a total value of`.
#[rustfmt::skip]
static DEAL_DETERMINERS: WordList = WordList::new(&[
    "a", "an", "the", "total", "combined", "aggregate", "fixed", "minimum", "maximum",
]);

/// Whether item `at` (a figure) stands between an article and a noun it qualifies: `lost a
/// $23bn government contract`, `fell to a 40-year low of` (a lowercase word that is no
/// preposition, time word or move cue ending by byte `hi`).
fn names_a_noun(lx: &Lexed<'_>, its: &[Item], at: usize, hi: usize) -> bool {
    let text = lx.text();
    at > 0
        && word_is(text, its[at - 1], &["a", "an"])
        && its.get(at + 1).is_some_and(|&w| {
            word_text(text, w).is_some_and(|t| t.starts_with(char::is_lowercase))
                && !word_is(text, w, &crate::lexicon::tables::NOT_NOUNS)
                && !word_is(text, w, &SUBJECT_PREPOSITIONS)
                && !word_is(text, w, &TIME_WORDS)
                && entry_at(lx, w, &MOVE_CUE, hi).is_none()
        })
}

/// Nouns of a level reached, whose `of` opens a level cue's figure: `reached a record of`,
/// `quoted at a close of` (not `hit the exports of 26 countries`, `trading at a premium of 40
/// pct`); those of a high and a low ([`HIGH_NOUNS`], [`LOW_NOUNS`]) also say the way it went.
static LEVEL_NOUNS: WordList = WordList::new(&["record", "close", "level", "average"]);

/// Nouns of a level reached by rising: `touched an eight-month high of 0.6900`.
static HIGH_NOUNS: WordList = WordList::new(&["high", "peak", "top"]);

/// Nouns of a level reached by falling: `hit a 52-week low of 115-3/4 dlrs`.
static LOW_NOUNS: WordList = WordList::new(&["low", "trough", "bottom"]);

/// Whether `item` is a noun of a level ([`LEVEL_NOUNS`], [`HIGH_NOUNS`], [`LOW_NOUNS`]), and
/// the way it says the level was reached.
fn level_noun(text: &str, item: Item) -> Option<Option<Direction>> {
    if word_is(text, item, &HIGH_NOUNS) {
        Some(Some(Direction::Up))
    } else if word_is(text, item, &LOW_NOUNS) {
        Some(Some(Direction::Down))
    } else {
        word_is(text, item, &LEVEL_NOUNS).then_some(None)
    }
}

/// The slot a preposition opens, if the word is one.
fn slot_of(text: &str, item: Item, noun: bool) -> Option<Slot> {
    let w = word_text(text, item)?;
    let is = |x: &str| w.eq_ignore_ascii_case(x);
    Some(if is("by") || (noun && is("of")) {
        Slot::Change
    } else if is("to") || is("at") {
        Slot::Level
    } else if is("from") || is("against") || is("versus") || is("vs") || is("compared") {
        // "compared with 8.1 pct", "against 13.15 billion a year earlier"
        Slot::From
    } else if SUBJECT_PREPOSITIONS.words().iter().any(|p| is(p)) {
        Slot::Other
    } else {
        return None;
    })
}

/// Move moves found in a part of a field to the field: `base` bytes and `sentences`
/// sentences before it (see [`crate::scan`]).
pub(crate) fn shift_moves(moves: &mut [Move], base: usize, sentences: usize) {
    for m in moves {
        m.start += base;
        m.end += base;
        m.sentence += sentences;
    }
}

/// Complete the move `prev` with what a later cue of its sentence found: its direction
/// (the callers check it agrees), and the change, level and `from` it lacks; its span
/// reaches `end`. Its time is the caller's to merge.
fn complete(
    prev: &mut Move,
    text: &str,
    end: usize,
    direction: Option<Direction>,
    change: Option<Measure>,
    level: Option<Measure>,
    from: Option<Measure>,
) {
    prev.direction = direction;
    prev.change = prev.change.take().or(change);
    prev.level = prev.level.take().or(level);
    prev.from = prev.from.take().or(from);
    prev.end = prev.end.max(end);
    prev.text = text[prev.start..prev.end].into();
}

/// Words that put a noun phrase in a relation, which may hold a subject's `and` ("the rig
/// count for Texas and Oklahoma", "Consumption of lead and zinc"): a subject whose first
/// conjunct holds one is not split by [`respectively`].
static CONJUNCT_PREPOSITIONS: WordList = WordList::new(&[
    "of", "for", "in", "at", "on", "from", "to", "with", "by", "between", "among",
]);

/// The byte spans, within `subject`, of the things it joins with `and`, `&` or commas
/// ("Total M2 and local M2"; "Both operating profit and net sales": no `Both`), where each
/// names something and none is a time ("Current qtr and year figures"), the first holds no
/// preposition that the `and` could be inside ("the rig count for Texas and Oklahoma"), and
/// no one word stands before a last part of several ("U.S. and Japanese bond yields").
fn conjuncts(subject: &str) -> Option<Vec<(usize, usize)>> {
    let mut spans = Vec::new();
    let mut from = 0;
    let bytes = subject.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let sep = [&b", and "[..], b" and ", b" & ", b", "]
            .into_iter()
            .find(|w| bytes[i..].len() >= w.len() && bytes[i..i + w.len()].eq_ignore_ascii_case(w));
        match sep {
            Some(w) => {
                spans.push((from, i));
                i += w.len();
                from = i;
            }
            None => i += 1,
        }
    }
    spans.push((from, subject.len()));
    if !(2..=6).contains(&spans.len()) {
        return None;
    }
    // "Both operating profit and net sales".
    if subject
        .get(..5)
        .is_some_and(|w| w.eq_ignore_ascii_case("both "))
        && spans[0].1 > 5
    {
        spans[0].0 = 5;
    }
    let words = |(s, e): (usize, usize)| subject[s..e].split(' ').filter(|w| !w.is_empty());
    let named = spans.iter().all(|&sp| {
        words(sp)
            .next_back()
            .is_some_and(|w| !TIME_SUBJECT.contains(w) && w.chars().any(char::is_alphabetic))
            && !names_nothing(subject, sp.0, sp.1)
    });
    let related = words(spans[0]).any(|w| CONJUNCT_PREPOSITIONS.contains(w));
    // "U.S. and Japanese bond yields", "Advertising and circulation revenues": one word before
    // a last part of several may share its head noun, which no part but the last would name.
    let (last, rest) = spans.split_last()?;
    let shared_head =
        words(*last).nth(1).is_some() && rest.iter().any(|&sp| words(sp).nth(1).is_none());
    (named && !related && !shared_head).then_some(spans)
}

/// How far after a move's clause `respectively` may stand and still be its (bytes): the word
/// closes the clause it lists figures in, and the bound keeps a long sentence linear.
const RESPECTIVELY_REACH: usize = 160;

/// "Total M2 and local M2 rose 32.5 pct and 23.9 pct on the year-ago month, respectively":
/// a move whose subject joins N things ([`conjuncts`]) and whose change, level or `from` is
/// the first of a list of N figures joined by `and` or commas, with `respectively` after its
/// subject and soon after its clause, is N moves, each thing with its own figures (a figure
/// said once is each one's: "were each up 22 cts a barrel to 19.40 dlrs and 19.16 dlrs a
/// barrel, respectively"). A figure of the list that another slot took is none of that
/// slot's ("stood unchanged at 191.15 and 955.75 ringgit per tonne respectively" changed
/// nothing). The moves keep the clause's span, to the list's last figure. The word is looked
/// for as written in lowercase, as news writes it.
fn respectively(
    lx: &Lexed<'_>,
    its: &[Item],
    facts: &[Fact],
    moves: &mut Vec<Move>,
    first_move: usize,
) {
    static WORD: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"respectively"));
    let text = lx.text();
    // Most sentences have no move, or no such word: one search of the sentence's bytes.
    let (Some(&a), Some(&b)) = (its.first(), its.last()) else {
        return;
    };
    let sentence = text
        .as_bytes()
        .get(item_span(a, facts).0..item_span(b, facts).1)
        .unwrap_or_default();
    if moves.len() == first_move
        || WORD.find(sentence).is_none()
        || !moves[first_move..]
            .iter()
            .any(|m| m.subject.contains(" and ") || m.subject.contains(" & "))
    {
        return;
    }
    let said: Vec<usize> = its
        .iter()
        .filter(|&&it| word_eq(text, it, "respectively"))
        .map(|&it| item_span(it, facts).0)
        .collect();
    // The sentence's moves again, each split or as it was: one pass, no shifting. The word is
    // a move's only before the next move starts.
    let read: Vec<Move> = moves.drain(first_move..).collect();
    let mut starts: Vec<usize> = read.iter().map(|m| m.start).collect();
    starts.sort_unstable();
    for m in read {
        let next = starts
            .get(starts.partition_point(|&st| st < m.end))
            .copied();
        let before_next = &said[..said.partition_point(|&at| next.is_none_or(|n| at < n))];
        match split_move(lx, its, facts, &m, before_next) {
            Some(parts) => moves.extend(parts),
            None => moves.push(m),
        }
    }
}

/// The moves [`respectively`] makes of `m`, if it makes any; `said` is where the word stands
/// in the sentence before the next move, in order.
fn split_move(
    lx: &Lexed<'_>,
    its: &[Item],
    facts: &[Fact],
    m: &Move,
    said: &[usize],
) -> Option<Vec<Move>> {
    let text = lx.text();
    let ss = m.start + text.get(m.start..m.end)?.find(m.subject.as_str())?;
    let se = ss + m.subject.len();
    let said = *said
        .get(said.partition_point(|&at| at < se))
        .filter(|&&at| at <= m.end + RESPECTIVELY_REACH)?;
    let parts = conjuncts(&m.subject)?;
    let n = parts.len();
    // The lists of figures after the subject, up to the word or the move's end.
    let reach = said.max(m.end);
    let from_subject = its.partition_point(|&it| item_span(it, facts).0 < se);
    let sep = |it: Item| is_sym(text, it, ",") || is_sym(text, it, "&") || word_eq(text, it, "and");
    let amount = |it: Item| matches!(it, Item::Fact(f) if is_amount(&facts[f]));
    // Which slot (change, level, `from`) each list of N fills: the one whose figure is the
    // list's first, in its unit. A list that fills none is left (its first figure rescaled:
    // "from 100 and 12" after "120 mln dlrs").
    // Whether a measure is a figure's, of either sign.
    let same_size = |x: &Measure, f: &Fact| {
        x.value
            .zip(f.value)
            .is_some_and(|(a, b)| a.abs() == b.abs())
    };
    let slot_of_list = |list: &[usize]| {
        let f0 = &facts[list[0]];
        [&m.change, &m.level, &m.from].iter().position(|ms| {
            ms.as_ref()
                .is_some_and(|x| x.low.is_none() && same_size(x, f0))
        })
    };
    let mut slots: [Option<Vec<usize>>; 3] = [None, None, None];
    let mut j = from_subject;
    while j < its.len() && item_span(its[j], facts).0 < reach {
        if !amount(its[j]) {
            j += 1;
            continue;
        }
        // "by 3.4 % and by 0.4 %": the word before the first may open each.
        let opener = j.checked_sub(1).and_then(|b| word_text(text, its[b]));
        let mut list = Vec::with_capacity(n);
        let mut at = j;
        while let Item::Fact(f) = its[at] {
            list.push(f);
            let mut x = at + 1;
            while x < its.len() && sep(its[x]) {
                x += 1;
            }
            if x == at + 1 {
                at = x;
                break;
            }
            if opener.is_some() && its.get(x).and_then(|&w| word_text(text, w)) == opener {
                x += 1;
            }
            // "by 20, seven and one": a list that goes on past its figures is longer than
            // read.
            match its.get(x) {
                Some(&it) if amount(it) => at = x,
                Some(&it)
                    if matches!(it, Item::Fact(_))
                        || word_text(text, it)
                            .is_some_and(|t| NUMBER_WORD.longest(t).is_some()) =>
                {
                    return None;
                }
                _ => {
                    at = x;
                    break;
                }
            }
        }
        j = at.max(j + 1);
        if list.len() == 1 {
            continue;
        }
        if list.len() != n {
            return None;
        }
        if let Some(slot) = slot_of_list(&list) {
            slots[slot].get_or_insert(list);
        }
    }
    if slots.iter().all(Option::is_none) {
        return None;
    }
    // A figure of a list is no other slot's: the listed figures after the first, by value
    // and unit.
    let listed: Vec<&Fact> = slots
        .iter()
        .flatten()
        .flat_map(|l| l[1..].iter().map(|&f| &facts[f]))
        .collect();
    let end = slots
        .iter()
        .flatten()
        .filter_map(|l| l.last())
        .map(|&f| facts[f].end)
        .fold(m.end, usize::max);
    let mut out = Vec::with_capacity(n);
    for (i, &(ps, pe)) in parts.iter().enumerate() {
        let mut each = m.clone();
        let measures = [&mut each.change, &mut each.level, &mut each.from];
        for (slot, ms) in measures.into_iter().enumerate() {
            match &slots[slot] {
                Some(list) => {
                    if i > 0
                        && let Some(lead) = ms.as_ref()
                    {
                        let mut x = measure(&facts[list[i]], slot == 0);
                        if x.unit.is_none() {
                            x.unit = lead.unit.clone();
                        }
                        if x.unit == lead.unit && x.per.is_none() {
                            x.per = lead.per.clone();
                        }
                        // A level or `from` on the other side of zero stays so: a loss
                        // (`lost 87 mln and 20 mln dlrs`), a profit before a loss.
                        if slot > 0
                            && lead
                                .value
                                .zip(facts[list[0]].value)
                                .is_some_and(|(a, b)| !b.is_zero() && a == -b)
                        {
                            x = negated(x);
                        }
                        *ms = Some(x);
                    }
                    // "to 19.40 dlrs and 19.16 dlrs a barrel": one rate for the list.
                    let last = &facts[list[n - 1]];
                    if let Some(x) = ms.as_mut()
                        && x.per.is_none()
                        && x.unit == last.unit
                    {
                        x.per = last.per.clone();
                    }
                }
                None => {
                    if ms
                        .as_ref()
                        .is_some_and(|x| listed.iter().any(|f| x.unit == f.unit && same_size(x, f)))
                    {
                        *ms = None;
                    }
                }
            }
        }
        // "were 12 mln and 50 mln dlrs, compared with 10 mln and 55 mln": each part goes the
        // way its own figures go where the text says none.
        if slots[1].is_some() && slots[2].is_some() {
            each.direction =
                implied_direction(each.level.as_ref(), each.from.as_ref(), None).or(m.direction);
        }
        each.subject = m.subject[ps..pe].into();
        each.asset = asset_of(lx, ss + ps, ss + pe);
        each.end = end;
        each.text = text[each.start..end].into();
        out.push(each);
    }
    Some(out)
}

/// Words that name a loss, and those that name a profit, for [`other_side`].
#[rustfmt::skip]
static LOSS_WORDS: WordList = WordList::new(&["loss", "losses", "deficit", "deficits"]);
#[rustfmt::skip]
static PROFIT_WORDS: WordList = WordList::new(&[
    "profit", "profits", "surplus", "surpluses", "income", "earnings", "ebit", "ebitda", "net",
    "eps",
]);

/// Which side of zero words name: a loss (`net loss`, `deficit`) or a profit (`profit`,
/// `EBIT`, `Net`); a loss word wins (`a net loss` is a loss).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Loss,
    Profit,
}

fn side_of<'w>(words: impl IntoIterator<Item = &'w str>) -> Option<Side> {
    let mut side = None;
    for w in words {
        if LOSS_WORDS.contains(w) {
            return Some(Side::Loss);
        }
        if PROFIT_WORDS.contains(w) {
            side = Some(Side::Profit);
        }
    }
    side
}

/// The side the words just before the figure `its[at]` name: up to `reach` words back, to
/// the figure or the word of comparison before (`a profit of`, `a net loss of`).
fn label_side(text: &str, its: &[Item], at: usize, reach: usize) -> Option<Side> {
    let label = its[at.saturating_sub(reach)..at]
        .iter()
        .rev()
        .take_while(|&&it| matches!(it, Item::Word { .. }) && !word_is(text, it, &COMPARED_WORDS))
        .filter_map(|&it| word_text(text, it));
    side_of(label)
}

/// A figure counted in a profit's terms by its own label: below zero for a loss, above for
/// a profit.
fn on_side(m: Measure, side: Side) -> Measure {
    let below = side == Side::Loss;
    if m.value.is_some_and(|v| v.is_sign_negative() != below) {
        negated(m)
    } else {
        m
    }
}

/// The side of zero a subject's words name (`net loss`, `operating profit`), if any.
fn subject_side(text: &str, (ss, se): (usize, usize)) -> Option<Side> {
    side_of(text[ss..se].split(|c: char| !c.is_alphanumeric()))
}

/// Whether the level at `its[level_at]` is a loss of a subject that names a profit, so below
/// zero: "Earnings per share EPS in the first quarter amounted to a loss of EUR0 .20" is
/// -0.20 (a loss's own level stays its size: "net loss narrowed to 5 mln").
fn level_below_zero(
    text: &str,
    its: &[Item],
    (ss, se): (usize, usize),
    level_at: Option<usize>,
) -> bool {
    // The label's words after the subject only: "followed an April surplus of 38.66 billion"
    // is no loss.
    let loss = |l: usize| {
        its[l.saturating_sub(6)..l]
            .iter()
            .rev()
            .take_while(|&&it| {
                matches!(it, Item::Word { start, .. } if start >= se)
                    && !word_is(text, it, &COMPARED_WORDS)
            })
            .any(|&it| word_is(text, it, &LOSS_WORDS))
    };
    // A label of the figure ends in `of` right before it ("a loss of EUR0 .20"; not
    // "Operating profit excluding one-off losses was EUR 12 mn").
    level_at.is_some_and(|l| l > 0 && word_eq(text, its[l - 1], "of") && loss(l))
        && subject_side(text, (ss, se)) == Some(Side::Profit)
}

/// Whether the figure `its[at]` lies on the other side of zero from the move: its label
/// names a loss and the subject (or the level's own label, `a loss of`, at `level_at`) a
/// profit, or the other way (`Pretax loss ..., down from a profit of EUR 2.1 mn`, `EBIT ...,
/// compared to a loss of EUR 0.3 mn`).
fn other_side(
    text: &str,
    its: &[Item],
    (ss, se): (usize, usize),
    level_at: Option<usize>,
    cue: &CueAt,
    at: usize,
) -> bool {
    let Some(figure) = label_side(text, its, at, 4) else {
        return false;
    };
    // The level's label may reach further: "a loss for the period of EUR 0.4 mn".
    let moved = level_at
        .and_then(|l| label_side(text, its, l, 6))
        .or_else(|| subject_side(text, (ss, se)))
        // "The company reports a loss ... compared to a loss of EUR 1.9 mn".
        .or_else(|| {
            side_of(
                its[cue.at..cue.next]
                    .iter()
                    .filter_map(|&w| word_text(text, w)),
            )
        });
    // A loss before a move that names no side ("Operating result rose to EUR 146mn from a
    // loss of EUR 267mn") is below zero too.
    match figure {
        Side::Loss => moved != Some(Side::Loss),
        Side::Profit => moved == Some(Side::Loss),
    }
}

/// Verbs of comparing, whose `with` opens the figure compared, no part's figure.
static COMPARING: WordList = WordList::new(&["compared", "compares", "compare", "comparing"]);

/// Words that open the figure a move is compared with, where its label ends.
#[rustfmt::skip]
static COMPARED_WORDS: WordList = WordList::new(&[
    "from", "vs", "versus", "against", "compared", "with", "to", "up", "down",
]);

/// Words of a way said of a figure: before a `from` without a verb (`, down from a profit
/// of`), or after a figure of its own (`to trade 7.8% higher`).
static WAY_WORDS: WordList = WordList::new(&["up", "down", "higher", "lower"]);

/// The head word of a subject: its last, but for a rate's (the head of "Earnings per share" is
/// "Earnings").
fn subject_head(subject: &str) -> Option<&str> {
    let mut rev = subject.rsplit(' ');
    let last = rev.next();
    match (rev.next(), rev.next()) {
        (Some(per), Some(h)) if per.eq_ignore_ascii_case("per") => Some(h),
        _ => last,
    }
}

/// Whether the words naming a figure compared with (`up from earnings of`) name a metric
/// other than the subject's head (`revenues`), but for two sides of zero (`net income ... up
/// from a loss of`).
fn names_other_metric(text: &str, words: &[Item], subject: &str) -> bool {
    let Some(head) = subject_head(subject).filter(|h| METRIC_NOUNS.contains(h)) else {
        return false;
    };
    let stem = |w: &str| w.strip_suffix(['s', 'S']).unwrap_or(w).to_ascii_lowercase();
    let mut per = false;
    words.iter().filter_map(|&w| word_text(text, w)).any(|w| {
        // Not a rate's `per share`.
        let rate = std::mem::replace(&mut per, w.eq_ignore_ascii_case("per"));
        !rate
            && METRIC_NOUNS.contains(w)
            && stem(w) != stem(head)
            && !(side_of([w]).is_some() && side_of([head]).is_some())
    })
}

/// Whether `its[at]` is the `with` or `to` of `compared with`, `comparing to`.
fn compared_with(text: &str, its: &[Item], at: usize) -> bool {
    at > 0 && word_is(text, its[at], &["with", "to"]) && word_is(text, its[at - 1], &COMPARING)
}

/// Which way a move went, given the way the text states (`stated`: a cue's, or a word of the
/// way in the move) and its level and the level it came from, which say a way where both are
/// exact figures of the same unit and rate. Both figures are on the subject's side of zero
/// (a profit before a loss is a negative `from`), so a loss after a profit went up: the loss
/// grew. Across zero, a stated way that says the other speaks of the result, not the subject
/// (`Pretax loss EUR 1.2 mn , down from a profit`), so which way is left unsaid rather than
/// contradicted; one that agrees stands (`EBIT EUR 0.3 mn , up from a loss`). On one side,
/// the stated way stands.
fn implied_direction(
    level: Option<&Measure>,
    from: Option<&Measure>,
    stated: Option<Direction>,
) -> Option<Direction> {
    let figures = (|| {
        let (l, f) = (level?, from?);
        let (lv, fv) = (l.value?, f.value?);
        if l.unit != f.unit || l.per != f.per {
            return None;
        }
        let way = match lv.cmp(&fv) {
            std::cmp::Ordering::Greater => Direction::Up,
            std::cmp::Ordering::Less => Direction::Down,
            std::cmp::Ordering::Equal => Direction::Flat,
        };
        Some((way, lv.is_sign_negative() != fv.is_sign_negative()))
    })();
    match (figures, stated) {
        (Some((way, true)), Some(said)) if said != way => None,
        (_, Some(said)) => Some(said),
        (Some((way, _)), None) => Some(way),
        (None, None) => None,
    }
}

/// The power of a thousand by which a figure's words scale its digits (`EUR 103.4 mn`: a
/// million); one for digits alone (`EUR 23.2`); none where its value is not its digits so
/// scaled (`45 cts`, `five mln`, `37,7`).
fn written_scale(f: &Fact) -> Option<Decimal> {
    f.digits_ratio().filter(|&r| power_of_a_thousand(r))
}

/// Gives a level `l` (of fact `lf`) and the level it came from `f` (of fact `ff`), in one unit
/// but not a percent, one scale: the one that writes digits alone takes the other's scale word
/// where that brings the two within ten times ("rose to EUR 103.4 mn from EUR 23.2", "to 4.80
/// revenue passenger miles from 3.50 billion", "Turnover 183.8 mln stg vs 348.0").
fn one_scale(l: &mut Measure, lf: &Fact, f: &mut Measure, ff: &Fact) {
    // Figures already within ten times of each other need no scale: a thousand would part them.
    if l.unit != f.unit
        || lf.kind == Kind::Percent
        || ff.kind == Kind::Percent
        || l.value.is_none()
        || f.value.is_none()
        || crate::scan::within(l.value, f.value, 10)
    {
        return;
    }
    match (written_scale(lf), written_scale(ff)) {
        (Some(ls), Some(fs)) if fs == Decimal::ONE => rescale(f, ls, l.value),
        (Some(ls), Some(fs)) if ls == Decimal::ONE => rescale(l, fs, f.value),
        _ => {}
    }
}

/// Scales `m`, a figure in digits alone, by `scale`, the power of a thousand of the figure
/// beside it (of value `other`), where that brings the two within ten times of each other.
fn rescale(m: &mut Measure, scale: Decimal, other: Option<Decimal>) {
    if scale == Decimal::ONE {
        return;
    }
    let Some(scaled) = m.value.and_then(|v| v.checked_mul(scale)) else {
        return;
    };
    if crate::scan::within(Some(scaled), other, 10) {
        m.value = Some(scaled.normalize());
    }
}

/// Gives the change `ch` (of fact `cf`) or the level `l` (of fact `lf`), where one is a
/// bare number, the other's unit of an amount (not a relative one: "up 5 pct to 118.5" is
/// an index's level), and its scale where the bare one elides it ("declined 75.4 mln dlrs
/// to 104.0", "totaled 17 mln bpd, up 1.5": smaller than the other as written, and
/// within a thousand times of it once scaled). A minor unit's hundredth goes with it from
/// the level to the change ("down 15.59 at 108.00 cents a lb": 0.1559 USD); a level beside
/// a change in a minor unit is in either unit, as [`level_beside_minor`] reads it ("fell 10
/// pfennigs to 103.20" is a price in marks, "up 4-1/2p to 90-1/2" one in pence). Money or
/// points in words give their unit as digits do ("rose two points to 48-3/4", "one penny
/// to 488"). A word that is no whole number takes nothing ("net sales of 81 million euros,
/// an increase by one-tenth").
fn share_unit(ch: &mut Measure, cf: &Fact, l: &mut Measure, lf: &Fact) {
    let bare = |m: &Measure, f: &Fact| {
        m.unit.is_none() && m.per.is_none() && f.kind == Kind::Number && f.noun.is_none()
    };
    let amount = |m: &Measure| {
        m.unit
            .as_deref()
            .is_some_and(|u| !matches!(u, "%" | "pp" | "bp"))
    };
    let (giver, gf, taker, tf, to_change) = if bare(l, lf) && amount(ch) {
        (&*ch, cf, l, lf, false)
    } else if bare(ch, cf) && amount(l) {
        (&*l, lf, ch, cf, true)
    } else {
        return;
    };
    let ratio = match gf.digits_ratio() {
        Some(r) => r.abs(),
        // Money or points in words: a minor unit's hundredth (`a penny`, `four cents`), or
        // one for a whole number with no scale word (`eight schillings`, `two points`; not
        // `two billion dlrs`), where the change is smaller than the level (`nine dlrs lower
        // to seven` is a range of changes).
        None if matches!(gf.kind, Kind::Money | Kind::Points) => {
            let smaller = giver.value.zip(taker.value).is_some_and(|(g, t)| {
                let (change, level) = if to_change { (t, g) } else { (g, t) };
                change.abs() < level.abs() && g.abs() < Decimal::from(1000)
            });
            if crate::scan::in_minor_unit(gf) {
                HUNDREDTH
            } else if gf.own_ratio() == Some(Decimal::ONE) && smaller {
                Decimal::ONE
            } else {
                return;
            }
        }
        None => return,
    };
    // The taker's own ratio: one for digits alone, or for a whole number in words.
    let own = tf.own_ratio();
    if ratio == HUNDREDTH {
        if own != Some(Decimal::ONE) {
            return;
        }
        if to_change {
            times(taker, HUNDREDTH);
        } else if !level_beside_minor(taker, giver, tf) {
            return;
        }
    } else if power_of_a_thousand(ratio) {
        if own.is_none() {
            return;
        }
        let scaled = taker.value.and_then(|v| v.checked_mul(ratio));
        if ratio > Decimal::ONE
            && own == Some(Decimal::ONE)
            && taker
                .value
                .zip(giver.value)
                .is_some_and(|(t, g)| t.abs() < g.abs())
            && crate::scan::within(scaled, giver.value, 1000)
        {
            times(taker, ratio);
        }
    } else {
        return;
    }
    taker.unit = giver.unit.clone();
    taker.per = giver.per.clone();
}

/// Reads the bare level `l` (of fact `lf`) beside the change `ch` in a minor unit, and says
/// whether it takes the change's unit. The level is in the minor unit where it is written
/// without a point (pence: `down 4p to 567`, `up 4-1/2p to 90-1/2`), or where the change
/// would be less than a ten-thousandth of it in the major unit (`up 0.35 cent to 49.35`,
/// cents a gallon); in the major unit otherwise (`fell 10 pfennigs to 103.20`, `up 1-1/2
/// cents at 2.92`). Neither where the change is no smaller than the level so read, nor a
/// major unit's level below one (`0.17 cent higher to 0.25`: a market report's range).
fn level_beside_minor(l: &mut Measure, ch: &Measure, lf: &Fact) -> bool {
    let (Some(level), Some(change)) = (l.value, ch.value.map(|v| v.abs())) else {
        return false;
    };
    let in_minor = level.checked_mul(HUNDREDTH).unwrap_or(level);
    let tiny = change
        .checked_mul(Decimal::from(10_000))
        .is_some_and(|c| c < level);
    if (!lf.text.contains('.') || tiny) && change < in_minor {
        times(l, HUNDREDTH);
        true
    } else {
        level >= Decimal::ONE && change < level
    }
}

/// A minor unit's share of its major one (`cents` of a dollar).
const HUNDREDTH: Decimal = Decimal::from_parts(1, 0, 0, false, 2);

/// Each of a measure's figures times `by`; the measure left whole where one would overflow.
fn times(m: &mut Measure, by: Decimal) {
    let f = |v: Option<Decimal>| match v {
        Some(v) => v.checked_mul(by).map(|v| Some(v.normalize())),
        None => Some(None),
    };
    if let (Some(value), Some(low), Some(high)) = (f(m.value), f(m.low), f(m.high)) {
        (m.value, m.low, m.high) = (value, low, high);
    }
}

/// A level or `from` with no unit takes the other's: its unit and its rate, and a minor
/// unit's hundredth where its figure is a whole number alone (`rose to 12 from 10 cents a
/// pound` has level 0.12 USD per lb; not `rose to 95 cents from 1.10`, which the hundredth
/// would put a hundred times apart). Not from a figure in words of no whole value unless the
/// two are within ten times of each other as they stand (`from five U.S. Cents per lb`,
/// whose hundredth the words do not tell, lends none to `around eight`).
fn take_unit(taker: &mut Measure, tf: Option<&Fact>, giver: &Measure, gf: Option<&Fact>) {
    let near = |v: Option<Decimal>| crate::scan::within(v, giver.value, 10);
    let own = taker.value.or(taker.high);
    match gf.map(Fact::own_ratio) {
        // In the minor unit where that puts the two within ten times of each other (`rose to
        // 95 cents from 1.10` is in dollars).
        Some(Some(r)) if r.abs() == HUNDREDTH => {
            if tf.and_then(Fact::own_ratio) == Some(Decimal::ONE)
                && near(own.and_then(|v| v.checked_mul(HUNDREDTH)))
            {
                times(taker, HUNDREDTH);
            } else if !near(own) {
                return;
            }
        }
        // A figure in words of no whole value, which may be a minor unit's: its unit where
        // the two are near as they stand (`to 1.5 from half a percent`).
        Some(None) if giver.value.is_some() && !near(own) => return,
        // A whole, a scaled figure, a range, or one not read here.
        _ => {}
    }
    taker.unit = giver.unit.clone();
    if taker.per.is_none() {
        taker.per = giver.per.clone();
    }
}

/// Whether the time at item `k` is that of what a figure is compared with, no time of the
/// move: "down 12.5 pct on last year", "up 9.7 % on the same period in 2009", "up 28.6% to
/// last year", "-0.1%, the same as in the three months to December".
fn compared_time(text: &str, its: &[Item], k: usize) -> bool {
    let mut j = k;
    while j > 0
        && (word_is(text, its[j - 1], &COMPARED_PERIOD) || word_is(text, its[j - 1], &PERIOD_WORDS))
    {
        j -= 1;
    }
    // Right after the word, or after a period said to be the same one ("on the month in
    // December", "quarter on quarter in October" are no such); or after "the same as".
    (j > 0
        && word_is(text, its[j - 1], &COMPARISON_BASES)
        && (j == k || its[j..k].iter().any(|&w| word_is(text, w, &SAME_PERIOD))))
        || (k >= 2 && word_eq(text, its[k - 1], "as") && word_is(text, its[k - 2], &SAME_PERIOD))
}

/// Whether `rest`, the text right after a time, makes it a possessive: `Last month's rate`,
/// `from last year's 4 mln`, tokenized `last month ' s`.
fn possessive_after(rest: &str) -> bool {
    ["'s", "’s", " ' s", " 's"]
        .iter()
        .any(|p| rest.starts_with(p))
}

/// Whether the time at item `k` is a superlative's after item `floor` (the cue's next), no
/// time of the move: `its lowest level since June 2003`, `the highest since 1971`, `the
/// highest level in 15 years`, `for the first time since August 1981`.
fn after_superlative(text: &str, its: &[Item], k: usize, floor: usize) -> bool {
    let before = its
        .get(k.saturating_sub(4).max(floor)..k)
        .unwrap_or_default();
    before.iter().any(|&w| word_is(text, w, &SUPERLATIVES))
        // "for the first time since August 1981".
        || before
            .windows(2)
            .any(|p| word_eq(text, p[0], "first") && word_eq(text, p[1], "time"))
}

/// Words of a rank among times (see [`after_superlative`]).
#[rustfmt::skip]
static SUPERLATIVES: WordList = WordList::new(&[
    "highest", "lowest", "biggest", "largest", "smallest", "strongest", "weakest", "best",
    "worst", "sharpest", "steepest", "fastest", "slowest", "greatest",
]);

/// Words before a time that say it is what a figure is compared with (see
/// [`compared_time`]).
#[rustfmt::skip]
static COMPARISON_BASES: WordList = WordList::new(&[
    "on", "over", "versus", "vs", "against", "than", "to",
]);
/// Words of a period between a [`COMPARISON_BASES`] word and a time, with the
/// [`PERIOD_WORDS`]: `on the same period in`.
#[rustfmt::skip]
static COMPARED_PERIOD: WordList = WordList::new(&[
    "the", "same", "corresponding", "comparable", "prior", "previous", "time",
]);
/// Words that say a [`COMPARED_PERIOD`] is the one compared with, so that the time after it
/// is that one's.
#[rustfmt::skip]
static SAME_PERIOD: WordList = WordList::new(&["same", "corresponding", "comparable"]);

/// The one currency of the money among `facts` from `first` (a sentence's first) that
/// starts before `at`; none where there is none or more than one.
fn money_before(facts: &[Fact], first: usize, at: usize) -> Option<&Cow<'static, str>> {
    let mut unit = None;
    for f in facts.get(first..)?.iter().take_while(|f| f.start < at) {
        if f.kind != Kind::Money || f.per.is_some() {
            continue;
        }
        match (unit, &f.unit) {
            (None, Some(u)) => unit = Some(u),
            (Some(a), Some(b)) if a != b => return None,
            _ => {}
        }
    }
    unit
}

/// A measure on the other side of zero.
fn negated(m: Measure) -> Measure {
    Measure {
        value: m.value.map(|v| -v),
        low: m.high.map(|v| -v),
        high: m.low.map(|v| -v),
        ..m
    }
}

/// Words after a figure that make it one expected, no earlier figure: `versus $1.1 billion
/// expected`.
const EXPECTED: [&str; 9] = [
    "expected",
    "estimated",
    "estimate",
    "estimates",
    "forecast",
    "forecasts",
    "consensus",
    "expectations",
    "projected",
];

/// Whether a level `l` and the figure `f` it is said to have come from lie against the way
/// `d` of the move: up to a level below it, or down to one above.
fn against_the_way(d: Direction, l: Option<Decimal>, f: Option<Decimal>) -> bool {
    match (d, l, f) {
        (Direction::Up, Some(l), Some(f)) => l < f,
        (Direction::Down, Some(l), Some(f)) => l > f,
        _ => false,
    }
}

/// Whether `span` holds one of `phrases` (ASCII, in any case): `to the`, `per` of a rate
/// quoted per currency ("climbed to 43 per US dollar").
fn holds_phrase(span: &[u8], phrases: &[&[u8]]) -> bool {
    phrases
        .iter()
        .any(|q| span.windows(q.len()).any(|w| w.eq_ignore_ascii_case(q)))
}

/// Words that open a clause of their own before a comma ("After the merger, sales and
/// profits rose"): a list's comma past one is the clause's end.
#[rustfmt::skip]
static SUBORDINATORS: WordList = WordList::new(&[
    "after", "as", "despite", "following", "since", "although", "though", "while", "when",
    "because", "if", "unless", "before", "until", "whereas", "amid", "once",
]);

/// Whether the word `its[k]` opens its sentence or a clause: the first item, a capital, or
/// after `that` or a symbol ("After the merger, sales ... rose", "said that after the
/// merger, ..."; not the contrast of "had fallen 3.5 pct while household electricals,
/// clothing and textiles were down").
fn opens_clause(text: &str, its: &[Item], k: usize, floor: usize) -> bool {
    k == floor
        || word_text(text, its[k]).is_some_and(|w| w.starts_with(char::is_uppercase))
        || k.checked_sub(1)
            .is_some_and(|p| word_eq(text, its[p], "that") || matches!(its[p], Item::Sym { .. }))
}

/// Adverbs that open a sentence before a comma, no item of a list ("Overall, sales and
/// profits rose"; most in -ly are read by their ending).
#[rustfmt::skip]
static SENTENCE_ADVERBS: WordList = WordList::new(&[
    "overall", "meanwhile", "however", "moreover", "separately", "elsewhere", "nevertheless",
    "nonetheless", "indeed", "instead", "besides", "furthermore", "likewise", "still",
    "yet", "again", "first", "second", "third", "finally", "later", "earlier", "today",
    "yesterday", "here", "there", "otherwise", "altogether",
]);

/// Whether `its[p]` is a comma of a list of nouns whose last one the subject's items up to
/// `end` hold after `and` or `or`: "output from factories, mines and utilities", "finance
/// houses, retailers, bank credit cards and other specialist providers". The list's items
/// after the comma are words, three at most each, none a preposition or a boundary of a
/// subject; the word before it is none either, nor a word of time or an adverb ("In 1986,
/// Japanese imports and exports", "Last year, paper and paperboard production").
fn list_comma(text: &str, its: &[Item], p: usize, end: usize) -> bool {
    let plain = |w: Item| {
        matches!(w, Item::Word { .. })
            && !word_is(text, w, &SUBJECT_PREPOSITIONS)
            && !word_is(text, w, &SUBJECT_BOUNDARY)
    };
    if !is_sym(text, its[p], ",")
        || !its.get(p.wrapping_sub(1)).is_some_and(|&w| {
            plain(w)
                && !word_is(text, w, &TIME_WORDS)
                && !word_is(text, w, &NO_SUBJECT_OPENERS)
                && !word_is(text, w, &SENTENCE_ADVERBS)
                && !ly_adverb(text, w)
        })
    {
        return false;
    }
    let mut words = 0;
    for &w in its.get(p + 1..end.saturating_sub(1)).unwrap_or_default() {
        // A joiner right after the comma joins clauses: "Demand was weak, and sales and
        // profits fell".
        if word_is(text, w, &["and", "or"]) {
            return words > 0;
        }
        if words > 0 && is_sym(text, w, ",") {
            words = 0;
        } else if plain(w) && words < 3 {
            words += 1;
        } else {
            return false;
        }
    }
    false
}

/// Whether `its[j]` is the comma inside a date, between a day and a year: "December 31,
/// 1986".
fn date_comma(text: &str, its: &[Item], j: usize) -> bool {
    let digits = |i: usize| {
        its.get(i)
            .and_then(|&it| word_text(text, it))
            .filter(|w| w.bytes().all(|b| b.is_ascii_digit()))
    };
    is_sym(text, its[j], ",")
        && j > 0
        && digits(j - 1).is_some()
        && digits(j + 1).is_some_and(|w| w.len() == 4)
}

/// Words that no phrase of when or where between an amount and its cue holds (see
/// [`lead_amount`]): they join a clause of their own.
static LEAD_STOPS: WordList = WordList::new(&[
    "but", "while", "whereas", "compared", "against", "versus", "than", "which",
]);

/// Words that join a clause of their own before a copula (`after falling 0.3 pct in January
/// and output of consumer durables was up 2.1 pct`), but words of a phrase before a comma
/// (`in January and February, up 12 pct`, `in the quarter that ended June 30, up 10 pct`).
static LEAD_STOPS_BEFORE_COPULA: WordList = WordList::new(&["and", "that"]);

/// The amount a cue at item `lead` says moved, its level: the amount just before a comma or
/// a copula ("X of EUR 145.8 mn , up 27%", "revenue was $1.46 billion, an increase of
/// 17.5%", "sales of $652.0 million were up 10 percent", "revenue of $7.8 billion was
/// flat"), past a phrase of when or where ("operating profit of EUR 44.4 mn in
/// January-September 2009 , up from EUR 37.3 mn"), or right before a particle with the
/// change after it or a state (`adjacent`: "net sales of $5.1 billion up 14%", "DEC7 134
/// UNCH"). `after_per` is the rate of the first figure after the cue, if there is one: an
/// aside of the same rate is the level ("net income of 1.5 mln dlrs, or 23 cts a share, up
/// from 20 cts a share").
/// A noun after `representing` or `marking` leads from the word before them ("sales totaled
/// 106.2 million euros , representing a drop of 29 percent").
fn lead_amount(
    lx: &Lexed<'_>,
    its: &[Item],
    facts: &[Fact],
    lead: usize,
    floor: usize,
    adjacent: bool,
    after_per: Option<Option<&str>>,
) -> Option<usize> {
    let text = lx.text();
    let amount = |j: usize| matches!(its[j], Item::Fact(f) if is_amount(&facts[f]));
    if adjacent && lead > floor && amount(lead - 1) {
        return Some(lead - 1);
    }
    // "sales totaled 106.2 million euros , representing a drop of 29 percent".
    let lead = if lead > floor && word_is(text, its[lead - 1], &LEVEL_CHANGE_LINKS) {
        lead - 1
    } else {
        lead
    };
    if lead < floor + 2
        || !(is_sym(text, its[lead - 1], ",") || word_is(text, its[lead - 1], &COPULAS))
    {
        return None;
    }
    let copula = word_is(text, its[lead - 1], &COPULAS);
    let mut j = lead - 2;
    if amount(j) && !rate_base(text, its, j) {
        // Past an aside: "earnings of 1.5 mln dlrs, or 23 cts a share, up from 783,000 dlrs";
        // not where the figure after the cue is the aside's kind ("..., up from 20 cts a
        // share").
        let aside = j >= floor + 3
            && word_eq(text, its[j - 1], "or")
            && is_sym(text, its[j - 2], ",")
            && amount(j - 3)
            && !matches!((its[j], after_per), (Item::Fact(f), Some(Some(p)))
                if facts[f].per.as_deref() == Some(p));
        return Some(if aside { j - 3 } else { j });
    }
    // Back over a few words (and the dashes of "January-September", the comma of "October
    // 31, 1987") to "in", "for" or "during" right after an amount.
    let lo = floor.max(lead.saturating_sub(12));
    while j > lo {
        match its[j] {
            // Not back into a clause before: "volume rose six pct in February compared
            // with a year earlier but revenues were down seven pct".
            Item::Word { .. }
                if word_is(text, its[j], &LEAD_STOPS)
                    || (copula && word_is(text, its[j], &LEAD_STOPS_BEFORE_COPULA)) =>
            {
                return None;
            }
            Item::Word { .. } => {}
            Item::Sym { start, end } if matches!(&text[start..end], "-" | "/") => {}
            Item::Sym { .. } if date_comma(text, its, j) => {}
            _ => return None,
        }
        j -= 1;
        if amount(j) {
            // A preposition of when or where, or a time ("closed at 3.90 dlrs today, down 25
            // cents", "totaled 90.6 mln tons last year, up four pct").
            let after = its[j + 1];
            let bound = item_span(its[lead - 1], facts).0;
            return (word_is(text, after, &["in", "for", "during", "on"])
                || timing_at(lx, after, bound).is_some())
            .then_some(j);
        }
    }
    None
}

/// Whether the figure at `at` is what a rate is quoted for, no amount of a move: `1.244
/// marks per 100`, `150,000 yen per 2.4 tonne lot`, `Ecus per 100 kilos`.
fn rate_base(text: &str, its: &[Item], at: usize) -> bool {
    at > 0 && word_eq(text, its[at - 1], "per")
}

/// Whether the figure at `at` is a place in a ranking: a bare number after `the last`, `the
/// top` or `number` ("reached the last four", "fell to number two", "reached numbers 19 and
/// 10"), not one that counts what is ranked ("the top 10 banks").
fn rank(text: &str, its: &[Item], facts: &[Fact], mut at: usize) -> bool {
    loop {
        let Some(&Item::Fact(f)) = its.get(at) else {
            return false;
        };
        let fact = &facts[f];
        if fact.kind != Kind::Number || fact.unit.is_some() || fact.noun.is_some() || at == 0 {
            return false;
        }
        if word_is(text, its[at - 1], &["number", "numbers"])
            || (at > 1
                && word_is(text, its[at - 1], &["last", "top"])
                && word_eq(text, its[at - 2], "the"))
        {
            return true;
        }
        // The next of a list: "numbers 19 and 10".
        if at > 1 && word_is(text, its[at - 1], &["and", "or"]) {
            at -= 2;
        } else {
            return false;
        }
    }
}

/// A copula between a level and the cue that says how it moved: `sales of $652.0 million
/// were up 10 percent`.
const COPULAS: [&str; 4] = ["was", "were", "is", "are"];

/// The words that may stand between a metric noun and its level: `net income was $5 mln`.
const LEVEL_LINKS: [&str; 7] = ["was", "were", "of", "now", "is", "are", "at"];

/// Whether the token is a word (letters or digits: an item's word) of `list`, as
/// [`word_is`] tells of its item.
fn token_is(lx: &Lexed<'_>, t: &Token, list: &impl Words) -> bool {
    t.kind != LexKind::Symbol && list.has_lexed(t.word, lx.str_of(t))
}

/// Whether the sentence `text[lo..hi]` can hold a move, judged on its tokens before any item
/// is built: every move starts at a cue of the cue table, except the verbless levels, which
/// need a money or percent amount right after a metric noun, maybe with a word of
/// [`LEVEL_LINKS`] between, as [`verbless_levels`] reads them. (Conservative where a fact
/// ends inside a token: then its items are read. The token before a fact may be in an
/// earlier fact, whose item is no word; taking its word can only say yes more often.)
fn may_hold_move(lx: &Lexed<'_>, lo: usize, hi: usize, facts: &[Fact], first_fact: usize) -> bool {
    let toks = lx.tokens();
    let in_sentence = facts[first_fact.min(facts.len())..]
        .iter()
        .take_while(|f| f.start < hi);
    for f in in_sentence {
        let k = lx.index_at(f.end);
        if k == 0 || toks[k - 1].end() != f.end {
            return true;
        }
        if matches!(f.kind, Kind::Money | Kind::Percent) && f.value.is_some() {
            // The token before the fact, then the one before a link word.
            let mut before = toks[..lx.index_at(f.start)].iter().rev();
            let noun = match before.next() {
                Some(t) if token_is(lx, t, &LEVEL_LINKS) => before.next(),
                t => t,
            };
            if noun.is_some_and(|t| token_is(lx, t, &METRIC_NOUNS)) {
                return true;
            }
        }
    }
    // A cue is a whole entry of the cue table within the sentence, as `find_cues` looks for
    // it at each word ("the", "was" only begin longer cues).
    let first = lx.index_at(lo);
    toks[first..]
        .iter()
        .take_while(|t| t.start() < hi)
        .enumerate()
        .any(|(j, t)| {
            t.word.is_some_and(|id| {
                MOVE_CUE.starts_with_word(id)
                    && MOVE_CUE.longest_lexed_until(lx, first + j, hi).is_some()
            })
        })
}

/// The moves of one field. A row of a table that opens a text gets no period from the
/// story's title here: [`crate::extract`] reads the title for it.
pub fn find_moves(lx: &Lexed<'_>, field: Field, facts: &[Fact], sentences: &[usize]) -> Vec<Move> {
    find_moves_checked::<true>(lx, field, facts, sentences, None)
}

/// [`find_moves`] for a text whose document has `title`: the table that opens the text,
/// under no header, reports the period the title names ([`crate::timing::title_period`]).
/// The library gives the title for the first part of a text only: a later part's first
/// line opens no table (and a header is looked for within the part).
pub(crate) fn find_moves_titled(
    lx: &Lexed<'_>,
    field: Field,
    facts: &[Fact],
    sentences: &[usize],
    title: Option<&str>,
) -> Vec<Move> {
    find_moves_checked::<true>(lx, field, facts, sentences, title)
}

/// [`find_moves`]; `CHECK` says whether a sentence is first judged by [`may_hold_move`],
/// which only tests turn off, to compare.
fn find_moves_checked<const CHECK: bool>(
    lx: &Lexed<'_>,
    field: Field,
    facts: &[Fact],
    sentences: &[usize],
    title: Option<&str>,
) -> Vec<Move> {
    let text = lx.text();
    let mut moves = Vec::new();
    if facts.is_empty() && field != Field::Title {
        return moves;
    }
    let mut first_fact = 0;
    thread_local! {
        /// The item buffer of this thread's sentences, reused from one field to the next.
        static ITEMS: std::cell::Cell<Vec<Item>> = const { std::cell::Cell::new(Vec::new()) };
    }
    let mut item_buf = ITEMS.take();
    let mut cues = Vec::new();
    // The furthest end of the moves of the sentences read so far.
    let mut ends_by = 0;
    for (si, &lo) in sentences.iter().enumerate() {
        let hi = sentences.get(si + 1).copied().unwrap_or(text.len());
        while first_fact < facts.len() && facts[first_fact].start < lo {
            first_fact += 1;
        }
        // A move in the body needs an amount; only a title ("Oil price rises") may report
        // one without. Sentences without facts are skipped unread.
        let has_fact = facts.get(first_fact).is_some_and(|f| f.start < hi);
        if !has_fact && field != Field::Title {
            continue;
        }
        if CHECK && !may_hold_move(lx, lo, hi, facts, first_fact) {
            continue;
        }
        items(lx, lo, hi, facts, first_fact, &mut item_buf);
        let its = item_buf.as_slice();
        let first_move = moves.len();
        find_cues(lx, its, facts, hi, &mut cues);
        let mut last_subject: Option<(usize, usize)> = None;
        // "In the first four months of this year public debt rose": a time that opens the
        // sentence is no part of the first subject (the time is the moves', below).
        // Its first item and length, read once for the rule below the cues too.
        let opening_time = its
            .first()
            .copied()
            .filter(|&f| !word_is(text, f, &NO_PERIODS))
            .and_then(|f| Some((f, timing_at(lx, f, hi)?)))
            // "Last month's rate", "This week's yield": a time that a subject opens with.
            .filter(|&(f, len)| {
                !text
                    .get(item_span(f, facts).0 + len..)
                    .is_some_and(possessive_after)
            });
        let opening = opening_time
            .and_then(|(f, len)| {
                let end = item_span(f, facts).0 + len;
                its.iter().position(|&it| item_span(it, facts).0 >= end)
            })
            .unwrap_or(0);
        for (ci, c) in cues.iter().enumerate() {
            if c.breadth {
                continue;
            }
            let floor = if ci > 0 {
                cues[ci - 1].next
            } else {
                opening.min(c.at)
            };
            let limit = cues.get(ci + 1).map_or(its.len(), |n| n.at);
            let lead = if c.noun { c.np_start } else { c.at };
            let pre_comma_amount = (matches!(c.cue, Cue::Particle(_) | Cue::State(_)) || c.noun)
                .then(|| {
                    // A particle with its change after it, or a state ("134 UNCH", "5.5 pct
                    // unchanged"): the amount right before is the level.
                    let adjacent = matches!(c.cue, Cue::State(_))
                        || (matches!(c.cue, Cue::Particle(_))
                            && matches!(its.get(c.next), Some(Item::Fact(f)) if is_amount(&facts[*f])));
                    // The rate of the figure after the cue, which an aside's may match.
                    let after_per =
                        its[c.next.min(its.len())..]
                            .iter()
                            .take(3)
                            .find_map(|&it| match it {
                                Item::Fact(f) if is_amount(&facts[f]) => {
                                    Some(facts[f].per.as_deref())
                                }
                                _ => None,
                            });
                    lead_amount(lx, its, facts, lead, floor, adjacent, after_per)
                })
                .flatten();
            // The amount of the move just found: "Revenue rose to $1.46 billion, an increase
            // of 17.5%".
            let held = pre_comma_amount.is_some_and(|a| {
                let (s, e) = item_span(its[a], facts);
                moves.last().is_some_and(|m: &Move| {
                    m.sentence == si && m.field == field && m.start <= s && e <= m.end
                })
            });
            // Past a comma, as particles always were, or before the change; else the amount is
            // that of a move just found, or of a figure named before it ("revenue was $1.46
            // billion"), not "valued at 18.55 dlrs".
            let pre_comma_amount = pre_comma_amount.filter(|&a| {
                (matches!(c.cue, Cue::Particle(_) | Cue::State(_))
                    && (a + 2 == c.at || a + 1 == c.at))
                    || held
                    || a.checked_sub(1).is_some_and(|b| {
                        word_is(text, its[b], &METRIC_NOUNS)
                            || (b > floor
                                && word_is(text, its[b], &LEVEL_LINKS)
                                && word_is(text, its[b - 1], &METRIC_NOUNS))
                    })
            });
            // What did not happen is no move: "would have been 8% higher if currency
            // movements were stripped out", "public spending would have risen 1.1 pct ...
            // without the issue" (a verb right after `have`, not a noun cue).
            let mut b = c.at;
            if b > 0 && matches!(its[b - 1], Item::Fact(_)) {
                b -= 1;
            }
            let modal_have = |k: usize| {
                k >= 2
                    && word_is(text, its[k - 2], &MODALS_OF_THE_PAST)
                    && word_eq(text, its[k - 1], "have")
            };
            if (b >= 1 && word_eq(text, its[b - 1], "been") && modal_have(b - 1))
                || (!c.noun && modal_have(c.at))
            {
                continue;
            }
            // What a person loses is no market's: "pierce lost his sight at 22", "after
            // losing her mother at 25", "has lost her £7.5m sexism claim".
            if !c.noun
                && word_is(text, its[c.at], &LOSING)
                && its
                    .get(c.next)
                    .is_some_and(|&w| word_is(text, w, &PERSONAL_POSSESSIVES))
            {
                continue;
            }
            // A subject that names nothing ("priced", "the second half") is none; the
            // subject of the move before in the sentence may stand in for it ("GDP rose 0.7
            // pct over the previous quarter and was up 3.3 pct").
            let named =
                |sp: Option<(usize, usize)>| sp.filter(|&(s, e)| !names_nothing(text, s, e));
            // Whether the cue's figure follows an infinitive of where a market is quoted:
            // "to trade 7.8% higher", "to close 16% down".
            let quoted = {
                let mut b = c.at;
                if b > floor && matches!(its[b - 1], Item::Fact(_)) {
                    b -= 1;
                }
                (b >= floor + 2
                    && word_is(text, its[b - 1], &QUOTE_VERBS)
                    && word_eq(text, its[b - 2], "to"))
                .then(|| b - 2)
            };
            let before = |at: usize| named(subject_before(text, its, facts, at, floor));
            // Whether words found before a figure are a participle alone, that stood for the
            // sentence's subject: "Current world prices, holding steady at", "output was
            // running at about 14.7 mln bpd".
            let participle = |(s, e): (usize, usize)| {
                let w = &text[s..e];
                w.ends_with("ing") && !w.contains(' ')
            };
            let subject = if c.noun {
                // "a 5.5 pct increase in grocery store sales"; or "X reported a 20 pct rise".
                // Where what follows only frames the figure ("sales growth in range of 6 to 9
                // percent"), the noun right before the cue names what grew.
                let after = subject_after(lx, its, facts, c.next, limit);
                named(after)
                    .or_else(|| {
                        let (s, e) = after?;
                        (c.np_start == c.at && FRAME_HEADS.contains(&text[s..e]))
                            .then(|| before(c.at))
                            .flatten()
                    })
                    .or_else(|| pre_comma_amount.and_then(before))
                    .or_else(|| held.then_some(last_subject).flatten())
                    // "Crude prices rose 4.4 pct last month after a 19.7 pct rise in
                    // January": a noun after `after` that names nothing, in its words or
                    // after them (not "after a price rise", "after a 2 pct rise on Wall
                    // Street"), is the earlier move of the subject before it.
                    .or_else(|| {
                        let p = c.np_start.checked_sub(1)?;
                        (word_is(text, its[p], &["after", "following"])
                            && !c.loose
                            && names_nothing_after(lx, its, facts, c.next, hi))
                        .then_some(last_subject)
                        .flatten()
                    })
                    .or_else(|| {
                        let verb = c.np_start.checked_sub(1)?;
                        word_is(text, its[verb], &REPORTING)
                            .then(|| before(verb))
                            .flatten()
                    })
            } else if let Some(amount) = pre_comma_amount {
                // "net sales of EUR 145.8 mn , up from EUR 138.4 mn": the subject of the amount.
                let found = subject_before(text, its, facts, amount, floor);
                named(found).or(last_subject).or_else(|| {
                    found
                        .is_some_and(participle)
                        .then(|| named(sentence_subject(text, its, facts, amount)))
                        .flatten()
                })
            } else if let Some(to) = quoted {
                // "the market to open five points higher"; "before falling back to trade 7.8%
                // higher", "recovering to close 16% down": the infinitive's subject is the
                // clause's.
                let gerund = |&(s, e): &(usize, usize)| {
                    let w = &text[s..e];
                    w.ends_with("ing") && !w.contains(' ') && w.starts_with(char::is_lowercase)
                };
                before(to)
                    .filter(|sp| !gerund(sp))
                    .or(last_subject)
                    .or_else(|| named(sentence_subject(text, its, facts, c.at)))
            } else {
                // A gerund after "before"/"after" ("before falling back") has the sentence's
                // subject; so has a participle that stood for the subject.
                let gerund = word_text(text, its[c.at]).is_some_and(|w| w.ends_with("ing"));
                let found = subject_before(text, its, facts, c.at, floor);
                named(found).or(last_subject).or_else(|| {
                    (gerund || found.is_some_and(participle))
                        .then(|| named(sentence_subject(text, its, facts, c.at)))
                        .flatten()
                })
            };
            // A verb that moves its object needs no subject before it: "the bank said it
            // raised its prime rate to 8.5 pct" (its object, below, is the move's).
            let verb = matches!(c.cue, Cue::Verb(_)) && !c.noun;
            let moves_object = verb
                && (word_is(text, its[c.at], &TRANSITIVE_CUES)
                    || word_is(text, its[c.at], &CAUSATIVES));
            let (ss, se, no_subject) = match subject {
                Some((ss, se)) => (ss, se, false),
                None if moves_object => (c.end, c.end, true),
                None => continue,
            };
            // "The contract value amounts to about EUR11m", "The fixed acquisition price
            // amounts to NOK 70": a deal's term stated as a level, as one without a verb is
            // (see `deal_term`), is no move (a change of one, "order value increased 33%", is
            // a builder's orders).
            if c.cue == Cue::Level
                && let Some(head) = its[floor..c.at]
                    .iter()
                    .rposition(|&it| item_span(it, facts).1 == se)
                && deal_term(text, its, floor + head)
            {
                continue;
            }
            // "South Korea has increased its duty on crude oil imports to 4.29 dlrs", "the
            // government decreased its ownership to 31.1 percent": what a verb moves of its
            // own, before the figure's `to`, `by` or `from`, is the move's subject.
            // "getty realty increases quarterly dividend by 5%": so is a noun after a verb
            // that takes one (not a time or a comparison: "increased year over year by 15%",
            // "increased versus the prior year by 3%").
            let possessed = its
                .get(c.next)
                .is_some_and(|&w| word_is(text, w, &["its", "their"]));
            let object = verb
                && (possessed
                    || (moves_object
                        && its.get(c.next).is_some_and(|&w| {
                            word_text(text, w).is_some_and(|t| {
                                // Or a name's possessive: "reduced Nissan's overheads".
                                (t.starts_with(|ch: char| ch.is_ascii_lowercase())
                                    || its.get(c.next + 1).is_some_and(|&a| {
                                        is_sym(text, a, "'") || is_sym(text, a, "’")
                                    }))
                                    && (!lowercase_ending(t, "ly") || PERIODIC.contains(t))
                            }) && !word_is(text, w, &SKIP_BEFORE_CUE)
                                && !word_is(text, w, &SUBJECT_PREPOSITIONS)
                                && !word_is(text, w, &NO_OBJECT)
                                && word_text(text, w)
                                    .is_none_or(|t| NUMBER_WORD.longest(t).is_none())
                        })));
            let first_word = c.next + if possessed { 2 } else { 1 };
            // A verb that moves a thing, active: its object is the subject, its figure right
            // after the object, as `moves_a_thing` found to make it a cue (a passive moves
            // its subject).
            let causative = word_is(text, its[c.at], &CAUSATIVES) && !passive_at(text, its, c.at);
            let (ss, se) = if object
                && let Some(slot) = (first_word..(c.next + 8).min(limit)).find(|&j| {
                    // A possessive's apostrophe is inside: "increased stockholders' equity".
                    !(matches!(its[j], Item::Word { .. })
                        || is_sym(text, its[j], "'")
                        || is_sym(text, its[j], "’"))
                        || word_is(text, its[j], &["to", "by", "from"])
                })
                && word_is(text, its[slot], &["to", "by", "from"])
                && !its[c.next..slot]
                    .iter()
                    .any(|&w| word_is(text, w, &NOT_IN_OBJECT))
            {
                // Not a time inside it: "doubled its ownership in Peabody in January by".
                let end = (first_word..slot)
                    .find(|&j| {
                        word_is(text, its[j], &TIME_OPENERS) && timing_at(lx, its[j], hi).is_some()
                    })
                    .unwrap_or(slot);
                (
                    item_span(its[c.next], facts).0,
                    item_span(its[end - 1], facts).1,
                )
            } else if causative || no_subject {
                continue;
            } else {
                (ss, se)
            };
            // "ended the quarter with inventories down 13%": with a particle, the subject is
            // the words after a `with` just before it.
            // (Not in a title, which says no copula: "Shares in firm with Iraq contracts up".)
            let (ss, se) = if matches!(c.cue, Cue::Particle(_)) && !c.noun && field != Field::Title
            {
                let end = if c.at > floor && matches!(its[c.at - 1], Item::Fact(_)) {
                    c.at - 1
                } else {
                    c.at
                };
                (end.saturating_sub(5).max(floor)..end)
                    .rev()
                    .find(|&w| word_eq(text, its[w], "with"))
                    // Not "compared with", "in line with", "associated with", nor a `with`
                    // inside the subject ("spending for the war with Iraq was up").
                    .filter(|&w| {
                        (w == 0
                            || !(word_is(text, its[w - 1], &["compared", "line"])
                                || word_text(text, its[w - 1])
                                    .is_some_and(|p| lowercase_ending(p, "ed"))))
                            && !its[w + 1..end].iter().any(|&i| word_is(text, i, &COPULAS))
                    })
                    .and_then(|w| subject_before(text, its, facts, c.at, w + 1))
                    .unwrap_or((ss, se))
            } else {
                (ss, se)
            };
            let mut direction = match c.cue {
                Cue::Verb(d) | Cue::Noun(d) | Cue::Particle(d) | Cue::State(d) => Some(d),
                Cue::Level => None,
            };
            let mut change = None;
            // The item of the change, where one was taken.
            let mut change_at = None;
            let mut level = pre_comma_amount.and_then(|a| match its[a] {
                Item::Fact(f) => Some(measure(&facts[f], false)),
                _ => None,
            });
            let mut from = None;
            // The item of the level, whose own label may say its side of zero.
            let mut level_at = pre_comma_amount;
            // "profit of 5.50 billion yen in the year ending October 31, 1987, up 12 pct": a
            // phrase of when after that amount, before the cue, is the move's time.
            // Not that of an amount compared with ("from 4 mln dlrs in the same period of
            // 1986, an increase of 25 pct").
            let mut timing = pre_comma_amount.and_then(|a| {
                let it = *its.get(a + 1)?;
                if a > 0
                    && (word_is(text, its[a - 1], &COMPARISON_OPENERS)
                        || compared_with(text, its, a - 1))
                {
                    return None;
                }
                let start = item_span(it, facts).0;
                let len = timing_at(lx, it, item_span(its[lead], facts).0)?;
                let phrase = &text[start..start + len];
                let same = phrase
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| SAME_PERIOD.contains(w));
                (!same).then(|| phrase.into())
            });
            let mut end = item_span(its[c.next.saturating_sub(1).max(c.at)], facts).1;
            // Whether the change is money (`a loss of $761m`: see `loss_level` below).
            let mut change_money = false;
            // An amount just before the cue: "a 3% fall", "5% higher"; after `of` and before a
            // verb, the level its subject names ("revenues of $2.85 billion increased 11%"),
            // or, with a level after it, the one it came from ("turnover of 200 mln dlrs
            // rising to 300 mln").
            let mut named_before = false;
            // A noun's amount may stand before its other modifiers: "a 3.4 pct year-on-year
            // rise".
            // Not one before the phrase's article: "Nearly half the increase".
            let before_at = if c.noun {
                (c.np_start.max(floor)..c.at)
                    .rev()
                    .take_while(|&j| !word_is(text, its[j], &PHRASE_OPENERS))
                    .find(|&j| matches!(its[j], Item::Fact(f) if is_amount(&facts[f])))
            } else {
                (c.at > floor).then(|| c.at - 1)
            };
            if let Some(a) = before_at
                && let Item::Fact(f) = its[a]
                && is_amount(&facts[f])
                && c.cue != Cue::Level
                && pre_comma_amount != Some(a)
            {
                // "92 broker-dealer funds fell 1.59 billion dlrs", "exports to nine major
                // African buyers rose to 351,889 tonnes": things counted right before a verb
                // are its subject or in it, no change, with a figure after it or not (they
                // are the subject always: "20,000 workers lost their jobs"; what was done to
                // them is their change: "1,500 jobs were cut").
                let counted = matches!(c.cue, Cue::Verb(_))
                    && !c.noun
                    && facts[f].kind == Kind::Count
                    && facts[f].noun.is_some()
                    && (matches!(its.get(c.next), Some(&Item::Fact(g)) if is_amount(&facts[g]))
                        || (its.get(c.next).is_some_and(|&w| word_eq(text, w, "by"))
                            && matches!(its.get(c.next + 1), Some(&Item::Fact(g)) if is_amount(&facts[g])))
                        || !word_is(text, its[c.at], &AUXILIARIES));
                // "..., one analyst added": who says so; "21,000 people lost their lives",
                // "20,000 workers lost their jobs": people who lost what is theirs. No move.
                // (`his` and `her` are a person's whatever comes before: see above.)
                if matches!(c.cue, Cue::Verb(_))
                    && facts[f].kind == Kind::Count
                    && facts[f].noun.is_some()
                    && (word_is(text, its[c.at], &CLAUSE_END)
                        || (word_is(text, its[c.at], &LOSING)
                            && its.get(c.next).is_some_and(|&w| word_eq(text, w, "their"))))
                {
                    continue;
                }
                // A bare number right before a verb is its subject's or in it ("a family of
                // four plunged", "One of 12 advanced", "Ocean's 12 fell"), no change: a
                // change before its cue is a noun's ("a 3% fall") or a particle's ("5%
                // higher", "1/8 lower").
                // Only a verb in the past: `rise` and `fall` are nouns as often ("yesterday's
                // 2.58 rise", "May's 64,300 fall").
                let bare_before_verb = matches!(c.cue, Cue::Verb(_))
                    && !c.noun
                    && facts[f].kind == Kind::Number
                    && (word_text(text, its[c.at]).is_some_and(|w| ends_with_ci(w, "ed"))
                        || word_is(text, its[c.at], &PAST_CUES));
                let named = matches!(c.cue, Cue::Verb(_))
                    && !c.noun
                    && matches!(facts[f].kind, Kind::Money | Kind::Percent)
                    && a > floor
                    && word_eq(text, its[a - 1], "of");
                if named {
                    level = Some(measure(&facts[f], false));
                    level_at = Some(a);
                    named_before = true;
                } else if !counted && !bare_before_verb {
                    change = Some(measure(&facts[f], true));
                    change_at = Some(a);
                    change_money = facts[f].kind == Kind::Money;
                }
            }
            let mut slot: Option<Slot> = None;
            // The item of the figure `from` came from, when a preposition gave it.
            let mut from_at: Option<usize> = None;
            // The item of the figure taken as `from`, kept past the next figure.
            let mut from_item: Option<usize> = None;
            // The item of the money figure last taken, and its unit.
            let mut taken: Option<(usize, &Option<Cow<'static, str>>)> = None;
            // Whether the open `from` slot is a comparison's ("compared with", "against"),
            // not the word `from`, nor a table's `vs` ("Duty and value added tax 1.84
            // billion vs 1.60 billion", where a noun was read as a verb).
            let mut compared = false;
            // The item of the word that opened the last `from` slot, and whether the figure
            // it opened was another metric's.
            let mut from_word = 0;
            let mut others = false;
            // Whether the cue is the noun "loss", whose money is its level (see `loss_level`),
            // or a verb of losing, whose money may be a result (see `lost_result`).
            let loss_noun = c.noun && c.next > c.at && word_is(text, its[c.next - 1], &LOSS_WORDS);
            let losing = !c.noun && word_is(text, its[c.at], &LOSING);
            // Past `than`, a time is the one compared with: "15% higher than in the same
            // period of 2003" (not past "more than expected").
            let mut than = false;
            // Whether the cue moved things counted in a game or a ranking.
            let mut scored = false;
            let mut since_slot = 0;
            let mut idle = 0;
            let mut k = c.next;
            // A cue in capitals after its row's figure ends a table's row ("TEXACO  33 5/8
            // UNCH" above the next line's volume "1,147,000"): a line break after it ends the
            // move (not a headline's, whose figure may be wrapped: "OUTPUT FALLS\n3.4 PCT").
            // So does a cue after a figure that a table's leader stands before (`Bank
            // borrowings.......614 down.....131`).
            let row_cue = text
                .get(item_span(its[c.at], facts).0..c.end)
                .is_some_and(|w| w.bytes().all(|b| !b.is_ascii_lowercase()))
                || c.at.checked_sub(1).is_some_and(|p| match its[p] {
                    Item::Fact(f) => text.get(..facts[f].start).is_some_and(led_to),
                    _ => false,
                });
            while k < limit && idle < 10 {
                let it = its[k];
                if row_cue
                    && level.is_some()
                    && k > 0
                    && text
                        .as_bytes()
                        .get(item_span(its[k - 1], facts).1..item_span(it, facts).0)
                        .is_some_and(|gap| gap.contains(&b'\n'))
                {
                    break;
                }
                // "lost about $180bn and 20,000 workers lost their jobs": `and` before the
                // subject of the next verb opens that verb's clause.
                if word_eq(text, it, "and")
                    && limit < its.len()
                    && limit > k + 1
                    && limit - k <= 4
                    && cues
                        .get(ci + 1)
                        .is_some_and(|n| matches!(n.cue, Cue::Verb(_)) && !n.noun)
                    && its[k + 1..limit].iter().all(|&x| match x {
                        Item::Word { .. } => true,
                        Item::Fact(g) => facts[g].kind == Kind::Count,
                        Item::Sym { .. } => false,
                    })
                {
                    break;
                }
                // Not an aside's `if`: "firmed, if only marginally, to 1.8250 marks".
                let aside = word_is(text, it, &CONDITIONALS)
                    && its
                        .get(k + 1)
                        .is_some_and(|&w| word_is(text, w, &["only", "not", "any"]));
                // A noun's phrase ends at a modal, whose verb's figures are no longer its own:
                // "a rise in revenue would compensate for spending of 3.1 billion".
                if (word_is(text, it, &CLAUSE_END) && !aside)
                    || (c.noun && word_is(text, it, &NOUN_ENDING_MODALS))
                    || matches!(it, Item::Sym { start, end } if matches!(&text[start..end], ";" | ":"))
                    || (is_sym(text, it, ",")
                        && its
                            .get(k + 1)
                            .is_some_and(|&n| word_is(text, n, &CONSEQUENCES))
                        // Not an aside: "increases the total contract value, including
                        // options, to over 13.8 mln dlrs".
                        && !its
                            .get(k + 2..(k + 5).min(its.len()))
                            .is_some_and(|a| a.iter().any(|&x| is_sym(text, x, ","))))
                {
                    break;
                }
                // "dropped to 94.7% and by the end of October stood at 92.9%": a time after
                // `and` and the move's figure opens the next clause.
                if (change.is_some() || level.is_some())
                    && word_eq(text, it, "and")
                    && its
                        .get(k + 1)
                        .is_some_and(|&n| timing_at(lx, n, hi).is_some())
                {
                    break;
                }
                if let Item::Word { start, .. } = it
                    && let Some(len) = timing_at(lx, it, hi)
                {
                    // "from a year earlier" says what the change is against, not when
                    // (unless the slot has run out: "against the dollar in 1986", or the time
                    // is one no figure is compared with: "against the dollar so far this
                    // year", "since January");
                    // so does a time after the figure it came from, until a level or change
                    // follows ("from 20.92 billion in November"; not "from $80 to $88 in
                    // March").
                    // Nor is a time inside the subject after a noun cue ("increase in second
                    // quarter earnings").
                    if timing.is_none()
                        && (slot != Some(Slot::From)
                            || since_slot >= 3
                            || word_is(text, it, &["so", "since"]))
                        && from_at.is_none()
                        && !than
                        && !(start < se && ss < start + len)
                        && !compared_time(text, its, k)
                        && !after_superlative(text, its, k, c.next)
                    {
                        timing = Some(text[start..start + len].into());
                        end = end.max(start + len);
                    }
                    let stop = start + len;
                    while k < limit && item_span(its[k], facts).0 < stop {
                        k += 1;
                    }
                    // Past a time and a comma, the clause goes on only with what the move
                    // says next ("in 1986, to eight", ", compared with", ", up from"), not
                    // with another ("during the day, one-month sterling shedding 5/16").
                    let comma = |it: Item| is_sym(text, it, ",");
                    if k + 1 < limit
                        && comma(its[k])
                        && !matches!(its[k + 1], Item::Fact(_))
                        && !matches!(
                            slot_of(text, its[k + 1], c.noun),
                            Some(Slot::Change | Slot::Level | Slot::From)
                        )
                        && !word_is(text, its[k + 1], &GOES_ON)
                    {
                        break;
                    }
                    // "from yesterday's 93.3 billion", "from last year's 4 mln", "from a
                    // year-earlier SEK1 .114 bn": a time's possessive, or a time that names
                    // the figure right after it, keeps the figure the `from` opened.
                    let rest = &text[start + len..];
                    let possessive =
                        possessive_after(rest) || matches!(its.get(k), Some(Item::Fact(_)));
                    if !(slot == Some(Slot::From) && possessive) {
                        slot = None;
                    }
                    continue;
                }
                match it {
                    Item::Fact(f) => {
                        let fact = &facts[f];
                        // "went up to 8.6 mln euro $ 11.4 mln", "to EUR 1.8 mn ( $ 2.6 mn )",
                        // "to 61.5 mln dlrs or 65 cts share": money right after the figure
                        // just taken, in another currency or after `or`, restates it.
                        let restated = fact.kind == Kind::Money
                            && taken.as_ref().is_some_and(|(at, unit)| {
                                let between = &its[at + 1..k];
                                let other = fact.unit != **unit;
                                (between.is_empty() && other)
                                    || (other
                                        && between.len() == 1
                                        && is_sym(text, between[0], "("))
                                    || (between.len() == 1 && word_eq(text, between[0], "or"))
                            });
                        if restated {
                            k += 1;
                            continue;
                        }
                        // "rose to 8.5 and 5.1 pct", "climbed to 6-5/8, 1/8 pct": the next of
                        // a list the move took a figure of is no figure of another slot (after
                        // a comma, not one with a way or a qualifier: "unchanged at 528p, three
                        // pence higher", "to 1.87 marks, about five pfennigs").
                        let listed = k >= 2
                            && [change_at, level_at, from_item].contains(&Some(k - 2))
                            && (word_eq(text, its[k - 1], "and")
                                || (is_sym(text, its[k - 1], ",")
                                    && fact.qualifier.is_none()
                                    && !its
                                        .get(k + 1)
                                        .is_some_and(|&n| word_is(text, n, &WAY_WORDS))));
                        if listed {
                            idle += 1;
                            k += 1;
                            continue;
                        }
                        let framed = fact
                            .text
                            .get(..4)
                            .is_some_and(|p| p.eq_ignore_ascii_case("from"));
                        let target = if framed && fact.low.is_some() {
                            // "from $80 to $88"
                            if from.is_none() && level.is_none() {
                                let ends = |v| Measure {
                                    value: v,
                                    low: None,
                                    high: None,
                                    ..measure(fact, false)
                                };
                                from = Some(ends(fact.low));
                                level = Some(ends(fact.high));
                                end = end.max(fact.end);
                            }
                            None
                        } else if fact.kind == Kind::Number
                            && its
                                .get(k + 1)
                                .is_some_and(|&n| word_is(text, n, &HOW_OFTEN))
                        {
                            // "rose five times between June and December": how often.
                            None
                        } else if !is_amount(fact) {
                            // "fell two places to number four": a ranking's move.
                            scored |= is_score_count(fact) && k <= c.next + 1;
                            None
                        } else if ["below", "above", "under", "past", "beyond"]
                            .iter()
                            .any(|w| {
                                fact.text
                                    .get(..w.len())
                                    .is_some_and(|p| p.eq_ignore_ascii_case(w))
                            })
                        {
                            // "falling below $35 a barrel": a level crossed.
                            Some(Slot::Level)
                        } else if fact.start < c.end {
                            // "went up to 5.5%": the cue's particle opens a level, no
                            // qualifier.
                            Some(Slot::Level)
                        } else if k >= 3
                            && word_eq(text, its[k - 3], "as")
                            && word_is(text, its[k - 2], &["low", "high"])
                            && word_eq(text, its[k - 1], "as")
                        {
                            // "could fall as low as 15.3%": the level it may reach.
                            Some(Slot::Level)
                        } else {
                            match slot {
                                Some(Slot::Change) => Some(Slot::Change),
                                Some(Slot::Level) => Some(Slot::Level),
                                Some(Slot::From) => Some(Slot::From),
                                Some(Slot::Other) => None,
                                // A bare amount belongs to the cue only close to it: "rose a
                                // seasonally adjusted 48.22 pct".
                                None if k > c.next + 4 => None,
                                // Things counted right after a verb that takes an object are
                                // what it acts on: "have lost seven games", "hit 34 fours"
                                // (see TAKES_OBJECT).
                                None if acts_on(text, its, c, fact, &text[ss..se]) => None,
                                None if c.cue == Cue::Level => Some(Slot::Level),
                                // "remained at 2.9 pct": a state's `at` opens its level.
                                None if matches!(c.cue, Cue::State(_))
                                    && text
                                        .as_bytes()
                                        .get(c.end.saturating_sub(3)..c.end)
                                        .is_some_and(|w| w.eq_ignore_ascii_case(b" at")) =>
                                {
                                    Some(Slot::Level)
                                }
                                None => Some(Slot::Change),
                            }
                        };
                        // "came in at $1.02, versus $0.98 expected", "against forecasts of
                        // $6 mln": a figure expected is none the move came from.
                        let expected = target == Some(Slot::From)
                            && (its.get(k + 1).is_some_and(|&n| word_is(text, n, &EXPECTED))
                                || its[k.saturating_sub(4)..k]
                                    .iter()
                                    .any(|&w| word_is(text, w, &EXPECTED)));
                        // "grew 8.0 pct in 1986, compared with 5.1 pct in 1985", "rose by
                        // 1.8 billion francs, against a 2.8 billion rise": a figure compared
                        // with a change alone, in its unit or none, is an earlier change, no
                        // level the move came from (a `from` says one: "rose 0.2 points from
                        // 5.1 pct"); the move ends before it, and so does its time.
                        // "revenues of 190.4 mln dlrs, up from earnings of 7,500,000": a
                        // figure compared with, named another metric, is that metric's.
                        if target == Some(Slot::From)
                            && from_word < k
                            && names_other_metric(text, &its[from_word + 1..k], &text[ss..se])
                        {
                            others = true;
                            break;
                        }
                        let earlier_change = target == Some(Slot::From)
                            && compared
                            && !((loss_noun || losing) && change_money)
                            && level.is_none()
                            && change.as_ref().is_some_and(|ch| {
                                fact.unit.is_none() || (fact.unit == ch.unit && fact.per == ch.per)
                            });
                        if earlier_change {
                            break;
                        }
                        // "the rig count was up 14 to 164, against 422", "rose 0.6 pct to
                        // 53.6 pct, against 67.3 pct": a figure compared with (no `from`) on
                        // the far side of the level for the move's way is another time's,
                        // no start of the move; the move ends before it. Not a figure labelled
                        // a profit or a loss, whose sign is yet to be read ("rose to EUR 0.5
                        // mn, compared with a loss of EUR 3.3 mn"), nor a rate quoted per
                        // currency, which rises as its figure falls ("rose to 140.20 to the
                        // dollar, against 141.50").
                        let beyond = |l: &Measure| {
                            let f = measure(fact, false);
                            let span = text
                                .as_bytes()
                                .get(item_span(its[c.at], facts).0..fact.start)
                                .unwrap_or_default();
                            l.unit == f.unit
                                && l.per == f.per
                                && direction.is_some_and(|d| against_the_way(d, l.value, f.value))
                                && label_side(text, its, k, 4).is_none()
                                && !holds_phrase(span, &[b" to the ", b" per "])
                        };
                        if target == Some(Slot::From)
                            && compared
                            && level.as_ref().is_some_and(beyond)
                        {
                            break;
                        }
                        // "lost six of their 10 seats", "shut down two of their largest
                        // silver properties": a bare whole number before `of` is a part of
                        // what follows, no change (a fraction is one: "lost a third of their
                        // value").
                        let part = target == Some(Slot::Change)
                            && fact.unit.is_none()
                            && matches!(fact.kind, Kind::Number | Kind::Count)
                            && fact.value.is_some_and(|v| v.is_integer())
                            && its.get(k + 1).is_some_and(|&n| word_eq(text, n, "of"));
                        let target = target.filter(|_| {
                            !expected
                                && !part
                                && !rate_base(text, its, k)
                                && !rank(text, its, facts, k)
                        });
                        if target == Some(Slot::Level) && named_before && from.is_none() {
                            from = level.take();
                            named_before = false;
                        }
                        let cell = match target {
                            Some(Slot::Change) => &mut change,
                            Some(Slot::Level) => &mut level,
                            Some(Slot::From) => &mut from,
                            _ => {
                                idle += 1;
                                // "fell to a 40-year low of 144.60 yen", "from a 13-year low
                                // of": a time between an article and a noun is the noun's, and
                                // the slot stays open.
                                if !(fact.kind == Kind::Duration && names_a_noun(lx, its, k, hi)) {
                                    slot = None;
                                }
                                k += 1;
                                continue;
                            }
                        };
                        if cell.is_none() {
                            let mut m = measure(fact, target == Some(Slot::Change));
                            if fact.start < c.end {
                                m.qualifier = None;
                            }
                            if target == Some(Slot::From)
                                && other_side(text, its, (ss, se), level_at, c, k)
                            {
                                m = negated(m);
                            }
                            *cell = Some(m);
                            if target == Some(Slot::Change) {
                                change_money = fact.kind == Kind::Money;
                                change_at = Some(k);
                            }
                            end = end.max(fact.end);
                            idle = 0;
                            // A time after a level or change that follows the `from` is the
                            // move's again: "fell from 7.5 pct in January to 7.2 pct in
                            // February".
                            from_at = (target == Some(Slot::From)).then_some(k);
                            if target == Some(Slot::From) {
                                from_item = Some(k);
                            }
                            if target == Some(Slot::Level) {
                                level_at = Some(k);
                            }
                            if fact.kind == Kind::Money {
                                taken = Some((k, &fact.unit));
                            }
                        }
                        slot = None;
                    }
                    _ => {
                        // "MAR8    97  UNCH     OCT7   1869  OFF   4": a contract month with
                        // its year opens the next cell of a price table's row.
                        if let Item::Word { start, .. } = it
                            && contract_month_with_year(text.get(start..).unwrap_or_default())
                        {
                            break;
                        }
                        idle += 1;
                        than |= word_eq(text, it, "than")
                            && !its.get(k + 1).is_some_and(|&n| word_is(text, n, &EXPECTED));
                        // "grew 26%, with kfc at 35%", "rose 5% to $10, with volume at 3
                        // mln": what follows `with` is a part's figure, not the move's.
                        if (change.is_some() || level.is_some())
                            && word_eq(text, it, "with")
                            && !(k > 0 && word_is(text, its[k - 1], &COMPARING))
                            && !text[item_span(it, facts).1..].starts_with('-')
                        {
                            break;
                        }
                        // "the rise in consumer prices was 1.0 pct", "the rise in producer
                        // prices in March was a provisional 3.7 pct": a copula right after a
                        // noun's words opens its change ([`noun_copula`]). Another copula,
                        // or one after a loss (whose money is its level: see `loss_level`),
                        // ends the noun's phrase: "The February rise in production was aided
                        // by a sharp 19 pct increase".
                        if c.noun
                            && change.is_none()
                            && level.is_none()
                            && word_is(text, it, &COPULAS)
                        {
                            if loss_noun
                                || !matches!(slot, None | Some(Slot::Other))
                                || noun_copula(text, its, c.at, c.next) != Some(k)
                            {
                                break;
                            }
                            slot = Some(Slot::Change);
                            since_slot = 0;
                            k += 1;
                            continue;
                        }
                        // "rose at an annual rate of 16.7 pct": a rate of change.
                        if word_eq(text, it, "rate")
                            && its.get(k + 1).is_some_and(|&n| word_eq(text, n, "of"))
                            && c.cue != Cue::Level
                            && change.is_none()
                        {
                            slot = Some(Slot::Change);
                            since_slot = 0;
                            k += 2;
                            continue;
                        }
                        // "falling back to trade 7.8% higher", "recovering to close 16%
                        // down": a verb after `to` with a figure of a way says a move of its
                        // own (not "to close at 422.37", "to stand 12p").
                        if word_eq(text, it, "to")
                            && its
                                .get(k + 1)
                                .is_some_and(|&n| word_is(text, n, &QUOTE_VERBS))
                            && matches!(its.get(k + 2), Some(Item::Fact(_)))
                            && its
                                .get(k + 3)
                                .is_some_and(|&n| word_is(text, n, &WAY_WORDS))
                        {
                            break;
                        }
                        // "hit a low of $4.50": after a noun of a level, `of` opens a level
                        // cue's figure, and a high or a low says the way the move went.
                        let of_level = (slot.is_none()
                            && c.cue == Cue::Level
                            && k > 0
                            && word_eq(text, it, "of"))
                        .then(|| level_noun(text, its[k - 1]))
                        .flatten();
                        if let Some(way) = of_level
                            && level.is_none()
                        {
                            direction = direction.or(way);
                        }
                        match slot_of(text, it, c.noun) {
                            // After a noun of a level, `of` opens a level cue's level. "to an
                            // average of 840,000": `of` keeps the open slot; so do `to` and
                            // `with` after "compared".
                            Some(_) if of_level.is_some() => {
                                slot = Some(Slot::Level);
                                since_slot = 0;
                            }
                            Some(Slot::Other | Slot::Change | Slot::Level)
                                if (word_eq(text, it, "of")
                                    && matches!(slot, Some(Slot::Level | Slot::From)))
                                    || (slot == Some(Slot::From)
                                        && compared_with(text, its, k)) => {}
                            Some(s) => {
                                slot = Some(s);
                                since_slot = 0;
                                compared = s == Slot::From
                                    && !word_eq(text, it, "from")
                                    && !word_eq(text, it, "vs");
                                if s == Slot::From {
                                    from_word = k;
                                }
                            }
                            None => {
                                // A slot reaches over a few words only: "to a provisional
                                // 12.18 pct"; a figure compared with over a few words but
                                // articles and joiners ("versus a loss per share of EUR 0.1",
                                // "from an all-time low of 32.9"), to a comma ("against the
                                // dollar, a 6.02 pct").
                                // "increased 1.8% from 2020 and 4.7% from 2019": a year
                                // that ends the phrase after `from` is the time compared
                                // with, no figure (not "from 1986's 474,000", "from a 1985
                                // high of").
                                let year = || {
                                    word_text(text, it).is_some_and(crate::timing::year_word)
                                        && its.get(k + 1).is_none_or(|&n| {
                                            word_eq(text, n, "and") || is_sym(text, n, ",")
                                        })
                                };
                                if slot == Some(Slot::From) && (is_sym(text, it, ",") || year()) {
                                    slot = Some(Slot::Other);
                                }
                                if slot != Some(Slot::From)
                                    || !(word_is(text, it, &["a", "an", "the"])
                                        || is_sym(text, it, "-"))
                                {
                                    since_slot += 1;
                                }
                                if since_slot > 3 {
                                    slot = Some(Slot::Other);
                                }
                            }
                        }
                    }
                }
                k += 1;
            }
            // "revenues of 190.4 mln dlrs, up from earnings of": a particle whose figure is
            // another metric's says nothing of this one.
            if others && matches!(c.cue, Cue::Particle(_)) && change.is_none() {
                continue;
            }
            // "personal debt, which is rising at 15% a year": a percent a period after a verb
            // of change and `at` is how fast it changes, no level (not "rose to 5% a year").
            if matches!(c.cue, Cue::Verb(_))
                && !c.noun
                && change.is_none()
                && level_at.is_some_and(|a| a > 0 && word_eq(text, its[a - 1], "at"))
                && level.as_ref().is_some_and(|l| {
                    l.unit.as_deref() == Some("%")
                        && matches!(l.per.as_deref(), Some("yr" | "mo" | "wk" | "d"))
                })
            {
                change = level.take();
                change_at = level_at.take();
            }
            // "the dollar could rise as high as 146.50 yen": how high or low a thing went is
            // where it went, a level (not "rose as much as 3.5%", a change).
            if matches!(c.cue, Cue::Verb(_))
                && level.is_none()
                && let Some(a) = change_at
                && let Item::Fact(f) = its[a]
                && LEVEL_QUALIFIERS.iter().any(|q| {
                    facts[f]
                        .text
                        .get(..q.len())
                        .is_some_and(|t| t.eq_ignore_ascii_case(q))
                })
            {
                level = change.take().map(|_| measure(&facts[f], false));
                level_at = change_at.take();
            }
            // "Boeing lost a $23bn government contract": an amount between an article and a
            // noun is the noun's, no change (unless that noun is the cue: "a 3.4 pct annual
            // rise").
            if let Some(a) = change_at
                && !(c.noun && (c.np_start..c.at).contains(&a))
                && names_a_noun(lx, its, a, hi)
            {
                change = None;
                change_at = None;
            }
            // "sales showed a growth rate of -0.1%": growth below zero is a fall of its size.
            if direction == Some(Direction::Up)
                && change_at.is_some_and(|a| {
                    matches!(its[a], Item::Fact(f) if facts[f].value.is_some_and(|v| v.is_sign_negative() && !v.is_zero()))
                })
            {
                direction = Some(Direction::Down);
            }
            // "AMR posted a loss of $761m": money lost after the noun is the loss's level,
            // no fall (a loss of 5% is one).
            let loss_level = loss_noun && level.is_none() && change.is_some() && change_money;
            // "Hollinger lost 87 mln dlrs last year", "The company lost 10 cts a share":
            // money a business lost, a hundred thousand or more (no price moves so far, in
            // lire or yen either) or a share's, is its result, a level below zero (not
            // "shares lost 10 cts", "the dollar lost 2 pfennigs", "Wall Street lost $500bn
            // in value").
            let lost_result = losing
                && level.is_none()
                && change_money
                && change.as_ref().is_some_and(|ch| {
                    ch.per.as_deref() == Some("share")
                        || ch.value.is_some_and(|v| v >= Decimal::from(100_000))
                })
                && !subject_head(&text[ss..se]).is_some_and(|w| MARKET_HEADS.contains(w))
                && asset_of(lx, ss, se).is_none();
            // "Cramo slipped to a pretax loss of EUR 6.7 million from a pretax profit": a
            // level named by a side of zero after `to` and its article is that figure's, not
            // the company's, and which way it went is the figures' to say.
            let named_level = level_at
                .filter(|_| matches!(c.cue, Cue::Verb(_)) && !c.noun)
                .and_then(|l| {
                    let noun = l.checked_sub(2)?;
                    let side = word_is(text, its[noun], &LOSS_WORDS)
                        || word_is(text, its[noun], &PROFIT_WORDS);
                    if !side || !word_eq(text, its[l - 1], "of") {
                        return None;
                    }
                    let (a, compared) = article_before(text, its, noun)?;
                    (!compared && a > 0 && word_eq(text, its[a - 1], "to")).then(|| {
                        (
                            item_span(its[a + 1], facts).0,
                            item_span(its[noun], facts).1,
                        )
                    })
                })
                .filter(|_| !subject_head(&text[ss..se]).is_some_and(|w| METRIC_NOUNS.contains(w)));
            let (ss, se, direction) = if let Some((s0, e0)) = named_level {
                (s0, e0, None)
            } else if loss_level {
                level = change.take();
                let (s0, e0) = item_span(its[c.next - 1], facts);
                (s0, e0, None)
            } else if lost_result {
                level = change.take().map(negated);
                (ss, se, None)
            } else {
                (ss, se, direction)
            };
            // The level and `from` of a profit whose level is a loss are counted in the
            // profit's terms: the level below zero, and a `from` below zero where its own
            // label says a loss (above where a profit).
            if level.is_some() && level_below_zero(text, its, (ss, se), level_at) {
                level = level.map(negated);
                if let Some(side) = from_item.and_then(|f| label_side(text, its, f, 4)) {
                    from = from.map(|f| on_side(f, side));
                }
            }
            let subject_text = &text[ss..se];
            let asset = asset_of(lx, ss, se);
            let has_amount = change.is_some() || level.is_some() || from.is_some();
            // Without an amount, only a headline verb on a known market is a move: "Oil price
            // rises".
            let headline = matches!(c.cue, Cue::Verb(_))
                && !c.noun
                && word_text(text, its[c.at]).is_some_and(|w| w.ends_with('s'))
                && c.at > 0
                && !word_is(text, its[c.at - 1], &SKIP_BEFORE_CUE);
            // A noun after a level says how it moved with an amount of its own: "revenue was
            // $1.46 billion, an increase of 17.5%", not "declined by 300,000 bpd, the first
            // decline".
            let own_amount = change.is_some() || from.is_some();
            let keep = match c.cue {
                _ if c.noun && pre_comma_amount.is_some() && !own_amount => false,
                Cue::Level => level.is_some(),
                _ => has_amount || (asset.is_some() && headline && field == Field::Title),
            };
            let fact_at = |at: Option<usize>| match at.map(|a| its[a]) {
                Some(Item::Fact(x)) => Some(&facts[x]),
                _ => None,
            };
            // "fell 440.2 mln francs to 24.48 billion", "totaled 71.3 mln dlrs, up 44.3
            // mln": a bare number beside a change or level of an amount is in its unit.
            if let (Some(ch), Some(l)) = (change.as_mut(), level.as_mut())
                && let (Some(cf), Some(lf)) = (fact_at(change_at), fact_at(level_at))
            {
                share_unit(ch, cf, l, lf);
            }
            if let (Some(ch), Some(l)) = (change.as_mut(), level.as_mut()) {
                share_noun(ch, fact_at(change_at), l, fact_at(level_at));
            }
            // "rose to 102.2 mln dlrs from 88.4 mln, but gains dropped to 43.1 mln from
            // 58.1 mln": a bare figure with a scale word, after money of one currency only
            // in its sentence, is in that currency.
            // Not where a figure of the move counts something, as the grammar read it ("rose
            // to 20 mln shares from 15 mln").
            let figures = [
                (change.as_mut(), change_at),
                (level.as_mut(), level_at),
                (from.as_mut(), from_item),
            ]
            .map(|(m, at)| m.zip(fact_at(at)));
            let counted = figures.iter().flatten().any(|(_, f)| f.noun.is_some());
            for (m, f) in figures.into_iter().flatten() {
                if !counted
                    && m.unit.is_none()
                    && m.per.is_none()
                    && f.kind == Kind::Number
                    // A scale word: letters, read before the digits are.
                    && f.text.bytes().any(|b| b.is_ascii_alphabetic())
                    && let Some(unit) = money_before(facts, first_fact, f.start)
                    && written_scale(f).is_some_and(|s| s > Decimal::ONE)
                {
                    m.unit = Some(unit.clone());
                }
            }
            // "eased to 9.0 pct from 9.1", "rose to 12 from 10 cents a pound": one unit for
            // both levels.
            if let (Some(l), Some(f)) = (level.as_mut(), from.as_mut()) {
                let (lf, ff) = (fact_at(level_at), fact_at(from_item));
                if l.unit.is_none() && f.unit.is_some() {
                    take_unit(l, lf, f, ff);
                } else if f.unit.is_none() && l.unit.is_some() {
                    take_unit(f, ff, l, lf);
                }
                // And one rate: "EPS of $1.10, up from $0.98".
                if l.unit == f.unit && f.per.is_none() {
                    f.per = l.per.clone();
                }
                // And one scale.
                if let (Some(lf), Some(ff)) = (lf, ff) {
                    one_scale(l, lf, f, ff);
                }
                // And one counted noun.
                share_noun(l, lf, f, ff);
            }
            // "crept up from six to five": small whole numbers that move against the cue's
            // direction are places in a ranking (not a rate quoted against a currency:
            // "climbed to 43 per US dollar, up from 44", "fell to 21 to the dollar from two").
            let place = |m: &Measure| {
                m.unit.is_none()
                    && m.per.is_none()
                    && m.value
                        .is_some_and(|v| v.is_integer() && v <= Decimal::from(100))
            };
            let ranked = scored
                || asset.is_none()
                    && match (&level, &from, direction) {
                        (Some(l), Some(f), Some(d)) if place(l) && place(f) => {
                            let span = &text.as_bytes()[item_span(its[c.at], facts).0..end];
                            !holds_phrase(span, &[b" to the ", b" per ", b" against "])
                                && against_the_way(d, l.value, f.value)
                        }
                        _ => false,
                    };
            if !keep || ranked {
                continue;
            }
            // "rose to nearly two billion dlrs in 1986, up from 872 mln": the particle
            // completes the move before it rather than starting another.
            if let Some(prev) = moves.last_mut() {
                let same =
                    prev.sentence == si && prev.field == field && last_subject == Some((ss, se));
                // "Industrial output grew 15.7% in the year to October, down from 23%": a
                // particle's `from` in the unit of the change of the move it follows, which
                // has no level, is the earlier rate of that change, no move of the subject's.
                if held
                    && matches!(c.cue, Cue::Particle(_))
                    && prev.level.is_none()
                    && change.is_none()
                    && let (Some(pc), Some(f)) = (prev.change.as_ref(), from.as_ref())
                    && pc.unit == f.unit
                {
                    continue;
                }
                // "Operating profit totalled EUR 21.1 mn , up from EUR 18.6 mn": the particle
                // after the amount of a move (`held`) completes that move.
                if held
                    && (prev.direction == direction || prev.direction.is_none())
                    && (change.is_none() || prev.change.is_none())
                    && (from.is_none() || prev.from.is_none())
                {
                    // An amount the move holds as its change is not its level too: "declined by
                    // 300,000 bpd, the first decline".
                    let level = level.filter(|_| prev.change.is_none() || prev.level.is_some());
                    if from.is_none() {
                        prev.timing = prev.timing.take().or(timing);
                    }
                    complete(prev, text, end, direction, change, level, from);
                    continue;
                }
                if same
                    && matches!(c.cue, Cue::Particle(_))
                    && (prev.direction == direction || prev.direction.is_none())
                    && prev.from.is_none()
                    && from.is_some()
                    && (change.is_none() || prev.change.is_none())
                    && (level.is_none() || prev.level.is_none())
                {
                    complete(prev, text, end, direction, change, level, from);
                    continue;
                }
                // "The Thai baht lost 0.3% against the US currency, trading at 39.10": a
                // participle's level is the level the move before reached.
                let participle = c.cue == Cue::Level
                    && word_text(text, its[c.at]).is_some_and(|w| w.ends_with("ing"));
                if same
                    && participle
                    && prev.direction.is_some()
                    && prev.level.is_none()
                    && from.is_none()
                    && timing.is_none()
                {
                    prev.level = level;
                    prev.end = prev.end.max(end);
                    prev.text = text[prev.start..prev.end].into();
                    continue;
                }
                // "net sales up 5% to up 7%": two changes of one way joined by `to` are the
                // ends of a range.
                if same
                    && prev.direction == direction
                    && direction.is_some()
                    && level.is_none()
                    && from.is_none()
                    && text
                        .get(prev.end..item_span(its[c.at], facts).0)
                        .is_some_and(|gap| gap.trim().eq_ignore_ascii_case("to"))
                    && let (Some(p), Some(n)) = (prev.change.as_mut(), change.as_ref())
                    && p.unit == n.unit
                    && p.per == n.per
                    && let (Some(lo), Some(hi)) = (p.value, n.value)
                {
                    p.value = None;
                    p.low = Some(lo.min(hi));
                    p.high = Some(lo.max(hi));
                    prev.end = prev.end.max(end);
                    prev.text = text[prev.start..prev.end].into();
                    continue;
                }
            }
            last_subject = Some((ss, se));
            // The span holds the figure before the cue too ("20,000 workers lost"), and a
            // noun's amount before its other modifiers ("3.4 pct year-on-year rise").
            let lead_figure =
                c.at.checked_sub(1)
                    .filter(|&b| b >= floor && matches!(its[b], Item::Fact(_)))
                    .or(before_at.filter(|_| c.noun))
                    .map_or(usize::MAX, |b| item_span(its[b], facts).0);
            let start = ss.min(item_span(its[c.at], facts).0).min(lead_figure);
            let end = end.max(se);
            let timing = timing.or_else(|| {
                let cue = item_span(its[c.at], facts).0;
                time_after_subject(lx, its, facts, se, cue).map(|(s, e)| text[s..e].into())
            });
            moves.push(Move {
                subject: subject_text.into(),
                asset,
                direction,
                change,
                level,
                from,
                timing,
                field,
                start,
                end,
                text: text[start..end].into(),
                sentence: si,
            });
        }
        // Moves of earlier sentences that all end by this one's start hold none of its facts.
        let holders = if ends_by <= lo { first_move } else { 0 };
        verbless_levels(lx, field, facts, its, si, &mut moves, holders);
        // "lending stood at £17.9bn, compared with £21.8bn": a level and the one it came
        // from say which way it moved.
        for m in &mut moves[first_move..] {
            if m.level.is_none() || m.from.is_none() {
                continue;
            }
            let stated = m.direction.or_else(|| {
                let first = its.partition_point(|&it| item_span(it, facts).0 < m.start);
                its[first..]
                    .iter()
                    .take_while(|&&it| item_span(it, facts).1 <= m.end)
                    .find_map(|&it| {
                        if !word_is(text, it, &WAY_WORDS) {
                            return None;
                        }
                        let e = item_span(it, facts).1;
                        match entry_at(lx, it, &MOVE_CUE, e)?.value {
                            Cue::Particle(d) => Some(*d),
                            _ => None,
                        }
                    })
            });
            m.direction = implied_direction(m.level.as_ref(), m.from.as_ref(), stated);
        }
        // "In 2006 , TeliaSonera net sales were SEK 91.06 bn", "Yesterday, Fed funds averaged
        // 5.99 pct": a time that opens the sentence before a comma is its moves' unless they
        // say their own.
        if moves.len() > first_move
            && let Some((first, len)) = opening_time
        {
            let (start, _) = item_span(first, facts);
            let comma = its
                .iter()
                .find(|&&it| item_span(it, facts).0 >= start + len)
                .is_some_and(|&it| is_sym(text, it, ","));
            // Only up to the end of the first move's clause: "In 2008, sales rose 5%, while in
            // 2007 they fell" (a "said" before the first move, or its own "added", ends none).
            let first_end = moves[first_move..]
                .iter()
                .map(|m| m.end)
                .min()
                .unwrap_or(start);
            let clause_end = its
                .iter()
                .find(|&&it| {
                    item_span(it, facts).0 >= first_end
                        && (word_is(text, it, &CLAUSE_END) || is_sym(text, it, ";"))
                })
                .map_or(usize::MAX, |&it| item_span(it, facts).0);
            // "Last week, the supplier reported a loss of 1.2 mln dlrs", "Yesterday, the
            // company said": a time that names no period by a preposition is the report's,
            // for a move after the verb of saying.
            let report = (!word_is(text, first, &TIME_OPENERS))
                .then(|| {
                    its.iter()
                        .map(|&it| (it, item_span(it, facts).0))
                        .skip_while(|&(_, s)| s < start + len)
                        .find(|&(it, _)| word_is(text, it, &SAYING))
                        .map(|(_, s)| s)
                })
                .flatten();
            // Without a comma, the time is the move's that starts right after it: "In 2006
            // the company 's net sales rose".
            for m in &mut moves[first_move..] {
                let next = comma
                    || text[start + len..m.start.max(start + len)]
                        .trim()
                        .is_empty();
                if next && m.start > start && m.end <= clause_end {
                    if m.timing.is_none() && report.is_none_or(|r| r >= m.start) {
                        m.timing = Some(text[start..start + len].into());
                    }
                    // "In February the cost of living ... rose": the subject starts after it.
                    if m.start < start + len
                        && let Some(rest) = m.subject.strip_prefix(&text[m.start..start + len])
                    {
                        let rest = rest.trim_start();
                        if !rest.is_empty() {
                            let cut = m.subject.len() - rest.len();
                            m.subject = rest.into();
                            m.start += cut;
                            m.text = text[m.start..m.end].into();
                        }
                    }
                }
            }
        }
        respectively(lx, its, facts, &mut moves, first_move);
        ends_by = moves[first_move..]
            .iter()
            .map(|m| m.end)
            .fold(ends_by, usize::max);
    }
    // Kept for the next field unless a huge sentence made it huge.
    if item_buf.capacity() <= 1 << 16 {
        ITEMS.set(item_buf);
    }
    moves.retain(|m| !of_no_market(m));
    let mut title_period = None;
    for m in &mut moves {
        if m.direction.is_none() {
            adjective_direction(m);
        }
        // "q3 revenue $1.2 billion", "qtrly net sales", "its February load factor": a
        // period that opens the subject is the move's time, unless it says its own.
        if m.timing.is_none()
            && let Some(r) = crate::timing::leading_period(&m.subject, traded(m))
            && let (Some(before), Some(period), Some(rest)) = (
                m.subject.get(..r.start),
                m.subject.get(r.clone()),
                m.subject.get(r.end..),
            )
        {
            m.timing = Some(period.into());
            m.subject = [before, rest.trim_start()].concat().into();
        }
        if m.timing.is_none() {
            m.timing = match table_block(text, m.start, m.end) {
                Some(Block::Header(h)) => Some(h.into()),
                // "ECOLAB INC <ECL> 3RD QTR OPER SHR": the title, read once, for a row of
                // the block that opens the text.
                Some(Block::First) => title_period
                    .get_or_insert_with(|| title.and_then(crate::timing::title_period))
                    .map(Into::into),
                None => None,
            };
        }
        // What stays has no change: its figure is where it stays ("at an unchanged rate of
        // 3.80 pct", "settling to a steady 1.6050 dlrs").
        if m.direction == Some(Direction::Flat) && m.level.is_none() {
            m.level = m.change.take();
        }
    }
    column_headers(text, &mut moves);
    moves
}

/// The assets that are measures of an economy, not markets: a month before them says when
/// (`FEB ADJUSTED UNEMPLOYMENT`), where before a market it names a contract (`May crude`).
const ECONOMIC_MEASURES: [&str; 3] = ["inflation", "interest_rate", "unemployment"];

/// Whether a move's subject is a market that is traded (see [`ECONOMIC_MEASURES`]), or
/// quoted as one is, at a price a unit (`May SMR 20 buyer closed at 194.50 cents per kilo`,
/// `May soymeal ... 145.20 dlrs a ton`): a month before it names a contract.
fn traded(m: &Move) -> bool {
    m.asset
        .as_deref()
        .is_some_and(|a| !ECONOMIC_MEASURES.contains(&a))
        || [&m.change, &m.level, &m.from]
            .into_iter()
            .flatten()
            .any(|x| x.per.is_some())
}

/// A subject that opens with a word of direction or state in lowercase, a move with none of
/// its own, takes it from there: `unchanged dividend of two cts` is flat, `higher 1986 net
/// profits at 1.78 billion` up, and the word leaves the subject (`dividend`); not a name
/// (`Lower House`). Out of line: inlined in the move finder, the Reuters sample took 0.24M
/// instructions more, 0.14M so.
#[inline(never)]
fn adjective_direction(m: &mut Move) {
    let Some((first, rest)) = m.subject.split_once(' ') else {
        return;
    };
    if !first.starts_with(|c: char| c.is_ascii_lowercase()) || rest.trim().is_empty() {
        return;
    }
    let Some(d) = MOVE_CUE
        .longest(first)
        .filter(|c| c.len == first.len())
        .and_then(|c| match c.value {
            Cue::Particle(d) | Cue::State(d) => Some(*d),
            _ => None,
        })
    else {
        return;
    };
    m.direction = Some(d);
    m.subject = rest.trim_start().into();
}

/// Words of a price table's column labels, between its header and its rows (`OPEN`, `VOL
/// OPEN INT CHANGE`): no header.
static COLUMN_LABELS: WordList = WordList::new(&[
    "OPEN",
    "VOL",
    "VOLUME",
    "INT",
    "INTEREST",
    "CHANGE",
    "CHG",
    "HIGH",
    "LOW",
    "LAST",
    "SETTLE",
    "SETT",
    "SETTLEMENT",
    "PREV",
    "CLOSE",
    "NET",
    "EST",
]);

/// A line of a price table, as [`column_headers`] reads it upward from a row.
enum TableLine {
    /// Blank, a row (opened by a contract month), column labels or a contract's size: read on
    /// past it.
    Within,
    /// Words in capitals alone, the commodities of the columns below (`WHEAT`, `LIVE CATTLE
    /// FEEDER CATTLE`, `90-DAY T-BILLS`), in a line of 100 bytes at most.
    Header,
    /// A table's title: a market, then the time of the prices (`NY COMEX SILVER 09:30`, `NY
    /// SUGAR 11 1030`, `CBT SILVER 12:30 EDT`); the span of the market's name, and the market.
    Title(usize, usize, &'static str),
    /// Anything else: the table, if any, has no header.
    Other,
}

fn table_line(line: &str) -> TableLine {
    let mut words = line.split_ascii_whitespace().peekable();
    match words.peek() {
        None => TableLine::Within,
        Some(w) if contract_month(w) => TableLine::Within,
        // The size of a contract, under the title: a number and a unit (`1,000 OUNCE`).
        Some(&w) if w.bytes().all(|b| b.is_ascii_digit() || b == b',') => {
            let unit = line.trim().get(w.len()..).unwrap_or_default().trim_start();
            if !unit.is_empty() && UNIT.longest(unit).is_some_and(|m| m.len == unit.len()) {
                TableLine::Within
            } else {
                TableLine::Other
            }
        }
        // Digits only within words (`90-DAY T-BILLS`), not as figures.
        Some(_)
            if line.len() <= 100
                && line.bytes().all(|b| {
                    b.is_ascii_uppercase()
                        || b.is_ascii_digit()
                        || b.is_ascii_whitespace()
                        || b"/&-.()".contains(&b)
                })
                && line
                    .split_ascii_whitespace()
                    .all(|w| w.bytes().any(|b| b.is_ascii_uppercase())) =>
        {
            if words.all(|w| COLUMN_LABELS.contains(w.trim_end_matches('.'))) {
                TableLine::Within
            } else {
                TableLine::Header
            }
        }
        Some(_) if line.len() <= 100 => title(line).map_or(TableLine::Other, |(s, e, asset)| {
            TableLine::Title(s, e, asset)
        }),
        Some(_) => TableLine::Other,
    }
}

/// A table's title ([`TableLine::Title`]): words in capitals that name a market
/// ([`table_asset`]; digits may stand among them: `SUGAR 11`, `SUGAR11`), then a clock time
/// (`09:30`, `1030`) and maybe its zone (`EDT`). The span of the name and its market.
fn title(line: &str) -> Option<(usize, usize, &'static str)> {
    // Most lines have a lowercase letter: told without reading their words.
    if !line.bytes().all(|b| {
        b.is_ascii_uppercase()
            || b.is_ascii_digit()
            || b.is_ascii_whitespace()
            || b"/&-.:".contains(&b)
    }) {
        return None;
    }
    let space = |c: char| c.is_ascii_whitespace();
    let mut rest = line.trim_end();
    if let Some((before, zone)) = rest.rsplit_once(space)
        && CLOCK.longest(zone).is_some_and(|m| m.len == zone.len())
    {
        rest = before.trim_end();
    }
    let (name, time) = rest.rsplit_once(space)?;
    // `H:MM`, `HH:MM` or `HHMM`.
    let (h, m) = match time.split_once(':') {
        Some((h, m)) if (1..=2).contains(&h.len()) => (h, m),
        Some(_) => return None,
        None if time.len() == 4 => time.split_at_checked(2)?,
        None => return None,
    };
    let digits = |d: &str| d.bytes().all(|b| b.is_ascii_digit());
    if !(digits(h) && digits(m) && m.len() == 2) {
        return None;
    }
    let (hour, minute): (u8, u8) = (h.parse().ok()?, m.parse().ok()?);
    if !(hour < 24 && minute < 60) {
        return None;
    }
    let name = name.trim_end();
    let start = name.len() - name.trim_start().len();
    let asset = table_asset(name.get(start..)?)?;
    Some((start, name.len(), asset))
}

/// The spans of `line`'s words (runs of bytes other than ASCII whitespace).
fn word_spans(line: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = line.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while b.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        let start = i;
        while b.get(i).is_some_and(|c| !c.is_ascii_whitespace()) {
            i += 1;
        }
        (i > start).then_some((start, i))
    })
}

/// The spans of a header's columns: its runs of words parted by two spaces or more (`LIVE
/// CATTLE`, `FEEDER CATTLE`).
fn header_columns(line: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (start, end) in word_spans(line) {
        match out.last_mut() {
            Some(last) if start - last.1 < 2 => last.1 = end,
            _ => out.push((start, end)),
        }
    }
    out
}

/// The spans of a row's cells, each from the contract month that opens it (`MAY7  4676  OFF
/// 238`, `APR7   5069  OFF 485`).
fn row_cells(line: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (start, end) in word_spans(line) {
        if line.get(start..end).is_some_and(contract_month) {
            out.push((start, end));
        } else if let Some(last) = out.last_mut() {
            last.1 = end;
        }
    }
    out
}

/// A column of a table's header ([`column_headers`]): the span of its name in its line, and
/// the market it names.
type Column = (usize, usize, Option<&'static str>);

/// Gives a move whose subject opens with a contract month (a row of a futures price table,
/// `MAY7  1455 UP  2`) the commodity of its column, from the header above the table's rows
/// and column labels: `MEAL MAY7`; of two columns side by side, the one nearer the row's
/// cell (`LIVE CATTLE` or `FEEDER CATTLE`), or from the table's title (`NY COMEX SILVER
/// 09:30`, past the contract's size); and the market the header names as its asset. A table
/// with anything else above its rows has none. Each line is read once: the lines above a row
/// are read up to the row before.
fn column_headers(text: &str, moves: &mut [Move]) {
    let b = text.as_bytes();
    // Lines before `read` are read; the header of the rows there, and the last row's cells.
    let mut read = 0;
    // The start of the last row read.
    let mut seen = 0;
    // The header's line and its columns.
    let mut header: Option<(&str, Vec<Column>)> = None;
    let mut row: Option<(usize, Vec<(usize, usize)>)> = None;
    for m in moves.iter_mut() {
        let Some(first) = m.subject.split_ascii_whitespace().next() else {
            continue;
        };
        // A month with its year's digits opens a row whatever follows ("MAY7  1928 OFF 6":
        // its price is no year, see the grammar's `after_contract_month`); a bare month only
        // alone ("JAN SALES" opens none).
        if !contract_month(first)
            || !m.text.starts_with(first)
            || (first.len() == 3 && m.subject.trim_end() != first)
        {
            continue;
        }
        if m.start < seen {
            continue;
        }
        // Read back to the last row's start: a row with no newline since is on its line.
        let line_start = b
            .get(seen..m.start)
            .and_then(|h| memchr::memrchr(b'\n', h))
            .map_or(read, |i| seen + i + 1);
        seen = m.start;
        // Upward, line by line (`end` past the line's newline), to the lines read.
        let mut end = line_start;
        while end > read {
            let le = end - 1;
            let ls = b
                .get(read..le)
                .and_then(|h| memchr::memrchr(b'\n', h))
                .map_or(read, |i| read + i + 1);
            let line = text.get(ls..le).unwrap_or_default();
            match table_line(line) {
                TableLine::Within => end = ls,
                TableLine::Header => {
                    let columns = header_columns(line)
                        .into_iter()
                        .map(|(s, e)| (s, e, line.get(s..e).and_then(table_asset)))
                        .collect();
                    header = Some((line, columns));
                    break;
                }
                // One column, across the rows.
                TableLine::Title(s, e, asset) => {
                    header = Some((line, vec![(s, e, Some(asset))]));
                    break;
                }
                TableLine::Other => {
                    header = None;
                    break;
                }
            }
        }
        read = line_start;
        let Some((head, groups)) = &header else {
            continue;
        };
        let cells = match &row {
            Some((at, cells)) if *at == line_start => cells,
            _ => {
                let line_end = b
                    .get(line_start..)
                    .and_then(|t| memchr::memchr(b'\n', t))
                    .map_or(b.len(), |i| line_start + i);
                let line = text.get(line_start..line_end).unwrap_or_default();
                &row.insert((line_start, row_cells(line))).1
            }
        };
        // The cell the move opens (cells are in order).
        let at = m.start - line_start;
        let Some(&(cs, ce)) = cells
            .get(cells.partition_point(|&(_, e)| e <= at))
            .filter(|&&(s, _)| s <= at)
        else {
            continue;
        };
        // Twice a span's centre, in whole bytes.
        let centre2 = |(s, e): (usize, usize)| s + e;
        let Some(&(gs, ge, asset)) = groups
            .iter()
            .min_by_key(|&&(s, e, _)| centre2((s, e)).abs_diff(centre2((cs, ce))))
        else {
            continue;
        };
        if let Some(name) = head.get(gs..ge) {
            m.subject = compact_str::format_compact!("{name} {}", m.subject);
            if m.asset.is_none() {
                m.asset = asset.map(Cow::Borrowed);
            }
        }
    }
}

/// The market a futures table's header names ([`column_headers`]), past the exchange
/// (`TABLE_EXCHANGES`: `NY COMEX SILVER`, `MINNEAPOLIS WHEAT`): the whole name as the
/// tables' headers write it (`TABLE_HEADER_ASSETS`: CBT's `OIL` is soybean oil) or as a known
/// market ([`ASSET`]: `SILVER`, `FTSE 250`), else the same past a contract's number or a note
/// (`SUGAR 11`, `SUGAR11`, `EURO DLRS (CONT)`). Not a name's last word alone: `NY HEATING
/// OIL` names none.
fn table_asset(name: &str) -> Option<&'static str> {
    let mut words: Vec<&str> = name.split_ascii_whitespace().collect();
    let exchange = words
        .iter()
        .take_while(|w| TABLE_EXCHANGES.contains(w))
        .count();
    words.drain(..exchange);
    let known = |words: &[&str]| {
        let name = words.join(" ");
        TABLE_HEADER_ASSETS
            .iter()
            .find(|&&(h, _)| h == name)
            .map(|&(_, a)| a)
            .or_else(|| {
                ASSET
                    .longest(&name)
                    .filter(|m| m.len == name.len())
                    .map(|m| *m.value)
            })
    };
    known(&words).or_else(|| {
        while words
            .last()
            .is_some_and(|w| w.starts_with('(') || w.bytes().all(|b| b.is_ascii_digit()))
        {
            words.pop();
        }
        if let Some(last) = words.last_mut() {
            *last = last.trim_end_matches(|c: char| c.is_ascii_digit());
        }
        known(&words)
    })
}

/// Qualifiers of how high or low a thing went, whose figure is a level after a verb of
/// change (`could rise as high as 146.50 yen`).
const LEVEL_QUALIFIERS: [&str; 2] = ["as high as ", "as low as "];

/// Whether a move measures only what no market trades: a body's weight, the weather, a
/// speed, a height (`sam smith has lost three stone`, `temperatures hit 25c`, `maglev hit
/// 375mph`, `daisy fell 10ft`; [`NON_MARKET_UNITS`]).
fn of_no_market(m: &Move) -> bool {
    let mut units = [&m.change, &m.level, &m.from]
        .into_iter()
        .flatten()
        .filter_map(|x| x.unit.as_deref())
        .peekable();
    units.peek().is_some() && units.all(|u| NON_MARKET_UNITS.contains(&u))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn moving_verbs_holds_the_forms_of_the_lists_that_sort_them() {
        for w in MOVING_OR_NOUN
            .words()
            .iter()
            .chain(MOVING_PARTICIPLES.words())
        {
            assert!(MOVING_VERBS.contains(w), "{w}");
        }
        for w in MOVING_VERBS.words() {
            assert!(
                SUBJECT_BOUNDARY.contains(w)
                    || MOVING_OR_NOUN.contains(w)
                    || MOVING_PARTICIPLES.contains(w),
                "{w}"
            );
        }
    }

    #[test]
    fn saying_or_noun_holds_the_sayings_no_boundary_holds() {
        for w in SAYING_OR_NOUN.words() {
            assert!(!SUBJECT_BOUNDARY.contains(w), "{w}");
            assert!(SAYING.contains(w) && !w.ends_with("ed"), "{w}");
        }
        for w in SAYING.words() {
            assert!(
                w.ends_with("ed") || SUBJECT_BOUNDARY.contains(w) || SAYING_OR_NOUN.contains(w),
                "{w}"
            );
        }
    }

    /// [`items`] position by position, as it was first written: the reference of its test.
    fn items_by_position(
        lx: &Lexed<'_>,
        lo: usize,
        hi: usize,
        facts: &[Fact],
        first_fact: usize,
        out: &mut Vec<Item>,
    ) {
        out.clear();
        let text = lx.text();
        let toks = lx.tokens();
        let mut fi = first_fact;
        let mut i = lo;
        let mut k = lx.index_at(lo);
        while i < hi {
            while fi < facts.len() && facts[fi].end <= i {
                fi += 1;
            }
            // The lexeme at `i` (or after the whitespace there): the next token, or the rest of
            // one a fact ended inside.
            let (start, end, kind, word, ascii, tk) = match k.checked_sub(1).map(|p| &toks[p]) {
                Some(t) if t.start() < i && t.end() > i => {
                    let rest = &text[i..t.end()];
                    let word = (t.kind == LexKind::Letters)
                        .then(|| vocab().id(rest))
                        .flatten();
                    (i, t.end(), t.kind, word, rest.is_ascii(), NO_TOKEN)
                }
                _ => {
                    let Some(t) = toks.get(k).filter(|t| t.start() < hi) else {
                        break;
                    };
                    k += 1;
                    let index = u32::try_from(k - 1).unwrap_or(NO_TOKEN);
                    (t.start(), t.end(), t.kind, t.word, t.ascii(), index)
                }
            };
            if fi < facts.len() && facts[fi].start == start {
                out.push(Item::Fact(fi));
                i = facts[fi].end;
                fi += 1;
                while toks.get(k).is_some_and(|t| t.start() < i) {
                    k += 1;
                }
                continue;
            }
            out.push(lexeme_item(kind, start, end, ascii, word, tk));
            i = end;
        }
    }

    proptest! {
        #![proptest_config(crate::proptest_cases(2000))]
        /// The items of every sentence, and of the whole text, are those read position by
        /// position. Facts start at tokens and end anywhere after (the scanner's never end
        /// inside a token in the corpora, but nothing in `items` may rely on it).
        #[test]
        fn items_are_read_as_position_by_position(
            words in prop::collection::vec(prop::sample::select(vec![
                "5", "1.8", "%", "pct", "$", "bn", "mln", "rose", "fell", "to", "from", "sales",
                "of", "the", "oil", "up", "a", "s", "-", ",", ".", "(", "km", "1987", "March",
                "x", "é", "½", "Gold", "élan", "Ürün",
            ]), 0..30),
            glue in prop::collection::vec(prop::sample::select(vec![" ", "", ". ", "\n"]), 30),
            cuts in prop::collection::vec((any::<bool>(), 0usize..12), 60),
        ) {
            let s = crate::glued(&words, &glue);
            let lx = Lexed::new(&s);
            let template = crate::extract_text("5 km").remove(0);
            let mut facts = Vec::new();
            let mut free_from = 0;
            for (t, &(starts, len)) in lx.tokens().iter().zip(&cuts) {
                if starts && t.start() >= free_from {
                    let end = s.ceil_char_boundary((t.start() + 1 + len).min(s.len()));
                    facts.push(Fact { start: t.start(), end, ..template.clone() });
                    free_from = end;
                }
            }
            let starts = crate::scan::sentence_starts(&s, crate::Ctx::default());
            let mut ranges: Vec<(usize, usize)> = starts
                .iter()
                .enumerate()
                .map(|(si, &lo)| (lo, starts.get(si + 1).copied().unwrap_or(s.len())))
                .collect();
            ranges.push((0, s.len()));
            let (mut got, mut want) = (Vec::new(), Vec::new());
            for (lo, hi) in ranges {
                let first_fact = facts.partition_point(|f| f.start < lo);
                items(&lx, lo, hi, &facts, first_fact, &mut got);
                items_by_position(&lx, lo, hi, &facts, first_fact, &mut want);
                prop_assert_eq!(&got, &want, "{:?} in {}..{}", s, lo, hi);
            }
        }

        /// Judging each sentence first by `may_hold_move` loses no move: the moves are those
        /// found reading every sentence with a fact. The words mix cues, metric nouns, the
        /// words between a noun and its level, and amounts.
        #[test]
        fn the_move_check_skips_no_move(
            words in prop::collection::vec(prop::sample::select(vec![
                "net", "income", "Sales", "share", "price", "was", "is", "of", "at", "now",
                "rose", "fell", "up", "down", "higher", "a", "rise", "to", "from", "by", "vs",
                "$", "5", "1.8", "%", "pct", "mln", "dlrs", "cts", "Oil", "gold", "the",
                "shares", "reported", "in", "March", "1987", "rate", "dividend", "-", "X",
            ]), 0..40),
            glue in prop::collection::vec(prop::sample::select(vec![" ", " ", ", ", ". ", ""]), 40),
            title in any::<bool>(),
        ) {
            let s = crate::glued(&words, &glue);
            moves_with_and_without_the_check(&s, if title { Field::Title } else { Field::Text })?;
        }
    }

    fn moves_with_and_without_the_check(s: &str, field: Field) -> Result<(), TestCaseError> {
        let ctx = crate::Ctx {
            tokenized: crate::document::is_tokenized(s),
            ..crate::Ctx::default()
        };
        let lx = Lexed::new(s);
        let (mut sentences, mut facts) = (None, Vec::new());
        crate::scan::scan_lexed_into(&lx, field, ctx, &mut sentences, &mut facts);
        let sentences = sentences.unwrap_or_else(|| crate::scan::sentence_starts(s, ctx));
        let checked = find_moves_checked::<true>(&lx, field, &facts, &sentences, None);
        let read = find_moves_checked::<false>(&lx, field, &facts, &sentences, None);
        prop_assert_eq!(checked, read, "{:?}", s);
        Ok(())
    }

    /// The same on real text: the first 300 articles of Reuters and of the BBC.
    #[test]
    fn the_move_check_skips_no_move_of_the_corpora() {
        let corpora =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/corpora");
        for name in ["reuters.jsonl", "bbc.records.txt"] {
            let bytes = std::fs::read(corpora.join(name)).unwrap_or_default();
            let docs = crate::read_documents(name, &bytes, crate::ReadOptions::default());
            assert!(docs.len() >= 300, "{name}: the corpus is missing");
            for doc in &docs[..300] {
                let title = doc.title.as_deref().unwrap_or_default();
                for (text, field) in [(title, Field::Title), (doc.text.as_str(), Field::Text)] {
                    let outcome = moves_with_and_without_the_check(text, field);
                    assert!(
                        outcome.is_ok(),
                        "{name}, record {}: {outcome:?}",
                        doc.source.record
                    );
                }
            }
        }
    }
}
