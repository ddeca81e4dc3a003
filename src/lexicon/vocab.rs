//! The vocabulary: every word of every table, numbered.
//!
//! The lexer looks each word of the text up here once; its [`WordId`] then says in constant
//! time which tables and word lists it belongs to (a bit or an index per id), instead of
//! every table hashing the word again. A word outside the vocabulary is in no table.
//!
//! The lookup of a short ASCII word (up to 16 letters, nearly every word of news) takes no
//! copy and no byte loop: the word is loaded as two little-endian `u64`s, lowercased by
//! setting bit 5 of each byte (the words are letters), and found by one multiplication in an
//! open-addressed table. Longer words and words beyond ASCII go through a hash map of their
//! Unicode lowercase.

use rustc_hash::FxHashMap;
use std::num::NonZeroU16;

/// The number of a vocabulary word (from 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WordId(NonZeroU16);

impl WordId {
    /// The id as an index (from 1; index 0 is never used).
    #[inline]
    pub fn index(self) -> usize {
        usize::from(self.0.get())
    }
}

/// Lowercase ASCII words of up to 8 letters, the most common, and of 9 to 16 letters have
/// tables of their own; other words are hashed as strings.
const SHORT: usize = 8;
const MEDIUM: usize = 16;

/// Bit 5 of every byte: the lowercase of an ASCII letter.
const LOWER: u64 = 0x2020_2020_2020_2020;

/// The low `n` bytes of a `u64`, for `n` in `0..=8`.
const LOW_BYTES: [u64; 9] = {
    let mut t = [0u64; 9];
    let mut n = 0;
    while n < 8 {
        t[n] = (1u64 << (8 * n)) - 1;
        n += 1;
    }
    t[8] = u64::MAX;
    t
};

/// An open-addressed table from keys (lowercase letters, zero-padded: letters are never
/// zero, so the padding also encodes the length) to ids; at most a quarter full, so that a
/// word outside it (most words of a text) is usually told by its first slot.
struct Table<K> {
    keys: Box<[K]>,
    ids: Box<[u16]>,
    shift: u32,
}

impl<K: Copy + Default + PartialEq> Table<K> {
    fn new(entries: &[(K, WordId)], hash: impl Fn(K, u32) -> usize) -> Table<K> {
        let bits = (entries.len() * 4)
            .next_power_of_two()
            .max(16)
            .trailing_zeros();
        let shift = 64 - bits;
        let mut keys = vec![K::default(); 1 << bits].into_boxed_slice();
        let mut ids = vec![0u16; 1 << bits].into_boxed_slice();
        for &(key, id) in entries {
            let mut at = hash(key, shift);
            while ids[at] != 0 {
                at = (at + 1) & (ids.len() - 1);
            }
            keys[at] = key;
            ids[at] = id.0.get();
        }
        Table { keys, ids, shift }
    }

    #[inline(always)]
    fn get(&self, key: K, hash: impl Fn(K, u32) -> usize) -> Option<WordId> {
        let mask = self.ids.len() - 1;
        let mut at = hash(key, self.shift);
        loop {
            let id = *self.ids.get(at)?;
            if id == 0 {
                return None;
            }
            if self.keys.get(at) == Some(&key) {
                return NonZeroU16::new(id).map(WordId);
            }
            at = (at + 1) & mask;
        }
    }
}

#[inline(always)]
fn hash1(key: u64, shift: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
}

#[inline(always)]
fn hash2(key: [u64; 2], shift: u32) -> usize {
    hash1(
        key[0] ^ key[1].rotate_left(29).wrapping_mul(0xC2B2_AE3D_27D4_EB4F),
        shift,
    )
}

/// Every word of the tables, numbered (see the [module docs](self)).
pub struct Vocab {
    short: Table<u64>,
    medium: Table<[u64; 2]>,
    /// Words beyond ASCII or longer than [`MEDIUM`], by their lowercase.
    other: FxHashMap<Box<str>, WordId>,
    /// The words by id (index 0 unused).
    words: Vec<Box<str>>,
}

/// The key of a lowercase ASCII word of at most 16 bytes.
fn key_of(lower: &[u8]) -> [u64; 2] {
    let mut buf = [0u8; MEDIUM];
    buf[..lower.len()].copy_from_slice(lower);
    let (a, b) = buf.split_at(8);
    [
        u64::from_le_bytes(a.try_into().unwrap_or_default()),
        u64::from_le_bytes(b.try_into().unwrap_or_default()),
    ]
}

/// The `len` (at most 8) bytes of `b` from `at`, little-endian, zero-padded, with bit 5 of
/// each set (the lowercase of letters).
#[inline(always)]
fn load(b: &[u8], at: usize, len: usize) -> u64 {
    let raw = match b.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => {
            // Near the end of the text: a byte at a time.
            let mut buf = [0u8; 8];
            for (k, c) in b.iter().skip(at).take(len.min(8)).enumerate() {
                buf[k] = *c;
            }
            u64::from_le_bytes(buf)
        }
    };
    (raw | LOWER) & LOW_BYTES[len.min(8)]
}

impl Vocab {
    /// Number the distinct lowercase words of `words` (any case; empty strings are ignored).
    pub fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Vocab {
        // Each word lowercased into one buffer and looked up there: a distinct word is
        // allocated once, as its key; the list by id is made from the keys at the end.
        let words = words.into_iter();
        let mut seen: FxHashMap<Box<str>, WordId> =
            FxHashMap::with_capacity_and_hasher(words.size_hint().0, Default::default());
        let mut lower = String::new();
        // Filled as ids are given, in their order, so that probe lengths do not vary from
        // run to run.
        let mut short = Vec::new();
        let mut medium = Vec::new();
        let mut other = FxHashMap::default();
        for w in words {
            if w.is_empty() {
                continue;
            }
            lower.clear();
            if w.is_ascii() {
                lower.push_str(w);
                lower.make_ascii_lowercase();
            } else {
                lower.push_str(&w.to_lowercase());
            }
            if seen.contains_key(lower.as_str()) {
                continue;
            }
            let Some(id) = u16::try_from(seen.len() + 1).ok().and_then(NonZeroU16::new) else {
                // More than 65,535 words: the rest stay unknown (no table is near this size).
                break;
            };
            let id = WordId(id);
            let b = lower.as_bytes();
            match Self::ascii_len(b) {
                Some(n) if n <= SHORT => short.push((key_of(b)[0], id)),
                Some(_) => medium.push((key_of(b), id)),
                None => {
                    other.insert(lower.as_str().into(), id);
                }
            }
            seen.insert(lower.as_str().into(), id);
        }
        let mut list: Vec<Box<str>> = vec![Box::default(); seen.len() + 1];
        for (w, id) in seen {
            if let Some(slot) = list.get_mut(id.index()) {
                *slot = w;
            }
        }
        Vocab {
            short: Table::new(&short, hash1),
            medium: Table::new(&medium, hash2),
            other,
            words: list,
        }
    }

    /// The length of a lowercase word for the fast tables: ASCII letters, at most 16.
    fn ascii_len(lower: &[u8]) -> Option<usize> {
        (!lower.is_empty() && lower.len() <= MEDIUM && lower.iter().all(u8::is_ascii_lowercase))
            .then_some(lower.len())
    }

    /// The number of ids given (the largest id is one less).
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the vocabulary holds no word.
    pub fn is_empty(&self) -> bool {
        self.words.len() <= 1
    }

    /// The word of an id, lowercase.
    pub fn word(&self, id: WordId) -> &str {
        self.words.get(id.index()).map_or("", |w| w)
    }

    /// The id of a word of `len` (at most 8) ASCII letters in any case, given as the eight
    /// bytes that start with it (little-endian).
    #[inline(always)]
    pub fn short_key(&self, bytes: u64, len: usize) -> Option<WordId> {
        self.short
            .get((bytes | LOWER) & LOW_BYTES[len.min(SHORT)], hash1)
    }

    /// The id of the word `b[start..end]`, a run of ASCII letters in any case.
    #[inline(always)]
    pub fn ascii_letters(&self, b: &[u8], start: usize, end: usize) -> Option<WordId> {
        let len = end - start;
        if len <= SHORT {
            self.short.get(load(b, start, len), hash1)
        } else if len <= MEDIUM {
            let key = [load(b, start, 8), load(b, start + 8, len - 8)];
            self.medium.get(key, hash2)
        } else {
            self.id_cold(b.get(start..end).unwrap_or_default())
        }
    }

    #[cold]
    fn id_cold(&self, b: &[u8]) -> Option<WordId> {
        self.other
            .get(String::from_utf8_lossy(b).to_lowercase().as_str())
            .copied()
    }

    /// The id of a word in any case (its Unicode lowercase is looked up).
    pub fn id(&self, w: &str) -> Option<WordId> {
        if w.bytes().all(|c| c.is_ascii_alphabetic()) {
            return match w.len() {
                0 => None,
                n => self.ascii_letters(w.as_bytes(), 0, n),
            };
        }
        let lower = w.to_lowercase();
        match Self::ascii_len(lower.as_bytes()) {
            Some(n) => self.ascii_letters(lower.as_bytes(), 0, n),
            None => self.other.get(lower.as_str()).copied(),
        }
    }
}

/// A set of vocabulary words: a bit per id.
#[derive(Clone, Debug, Default)]
pub struct WordSet(Vec<u64>);

impl WordSet {
    /// The empty set.
    pub fn new() -> WordSet {
        WordSet(Vec::new())
    }

    /// Add a word.
    pub fn insert(&mut self, id: WordId) {
        let (i, bit) = (id.index() / 64, id.index() % 64);
        if self.0.len() <= i {
            self.0.resize(i + 1, 0);
        }
        self.0[i] |= 1 << bit;
    }

    /// Whether the set holds the word.
    #[inline]
    pub fn contains(&self, id: WordId) -> bool {
        self.contains_index(id.index())
    }

    /// Whether the set holds the word, if there is one: [`WordSet::contains`] with no branch
    /// on the word (`None` is index 0, which no word has), for the lexer.
    #[inline]
    pub fn contains_any(&self, id: Option<WordId>) -> bool {
        self.contains_index(id.map_or(0, WordId::index))
    }

    #[inline(always)]
    fn contains_index(&self, index: usize) -> bool {
        let (i, bit) = (index / 64, index % 64);
        self.0.get(i).is_some_and(|w| w & (1 << bit) != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_in_any_case_and_only_whole() {
        let long = "kilowatthoursperyear";
        let v = Vocab::new(["Million", "km", "złoty", long, "a", "sank"]);
        let id = |w: &str| v.id(w).map(|id| v.word(id).to_string());
        assert_eq!(id("MILLION").as_deref(), Some("million"));
        assert_eq!(id("mIllion").as_deref(), Some("million"));
        assert_eq!(id("millions"), None);
        assert_eq!(id("millio"), None);
        assert_eq!(id("Złoty").as_deref(), Some("złoty"));
        assert_eq!(id(&long.to_uppercase()).as_deref(), Some(long));
        assert_eq!(id("A").as_deref(), Some("a"));
        // The Kelvin sign lowercases to ASCII `k`.
        assert_eq!(id("SAN\u{212A}").as_deref(), Some("sank"));
        assert_eq!(id(""), None);
        // In place, at the end of the input and before more letters.
        let text = b"3 KM x Million";
        assert_eq!(v.ascii_letters(text, 2, 4), v.id("km"));
        assert_eq!(v.ascii_letters(text, 7, 14), v.id("million"));
        assert_eq!(v.ascii_letters(text, 7, 13), None);
    }

    #[test]
    fn sets_hold_ids() {
        let v = Vocab::new(["one", "two", "three"]);
        let mut set = WordSet::new();
        // The three words were just numbered: each has an id, and a missing one fails here.
        assert!(v.id("two").is_some() && v.id("three").is_some());
        if let Some(two) = v.id("two") {
            set.insert(two);
        }
        assert!(v.id("TWO").is_some_and(|id| set.contains(id)));
        assert!(v.id("three").is_some_and(|id| !set.contains(id)));
    }
}
