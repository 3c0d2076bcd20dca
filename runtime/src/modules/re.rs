//! `_cinder_re`: the matching engine behind `lib/re.py`.
//!
//! `re.py` translates Python pattern syntax into the dialect of the
//! `fancy-regex` crate (a backtracking engine with backreferences and
//! lookaround that delegates simple parts to `regex`); this module compiles
//! the translated text and runs searches. Compiled patterns live in a
//! per-thread table and are named by an int handle, so no new object
//! layout is needed: `compile` returns `(handle, groups, groupindex)`.
//!
//! Every position crossing this boundary is a character index (a Python
//! str index); byte offsets of the engine are converted on the way in and
//! out. A match is reported as a flat tuple `(start0, end0, start1, end1,
//! ...)` with -1 for a group that did not take part.

use std::cell::RefCell;
use std::collections::HashMap;

use fancy_regex::{Regex, RegexBuilder};

use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{dictops, PyResult, Vm};

use super::{add_fn, add_value};

/// Inline-flag bits of `compile`'s second argument (CPython's values).
const FLAG_IGNORECASE: i64 = 2;
const FLAG_MULTILINE: i64 = 8;
const FLAG_DOTALL: i64 = 16;

/// How a search is anchored.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Anywhere from `pos` on.
    Search,
    /// At `pos` (`match`).
    Anchored,
    /// At `pos`, ending at `endpos` (`fullmatch`).
    Full,
    /// Anywhere from `pos` on, but not empty (after an empty match).
    NotEmpty,
}

/// One compiled pattern: the plain regex and, built on first use, the
/// anchored variants.
struct Compiled {
    /// Translated pattern text, without the flag prefix.
    body: String,
    /// Inline flag prefix such as `(?im)`.
    prefix: String,
    plain: Regex,
    anchored: Option<Option<Regex>>,
    full: Option<Option<Regex>>,
    not_empty: Option<Option<Regex>>,
}

impl Compiled {
    /// The regex for `mode`; None when the variant can never match (the
    /// engine refuses `find_not_empty` for zero-width-only patterns).
    fn get(&mut self, mode: Mode) -> Result<Option<&Regex>, String> {
        let (slot, text, not_empty) = match mode {
            Mode::Search => return Ok(Some(&self.plain)),
            Mode::Anchored => (
                &mut self.anchored,
                format!("{}\\G(?:{})", self.prefix, self.body),
                false,
            ),
            Mode::Full => (
                &mut self.full,
                format!("{}\\G(?:{})\\z", self.prefix, self.body),
                false,
            ),
            Mode::NotEmpty => (
                &mut self.not_empty,
                format!("{}{}", self.prefix, self.body),
                true,
            ),
        };
        if slot.is_none() {
            match RegexBuilder::new(&text).find_not_empty(not_empty).build() {
                Ok(r) => *slot = Some(Some(r)),
                Err(_) if not_empty => *slot = Some(None),
                Err(e) => return Err(e.to_string()),
            }
        }
        Ok(slot.as_ref().and_then(|r| r.as_ref()))
    }
}

#[derive(Default)]
struct Table {
    pats: Vec<Compiled>,
    /// (flags, body) to handle, so recompiling reuses the table entry.
    index: HashMap<(i64, String), usize>,
}

thread_local! {
    static TABLE: RefCell<Table> = RefCell::new(Table::default());
}

// ---------------------------------------------------------------------------
// Arguments

fn str_arg<'a>(vm: &mut Vm, v: &'a Value, fname: &str) -> PyResult<&'a StrData> {
    v.downcast::<StrData>().ok_or_else(|| {
        vm.type_error(format!(
            "{fname}() argument must be str, not {}",
            v.ty().name()
        ))
    })
}

fn int_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<i64> {
    int_as_i64(v).ok_or_else(|| {
        vm.type_error(format!(
            "{fname}() argument must be int, not {}",
            v.ty().name()
        ))
    })
}

/// Maps between char indices and byte offsets of one string (through the
/// string's own cached index, so each conversion is cheap).
struct Offsets<'a> {
    sd: &'a StrData,
    s: &'a str,
}

impl<'a> Offsets<'a> {
    fn new(sd: &'a StrData) -> Offsets<'a> {
        Offsets { sd, s: &sd.s }
    }

    fn chars(&self) -> usize {
        self.sd.chars
    }

    fn byte(&self, ch: usize) -> usize {
        self.sd.byte_offset(ch)
    }

    fn char(&self, b: usize) -> usize {
        self.sd.char_index(b)
    }
}

/// A handle argument, checked against the table.
fn handle_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<usize> {
    let h = int_arg(vm, v, fname)?;
    let n = TABLE.with(|t| t.borrow().pats.len());
    if h < 0 || h as usize >= n {
        return Err(vm.value_error(format!("{fname}(): invalid pattern handle")));
    }
    Ok(h as usize)
}

// ---------------------------------------------------------------------------
// Matching

/// One search on `text` (already cut at endpos) from byte `from`: the
/// group spans in bytes, or None.
fn run(
    h: usize,
    mode: Mode,
    text: &str,
    from: usize,
) -> Result<Option<Vec<Option<(usize, usize)>>>, String> {
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let c = &mut t.pats[h];
        let Some(re) = c.get(mode)? else {
            return Ok(None);
        };
        match re.captures_from_pos(text, from) {
            Ok(Some(caps)) => Ok(Some(
                (0..caps.len())
                    .map(|i| caps.get(i).map(|m| (m.start(), m.end())))
                    .collect(),
            )),
            Ok(None) => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    })
}

fn spans_value(off: &Offsets<'_>, spans: &[Option<(usize, usize)>]) -> Value {
    let mut items = Vec::with_capacity(spans.len() * 2);
    for s in spans {
        match s {
            Some((a, b)) => {
                items.push(new_int(off.char(*a) as i64));
                items.push(new_int(off.char(*b) as i64));
            }
            None => {
                items.push(new_int(-1));
                items.push(new_int(-1));
            }
        }
    }
    new_tuple(items)
}

/// Clamps Python `pos`/`endpos` to the string, as `sre` does.
fn clamp(pos: i64, endpos: i64, n: usize) -> (usize, usize) {
    let n = n as i64;
    let pos = pos.clamp(0, n);
    let endpos = endpos.clamp(0, n);
    (pos as usize, endpos as usize)
}

/// `compile(body, flags)`: `(handle, groups, groupindex)`; a pattern the
/// engine refuses raises ValueError with its message.
fn re_compile(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = super::math::fixed_args(vm, &a, "compile", 2, 2)?;
    let body = str_arg(vm, &p[0], "compile")?.s.to_string();
    let flags = int_arg(vm, &p[1], "compile")?;
    let known = TABLE.with(|t| t.borrow().index.get(&(flags, body.clone())).copied());
    let h = match known {
        Some(h) => h,
        None => {
            let mut prefix = String::new();
            for (bit, c) in [
                (FLAG_IGNORECASE, 'i'),
                (FLAG_MULTILINE, 'm'),
                (FLAG_DOTALL, 's'),
            ] {
                if flags & bit != 0 {
                    prefix.push(c);
                }
            }
            if !prefix.is_empty() {
                prefix = format!("(?{prefix})");
            }
            let plain = match Regex::new(&format!("{prefix}{body}")) {
                Ok(r) => r,
                Err(e) => return Err(vm.value_error(e.to_string())),
            };
            TABLE.with(|t| {
                let mut t = t.borrow_mut();
                let h = t.pats.len();
                t.pats.push(Compiled {
                    body: body.clone(),
                    prefix,
                    plain,
                    anchored: None,
                    full: None,
                    not_empty: None,
                });
                t.index.insert((flags, body), h);
                h
            })
        }
    };
    let (ngroups, names) = TABLE.with(|t| {
        let t = t.borrow();
        let re = &t.pats[h].plain;
        let names: Vec<(usize, String)> = re
            .capture_names()
            .enumerate()
            .filter_map(|(i, n)| n.map(|n| (i, n.to_string())))
            .collect();
        (re.captures_len().saturating_sub(1), names)
    });
    let gi = new_dict();
    for (i, n) in names {
        dictops::set_str(&gi, new_string(n), new_int(i as i64));
    }
    Ok(new_tuple(vec![
        new_int(h as i64),
        new_int(ngroups as i64),
        gi,
    ]))
}

/// `search(handle, string, pos, endpos, mode)`: the spans of the first
/// match (mode 0 search, 1 match, 2 fullmatch), or None.
fn re_search(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = super::math::fixed_args(vm, &a, "search", 5, 5)?;
    let h = handle_arg(vm, &p[0], "search")?;
    let sd = str_arg(vm, &p[1], "search")?;
    let pos = int_arg(vm, &p[2], "search")?;
    let endpos = int_arg(vm, &p[3], "search")?;
    let mode = match int_arg(vm, &p[4], "search")? {
        0 => Mode::Search,
        1 => Mode::Anchored,
        2 => Mode::Full,
        _ => return Err(vm.value_error("search(): bad mode")),
    };
    let off = Offsets::new(sd);
    let (pos, endpos) = clamp(pos, endpos, off.chars());
    if endpos < pos {
        return Ok(Value::none());
    }
    let text = &off.s[..off.byte(endpos)];
    match run(h, mode, text, off.byte(pos)) {
        Ok(Some(spans)) => {
            if mode != Mode::Search && spans[0].map(|s| s.0) != Some(off.byte(pos)) {
                return Ok(Value::none());
            }
            Ok(spans_value(&off, &spans))
        }
        Ok(None) => Ok(Value::none()),
        Err(e) => Err(vm.runtime_error(format!("regular expression engine: {e}"))),
    }
}

/// `scan(handle, string, pos, endpos, limit)`: the spans of successive
/// non-overlapping matches (at most `limit`, all when 0), with Python 3.7+
/// empty-match rules: an empty match may follow a non-empty one at the
/// same place, but after an empty match the next must advance.
fn re_scan(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = super::math::fixed_args(vm, &a, "scan", 5, 5)?;
    let h = handle_arg(vm, &p[0], "scan")?;
    let sd = str_arg(vm, &p[1], "scan")?;
    let pos = int_arg(vm, &p[2], "scan")?;
    let endpos = int_arg(vm, &p[3], "scan")?;
    let limit = int_arg(vm, &p[4], "scan")?;
    let off = Offsets::new(sd);
    let (pos, endpos) = clamp(pos, endpos, off.chars());
    let mut out = Vec::new();
    if endpos < pos {
        return Ok(new_list(out));
    }
    let text = &off.s[..off.byte(endpos)];
    let mut at = off.byte(pos);
    let mut must_advance = false;
    let engine_err =
        |vm: &mut Vm, e: String| vm.runtime_error(format!("regular expression engine: {e}"));
    loop {
        if limit > 0 && out.len() as i64 >= limit {
            break;
        }
        if at > text.len() {
            break;
        }
        let found = if must_advance {
            let first = run(h, Mode::NotEmpty, text, at).map_err(|e| engine_err(vm, e))?;
            match first {
                Some(sp) if sp[0].map(|s| s.0) == Some(at) => Some(sp),
                _ => match text[at..].chars().next() {
                    Some(c) => run(h, Mode::Search, text, at + c.len_utf8())
                        .map_err(|e| engine_err(vm, e))?,
                    None => None,
                },
            }
        } else {
            run(h, Mode::Search, text, at).map_err(|e| engine_err(vm, e))?
        };
        let Some(spans) = found else { break };
        let Some((s, e)) = spans[0] else { break };
        out.push(spans_value(&off, &spans));
        must_advance = s == e;
        at = e;
    }
    Ok(new_list(out))
}

pub fn init(vm: &mut Vm, d: &Value) -> PyResult<()> {
    add_fn(vm, d, "compile", re_compile);
    add_fn(vm, d, "search", re_search);
    add_fn(vm, d, "scan", re_scan);
    add_value(vm, d, "MAXREPEAT", new_int(u32::MAX as i64));
    Ok(())
}
