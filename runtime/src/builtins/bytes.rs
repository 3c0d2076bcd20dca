//! `bytes` methods, shared with `bytearray`: every method works on the
//! receiver's contents as `&[u8]` and builds its result with [`make_like`],
//! so `bytearray.upper()` returns a bytearray and `bytes.upper()` bytes.
//! Case and character-class methods are ASCII-only, as in CPython.

use std::borrow::Cow;

use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{PyResult, Vm};

use super::bytearray::new_bytearray;
use super::{add_methods, add_methods_kind, codecs, slice_indices, slice_select};

/// ASCII whitespace as `bytes.split()`/`strip()` see it.
const SPACE: &[u8] = b" \t\n\r\x0b\x0c";

/// Larger results are refused with MemoryError rather than attempted.
const MAX_ALLOC: usize = 1 << 34;

/// The contents of a bytes or bytearray (a copy).
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    buf_of(v).map(Cow::into_owned)
}

/// The contents of a bytes (borrowed) or bytearray (copied, since the
/// bytearray may change while the caller runs Python code).
pub fn buf_of(v: &Value) -> Option<Cow<'_, [u8]>> {
    if let Some(b) = v.downcast::<BytesData>() {
        return Some(Cow::Borrowed(&b.b));
    }
    if let Some(b) = v.downcast::<ByteArrayData>() {
        // SAFETY: single-threaded short read; the copy outlives no borrow.
        return Some(Cow::Owned(unsafe { (*b.b.get()).clone() }));
    }
    crate::builtins::memoryview::memoryview_bytes(v).map(Cow::Owned)
}

fn is_bytearray(v: &Value) -> bool {
    v.ty().layout == Layout::ByteArray
}

/// A result of the receiver's kind: bytearray for bytearray, else bytes.
pub fn make_like(like: &Value, v: Vec<u8>) -> Value {
    if is_bytearray(like) {
        new_bytearray(v)
    } else {
        new_bytes(v)
    }
}

fn this<'a>(vm: &mut Vm, a: &Args<'a>) -> PyResult<Cow<'a, [u8]>> {
    let v = &a.pos()[0];
    buf_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'bytes' object but received a '{}'",
            v.ty().name()
        ))
    })
}

/// A bytes-like argument.
fn arg_buf<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    buf_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.ty().name()
        ))
    })
}

/// A byte value from an int-like object.
pub fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = match int_as_i64(v) {
        Some(i) => Some(i),
        None => num_traits::ToPrimitive::to_i64(&vm.index_value(v)?),
    };
    match i {
        Some(i) if (0..256).contains(&i) => Ok(i as u8),
        _ => Err(vm.value_error("byte must be in range(0, 256)")),
    }
}

/// The `sub` of find/count/index: an int in range(256) or bytes-like.
fn sub_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buf_of(v) {
        return Ok(b.into_owned());
    }
    if is_int(v) || (v.ty().is_heap() && vm.lookup_special(v, "__index__").is_some()) {
        return Ok(vec![byte_value(vm, v)?]);
    }
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        v.ty().name()
    )))
}

/// Binds positional arguments (after self) and keywords to `names`.
fn params(
    vm: &mut Vm,
    a: &Args<'_>,
    fname: &str,
    names: &[&str],
    required: usize,
    kw_ok: bool,
) -> PyResult<Vec<Option<Value>>> {
    let pos = &a.pos()[1..];
    if pos.len() > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = names.iter().map(|_| None).collect();
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    if a.has_kwargs() && !kw_ok {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        let k = k.as_str().unwrap_or("");
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    if let Some(i) = out.iter().take(required).position(Option::is_none) {
        return Err(vm.type_error(format!(
            "{fname}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    Ok(out)
}

/// A slice index argument (None means the default), clamped like CPython's
/// `_PyEval_SliceIndex`.
fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<isize>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => {
            let b = vm.index_value(v).map_err(|_| {
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            })?;
            Ok(Some(num_traits::ToPrimitive::to_isize(&b).unwrap_or(
                if b.sign() == num_bigint::Sign::Minus {
                    isize::MIN / 2
                } else {
                    isize::MAX / 2
                },
            )))
        }
    }
}

/// `[start:end]` of find/count/startswith: `end` is clamped to `len`,
/// `start` may exceed it (an empty window that matches nothing).
fn window(
    vm: &mut Vm,
    start: Option<&Value>,
    end: Option<&Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let n = len as isize;
    let adj = |i: isize| if i < 0 { (i + n).max(0) } else { i };
    let s = slice_index(vm, start)?.map_or(0, adj) as usize;
    let e = (slice_index(vm, end)?.map_or(n, adj).min(n)) as usize;
    Ok((s, e))
}

pub fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() == 1 {
        return hay.iter().position(|&c| c == needle[0]);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

pub fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Non-overlapping occurrences; an empty needle matches between every byte.
pub fn count_sub(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = find_sub(&hay[i..], needle) {
        n += 1;
        i += p + needle.len();
    }
    n
}

pub fn bytes_contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let hay = buf_of(container).unwrap_or_default();
    let needle = match buf_of(item) {
        Some(n) => n.into_owned(),
        None if is_int(item) => vec![byte_value(vm, item)?],
        None => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                item.ty().name()
            )))
        }
    };
    Ok(find_sub(&hay, &needle).is_some())
}

/// `obj[key]` for bytes and bytearray.
pub fn getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    let b = buf_of(obj).unwrap_or_default();
    if let Some(s) = key.downcast::<SliceData>() {
        let (start, _, step, n) = slice_indices(vm, s, b.len())?;
        return Ok(make_like(obj, slice_select(start, step, n, &b)));
    }
    let i = item_index(vm, obj, key, b.len())?;
    Ok(Value::small_int(b[i] as i64))
}

/// Normalizes an item index of a bytes/bytearray of length `len`.
pub fn item_index(vm: &mut Vm, obj: &Value, key: &Value, len: usize) -> PyResult<usize> {
    let ba = is_bytearray(obj);
    let i = match key.as_small_int() {
        Some(i) => i as isize,
        None if is_int(key)
            || (key.ty().is_heap() && vm.lookup_special(key, "__index__").is_some()) =>
        {
            vm.index_isize(key)?
        }
        None => {
            return Err(vm.type_error(format!(
                "{} indices must be integers or slices, not {}",
                if ba { "bytearray" } else { "byte" },
                key.ty().name()
            )))
        }
    };
    let j = if i < 0 { i + len as isize } else { i };
    if j < 0 || j as usize >= len {
        return Err(vm.index_error(if ba {
            "bytearray index out of range"
        } else {
            "index out of range"
        }));
    }
    Ok(j as usize)
}

/// `a + b` for a bytes or bytearray `a`; the result has `a`'s kind. None
/// lets another operand's `__radd__` answer.
pub fn concat(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (buf_of(a), buf_of(b)) else {
        if b.ty().is_heap() {
            return Ok(None);
        }
        return Err(vm.type_error(format!(
            "can't concat {} to {}",
            b.ty().name(),
            a.ty().name()
        )));
    };
    let mut v = Vec::with_capacity(x.len() + y.len());
    v.extend_from_slice(&x);
    v.extend_from_slice(&y);
    Ok(Some(make_like(a, v)))
}

// ---------------------------------------------------------------------------
// Construction

/// `bytes(source)` / `bytearray(source)` for a non-str source: a count, a
/// bytes-like object, or an iterable of ints. `what` names the type.
pub fn bytes_from_source(vm: &mut Vm, src: &Value, what: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = buf_of(src) {
        return Ok(b.into_owned());
    }
    let has_index =
        is_int(src) || (src.ty().is_heap() && vm.lookup_special(src, "__index__").is_some());
    if has_index {
        let n = vm.index_value(src)?;
        let n = num_traits::ToPrimitive::to_isize(&n).ok_or_else(|| {
            vm.overflow_error(format!(
                "cannot fit '{}' into an index-sized integer",
                src.ty().name()
            ))
        })?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        if n as usize > MAX_ALLOC {
            return Err(vm.memory_error());
        }
        return Ok(vec![0; n as usize]);
    }
    if src.as_str().is_some() || !vm.is_iterable(src) {
        return Err(vm.type_error(format!(
            "cannot convert '{}' object to {what}",
            src.ty().name()
        )));
    }
    let items = vm.collect_iterable(src)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        match byte_value(vm, it) {
            Ok(b) => out.push(b),
            Err(e) if what == "bytes" && e.is_instance(&super::exc::VALUE_ERROR) => {
                return Err(vm.value_error("bytes must be in range(0, 256)"))
            }
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

/// `bytes(obj)` as CPython's `PyObject_Bytes`: `__bytes__`, else a
/// bytes-like object or an iterable of ints (never a count).
pub fn bytes_from_object(vm: &mut Vm, src: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = dunder_bytes(vm, src)? {
        return Ok(b);
    }
    if is_int(src) {
        return Err(vm.type_error(format!(
            "cannot convert '{}' object to bytes",
            src.ty().name()
        )));
    }
    bytes_from_source(vm, src, "bytes")
}

/// The result of `src.__bytes__()` when the type defines it.
fn dunder_bytes(vm: &mut Vm, src: &Value) -> PyResult<Option<Vec<u8>>> {
    if !src.ty().is_heap() {
        return Ok(None);
    }
    let Some(m) = vm.lookup_special(src, "__bytes__") else {
        return Ok(None);
    };
    let r = vm.call_method_obj(&m, src, &[])?;
    match r.downcast::<BytesData>() {
        Some(b) => Ok(Some(b.b.to_vec())),
        None => Err(vm.type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            r.ty().name()
        ))),
    }
}

/// The contents for `bytes(...)`/`bytearray(...)` from (source, encoding, errors).
pub fn construct(
    vm: &mut Vm,
    src: Option<&Value>,
    encoding: Option<&Value>,
    errors: Option<&Value>,
    what: &str,
) -> PyResult<Vec<u8>> {
    let Some(src) = src else {
        if encoding.is_some() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(vm.type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = src.as_str() {
        let Some(enc) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let enc = str_param(vm, what, 2, enc)?;
        let errs = match errors {
            Some(e) => str_param(vm, what, 3, e)?,
            None => "strict".to_string(),
        };
        return codecs::encode(vm, s, &enc, &errs);
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if what == "bytes" {
        if let Some(b) = dunder_bytes(vm, src)? {
            return Ok(b);
        }
    }
    bytes_from_source(vm, src, what)
}

fn str_param(vm: &mut Vm, fname: &str, pos: usize, v: &Value) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!(
            "{fname}() argument {} must be str, not {}",
            pos,
            v.ty().name()
        ))),
    }
}

fn bytes_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.pos()[0]
        .as_type()
        .ok_or_else(|| vm.type_error("bytes.__new__(X): X is not a type object"))?;
    let p = params(vm, &a, "bytes", &["source", "encoding", "errors"], 0, true)?;
    if let (Some(src), None, None, true) = (&p[0], &p[1], &p[2], std::ptr::eq(cls, &BYTES_TYPE)) {
        if src.is_exact(&BYTES_TYPE) {
            return Ok(src.clone());
        }
    }
    let b = construct(vm, p[0].as_ref(), p[1].as_ref(), p[2].as_ref(), "bytes")?;
    Ok(alloc_instance(
        cls,
        &BYTES_TYPE,
        BytesData {
            b: b.into_boxed_slice(),
            hash: std::cell::Cell::new(-1),
        },
    ))
}

// ---------------------------------------------------------------------------
// Methods

fn decode(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &a)?;
    let (enc, errors) = codecs::encoding_args(vm, &a, "decode")?;
    Ok(new_string(codecs::decode(vm, &b, &enc, &errors)?))
}

fn hex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &a)?;
    let p = params(vm, &a, "hex", &["sep", "bytes_per_sep"], 0, true)?;
    let sep = match &p[0] {
        None => None,
        Some(s) => {
            let sep: Vec<char> = match (s.as_str(), buf_of(s)) {
                (Some(t), _) => t.chars().collect(),
                (None, Some(bb)) => bb.iter().map(|&c| c as char).collect(),
                _ => {
                    return Err(
                        vm.type_error(format!("object of type '{}' has no len()", s.ty().name()))
                    )
                }
            };
            if sep.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !sep[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(sep[0])
        }
    };
    let per = match &p[1] {
        Some(v) => vm.index_isize(v)?,
        None => 1,
    };
    Ok(new_string(hex_with_sep(&b, sep, per)))
}

/// Hex digits, with `sep` every `per` bytes counted from the right
/// (from the left when `per` is negative).
pub fn hex_with_sep(b: &[u8], sep: Option<char>, per: isize) -> String {
    let mut out = String::with_capacity(b.len() * 3);
    let group = per.unsigned_abs();
    for (i, c) in b.iter().enumerate() {
        if let Some(s) = sep.filter(|_| group > 0 && i > 0) {
            let boundary = if per > 0 {
                (b.len() - i).is_multiple_of(group)
            } else {
                i % group == 0
            };
            if boundary {
                out.push(s);
            }
        }
        out.push_str(&format!("{c:02x}"));
    }
    out
}

fn fromhex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    let p = params(vm, &a, "fromhex", &["string"], 1, false)?;
    let s = p[0].clone().unwrap_or_else(Value::none);
    let Some(text) = s.as_str() else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            s.ty().name()
        )));
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let bad = |vm: &mut Vm, i: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    while i < chars.len() {
        if chars[i].is_ascii() && SPACE.contains(&(chars[i] as u8)) {
            i += 1;
            continue;
        }
        let hi = chars[i]
            .to_digit(16)
            .filter(|_| chars[i].is_ascii())
            .ok_or_else(|| bad(vm, i))?;
        let lo = chars
            .get(i + 1)
            .filter(|c| c.is_ascii())
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(vm, i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    match cls.as_type() {
        Some(t) if std::ptr::eq(t, &BYTES_TYPE) => Ok(new_bytes(out)),
        Some(t) if std::ptr::eq(t, &BYTEARRAY_TYPE) => Ok(new_bytearray(out)),
        _ => vm.call(&cls, &[new_bytes(out)], &[]),
    }
}

fn find_impl(vm: &mut Vm, a: &Args<'_>, fname: &str, rev: bool) -> PyResult<Option<usize>> {
    let b = this(vm, a)?;
    let p = params(vm, a, fname, &["sub", "start", "end"], 1, false)?;
    let sub = sub_arg(vm, p[0].as_ref().unwrap_or(&Value::none()))?;
    let (s, e) = window(vm, p[1].as_ref(), p[2].as_ref(), b.len())?;
    if s > e {
        return Ok(None);
    }
    let hay = &b[s..e];
    Ok(if rev {
        rfind_sub(hay, &sub)
    } else {
        find_sub(hay, &sub)
    }
    .map(|i| i + s))
}

fn find(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(new_int(
        find_impl(vm, &a, "find", false)?.map_or(-1, |i| i as i64),
    ))
}

fn rfind(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(new_int(
        find_impl(vm, &a, "rfind", true)?.map_or(-1, |i| i as i64),
    ))
}

fn index(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match find_impl(vm, &a, "index", false)? {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn rindex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match find_impl(vm, &a, "rindex", true)? {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn count(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &a)?;
    let p = params(vm, &a, "count", &["sub", "start", "end"], 1, false)?;
    let sub = sub_arg(vm, p[0].as_ref().unwrap_or(&Value::none()))?;
    let (s, e) = window(vm, p[1].as_ref(), p[2].as_ref(), b.len())?;
    if s > e {
        return Ok(new_int(0));
    }
    Ok(new_int(count_sub(&b[s..e], &sub) as i64))
}

fn affix(vm: &mut Vm, a: &Args<'_>, fname: &str, start: bool) -> PyResult<Value> {
    let b = this(vm, a)?;
    let p = params(vm, a, fname, &["prefix", "start", "end"], 1, false)?;
    let what = p[0].clone().unwrap_or_else(Value::none);
    let (s, e) = window(vm, p[1].as_ref(), p[2].as_ref(), b.len())?;
    let candidates: Vec<Value> = match tuple_items(&what) {
        Some(items) => items.to_vec(),
        None if buf_of(&what).is_some() => vec![what.clone()],
        None => {
            return Err(vm.type_error(format!(
                "{fname} first arg must be bytes or a tuple of bytes, not {}",
                what.ty().name()
            )))
        }
    };
    for c in &candidates {
        let needle = arg_buf(vm, c)?;
        if s > e || e - s < needle.len() {
            continue;
        }
        let hay = &b[s..e];
        let hit = if start {
            hay.starts_with(&needle)
        } else {
            hay.ends_with(&needle)
        };
        if hit {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn startswith(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    affix(vm, &a, "startswith", true)
}

fn endswith(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    affix(vm, &a, "endswith", false)
}

/// Applies a per-byte ASCII mapping.
fn map_bytes(vm: &mut Vm, a: Args<'_>, f: fn(u8) -> u8) -> PyResult<Value> {
    let b = this(vm, &a)?;
    let out: Vec<u8> = b.iter().map(|&c| f(c)).collect();
    Ok(make_like(&a.pos()[0], out))
}

fn swap_case(c: u8) -> u8 {
    if c.is_ascii_lowercase() {
        c.to_ascii_uppercase()
    } else {
        c.to_ascii_lowercase()
    }
}

fn lower(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    map_bytes(vm, a, |c| c.to_ascii_lowercase())
}

fn upper(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    map_bytes(vm, a, |c| c.to_ascii_uppercase())
}

fn swapcase(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    map_bytes(vm, a, swap_case)
}

pub fn capitalize_bytes(b: &[u8]) -> Vec<u8> {
    b.iter()
        .enumerate()
        .map(|(i, &c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

pub fn title_bytes(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn capitalize(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &a)?;
    Ok(make_like(&a.pos()[0], capitalize_bytes(&b)))
}

fn title(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &a)?;
    Ok(make_like(&a.pos()[0], title_bytes(&b)))
}

/// `istitle()`: cased runs start upper-case, at least one cased byte.
pub fn is_title(b: &[u8]) -> bool {
    let mut prev_cased = false;
    let mut any = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    any
}

fn predicate(vm: &mut Vm, a: Args<'_>, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let b = this(vm, &a)?;
    Ok(Value::bool(f(&b)))
}

fn all_nonempty(b: &[u8], f: fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(f)
}

fn isalnum(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    predicate(vm, a, |b| all_nonempty(b, u8::is_ascii_alphanumeric))
}

fn isalpha(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    predicate(vm, a, |b| all_nonempty(b, u8::is_ascii_alphabetic))
}

fn isascii(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    predicate(vm, a, |b| b.is_ascii())
}

fn isdigit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    predicate(vm, a, |b| all_nonempty(b, u8::is_ascii_digit))
}

fn isspace(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    predicate(vm, a, |b| all_nonempty(b, |c| SPACE.contains(c)))
}

fn islower(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    predicate(vm, a, |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}

fn isupper(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    predicate(vm, a, |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}

fn istitle(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    predicate(vm, a, is_title)
}

fn strip_impl(vm: &mut Vm, a: &Args<'_>, fname: &str, left: bool, right: bool) -> PyResult<Value> {
    let b = this(vm, a)?;
    let p = params(vm, a, fname, &["bytes"], 0, false)?;
    let chars: Cow<'_, [u8]> = match &p[0] {
        Some(v) if !v.is_none() => Cow::Owned(arg_buf(vm, v)?.into_owned()),
        _ => Cow::Borrowed(SPACE),
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && chars.contains(&b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && chars.contains(&b[e - 1]) {
            e -= 1;
        }
    }
    Ok(make_like(&a.pos()[0], b[s..e].to_vec()))
}

fn strip(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, &a, "strip", true, true)
}

fn lstrip(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, &a, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, &a, "rstrip", false, true)
}

fn split_params(vm: &mut Vm, a: &Args<'_>, fname: &str) -> PyResult<(Option<Vec<u8>>, isize)> {
    let p = params(vm, a, fname, &["sep", "maxsplit"], 0, true)?;
    let sep = match &p[0] {
        Some(v) if !v.is_none() => {
            let s = arg_buf(vm, v)?.into_owned();
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
        _ => None,
    };
    let maxsplit = match &p[1] {
        Some(v) => vm.index_isize(v)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

/// `split(sep, maxsplit)` on byte slices; `None` splits on ASCII whitespace.
pub fn split_bytes(b: &[u8], sep: Option<&[u8]>, maxsplit: isize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    match sep {
        Some(sep) => {
            let mut rest = b;
            while out.len() < limit {
                match find_sub(rest, sep) {
                    Some(i) => {
                        out.push(rest[..i].to_vec());
                        rest = &rest[i + sep.len()..];
                    }
                    None => break,
                }
            }
            out.push(rest.to_vec());
        }
        None => {
            let mut i = 0;
            loop {
                while i < b.len() && SPACE.contains(&b[i]) {
                    i += 1;
                }
                if i == b.len() {
                    break;
                }
                if out.len() >= limit {
                    out.push(b[i..].to_vec());
                    break;
                }
                let start = i;
                while i < b.len() && !SPACE.contains(&b[i]) {
                    i += 1;
                }
                out.push(b[start..i].to_vec());
            }
        }
    }
    out
}

/// `rsplit(sep, maxsplit)`: splits from the right.
pub fn rsplit_bytes(b: &[u8], sep: Option<&[u8]>, maxsplit: isize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    match sep {
        Some(sep) => {
            let mut rest = b;
            while out.len() < limit {
                match rfind_sub(rest, sep) {
                    Some(i) => {
                        out.push(rest[i + sep.len()..].to_vec());
                        rest = &rest[..i];
                    }
                    None => break,
                }
            }
            out.push(rest.to_vec());
        }
        None => {
            let mut i = b.len();
            loop {
                while i > 0 && SPACE.contains(&b[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if out.len() >= limit {
                    out.push(b[..i].to_vec());
                    break;
                }
                let end = i;
                while i > 0 && !SPACE.contains(&b[i - 1]) {
                    i -= 1;
                }
                out.push(b[i..end].to_vec());
            }
        }
    }
    out.reverse();
    out
}

fn list_like(like: &Value, parts: Vec<Vec<u8>>) -> Value {
    new_list(parts.into_iter().map(|p| make_like(like, p)).collect())
}

fn split(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &a)?;
    let (sep, max) = split_params(vm, &a, "split")?;
    Ok(list_like(&a.pos()[0], split_bytes(&b, sep.as_deref(), max)))
}

fn rsplit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &a)?;
    let (sep, max) = split_params(vm, &a, "rsplit")?;
    Ok(list_like(
        &a.pos()[0],
        rsplit_bytes(&b, sep.as_deref(), max),
    ))
}

/// Lines split at `\n`, `\r` and `\r\n`.
pub fn splitlines_bytes(b: &[u8], keepends: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\n' => 1,
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let end = if keepends { i + eol } else { i };
        out.push(b[start..end].to_vec());
        i += eol;
        start = i;
    }
    if start < b.len() {
        out.push(b[start..].to_vec());
    }
    out
}

fn splitlines(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &a)?;
    let p = params(vm, &a, "splitlines", &["keepends"], 0, true)?;
    let keep = match &p[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok(list_like(&a.pos()[0], splitlines_bytes(&b, keep)))
}

fn partition_impl(vm: &mut Vm, a: &Args<'_>, rev: bool) -> PyResult<Value> {
    let b = this(vm, a)?;
    let fname = if rev { "rpartition" } else { "partition" };
    let p = params(vm, a, fname, &["sep"], 1, false)?;
    let sep = arg_buf(vm, p[0].as_ref().unwrap_or(&Value::none()))?.into_owned();
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let like = &a.pos()[0];
    let at = if rev {
        rfind_sub(&b, &sep)
    } else {
        find_sub(&b, &sep)
    };
    let parts = match at {
        Some(i) => [b[..i].to_vec(), sep.clone(), b[i + sep.len()..].to_vec()],
        None if rev => [Vec::new(), Vec::new(), b.to_vec()],
        None => [b.to_vec(), Vec::new(), Vec::new()],
    };
    Ok(new_tuple(
        parts.into_iter().map(|x| make_like(like, x)).collect(),
    ))
}

fn partition(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, &a, false)
}

fn rpartition(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, &a, true)
}

fn join(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let sep = this(vm, &a)?.into_owned();
    let p = params(vm, &a, "join", &["iterable_of_bytes"], 1, false)?;
    let items = vm.collect_iterable(p[0].as_ref().unwrap_or(&Value::none()))?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Some(b) = buf_of(it) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                it.ty().name()
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(make_like(&a.pos()[0], out))
}

/// `replace(old, new, count)` on byte slices.
pub fn replace_bytes(b: &[u8], old: &[u8], new: &[u8], count: isize) -> Vec<u8> {
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(b.len());
    let mut done = 0;
    if old.is_empty() {
        for (i, &c) in b.iter().enumerate() {
            if done < limit {
                out.extend_from_slice(new);
                done += 1;
            } else {
                out.extend_from_slice(&b[i..]);
                return out;
            }
            out.push(c);
        }
        if done < limit {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut rest = b;
    while done < limit {
        match find_sub(rest, old) {
            Some(i) => {
                out.extend_from_slice(&rest[..i]);
                out.extend_from_slice(new);
                rest = &rest[i + old.len()..];
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(rest);
    out
}

fn replace(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &a)?;
    let p = params(vm, &a, "replace", &["old", "new", "count"], 2, false)?;
    let none = Value::none();
    let old = arg_buf(vm, p[0].as_ref().unwrap_or(&none))?.into_owned();
    let new = arg_buf(vm, p[1].as_ref().unwrap_or(&none))?.into_owned();
    let count = match &p[2] {
        Some(v) => vm.index_isize(v)?,
        None => -1,
    };
    let out = replace_bytes(&b, &old, &new, count);
    if old.len() < new.len() && out.len() > MAX_ALLOC {
        return Err(vm.memory_error());
    }
    Ok(make_like(&a.pos()[0], out))
}

fn pad(vm: &mut Vm, a: &Args<'_>, fname: &str) -> PyResult<Value> {
    let b = this(vm, a)?;
    let p = params(vm, a, fname, &["width", "fillchar"], 1, false)?;
    let width = vm.index_isize(p[0].as_ref().unwrap_or(&Value::none()))?;
    let fill = match &p[1] {
        None => b' ',
        Some(v) => match buf_of(v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{fname}() argument 2 must be a byte string of length 1, not {}",
                    v.ty().name()
                )))
            }
        },
    };
    let like = &a.pos()[0];
    if width <= b.len() as isize {
        return Ok(make_like(like, b.into_owned()));
    }
    let total = width as usize - b.len();
    if width as usize > MAX_ALLOC {
        return Err(vm.memory_error());
    }
    let left = match fname {
        "ljust" => 0,
        "rjust" => total,
        // CPython's centering puts the odd byte on the left when the width is odd.
        _ => total / 2 + (total & width as usize & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&b);
    out.resize(width as usize, fill);
    Ok(make_like(like, out))
}

fn center(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pad(vm, &a, "center")
}

fn ljust(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pad(vm, &a, "ljust")
}

fn rjust(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pad(vm, &a, "rjust")
}

fn zfill(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &a)?;
    let p = params(vm, &a, "zfill", &["width"], 1, false)?;
    let width = vm.index_isize(p[0].as_ref().unwrap_or(&Value::none()))?;
    let like = &a.pos()[0];
    if width <= b.len() as isize {
        return Ok(make_like(like, b.into_owned()));
    }
    if width as usize > MAX_ALLOC {
        return Err(vm.memory_error());
    }
    let fill = width as usize - b.len();
    let mut out = Vec::with_capacity(width as usize);
    let (sign, rest) = match b.first() {
        Some(&c) if c == b'+' || c == b'-' => (Some(c), &b[1..]),
        _ => (None, &b[..]),
    };
    out.extend(sign);
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(rest);
    Ok(make_like(like, out))
}

/// Tabs expanded to the next multiple of `tabsize` columns.
pub fn expandtabs_bytes(b: &[u8], tabsize: isize) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    let mut col = 0usize;
    for &c in b {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize as usize - col % tabsize as usize;
                    out.extend(std::iter::repeat_n(b' ', n));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

fn expandtabs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &a)?;
    let p = params(vm, &a, "expandtabs", &["tabsize"], 0, true)?;
    let tab = match &p[0] {
        Some(v) => vm.index_isize(v)?,
        None => 8,
    };
    if tab > 0
        && (tab as usize).saturating_mul(b.iter().filter(|&&c| c == b'\t').count()) > MAX_ALLOC
    {
        return Err(vm.memory_error());
    }
    Ok(make_like(&a.pos()[0], expandtabs_bytes(&b, tab)))
}

fn maketrans(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    // A static method: no receiver.
    let p = a.pos();
    if p.len() != 2 || a.has_kwargs() {
        return Err(vm.type_error(format!("maketrans expected 2 arguments, got {}", p.len())));
    }
    let from = arg_buf(vm, &p[0])?;
    let to = arg_buf(vm, &p[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(new_bytes(table))
}

fn translate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &a)?;
    let p = params(vm, &a, "translate", &["table", "delete"], 1, true)?;
    let table = match &p[0] {
        Some(t) if !t.is_none() => {
            let t = arg_buf(vm, t)?.into_owned();
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        _ => None,
    };
    let delete = match &p[1] {
        Some(d) => arg_buf(vm, d)?.into_owned(),
        None => Vec::new(),
    };
    let out: Vec<u8> = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(make_like(&a.pos()[0], out))
}

fn getnewargs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &a)?;
    Ok(new_tuple(vec![new_bytes(b.into_owned())]))
}

pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let f = bytes_of(fmt).unwrap_or_default();
    let s: String = f.iter().map(|&c| c as char).collect();
    let out = super::percent::percent_engine(vm, &s, args, true)?;
    Ok(new_bytes(out.chars().map(|c| c as u32 as u8).collect()))
}

/// The methods bytes and bytearray share (same native functions).
pub fn shared_methods() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("capitalize", capitalize),
        ("center", center),
        ("count", count),
        ("decode", decode),
        ("endswith", endswith),
        ("expandtabs", expandtabs),
        ("find", find),
        ("hex", hex),
        ("index", index),
        ("isalnum", isalnum),
        ("isalpha", isalpha),
        ("isascii", isascii),
        ("isdigit", isdigit),
        ("islower", islower),
        ("isspace", isspace),
        ("istitle", istitle),
        ("isupper", isupper),
        ("join", join),
        ("ljust", ljust),
        ("lower", lower),
        ("lstrip", lstrip),
        ("partition", partition),
        ("replace", replace),
        ("rfind", rfind),
        ("rindex", rindex),
        ("rjust", rjust),
        ("rpartition", rpartition),
        ("rsplit", rsplit),
        ("rstrip", rstrip),
        ("split", split),
        ("splitlines", splitlines),
        ("startswith", startswith),
        ("strip", strip),
        ("swapcase", swapcase),
        ("title", title),
        ("translate", translate),
        ("upper", upper),
        ("zfill", zfill),
    ]
}

pub fn register() {
    for ty in [&BYTES_TYPE, &BYTEARRAY_TYPE] {
        add_methods(ty, &shared_methods());
        add_methods_kind(ty, &[("fromhex", fromhex)], BuiltinKind::ClassMethod);
        add_methods_kind(ty, &[("maketrans", maketrans)], BuiltinKind::StaticMethod);
    }
    add_methods(&BYTES_TYPE, &[("__getnewargs__", getnewargs)]);
    add_methods_kind(
        &BYTES_TYPE,
        &[("__new__", bytes_new)],
        BuiltinKind::StaticMethod,
    );
    super::bytearray::register();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_whitespace_and_sep() {
        assert_eq!(
            split_bytes(b"  a b  c ", None, -1),
            vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec()]
        );
        assert_eq!(
            split_bytes(b"  a b  c ", None, 1),
            vec![b"a".to_vec(), b"b  c ".to_vec()]
        );
        assert_eq!(
            rsplit_bytes(b"  a b  c ", None, 1),
            vec![b"  a b".to_vec(), b"c".to_vec()]
        );
        assert_eq!(
            split_bytes(b"a,,b", Some(b","), -1),
            vec![b"a".to_vec(), vec![], b"b".to_vec()]
        );
        assert_eq!(
            rsplit_bytes(b"a,b,c", Some(b","), 1),
            vec![b"a,b".to_vec(), b"c".to_vec()]
        );
    }

    #[test]
    fn replace_empty_and_counted() {
        assert_eq!(replace_bytes(b"abc", b"", b"-", -1), b"-a-b-c-".to_vec());
        assert_eq!(replace_bytes(b"abc", b"", b"-", 2), b"-a-bc".to_vec());
        assert_eq!(replace_bytes(b"aaaa", b"aa", b"b", -1), b"bb".to_vec());
    }

    #[test]
    fn hex_groups() {
        assert_eq!(hex_with_sep(&[1, 2, 3], Some(':'), 2), "01:0203");
        assert_eq!(hex_with_sep(&[1, 2, 3], Some(':'), -2), "0102:03");
        assert_eq!(hex_with_sep(&[1, 2, 3], Some(':'), 0), "010203");
    }

    #[test]
    fn lines_and_tabs() {
        assert_eq!(
            splitlines_bytes(b"a\r\nb\rc\n", true),
            vec![b"a\r\n".to_vec(), b"b\r".to_vec(), b"c\n".to_vec()]
        );
        assert_eq!(expandtabs_bytes(b"a\tb\n\tc", 4), b"a   b\n    c".to_vec());
        assert!(is_title(b"Hello World"));
        assert!(!is_title(b"Hello world"));
    }
}
