//! `_json`: the native decoder and encoder behind `lib/json`.
//!
//! `lib/json/decoder.py` and `encoder.py` keep the documented classes and
//! a pure-Python fallback; when this module is present they hand whole
//! documents to it:
//!
//! - `decode(s, idx, whole, strict, object_hook, object_pairs_hook,
//!   parse_float, parse_int, parse_constant, error_cls)` parses the JSON
//!   value at char index `idx`. With `whole` it also skips surrounding
//!   whitespace, rejects trailing data and returns the value; otherwise it
//!   returns `(value, end)` like `JSONDecoder.raw_decode`. A None hook or
//!   parser means the default (`float`, `int`, the NaN/Infinity table).
//!   Errors are `error_cls(msg, doc, pos)` with CPython's messages and
//!   char positions.
//! - `encode(obj, default, indent, key_sep, item_sep, sort_keys, skipkeys,
//!   ensure_ascii, check_circular, allow_nan)` serialises one object to a
//!   str, calling `default` for anything that is not JSON data.
//! - `scanstring`, `encode_basestring`, `encode_basestring_ascii`: the
//!   string pieces, with CPython's signatures.
//!
//! The decoder works on the UTF-8 bytes of the document and converts byte
//! offsets to char indices only at the boundary (errors, `raw_decode`'s
//! end). The runtime's str cannot hold lone surrogates, so a `\uXXXX`
//! escape that leaves one is an error, raised only once the rest of the
//! document parsed cleanly (so any error CPython would report wins).

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::hash::{BuildHasherDefault, Hasher};

use num_bigint::BigInt;

use crate::builtins::exc;
use crate::format::float_repr;
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{dictops, PyErr, PyResult, Vm};

use super::add_fn;

pub fn init(vm: &mut Vm, d: &Value) -> PyResult<()> {
    add_fn(vm, d, "decode", decode);
    add_fn(vm, d, "scanstring", scanstring);
    add_fn(vm, d, "encode", encode);
    add_fn(vm, d, "encode_basestring", encode_basestring);
    add_fn(vm, d, "encode_basestring_ascii", encode_basestring_ascii);
    Ok(())
}

// ---------------------------------------------------------------------------
// Arguments

fn fixed<'a>(vm: &mut Vm, a: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let p = a.pos();
    if p.len() != n {
        return Err(vm.type_error(format!(
            "{name}() takes exactly {n} arguments ({} given)",
            p.len()
        )));
    }
    Ok(p)
}

fn str_arg<'a>(vm: &mut Vm, v: &'a Value, what: &str) -> PyResult<&'a StrData> {
    v.downcast::<StrData>()
        .ok_or_else(|| vm.type_error(format!("{what} must be str, not {}", v.ty().name())))
}

/// None for the default, else the callable.
fn opt(v: &Value) -> Option<Value> {
    (!v.is_none()).then(|| v.clone())
}

/// `error_cls(msg, doc, pos)` (a JSONDecodeError), raised.
fn decode_error(vm: &mut Vm, error_cls: &Value, msg: &str, doc: &Value, pos: i64) -> PyErr {
    let args = [new_str(msg), doc.clone(), new_int(pos)];
    match vm.call(error_cls, &args, &[]) {
        Ok(e) => PyErr::new(e),
        Err(e) => e,
    }
}

/// A RecursionError raised by `vm.enter_recursion`, reworded as CPython's
/// json module words it.
fn enter(vm: &mut Vm, what: &str) -> PyResult<()> {
    vm.enter_recursion().map_err(|e| {
        if e.is_instance(&exc::RECURSION_ERROR) {
            vm.new_error(
                &exc::RECURSION_ERROR,
                format!("maximum recursion depth exceeded{what}"),
            )
        } else {
            e
        }
    })
}

// ---------------------------------------------------------------------------
// Decoding

/// FNV-1a, for the per-document table of object keys.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A decoding error: CPython's message and the byte offset it refers to.
struct Fail {
    msg: Cow<'static, str>,
    at: usize,
}

fn fail(msg: &'static str, at: usize) -> Fail {
    Fail {
        msg: Cow::Borrowed(msg),
        at,
    }
}

#[inline]
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

#[inline]
fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && is_ws(b[i]) {
        i += 1;
    }
    i
}

/// The value of four hex digits at `b[i..i + 4]`, if they are hex digits.
fn hex4(b: &[u8], i: usize) -> Option<u32> {
    let mut v = 0u32;
    for &c in b.get(i..i + 4)? {
        v = (v << 4) | (c as char).to_digit(16)?;
    }
    Some(v)
}

/// A scanned JSON string.
struct Scanned<'s> {
    text: Cow<'s, str>,
    /// The offset after the closing quote.
    end: usize,
    /// The first escape that left a lone surrogate (replaced by U+FFFD in
    /// `text`); the caller raises it once nothing else went wrong first.
    lone: Option<Fail>,
}

/// Scans the JSON string whose text starts at `start` (after the opening
/// quote).
fn scan_str<'s>(b: &[u8], s: &'s str, start: usize, strict: bool) -> Result<Scanned<'s>, Fail> {
    let n = b.len();
    let quote = start.wrapping_sub(1);
    let mut i = start;
    // Fast path: no escapes.
    while i < n {
        let c = b[i];
        if c == b'"' {
            return Ok(Scanned {
                text: Cow::Borrowed(&s[start..i]),
                end: i + 1,
                lone: None,
            });
        }
        if c == b'\\' || (c < 0x20 && strict) {
            break;
        }
        i += 1;
    }
    let mut out = String::with_capacity(i - start + 16);
    out.push_str(&s[start..i]);
    let mut lone: Option<Fail> = None;
    loop {
        let chunk = i;
        while i < n {
            let c = b[i];
            if c == b'"' || c == b'\\' {
                break;
            }
            if c < 0x20 && strict {
                return Err(fail("Invalid control character at", i));
            }
            i += 1;
        }
        if i >= n {
            return Err(fail("Unterminated string starting at", quote));
        }
        out.push_str(&s[chunk..i]);
        if b[i] == b'"' {
            i += 1;
            break;
        }
        // A backslash.
        let bs = i;
        i += 1;
        if i >= n {
            return Err(fail("Unterminated string starting at", quote));
        }
        let e = b[i];
        if e != b'u' {
            let ch = match e {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                _ => return Err(fail("Invalid \\escape", bs)),
            };
            out.push(ch);
            i += 1;
            continue;
        }
        // \uXXXX: four hex digits, and at least one character after them.
        let u = i;
        if u + 5 >= n {
            return Err(fail("Invalid \\uXXXX escape", u));
        }
        let mut c = hex4(b, u + 1).ok_or_else(|| fail("Invalid \\uXXXX escape", u))?;
        i = u + 5;
        if (0xd800..0xdc00).contains(&c) && i + 6 < n && b[i] == b'\\' && b[i + 1] == b'u' {
            let c2 = hex4(b, i + 2).ok_or_else(|| fail("Invalid \\uXXXX escape", i + 1))?;
            if (0xdc00..0xe000).contains(&c2) {
                c = 0x10000 + (((c - 0xd800) << 10) | (c2 - 0xdc00));
                i += 6;
            }
        }
        match char::from_u32(c) {
            Some(ch) => out.push(ch),
            None => {
                out.push(char::REPLACEMENT_CHARACTER);
                lone.get_or_insert(Fail {
                    msg: Cow::Owned(format!("Lone surrogate \\u{c:04x} is not supported")),
                    at: bs,
                });
            }
        }
    }
    Ok(Scanned {
        text: Cow::Owned(out),
        end: i,
        lone,
    })
}

/// The extent of the number at `i` and whether it is a float, per
/// CPython's scanner; None when no number starts there.
fn match_number(b: &[u8], start: usize) -> Option<(usize, bool)> {
    let n = b.len();
    let digit = |i: usize| i < n && b[i].is_ascii_digit();
    let mut i = start;
    if b[i] == b'-' {
        i += 1;
        if i >= n {
            return None;
        }
    }
    match b[i] {
        b'1'..=b'9' => {
            i += 1;
            while digit(i) {
                i += 1;
            }
        }
        b'0' => i += 1,
        _ => return None,
    }
    let mut is_float = false;
    if i + 1 < n && b[i] == b'.' && b[i + 1].is_ascii_digit() {
        is_float = true;
        i += 2;
        while digit(i) {
            i += 1;
        }
    }
    if i + 1 < n && (b[i] == b'e' || b[i] == b'E') {
        let e_start = i;
        i += 1;
        if i + 1 < n && (b[i] == b'-' || b[i] == b'+') {
            i += 1;
        }
        while digit(i) {
            i += 1;
        }
        if b[i - 1].is_ascii_digit() {
            is_float = true;
        } else {
            i = e_start;
        }
    }
    Some((i, is_float))
}

struct Decoder<'a> {
    sd: &'a StrData,
    s: &'a str,
    b: &'a [u8],
    doc: &'a Value,
    strict: bool,
    object_hook: Option<Value>,
    object_pairs_hook: Option<Value>,
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
    error_cls: &'a Value,
    /// Object keys seen so far, so repeated keys share one str.
    memo: HashMap<Box<str>, Value, BuildHasherDefault<Fnv>>,
    /// The first lone surrogate met, raised when the parse succeeds.
    lone: Option<Fail>,
}

impl<'a> Decoder<'a> {
    fn error(&self, vm: &mut Vm, f: Fail) -> PyErr {
        let pos = self.sd.char_index(f.at) as i64;
        decode_error(vm, self.error_cls, &f.msg, self.doc, pos)
    }

    fn err(&self, vm: &mut Vm, msg: &'static str, at: usize) -> PyErr {
        self.error(vm, fail(msg, at))
    }

    /// Scans the string at `quote`, remembering a lone surrogate.
    fn scan(&mut self, vm: &mut Vm, quote: usize) -> PyResult<(Cow<'a, str>, usize)> {
        match scan_str(self.b, self.s, quote + 1, self.strict) {
            Ok(r) => {
                if r.lone.is_some() && self.lone.is_none() {
                    self.lone = r.lone;
                }
                Ok((r.text, r.end))
            }
            Err(f) => Err(self.error(vm, f)),
        }
    }

    fn string(&mut self, vm: &mut Vm, quote: usize) -> PyResult<(Value, usize)> {
        let (text, end) = self.scan(vm, quote)?;
        Ok((new_str(&text), end))
    }

    fn key(&mut self, vm: &mut Vm, quote: usize) -> PyResult<(Value, usize)> {
        match self.scan(vm, quote) {
            Ok((text, end)) => {
                if let Some(k) = self.memo.get(&*text) {
                    return Ok((k.clone(), end));
                }
                let k = new_str(&text);
                let text = text.into_owned().into_boxed_str();
                self.memo.insert(text, k.clone());
                Ok((k, end))
            }
            Err(e) => Err(e),
        }
    }

    fn constant(&self, vm: &mut Vm, name: &str, value: f64) -> PyResult<Value> {
        match &self.parse_constant {
            None => Ok(new_float(value)),
            Some(f) => vm.call(f, &[new_str(name)], &[]),
        }
    }

    /// The value at `i` and the offset after it.
    fn value(&mut self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let b = self.b;
        let Some(&c) = b.get(i) else {
            return Err(self.err(vm, "Expecting value", i));
        };
        let rest = &b[i..];
        match c {
            b'"' => return self.string(vm, i),
            b'{' => {
                enter(vm, " while decoding a JSON object from a unicode string")?;
                let r = self.object(vm, i + 1);
                vm.leave_recursion();
                return r;
            }
            b'[' => {
                enter(vm, " while decoding a JSON array from a unicode string")?;
                let r = self.array(vm, i + 1);
                vm.leave_recursion();
                return r;
            }
            b'n' if rest.starts_with(b"null") => return Ok((Value::none(), i + 4)),
            b't' if rest.starts_with(b"true") => return Ok((Value::bool(true), i + 4)),
            b'f' if rest.starts_with(b"false") => return Ok((Value::bool(false), i + 5)),
            b'N' if rest.starts_with(b"NaN") => {
                return Ok((self.constant(vm, "NaN", f64::NAN)?, i + 3))
            }
            b'I' if rest.starts_with(b"Infinity") => {
                return Ok((self.constant(vm, "Infinity", f64::INFINITY)?, i + 8))
            }
            b'-' if rest.starts_with(b"-Infinity") => {
                return Ok((self.constant(vm, "-Infinity", f64::NEG_INFINITY)?, i + 9))
            }
            _ => {}
        }
        let Some((end, is_float)) = match_number(b, i) else {
            return Err(self.err(vm, "Expecting value", i));
        };
        let text = &self.s[i..end];
        let v = if is_float {
            match &self.parse_float {
                None => new_float(text.parse::<f64>().unwrap_or(f64::NAN)),
                Some(f) => vm.call(f, &[new_str(text)], &[])?,
            }
        } else {
            match &self.parse_int {
                None => match text.parse::<i64>() {
                    Ok(n) => new_int(n),
                    Err(_) => match text.parse::<BigInt>() {
                        Ok(n) => new_bigint(n),
                        Err(_) => return Err(self.err(vm, "Expecting value", i)),
                    },
                },
                Some(f) => vm.call(f, &[new_str(text)], &[])?,
            }
        };
        Ok((v, end))
    }

    /// The object whose `{` precedes `i`.
    fn object(&mut self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let b = self.b;
        let n = b.len();
        let mut i = skip_ws(b, i);
        let pairs_hook = self.object_pairs_hook.clone();
        let mut pairs: Vec<Value> = Vec::new();
        let dict = if pairs_hook.is_none() {
            new_dict()
        } else {
            Value::none()
        };
        if i >= n || b[i] != b'}' {
            loop {
                if i >= n || b[i] != b'"' {
                    return Err(self.err(
                        vm,
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let (key, next) = self.key(vm, i)?;
                i = skip_ws(b, next);
                if i >= n || b[i] != b':' {
                    return Err(self.err(vm, "Expecting ':' delimiter", i));
                }
                i = skip_ws(b, i + 1);
                let (val, next) = self.value(vm, i)?;
                if pairs_hook.is_some() {
                    pairs.push(new_tuple(vec![key, val]));
                } else {
                    dictops::set_str(&dict, key, val);
                }
                i = skip_ws(b, next);
                if i < n && b[i] == b'}' {
                    break;
                }
                if i >= n || b[i] != b',' {
                    return Err(self.err(vm, "Expecting ',' delimiter", i));
                }
                i = skip_ws(b, i + 1);
            }
        }
        let end = i + 1;
        if let Some(h) = pairs_hook {
            return Ok((vm.call(&h, &[new_list(pairs)], &[])?, end));
        }
        match &self.object_hook {
            Some(h) => Ok((vm.call(h, &[dict], &[])?, end)),
            None => Ok((dict, end)),
        }
    }

    /// The array whose `[` precedes `i`.
    fn array(&mut self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let b = self.b;
        let n = b.len();
        let mut i = skip_ws(b, i);
        let mut items = Vec::new();
        if i >= n || b[i] != b']' {
            loop {
                let (val, next) = self.value(vm, i)?;
                items.push(val);
                i = skip_ws(b, next);
                if i < n && b[i] == b']' {
                    break;
                }
                if i >= n || b[i] != b',' {
                    return Err(self.err(vm, "Expecting ',' delimiter", i));
                }
                i = skip_ws(b, i + 1);
            }
        }
        Ok((new_list(items), i + 1))
    }
}

fn decode(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed(vm, &a, "decode", 10)?;
    let sd = str_arg(vm, &p[0], "the JSON document")?;
    let idx = vm.index_isize(&p[1])?;
    let whole = vm.truthy(&p[2])?;
    let strict = vm.truthy(&p[3])?;
    let mut d = Decoder {
        sd,
        s: &sd.s,
        b: sd.s.as_bytes(),
        doc: &p[0],
        strict,
        object_hook: opt(&p[4]),
        object_pairs_hook: opt(&p[5]),
        parse_float: opt(&p[6]),
        parse_int: opt(&p[7]),
        parse_constant: opt(&p[8]),
        error_cls: &p[9],
        memo: HashMap::default(),
        lone: None,
    };
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    if idx as usize > sd.chars {
        return Err(decode_error(
            vm,
            &p[9],
            "Expecting value",
            &p[0],
            idx as i64,
        ));
    }
    let mut start = sd.byte_offset(idx as usize);
    if whole {
        start = skip_ws(d.b, start);
    }
    let (v, end) = d.value(vm, start)?;
    let end = if whole { skip_ws(d.b, end) } else { end };
    if whole && end != d.b.len() {
        return Err(d.err(vm, "Extra data", end));
    }
    if let Some(f) = d.lone.take() {
        return Err(d.error(vm, f));
    }
    if whole {
        return Ok(v);
    }
    Ok(new_tuple(vec![v, new_int(sd.char_index(end) as i64)]))
}

/// `scanstring(s, end, strict, error_cls)`: the string whose opening
/// quote precedes char index `end`, and the char index after its closing
/// quote.
fn scanstring(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed(vm, &a, "scanstring", 4)?;
    let sd = str_arg(vm, &p[0], "first argument")?;
    let end = vm.index_isize(&p[1])?;
    let strict = vm.truthy(&p[2])?;
    if end < 0 || end as usize > sd.chars {
        return Err(vm.value_error("end is out of bounds"));
    }
    let start = sd.byte_offset(end as usize);
    match scan_str(sd.s.as_bytes(), &sd.s, start, strict).and_then(|r| match r.lone {
        Some(f) => Err(f),
        None => Ok(r),
    }) {
        Ok(r) => Ok(new_tuple(vec![
            new_str(&r.text),
            new_int(sd.char_index(r.end) as i64),
        ])),
        Err(f) => {
            // "Unterminated string" points before `end`, where the opening
            // quote should be (whatever character is there).
            let pos = if f.at == start.wrapping_sub(1) {
                end as i64 - 1
            } else {
                sd.char_index(f.at) as i64
            };
            Err(decode_error(vm, &p[3], &f.msg, &p[0], pos))
        }
    }
}

// ---------------------------------------------------------------------------
// Encoding

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_u4(out: &mut String, n: u32) {
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((n >> shift) & 15) as usize] as char);
    }
}

/// Appends `s` as a JSON string literal; `ascii` escapes everything
/// outside printable ASCII.
fn push_json_str(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    let b = s.as_bytes();
    let plain = |c: u8| c >= 0x20 && c != b'"' && c != b'\\' && (!ascii || c < 0x7f);
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        if plain(b[i]) || (!ascii && b[i] >= 0x80) {
            i += 1;
            continue;
        }
        out.push_str(&s[start..i]);
        let ch = s[i..].chars().next().unwrap_or('\0');
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            _ => {
                let n = ch as u32;
                if n >= 0x10000 {
                    let m = n - 0x10000;
                    push_u4(out, 0xd800 | (m >> 10));
                    push_u4(out, 0xdc00 | (m & 0x3ff));
                } else {
                    push_u4(out, n);
                }
            }
        }
        i += ch.len_utf8();
        start = i;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

fn encode_basestring(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed(vm, &a, "encode_basestring", 1)?;
    let sd = str_arg(vm, &p[0], "first argument")?;
    let mut out = String::with_capacity(sd.s.len() + 2);
    push_json_str(&mut out, &sd.s, false);
    Ok(new_string(out))
}

fn encode_basestring_ascii(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed(vm, &a, "encode_basestring_ascii", 1)?;
    let sd = str_arg(vm, &p[0], "first argument")?;
    let mut out = String::with_capacity(sd.s.len() + 2);
    push_json_str(&mut out, &sd.s, true);
    Ok(new_string(out))
}

struct Encoder {
    default: Value,
    /// The indent unit (None: everything on one line).
    indent: Option<String>,
    key_sep: String,
    item_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    ascii: bool,
    allow_nan: bool,
    /// CPython takes its pure-Python path when indenting, whose error for
    /// out-of-range floats names the value.
    py_messages: bool,
    /// Identities of the containers being encoded (when checking cycles).
    markers: Option<HashSet<usize>>,
    out: String,
}

impl Encoder {
    fn float(&mut self, vm: &mut Vm, f: f64) -> PyResult<()> {
        if f.is_finite() {
            self.out.push_str(&float_repr(f));
            return Ok(());
        }
        if !self.allow_nan {
            let mut msg = String::from("Out of range float values are not JSON compliant");
            if self.py_messages {
                msg.push_str(": ");
                msg.push_str(&float_repr(f));
            }
            return Err(vm.value_error(msg));
        }
        self.out.push_str(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        });
        Ok(())
    }

    fn int(&mut self, v: &Value) {
        // Writing into a String cannot fail.
        if let Some(i) = v.as_small_int() {
            let _ = write!(self.out, "{i}");
        } else if let Some(b) = int_as_bigint(v) {
            let _ = write!(self.out, "{b}");
        }
    }

    /// Marks container `v` as in progress; a cycle is an error.
    fn mark(&mut self, vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
        let Some(m) = &mut self.markers else {
            return Ok(None);
        };
        let id = v.raw();
        if !m.insert(id) {
            return Err(vm.value_error("Circular reference detected"));
        }
        Ok(Some(id))
    }

    fn unmark(&mut self, id: Option<usize>) {
        if let (Some(m), Some(id)) = (&mut self.markers, id) {
            m.remove(&id);
        }
    }

    fn newline(&mut self, level: usize) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    fn value(&mut self, vm: &mut Vm, v: &Value, level: usize) -> PyResult<()> {
        if v.is_none() {
            self.out.push_str("null");
        } else if v.is_true_obj() {
            self.out.push_str("true");
        } else if v.is_false_obj() {
            self.out.push_str("false");
        } else if let Some(sd) = v.downcast::<StrData>() {
            push_json_str(&mut self.out, &sd.s, self.ascii);
        } else if is_int(v) {
            self.int(v);
        } else if let Some(f) = float_of(v) {
            self.float(vm, f)?;
        } else if v.downcast::<ListData>().is_some() || v.downcast::<TupleData>().is_some() {
            enter(vm, " while encoding a JSON object")?;
            let r = self.list(vm, v, level);
            vm.leave_recursion();
            r?;
        } else if v.downcast::<DictData>().is_some() {
            enter(vm, " while encoding a JSON object")?;
            let r = self.dict(vm, v, level);
            vm.leave_recursion();
            r?;
        } else {
            let id = self.mark(vm, v)?;
            let replaced = vm.call(&self.default.clone(), std::slice::from_ref(v), &[])?;
            enter(vm, " while encoding a JSON object")?;
            let r = self.value(vm, &replaced, level);
            vm.leave_recursion();
            r?;
            self.unmark(id);
        }
        Ok(())
    }

    fn list(&mut self, vm: &mut Vm, v: &Value, level: usize) -> PyResult<()> {
        let item = |i: usize| -> Option<Value> {
            if let Some(l) = v.downcast::<ListData>() {
                l.vec().get(i).cloned()
            } else {
                tuple_items(v).and_then(|t| t.get(i).cloned())
            }
        };
        let Some(first) = item(0) else {
            self.out.push_str("[]");
            return Ok(());
        };
        let id = self.mark(vm, v)?;
        self.out.push('[');
        self.newline(level + 1);
        self.value(vm, &first, level + 1)?;
        let mut i = 1;
        while let Some(x) = item(i) {
            self.out.push_str(&self.item_sep);
            self.newline(level + 1);
            self.value(vm, &x, level + 1)?;
            i += 1;
        }
        self.newline(level);
        self.out.push(']');
        self.unmark(id);
        Ok(())
    }

    /// The items of a dict (a subclass's own `items()`), sorted if asked.
    fn items(&mut self, vm: &mut Vm, d: &Value) -> PyResult<Vec<(Value, Value)>> {
        let mut items = if d.is_exact(&DICT_TYPE) {
            dictops::items(d)
        } else {
            let view = vm.call_method(d, "items", &[])?;
            let mut v = Vec::new();
            for it in vm.collect_iterable(&view)? {
                match tuple_items(&it) {
                    Some([k, x]) => v.push((k.clone(), x.clone())),
                    _ => return Err(vm.value_error("items must return 2-tuples")),
                }
            }
            v
        };
        if self.sort_keys {
            if items.iter().all(|(k, _)| k.is_exact(&STR_TYPE)) {
                items.sort_by(|(a, _), (b, _)| a.as_str().cmp(&b.as_str()));
            } else {
                let mut tuples: Vec<Value> = items
                    .into_iter()
                    .map(|(k, x)| new_tuple(vec![k, x]))
                    .collect();
                crate::builtins::list::sort_values(vm, &mut tuples, None, false)?;
                items = tuples
                    .iter()
                    .filter_map(|t| match tuple_items(t) {
                        Some([k, x]) => Some((k.clone(), x.clone())),
                        _ => None,
                    })
                    .collect();
            }
        }
        Ok(items)
    }

    fn dict(&mut self, vm: &mut Vm, d: &Value, level: usize) -> PyResult<()> {
        if dictops::len(d) == 0 {
            self.out.push_str("{}");
            return Ok(());
        }
        let id = self.mark(vm, d)?;
        let items = self.items(vm, d)?;
        self.out.push('{');
        self.newline(level + 1);
        let mut first = true;
        for (k, x) in &items {
            let key: Cow<'_, str> = if let Some(s) = k.as_str() {
                Cow::Borrowed(s)
            } else if let Some(f) = float_of(k) {
                let at = self.out.len();
                self.float(vm, f)?;
                Cow::Owned(self.out.split_off(at))
            } else if k.is_true_obj() {
                Cow::Borrowed("true")
            } else if k.is_false_obj() {
                Cow::Borrowed("false")
            } else if k.is_none() {
                Cow::Borrowed("null")
            } else if is_int(k) {
                let at = self.out.len();
                self.int(k);
                Cow::Owned(self.out.split_off(at))
            } else if self.skipkeys {
                continue;
            } else {
                return Err(vm.type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    k.ty().name()
                )));
            };
            if !first {
                self.out.push_str(&self.item_sep);
                self.newline(level + 1);
            }
            first = false;
            push_json_str(&mut self.out, &key, self.ascii);
            self.out.push_str(&self.key_sep);
            self.value(vm, x, level + 1)?;
        }
        self.newline(level);
        self.out.push('}');
        self.unmark(id);
        Ok(())
    }
}

fn encode(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed(vm, &a, "encode", 10)?;
    let indent = if p[2].is_none() {
        None
    } else {
        Some(str_arg(vm, &p[2], "indent")?.s.to_string())
    };
    let key_sep = str_arg(vm, &p[3], "key_separator")?.s.to_string();
    let item_sep = str_arg(vm, &p[4], "item_separator")?.s.to_string();
    let mut e = Encoder {
        default: p[1].clone(),
        py_messages: indent.is_some(),
        indent,
        key_sep,
        item_sep,
        sort_keys: vm.truthy(&p[5])?,
        skipkeys: vm.truthy(&p[6])?,
        ascii: vm.truthy(&p[7])?,
        markers: vm.truthy(&p[8])?.then(HashSet::new),
        allow_nan: vm.truthy(&p[9])?,
        out: String::new(),
    };
    e.value(vm, &p[0], 0)?;
    Ok(new_string(e.out))
}
