//! Fuzz the grammar: any text, both forms. Checks the span invariants, not just "no panic".
#![no_main]

use libfuzzer_sys::fuzz_target;
use marketfacts::{Ctx, Field, scan::scan_field};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for tokenized in [false, true] {
        let ctx = Ctx { tokenized, ..Ctx::default() };
        let facts = scan_field(text, Field::Text, ctx);
        let mut last = 0;
        for f in &facts {
            assert!(f.start >= last && f.start < f.end && f.end <= text.len());
            assert_eq!(&text[f.start..f.end], f.text);
            last = f.end;
        }
    }
});
