//! When a move happened: the phrases of time after its cue (`in 1986`, `for the first nine
//! months of 2009`, `in the three months to September`, `at the end of April`, `over the
//! next six months`), read word by word over the text.
//!
//! A phrase is a [`TIMINGS`](crate::lexicon::tables::TIMINGS) entry (`in the first
//! quarter`, `a year earlier`) or a preposition of time and a period (`in 2004`, `during the
//! year`, `over the past year`, `in q3`, earnings summaries' bare `in quarter`); either may
//! go on with the period it belongs to (`of 2009`, `ended January 31`, `to September`,
//! `-June 2009`, `/December`, `2008`) or run to date (`for the year-to-date`); `all of` may
//! stand before the period (`for all of 1986`); `since` takes a month or a year (`since
//! 1997`). A year is four digits from 1900 to 2099 with no digit or group after it (`in
//! 1,000 stores`, `in 2000 stores` are not); a time after a preposition of comparison is no
//! phrase here (`over the previous quarter` says what a change is against).
//!
//! Three smaller grammars name the period of what earnings reports tabulate: a results
//! table's header line ([`table_header`]: `Nine mths`, `Qtr ended Feb 28`), the period a
//! results story's title names for the table that opens its text ([`title_period`]: `3RD
//! QTR`), and a period that opens a subject ([`leading_period`]: `q3 revenue`, `February car
//! sales`).

/// Whether a word is a year as this grammar reads one: four digits from 1900 to 2099.
pub(crate) fn year_word(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 4
        && b.iter().all(u8::is_ascii_digit)
        && (b.starts_with(b"19") || b.starts_with(b"20"))
}

/// Whether `w` is a contract month as a futures table's row writes it: a month's three
/// letters ([`MONTH`](crate::lexicon::tables::MONTH)) in capitals, with up to two digits of
/// its year glued on (`MAY`, `MAY7`, `DEC87`).
pub(crate) fn contract_month(w: &str) -> bool {
    let b = w.as_bytes();
    (3..=5).contains(&b.len())
        && b[..3].iter().all(u8::is_ascii_uppercase)
        && b[3..].iter().all(u8::is_ascii_digit)
        && w.get(..3)
            .and_then(|m| crate::lexicon::tables::MONTH.longest(m))
            .is_some_and(|m| m.len == 3)
}

/// Whether `rest` opens with a [`contract_month`] with its year's digits (`MAY7`, `DEC87`,
/// not `MAY`), a whole word: the opener of a futures table row's cell.
pub(crate) fn contract_month_with_year(rest: &str) -> bool {
    if !rest.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let n = rest
        .bytes()
        .take(6)
        .take_while(|b| !b.is_ascii_whitespace())
        .count();
    (4..=5).contains(&n) && rest.get(..n).is_some_and(contract_month)
}

/// Words for a period of time.
#[rustfmt::skip]
pub(crate) const PERIODS: [&str; 18] = [
    "quarter", "quarters", "half", "halves", "year", "years", "month", "months", "week", "weeks",
    "period", "periods", "days", "day", "session", "sessions", "term", "terms",
];

/// Words after a year that count nothing: `in 2009 thanks to`, `in 1986 versus 1985`.
const NOT_COUNTED: [&str; 6] = ["thanks", "versus", "plus", "as", "was", "is"];

/// Whether the text at `rest` goes on with the number before it: a decimal part, a group,
/// a percent sign or a unit (`to May 5.6 pct`, `to 2040.5`, `2000,000`).
fn goes_on(rest: &str) -> bool {
    let b = rest.as_bytes();
    let digit_after = |c: u8| b.first() == Some(&c) && b.get(1).is_some_and(u8::is_ascii_digit);
    if digit_after(b'.') || digit_after(b',') {
        return true;
    }
    let next = rest.trim_start();
    next.starts_with('%')
        || [
            "pct", "percent", "per", "mln", "million", "billion", "bln", "points",
        ]
        .iter()
        .any(|w| {
            next.get(..w.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(w))
                && !next[w.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
        })
}

/// Words that may stand between `the` and a period: `the first nine months`, `the past
/// year`, `the same period`; or before a month or year (`in late February`, `in early 1987`).
#[rustfmt::skip]
const PERIOD_WORDS: [&str; 22] = [
    "first", "second", "third", "fourth", "full", "fiscal", "financial", "past", "last",
    "previous", "latest", "same", "current", "final", "calendar", "whole", "comparable", "late",
    "early", "mid", "next", "coming",
];

/// Counts of months or weeks: `the first nine months`, `the 12 months`.
#[rustfmt::skip]
const COUNTS: [&str; 11] = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];

/// Prepositions that open a phrase of time: with a period after them (`in 1986`, `over the
/// past year`), `at the end of`, `since the start of`, `since` and a month or a year (`since
/// September 1985`), or `by` and the end of a period, a time of day, a month with its day or
/// year, or a year that starts no range (`by the end of the year`, `by 1830 GMT`, `by March
/// 31`, `by 2050`). The move finder asks its lexed words for these before it runs
/// [`phrase_len`].
pub(crate) const OPENERS: [&str; 8] = [
    "in", "for", "during", "through", "over", "at", "since", "by",
];

/// The days of the week, after a time of day: `by 1200 GMT on Monday`.
#[rustfmt::skip]
const WEEKDAYS: [&str; 7] = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// The [`OPENERS`] with a period after them.
const PERIOD_OPENERS: [&str; 5] = ["in", "for", "during", "through", "over"];

/// Words that join a period to the one it belongs to: `of 2009`, `ended January 31`, `to
/// September`, and as results tables write them, `Qtr ends Jan 31`, `Period end Jan 31`.
const JOINS: [&str; 8] = [
    "of", "ended", "ending", "ends", "end", "to", "through", "thru",
];

/// A cursor over the words of a text: runs of ASCII letters, digits and `'`, or one other
/// character; whitespace between them is skipped.
struct Cursor<'s> {
    s: &'s str,
    pos: usize,
    /// The last word read, by the offset it was read from: most words are tested against
    /// several lists before the cursor moves.
    seen: std::cell::Cell<Option<(usize, &'s str, usize)>>,
}

impl<'s> Cursor<'s> {
    fn new(s: &'s str, pos: usize) -> Cursor<'s> {
        Cursor {
            s,
            pos,
            seen: std::cell::Cell::new(None),
        }
    }

    /// The next word and the offset just past it.
    fn peek(&self) -> Option<(&'s str, usize)> {
        match self.seen.get() {
            Some((at, w, end)) if at == self.pos => Some((w, end)),
            _ => {
                let (w, end) = self.read()?;
                self.seen.set(Some((self.pos, w, end)));
                Some((w, end))
            }
        }
    }

    /// [`Cursor::peek`], read from the text.
    fn read(&self) -> Option<(&'s str, usize)> {
        let b = self.s.as_bytes();
        let mut i = self.pos;
        while b.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        let c = *b.get(i)?;
        let word = |c: &u8| c.is_ascii_alphanumeric() || *c == b'\'';
        let end = if word(&c) {
            i + b[i..].iter().take_while(|c| word(c)).count()
        } else {
            i + self.s[i..].chars().next()?.len_utf8()
        };
        Some((&self.s[i..end], end))
    }

    /// Takes the next word if it is one of `list`.
    fn eat(&mut self, list: &[&str]) -> Option<&'s str> {
        let (w, end) = self.peek()?;
        list.iter().any(|x| w.eq_ignore_ascii_case(x)).then(|| {
            self.pos = end;
            w
        })
    }

    /// Takes a year (`1986`, `2009`), maybe with the next one's last digits (`1986/87`).
    fn year(&mut self) -> bool {
        let Some((w, end)) = self.peek() else {
            return false;
        };
        let is_year = year_word(w);
        // Not a count (`2000 stores`), nor a figure that goes on (`2040.5`, `2000,000`).
        let counted = Cursor::new(self.s, end).read().is_some_and(|(n, _)| {
            n.len() > 3
                && n.ends_with('s')
                && n.bytes().all(|c| c.is_ascii_lowercase())
                && !NOT_COUNTED.contains(&n)
        });
        if !is_year || goes_on(&self.s[end..]) || counted {
            return false;
        }
        self.pos = end;
        let save = self.pos;
        if self.eat(&["/"]).is_some() {
            match self.peek() {
                Some((n, e)) if n.len() == 2 && n.bytes().all(|c| c.is_ascii_digit()) => {
                    self.pos = e
                }
                _ => self.pos = save,
            }
        }
        true
    }

    /// Takes a month, maybe with its day (`January 31`, `May 31 , 1987`, `31 December`)
    /// or year.
    fn month(&mut self) -> bool {
        let save = self.pos;
        if let Some((d, e)) = self.peek()
            && d.len() <= 2
            && d.bytes().all(|c| c.is_ascii_digit())
        {
            self.pos = e;
        }
        // The months of the tables, written out or cut short (`Jan`, `Sept .`).
        let month = self.peek().and_then(|(w, end)| {
            let start = end - w.len();
            crate::lexicon::tables::MONTH
                .longest(&self.s[start..])
                .map(|m| start + m.len)
        });
        if let Some(end) = month {
            self.pos = end;
        } else {
            self.pos = save;
            return false;
        }
        // A day, not the figure after the time ("to May 5.6 pct"), maybe a range of days
        // ("March 21-31") or a year after a comma.
        if self.day() {
            let save = self.pos;
            if self.eat(&["-"]).is_none() || !self.day() {
                self.pos = save;
            }
            let save = self.pos;
            if self.eat(&[","]).is_none() || !self.year() {
                self.pos = save;
            }
        }
        self.year();
        true
    }

    /// Takes a day of a month: one or two digits that do not go on as a figure.
    fn day(&mut self) -> bool {
        match self.peek() {
            Some((d, e))
                if d.len() <= 2
                    && d.bytes().all(|c| c.is_ascii_digit())
                    && !goes_on(&self.s[e..]) =>
            {
                self.pos = e;
                true
            }
            _ => false,
        }
    }

    /// Takes a quarter by its number: `q3`, `Q4`.
    fn quarter(&mut self) -> bool {
        match self.peek() {
            Some((w, e))
                if w.len() == 2
                    && w.as_bytes()[0].eq_ignore_ascii_case(&b'q')
                    && matches!(w.as_bytes()[1], b'1'..=b'4') =>
            {
                self.pos = e;
                true
            }
            _ => false,
        }
    }

    /// Takes `the end of` a month, a year or `the` period (`the end of April`, `end-March`,
    /// `the end of the year`) and what it belongs to, or the year's end (`year end`,
    /// `year-end 1987`).
    fn end_of(&mut self) -> Option<()> {
        self.eat(&["the"]);
        // "at year end", "by year-end 1987".
        let save = self.pos;
        if self.eat(&["year"]).is_some() {
            self.eat(&["-"]);
            if self.eat(&["end"]).is_some() {
                self.year();
                return Some(());
            }
            self.pos = save;
        }
        self.eat(&["end"])?;
        if self.eat(&["of"]).is_none() {
            self.eat(&["-"])?;
        }
        let the = self.eat(&["the"]).is_some();
        if !(self.month() || (!the && self.year()) || (the && self.eat(&PERIODS).is_some())) {
            return None;
        }
        self.tail();
        Some(())
    }

    /// Takes a time of day: digits and a word of [`CLOCK`](crate::lexicon::tables::CLOCK)
    /// (`1830 GMT`, `10 am`, `5 p.m.`).
    fn clock(&mut self) -> bool {
        let save = self.pos;
        let Some((d, e)) = self.peek() else {
            return false;
        };
        if !(1..=4).contains(&d.len()) || !d.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        self.pos = e;
        // The clock word, past the spaces before it.
        let at = self.s[e..]
            .bytes()
            .take_while(u8::is_ascii_whitespace)
            .count()
            + e;
        // "0900 hrs" is a time of day, "2 hrs" a length of time.
        let rest = self.s.get(at..).unwrap_or_default();
        let of_day = d.len() >= 3 || !rest.get(..1).is_some_and(|h| h.eq_ignore_ascii_case("h"));
        match crate::lexicon::tables::CLOCK.longest(rest) {
            Some(m)
                if of_day
                    && !rest
                        .get(m.len..)
                        .is_some_and(|r| r.starts_with(|ch: char| ch.is_ascii_alphanumeric())) =>
            {
                self.pos = at + m.len;
                true
            }
            _ => {
                self.pos = save;
                false
            }
        }
    }

    /// Takes what a period belongs to, if it says: `of 2009`, `ended January 31`, `to
    /// September`, `of fiscal 1987`, `-June 2009`, `2008`.
    fn tail(&mut self) {
        let save = self.pos;
        // "for the year to date", "this year-to-date".
        let hyphened = self.eat(&["-"]).is_some();
        if self.eat(&["to"]).is_some()
            && (!hyphened || self.eat(&["-"]).is_some())
            && self.eat(&["date"]).is_some()
        {
            return;
        }
        self.pos = save;
        if let Some(join) = self.eat(&JOINS) {
            let the = self.eat(&["the"]).is_some();
            // "of this year", "of last year", "of the year".
            if join.eq_ignore_ascii_case("of") {
                let at = self.pos;
                // Not "of the year-earlier period".
                if (the || self.eat(&["this", "last", "current"]).is_some())
                    && self.eat(&["year"]).is_some()
                    && !self.s.get(self.pos..).is_some_and(|r| r.starts_with('-'))
                {
                    return;
                }
                self.pos = at;
            }
            // "to end-February".
            if self.eat(&["end"]).is_some() {
                self.eat(&["-", "of"]);
            }
            self.eat(&["fiscal", "fy"]);
            if self.month() || self.year() || self.quarter() {
                self.year();
                return;
            }
            self.pos = save;
        }
        // "-June 2009", "the October/December quarter".
        if self.eat(&["-", "/"]).is_some() {
            if self.month() {
                return;
            }
            self.pos = save;
        }
        self.year();
    }
}

/// The length of the phrase of time that starts `s`, given the length of the
/// [`TIMINGS`](crate::lexicon::tables::TIMINGS) entry there, if any.
pub(crate) fn phrase_len(s: &str, entry: Option<usize>) -> Option<usize> {
    let mut c = Cursor::new(s, 0);
    if let Some(n) = entry {
        c.pos = n;
        c.tail();
        return Some(c.pos);
    }
    if c.eat(&["at"]).is_some() {
        // "at the end of April", "at end-March", "at the end of the year".
        c.end_of()?;
        return Some(c.pos);
    }
    if c.eat(&["by"]).is_some() {
        // "by the end of the year", "by end-March", "by 1830 GMT on Monday", "by 2050", "by
        // March"; not "by 5%", what a change was.
        let save = c.pos;
        if c.end_of().is_some() {
            return Some(c.pos);
        }
        c.pos = save;
        if c.clock() {
            let save = c.pos;
            if c.eat(&["on"]).is_none() || c.eat(&WEEKDAYS).is_none() {
                c.pos = save;
            }
            return Some(c.pos);
        }
        // A month with its day or year ("by March 31", "by April 1988"): "paced by April"
        // names a contract. Not a year that starts a range ("rose by 1950 to 35,100").
        let month = c.pos;
        let dated = c.month()
            && c.s
                .get(month..c.pos)
                .is_some_and(|w| w.bytes().any(|b| b.is_ascii_digit()));
        if !dated {
            c.pos = month;
            let range = |c: &Cursor<'_>| {
                c.peek().is_some_and(|(w, _)| {
                    ["to", "from", "-"]
                        .iter()
                        .any(|x| w.eq_ignore_ascii_case(x))
                })
            };
            if !c.year() || range(&c) {
                return None;
            }
        }
        c.tail();
        return Some(c.pos);
    }
    if c.eat(&["since"]).is_some() {
        // "since 1997", "since January", "since March 1986".
        let save = c.pos;
        if c.month() || c.year() {
            c.tail();
            return Some(c.pos);
        }
        c.pos = save;
        // "since the start of the year".
        c.eat(&["the"])?;
        c.eat(&["start", "beginning"])?;
        c.eat(&["of"])?;
        if c.eat(&["the"]).is_some() {
            c.eat(&PERIODS)?;
        } else if !c.year() {
            return None;
        }
        return Some(c.pos);
    }
    let opener = c.eat(&PERIOD_OPENERS)?;
    let over = opener.eq_ignore_ascii_case("over");
    // "for all of 1986", "during all of last year".
    let save = c.pos;
    if c.eat(&["all"]).is_none() || c.eat(&["of"]).is_none() {
        c.pos = save;
    }
    let the = c.eat(&["the"]).is_some();
    if over {
        // "over the past year", "over the next six months"; not "over the previous quarter",
        // what a change is against.
        if !the {
            return None;
        }
        c.eat(&["past", "last", "next", "coming"])?;
    }
    // The words before the period: "the first nine months", "the past 12 months".
    let mut words = 0;
    while c.eat(&PERIOD_WORDS).is_some() {
        words += 1;
        // "in mid-February", "the first-quarter".
        c.eat(&["-"]);
    }
    let counted = c.eat(&COUNTS).is_some()
        || match c.peek() {
            Some((n, e)) if n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()) => {
                c.pos = e;
                true
            }
            _ => false,
        };
    // "for the six-month period", "in the 12-month period": a count hyphened to its period,
    // which names a period only with `period` after it (not "the 12-month rate").
    let hyphened = counted && c.eat(&["-"]).is_some();
    let mut months = false;
    let found = if counted || the || words > 0 {
        c.eat(&PERIODS).is_some()
            || (!counted
                && (c.quarter()
                    || {
                        months = c.month();
                        months
                    }
                    || (!the && c.year())))
    } else {
        // "in quarter", "for quarter": the quarter reported, in earnings summaries.
        c.month()
            || c.quarter()
            || c.year()
            || (c.eat(&["quarter"]).is_some() && !c.s[c.pos..].starts_with('-'))
    };
    if !found {
        return None;
    }
    // "in the nine month period".
    if counted && c.eat(&["period", "periods"]).is_none() && hyphened {
        return None;
    }
    c.tail();
    // "in the July to September quarter", "the January-March period", "for the March 21-31
    // period".
    if months && the {
        c.eat(&PERIODS);
    }
    // "for the period January-September 2008", "in the three months between July and
    // September".
    let save = c.pos;
    let between = c.eat(&["between"]).is_some();
    let end = |c: &mut Cursor<'_>| c.month() || (between && c.year());
    if end(&mut c) && c.eat(if between { &["and"] } else { &["-"] }).is_some() && end(&mut c) {
        return Some(c.pos);
    }
    c.pos = save;
    Some(c.pos)
}

/// The periods a results table's header names: `Year`, `Nine mths`, `Qtr ended Feb 28`.
#[rustfmt::skip]
const HEADER_PERIODS: [&str; 16] = [
    "year", "years", "yr", "yrs", "qtr", "qtrs", "quarter", "quarters", "half", "mths",
    "months", "mos", "weeks", "wks", "period", "periods",
];

/// The [`HEADER_PERIODS`] a number counts: `6 mths`, `53 weeks` (not `31 YEAR`, a date's).
const COUNTED_PERIODS: [&str; 5] = ["mths", "months", "mos", "weeks", "wks"];

/// Words before a bare `YEAR` or `QTR` of a title that make it no period of a results table:
/// `GROWTH SEEN SLOWING THIS YEAR`, `SALES UP IN YEAR`.
#[rustfmt::skip]
const NOT_A_RESULTS_PERIOD: [&str; 12] = [
    "this", "last", "next", "per", "a", "an", "each", "every", "the", "in", "of", "one",
];

/// Words before a header's period, besides [`COUNTS`]: `First half`, `Latest qtr`.
#[rustfmt::skip]
const HEADER_LEADS: [&str; 7] = [
    "first", "second", "third", "fourth", "latest", "fiscal", "full",
];

/// Whether a line, whole, is the header of a results table's block of rows: the period
/// the rows below report, as Reuters' tables write it (`Year`, `Nine mths`, `6 mths`, `1st
/// half`, `Qtr ended Feb 28`, `Period ended December 31.`, `Year to December 31, 1986`,
/// `Year 1986`, `Ended Jan 31`, `Sept 30 end`).
pub(crate) fn table_header(line: &str) -> bool {
    // The longest, "Year to December 31, 1986" and the like, are shorter; and none compares
    // figures, as most rows do ("Revs 12.0 mln vs 10.6 mln").
    let b = line.as_bytes();
    if b.len() > 40
        || memchr::memchr_iter(b'v', b)
            .any(|i| i > 0 && b[i - 1] == b' ' && b.get(i + 1) == Some(&b's'))
    {
        return false;
    }
    let mut c = Cursor::new(line, 0);
    // "Sept 30 end".
    let dated_end = c.month() && c.eat(&["end"]).is_some();
    if !dated_end {
        c = Cursor::new(line, 0);
        // "Nine", "6", "1st", "52".
        let lead = header_lead(&mut c);
        if c.eat(&HEADER_PERIODS).is_some() {
            // What it belongs to: "ended Feb 28", "to December 31, 1986", "1986".
            c.tail();
        } else if lead || c.eat(&["ended", "ending"]).is_none() || !c.month() {
            // "Ended Jan 31".
            return false;
        }
    }
    c.eat(&["."]);
    c.peek().is_none()
}

/// The period a results story's title names for the table that opens its text: `3RD QTR`
/// in `ECOLAB INC <ECL> 3RD QTR OPER SHR`, `FIRST HALF`, `NINE MTHS`, `YEAR` in `ACME CORP
/// YEAR NET`, as a slice of the title: the first period of a [`header_lead`] and a word of
/// [`HEADER_PERIODS`] (`4TH QTR JAN 31`), or a bare `YEAR` or `QTR` after no word of
/// [`NOT_A_RESULTS_PERIOD`] (`BOOKER PLC 1986 YEAR`; not `GROWTH SEEN SLOWING THIS YEAR`);
/// neither hyphened (`30-YEAR BOND`, `3RD-QTR`).
pub(crate) fn title_period(title: &str) -> Option<&str> {
    let mut c = Cursor::new(title, 0);
    let mut last = "";
    while let Some((w, e)) = c.peek() {
        let start = e - w.len();
        let hyphened = last == "-";
        // The word before a bare period: the one before `w`, or `w` itself after a lead.
        let before = last;
        last = w;
        let lead = header_lead(&mut c);
        let Some(p) = c.eat(&HEADER_PERIODS) else {
            c.pos = e;
            continue;
        };
        let end = c.pos;
        // A number counts months or weeks only: "DEC 31 YEAR NET" is the year's.
        let counted = w.bytes().all(|b| b.is_ascii_digit());
        let counts = COUNTED_PERIODS.iter().any(|x| p.eq_ignore_ascii_case(x));
        let from = if lead && (!counted || counts) {
            Some(start)
        } else if ["year", "qtr"].iter().any(|x| p.eq_ignore_ascii_case(x))
            && !NOT_A_RESULTS_PERIOD
                .iter()
                .any(|x| before.eq_ignore_ascii_case(x))
        {
            Some(end - p.len())
        } else {
            None
        };
        let joined = title.get(end..).is_some_and(|r| r.starts_with('-'));
        if let Some(from) = from
            && !hyphened
            && !joined
        {
            return title.get(from..end);
        }
        c.pos = e;
    }
    None
}

/// Takes a word before a header's period: `Nine`, `6`, `1st`, `52`, `First`.
fn header_lead(c: &mut Cursor<'_>) -> bool {
    c.peek().is_some_and(|(w, e)| {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        let ordinal = ["st", "nd", "rd", "th"]
            .iter()
            .any(|s| w[digits..].eq_ignore_ascii_case(s));
        let ok = (digits > 0 && digits <= 2 && (digits == w.len() || ordinal))
            || HEADER_LEADS.iter().any(|x| w.eq_ignore_ascii_case(x))
            || COUNTS.iter().any(|x| w.eq_ignore_ascii_case(x));
        if ok {
            c.pos = e;
        }
        ok
    })
}

/// Words of a quarter's or a year's report that may open what moved: `qtrly revenue`, `fy
/// sales`.
const REPORT_PERIODS: [&str; 4] = ["qtrly", "quarterly", "fy", "ytd"];

/// What a quarterly payment is, whose `quarterly` says how often, not when.
#[rustfmt::skip]
const PAYMENTS: [&str; 10] = [
    "dividend", "dividends", "div", "divs", "distribution", "distributions", "payout",
    "payouts", "payment", "payments",
];

/// Words of a futures contract or a cargo, whose month names the contract, not when it moved
/// (`the June bond`, `May futures in New York`, `April delivery cattle`, `December loading`).
#[rustfmt::skip]
const CONTRACTS: [&str; 13] = [
    "futures", "future", "contract", "contracts", "bond", "bonds", "delivery", "deliveries",
    "option", "options", "loading", "eurodollar", "eurodollars",
];

/// The determiners that may stand before a month that opens a subject (`its February load
/// factor`).
const MONTH_DETERMINERS: [&str; 3] = ["the", "its", "their"];

/// Where a period that opens a subject lies in it, as earnings summaries, tables and
/// monthly reports write them (`q3 revenue`, `q4 2021 adjusted earnings per share`, `qtrly
/// net sales`, `fy revenue`, `full year 2021 net income`, `third quarter net`, `first-half
/// sales`, `February car sales`, `its May 1987 truck production`), up to the next word; none
/// where nothing would be left, or where `quarterly` says how often a payment is made, the
/// subject's last word one of [`PAYMENTS`] (`quarterly dividend`, `Qtrly div`). A month
/// names the contract, not the time, of what is `traded` (`May crude`) or of a subject with a
/// word of [`CONTRACTS`]; a month with its day is a date (`April 28, 1988`).
pub(crate) fn leading_period(subject: &str, traded: bool) -> Option<std::ops::Range<usize>> {
    // Each opens with one of these: most subjects are read no further.
    if !subject.as_bytes().first().is_some_and(|b| {
        matches!(
            b.to_ascii_lowercase(),
            b'q' | b'f' | b's' | b't' | b'y' | b'1'
                ..=b'4' | b'j' | b'm' | b'a' | b'o' | b'n' | b'd' | b'i'
        )
    }) {
        return None;
    }
    let in_list = |x: &str, list: &[&str]| list.iter().any(|p| x.eq_ignore_ascii_case(p));
    let mut words = subject
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|x| !x.is_empty());
    let mut c = Cursor::new(subject, 0);
    let ordinal = |c: &mut Cursor<'_>| {
        c.eat(&[
            "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th",
        ])
        .is_some()
    };
    let mut start = 0;
    let report = c.eat(&REPORT_PERIODS);
    let ok = if c.quarter() {
        true
    } else if let Some(w) = report {
        !(w.eq_ignore_ascii_case("quarterly") || w.eq_ignore_ascii_case("qtrly"))
            || !words.next_back().is_some_and(|x| in_list(x, &PAYMENTS))
    } else if c.eat(&["full"]).is_some() {
        c.eat(&["-"]);
        c.eat(&["year"]).is_some()
    } else if ordinal(&mut c) {
        c.eat(&["-"]);
        c.eat(&["quarter", "qtr", "half"]).is_some()
    } else if traded {
        false
    } else {
        c.eat(&MONTH_DETERMINERS);
        match c.peek() {
            // The months' first letters first: most subjects are read no further. A month
            // alone, as a whole word: not `Cursor::month`, which also takes a day ("June 90
            // day bank bills", "JUN8" are contracts; "December's" a possessive).
            Some((w, end))
                if w.as_bytes().first().is_some_and(|b| {
                    matches!(
                        b.to_ascii_lowercase(),
                        b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd'
                    )
                }) && crate::lexicon::tables::MONTH
                    .longest(&subject[end - w.len()..])
                    .is_some_and(|m| m.len == w.len())
                    && !words.any(|x| in_list(x, &CONTRACTS)) =>
            {
                start = end - w.len();
                c.pos = end;
                // "DECEMBER QUARTER RETAIL SALES": the quarter that ends in the month.
                c.eat(&["quarter", "qtr"]);
                c.year();
                // What follows names what moved, not what it did: "June and calls for",
                // "May paced the setback" (not "FEB ADJUSTED UNEMPLOYMENT").
                let function_word = |w: &str| crate::lexicon::tables::NOT_NOUNS.contains(w);
                c.peek().is_some_and(|(next, e)| {
                    let verb = next.len() > 4
                        && next.to_ascii_lowercase().ends_with("ed")
                        && Cursor::new(subject, e)
                            .read()
                            .is_some_and(|(w, _)| function_word(w));
                    !function_word(next) && !verb
                })
            }
            _ => false,
        }
    };
    if !ok {
        return None;
    }
    // "q4 2021", "fy 2022 sales" (after a period, a year counts nothing).
    c.eat(&["fiscal", "fy"]);
    if !c.year()
        && let Some((w, e)) = c.peek()
        && year_word(w)
    {
        c.pos = e;
    }
    let end = c.pos;
    // What moved is left, a word of letters: not "fy 2021" alone, nor "q3-", nor "April 28".
    let (next, _) = c.peek()?;
    next.bytes()
        .any(|b| b.is_ascii_alphabetic())
        .then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// On any text a phrase ends on a char boundary inside it, and never panics.
        #[test]
        fn a_phrase_ends_inside_its_text(
            s in "(in|for|at|by|the|its|end|of|-|to|May|Dec|February|futures|q3|fy|Qtr|Year|mths|ended|qtrly|NET|GMT|hrs|1986|0900|2040\\.5|5|, |\\.| |\n|é|[a-z0-9,.%/-]){0,12}",
            n in 0usize..8,
        ) {
            for entry in [None, Some(s.floor_char_boundary(n))] {
                if let Some(len) = phrase_len(&s, entry) {
                    prop_assert!(len <= s.len() && s.is_char_boundary(len));
                }
            }
            // A table's header is read whole; a title's period is a slice of it; a
            // subject's period leaves a word after it.
            let _ = table_header(&s);
            if let Some(p) = title_period(&s) {
                prop_assert!(s.contains(p));
            }
            for traded in [false, true] {
                if let Some(r) = leading_period(&s, traded) {
                    prop_assert!(r.start <= r.end && r.end < s.len());
                    prop_assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
                }
            }
        }
    }

    fn phrase(s: &str) -> Option<&str> {
        phrase_len(s, None).map(|n| &s[..n])
    }

    #[test]
    fn phrases_of_time() {
        for (text, want) in [
            ("in 1986 from 293 billion", Some("in 1986")),
            ("in fiscal 1987, it said", Some("in fiscal 1987")),
            (
                "for the first nine months of 2009 from EUR 58.7 million",
                Some("for the first nine months of 2009"),
            ),
            ("at the end of April .", Some("at the end of April")),
            ("at end-March from 2.65 mln", Some("at end-March")),
            ("in January-June 2009 .", Some("in January-June 2009")),
            ("during the year", Some("during the year")),
            ("during 2004", Some("during 2004")),
            (
                "in the first quarter of last year, it said",
                Some("in the first quarter of last year"),
            ),
            (
                "for the first two months of the year were",
                Some("for the first two months of the year"),
            ),
            ("over the past year", Some("over the past year")),
            (
                "in the three months to September",
                Some("in the three months to September"),
            ),
            (
                "in the 12 months through June 1987",
                Some("in the 12 months through June 1987"),
            ),
            (
                "in the three months to 31 December, compared",
                Some("in the three months to 31 December"),
            ),
            ("in q3 of 2021", Some("in q3 of 2021")),
            ("for q4 of 2021", Some("for q4 of 2021")),
            (
                "for the period January-September 2008",
                Some("for the period January-September 2008"),
            ),
            (
                "in the year ended May 31 , 1987 ,",
                Some("in the year ended May 31 , 1987"),
            ),
            (
                "since the start of the year",
                Some("since the start of the year"),
            ),
            ("for 1986/87", Some("for 1986/87")),
            (
                "in the year to end-February, after",
                Some("in the year to end-February"),
            ),
            (
                "in the July to September quarter, it",
                Some("in the July to September quarter"),
            ),
            ("for the year-to-date, U.S.", Some("for the year-to-date")),
            ("in the year to date", Some("in the year to date")),
            ("for all of 1986, productivity", Some("for all of 1986")),
            ("during all of last year", Some("during all of last year")),
            ("at year end, from", Some("at year end")),
            ("by year-end 1987 .", Some("by year-end 1987")),
            ("at the year-end", Some("at the year-end")),
            ("at year-earlier levels", None),
            ("since 1997.", Some("since 1997")),
            ("since September 1985 to", Some("since September 1985")),
            ("since 1997 levels", None),
            // What a change is against, counts, and other words are no time.
            ("over the previous quarter", None),
            ("for all of its customers", None),
            ("in 1,000 stores", None),
            ("in 2000 stores", None),
            ("in the region of 5 pct", None),
            ("for the company", None),
            ("in 1986 dlrs", None),
            ("to 5 pct", None),
            ("at 5 pct", None),
            // The figure after a time is none of it.
            (
                "in the three months to May 5.6 pct",
                Some("in the three months to May"),
            ),
            ("in the week to 2040.5", Some("in the week")),
            ("in 2009 thanks to", Some("in 2009")),
            ("in the current year may fall", Some("in the current year")),
            (
                "in the year ended Dec 31, 1986",
                Some("in the year ended Dec 31, 1986"),
            ),
            (
                "over the last three sessions",
                Some("over the last three sessions"),
            ),
            (
                "in the nine month period rose",
                Some("in the nine month period"),
            ),
            (
                "for the six-month period increased",
                Some("for the six-month period"),
            ),
            (
                "in the 12-month period Jan-Dec, 1986",
                Some("in the 12-month period Jan-Dec"),
            ),
            ("at the 12-month rate of", None),
            ("in the 12-month rate of", None),
            (
                "for the March 21-31 period rose",
                Some("for the March 21-31 period"),
            ),
            ("in March 21-5.6 pct", Some("in March 21")),
            ("in mid-February, it", Some("in mid-February")),
            (
                "over the next six months, it",
                Some("over the next six months"),
            ),
            ("in the next fiscal year .", Some("in the next fiscal year")),
            ("in quarter .", Some("in quarter")),
            ("for quarter, up", Some("for quarter")),
            (
                "in the October/December quarter",
                Some("in the October/December quarter"),
            ),
            ("in half", None),
            ("in quarter-point steps", None),
            (
                "in the three months between July and September, while",
                Some("in the three months between July and September"),
            ),
            (
                "in the year between 2003 and 2004",
                Some("in the year between 2003 and 2004"),
            ),
            // `by` and the end of a period, a time of day, a month with its day or year, or
            // a year; not a change.
            (
                "by the end of the year, it said",
                Some("by the end of the year"),
            ),
            ("by end-1987 and 15.50 dlrs", Some("by end-1987")),
            ("by 1830 GMT .", Some("by 1830 GMT")),
            ("By 1200 GMT on Monday, EMI", Some("By 1200 GMT on Monday")),
            ("by 10 am", Some("by 10 am")),
            ("by March 31, 1988", Some("by March 31, 1988")),
            ("by September 2005 .", Some("by September 2005")),
            ("by 2050 .", Some("by 2050")),
            ("by 5 pct", None),
            ("by 1950 to 35,100", None),
            ("by 2 hrs", None),
            ("by 0900 hrs", Some("by 0900 hrs")),
            ("by 1,987 tonnes", None),
            ("by 2000 stores", None),
            ("by April", None),
            ("by the company", None),
        ] {
            assert_eq!(phrase(text), want, "{text}");
        }
    }

    #[test]
    fn an_entry_goes_on_with_its_period() {
        for (text, entry, want) in [
            (
                "in the first quarter of 2008 .",
                20,
                "in the first quarter of 2008",
            ),
            (
                "in the first quarter 2008 .",
                20,
                "in the first quarter 2008",
            ),
            ("in January 1987 from", 10, "in January 1987"),
            (
                "in the fourth quarter to $5 mln",
                21,
                "in the fourth quarter",
            ),
            (
                "in the first half of fiscal 2009",
                17,
                "in the first half of fiscal 2009",
            ),
        ] {
            assert_eq!(
                &text[..phrase_len(text, Some(entry)).unwrap_or(0)],
                want,
                "{text}"
            );
        }
    }

    /// Reuters' results tables head each block of rows with its period, on a line alone.
    #[test]
    fn table_headers() {
        for line in [
            "Year",
            "YEAR",
            "Nine mths",
            "Six Mths",
            "12 mths",
            "1st half",
            "First half",
            "4th qtr",
            "Qtr ended Feb 28",
            "Qtr ends Jan 31",
            "Period ended December 31.",
            "Periods ended Feb 28",
            "Year to December 31, 1986",
            "Six months to December 31",
            "Year 1986",
            "Ended Jan 31",
            "Sept 30 end",
            "Yr ends Nov 29, 1986",
        ] {
            assert!(table_header(line), "{line}");
        }
        for line in [
            "",
            "Shr not given",
            "Year ago",
            "Nine",
            "Revs 12.0 mln vs 10.6 mln",
            "NOTE: Year results include a gain",
            "Year ended",
            "first year of the plan",
            "Jan 31",
        ] {
            assert!(!table_header(line), "{line}");
        }
    }

    /// A period that opens a subject, as earnings summaries write it.
    #[test]
    fn periods_that_open_a_subject() {
        for (subject, want) in [
            ("q3 revenue", Some("q3")),
            ("q4 2021 adjusted earnings per share", Some("q4 2021")),
            ("qtrly net sales", Some("qtrly")),
            ("fy revenue", Some("fy")),
            ("fy 2022 sales", Some("fy 2022")),
            ("full year 2021 net income", Some("full year 2021")),
            (
                "first quarter 1986/87 group net profit",
                Some("first quarter 1986/87"),
            ),
            ("Full-year earnings", Some("Full-year")),
            ("third quarter net", Some("third quarter")),
            ("first-half sales", Some("first-half")),
            ("Quarterly diluted EPS", Some("Quarterly")),
            ("quarterly dividend", None),
            ("Qtrly div", None),
            ("qtrly cash distribution", None),
            ("q3", None),
            ("fy 2021", None),
            ("first quarter", None),
            ("first lady", None),
            ("qatar revenue", None),
            ("revenue", None),
            ("February car sales", Some("February")),
            ("its May 1987 truck production", Some("May 1987")),
            ("The January index", Some("January")),
            ("FEBRUARY SALES", Some("FEBRUARY")),
            ("the June bond", None),
            ("June share price index futures", None),
            ("May futures in New York", None),
            ("December loading", None),
            ("April 28, 1988 and thereafter at prices", None),
            ("Mayor's budget", None),
            ("March", None),
            ("DECEMBER QUARTER RETAIL SALES", Some("DECEMBER QUARTER")),
            ("May paced the setback", None),
            ("FEB ADJUSTED UNEMPLOYMENT", Some("FEB")),
            ("June and calls for South Africa", None),
        ] {
            assert_eq!(
                leading_period(subject, false).map(|r| &subject[r]),
                want,
                "{subject}"
            );
        }
        // What is traded: a month names its contract.
        assert_eq!(leading_period("May crude", true), None);
        assert_eq!(leading_period("q3 gold output", true), Some(0..2));
    }

    /// A results story's title names the period of the table that opens its text.
    #[test]
    fn periods_a_title_names() {
        for (title, want) in [
            ("ECOLAB INC <ECL> 3RD QTR OPER SHR", Some("3RD QTR")),
            ("ACME CORP <ACM> YEAR NET", Some("YEAR")),
            ("STRATA CORP <STATA> DEC 31 YEAR LOSS", Some("YEAR")),
            ("GENCORP <GY> NINE MTHS NET", Some("NINE MTHS")),
            ("RETAILER <R> 53 WEEKS NET", Some("53 WEEKS")),
            ("BANK <B> FIRST HALF PROFIT", Some("FIRST HALF")),
            ("POTOMAC ELECTRIC POWER CO <POM> JAN NET", None),
            ("U.S. 30-YEAR BOND YIELD RISES", None),
            ("GROWTH SEEN SLOWING THIS YEAR", None),
            ("BOOKER PLC <BOKL.L> 1986 YEAR", Some("YEAR")),
            ("ACME <ACM> 3RD-QTR NET", None),
            ("<SAMSUNG CO> CALENDAR 1986", None),
            ("", None),
        ] {
            assert_eq!(title_period(title), want, "{title}");
        }
    }
}
