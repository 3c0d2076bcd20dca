//! Unicode case mapping and character classes as CPython's `str` sees them.
//!
//! Simple and full upper/lower mappings come from Rust's `char` methods;
//! the generated `tables.rs` adds what Rust does not know: titlecase where
//! it differs from uppercase (`'ß'` titles to `"Ss"`), case folding where it
//! differs from lowercasing (`'ß'` folds to `"ss"`), and the classes behind
//! `isalpha`/`isdigit`/`isnumeric`/`islower`/... (Python's definitions,
//! which are not Rust's `is_alphabetic`/`is_numeric`).

use std::cmp::Ordering;

use super::tables::{
    ALPHA, CASE_IGNORABLE, DIGIT, FOLD_MAP, LOWERCASE, NUMERIC, TITLECASE, TITLE_MAP, UPPERCASE,
};

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                Ordering::Less
            } else if lo > cp {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .is_ok()
}

fn in_map(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let cp = c as u32;
    table
        .binary_search_by_key(&cp, |&(k, _)| k)
        .ok()
        .and_then(|i| table.get(i).map(|&(_, s)| s))
}

/// Letters: categories Lu, Ll, Lt, Lm, Lo.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(ALPHA, c)
}

/// Decimal digits (category Nd).
pub fn is_decimal(c: char) -> bool {
    crate::format::decimal_value(c).is_some()
}

/// Characters with a digit value: decimals plus digits such as `'²'`.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(DIGIT, c)
}

/// Characters with a numeric value: digits plus `'½'`, `'Ⅻ'`, `'一'`, ...
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(NUMERIC, c)
}

/// `str.isalnum` of one character.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_ranges(LOWERCASE, c)
}

pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_ranges(UPPERCASE, c)
}

/// Titlecase letters (category Lt), such as `'ǅ'`.
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(TITLECASE, c)
}

pub fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_title(c)
}

fn is_case_ignorable(c: char) -> bool {
    in_ranges(CASE_IGNORABLE, c)
}

/// Whether the capital sigma at `chars[i]` ends a word: preceded by a
/// cased letter and not followed by one (case-ignorable characters such as
/// apostrophes and combining marks are skipped in both directions).
fn is_final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().find(|&&c| !is_case_ignorable(c));
    if !before.is_some_and(|&c| is_cased(c)) {
        return false;
    }
    let after = chars[i + 1..].iter().find(|&&c| !is_case_ignorable(c));
    !after.is_some_and(|&c| is_cased(c))
}

/// Lowercases `chars[i]` into `out`, with the final-sigma rule.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3a3}' {
        out.push(if is_final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        out.extend(c.to_lowercase());
    }
}

fn push_title(out: &mut String, c: char) {
    match in_map(TITLE_MAP, c) {
        Some(t) => out.push_str(t),
        None => out.extend(c.to_uppercase()),
    }
}

pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    s.chars().flat_map(char::to_uppercase).collect()
}

pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower(&mut out, &chars, i);
    }
    out
}

/// Full case folding, for caseless comparison.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match in_map(FOLD_MAP, c) {
            Some(f) => out.push_str(f),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower(&mut out, &chars, i);
        } else if is_lower(c) {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The first character titlecased (3.8 changed this from uppercased), the
/// rest lowercased.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    if let Some(&first) = chars.first() {
        push_title(&mut out, first);
    }
    for i in 1..chars.len() {
        push_lower(&mut out, &chars, i);
    }
    out
}

/// Every character after a cased one lowercased, every other titlecased.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `str.islower`: some cased character, and no uppercase or titlecase one.
pub fn str_islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

/// `str.isupper`: some cased character, and no lowercase or titlecase one.
pub fn str_isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

/// `str.istitle`: uppercase/titlecase letters only after uncased
/// characters, lowercase letters only after cased ones, and some cased.
pub fn str_istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `str.isidentifier`: XID_Start or `_`, then XID_Continue characters.
pub fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next()
        .is_some_and(|c| c == '_' || unicode_ident::is_xid_start(c))
        && cs.all(unicode_ident::is_xid_continue)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titlecase_differs_from_uppercase() {
        assert_eq!(title("ß"), "Ss");
        assert_eq!(capitalize("ßa"), "Ssa");
        assert_eq!(upper("ﬁ"), "FI");
        assert_eq!(title("ﬁx"), "Fix");
        assert_eq!(title("ǆemal"), "ǅemal");
        assert_eq!(title("they're bill's"), "They'Re Bill'S");
    }

    #[test]
    fn final_sigma() {
        assert_eq!(lower("ΣΑΣ"), "σας");
        assert_eq!(lower("ΑΣ'"), "ας'");
        assert_eq!(lower("Σ"), "σ");
        assert_eq!(title("ΟΔΟΣ ΟΔΟΣ"), "Οδος Οδος");
    }

    #[test]
    fn folding() {
        assert_eq!(casefold("Straße"), "strasse");
        assert_eq!(casefold("ﬁ"), "fi");
        assert_eq!(casefold("ς"), "σ");
    }

    #[test]
    fn classes() {
        assert!(is_digit('²') && !is_decimal('²'));
        assert!(is_numeric('½') && !is_digit('½'));
        assert!(is_numeric('一') && !is_alpha('Ⅻ'));
        assert!(str_istitle("ǅ") && !str_islower("ǅ") && !str_isupper("ǅ"));
        assert!(str_islower("ª"));
        assert!(is_identifier("_x") && is_identifier("αβ") && !is_identifier("1a"));
    }
}
