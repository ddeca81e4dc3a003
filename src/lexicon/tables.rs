//! The grammar's data: every word list in one place.
//!
//! To teach the extractor a new unit, currency, scale word or qualifier, add a row here; no
//! code changes are needed. Forms are matched lexeme by lexeme (see the [module docs](super)),
//! so `"km / h"` and `"km/h"` are the same entry. `Case::Exact` marks forms whose case carries
//! meaning (`M` is million, `m` is metre).

use super::lexer::Lexed;
use super::vocab::{Vocab, WordId, WordSet};
use super::{Case, Lexicon, WordList};
use crate::fact::{Kind, Qualifier};
use std::sync::LazyLock;

use Case::{Any, Exact};

/// A unit of measurement: its canonical symbol and the kind of quantity it measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    /// Canonical symbol written to the output (`km`, `%`, `bbl`, `°C`).
    pub symbol: &'static str,
    /// Kind of quantity.
    pub kind: Kind,
    /// The rate a unit implies: `bpd` is barrels per day.
    pub per: Option<&'static str>,
}

/// Where a currency form stands relative to the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// `$5`, `EUR 13.1 mn`.
    Before,
    /// `5 dollars`, `13 dlrs`.
    After,
    /// `USD 5` and `5 USD`.
    Both,
}

/// A currency form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Currency {
    /// ISO 4217 code (or a conventional code such as `BTC`).
    pub code: &'static str,
    /// Power of ten dividing the amount: 2 for cents and pence, 0 for major units.
    pub minor_exp: u32,
    /// Where it stands.
    pub position: Position,
    /// Only money when the amount has a scale word (`361 million pounds`, `two million
    /// pounds`, `millions of pounds`) and, but for a vague amount, no goods of
    /// [`WEIGHED_GOODS`] follow (`929 million pounds of copper`); otherwise the form is
    /// read as a unit (`six pounds of meat`).
    pub scaled_only: bool,
    /// Power of ten the form itself implies: `MEUR 311.4` is 311.4 million euros (6).
    pub scale_exp: u32,
    /// The form is also a verb (`won`): after a number without a scale word it is no
    /// currency where the verb's object follows (`Halo 2 won the award`, `Burnout 3 won
    /// three`, `2004 won't`), unless a rate does (`50 won a share`).
    pub verb_form: bool,
    /// The texts the form is money in: [`Texts::Tokenized`] for `#`, [`Texts::Plain`] for
    /// `c`.
    pub texts: Texts,
}

/// The forms of text a currency form is money in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Texts {
    /// Both.
    Any,
    /// Tokenized text only: the CNN/DailyMail research datasets lost the pound sign to `#`
    /// (`# 1.5 million`, `# 35,000-a-week`). Other text writes `#` for a number (`#1`) or a
    /// hashtag; tokenized text too at times, and there `the # 1 song` is read as one pound
    /// (3 of the 987 amounts after `#` in the highlights are such ranks).
    Tokenized,
    /// Plain text only: tokenized text lowercased the Celsius of `temperatures hit 25C`, and
    /// its `25c` is a temperature (35 of the 37 in the CNN/DailyMail highlights; `would pay
    /// 90c extra` is one of the two cents).
    Plain,
}

impl Texts {
    /// Whether a form of these texts reads in text that is `tokenized` or not.
    pub fn reads(self, tokenized: bool) -> bool {
        match self {
            Texts::Any => true,
            Texts::Tokenized => tokenized,
            Texts::Plain => !tokenized,
        }
    }
}

/// A scale word or suffix: `bn`, `million`, `k`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    /// Power of ten.
    pub exp: u32,
    /// Only a scale after a currency (`$5m`); otherwise the form is something else (`5m` metres).
    pub money_only: bool,
}

/// Words of spelled-out numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumWord {
    /// zero … nine
    Digit(u8),
    /// ten … nineteen
    Teen(u8),
    /// twenty … ninety
    Tens(u8),
    /// hundred
    Hundred,
    /// thousand, million, lakh … as a power of ten
    Scale(u32),
    /// dozen
    Dozen,
    /// half, third, quarter … with the denominator
    Fraction(u64),
    /// a, an: one, before hundred/thousand/dozen/a unit
    Article,
}

/// A vague amount ("hundreds of"): the base it multiplies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Vague {
    /// Power of ten of the base (hundreds: 2).
    pub exp: u32,
    /// Base multiplier for non-powers of ten (dozens: 12), else 1.
    pub base: u32,
}

macro_rules! table {
    ($(#[$doc:meta])* $name:ident: $ty:ty = [$(($form:expr, $case:expr, $val:expr)),* $(,)?]) => {
        $(#[$doc])*
        #[allow(missing_docs)]
        pub static $name: &[(&str, Case, $ty)] = &[$(($form, $case, $val)),*];
    };
}

const fn u(symbol: &'static str, kind: Kind) -> Unit {
    Unit {
        symbol,
        kind,
        per: None,
    }
}
const fn rate(symbol: &'static str, kind: Kind, per: &'static str) -> Unit {
    Unit {
        symbol,
        kind,
        per: Some(per),
    }
}
const fn cur(code: &'static str, position: Position) -> Currency {
    Currency {
        code,
        minor_exp: 0,
        position,
        scaled_only: false,
        scale_exp: 0,
        verb_form: false,
        texts: Texts::Any,
    }
}
const fn minor(code: &'static str) -> Currency {
    Currency {
        code,
        minor_exp: 2,
        position: Position::After,
        scaled_only: false,
        scale_exp: 0,
        verb_form: false,
        texts: Texts::Any,
    }
}
const fn scaled(code: &'static str) -> Currency {
    Currency {
        code,
        minor_exp: 0,
        position: Position::After,
        scaled_only: true,
        scale_exp: 0,
        verb_form: false,
        texts: Texts::Any,
    }
}

/// A currency code with a million prefix, as Nordic company releases write it (`MEUR 311.4`,
/// `30 MUSD`).
const fn millions(code: &'static str) -> Currency {
    Currency {
        code,
        minor_exp: 0,
        position: Position::Both,
        scaled_only: false,
        scale_exp: 6,
        verb_form: false,
        texts: Texts::Any,
    }
}

/// A currency form of tokenized text only (see [`Texts::Tokenized`]).
const fn tokenized_only(c: Currency) -> Currency {
    Currency {
        texts: Texts::Tokenized,
        ..c
    }
}

/// A currency form of plain text only (see [`Texts::Plain`]).
const fn plain_only(c: Currency) -> Currency {
    Currency {
        texts: Texts::Plain,
        ..c
    }
}

/// A currency form that is also a verb (see [`Currency::verb_form`]).
const fn verb_form(c: Currency) -> Currency {
    Currency {
        verb_form: true,
        ..c
    }
}

use Kind::*;
use Position::{After, Before, Both};

table!(
    /// Qualifiers written after the quantity they hedge: `20 pct or more`, `a week or so`.
    TRAILING_QUALIFIERS: Qualifier = [
    ("or more", Any, Qualifier::AtLeast),
    ("or above", Any, Qualifier::AtLeast),
    ("or higher", Any, Qualifier::AtLeast),
    ("or greater", Any, Qualifier::AtLeast),
    ("or less", Any, Qualifier::AtMost),
    ("or fewer", Any, Qualifier::AtMost),
    ("or below", Any, Qualifier::AtMost),
    ("or lower", Any, Qualifier::AtMost),
    ("or so", Any, Qualifier::Approx),
]);

table!(QUALIFIERS: Qualifier = [
    ("more than", Any, Qualifier::MoreThan),
    ("over", Any, Qualifier::MoreThan),
    ("above", Any, Qualifier::MoreThan),
    ("just over", Any, Qualifier::MoreThan),
    ("well over", Any, Qualifier::MoreThan),
    ("in excess of", Any, Qualifier::MoreThan),
    ("upwards of", Any, Qualifier::MoreThan),
    ("exceeding", Any, Qualifier::MoreThan),
    ("greater than", Any, Qualifier::MoreThan),
    ("nearly", Any, Qualifier::Approx),
    ("almost", Any, Qualifier::Approx),
    ("about", Any, Qualifier::Approx),
    ("around", Any, Qualifier::Approx),
    ("some", Any, Qualifier::Approx),
    ("roughly", Any, Qualifier::Approx),
    ("approximately", Any, Qualifier::Approx),
    ("approx", Any, Qualifier::Approx),
    ("approx .", Any, Qualifier::Approx),
    ("circa", Any, Qualifier::Approx),
    ("close to", Any, Qualifier::Approx),
    ("an estimated", Any, Qualifier::Approx),
    ("an approximate", Any, Qualifier::Approx),
    ("approximate", Any, Qualifier::Approx),
    ("estimated", Any, Qualifier::Approx),
    ("~", Any, Qualifier::Approx),
    ("less than", Any, Qualifier::LessThan),
    ("fewer than", Any, Qualifier::LessThan),
    ("under", Any, Qualifier::LessThan),
    ("below", Any, Qualifier::LessThan),
    ("just under", Any, Qualifier::LessThan),
    ("at least", Any, Qualifier::AtLeast),
    ("no less than", Any, Qualifier::AtLeast),
    ("no fewer than", Any, Qualifier::AtLeast),
    ("a minimum of", Any, Qualifier::AtLeast),
    ("minimum", Any, Qualifier::AtLeast),
    ("min", Any, Qualifier::AtLeast),
    ("at most", Any, Qualifier::AtMost),
    ("no more than", Any, Qualifier::AtMost),
    ("not more than", Any, Qualifier::AtMost),
    ("a maximum of", Any, Qualifier::AtMost),
    ("maximum", Any, Qualifier::AtMost),
    ("max", Any, Qualifier::AtMost),
    ("up to", Any, Qualifier::UpTo),
    ("as much as", Any, Qualifier::UpTo),
    ("as many as", Any, Qualifier::UpTo),
    ("as high as", Any, Qualifier::UpTo),
    ("exactly", Any, Qualifier::Exactly),
    ("precisely", Any, Qualifier::Exactly),
]);

table!(CURRENCIES: Currency = [
    ("$", Any, cur("USD", Both)),
    ("&# 36;", Any, cur("USD", Before)),
    ("&dollar;", Any, cur("USD", Before)),
    ("US$", Any, cur("USD", Both)),
    ("U.S.$", Any, cur("USD", Before)),
    ("US dollar", Any, cur("USD", After)),
    ("US dollars", Any, cur("USD", After)),
    ("U.S. dollars", Any, cur("USD", After)),
    ("U.S. dollar", Any, cur("USD", After)),
    ("dollar", Any, cur("USD", After)),
    ("dollars", Any, cur("USD", After)),
    ("dlr", Any, cur("USD", After)),
    ("dlrs", Any, cur("USD", After)),
    ("bucks", Any, cur("USD", After)),
    ("buck", Any, cur("USD", After)),
    ("USD", Any, cur("USD", Both)),
    ("cents", Any, minor("USD")),
    ("cent", Any, minor("USD")),
    ("cts", Any, minor("USD")),
    ("ct", Any, minor("USD")),
    ("¢", Any, minor("USD")),
    ("£", Any, cur("GBP", Both)),
    ("Â£", Any, cur("GBP", Before)),
    // HTML character references, as BBC's pages write some signs (`&#163;8m`); the
    // scanner takes no other reference's digits for a number (`caf&#233;`). A space before
    // the digits, as digits glued in a form must be glued in the text: the tokenized
    // `&# 163 ;` matches too.
    ("&# 163;", Any, cur("GBP", Before)),
    ("&pound;", Any, cur("GBP", Before)),
    ("&#xa3;", Any, cur("GBP", Before)),
    ("#", Any, tokenized_only(cur("GBP", Before))),
    ("GBP", Any, cur("GBP", Both)),
    ("stg", Any, cur("GBP", Both)),
    ("sterling", Any, cur("GBP", After)),
    ("pounds sterling", Any, cur("GBP", After)),
    ("pound sterling", Any, cur("GBP", After)),
    ("sudanese pounds", Any, cur("SDG", After)),
    ("syrian pounds", Any, cur("SYP", After)),
    ("egyptian pounds", Any, cur("EGP", After)),
    ("cyprus pounds", Any, cur("CYP", After)),
    ("pence", Any, minor("GBP")),
    ("penny", Any, minor("GBP")),
    ("pennies", Any, minor("USD")),
    ("pounds", Any, scaled("GBP")),
    ("pound", Any, scaled("GBP")),
    ("c", Exact, plain_only(minor("USD"))),
    ("p", Exact, minor("GBP")),
    ("€", Any, cur("EUR", Both)),
    ("â‚¬", Any, cur("EUR", Before)),
    ("&# 8364;", Any, cur("EUR", Before)),
    ("&euro;", Any, cur("EUR", Before)),
    ("&#x20ac;", Any, cur("EUR", Before)),
    // The euro's place in Windows-1252, which pages write as if it were a code point.
    ("&# 128;", Any, cur("EUR", Before)),
    // The sign's code point where PhraseBank lost it (`x20ac 402 million`).
    ("x20ac", Any, cur("EUR", Before)),
    ("EUR", Any, cur("EUR", Both)),
    ("EURO", Exact, cur("EUR", Both)),
    ("euro", Any, cur("EUR", After)),
    ("euros", Any, cur("EUR", After)),
    ("¥", Any, cur("JPY", Both)),
    ("&# 165;", Any, cur("JPY", Before)),
    ("&yen;", Any, cur("JPY", Before)),
    ("&#xa5;", Any, cur("JPY", Before)),
    ("JPY", Any, cur("JPY", Both)),
    ("yen", Any, cur("JPY", After)),
    ("CNY", Any, cur("CNY", Both)),
    ("RMB", Any, cur("CNY", Both)),
    ("yuan", Any, cur("CNY", After)),
    ("renminbi", Any, cur("CNY", After)),
    ("CHF", Any, cur("CHF", Both)),
    ("Swiss francs", Any, cur("CHF", After)),
    ("Swiss franc", Any, cur("CHF", After)),
    ("CAD", Any, cur("CAD", Both)),
    ("C$", Any, cur("CAD", Before)),
    ("CAD$", Any, cur("CAD", Before)),
    ("Canadian dollars", Any, cur("CAD", After)),
    ("Canadian dollar", Any, cur("CAD", After)),
    ("AUD", Any, cur("AUD", Both)),
    ("A$", Exact, cur("AUD", Before)),
    ("Australian dollars", Any, cur("AUD", After)),
    ("Australian dollar", Any, cur("AUD", After)),
    ("NZD", Any, cur("NZD", Both)),
    ("NZ$", Any, cur("NZD", Before)),
    ("New Zealand dollars", Any, cur("NZD", After)),
    ("HKD", Any, cur("HKD", Both)),
    ("HK$", Any, cur("HKD", Before)),
    ("Hong Kong dollars", Any, cur("HKD", After)),
    ("SGD", Any, cur("SGD", Both)),
    ("S$", Exact, cur("SGD", Before)),
    ("Singapore dollars", Any, cur("SGD", After)),
    ("INR", Any, cur("INR", Both)),
    ("Rs", Any, cur("INR", Both)),
    ("Rs .", Any, cur("INR", Before)),
    ("₹", Any, cur("INR", Both)),
    ("rupee", Any, cur("INR", After)),
    ("rupees", Any, cur("INR", After)),
    ("SEK", Any, cur("SEK", Both)),
    ("NOK", Any, cur("NOK", Both)),
    ("DKK", Any, cur("DKK", Both)),
    ("crowns", Any, cur("SEK", After)),
    ("kronor", Any, cur("SEK", After)),
    ("krona", Any, cur("SEK", After)),
    ("kroner", Any, cur("NOK", After)),
    ("RUB", Any, cur("RUB", Both)),
    ("rouble", Any, cur("RUB", After)),
    ("roubles", Any, cur("RUB", After)),
    ("ruble", Any, cur("RUB", After)),
    ("rubles", Any, cur("RUB", After)),
    // The bolivar of Venezuela before 2008 (Reuters: "75 billion bolivars").
    ("bolivars", Any, cur("VEB", After)),
    ("bolivar", Any, cur("VEB", After)),
    ("ZAR", Any, cur("ZAR", Both)),
    ("rand", Any, cur("ZAR", After)),
    ("BRL", Any, cur("BRL", Both)),
    ("R$", Exact, cur("BRL", Before)),
    ("reais", Any, cur("BRL", After)),
    ("MXN", Any, cur("MXN", Both)),
    ("pesos", Any, cur("MXN", After)),
    ("KRW", Any, cur("KRW", Both)),
    ("won", Exact, verb_form(cur("KRW", After))),
    ("₩", Any, cur("KRW", Before)),
    ("TRY", Exact, cur("TRY", Both)),
    ("lira", Any, cur("TRY", After)),
    ("liras", Any, cur("TRY", After)),
    ("lire", Any, cur("ITL", After)),
    ("ILS", Any, cur("ILS", Both)),
    ("shekel", Any, cur("ILS", After)),
    ("shekels", Any, cur("ILS", After)),
    ("SAR", Any, cur("SAR", Both)),
    ("riyal", Any, cur("SAR", After)),
    ("riyals", Any, cur("SAR", After)),
    ("AED", Any, cur("AED", Both)),
    ("dirham", Any, cur("AED", After)),
    ("dirhams", Any, cur("AED", After)),
    ("EGP", Any, cur("EGP", Both)),
    ("Egyptian pounds", Any, cur("EGP", After)),
    ("L.E", Any, cur("EGP", After)),
    ("MYR", Any, cur("MYR", Both)),
    ("RM", Exact, cur("MYR", Both)),
    ("malaysian ringgit", Any, cur("MYR", Both)),
    ("malaysian ringgits", Any, cur("MYR", Both)),
    ("malaysia ringgit", Any, cur("MYR", Both)),
    ("malaysia ringgits", Any, cur("MYR", Both)),
    ("ringgits", Any, cur("MYR", Both)),
    ("LE", Exact, cur("EGP", After)),
    ("sen", Any, minor("MYR")),
    ("sens", Any, minor("MYR")),
    ("kopiyka", Any, minor("UAH")),
    ("kopiykas", Any, minor("UAH")),
    ("kopecks", Any, minor("RUB")),
    ("kopeck", Any, minor("RUB")),
    ("kopeks", Any, minor("RUB")),
    ("kopek", Any, minor("RUB")),
    ("paise", Any, minor("INR")),
    ("paisa", Any, minor("INR")),
    ("ringgit", Any, cur("MYR", Both)),
    ("PLN", Any, cur("PLN", Both)),
    ("zloty", Any, cur("PLN", After)),
    ("zlotys", Any, cur("PLN", After)),
    ("zloties", Any, cur("PLN", After)),
    ("kyat", Any, cur("MMK", After)),
    ("kyats", Any, cur("MMK", After)),
    // Ecuador's money before 2000 (Reuters: "110 sucres a U.S. Gallon").
    ("sucre", Any, cur("ECS", After)),
    ("sucres", Any, cur("ECS", After)),
    ("KWD", Any, cur("KWD", Both)),
    ("QAR", Any, cur("QAR", Both)),
    ("UAH", Any, cur("UAH", Both)),
    ("hryvnia", Any, cur("UAH", After)),
    ("hryvnias", Any, cur("UAH", After)),
    ("NGN", Any, cur("NGN", Both)),
    ("naira", Any, cur("NGN", After)),
    ("IDR", Any, cur("IDR", Both)),
    ("rupiah", Any, cur("IDR", After)),
    ("PHP", Exact, cur("PHP", Both)),
    ("THB", Any, cur("THB", Both)),
    ("baht", Any, cur("THB", After)),
    ("TWD", Any, cur("TWD", Both)),
    ("NT$", Any, cur("TWD", Before)),
    ("DEM", Exact, cur("DEM", Both)),
    ("marks", Any, cur("DEM", After)),
    ("deutsche marks", Any, cur("DEM", After)),
    ("FRF", Any, cur("FRF", Both)),
    ("French francs", Any, cur("FRF", After)),
    ("French franc", Any, cur("FRF", After)),
    ("CFA francs", Any, cur("XOF", After)),
    ("CFA franc", Any, cur("XOF", After)),
    ("Belgian franc", Any, cur("BEF", After)),
    ("Luxembourg francs", Any, cur("LUF", After)),
    ("Luxembourg franc", Any, cur("LUF", After)),
    ("Lux francs", Any, cur("LUF", After)),
    ("Malagasy francs", Any, cur("MGF", After)),
    ("Malagasy franc", Any, cur("MGF", After)),
    ("Lux franc", Any, cur("LUF", After)),
    ("Danish krone", Any, cur("DKK", After)),
    ("Norwegian krone", Any, cur("NOK", After)),
    ("Swedish krona", Any, cur("SEK", After)),
    ("Danish crowns", Any, cur("DKK", After)),
    ("Danish crown", Any, cur("DKK", After)),
    ("Danish kroner", Any, cur("DKK", After)),
    ("Norwegian crowns", Any, cur("NOK", After)),
    ("Norwegian crown", Any, cur("NOK", After)),
    ("Norwegian kroner", Any, cur("NOK", After)),
    ("Swedish crowns", Any, cur("SEK", After)),
    ("Swedish crown", Any, cur("SEK", After)),
    ("Swedish kronor", Any, cur("SEK", After)),
    ("Icelandic crowns", Any, cur("ISK", After)),
    ("Icelandic crown", Any, cur("ISK", After)),
    ("Icelandic kronur", Any, cur("ISK", After)),
    ("Australian dlr", Any, cur("AUD", After)),
    ("Australian dlrs", Any, cur("AUD", After)),
    ("Canadian dlr", Any, cur("CAD", After)),
    ("Canadian dlrs", Any, cur("CAD", After)),
    ("N.Z. dlrs", Any, cur("NZD", After)),
    ("HK dlrs", Any, cur("HKD", After)),
    ("Hong Kong dlrs", Any, cur("HKD", After)),
    ("Singapore dlrs", Any, cur("SGD", After)),
    ("U.S. dlrs", Any, cur("USD", After)),
    ("U.S. dlr", Any, cur("USD", After)),
    ("US dlrs", Any, cur("USD", After)),
    ("US dlr", Any, cur("USD", After)),
    ("Taiwan dlrs", Any, cur("TWD", After)),
    ("Taiwan dlr", Any, cur("TWD", After)),
    ("Taiwan dollars", Any, cur("TWD", After)),
    ("Taiwan dollar", Any, cur("TWD", After)),
    ("New Zealand dlrs", Any, cur("NZD", After)),
    ("New Zealand dlr", Any, cur("NZD", After)),
    ("New Zealand dollar", Any, cur("NZD", After)),
    // The Zimbabwe dollar of 1980-2006 (ZWD), as Reuters' 1987 stories write it; later
    // text means its successors (ZWL, ZWG), which a name cannot tell.
    ("Zimbabwe dlrs", Any, cur("ZWD", After)),
    ("Zimbabwean dlrs", Any, cur("ZWD", After)),
    ("Zimbabwe dollars", Any, cur("ZWD", After)),
    ("Malaysian dlrs", Any, cur("MYR", After)),
    ("Malaysian dlr", Any, cur("MYR", After)),
    ("Zimbabwe dlr", Any, cur("ZWD", After)),
    ("Zimbabwean dlr", Any, cur("ZWD", After)),
    ("Zimbabwe dollar", Any, cur("ZWD", After)),
    ("N.Z. dlr", Any, cur("NZD", After)),
    ("NZ dlrs", Any, cur("NZD", After)),
    ("NZ dlr", Any, cur("NZD", After)),
    ("Hong Kong dlr", Any, cur("HKD", After)),
    ("H.K. dlrs", Any, cur("HKD", After)),
    ("H.K. dlr", Any, cur("HKD", After)),
    ("H.K. dollars", Any, cur("HKD", After)),
    // Minor units named with their country: "64 Canadian cts a barrel".
    ("U.S. cts", Any, minor("USD")),
    ("U.S. ct", Any, minor("USD")),
    ("U.S. cents", Any, minor("USD")),
    ("U.S. cent", Any, minor("USD")),
    ("US cents", Any, minor("USD")),
    ("US cent", Any, minor("USD")),
    ("US cts", Any, minor("USD")),
    ("US ct", Any, minor("USD")),
    ("Canadian cts", Any, minor("CAD")),
    ("Canadian ct", Any, minor("CAD")),
    ("Canadian cents", Any, minor("CAD")),
    ("Canadian cent", Any, minor("CAD")),
    ("Australian cts", Any, minor("AUD")),
    ("Australian cents", Any, minor("AUD")),
    ("Australian cent", Any, minor("AUD")),
    ("Singapore cents", Any, minor("SGD")),
    ("Singapore cts", Any, minor("SGD")),
    ("Singapore cent", Any, minor("SGD")),
    ("euro cents", Any, minor("EUR")),
    ("euro cent", Any, minor("EUR")),
    ("pfennigs", Any, minor("DEM")),
    ("pfennig", Any, minor("DEM")),
    // Shillings and dinars only with their country: the bare names are several currencies.
    ("Kenyan shillings", Any, cur("KES", After)),
    ("Kenya shillings", Any, cur("KES", After)),
    ("Kenyan shilling", Any, cur("KES", After)),
    ("Kenya shilling", Any, cur("KES", After)),
    ("Ugandan shillings", Any, cur("UGX", After)),
    ("Ugandan shilling", Any, cur("UGX", After)),
    ("Uganda shillings", Any, cur("UGX", After)),
    ("Uganda shilling", Any, cur("UGX", After)),
    ("Tanzanian shillings", Any, cur("TZS", After)),
    ("Tanzanian shilling", Any, cur("TZS", After)),
    ("Tanzania shillings", Any, cur("TZS", After)),
    ("Tanzania shilling", Any, cur("TZS", After)),
    ("Iraqi dinars", Any, cur("IQD", After)),
    ("Iraqi dinar", Any, cur("IQD", After)),
    ("Jordanian dinars", Any, cur("JOD", After)),
    ("Jordanian dinar", Any, cur("JOD", After)),
    ("Bahraini dinars", Any, cur("BHD", After)),
    ("Bahraini dinar", Any, cur("BHD", After)),
    ("AU$", Any, cur("AUD", Before)),
    ("francs", Any, cur("FRF", After)),
    ("franc", Any, cur("FRF", After)),
    ("guilders", Any, cur("NLG", After)),
    ("BTC", Any, cur("BTC", Both)),
    ("₿", Any, cur("BTC", Before)),
    ("元", Any, cur("CNY", After)),
    ("₡", Any, cur("CRC", Both)),
    ("₾", Any, cur("GEL", Both)),
    ("₭", Any, cur("LAK", Both)),
    ("₽", Any, cur("RUB", Both)),
    ("₺", Any, cur("TRY", Both)),
    ("₴", Any, cur("UAH", Both)),
    ("₦", Any, cur("NGN", Both)),
    ("₱", Any, cur("PHP", Both)),
    ("₫", Any, cur("VND", Both)),
    ("₪", Any, cur("ILS", Both)),
    ("MXN$", Any, cur("MXN", Before)),
    ("Mex$", Any, cur("MXN", Before)),
    ("AUD$", Any, cur("AUD", Before)),
    ("NZD$", Any, cur("NZD", Before)),
    ("markka", Any, cur("FIM", After)),
    ("australs", Any, cur("ARA", After)),
    ("cruzados", Any, cur("BRC", After)),
    ("markkaa", Any, cur("FIM", After)),
    ("finnish markka", Any, cur("FIM", After)),
    ("pesetas", Any, cur("ESP", After)),
    ("peseta", Any, cur("ESP", After)),
    ("dutch guilders", Any, cur("NLG", After)),
    ("guilder", Any, cur("NLG", After)),
    ("escudos", Any, cur("PTE", After)),
    ("drachmas", Any, cur("GRD", After)),
    ("belgian francs", Any, cur("BEF", After)),
    ("schillings", Any, cur("ATS", After)),
    ("irish pounds", Any, cur("IEP", After)),
    ("punts", Any, cur("IEP", After)),
    ("kuwaiti dinar", Any, cur("KWD", After)),
    ("kuwaiti dinars", Any, cur("KWD", After)),
    ("lebanese pounds", Any, cur("LBP", After)),
    ("LBP", Any, cur("LBP", Both)),
    ("BGN", Any, cur("BGN", Both)),
    ("MNT", Any, cur("MNT", Both)),
    ("tugrik", Any, cur("MNT", After)),
    ("tugriks", Any, cur("MNT", After)),
    ("qatari riyal", Any, cur("QAR", After)),
    ("qatari riyals", Any, cur("QAR", After)),
    ("saudi riyal", Any, cur("SAR", After)),
    ("saudi riyals", Any, cur("SAR", After)),
    ("egyptian pound", Any, cur("EGP", After)),
    ("chinese yuan", Any, cur("CNY", After)),
    ("turkish lira", Any, cur("TRY", After)),
    ("indian rupees", Any, cur("INR", After)),
    ("pakistani rupees", Any, cur("PKR", After)),
    ("PKR", Any, cur("PKR", Both)),
    ("LKR", Any, cur("LKR", Both)),
    ("VND", Any, cur("VND", Both)),
    ("dong", Exact, cur("VND", After)),
    ("ARS", Any, cur("ARS", Both)),
    ("CLP", Any, cur("CLP", Both)),
    ("COP", Any, cur("COP", Both)),
    ("CZK", Any, cur("CZK", Both)),
    ("HUF", Any, cur("HUF", Both)),
    ("forints", Any, cur("HUF", After)),
    ("RON", Exact, cur("RON", Both)),
    ("ISK", Any, cur("ISK", Both)),
    ("MUSD", Exact, millions("USD")),
    ("MEUR", Exact, millions("EUR")),
    ("MGBP", Exact, millions("GBP")),
    ("MAUD", Exact, millions("AUD")),
    ("MSEK", Exact, millions("SEK")),
    ("MNOK", Exact, millions("NOK")),
    ("MDKK", Exact, millions("DKK")),
    ("MCHF", Exact, millions("CHF")),
    ("bitcoin", Any, cur("BTC", After)),
    ("bitcoins", Any, cur("BTC", After)),
]);

table!(SCALES: Scale = [
    ("thousand", Any, Scale { exp: 3, money_only: false }),
    ("k", Any, Scale { exp: 3, money_only: false }),
    ("million", Any, Scale { exp: 6, money_only: false }),
    ("millions", Any, Scale { exp: 6, money_only: true }),
    ("mln", Any, Scale { exp: 6, money_only: false }),
    ("mn", Any, Scale { exp: 6, money_only: false }),
    ("mio", Any, Scale { exp: 6, money_only: false }),
    ("M", Exact, Scale { exp: 6, money_only: false }),
    ("MM", Exact, Scale { exp: 6, money_only: false }),
    ("m", Exact, Scale { exp: 6, money_only: true }),
    ("billion", Any, Scale { exp: 9, money_only: false }),
    ("billions", Any, Scale { exp: 9, money_only: true }),
    ("bn", Any, Scale { exp: 9, money_only: false }),
    ("bln", Any, Scale { exp: 9, money_only: false }),
    ("B", Exact, Scale { exp: 9, money_only: true }),
    ("b", Exact, Scale { exp: 9, money_only: true }),
    ("trillion", Any, Scale { exp: 12, money_only: false }),
    ("tn", Any, Scale { exp: 12, money_only: false }),
    ("tln", Any, Scale { exp: 12, money_only: false }),
    ("mil", Any, Scale { exp: 6, money_only: false }),
    ("trn", Any, Scale { exp: 12, money_only: false }),
    ("lakh", Any, Scale { exp: 5, money_only: false }),
    ("lakhs", Any, Scale { exp: 5, money_only: false }),
    ("lac", Any, Scale { exp: 5, money_only: false }),
    ("crore", Any, Scale { exp: 7, money_only: false }),
    ("crores", Any, Scale { exp: 7, money_only: false }),
    ("krores", Any, Scale { exp: 7, money_only: false }),
    ("cr", Any, Scale { exp: 7, money_only: true }),
    ("lkh", Any, Scale { exp: 5, money_only: false }),
    ("lkhs", Any, Scale { exp: 5, money_only: false }),
]);

table!(UNITS: Unit = [
    // percent, percentage points, basis points
    ("%", Any, u("%", Percent)),
    ("per cent", Any, u("%", Percent)),
    ("percent", Any, u("%", Percent)),
    ("percents", Any, u("%", Percent)),
    ("percentage", Any, u("%", Percent)),
    ("per - cent", Any, u("%", Percent)),
    ("pct", Any, u("%", Percent)),
    ("percentage points", Any, u("pp", Percent)),
    ("percentage point", Any, u("pp", Percent)),
    ("pct points", Any, u("pp", Percent)),
    ("pct pts", Any, u("pp", Percent)),
    ("% points", Any, u("pp", Percent)),
    ("pp", Any, u("pp", Percent)),
    ("ppt", Any, u("pp", Percent)),
    ("ppts", Any, u("pp", Percent)),
    ("basis points", Any, u("bp", Percent)),
    ("basis point", Any, u("bp", Percent)),
    ("bp", Any, u("bp", Percent)),
    ("bps", Any, u("bp", Percent)),
    ("bpts", Any, u("bp", Percent)),
    // length
    ("km", Any, u("km", Length)),
    ("kms", Any, u("km", Length)),
    ("kilometre", Any, u("km", Length)),
    ("kilometres", Any, u("km", Length)),
    ("kilometer", Any, u("km", Length)),
    ("kilometers", Any, u("km", Length)),
    ("m", Exact, u("m", Length)),
    ("metre", Any, u("m", Length)),
    ("metres", Any, u("m", Length)),
    ("meter", Any, u("m", Length)),
    ("meters", Any, u("m", Length)),
    ("cm", Any, u("cm", Length)),
    ("centimetre", Any, u("cm", Length)),
    ("centimetres", Any, u("cm", Length)),
    ("centimeter", Any, u("cm", Length)),
    ("centimeters", Any, u("cm", Length)),
    ("dm", Exact, u("dm", Length)),
    ("decimetre", Any, u("dm", Length)),
    ("decimetres", Any, u("dm", Length)),
    ("decimeter", Any, u("dm", Length)),
    ("decimeters", Any, u("dm", Length)),
    ("mm", Exact, u("mm", Length)),
    ("millimetre", Any, u("mm", Length)),
    ("millimetres", Any, u("mm", Length)),
    ("millimeter", Any, u("mm", Length)),
    ("millimeters", Any, u("mm", Length)),
    ("mi", Any, u("mi", Length)),
    ("mile", Any, u("mi", Length)),
    ("miles", Any, u("mi", Length)),
    ("nautical miles", Any, u("nmi", Length)),
    ("nautical mile", Any, u("nmi", Length)),
    ("ft", Any, u("ft", Length)),
    ("foot", Any, u("ft", Length)),
    ("feet", Any, u("ft", Length)),
    ("inch", Any, u("in", Length)),
    ("inches", Any, u("in", Length)),
    ("yard", Any, u("yd", Length)),
    ("yards", Any, u("yd", Length)),
    ("yd", Any, u("yd", Length)),
    ("yds", Any, u("yd", Length)),
    // mass
    ("kg", Any, u("kg", Mass)),
    ("kgs", Any, u("kg", Mass)),
    ("kilogram", Any, u("kg", Mass)),
    ("kilograms", Any, u("kg", Mass)),
    ("kilogramme", Any, u("kg", Mass)),
    ("kilogrammes", Any, u("kg", Mass)),
    ("kilo", Any, u("kg", Mass)),
    ("kilos", Any, u("kg", Mass)),
    ("g", Exact, u("g", Mass)),
    ("gram", Any, u("g", Mass)),
    ("grams", Any, u("g", Mass)),
    ("gramme", Any, u("g", Mass)),
    ("grammes", Any, u("g", Mass)),
    ("gm", Any, u("g", Mass)),
    ("gs", Exact, u("g", Mass)),
    ("gms", Any, u("g", Mass)),
    ("mg", Any, u("mg", Mass)),
    ("milligram", Any, u("mg", Mass)),
    ("milligrams", Any, u("mg", Mass)),
    ("µg", Any, u("µg", Mass)),
    ("μg", Any, u("µg", Mass)),
    ("mcg", Any, u("µg", Mass)),
    ("microgram", Any, u("µg", Mass)),
    ("micrograms", Any, u("µg", Mass)),
    ("t", Exact, u("t", Mass)),
    ("mt", Exact, u("t", Mass)),
    ("MT", Exact, u("t", Mass)),
    ("tonne", Any, u("t", Mass)),
    ("tonnes", Any, u("t", Mass)),
    ("metric ton", Any, u("t", Mass)),
    ("metric tons", Any, u("t", Mass)),
    ("metric tonnes", Any, u("t", Mass)),
    ("metric tonne", Any, u("t", Mass)),
    ("ton", Any, u("t", Mass)),
    ("tons", Any, u("t", Mass)),
    ("lb", Any, u("lb", Mass)),
    ("lbs", Any, u("lb", Mass)),
    ("pound", Any, u("lb", Mass)),
    ("pounds", Any, u("lb", Mass)),
    ("oz", Any, u("oz", Mass)),
    ("ounce", Any, u("oz", Mass)),
    ("ounces", Any, u("oz", Mass)),
    ("troy ounce", Any, u("oz", Mass)),
    ("troy ounces", Any, u("oz", Mass)),
    ("stone", Any, u("st", Mass)),
    ("short tons", Any, u("short ton", Mass)),
    ("short ton", Any, u("short ton", Mass)),
    ("long tons", Any, u("long ton", Mass)),
    ("stones", Any, u("st", Mass)),
    // volume
    ("l", Exact, u("l", Volume)),
    ("L", Exact, u("l", Volume)),
    ("litre", Any, u("l", Volume)),
    ("litres", Any, u("l", Volume)),
    ("liter", Any, u("l", Volume)),
    ("liters", Any, u("l", Volume)),
    ("ml", Any, u("ml", Volume)),
    ("mls", Any, u("ml", Volume)),
    ("millilitre", Any, u("ml", Volume)),
    ("millilitres", Any, u("ml", Volume)),
    ("milliliter", Any, u("ml", Volume)),
    ("milliliters", Any, u("ml", Volume)),
    ("hl", Any, u("hl", Volume)),
    ("hectolitre", Any, u("hl", Volume)),
    ("hectolitres", Any, u("hl", Volume)),
    ("hectoliter", Any, u("hl", Volume)),
    ("hectoliters", Any, u("hl", Volume)),
    ("gal", Any, u("gal", Volume)),
    ("gals", Any, u("gal", Volume)),
    ("gallon", Any, u("gal", Volume)),
    ("gallons", Any, u("gal", Volume)),
    ("bbl", Any, u("bbl", Volume)),
    ("bbls", Any, u("bbl", Volume)),
    ("barrel", Any, u("bbl", Volume)),
    ("barrels", Any, u("bbl", Volume)),
    ("bpd", Any, rate("bbl", Volume, "d")),
    ("b/d", Any, rate("bbl", Volume, "d")),
    ("mbpd", Any, rate("bbl", Volume, "d")),
    ("cubic metres", Any, u("m3", Volume)),
    ("cubic meters", Any, u("m3", Volume)),
    ("m3", Any, u("m3", Volume)),
    ("cubic feet", Any, u("ft3", Volume)),
    ("cup", Any, u("cup", Volume)),
    ("tablespoon", Any, u("tbsp", Volume)),
    ("tablespoons", Any, u("tbsp", Volume)),
    ("tbsp", Any, u("tbsp", Volume)),
    ("teaspoon", Any, u("tsp", Volume)),
    ("teaspoons", Any, u("tsp", Volume)),
    ("tsp", Any, u("tsp", Volume)),
    ("cups", Any, u("cup", Volume)),
    // area
    ("sq km", Any, u("km2", Area)),
    ("km2", Any, u("km2", Area)),
    ("km²", Any, u("km2", Area)),
    ("square kilometres", Any, u("km2", Area)),
    ("square kilometers", Any, u("km2", Area)),
    ("square miles", Any, u("mi2", Area)),
    ("square mile", Any, u("mi2", Area)),
    ("sq miles", Any, u("mi2", Area)),
    ("square metres", Any, u("m2", Area)),
    ("square meters", Any, u("m2", Area)),
    ("sq m", Any, u("m2", Area)),
    ("m2", Any, u("m2", Area)),
    ("m²", Any, u("m2", Area)),
    ("square feet", Any, u("ft2", Area)),
    ("square foot", Any, u("ft2", Area)),
    ("sq ft", Any, u("ft2", Area)),
    ("hectare", Any, u("ha", Area)),
    ("hectares", Any, u("ha", Area)),
    ("ha", Exact, u("ha", Area)),
    ("acre", Any, u("ac", Area)),
    ("acres", Any, u("ac", Area)),
    // temperature
    ("°C", Any, u("°C", Temperature)),
    ("º C", Any, u("°C", Temperature)),
    ("degrees Celsius", Any, u("°C", Temperature)),
    ("degree Celsius", Any, u("°C", Temperature)),
    ("degrees centigrade", Any, u("°C", Temperature)),
    ("degrees C", Any, u("°C", Temperature)),
    ("deg C", Any, u("°C", Temperature)),
    ("° Celsius", Any, u("°C", Temperature)),
    ("celsius", Any, u("°C", Temperature)),
    ("celcius", Any, u("°C", Temperature)),
    ("deg celsius", Any, u("°C", Temperature)),
    ("degrees celcius", Any, u("°C", Temperature)),
    ("centigrate", Any, u("°C", Temperature)),
    ("centigrade", Any, u("°C", Temperature)),
    ("C", Exact, u("°C", Temperature)),
    // Tokenized text's lowercased `25C`. In plain text `25c` is cents: the currency form
    // `c` reads there (`Texts::Plain`), and a currency wins over a unit of its length.
    ("c", Exact, u("°C", Temperature)),
    ("°F", Any, u("°F", Temperature)),
    ("º F", Any, u("°F", Temperature)),
    ("degrees Fahrenheit", Any, u("°F", Temperature)),
    ("degree Fahrenheit", Any, u("°F", Temperature)),
    ("degrees F", Any, u("°F", Temperature)),
    ("deg F", Any, u("°F", Temperature)),
    ("° Fahrenheit", Any, u("°F", Temperature)),
    ("fahrenheit", Any, u("°F", Temperature)),
    ("farenheit", Any, u("°F", Temperature)),
    ("degrees farenheit", Any, u("°F", Temperature)),
    ("deg fahrenheit", Any, u("°F", Temperature)),
    ("F", Exact, u("°F", Temperature)),
    ("°", Any, u("°", Temperature)),
    ("degrees", Any, u("°", Temperature)),
    ("degree", Any, u("°", Temperature)),
    ("deg .", Any, u("°", Temperature)),
    ("deg", Any, u("°", Temperature)),
    // speed
    ("km/h", Any, u("km/h", Speed)),
    ("kmh", Any, u("km/h", Speed)),
    ("kph", Any, u("km/h", Speed)),
    ("kmph", Any, u("km/h", Speed)),
    ("km/hr", Any, u("km/h", Speed)),
    ("km per hour", Any, u("km/h", Speed)),
    ("kilometres per hour", Any, u("km/h", Speed)),
    ("kilometers per hour", Any, u("km/h", Speed)),
    ("kilometres an hour", Any, u("km/h", Speed)),
    ("kilometers an hour", Any, u("km/h", Speed)),
    ("mph", Any, u("mph", Speed)),
    ("miles per hour", Any, u("mph", Speed)),
    ("miles an hour", Any, u("mph", Speed)),
    ("m/s", Any, u("m/s", Speed)),
    ("metres per second", Any, u("m/s", Speed)),
    ("meters per second", Any, u("m/s", Speed)),
    ("knots", Any, u("kn", Speed)),
    ("knot", Any, u("kn", Speed)),
    // duration
    ("years", Any, u("yr", Duration)),
    ("year", Any, u("yr", Duration)),
    ("yrs", Any, u("yr", Duration)),
    ("months", Any, u("mo", Duration)),
    ("month", Any, u("mo", Duration)),
    ("weeks", Any, u("wk", Duration)),
    ("week", Any, u("wk", Duration)),
    ("days", Any, u("d", Duration)),
    ("day", Any, u("d", Duration)),
    ("hours", Any, u("h", Duration)),
    ("hour", Any, u("h", Duration)),
    ("hrs", Any, u("h", Duration)),
    ("minutes", Any, u("min", Duration)),
    ("minute", Any, u("min", Duration)),
    ("mins", Any, u("min", Duration)),
    ("seconds", Any, u("s", Duration)),
    ("second", Any, u("s", Duration)),
    ("secs", Any, u("s", Duration)),
    ("decades", Any, u("decade", Duration)),
    ("mths", Any, u("mo", Duration)),
    ("mth", Any, u("mo", Duration)),
    ("qtr", Any, u("qtr", Duration)),
    ("qtrs", Any, u("qtr", Duration)),
    ("quarter", Any, u("qtr", Duration)),
    ("quarters", Any, u("qtr", Duration)),
    ("decade", Any, u("decade", Duration)),
    // data
    ("MB", Any, u("MB", Data)),
    ("GB", Any, u("GB", Data)),
    ("TB", Any, u("TB", Data)),
    ("megabytes", Any, u("MB", Data)),
    ("gigabytes", Any, u("GB", Data)),
    ("terabytes", Any, u("TB", Data)),
    ("megabyte", Any, u("MB", Data)),
    ("gigabyte", Any, u("GB", Data)),
    ("terabyte", Any, u("TB", Data)),
    ("kilobytes", Any, u("KB", Data)),
    ("kilobyte", Any, u("KB", Data)),
    ("Mbps", Any, u("Mbit/s", Data)),
    ("megabits per second", Any, u("Mbit/s", Data)),
    ("megabits a second", Any, u("Mbit/s", Data)),
    ("megabit per second", Any, u("Mbit/s", Data)),
    ("kilobits per second", Any, u("kbit/s", Data)),
    ("kilobits a second", Any, u("kbit/s", Data)),
    ("kbps", Any, u("kbit/s", Data)),
    ("Mbit/s", Any, u("Mbit/s", Data)),
    ("Gbps", Any, u("Gbit/s", Data)),
    // energy and power, common in commodity news
    ("MW", Exact, u("MW", Energy)),
    ("GW", Exact, u("GW", Energy)),
    ("kW", Any, u("kW", Energy)),
    ("megawatts", Any, u("MW", Energy)),
    ("megawatt", Any, u("MW", Energy)),
    ("gigawatts", Any, u("GW", Energy)),
    ("gigawatt", Any, u("GW", Energy)),
    ("kilowatts", Any, u("kW", Energy)),
    ("kilowatt", Any, u("kW", Energy)),
    ("kilowatt hours", Any, u("kWh", Energy)),
    ("kilowatt hour", Any, u("kWh", Energy)),
    ("kilowatt-hours", Any, u("kWh", Energy)),
    ("kilowatt-hour", Any, u("kWh", Energy)),
    ("megawatt hours", Any, u("MWh", Energy)),
    ("megawatt hour", Any, u("MWh", Energy)),
    ("megawatt-hours", Any, u("MWh", Energy)),
    ("megawatt-hour", Any, u("MWh", Energy)),
    ("gigawatt hours", Any, u("GWh", Energy)),
    ("gigawatt hour", Any, u("GWh", Energy)),
    ("gigawatt-hours", Any, u("GWh", Energy)),
    ("gigawatt-hour", Any, u("GWh", Energy)),
    ("terawatt hours", Any, u("TWh", Energy)),
    ("terawatt hour", Any, u("TWh", Energy)),
    ("terawatt-hours", Any, u("TWh", Energy)),
    ("kWh", Any, u("kWh", Energy)),
    ("MWh", Any, u("MWh", Energy)),
    ("GWh", Any, u("GWh", Energy)),
    ("TWh", Any, u("TWh", Energy)),
    // food energy: the calories of news are kilocalories
    ("calories", Any, u("kcal", Energy)),
    ("calorie", Any, u("kcal", Energy)),
    ("kcal", Any, u("kcal", Energy)),
    // index points
    ("points", Any, u("point", Points)),
    ("point", Any, u("point", Points)),
    ("pts", Any, u("point", Points)),
]);

/// Units that add up in a compound measure written largest first (`7 feet 10 inches`, `2 km
/// and 1 metre`, `3 hours 20 minutes`, `7 lb 4 oz`): canonical symbol, measuring system, and
/// size in the system's smallest unit. Every size is a whole multiple of each smaller one, so
/// the sum is exact in the smallest unit written. Units of different systems never combine.
pub static COMPOUND_UNITS: &[(&str, &str, u64)] = &[
    ("mm", "metric length", 1),
    ("cm", "metric length", 10),
    ("dm", "metric length", 100),
    ("m", "metric length", 1_000),
    ("km", "metric length", 1_000_000),
    ("in", "imperial length", 1),
    ("ft", "imperial length", 12),
    ("yd", "imperial length", 36),
    ("mi", "imperial length", 63_360),
    ("mg", "metric mass", 1),
    ("g", "metric mass", 1_000),
    ("kg", "metric mass", 1_000_000),
    ("oz", "imperial mass", 1),
    ("lb", "imperial mass", 16),
    ("st", "imperial mass", 224),
    ("ml", "metric volume", 1),
    ("l", "metric volume", 1_000),
    ("s", "time", 1),
    ("min", "time", 60),
    ("h", "time", 3_600),
    ("d", "time", 86_400),
    ("wk", "time", 604_800),
];

/// Currency words (the last word of a form) that may stand before a number when a scale word
/// follows it: `Australian dollars 648m`, `dollar 22.5 million`. Not `euro` (`Euro 2004`).
pub static PREFIX_WITH_SCALE: WordList =
    WordList::new(&["dollar", "dollars", "dlrs", "yen", "yuan", "rupees"]);

/// A country of [`SHARED_CURRENCIES`]: the code of its money and the words that name it.
pub type Country = (&'static str, &'static [&'static str]);

/// Where a story names the country of a row of [`SHARED_CURRENCIES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// Anywhere in the story: `crowns` in a story that names Norway in its fifth sentence.
    Story,
    /// In its title (or the first sentence of a story without one): money the world trades
    /// in (`dlrs`), which a story of another country's deals names in passing (`a New
    /// Zealand firm bought ... for 13.1 mln dlrs`).
    Lead,
}

/// A row of [`SHARED_CURRENCIES`]: the words of the money, where its country is named, and
/// its countries, the tables' first.
pub type SharedCurrency = (&'static [&'static str], Reach, &'static [Country]);

/// Money that several countries name alike, told apart by the country a story names (the
/// one it names alone, or of several the one its title names alone): the words of the money,
/// which [`CURRENCIES`] gives to the first country's code, where the story is read, and each
/// country's code with the words that name it. Cities that host meetings of other states
/// (Brussels, Geneva, Paris, Luxembourg) name no country here, but for the first (Washington
/// keeps the dollar's default).
#[rustfmt::skip]
pub const SHARED_CURRENCIES: &[SharedCurrency] = &[
    (&["crowns", "crown"], Reach::Story, &[
        ("SEK", &["Sweden", "Swedish", "Stockholm", "kronor", "krona"]),
        ("DKK", &["Denmark", "Danish", "Copenhagen"]),
        ("NOK", &["Norway", "Norwegian", "Oslo"]),
        ("ISK", &["Iceland", "Icelandic", "Reykjavik"]),
    ]),
    (&["pesos", "peso"], Reach::Story, &[
        ("MXN", &["Mexico", "Mexican"]),
        ("PHP", &["Philippines", "Philippine", "Manila"]),
        ("ARS", &["Argentina", "Argentine", "Argentinian"]),
        ("CLP", &["Chile", "Chilean"]),
        ("COP", &["Colombia", "Colombian"]),
    ]),
    (&["francs", "franc"], Reach::Story, &[
        ("FRF", &["France", "French"]),
        ("CHF", &["Switzerland", "Swiss", "Zurich"]),
        ("BEF", &["Belgium", "Belgian"]),
    ]),
    // Reuters writes a Canadian, Australian, Hong Kong or Singapore story's money `dlrs`,
    // and `U.S. dlrs` for another: a story that names the U.S. (or none of these) keeps
    // `USD`.
    (&["dlrs", "dlr", "dollars", "dollar", "cts", "ct", "cents", "cent"], Reach::Lead, &[
        ("USD", &["U.S", "American", "Americans", "America", "Washington", "States", "York"]),
        ("CAD", &["Canada", "Canadian", "Ottawa", "Toronto", "Montreal", "Vancouver", "Calgary"]),
        ("AUD", &["Australia", "Australian", "Sydney", "Melbourne"]),
        ("NZD", &["Zealand", "N.Z", "Wellington", "Auckland"]),
        ("HKD", &["HK", "H.K", "Kong", "Hongkong"]),
        ("SGD", &["Singapore"]),
    ]),
    (&["rupees", "rupee", "Rs"], Reach::Story, &[
        ("INR", &["India", "Indian", "Delhi", "Bombay", "Mumbai"]),
        ("PKR", &["Pakistan", "Pakistani", "Karachi", "Islamabad"]),
        ("LKR", &["Lanka", "Lankan", "Colombo"]),
        ("NPR", &["Nepal", "Nepalese", "Kathmandu"]),
        ("MUR", &["Mauritius", "Mauritian"]),
    ]),
    (&["riyals", "riyal"], Reach::Story, &[
        ("SAR", &["Saudi", "Riyadh"]),
        ("QAR", &["Qatar", "Qatari", "Doha"]),
        ("YER", &["Yemen", "Yemeni"]),
    ]),
];

/// Unicode vulgar fractions (`½`, `2 ¾`): the character, numerator and denominator.
pub static VULGAR_FRACTIONS: &[(char, u64, u64)] = &[
    ('½', 1, 2),
    ('⅓', 1, 3),
    ('⅔', 2, 3),
    ('¼', 1, 4),
    ('¾', 3, 4),
    ('⅕', 1, 5),
    ('⅖', 2, 5),
    ('⅗', 3, 5),
    ('⅘', 4, 5),
    ('⅙', 1, 6),
    ('⅚', 5, 6),
    ('⅐', 1, 7),
    ('⅛', 1, 8),
    ('⅜', 3, 8),
    ('⅝', 5, 8),
    ('⅞', 7, 8),
    ('⅑', 1, 9),
    ('⅒', 1, 10),
];

table!(
/// Units read only as the smaller part of a compound measure: `5 ft 2 in` (alone, "in" is
/// the preposition).
COMPOUND_TAIL_UNITS: Unit = [
    ("in", Any, u("in", Length)),
    ("ins", Any, u("in", Length)),
]);

table!(NUMBER_WORDS: NumWord = [
    ("zero", Any, NumWord::Digit(0)),
    ("nought", Any, NumWord::Digit(0)),
    ("nil", Any, NumWord::Digit(0)),
    ("naught", Any, NumWord::Digit(0)),
    ("a couple of", Any, NumWord::Digit(2)),
    ("a couple", Any, NumWord::Digit(2)),
    ("a pair of", Any, NumWord::Digit(2)),
    ("one", Any, NumWord::Digit(1)),
    ("two", Any, NumWord::Digit(2)),
    ("three", Any, NumWord::Digit(3)),
    ("four", Any, NumWord::Digit(4)),
    ("five", Any, NumWord::Digit(5)),
    ("six", Any, NumWord::Digit(6)),
    ("seven", Any, NumWord::Digit(7)),
    ("eight", Any, NumWord::Digit(8)),
    ("nine", Any, NumWord::Digit(9)),
    ("ten", Any, NumWord::Teen(10)),
    ("eleven", Any, NumWord::Teen(11)),
    ("twelve", Any, NumWord::Teen(12)),
    ("thirteen", Any, NumWord::Teen(13)),
    ("fourteen", Any, NumWord::Teen(14)),
    ("fifteen", Any, NumWord::Teen(15)),
    ("sixteen", Any, NumWord::Teen(16)),
    ("seventeen", Any, NumWord::Teen(17)),
    ("eighteen", Any, NumWord::Teen(18)),
    ("nineteen", Any, NumWord::Teen(19)),
    ("twenty", Any, NumWord::Tens(20)),
    ("thirty", Any, NumWord::Tens(30)),
    ("forty", Any, NumWord::Tens(40)),
    ("fourty", Any, NumWord::Tens(40)),
    ("fifty", Any, NumWord::Tens(50)),
    ("sixty", Any, NumWord::Tens(60)),
    ("seventy", Any, NumWord::Tens(70)),
    ("eighty", Any, NumWord::Tens(80)),
    ("ninety", Any, NumWord::Tens(90)),
    ("hundred", Any, NumWord::Hundred),
    ("thousand", Any, NumWord::Scale(3)),
    ("million", Any, NumWord::Scale(6)),
    ("billion", Any, NumWord::Scale(9)),
    ("trillion", Any, NumWord::Scale(12)),
    ("lakh", Any, NumWord::Scale(5)),
    ("crore", Any, NumWord::Scale(7)),
    ("lakhs", Any, NumWord::Scale(5)),
    ("lac", Any, NumWord::Scale(5)),
    ("lkh", Any, NumWord::Scale(5)),
    ("crores", Any, NumWord::Scale(7)),
    ("krores", Any, NumWord::Scale(7)),
    ("cr", Any, NumWord::Scale(7)),
    ("dozen", Any, NumWord::Dozen),
    ("dozens", Any, NumWord::Dozen),
    ("doz", Any, NumWord::Dozen),
    ("dozs", Any, NumWord::Dozen),
    ("dz", Any, NumWord::Dozen),
    ("dzs", Any, NumWord::Dozen),
    ("thousands", Any, NumWord::Scale(3)),
    ("millions", Any, NumWord::Scale(6)),
    ("billions", Any, NumWord::Scale(9)),
    ("trillions", Any, NumWord::Scale(12)),
    ("half", Any, NumWord::Fraction(2)),
    ("halves", Any, NumWord::Fraction(2)),
    ("third", Any, NumWord::Fraction(3)),
    ("thirds", Any, NumWord::Fraction(3)),
    ("quarter", Any, NumWord::Fraction(4)),
    ("quarters", Any, NumWord::Fraction(4)),
    ("fifth", Any, NumWord::Fraction(5)),
    ("fifths", Any, NumWord::Fraction(5)),
    ("sixth", Any, NumWord::Fraction(6)),
    ("sixths", Any, NumWord::Fraction(6)),
    ("seventh", Any, NumWord::Fraction(7)),
    ("sevenths", Any, NumWord::Fraction(7)),
    ("eighth", Any, NumWord::Fraction(8)),
    ("eighths", Any, NumWord::Fraction(8)),
    ("ninth", Any, NumWord::Fraction(9)),
    ("ninths", Any, NumWord::Fraction(9)),
    ("tenth", Any, NumWord::Fraction(10)),
    ("tenths", Any, NumWord::Fraction(10)),
    ("hundredth", Any, NumWord::Fraction(100)),
    ("hundredths", Any, NumWord::Fraction(100)),
    ("thousandth", Any, NumWord::Fraction(1000)),
    ("thousandths", Any, NumWord::Fraction(1000)),
    ("millionth", Any, NumWord::Fraction(1_000_000)),
    ("millionths", Any, NumWord::Fraction(1_000_000)),
    ("billionth", Any, NumWord::Fraction(1_000_000_000)),
    ("billionths", Any, NumWord::Fraction(1_000_000_000)),
    ("trillionth", Any, NumWord::Fraction(1_000_000_000_000)),
    ("trillionths", Any, NumWord::Fraction(1_000_000_000_000)),
    ("fourth", Any, NumWord::Fraction(4)),
    ("fourths", Any, NumWord::Fraction(4)),
    ("twentieth", Any, NumWord::Fraction(20)),
    ("twentieths", Any, NumWord::Fraction(20)),
    ("thirtieth", Any, NumWord::Fraction(30)),
    ("thirtieths", Any, NumWord::Fraction(30)),
    ("fortieth", Any, NumWord::Fraction(40)),
    ("fiftieth", Any, NumWord::Fraction(50)),
    ("sixtieth", Any, NumWord::Fraction(60)),
    ("seventieth", Any, NumWord::Fraction(70)),
    ("eightieth", Any, NumWord::Fraction(80)),
    ("ninetieth", Any, NumWord::Fraction(90)),
    ("a", Any, NumWord::Article),
    ("an", Any, NumWord::Article),
]);

table!(VAGUE: Vague = [
    ("dozens", Any, Vague { exp: 0, base: 12 }),
    ("scores", Any, Vague { exp: 0, base: 20 }),
    ("hundreds", Any, Vague { exp: 2, base: 1 }),
    ("thousands", Any, Vague { exp: 3, base: 1 }),
    ("tens of thousands", Any, Vague { exp: 4, base: 1 }),
    ("hundreds of thousands", Any, Vague { exp: 5, base: 1 }),
    ("millions", Any, Vague { exp: 6, base: 1 }),
    ("tens of millions", Any, Vague { exp: 7, base: 1 }),
    ("hundreds of millions", Any, Vague { exp: 8, base: 1 }),
    ("billions", Any, Vague { exp: 9, base: 1 }),
    ("tens of billions", Any, Vague { exp: 10, base: 1 }),
    ("hundreds of billions", Any, Vague { exp: 11, base: 1 }),
    ("trillions", Any, Vague { exp: 12, base: 1 }),
]);

table!(
/// Nouns that follow `a`/`an` in a rate: `$88 a barrel`, `45 cts a share`. `per` takes any
/// noun; these are the ones that may follow the article. The value is the canonical `per`.
PER_NOUNS: &'static str = [
    ("barrel", Any, "bbl"),
    ("bbl", Any, "bbl"),
    ("ounce", Any, "oz"),
    ("oz", Any, "oz"),
    ("troy ounce", Any, "oz"),
    ("tonne", Any, "t"),
    ("ton", Any, "t"),
    ("metric ton", Any, "t"),
    ("pound", Any, "lb"),
    ("lb", Any, "lb"),
    ("kilo", Any, "kg"),
    ("kilogram", Any, "kg"),
    ("kg", Any, "kg"),
    ("gram", Any, "g"),
    ("litre", Any, "l"),
    ("liter", Any, "l"),
    ("gallon", Any, "gal"),
    ("bushel", Any, "bu"),
    ("dozen", Any, "dozen"),
    ("share", Any, "share"),
    ("day", Any, "d"),
    ("week", Any, "wk"),
    ("month", Any, "mo"),
    ("year", Any, "yr"),
    ("annum", Any, "yr"),
    ("hour", Any, "h"),
    ("head", Any, "head"),
    ("person", Any, "person"),
    ("unit", Any, "unit"),
    ("piece", Any, "piece"),
    ("night", Any, "night"),
    ("megawatt hour", Any, "MWh"),
    ("mwh", Any, "MWh"),
    ("kwh", Any, "kWh"),
    ("mmbtu", Any, "MMBtu"),
    ("km", Any, "km"),
    ("mile", Any, "mi"),
]);

table!(
/// Month names and abbreviations: a number beside one is a date, never a quantity.
MONTHS: () = [
    ("january", Any, ()), ("february", Any, ()), ("march", Any, ()), ("april", Any, ()),
    ("may", Any, ()), ("june", Any, ()), ("july", Any, ()), ("august", Any, ()),
    ("september", Any, ()), ("october", Any, ()), ("november", Any, ()), ("december", Any, ()),
    ("jan", Any, ()), ("feb", Any, ()), ("mar", Any, ()), ("apr", Any, ()), ("jun", Any, ()),
    ("jul", Any, ()), ("aug", Any, ()), ("sep", Any, ()), ("sept", Any, ()), ("oct", Any, ()),
    ("nov", Any, ()), ("dec", Any, ()),
    ("jan .", Any, ()), ("feb .", Any, ()), ("aug .", Any, ()), ("sept .", Any, ()),
    ("oct .", Any, ()), ("nov .", Any, ()), ("dec .", Any, ()),
]);

table!(
/// Phrases with a number in them that is no quantity: names that end in a number (`S&P 500`,
/// `FTSE 100`) and idioms with a number word (`one another`).
NON_QUANTITIES: () = [
    ("S&P 500", Any, ()), ("S & P 500", Any, ()), ("FTSE 100", Any, ()), ("FTSE 250", Any, ()),
    ("FTSE 350", Any, ()), ("Nikkei 225", Any, ()), ("CAC 40", Any, ()), ("DAX 30", Any, ()),
    ("DAX 40", Any, ()), ("Euro Stoxx 50", Any, ()), ("Stoxx 50", Any, ()),
    ("Stoxx 600", Any, ()), ("Russell 2000", Any, ()), ("ASX 200", Any, ()),
    ("IBEX 35", Any, ()), ("KOSPI 200", Any, ()), ("Nifty 50", Any, ()), ("Sensex 30", Any, ()),
    ("Fortune 500", Any, ()), ("Forbes 400", Any, ()), ("Formula 1", Any, ()),
    ("Formula One", Any, ()), ("Radio 4", Any, ()), ("Radio 1", Any, ()), ("Radio 2", Any, ()),
    ("Radio 3", Any, ()), ("Radio 5", Any, ()), ("Channel 4", Any, ()), ("Channel 5", Any, ()),
    ("BBC One", Any, ()), ("BBC Two", Any, ()), ("BBC Three", Any, ()), ("BBC Four", Any, ()),
    ("Apollo 11", Any, ()), ("Windows 95", Any, ()), ("Windows 98", Any, ()),
    ("Windows 2000", Any, ()), ("Windows 7", Any, ()), ("Windows 10", Any, ()),
    ("Boeing 737", Any, ()), ("Boeing 747", Any, ()), ("Boeing 757", Any, ()),
    ("Boeing 767", Any, ()), ("Boeing 777", Any, ()), ("Boeing 787", Any, ()),
    ("Boeing 777F", Any, ()), ("Boeing 767F", Any, ()), ("Boeing 747F", Any, ()),
    ("13F filing", Any, ()), ("13F filings", Any, ()), ("Form 13F", Any, ()),
    ("Airbus A380", Any, ()), ("Section 8", Any, ()), ("Chapter 11", Any, ()),
    ("Chapter 7", Any, ()), ("Article 50", Any, ()), ("Article 5", Any, ()),
    ("Group of Seven", Any, ()), ("Group of Eight", Any, ()), ("Group of 20", Any, ()),
    ("Group of Five", Any, ()), ("Group of Ten", Any, ()), ("Group of 7", Any, ()),
    ("Catch 22", Any, ()), ("Catch - 22", Any, ()), ("Top 40", Any, ()),
    ("Six Nations", Exact, ()), ("SIX NATIONS", Exact, ()), ("Three Gorges", Exact, ()),
    ("THREE GORGES", Exact, ()), ("Six Flags", Exact, ()), ("SIX FLAGS", Exact, ()),
    ("Four Seasons", Exact, ()), ("FOUR SEASONS", Exact, ()),
    ("number one", Any, ()), ("No 1", Any, ()), ("No. 1", Any, ()), ("No . 1", Any, ()),
    ("number 10", Any, ()), ("Number 10", Any, ()), ("No 10", Any, ()),
    ("one another", Any, ()), ("one of", Any, ()), ("one or two", Any, ()),
    ("one thing", Any, ()), ("one way", Any, ()), ("one side", Any, ()), ("one hand", Any, ()),
    ("no one", Any, ()), ("any one", Any, ()), ("each one", Any, ()), ("every one", Any, ()),

    ("one - off", Any, ()), ("9/11", Any, ()), ("9 / 11", Any, ()), ("24/7", Any, ()),
    ("24 / 7", Any, ()), ("7/7", Any, ()), ("4/4", Any, ()),
    ("first half", Any, ()), ("second half", Any, ()), ("the half", Any, ()),
    ("first - half", Any, ()), ("second - half", Any, ()),
    ("first quarter", Any, ()), ("second quarter", Any, ()), ("third quarter", Any, ()),
    ("fourth quarter", Any, ()), ("last quarter", Any, ()), ("final quarter", Any, ()),
    ("fly-half", Any, ()), ("half-time", Any, ()), ("half time", Any, ()),
    ("half-back", Any, ()), ("scrum-half", Any, ()), ("half-century", Any, ()),
]);

table!(
/// Words after which a time of day follows a number (`10 am`, `5 p.m.`, `0900 GMT`).
CLOCK_WORDS: () = [
    ("am", Any, ()), ("pm", Any, ()), ("a.m.", Any, ()), ("p.m.", Any, ()), ("a . m .", Any, ()),
    ("p . m .", Any, ()), ("a.m", Any, ()), ("p.m", Any, ()), ("gmt", Any, ()), ("bst", Any, ()),
    ("edt", Any, ()), ("est", Any, ()), ("cet", Any, ()), ("utc", Any, ()), ("hrs", Exact, ()),
    ("o'clock", Any, ()), ("o ' clock", Any, ()), ("hours gmt", Any, ()), ("local time", Any, ()),
]);

/// Words in -ing that qualify a plural noun after a number rather than start a clause of
/// their own: `8.21 mln outstanding shares`, `1,248 working rigs`, `2,000 housing units`
/// (not `cut by 300 leaving workers`).
#[rustfmt::skip]
pub static ING_ADJECTIVES: WordList = WordList::new(&[
    "outstanding", "existing", "remaining", "leading", "operating", "working", "developing",
    "producing", "exporting", "importing", "striking", "participating", "underperforming",
    "missing", "competing", "neighbouring", "neighboring", "running", "manufacturing",
    "mining", "farming", "shipping", "drilling", "lending", "financing", "nursing", "fighting",
    "voting", "consuming", "emerging", "housing", "trading", "outgoing", "incoming",
    "upcoming", "ongoing", "teaching", "banking", "retailing",
]);

/// Words that open what follows a dash and join no hyphenated compound: determiners,
/// pronouns, conjunctions, auxiliaries and a few prepositions and adverbs. Tokenized text that
/// spaces its hyphens as its dashes tells them apart by the word after: `to 48 . 3 - its
/// lowest` is a dash, `a 10 - times rise`, `a 200 - to 300 - seat jet`, `drawn two - all`
/// and `a one - off payment` are compounds.
#[rustfmt::skip]
pub static DASH_OPENERS: WordList = WordList::new(&[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "who",
    "which", "that", "whose", "whom", "and", "but", "nor", "is", "are", "was", "were", "has",
    "have", "had", "could", "would", "will", "may", "might", "can", "should", "now", "just",
    "only", "also", "not", "among", "after", "before", "including", "like", "with", "for",
    "from", "while", "when", "where", "although", "though", "because", "as", "said", "says",
]);

/// Words that end a counted noun phrase or cannot be its head: function words and common
/// verbs. `300 drones and missiles fired` stops at `fired`.
pub static NOT_NOUNS: WordList = WordList::new(&[
    "a",
    "about",
    "above",
    "across",
    "after",
    "against",
    "ago",
    "all",
    "almost",
    "along",
    "already",
    "also",
    "although",
    "am",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "around",
    "as",
    "at",
    "away",
    "back",
    "be",
    "became",
    "because",
    "been",
    "before",
    "behind",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "came",
    "can",
    "cannot",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "due",
    "during",
    "each",
    "earlier",
    "either",
    "else",
    "ended",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "including",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "last",
    "later",
    "least",
    "less",
    "like",
    "made",
    "make",
    "many",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "near",
    "nearly",
    "neither",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "onto",
    "or",
    "other",
    "others",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "per",
    "perhaps",
    "rather",
    "said",
    "same",
    "says",
    "say",
    "seen",
    "shall",
    "she",
    "should",
    "since",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "till",
    "to",
    "too",
    "toward",
    "towards",
    "under",
    "unless",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "via",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "yours",
    "percent",
    "vs",
    "versus",
    "times",
    "fold",
    "apiece",
    "each",
    "s",
    "t",
    "is",
    "was",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "monday",
    "its",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "ones",
    // Verbs after a subject that the noun phrase would take for a plural (`above 50
    // indicates`, `the top five includes`); not those that are as often nouns (`makes`,
    // `takes`, `holds`, `puts`, `uses`, `looks`, `shows`, `runs`, `claims`).
    "indicates",
    "includes",
    "represents",
    "suggests",
    "remains",
    "seems",
    "becomes",
    "believes",
    "feels",
    "knows",
    "thinks",
    "expects",
    "wants",
    "gets",
    "gives",
    "goes",
    "comes",
    "appears",
    "requires",
    "involves",
    "contains",
    "describes",
    "reveals",
    "explains",
    "insists",
]);

/// Words that open a noun phrase and no phrase of time or price: the definite article, the
/// possessives and `another`. After a currency form that is also a verb they start its
/// object (`won the award`, `won their third title`; see [`Currency::verb_form`]). Not `a`,
/// `this`, `every` or `each`, which follow a price as often (`won a year earlier`, `won this
/// week`, `won each`).
pub static DETERMINERS: WordList = WordList::new(&[
    "the", "his", "her", "its", "their", "our", "my", "your", "another",
]);

/// Goods weighed in pounds, as commodity and mining reports write them after `of` (`2.3 mln
/// pounds of peanut products`, `929 million pounds of copper`): after a scaled amount of
/// `pounds` one of these makes it a weight, not sterling (see [`Currency::scaled_only`]).
/// Metals and raw materials, crops and foods, drugs. Not words that name money or its use
/// (`gilts`, `debt`, `equity`, `investment`), nor `oil` (`oil revenue`), `lead`, `tin` or
/// `gold` (weighed in ounces); a goods word before a word of [`MONEY_NOUNS`] is money's
/// (`of British Steel shares`, `of tobacco duty`).
pub static WEIGHED_GOODS: WordList = WordList::new(&[
    "copper",
    "aluminium",
    "aluminum",
    "nickel",
    "zinc",
    "molybdenum",
    "cobalt",
    "uranium",
    "lithium",
    "steel",
    "scrap",
    "polyester",
    "fiber",
    "fibre",
    "resin",
    "plastic",
    "plastics",
    "rubber",
    "pulp",
    "steam",
    "wheat",
    "corn",
    "maize",
    "rice",
    "flour",
    "barley",
    "oats",
    "sorghum",
    "soybeans",
    "soybean",
    "peanut",
    "peanuts",
    "cereal",
    "pasta",
    "sugar",
    "coffee",
    "cocoa",
    "cotton",
    "wool",
    "tobacco",
    "tea",
    "beef",
    "pork",
    "poultry",
    "chicken",
    "meat",
    "lamb",
    "fish",
    "cheese",
    "butter",
    "milk",
    "dairy",
    "vegetable",
    "vegetables",
    "fruit",
    "nuts",
    "honey",
    "feed",
    "fertilizer",
    "food",
    "cocaine",
    "marijuana",
    "cannabis",
    "heroin",
    "explosives",
]);

/// Words that put a unit of time before them in the past (`a week ago`, `a year earlier`,
/// `a quarter prior`), where Reuters' tables leave out the article after another number
/// (`versus 128,000 week ago`): the unit is then not that number's.
pub static TIME_PAST: WordList = WordList::new(&["ago", "earlier", "prior"]);

/// Units of what no market trades, whose moves are none: a body's weight (`st`), the
/// weather's temperature, a speed, a height or a depth in feet, inches, yards, centimetres
/// or millimetres. Not metres, which a tokenized million is often taken for (`rose by 3.6
/// m`), nor miles (`revenue passenger miles`), pounds or kilos (`butter consumption rose to
/// 4.1 kilos per head`).
pub const NON_MARKET_UNITS: [&str; 12] = [
    "st", "°C", "°F", "°", "mph", "km/h", "ft", "in", "cm", "mm", "yd", "kn",
];

/// Words of a change, verbs and nouns, that make `from X to Y` a few tokens after them two
/// values, the level a thing came from and the one it reached, not a range: `fortune rose
/// from £340m to £400m`, `raise the pension age from 60 to 65`, `an increase from 5 to 6
/// pct` (not `ranging from 5 to 10 years`, nor `a rise of from 2.5 to 3 pct`). Not the
/// moves' cues (`MOVE_CUES`), whose entries open with `a`, `was` or `up` and which lack the
/// verbs that act on a thing (`raise`, `cut`, `lower`).
#[rustfmt::skip]
pub static CHANGE_WORDS: WordList = WordList::new(&[
    "rose", "rise", "rises", "rising", "risen", "raise", "raised", "raises", "raising",
    "increase", "increased", "increases", "increasing", "grew", "grow", "grows", "grown",
    "growing", "climbed", "climb", "climbs", "jumped", "jump", "jumps", "soared", "surged",
    "lift", "lifted", "lifts", "boost", "boosted", "boosts", "hike", "hiked", "hikes",
    "fell", "fall", "falls", "fallen", "falling", "dropped", "drop", "drops", "declined",
    "decline", "declines", "decreased", "decrease", "decreases", "cut", "cuts", "cutting",
    "lower", "lowered", "lowers", "reduce", "reduced", "reduces", "reduction", "slashed",
    "plunged", "slumped", "tumbled", "slipped", "eased", "moved", "move", "changed", "change",
    "went", "gone", "expanded", "doubled", "trebled", "tripled", "halved", "revised",
    "upgraded", "downgraded", "adjusted", "widened", "narrowed", "shrank", "improved",
    "deteriorated",
]);

/// Words that make the noun phrase after `pounds of` money's even with goods in it (`1.2
/// billion pounds of British Steel shares`, `of tobacco duty`, `of food aid`; see
/// [`WEIGHED_GOODS`]).
pub static MONEY_NOUNS: WordList = WordList::new(&[
    "shares",
    "stock",
    "stocks",
    "bonds",
    "gilts",
    "duty",
    "duties",
    "tax",
    "taxes",
    "subsidy",
    "subsidies",
    "aid",
    "revenue",
    "revenues",
    "sales",
    "payments",
    "tariff",
    "tariffs",
    "contract",
    "contracts",
    "deal",
    "deals",
    "investment",
    "investments",
    "funding",
    "debt",
    "loans",
    "stake",
    "money",
    "cash",
    "exports",
    "imports",
    "industry",
    "budget",
]);

/// Words that may directly follow a noun phrase: prepositions, conjunctions, relative
/// pronouns, auxiliaries and a few adverbs. A second noun joined to a counted noun by `and`
/// or `or` ends the phrase only before one of these, a past participle (`-ed`), a symbol or
/// the end of the line: `300 drones and missiles fired`, `passengers and crew were`. Before
/// a number, an article or another word it is a verb with its object (`has 500 employees and
/// operates two plants`, `bags and sales standing at`) or the first word of a compound
/// (`tanks and personnel carriers`). Not `to`, which follows verbs as often as nouns
/// (`people and plans to`).
pub static AFTER_NOUN_PHRASE: WordList = WordList::new(&[
    "of",
    "in",
    "on",
    "at",
    "for",
    "from",
    "with",
    "into",
    "onto",
    "after",
    "before",
    "during",
    "since",
    "by",
    "under",
    "over",
    "between",
    "among",
    "across",
    "through",
    "throughout",
    "against",
    "without",
    "within",
    "around",
    "about",
    "near",
    "along",
    "behind",
    "beyond",
    "per",
    "like",
    "including",
    "amid",
    "toward",
    "towards",
    "via",
    "until",
    "despite",
    "and",
    "or",
    "but",
    "nor",
    "as",
    "than",
    "while",
    "when",
    "where",
    "because",
    "if",
    "so",
    "who",
    "which",
    "that",
    "whose",
    "whom",
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "must",
    "do",
    "did",
    "does",
    "also",
    "still",
    "now",
    "then",
    "all",
    "both",
    "each",
    "alone",
    "together",
    "respectively",
]);

/// Words after which a bare number is a label, not a quantity: `flight 3954`, `Local 222`,
/// `number 11`, `chapter 7`.
pub static LABEL_WORDS: WordList = WordList::new(&[
    "no",
    "number",
    "local",
    "flight",
    "flights",
    "chapter",
    "route",
    "section",
    "article",
    "platform",
    "gate",
    "room",
    "page",
    "pages",
    "line",
    "channel",
    "model",
    "version",
    "track",
    "lot",
    "junction",
    "exit",
    "highway",
    "interstate",
    "bus",
    "apartment",
    "suite",
    "grade",
    "class",
    "category",
    "phase",
    "stage",
    "round",
    "game",
    "match",
    "vol",
    "volume",
    "issue",
    "episode",
    "season",
    "chromosome",
    "barrio",
    "district",
    "ward",
    "precinct",
    "rule",
    "resolution",
    "proposition",
    "amendment",
    "clause",
    "paragraph",
    "figure",
    "table",
    "item",
    "id",
    "code",
    "part",
    "title",
    "heat",
    "lane",
    "row",
    "seat",
    "pier",
    "berth",
    "terminal",
    "studio",
    "hall",
    "block",
    "floor",
    "level",
    "tier",
    "nos",
    "ref",
    "sector",
    "zone",
    "division",
    "pool",
    "squad",
    "shirt",
    "jersey",
    "mk",
    "type",
    "series",
]);

/// Words ending in `s` that are no plural: they never head a counted phrase.
pub static NOT_PLURALS: WordList = WordList::new(&[
    "gas",
    "news",
    "series",
    "species",
    "means",
    "bus",
    "lens",
    "physics",
    "economics",
    "politics",
    "mathematics",
    "aids",
    "thanks",
    "analysis",
    "crisis",
    "basis",
    "status",
    "campus",
    "census",
    "bonus",
    "virus",
    "focus",
    "plus",
    "minus",
    "chaos",
    "canvas",
    "atlas",
    "bias",
    "yes",
    "its",
    "this",
    "his",
    "hers",
    "ours",
    "yours",
    "was",
    "has",
    "does",
    "is",
    "us",
]);

/// Plural nouns without a final `s`, and other nouns that head a counted phrase.
pub static IRREGULAR_PLURALS: WordList = WordList::new(&[
    "people",
    "children",
    "men",
    "women",
    "seamen",
    "policemen",
    "fishermen",
    "congressmen",
    "businessmen",
    "crewmen",
    "gunmen",
    "firemen",
    "servicemen",
    "spokesmen",
    "sportsmen",
    "handymen",
    "police",
    "staff",
    "personnel",
    "cattle",
    "sheep",
    "fish",
    "aircraft",
    "deer",
    "feet",
    "teeth",
    "mice",
    "geese",
    "crew",
    "livestock",
    "swine",
    "poultry",
    "offspring",
    "militia",
    "infantry",
    "clergy",
    "faculty",
    "elderly",
    "youth",
]);

macro_rules! lexicon {
    ($name:ident: $ty:ty = $table:ident) => {
        #[allow(missing_docs)]
        pub static $name: LazyLock<Lexicon<$ty>> =
            LazyLock::new(|| Lexicon::new($table.iter().map(|(f, c, v)| (*f, *c, v))));
    };
}

lexicon!(QUALIFIER: Qualifier = QUALIFIERS);
lexicon!(TRAILING_QUALIFIER: Qualifier = TRAILING_QUALIFIERS);
lexicon!(CURRENCY: Currency = CURRENCIES);
lexicon!(SCALE: Scale = SCALES);
lexicon!(UNIT: Unit = UNITS);
lexicon!(NUMBER_WORD: NumWord = NUMBER_WORDS);
lexicon!(VAGUE_AMOUNT: Vague = VAGUE);
lexicon!(PER_NOUN: &'static str = PER_NOUNS);
lexicon!(MONTH: () = MONTHS);
lexicon!(NON_QUANTITY: () = NON_QUANTITIES);
lexicon!(CLOCK: () = CLOCK_WORDS);
lexicon!(COMPOUND_TAIL_UNIT: Unit = COMPOUND_TAIL_UNITS);

/// How many tables [`TriggerMask`] has bits for: those below its two flags.
const TRIGGER_TABLES: usize = 6;
const _: () = assert!(1 << TRIGGER_TABLES <= TriggerMask::ALONE as usize);

/// The tables whose entries can start a fact or a skipped phrase, in [`TriggerMask`] bit
/// order: NUMBER_WORD's is bit [`NUMBER_WORD_BIT`].
fn trigger_tables() -> &'static [&'static dyn TriggerTable; TRIGGER_TABLES] {
    static TABLES: LazyLock<[&'static dyn TriggerTable; TRIGGER_TABLES]> = LazyLock::new(|| {
        [
            &*NUMBER_WORD,
            &*QUALIFIER,
            &*CURRENCY,
            &*VAGUE_AMOUNT,
            &*MONTH,
            &*NON_QUANTITY,
        ]
    });
    &TABLES
}

/// NUMBER_WORD's place in [`trigger_tables`].
const NUMBER_WORD_BIT: usize = 0;

/// Range openers and signs written as words: triggers that are whole entries.
const SPECIAL_TRIGGERS: [&str; 4] = ["between", "from", "minus", "negative"];

/// The object-safe part of a [`Lexicon`] that [`starts_entry`] needs.
trait TriggerTable: Sync {
    fn first_lexemes(&self) -> Vec<&str>;
    fn single_lexemes(&self) -> Vec<&str>;
    fn starts(&self, lx: &Lexed<'_>, k: usize) -> bool;
}

impl<T: Sync> TriggerTable for Lexicon<T> {
    fn first_lexemes(&self) -> Vec<&str> {
        Lexicon::first_lexemes(self).collect()
    }
    fn single_lexemes(&self) -> Vec<&str> {
        Lexicon::single_lexemes(self).collect()
    }
    fn starts(&self, lx: &Lexed<'_>, k: usize) -> bool {
        self.longest_lexed(lx, k).is_some()
    }
}

/// What a trigger word is: a bit per table of the trigger tables that has an entry starting
/// with it (bits 0 to 5), `WHOLE` (bit 7) when it is a whole entry by itself
/// in any case (`two`, `dollars`), so that it starts an entry wherever it stands, and
/// `ALONE` (bit 6) when it can be a fact by itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TriggerMask(u8);

impl TriggerMask {
    const WHOLE: u8 = 0x80;
    /// A number word other than the article, or a vague amount, in one word: `two`,
    /// `half`, `dozens`.
    const ALONE: u8 = 0x40;
    /// The bits of the tables, below the two flags.
    const TABLES: u8 = !(Self::WHOLE | Self::ALONE);

    /// Whether the word can be a fact by itself (`two`, `dozens`). Every other trigger only
    /// leads into one: a qualifier (`over`), a currency before its number (`dollars 5`), the
    /// article before its unit (`a mile`), a range frame (`from`), a sign word (`minus`),
    /// the first word of a longer entry (`a few`), or a month or other word that opens a
    /// phrase to skip. The fact then goes on into a word of the tables, a digit or a symbol;
    /// never into a word outside the vocabulary.
    pub fn alone(self) -> bool {
        self.0 & Self::ALONE != 0
    }
}

/// Words that every fact without digits contains: number words, vague amounts, and the unit
/// and currency words an article can count (`a dollar`, `a mile`: an amount of the article
/// ends in one of these words, `an hour and a half` in a number word). With the digit runs
/// they are the anchors: the scanner runs the grammar only in a short window before each.
pub(crate) fn anchor_words() -> &'static WordSet {
    static ANCHOR_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
        let vocab = vocab();
        let mut set = WordSet::new();
        // The words of a form of at least `min` bytes (but `an` and `of`), by their ids:
        // the vocabulary takes them in any case.
        let mut add = |form: &str, min: usize| {
            for w in form.split(|c: char| !c.is_alphabetic()) {
                if w.len() >= min
                    && !matches!(w, "an" | "of")
                    && let Some(id) = vocab.id(w)
                {
                    set.insert(id);
                }
            }
        };
        for (form, _, _) in NUMBER_WORDS {
            add(form, 2);
        }
        for (form, _, _) in VAGUE {
            add(form, 2);
        }
        for (form, _, unit) in UNITS {
            if !matches!(
                unit.kind,
                Kind::Duration | Kind::Points | Kind::Percent | Kind::Temperature
            ) {
                add(form, 2);
            }
        }
        for (form, _, _) in CURRENCIES {
            add(form, 3);
        }
        set
    });
    &ANCHOR_WORDS
}

/// Every word that can start a fact, from all the tables, with what it is: one lookup per
/// word.
static TRIGGERS: LazyLock<rustc_hash::FxHashMap<Box<[u8]>, TriggerMask>> = LazyLock::new(|| {
    let mut map: rustc_hash::FxHashMap<Box<[u8]>, TriggerMask> = Default::default();
    // Set `bits` in a word's mask; the word is allocated only the first time.
    fn mark(map: &mut rustc_hash::FxHashMap<Box<[u8]>, TriggerMask>, word: &str, bits: u8) {
        match map.get_mut(word.as_bytes()) {
            Some(mask) => mask.0 |= bits,
            None => {
                map.insert(word.as_bytes().into(), TriggerMask(bits));
            }
        }
    }
    // Number words that only continue a number (`hundred`, `million`): the number grammar
    // never starts with one, so as number words they start nothing.
    let continuing: rustc_hash::FxHashSet<String> = NUMBER_WORDS
        .iter()
        .map(|(form, _, _)| form.to_lowercase())
        .filter(|form| {
            NUMBER_WORDS
                .iter()
                .filter(|(f, _, _)| f.eq_ignore_ascii_case(form))
                .all(|(_, _, w)| matches!(w, NumWord::Hundred | NumWord::Scale(_)))
        })
        .collect();
    for (bit, table) in trigger_tables().iter().enumerate() {
        let starts = |word: &str| bit != NUMBER_WORD_BIT || !continuing.contains(word);
        for word in table.first_lexemes().into_iter().filter(|w| starts(w)) {
            mark(&mut map, word, 1 << bit);
        }
        for word in table.single_lexemes().into_iter().filter(|w| starts(w)) {
            mark(&mut map, word, TriggerMask::WHOLE);
        }
    }
    for word in SPECIAL_TRIGGERS {
        mark(&mut map, word, TriggerMask::WHOLE);
    }
    // Facts of one word: number words but the article, and vague amounts.
    let one_word = |form: &str| super::split_lexemes(form).count() == 1;
    let alone = NUMBER_WORDS
        .iter()
        .filter(|(form, _, w)| *w != NumWord::Article && one_word(form))
        .map(|(form, _, _)| *form)
        .chain(
            VAGUE
                .iter()
                .filter(|(form, _, _)| one_word(form))
                .map(|(form, _, _)| *form),
        );
    for form in alone {
        if let Some(mask) = map.get_mut(form.to_lowercase().as_bytes()) {
            mask.0 |= TriggerMask::ALONE;
        }
    }
    map
});

/// Every word of the tables and word lists above: the [`Vocab`] the lexer numbers words by.
pub fn vocab() -> &'static Vocab {
    static VOCAB: LazyLock<Vocab> = LazyLock::new(|| {
        fn forms<T>(t: &'static [(&'static str, Case, T)]) -> impl Iterator<Item = &'static str> {
            t.iter().map(|(f, _, _)| *f)
        }
        let tables = forms(QUALIFIERS)
            .chain(forms(TRAILING_QUALIFIERS))
            .chain(forms(CURRENCIES))
            .chain(forms(SCALES))
            .chain(forms(UNITS))
            .chain(forms(COMPOUND_TAIL_UNITS))
            .chain(forms(NUMBER_WORDS))
            .chain(forms(VAGUE))
            .chain(forms(PER_NOUNS))
            .chain(forms(MONTHS))
            .chain(forms(NON_QUANTITIES))
            .chain(forms(CLOCK_WORDS))
            .chain(forms(MOVE_CUES))
            .chain(forms(ASSETS))
            .chain(forms(TIMINGS));
        let lists = [
            &NOT_NOUNS,
            &DASH_OPENERS,
            &ING_ADJECTIVES,
            &LABEL_WORDS,
            &NOT_PLURALS,
            &IRREGULAR_PLURALS,
            &PREFIX_WITH_SCALE,
            &AFTER_NOUN_PHRASE,
            &DETERMINERS,
            &WEIGHED_GOODS,
            &MONEY_NOUNS,
            &TIME_PAST,
            &CHANGE_WORDS,
        ]
        .into_iter()
        .flat_map(|l| l.words().iter().copied());
        let words: Vec<&str> = tables
            .chain(lists)
            .chain(crate::market::word_lists())
            .chain(crate::scan::word_lists())
            .chain(crate::grammar::skip::word_lists())
            .chain(SPECIAL_TRIGGERS)
            .flat_map(super::split_lexemes)
            .map(|(w, _)| w)
            .filter(|w| w.starts_with(char::is_alphabetic))
            .collect();
        Vocab::new(words)
    });
    &VOCAB
}

/// [`trigger`] by vocabulary id: what the lexer's word is as a trigger.
pub fn trigger_of(id: WordId) -> Option<TriggerMask> {
    static BY_ID: LazyLock<Vec<Option<TriggerMask>>> = LazyLock::new(|| {
        let vocab = vocab();
        let mut by_id = vec![None; vocab.len()];
        for (word, &mask) in TRIGGERS.iter() {
            if let Some(id) = std::str::from_utf8(word).ok().and_then(|w| vocab.id(w)) {
                by_id[id.index()] = Some(mask);
            }
        }
        by_id
    });
    BY_ID.get(id.index()).copied().flatten()
}

/// Whether `lower` (a lowercase word) can start a fact: a number word, qualifier, currency,
/// vague amount, range opener, or a non-fact pattern the grammar must skip whole; and if so,
/// what it is.
pub fn trigger(lower: &[u8]) -> Option<TriggerMask> {
    TRIGGERS.get(lower).copied()
}

/// Whether a whole entry of a table that [`trigger`] draws on starts `s` (a trigger word's
/// position, `word` being what [`trigger`] said of it): every fact or skipped phrase that
/// starts with a word starts so. The first word alone is not enough: `the` and `in` begin
/// multiword qualifiers ("in excess of") but are no fact where the rest does not follow.
pub fn starts_entry(lx: &Lexed<'_>, k: usize, word: TriggerMask) -> bool {
    // Most trigger words are whole entries (`two`, `dollars`): no lookup needed. Otherwise
    // only the tables with an entry starting with the word can match.
    if word.0 & TriggerMask::WHOLE != 0 {
        return true;
    }
    let mut bits = word.0 & TriggerMask::TABLES;
    while bits != 0 {
        let bit = bits.trailing_zeros() as usize;
        bits &= bits - 1;
        if trigger_tables()
            .get(bit)
            .is_some_and(|table| table.starts(lx, k))
        {
            return true;
        }
    }
    false
}

/// Which way a market moved.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// rose, jumped, gained, up …
    Up,
    /// fell, dropped, lost, down …
    Down,
    /// steady, unchanged, flat …
    Flat,
}

impl Direction {
    /// Its name in the JSON contract (as serde writes it).
    pub const fn name(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
            Direction::Flat => "flat",
        }
    }
}

/// How a word signals a market move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// A verb: `rose`, `fell back`. The subject stands before it.
    Verb(Direction),
    /// A noun: `a rise of 5%`, `a 3% fall`.
    Noun(Direction),
    /// `up`/`down` directly before an amount: `sales up 10.6 pct`.
    Particle(Direction),
    /// A state: `steady`, `unchanged`.
    State(Direction),
    /// A level without a direction: `closed at`, `stood at`, `hit`.
    Level,
}

use Direction::{Down, Flat, Up};

table!(
    /// Words and phrases that report a move, with its direction. Each inflection is a row, so
    /// the table reads as the text does.
    MOVE_CUES: Cue = [
    ("rose", Any, Cue::Verb(Up)), ("rise", Any, Cue::Verb(Up)), ("rises", Any, Cue::Verb(Up)),
    ("rising", Any, Cue::Verb(Up)), ("risen", Any, Cue::Verb(Up)),
    ("jumped", Any, Cue::Verb(Up)), ("jumps", Any, Cue::Verb(Up)), ("jumping", Any, Cue::Verb(Up)),
    ("climbed", Any, Cue::Verb(Up)), ("climbs", Any, Cue::Verb(Up)), ("climbing", Any, Cue::Verb(Up)),
    ("gained", Any, Cue::Verb(Up)), ("gains", Any, Cue::Verb(Up)), ("gaining", Any, Cue::Verb(Up)),
    ("surged", Any, Cue::Verb(Up)), ("surges", Any, Cue::Verb(Up)), ("surging", Any, Cue::Verb(Up)),
    ("soared", Any, Cue::Verb(Up)), ("soars", Any, Cue::Verb(Up)), ("soaring", Any, Cue::Verb(Up)),
    ("rallied", Any, Cue::Verb(Up)), ("rallies", Any, Cue::Verb(Up)), ("rallying", Any, Cue::Verb(Up)),
    ("advanced", Any, Cue::Verb(Up)), ("advances", Any, Cue::Verb(Up)),
    ("increased", Any, Cue::Verb(Up)), ("increases", Any, Cue::Verb(Up)),
    ("grew", Any, Cue::Verb(Up)), ("grows", Any, Cue::Verb(Up)), ("growing", Any, Cue::Verb(Up)),
    ("added", Any, Cue::Verb(Up)), ("edged up", Any, Cue::Verb(Up)), ("edges up", Any, Cue::Verb(Up)),
    ("edged higher", Any, Cue::Verb(Up)), ("inched up", Any, Cue::Verb(Up)),
    ("firmed", Any, Cue::Verb(Up)), ("strengthened", Any, Cue::Verb(Up)),
    ("rebounded", Any, Cue::Verb(Up)), ("rebounds", Any, Cue::Verb(Up)),
    ("recovered", Any, Cue::Verb(Up)), ("spiked", Any, Cue::Verb(Up)), ("spikes", Any, Cue::Verb(Up)),
    ("went up", Any, Cue::Verb(Up)), ("goes up", Any, Cue::Verb(Up)), ("moved up", Any, Cue::Verb(Up)),
    ("go up", Any, Cue::Verb(Up)), ("gone up", Any, Cue::Verb(Up)), ("going up", Any, Cue::Verb(Up)),
    ("moves up", Any, Cue::Verb(Up)),
    ("shot up", Any, Cue::Verb(Up)), ("leapt", Any, Cue::Verb(Up)), ("leaped", Any, Cue::Verb(Up)),
    ("rocketed", Any, Cue::Verb(Up)), ("doubled", Any, Cue::Verb(Up)), ("climb", Any, Cue::Verb(Up)),
    ("fell", Any, Cue::Verb(Down)), ("fall", Any, Cue::Verb(Down)), ("falls", Any, Cue::Verb(Down)),
    ("falling", Any, Cue::Verb(Down)), ("fallen", Any, Cue::Verb(Down)),
    ("fell back", Any, Cue::Verb(Down)), ("falling back", Any, Cue::Verb(Down)),
    ("dropped", Any, Cue::Verb(Down)), ("drops", Any, Cue::Verb(Down)), ("dropping", Any, Cue::Verb(Down)),
    ("slid", Any, Cue::Verb(Down)), ("slides", Any, Cue::Verb(Down)), ("sliding", Any, Cue::Verb(Down)),
    ("slipped", Any, Cue::Verb(Down)), ("slips", Any, Cue::Verb(Down)),
    ("slumped", Any, Cue::Verb(Down)), ("slumps", Any, Cue::Verb(Down)), ("slumping", Any, Cue::Verb(Down)),
    ("tumbled", Any, Cue::Verb(Down)), ("tumbles", Any, Cue::Verb(Down)), ("tumbling", Any, Cue::Verb(Down)),
    ("plunged", Any, Cue::Verb(Down)), ("plunges", Any, Cue::Verb(Down)), ("plunging", Any, Cue::Verb(Down)),
    ("plummeted", Any, Cue::Verb(Down)), ("plummets", Any, Cue::Verb(Down)),
    ("eased", Any, Cue::Verb(Down)), ("eases", Any, Cue::Verb(Down)), ("easing", Any, Cue::Verb(Down)),
    ("lost", Any, Cue::Verb(Down)), ("loses", Any, Cue::Verb(Down)), ("losing", Any, Cue::Verb(Down)),
    ("declined", Any, Cue::Verb(Down)), ("declines", Any, Cue::Verb(Down)), ("declining", Any, Cue::Verb(Down)),
    ("decreased", Any, Cue::Verb(Down)), ("decreases", Any, Cue::Verb(Down)),
    ("sank", Any, Cue::Verb(Down)), ("sinks", Any, Cue::Verb(Down)), ("sinking", Any, Cue::Verb(Down)),
    ("shed", Any, Cue::Verb(Down)), ("sheds", Any, Cue::Verb(Down)),
    ("shedding", Any, Cue::Verb(Down)),
    ("dipped", Any, Cue::Verb(Down)), ("dips", Any, Cue::Verb(Down)),
    ("weakened", Any, Cue::Verb(Down)), ("retreated", Any, Cue::Verb(Down)),
    ("edged down", Any, Cue::Verb(Down)), ("edged lower", Any, Cue::Verb(Down)),
    ("went down", Any, Cue::Verb(Down)), ("came down", Any, Cue::Verb(Down)),
    ("go down", Any, Cue::Verb(Down)), ("goes down", Any, Cue::Verb(Down)),
    ("gone down", Any, Cue::Verb(Down)), ("going down", Any, Cue::Verb(Down)),
    ("come down", Any, Cue::Verb(Down)), ("comes down", Any, Cue::Verb(Down)),
    ("coming down", Any, Cue::Verb(Down)), ("moved down", Any, Cue::Verb(Down)),
    ("moves down", Any, Cue::Verb(Down)),
    ("crashed", Any, Cue::Verb(Down)), ("collapsed", Any, Cue::Verb(Down)),
    ("shrank", Any, Cue::Verb(Down)), ("contracted", Any, Cue::Verb(Down)),
    ("expanded", Any, Cue::Verb(Up)), ("expands", Any, Cue::Verb(Up)),
    ("expanding", Any, Cue::Verb(Up)),
    ("halved", Any, Cue::Verb(Down)), ("was cut", Any, Cue::Verb(Down)), ("were cut", Any, Cue::Verb(Down)),
    // Verbs that move a thing, read only with it as their object before the figure's `to`,
    // `by` or `from` (see the move finder's `CAUSATIVES`): `raised its prime rate to 8.5 pct`.
    ("raised", Any, Cue::Verb(Up)), ("raises", Any, Cue::Verb(Up)), ("raising", Any, Cue::Verb(Up)),
    ("hiked", Any, Cue::Verb(Up)), ("hikes", Any, Cue::Verb(Up)), ("boosted", Any, Cue::Verb(Up)),
    ("boosts", Any, Cue::Verb(Up)), ("lifted", Any, Cue::Verb(Up)), ("lifts", Any, Cue::Verb(Up)),
    ("cut", Any, Cue::Verb(Down)), ("cuts", Any, Cue::Verb(Down)), ("cutting", Any, Cue::Verb(Down)),
    ("lowered", Any, Cue::Verb(Down)), ("lowers", Any, Cue::Verb(Down)),
    ("lowering", Any, Cue::Verb(Down)), ("reduced", Any, Cue::Verb(Down)),
    ("reduces", Any, Cue::Verb(Down)), ("reducing", Any, Cue::Verb(Down)),
    ("slashed", Any, Cue::Verb(Down)), ("slashes", Any, Cue::Verb(Down)),
    ("trimmed", Any, Cue::Verb(Down)), ("trims", Any, Cue::Verb(Down)),
    ("a rise", Any, Cue::Noun(Up)), ("an increase", Any, Cue::Noun(Up)), ("a gain", Any, Cue::Noun(Up)),
    ("a jump", Any, Cue::Noun(Up)), ("a surge", Any, Cue::Noun(Up)), ("growth", Any, Cue::Noun(Up)),
    ("a fall", Any, Cue::Noun(Down)), ("a drop", Any, Cue::Noun(Down)), ("a decline", Any, Cue::Noun(Down)),
    ("a decrease", Any, Cue::Noun(Down)), ("a loss", Any, Cue::Noun(Down)), ("a slump", Any, Cue::Noun(Down)),
    ("increase", Any, Cue::Noun(Up)), ("decrease", Any, Cue::Noun(Down)), ("decline", Any, Cue::Noun(Down)),
    ("drop", Any, Cue::Noun(Down)), ("gain", Any, Cue::Noun(Up)), ("jump", Any, Cue::Noun(Up)),
    ("up", Any, Cue::Particle(Up)), ("down", Any, Cue::Particle(Down)), ("OFF", Exact, Cue::Particle(Down)),
    ("higher", Any, Cue::Particle(Up)), ("lower", Any, Cue::Particle(Down)),
    ("steady", Any, Cue::State(Flat)), ("unchanged", Any, Cue::State(Flat)),
    ("flat", Any, Cue::State(Flat)), ("stable", Any, Cue::State(Flat)), ("UNCH", Exact, Cue::State(Flat)),
    ("held steady", Any, Cue::State(Flat)), ("was unchanged", Any, Cue::State(Flat)),
    ("closed at", Any, Cue::Level), ("stood at", Any, Cue::Level), ("ended at", Any, Cue::Level),
    ("traded at", Any, Cue::Level), ("trading at", Any, Cue::Level), ("settled at", Any, Cue::Level),
    ("hit", Any, Cue::Level), ("reached", Any, Cue::Level), ("touched", Any, Cue::Level),
    ("totalled", Any, Cue::Level), ("totaled", Any, Cue::Level), ("came close to", Any, Cue::Level),
    ("amounted to", Any, Cue::Level), ("amounts to", Any, Cue::Level), ("totals", Any, Cue::Level),
    ("came in at", Any, Cue::Level), ("stands at", Any, Cue::Level),
    ("averaged", Any, Cue::Level), ("opened at", Any, Cue::Level),
    ("quoted at", Any, Cue::Level), ("hovered at", Any, Cue::Level),
    ("finished at", Any, Cue::Level), ("peaked at", Any, Cue::Level),
    ("remained at", Any, Cue::State(Flat)), ("remains at", Any, Cue::State(Flat)),
    ("remain at", Any, Cue::State(Flat)), ("stayed at", Any, Cue::State(Flat)),
    ("stays at", Any, Cue::State(Flat)),
]);

table!(
    /// Known markets: words in a move's subject that name what moved, with a normalized name.
    ASSETS: &'static str = [
    ("oil", Any, "oil"), ("oil prices", Any, "oil"), ("oil price", Any, "oil"), ("crude", Any, "oil"),
    ("crude oil", Any, "oil"), ("brent", Any, "oil"), ("brent crude", Any, "oil"), ("wti", Any, "oil"),
    ("west texas intermediate", Any, "oil"), ("us crude", Any, "oil"), ("opec basket", Any, "oil"),
    ("gold", Any, "gold"), ("bullion", Any, "gold"), ("silver", Any, "silver"),
    ("platinum", Any, "platinum"), ("palladium", Any, "palladium"), ("copper", Any, "copper"),
    ("aluminium", Any, "aluminium"), ("aluminum", Any, "aluminium"), ("nickel", Any, "nickel"),
    ("zinc", Any, "zinc"), ("iron ore", Any, "iron_ore"), ("natural gas", Any, "natural_gas"),
    ("gas prices", Any, "natural_gas"), ("wheat", Any, "wheat"), ("corn", Any, "corn"),
    ("soybeans", Any, "soybeans"), ("sugar", Any, "sugar"), ("coffee", Any, "coffee"),
    ("cocoa", Any, "cocoa"), ("cotton", Any, "cotton"),
    ("ftse 100", Any, "ftse_100"), ("ftse", Any, "ftse_100"), ("footsie", Any, "ftse_100"),
    ("ftse 250", Any, "ftse_250"), ("dow jones", Any, "dow_jones"), ("dow", Any, "dow_jones"),
    ("dow jones industrial average", Any, "dow_jones"), ("s&p 500", Any, "sp_500"),
    ("s & p 500", Any, "sp_500"), ("s and p", Any, "sp_500"), ("s and p 500", Any, "sp_500"),
    ("standard and poor's 500", Any, "sp_500"), ("nasdaq", Any, "nasdaq"),
    ("nasdaq composite", Any, "nasdaq"), ("nikkei", Any, "nikkei_225"), ("nikkei 225", Any, "nikkei_225"),
    ("topix", Any, "topix"), ("hang seng", Any, "hang_seng"), ("dax", Any, "dax"), ("cac 40", Any, "cac_40"),
    ("cac", Any, "cac_40"), ("stoxx 600", Any, "stoxx_600"), ("euro stoxx 50", Any, "euro_stoxx_50"),
    ("shanghai composite", Any, "shanghai_composite"), ("sensex", Any, "sensex"), ("kospi", Any, "kospi"),
    ("asx 200", Any, "asx_200"), ("ibex", Any, "ibex_35"), ("tsx", Any, "tsx"),
    ("dollar", Any, "usd"), ("us dollar", Any, "usd"), ("u.s. dollar", Any, "usd"),
    ("greenback", Any, "usd"), ("euro", Any, "eur"), ("canadian dollar", Any, "cad"),
    ("australian dollar", Any, "aud"), ("new zealand dollar", Any, "nzd"),
    ("hong kong dollar", Any, "hkd"), ("singapore dollar", Any, "sgd"),
    ("taiwan dollar", Any, "twd"), ("new taiwan dollar", Any, "twd"),
    ("sterling", Any, "gbp"), ("the pound", Any, "gbp"), ("the mark", Any, "dem"),
    ("pound", Any, "gbp"), ("yen", Any, "jpy"),
    ("yuan", Any, "cny"), ("renminbi", Any, "cny"), ("swiss franc", Any, "chf"), ("rouble", Any, "rub"),
    ("ruble", Any, "rub"), ("rupee", Any, "inr"), ("bitcoin", Any, "btc"), ("ether", Any, "eth"),
    ("treasury yields", Any, "us_treasury_yield"), ("treasuries", Any, "us_treasury_yield"),
    ("10-year yield", Any, "us_treasury_yield"), ("bond yields", Any, "bond_yield"),
    ("gilt yields", Any, "gilt_yield"), ("gilts", Any, "gilt_yield"), ("bund yields", Any, "bund_yield"),
    ("inflation", Any, "inflation"), ("interest rates", Any, "interest_rate"),
    ("base rate", Any, "interest_rate"), ("unemployment", Any, "unemployment"),
]);

/// The markets of futures price tables' headers, in capitals, where the words differ from a
/// known market's in prose ([`ASSETS`]): Chicago's soybean complex is `BEANS`, `MEAL` and
/// `OIL` (soybean oil, not crude), its currencies `B-POUND`, `J-YEN` …
#[rustfmt::skip]
pub static TABLE_HEADER_ASSETS: &[(&str, &str)] = &[
    ("BEANS", "soybeans"), ("SOYBEANS", "soybeans"), ("MEAL", "soybean_meal"),
    ("SOYMEAL", "soybean_meal"), ("OIL", "soybean_oil"), ("SOYOIL", "soybean_oil"),
    ("OATS", "oats"), ("BELLIES", "pork_bellies"), ("PORK BELLIES", "pork_bellies"),
    ("HOGS", "live_hogs"), ("LIVE HOGS", "live_hogs"), ("L-CATTLE", "live_cattle"),
    ("LIVE CATTLE", "live_cattle"), ("F-CATTLE", "feeder_cattle"),
    ("FEEDER CATTLE", "feeder_cattle"), ("ORANGE JUICE", "orange_juice"),
    ("B-POUND", "gbp"), ("J-YEN", "jpy"), ("D-MARK", "dem"), ("C-DOLLAR", "cad"),
    ("S-FRANC", "chf"), ("90-DAY T-BILLS", "us_treasury_bill"), ("EURO DLRS", "eurodollar"),
];

/// The exchanges and cities that open a futures table's header or title before its market
/// (`NY COMEX SILVER`, `MINNEAPOLIS WHEAT`, `CBT SILVER`).
#[rustfmt::skip]
pub static TABLE_EXCHANGES: &[&str] = &[
    "NY", "N.Y.", "COMEX", "NYMEX", "CBT", "CBOT", "CME", "IMM", "MIDAM", "KC", "KCBT", "KANSAS",
    "CITY", "MINNEAPOLIS", "MGE", "WINNIPEG", "CHICAGO", "LONDON", "LME", "IPE", "CSCE", "NYCE",
];

table!(
    /// When a move happened, if the text says.
    TIMINGS: () = [
    ("initially", Any, ()), ("intraday", Any, ()), ("briefly", Any, ()), ("at the close", Any, ()),
    ("at the open", Any, ()), ("in early trade", Any, ()), ("in early trading", Any, ()),
    ("in late trade", Any, ()), ("in late trading", Any, ()), ("in early deals", Any, ()),
    ("in afternoon trading", Any, ()), ("in morning trading", Any, ()), ("overnight", Any, ()),
    ("in late afternoon trading", Any, ()), ("in early afternoon trading", Any, ()),
    ("in late morning trading", Any, ()), ("at the close of trading", Any, ()),
    ("at the close of business", Any, ()),
    ("at one point", Any, ()), ("earlier", Any, ()), ("on the day", Any, ()), ("on monday", Any, ()),
    ("on tuesday", Any, ()), ("on wednesday", Any, ()), ("on thursday", Any, ()),
    ("on friday", Any, ()), ("on saturday", Any, ()), ("on sunday", Any, ()), ("yesterday", Any, ()),
    ("today", Any, ()), ("last week", Any, ()), ("this week", Any, ()), ("last month", Any, ()),
    ("this year", Any, ()), ("last year", Any, ()), ("a year earlier", Any, ()),
    ("a year ago", Any, ()), ("a year before", Any, ()), ("in the quarter", Any, ()),
    ("in the first quarter", Any, ()), ("in the second quarter", Any, ()),
    ("in the third quarter", Any, ()), ("in the fourth quarter", Any, ()),
    ("in the first half", Any, ()), ("in the second half", Any, ()), ("last quarter", Any, ()),
    ("this month", Any, ()), ("this quarter", Any, ()), ("a month earlier", Any, ()),
    ("a month ago", Any, ()), ("a week earlier", Any, ()), ("a week ago", Any, ()),
    ("in january", Any, ()), ("in february", Any, ()), ("in march", Any, ()),
    ("in april", Any, ()), ("in may", Any, ()), ("in june", Any, ()), ("in july", Any, ()),
    ("in august", Any, ()), ("in september", Any, ()), ("in october", Any, ()),
    ("in november", Any, ()), ("in december", Any, ()), ("year to date", Any, ()),
    ("year-to-date", Any, ()), ("so far this year", Any, ()), ("so far this month", Any, ()),
    ("so far this week", Any, ()), ("so far this quarter", Any, ()),
]);

lexicon!(MOVE_CUE: Cue = MOVE_CUES);
lexicon!(ASSET: &'static str = ASSETS);
lexicon!(TIMING: () = TIMINGS);

#[cfg(test)]
mod tests {
    use super::*;

    /// As the scanner asks: is the first word a trigger, and does an entry start there?
    fn starts(s: &str) -> bool {
        let word: String = s
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect::<String>()
            .to_lowercase();
        let lx = Lexed::new(s);
        trigger(word.as_bytes()).is_some_and(|t| starts_entry(&lx, 0, t))
    }

    #[test]
    fn every_word_of_the_tables_has_a_vocabulary_id() {
        let vocab = vocab();
        for (word, &mask) in TRIGGERS.iter() {
            let word = std::str::from_utf8(word).unwrap_or_default();
            if word.starts_with(char::is_alphabetic) {
                let id = vocab.id(word);
                assert!(id.is_some(), "{word}");
                assert_eq!(id.and_then(trigger_of), Some(mask), "{word}");
                assert_eq!(vocab.id(&word.to_uppercase()), id, "{word}");
            }
        }
        for table in trigger_tables() {
            for word in table.first_lexemes() {
                assert!(
                    !word.starts_with(char::is_alphabetic) || vocab.id(word).is_some(),
                    "{word}"
                );
            }
        }
        assert_eq!(vocab.id("kyiv"), None);
    }

    #[test]
    fn a_trigger_word_starts_a_whole_entry_or_nothing() {
        assert!(starts("two barrels") && starts("In excess of 5"));
        assert!(starts("between 5 and 6") && starts("US$ 5"));
        assert!(!starts("in the market") && !starts("the market"));
        assert!(!starts("betweenness") && !starts(""));
        // Whole entries need no lookup; multiword ones only in their own tables.
        assert_eq!(
            trigger(b"two").map(|t| t.0 & TriggerMask::WHOLE != 0),
            Some(true)
        );
        assert_eq!(
            trigger(b"in").map(|t| t.0 & TriggerMask::WHOLE != 0),
            Some(false)
        );
        assert_eq!(trigger(b"market"), None);
        // Multipliers only continue a number; as vague amounts ("thousands of") they start.
        assert_eq!(trigger(b"million").or(trigger(b"hundred")), None);
        assert!(trigger(b"thousands").is_some() && starts("millions of people"));
    }
}
