//! Word tables and the matcher that finds their entries in text.
//!
//! Every table of the grammar (qualifiers, currencies, scale words, units, number words, …)
//! lives in [`tables`] as plain data. Every word of every table is numbered once in the
//! [vocabulary](tables::vocab), and the [lexer] looks each word of the text up there
//! once. A [`Lexicon`] indexes one table by its first lexeme (a word's number, or the lexeme
//! itself for symbols), so matching costs one lookup plus a comparison of the few entries
//! sharing that lexeme; a [`WordList`] is a set of numbers.
//!
//! A *lexeme* is a maximal run of letters, a maximal run of ASCII digits, or one other
//! non-whitespace character. Entries are written as text (`"per cent"`, `"US$"`, `"°C"`) and
//! split into lexemes; in the input, lexemes of an entry may be separated by optional
//! whitespace. So `"US$"` matches `US$`, `us $` and `US $`, and `"°C"` matches `°C` and the
//! tokenized `° c`, while letters can never run together (`percent` is one lexeme and needs its
//! own entry).

pub mod lexer;
pub mod tables;
pub mod vocab;

use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// Byte classes for the [lexer] and [`lexeme`].
const OTHER: u8 = 0;
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const HIGH: u8 = 3;

static CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b.is_ascii_alphabetic() {
            LETTER
        } else if b.is_ascii_digit() {
            DIGIT
        } else if b >= 0x80 {
            HIGH
        } else {
            OTHER
        };
        i += 1;
    }
    t
};

/// Membership of a word, ignoring ASCII case: a [`WordList`] or a literal list of a few words.
pub trait Words {
    /// Whether `w` is one of the words, ignoring ASCII case.
    fn has(&self, w: &str) -> bool;

    /// [`Words::has`] for a word whose vocabulary id the lexer found (`None`: outside the
    /// vocabulary).
    fn has_lexed(&self, id: Option<vocab::WordId>, w: &str) -> bool {
        let _ = id;
        self.has(w)
    }
}

impl Words for WordList {
    fn has(&self, w: &str) -> bool {
        self.contains(w)
    }

    #[inline]
    fn has_lexed(&self, id: Option<vocab::WordId>, w: &str) -> bool {
        self.contains_lexed(id, w)
    }
}

impl<const N: usize> Words for [&str; N] {
    fn has(&self, w: &str) -> bool {
        self.iter().any(|x| x.eq_ignore_ascii_case(w))
    }
}

/// A word list for membership tests that ignore ASCII case, as `eq_ignore_ascii_case` on
/// each entry would, in constant time: short lists are scanned, longer ones hashed on first
/// use. Tables stay plain data (`WordList::new(&["a", "the"])`).
pub struct WordList {
    words: &'static [&'static str],
    index: OnceLock<ListIndex>,
}

/// The index of a [`WordList`] or a [`WordUnion`], built on first use.
struct ListIndex {
    /// The words of the [`vocab`](tables::vocab).
    ids: vocab::WordSet,
    /// The other words (with non-letters, or outside the vocabulary), lowercase.
    others: FxHashSet<Box<[u8]>>,
    /// Whether some of `others` are all ASCII letters (words outside the vocabulary): only
    /// then can a word of letters that is outside the vocabulary be in the list.
    others_letters: bool,
    /// All the words, lowercase: for words of the text beyond ASCII.
    all: FxHashSet<Box<[u8]>>,
}

impl WordList {
    /// A list of words (any case).
    pub const fn new(words: &'static [&'static str]) -> Self {
        WordList {
            words,
            index: OnceLock::new(),
        }
    }

    /// The words, as written in the table.
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }

    fn index(&self) -> &ListIndex {
        self.index
            .get_or_init(|| ListIndex::build(self.words.iter().copied()))
    }

    /// Whether `w` is in the list, ignoring ASCII case.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.index().contains(w)
    }

    /// [`WordList::contains`] for a word whose vocabulary id the lexer found (`None`: the
    /// word is outside the vocabulary).
    #[inline]
    pub fn contains_lexed(&self, id: Option<vocab::WordId>, w: &str) -> bool {
        self.index().contains_lexed(id, w)
    }
}

/// Several [`WordList`]s asked as one: a word is in the union when it is in any of them, told
/// by one lookup, for a test that asks them all the same question (each list keeps its own
/// name and use elsewhere).
pub struct WordUnion {
    lists: &'static [&'static WordList],
    index: OnceLock<ListIndex>,
}

impl WordUnion {
    /// The union of `lists`.
    pub const fn new(lists: &'static [&'static WordList]) -> Self {
        WordUnion {
            lists,
            index: OnceLock::new(),
        }
    }

    fn index(&self) -> &ListIndex {
        self.index.get_or_init(|| {
            ListIndex::build(self.lists.iter().flat_map(|l| l.words().iter().copied()))
        })
    }
}

impl Words for WordUnion {
    fn has(&self, w: &str) -> bool {
        self.index().contains(w)
    }

    #[inline]
    fn has_lexed(&self, id: Option<vocab::WordId>, w: &str) -> bool {
        self.index().contains_lexed(id, w)
    }
}

impl ListIndex {
    fn build(words: impl Iterator<Item = &'static str>) -> Self {
        let vocab = tables::vocab();
        let mut ids = vocab::WordSet::new();
        let mut others = FxHashSet::default();
        let mut all = FxHashSet::default();
        let mut others_letters = false;
        for w in words {
            let lower = w.to_ascii_lowercase().into_bytes().into_boxed_slice();
            let letters = !w.is_empty() && w.bytes().all(|c| c.is_ascii_alphabetic());
            match vocab.id(w).filter(|_| letters) {
                Some(id) => ids.insert(id),
                None => {
                    others_letters |= letters;
                    others.insert(lower.clone());
                }
            }
            all.insert(lower);
        }
        ListIndex {
            ids,
            others,
            others_letters,
            all,
        }
    }

    #[inline]
    fn contains(&self, w: &str) -> bool {
        let b = w.as_bytes();
        if b.len() <= 16 && !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic) {
            return match tables::vocab().ascii_letters(b, 0, b.len()) {
                Some(id) => self.ids.contains(id),
                None => self.others_letters && Self::has(&self.others, b),
            };
        }
        Self::has(&self.all, b)
    }

    #[inline]
    fn contains_lexed(&self, id: Option<vocab::WordId>, w: &str) -> bool {
        if !w.is_ascii() {
            return self.contains(w);
        }
        match id {
            Some(id) => self.ids.contains(id),
            // Outside the vocabulary: only a listed word outside it can be this one.
            None => !self.others.is_empty() && Self::has(&self.others, w.as_bytes()),
        }
    }

    fn has(set: &FxHashSet<Box<[u8]>>, b: &[u8]) -> bool {
        let mut buf = [0u8; 32];
        if b.len() <= buf.len() {
            set.contains(ascii_lower_into(&mut buf, b))
        } else {
            set.contains(b.to_ascii_lowercase().as_slice())
        }
    }
}

/// `b` lowercased (ASCII letters only) into the front of `buf`, which must be long enough:
/// the key of a table lookup, made in one pass without a call to `memcpy`.
#[inline]
pub(crate) fn ascii_lower_into<'b>(buf: &'b mut [u8], b: &[u8]) -> &'b [u8] {
    let key = &mut buf[..b.len()];
    for (k, &c) in key.iter_mut().zip(b) {
        *k = c.to_ascii_lowercase();
    }
    key
}

/// Which characters of the input count as whitespace between lexemes.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}'
}

/// Length in bytes of leading whitespace.
#[inline]
pub(crate) fn space_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => i += 1,
            c if c >= 0x80 => {
                let ch = match s[i..].chars().next() {
                    Some(ch) => ch,
                    None => break,
                };
                if is_space(ch) {
                    i += ch.len_utf8();
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    i
}

/// What kind of lexeme a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LexKind {
    /// A maximal run of letters, in any script.
    Letters,
    /// A maximal run of ASCII digits.
    Digits,
    /// One other character that is not whitespace.
    Symbol,
}

/// The lexeme at the very start of `s` (no leading whitespace skipped): its kind and length.
#[inline]
pub(crate) fn lexeme(s: &str) -> Option<(LexKind, usize)> {
    lexeme_ascii(s).map(|(kind, n, _)| (kind, n))
}

/// [`lexeme`], and whether the lexeme is all ASCII.
#[inline]
pub(crate) fn lexeme_ascii(s: &str) -> Option<(LexKind, usize, bool)> {
    let b = s.as_bytes();
    let first = *b.first()?;
    match CLASS[usize::from(first)] {
        DIGIT => Some((LexKind::Digits, class_run(b, 1, DIGIT), true)),
        LETTER => {
            // ASCII letters by bytes; characters only past the first non-ASCII byte.
            let n = class_run(b, 1, LETTER);
            if b.get(n).is_none_or(|&c| c < 0x80) {
                Some((LexKind::Letters, n, true))
            } else {
                let more = alphabetic_len(&s[n..]);
                Some((LexKind::Letters, n + more, more == 0))
            }
        }
        HIGH => match alphabetic_len(s) {
            0 => {
                let ch = s.chars().next()?;
                (!is_space(ch)).then(|| (LexKind::Symbol, ch.len_utf8(), false))
            }
            n => Some((LexKind::Letters, n, false)),
        },
        _ => (!first.is_ascii_whitespace() && first != 0x0b).then_some((LexKind::Symbol, 1, true)),
    }
}

/// The end of the run of bytes of class `class` in `b` from `i`.
#[inline]
fn class_run(b: &[u8], mut i: usize, class: u8) -> usize {
    while i < b.len() && CLASS[usize::from(b[i])] == class {
        i += 1;
    }
    i
}

/// Length in bytes of the leading alphabetic characters of `s` (letters beyond ASCII too).
#[cold]
fn alphabetic_len(s: &str) -> usize {
    s.chars()
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum()
}

/// Case-insensitive equality of an input lexeme with a lowercase table lexeme.
#[inline]
fn eq_fold(input: &str, lower: &str) -> bool {
    if input.is_ascii() {
        return input.eq_ignore_ascii_case(lower);
    }
    input.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

/// The Unicode lowercase of `s`, char by char (no final-sigma rule, unlike
/// `str::to_lowercase`); an ASCII string, nearly every table form, without the char loop.
fn lowercase_key(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().flat_map(char::to_lowercase).collect()
}

/// How an entry compares with the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// Any case: `"km"` matches `KM`, `Km`, `km`.
    Any,
    /// Exactly as written: `"M"` (million) does not match `m`.
    Exact,
}

struct Entry<T: 'static> {
    lexemes: Box<[Box<str>]>,
    /// Per lexeme of an entry in any case: its vocabulary id when it is a word of ASCII
    /// letters, compared with an ASCII token's id instead of its text.
    ids: Box<[Option<vocab::WordId>]>,
    /// Per lexeme: digits written glued to what precedes them in the form (`m2`), which the
    /// input must glue too (`12 m 2 dm` is no `m2`).
    glued: Box<[bool]>,
    /// `ids[1]`, kept in the entry: most entries of a list are told apart by their second
    /// lexeme, which [`entries_before`] compares first, without reading the slices.
    second: Option<vocab::WordId>,
    case: Case,
    value: &'static T,
}

/// One word table, indexed for matching at a position of the input.
pub struct Lexicon<T: 'static> {
    /// The entries by first lexeme, longest first.
    lists: Vec<Vec<Entry<T>>>,
    /// The lowercase first lexeme of each list.
    keys: Vec<Box<str>>,
    /// The list of a word of the [`vocab`](tables::vocab), by id (`u32::MAX`: none).
    by_word: Box<[u32]>,
    /// The list of any other first lexeme (symbols, digits, words outside the vocabulary),
    /// by its lowercase.
    by_other: HashMap<Box<[u8]>, u32>,
    /// The lists of `by_other` whose first lexeme is one ASCII character (`$`, `%`, `-`),
    /// by its lowercase byte (`u32::MAX`: none): most lookups of symbols.
    by_byte: Box<[u32; 128]>,
    /// Whether some first lexeme is a word outside the vocabulary (only in tables made
    /// outside [`tables`]): then words without an id are looked up in `by_other` too.
    unlisted_words: bool,
    /// Per byte an entry can start with in the input, a bit for each length its first
    /// lexeme can have (bit 31: 31 bytes or more). Both ASCII cases are entered, and every
    /// length for non-ASCII lead bytes, whose case folding this does not model. Most
    /// positions of a text fail this test and never reach the lookup.
    first_lens: [u32; 256],
}

/// The result of a successful match: the entry's value and the matched length in bytes.
#[derive(Debug)]
pub struct Match<T: 'static> {
    /// The table value of the matched entry.
    pub value: &'static T,
    /// Bytes of input consumed, from the first lexeme to the end of the last.
    pub len: usize,
}

impl<T> Clone for Match<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Match<T> {}

/// The lexemes of a form, each with whether it is digits glued to the lexeme before: an
/// iterator, as the tables' setup reads thousands of forms (a vector each was a tenth of a
/// process's instructions on one article).
fn split_lexemes(form: &str) -> impl Iterator<Item = (&str, bool)> {
    let mut rest = form;
    let mut first = true;
    std::iter::from_fn(move || {
        let sp = space_len(rest);
        rest = &rest[sp..];
        let (kind, n) = lexeme(rest)?;
        let glued = kind == LexKind::Digits && sp == 0 && !first;
        first = false;
        let (lexeme, after) = rest.split_at(n);
        rest = after;
        Some((lexeme, glued))
    })
}

impl<T> Lexicon<T> {
    /// Index a table of `(form, case, value)` entries.
    pub fn new(entries: impl IntoIterator<Item = (&'static str, Case, &'static T)>) -> Self {
        let vocab = tables::vocab();
        let mut lists: Vec<Vec<Entry<T>>> = Vec::new();
        let mut keys: Vec<Box<str>> = Vec::new();
        let entries = entries.into_iter();
        // Room for a list per entry at most: no growing while the lists are made.
        let mut by_key: HashMap<Box<str>, u32> =
            HashMap::with_capacity_and_hasher(entries.size_hint().0, Default::default());
        let mut first_lens = [0u32; 256];
        for lens in &mut first_lens[0x80..] {
            *lens = u32::MAX;
        }
        for (form, case, value) in entries {
            // Counted first, so that each slice is one allocation of its size.
            let n = split_lexemes(form).count();
            let (mut glued, mut lexemes) = (Vec::with_capacity(n), Vec::with_capacity(n));
            for (l, g) in split_lexemes(form) {
                glued.push(g);
                lexemes.push(match case {
                    Case::Any => lowercase_key(l).into_boxed_str(),
                    Case::Exact => Box::from(l),
                });
            }
            let (glued, lexemes): (Box<[bool]>, Box<[Box<str>]>) = (glued.into(), lexemes.into());
            let ids: Box<[Option<vocab::WordId>]> = lexemes
                .iter()
                .map(|l| {
                    let word = !l.is_empty() && l.bytes().all(|c| c.is_ascii_alphabetic());
                    vocab.id(l).filter(|_| word && case == Case::Any)
                })
                .collect();
            let Some(first) = lexemes.first() else {
                continue;
            };
            if let Some(&b) = first.as_bytes().first() {
                let bit = len_bit(first.len());
                first_lens[usize::from(b.to_ascii_lowercase())] |= bit;
                first_lens[usize::from(b.to_ascii_uppercase())] |= bit;
            }
            // The list's key: the first lexeme, lowercased unless it already is; allocated
            // only for a new list.
            let lowered;
            let key: &str = match case {
                Case::Any => {
                    debug_assert_eq!(lowercase_key(first), **first, "lowercasing is idempotent");
                    first
                }
                Case::Exact => {
                    lowered = lowercase_key(first);
                    &lowered
                }
            };
            let list = match by_key.get(key) {
                Some(&list) => list,
                None => {
                    let list = u32::try_from(lists.len()).unwrap_or(u32::MAX);
                    lists.push(Vec::new());
                    keys.push(key.into());
                    by_key.insert(key.into(), list);
                    list
                }
            };
            if let Some(l) = lists.get_mut(list as usize) {
                l.push(Entry {
                    second: ids.get(1).copied().flatten(),
                    lexemes,
                    ids,
                    glued,
                    case,
                    value,
                });
            }
        }
        for list in &mut lists {
            // Longest entry first, so that "per cent" wins over "per".
            list.sort_by_key(|e| std::cmp::Reverse(e.lexemes.len()));
        }
        let mut by_word = vec![u32::MAX; vocab.len()].into_boxed_slice();
        let mut by_other = HashMap::default();
        let mut by_byte = Box::new([u32::MAX; 128]);
        let mut unlisted_words = false;
        for (key, list) in by_key {
            let word = key.starts_with(char::is_alphabetic);
            match vocab.id(&key).filter(|_| word) {
                Some(id) => by_word[id.index()] = list,
                None => {
                    unlisted_words |= word;
                    if let [b] = key.as_bytes()
                        && b.is_ascii()
                    {
                        by_byte[usize::from(*b)] = list;
                    }
                    by_other.insert(key.into_boxed_bytes(), list);
                }
            }
        }
        Lexicon {
            lists,
            keys,
            by_word,
            by_other,
            by_byte,
            unlisted_words,
            first_lens,
        }
    }

    /// The first lexemes of all entries (lowercase).
    pub fn first_lexemes(&self) -> impl Iterator<Item = &str> {
        self.keys.iter().map(|k| &**k)
    }

    /// The first lexemes (lowercase) that are whole entries by themselves, in any case:
    /// `two`, `dollars`; not `in` of `in excess of`, nor `M` (exact case).
    pub fn single_lexemes(&self) -> impl Iterator<Item = &str> {
        self.keys
            .iter()
            .zip(&self.lists)
            .filter(|(_, list)| {
                list.iter()
                    .any(|e| e.lexemes.len() == 1 && e.case == Case::Any)
            })
            .map(|(k, _)| &**k)
    }

    /// Whether some entry starts with the vocabulary word `id`.
    #[inline]
    pub fn starts_with_word(&self, id: vocab::WordId) -> bool {
        self.by_word.get(id.index()).is_some_and(|&l| l != u32::MAX)
    }

    /// Whether some entry starts with this (already lowercase) lexeme.
    pub fn starts_with_lexeme(&self, lower: &str) -> bool {
        self.list_of(lower, None).is_some()
    }

    /// The list of entries whose first lexeme is `lexeme` in any case; `id` is its
    /// vocabulary id when the caller knows it.
    fn list_of(&self, lexeme: &str, id: Option<vocab::WordId>) -> Option<&[Entry<T>]> {
        let list = if lexeme.starts_with(char::is_alphabetic) {
            match id.or_else(|| tables::vocab().id(lexeme)) {
                Some(id) => *self.by_word.get(id.index())?,
                None if self.unlisted_words => self.other_list(lexeme)?,
                None => return None,
            }
        } else {
            self.other_list(lexeme)?
        };
        self.lists.get(list as usize).map(Vec::as_slice)
    }

    #[inline]
    fn other_list(&self, lexeme: &str) -> Option<u32> {
        if let [b] = lexeme.as_bytes()
            && b.is_ascii()
        {
            let list = self.by_byte[usize::from(b.to_ascii_lowercase())];
            return (list != u32::MAX).then_some(list);
        }
        self.other_list_hashed(lexeme)
    }

    #[cold]
    fn other_list_hashed(&self, lexeme: &str) -> Option<u32> {
        let mut buf = [0u8; 32];
        if lexeme.is_ascii() && lexeme.len() <= buf.len() {
            self.by_other
                .get(ascii_lower_into(&mut buf, lexeme.as_bytes()))
                .copied()
        } else {
            self.by_other.get(lowercase_key(lexeme).as_bytes()).copied()
        }
    }

    /// The longest entry matching at the very start of `s`.
    pub fn longest(&self, s: &str) -> Option<Match<T>> {
        let (list, first_len) = self.entries_at(s)?;
        list.iter().find_map(|e| {
            match_entry(e, s, first_len).map(|len| Match {
                value: e.value,
                len,
            })
        })
    }

    /// The entry list of the entries that start with token `k` of a lexed field: by its
    /// vocabulary id, or by its text for a token without one; `None` when no entry does.
    /// Asked at most words, and most start no entry: this is inline, the lists are read
    /// out of line.
    #[inline(always)]
    fn list_at(&self, lx: &lexer::Lexed<'_>, k: usize) -> Option<u32> {
        let t = lx.tokens().get(k)?;
        let list = match (t.kind, t.word) {
            (LexKind::Letters, Some(id)) => *self.by_word.get(id.index())?,
            (LexKind::Letters, None) if !self.unlisted_words => return None,
            _ => self.token_list(lx, t)?,
        };
        (list != u32::MAX).then_some(list)
    }

    /// The longest entry matching at token `k` of a lexed field: [`Lexicon::longest`] of
    /// the text from that token on, without reading the text again.
    #[inline(always)]
    pub(crate) fn longest_lexed(&self, lx: &lexer::Lexed<'_>, k: usize) -> Option<Match<T>> {
        let list = self.list_at(lx, k)?;
        self.list_longest(lx, k, list)
    }

    /// [`Lexicon::longest_lexed`] in entry list `list`.
    #[inline(never)]
    fn list_longest(&self, lx: &lexer::Lexed<'_>, k: usize, list: u32) -> Option<Match<T>> {
        entries_before(self.lists.get(list as usize)?, lx, k).find_map(|e| {
            match_entry_lexed(e, lx, k).map(|len| Match {
                value: e.value,
                len,
            })
        })
    }

    /// The list of entries whose first lexeme is the text of token `t`, a token that has no
    /// vocabulary id (digits, a symbol, a word beyond it). Told from the first byte and, for
    /// an ASCII token, the length first: a digit run such as a year is looked up in the
    /// hash map only where some first lexeme has its first digit and its length (the
    /// non-quantities `9/11`, `24/7`, `13F filing` start with 1, 2, 4, 7 and 9).
    #[inline]
    fn token_list(&self, lx: &lexer::Lexed<'_>, t: &lexer::Token) -> Option<u32> {
        let text = lx.str_of(t);
        let lens = self.first_lens[usize::from(*text.as_bytes().first()?)];
        if lens == 0 || (t.ascii() && lens & len_bit(text.len()) == 0) {
            return None;
        }
        self.other_list(text)
    }

    /// All entries matching at token `k` of a lexed field, longest first.
    pub(crate) fn matches_lexed<'s>(
        &'s self,
        lx: &'s lexer::Lexed<'s>,
        k: usize,
    ) -> impl Iterator<Item = Match<T>> + 's {
        let list = self
            .list_at(lx, k)
            .and_then(|l| self.lists.get(l as usize))
            .map_or(&[][..], Vec::as_slice);
        entries_before(list, lx, k).filter_map(move |e| {
            match_entry_lexed(e, lx, k).map(|len| Match {
                value: e.value,
                len,
            })
        })
    }

    /// The longest entry matching at token `k` of a lexed field and ending by byte
    /// `limit`: [`Lexicon::longest`] of the text from that token to `limit`, a token start.
    #[inline(always)]
    pub(crate) fn longest_lexed_until(
        &self,
        lx: &lexer::Lexed<'_>,
        k: usize,
        limit: usize,
    ) -> Option<Match<T>> {
        let list = self.list_at(lx, k)?;
        self.list_until(lx, k, list, limit)
    }

    /// [`Lexicon::longest_lexed_until`] in entry list `list`.
    #[inline(never)]
    fn list_until(
        &self,
        lx: &lexer::Lexed<'_>,
        k: usize,
        list: u32,
        limit: usize,
    ) -> Option<Match<T>> {
        let start = lx.tokens().get(k)?.start();
        entries_before(self.lists.get(list as usize)?, lx, k).find_map(|e| {
            match_entry_lexed(e, lx, k)
                .filter(|len| start + len <= limit)
                .map(|len| Match {
                    value: e.value,
                    len,
                })
        })
    }

    /// All entries matching at the start of `s`, longest first.
    pub fn matches<'s>(&'s self, s: &'s str) -> impl Iterator<Item = Match<T>> + 's {
        let (list, first_len) = self.entries_at(s).unwrap_or((&[], 0));
        list.iter().filter_map(move |e| {
            match_entry(e, s, first_len).map(|len| Match {
                value: e.value,
                len,
            })
        })
    }

    /// The entries whose first lexeme is the one at the start of `s` (in any case), longest
    /// first, and that lexeme's length; none when no entry starts with it.
    #[inline]
    fn entries_at(&self, s: &str) -> Option<(&[Entry<T>], usize)> {
        let b = s.as_bytes();
        let lens = self.first_lens[usize::from(*b.first()?)];
        if lens == 0 {
            return None;
        }
        let (kind, n, ascii) = lexeme_ascii(s)?;
        // The length of a word beyond ASCII may change with its case.
        if lens & len_bit(n) == 0 && ascii {
            return None;
        }
        let list = match kind {
            LexKind::Letters if ascii => match tables::vocab().ascii_letters(b, 0, n) {
                Some(id) => *self.by_word.get(id.index())?,
                None if self.unlisted_words => self.other_list(&s[..n])?,
                None => return None,
            },
            _ => return self.list_of(&s[..n], None).map(|l| (l, n)),
        };
        Some((self.lists.get(list as usize)?.as_slice(), n))
    }
}

/// The length bit of a first lexeme of `n` bytes (31 and more share the top bit).
fn len_bit(n: usize) -> u32 {
    1 << n.min(31)
}

/// The length of entry `e` matched at the start of `s`, whose first lexeme (`first_len`
/// bytes) already equals the entry's index key: in any case that is a match of the first
/// lexeme, so only exact entries compare it again.
fn match_entry<T>(e: &Entry<T>, s: &str, first_len: usize) -> Option<usize> {
    if e.case == Case::Exact
        && e.lexemes
            .first()
            .is_none_or(|w| s.get(..first_len) != Some(&**w))
    {
        return None;
    }
    let mut pos = first_len;
    for (i, want) in e.lexemes.iter().enumerate().skip(1) {
        if !e.glued[i] {
            pos += space_len(&s[pos..]);
        }
        let (_, n) = lexeme(&s[pos..])?;
        let got = &s[pos..pos + n];
        let same = match e.case {
            Case::Any => eq_fold(got, want),
            Case::Exact => got == &**want,
        };
        if !same {
            return None;
        }
        pos += n;
    }
    Some(pos)
}

/// The entries of `list` (a list of the lexicon, whose first lexeme is token `k`'s) that
/// may match at token `k`: all but those whose second lexeme is a word of the vocabulary and
/// the next token an ASCII word with another id (or none), which [`match_entry_lexed`]
/// would reject at that lexeme. The next token is read once for the whole list.
#[inline(always)]
fn entries_before<'e, T>(
    list: &'e [Entry<T>],
    lx: &lexer::Lexed<'_>,
    k: usize,
) -> impl Iterator<Item = &'e Entry<T>> {
    let next = lx.tokens().get(k + 1).map(|t| (t.ascii(), t.word));
    list.iter().filter(move |e| match (e.second, next) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(id), Some((ascii, word))) => !ascii || word == Some(id),
    })
}

/// The length of entry `e` matched at token `k` of a lexed field, whose first lexeme already
/// equals the entry's key in any case: as [`match_entry`], one token a lexeme.
#[inline]
fn match_entry_lexed<T>(e: &Entry<T>, lx: &lexer::Lexed<'_>, k: usize) -> Option<usize> {
    let toks = lx.tokens();
    let first = toks.get(k)?;
    if e.case == Case::Exact && e.lexemes.first().is_none_or(|w| lx.str_of(first) != &**w) {
        return None;
    }
    let mut end = first.end();
    for (i, want) in e.lexemes.iter().enumerate().skip(1) {
        let t = toks.get(k + i)?;
        // A lexeme written glued to the one before must be glued in the text too.
        if e.glued[i] && t.start() != end {
            return None;
        }
        // An ASCII word in the vocabulary equals the lexeme in any case exactly when its id
        // does (both are the id of the ASCII lowercase).
        let same = match (e.ids.get(i).copied().flatten(), e.case) {
            (Some(id), _) if t.ascii() => t.word == Some(id),
            (_, Case::Any) => eq_fold(lx.str_of(t), want),
            (_, Case::Exact) => lx.str_of(t) == &**want,
        };
        if !same {
            return None;
        }
        end = t.end();
    }
    Some(end - first.start())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    static V: [u8; 4] = [0, 1, 2, 3];

    /// What a lexeme is, char by char: a run of ASCII digits, a run of letters (any script),
    /// or one other character that is not whitespace.
    fn lexeme_by_chars(s: &str) -> Option<(LexKind, usize)> {
        let c = s.chars().next()?;
        let run = |p: fn(&char) -> bool| s.chars().take_while(p).map(char::len_utf8).sum();
        if c.is_ascii_digit() {
            Some((LexKind::Digits, run(char::is_ascii_digit)))
        } else if c.is_alphabetic() {
            Some((LexKind::Letters, run(|c| c.is_alphabetic())))
        } else if is_space(c) {
            None
        } else {
            Some((LexKind::Symbol, c.len_utf8()))
        }
    }

    #[test]
    fn words_whose_lowercase_has_another_length_are_found() {
        // The Kelvin sign lowercases to a one-byte `k`.
        let text = format!("{} 3%", "SAN\u{212A}");
        assert!(tables::MOVE_CUE.longest(&text).is_some());
        let lx = lexer::Lexed::new(&text);
        assert!(tables::MOVE_CUE.longest_lexed(&lx, 0).is_some());
        // And as a later lexeme, whose token then has no id to compare: `fell back`.
        let text = "fell BAC\u{212A} 2%";
        let lx = lexer::Lexed::new(text);
        let len = Some("fell BAC\u{212A}".len());
        assert_eq!(tables::MOVE_CUE.longest(text).map(|m| m.len), len);
        assert_eq!(tables::MOVE_CUE.longest_lexed(&lx, 0).map(|m| m.len), len);
        assert!(
            tables::MOVE_CUE.longest("ZZZZ").is_none() && tables::MOVE_CUE.longest("7").is_none()
        );
    }

    #[test]
    fn whitespace_is_no_lexeme_and_other_characters_are_one_each() {
        // A vertical tab is whitespace to `char` but not to `u8::is_ascii_whitespace`.
        for s in ["\u{b}x", " 5", "\u{a0}a", "\u{2009}"] {
            assert_eq!(lexeme(s), None, "{s:?}");
        }
        assert_eq!(lexeme("€5"), Some((LexKind::Symbol, 3)));
        assert_eq!(lexeme("Złoty5"), Some((LexKind::Letters, 6)));
        assert_eq!(lexeme("2,400"), Some((LexKind::Digits, 1)));
    }

    proptest! {
        // Cases found are kept as the unit test above, not in a file beside the sources.
        #![proptest_config(crate::proptest_cases(5000))]
        #[test]
        fn the_byte_lexer_cuts_as_the_char_definition(
            s in r"[a-zA-Z0-9 ,.$%\-\t\n\r\x0b\x0c\u{85}\u{a0}\u{2009}\u{2028}\u{3000}éßЖ中½€£²\u{212a}]{0,12}"
        ) {
            for (i, _) in s.char_indices() {
                prop_assert_eq!(lexeme(&s[i..]), lexeme_by_chars(&s[i..]), "{:?} at {}", s, i);
            }
        }
    }

    /// The forms of some tables and their words, and a few others, for texts that hit their
    /// entries.
    fn table_words() -> Vec<&'static str> {
        let forms = tables::MOVE_CUES
            .iter()
            .map(|e| e.0)
            .chain(tables::NUMBER_WORDS.iter().map(|e| e.0))
            .chain(tables::QUALIFIERS.iter().map(|e| e.0))
            .chain(tables::UNITS.iter().map(|e| e.0).take(120))
            .chain(tables::NON_QUANTITIES.iter().map(|e| e.0));
        // Whole forms, so that many-word entries come up, and their words alone.
        let forms: Vec<&str> = forms.collect();
        let mut words: Vec<&str> = forms.iter().flat_map(|f| f.split(' ')).collect();
        words.extend(forms);
        words.extend(["deal", "the", "5", "%", "$", "-", "SAN\u{212A}", "Straße"]);
        // Digit runs of the lengths and first digits of the non-quantities' (`9/11`, `24/7`)
        // and of others.
        words.extend(["1986", "9", "11", "24", "13", "130", "4", "97", "2"]);
        words.sort_unstable();
        words.dedup();
        words
    }

    /// Whether `table` finds the same entry at token `k` of `lexed` as in the text `rest`
    /// from it.
    fn agree<T>(table: &Lexicon<T>, lexed: &lexer::Lexed<'_>, k: usize, rest: &str) -> bool {
        let key = |m: Option<Match<T>>| m.map(|m| (m.len, std::ptr::from_ref(m.value)));
        let all =
            |m: &mut dyn Iterator<Item = Match<T>>| m.map(|m| key(Some(m))).collect::<Vec<_>>();
        key(table.longest_lexed(lexed, k)) == key(table.longest(rest))
            && all(&mut table.matches_lexed(lexed, k)) == all(&mut table.matches(rest))
    }

    proptest! {
        #![proptest_config(crate::proptest_cases(3000))]
        /// A table entry matched over tokens (later words compared by vocabulary id where
        /// they can be) is the one matched over the text, in any case.
        #[test]
        fn lexed_matches_are_text_matches(
            picks in proptest::collection::vec((0usize..10_000, any::<u8>()), 1..6)
        ) {
            let words = table_words();
            let text = picks
                .iter()
                .map(|&(i, case)| {
                    let w = words[i % words.len()];
                    match case % 3 {
                        0 => w.to_string(),
                        1 => w.to_uppercase(),
                        _ => w.char_indices()
                            .map(|(j, c)| if j == 0 { c.to_ascii_uppercase() } else { c })
                            .collect(),
                    }
                })
                .collect::<Vec<_>>()
                .join(" ");
            let lexed = lexer::Lexed::new(&text);
            for (k, t) in lexed.tokens().iter().enumerate() {
                let rest = &text[t.start()..];
                prop_assert!(agree(&tables::MOVE_CUE, &lexed, k, rest), "cue {:?} at {}", text, k);
                prop_assert!(agree(&tables::NUMBER_WORD, &lexed, k, rest), "number {:?} at {}", text, k);
                prop_assert!(agree(&tables::QUALIFIER, &lexed, k, rest), "qualifier {:?} at {}", text, k);
                prop_assert!(agree(&tables::NON_QUANTITY, &lexed, k, rest), "non-quantity {:?} at {}", text, k);
            }
        }
    }

    fn lx() -> Lexicon<u8> {
        Lexicon::new([
            ("per", Case::Any, &V[0]),
            ("per cent", Case::Any, &V[1]),
            ("US$", Case::Any, &V[2]),
            ("M", Case::Exact, &V[3]),
        ])
    }

    #[test]
    fn word_lists_ignore_ascii_case_short_or_long() {
        static SHORT: WordList = WordList::new(&["a", "The"]);
        static LONG: WordList = WordList::new(&[
            "one", "two", "three", "four", "five", "six", "seven", "eight", "Nine", "ten",
        ]);
        assert!(SHORT.contains("THE") && SHORT.contains("a") && !SHORT.contains("an"));
        assert!(LONG.contains("nine") && LONG.contains("TEN") && !LONG.contains("elevens"));
        assert!(!LONG.contains("") && !LONG.contains(&"x".repeat(40)));
        // Words outside the vocabulary, of letters or not.
        static OUTSIDE: WordList = WordList::new(&["zzyzx", "u.s"]);
        static DOTTED: WordList = WordList::new(&["u.s", "mr"]);
        assert!(OUTSIDE.contains("ZZYZX") && OUTSIDE.contains("U.S") && !OUTSIDE.contains("zzyzy"));
        assert!(DOTTED.contains("u.s") && DOTTED.contains("Mr") && !DOTTED.contains("zzyzx"));
        // A union holds the words of each of its lists, as each list does, and no other.
        static BOTH: WordUnion = WordUnion::new(&[&SHORT, &OUTSIDE, &DOTTED]);
        for w in ["the", "A", "ZZYZX", "u.s", "MR"] {
            assert!(BOTH.has(w), "{w}");
        }
        static ACCENTED: WordList = WordList::new(&["Ünion"]);
        static WITH_ACCENTS: WordUnion = WordUnion::new(&[&SHORT, &ACCENTED]);
        // Beyond ASCII, the case of ASCII letters only is ignored, as in a list.
        assert!(WITH_ACCENTS.has("ÜNION") && WITH_ACCENTS.has_lexed(None, "Ünion"));
        assert!(!WITH_ACCENTS.has("ünion") && !WITH_ACCENTS.has_lexed(None, "Ünions"));
        assert_eq!(ACCENTED.contains("ÜNION"), WITH_ACCENTS.has("ÜNION"));
        for w in ["an", "nine", "zzyzy", "", "u.k"] {
            assert!(!BOTH.has(w), "{w}");
        }
        let vocab = tables::vocab();
        for w in ["The", "mr", "zzyzx", "ten"] {
            let id = vocab.id(w);
            let any = [&SHORT, &OUTSIDE, &DOTTED]
                .iter()
                .any(|l| l.contains_lexed(id, w));
            assert_eq!(BOTH.has_lexed(id, w), any, "{w}");
        }
    }

    #[test]
    fn longest_entry_wins_and_spaces_are_optional_between_lexemes() {
        let l = lx();
        let m = l.longest("per cent rise").map(|m| (*m.value, m.len));
        assert_eq!(m, Some((1, 8)));
        assert_eq!(l.longest("per barrel").map(|m| *m.value), Some(0));
        assert_eq!(l.longest("us $ 5").map(|m| (*m.value, m.len)), Some((2, 4)));
        assert_eq!(l.longest("US$5").map(|m| m.len), Some(3));
    }

    #[test]
    fn letters_never_run_together_and_exact_entries_keep_case() {
        let l = lx();
        assert!(l.longest("percent").is_none());
        assert!(l.longest("periods").is_none());
        assert!(l.longest("M ").is_some());
        let units = Lexicon::new([("m2", Case::Any, &V[0]), ("S&P 500", Case::Any, &V[1])]);
        assert_eq!(units.longest("m2 flat").map(|m| m.len), Some(2));
        assert!(
            units.longest("m 2 dm").is_none(),
            "digits glued in the form stay glued"
        );
        assert_eq!(units.longest("s & p 500").map(|m| m.len), Some(9));
        assert!(l.longest("m ").is_none());
    }
}
