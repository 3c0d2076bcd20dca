//! `str` methods, `str.format`, and `%`-formatting of strings.

use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{dictops, PyResult, Vm};

use super::{add_methods, add_methods_kind, seq_index, slice_indices};

/// `a + b` for two exact strs.
pub fn concat(a: &Value, b: &Value) -> Value {
    let (x, y) = (a.as_str().unwrap_or(""), b.as_str().unwrap_or(""));
    let mut s = String::with_capacity(x.len() + y.len());
    s.push_str(x);
    s.push_str(y);
    new_string(s)
}

fn s_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'str' object but received a '{}'",
            v.ty().name()
        ))
    })
}

fn arg_str<'a>(vm: &mut Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    v.as_str()
        .ok_or_else(|| vm.type_error(format!("{what} must be str, not {}", v.ty().name())))
}

/// How a method words a wrong argument count (CPython uses two styles).
#[derive(Clone, Copy)]
enum Arity {
    /// `find() takes at least 1 argument (0 given)`.
    Takes,
    /// `replace expected at least 2 arguments, got 1`.
    Expected,
}

/// The positional arguments after `self`, checked to number `min..=max`.
fn args_between<'a>(
    vm: &mut Vm,
    a: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
    style: Arity,
) -> PyResult<&'a [Value]> {
    if a.has_kwargs()
        && !matches!(
            name,
            "split" | "rsplit" | "splitlines" | "expandtabs" | "encode"
        )
    {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let p = a.pos();
    let rest = p.get(1..).unwrap_or(&[]);
    let n = rest.len();
    if (min..=max).contains(&n) {
        return Ok(rest);
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let msg = match style {
        Arity::Takes if max == 0 => format!("{name}() takes no arguments ({n} given)"),
        Arity::Takes if min == 1 && max == 1 => {
            format!("{name}() takes exactly one argument ({n} given)")
        }
        Arity::Takes if n < min => format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        ),
        Arity::Takes => format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        ),
        Arity::Expected if n < min => format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        ),
        Arity::Expected => format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        ),
    };
    Err(vm.type_error(msg))
}

/// The i-th character of a str.
fn char_at(s: &StrData, i: usize) -> char {
    s.char_at(i)
}

pub fn getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    let sd = obj.downcast::<StrData>().expect("str");
    if let Some(sl) = key.downcast::<SliceData>() {
        let (start, _, step, n) = slice_indices(vm, sl, sd.chars)?;
        if sd.is_ascii() {
            let b = sd.s.as_bytes();
            if step == 1 {
                let st = start as usize;
                return Ok(new_str(&sd.s[st..st + n]));
            }
            let out: String = (0..n)
                .map(|i| b[(start + i as isize * step) as usize] as char)
                .collect();
            return Ok(new_string(out));
        }
        if step == 1 {
            let st = start as usize;
            return Ok(new_str(&sd.s[sd.byte_offset(st)..sd.byte_offset(st + n)]));
        }
        let chars: Vec<char> = sd.s.chars().collect();
        let out: String = (0..n)
            .map(|i| chars[(start + i as isize * step) as usize])
            .collect();
        return Ok(new_string(out));
    }
    if !is_int(key) && vm.lookup_special(key, "__index__").is_none() {
        return Err(vm.type_error("string indices must be integers"));
    }
    let i = seq_index(vm, key, sd.chars, "string")?;
    let c = char_at(sd, i);
    let mut b = [0u8; 4];
    Ok(new_str(c.encode_utf8(&mut b)))
}

/// Normalized `[start:end]` character bounds for find/count/startswith.
fn bounds(vm: &mut Vm, p: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let norm = |i: isize| -> usize {
        if i < 0 {
            (i + len as isize).max(0) as usize
        } else {
            (i as usize).min(len)
        }
    };
    // A start past the end stays there, so that `start > end` tells the
    // callers there is nothing to search (`'ab'.find('', 5) == -1`).
    let start = match p.first() {
        Some(v) if !v.is_none() => {
            let i = vm.index_isize(v)?;
            if i > len as isize {
                len + 1
            } else {
                norm(i)
            }
        }
        _ => 0,
    };
    let end = match p.get(1) {
        Some(v) if !v.is_none() => norm(vm.index_isize(v)?),
        _ => len,
    };
    Ok((start, end))
}

fn find_impl(vm: &mut Vm, a: &Args<'_>, rev: bool) -> PyResult<Option<usize>> {
    let p = a.pos();
    let sd = p[0]
        .downcast::<StrData>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'str' object"))?;
    let sub = arg_str(vm, p.get(1).unwrap_or(&Value::none()), "must be str")
        .map_err(|_| {
            vm.type_error(format!(
                "must be str, not {}",
                p.get(1)
                    .map(|v| v.ty().name().to_string())
                    .unwrap_or_default()
            ))
        })?
        .to_string();
    let (start, end) = bounds(vm, &p[2..], sd.chars)?;
    if start > end {
        return Ok(None);
    }
    let (bs, be) = (sd.byte_offset(start), sd.byte_offset(end));
    let hay = &sd.s[bs..be];
    let r = if rev { hay.rfind(&sub) } else { hay.find(&sub) };
    Ok(r.map(|b| sd.char_index(bs + b)))
}

fn find(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "find", 1, 3, Arity::Takes)?;
    Ok(new_int(find_impl(vm, &a, false)?.map_or(-1, |i| i as i64)))
}
fn rfind(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "rfind", 1, 3, Arity::Takes)?;
    Ok(new_int(find_impl(vm, &a, true)?.map_or(-1, |i| i as i64)))
}
fn index(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "index", 1, 3, Arity::Takes)?;
    match find_impl(vm, &a, false)? {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}
fn rindex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "rindex", 1, 3, Arity::Takes)?;
    match find_impl(vm, &a, true)? {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn count(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "count", 1, 3, Arity::Takes)?;
    let p = a.pos();
    let sd = p[0].downcast::<StrData>().expect("str");
    let sub = arg_str(vm, &p[1], "must be str, not")
        .map_err(|_| vm.type_error(format!("must be str, not {}", p[1].ty().name())))?
        .to_string();
    let (start, end) = bounds(vm, &p[2..], sd.chars)?;
    if start > end {
        return Ok(Value::small_int(0));
    }
    let hay = &sd.s[sd.byte_offset(start)..sd.byte_offset(end)];
    let n = if sub.is_empty() {
        end - start + 1
    } else {
        hay.matches(&sub).count()
    };
    Ok(new_int(n as i64))
}

fn split_whitespace(s: &str, maxsplit: isize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(crate::format::is_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as isize >= maxsplit {
            out.push(rest.to_string());
            return out;
        }
        let end = rest.find(crate::format::is_space).unwrap_or(rest.len());
        out.push(rest[..end].to_string());
        rest = rest[end..].trim_start_matches(crate::format::is_space);
    }
    out
}

fn rsplit_whitespace(s: &str, maxsplit: isize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(crate::format::is_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as isize >= maxsplit {
            out.push(rest.to_string());
            break;
        }
        let start = rest
            .rfind(crate::format::is_space)
            .map(|i| i + rest[i..].chars().next().map_or(1, |c| c.len_utf8()))
            .unwrap_or(0);
        out.push(rest[start..].to_string());
        rest = rest[..start].trim_end_matches(crate::format::is_space);
    }
    out.reverse();
    out
}

fn split_args(vm: &mut Vm, a: &Args<'_>) -> PyResult<(Option<String>, isize)> {
    let p = a.pos();
    let mut sep = p.get(1).cloned();
    let mut maxsplit = p.get(2).cloned();
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        match k.as_str() {
            Some("sep") => sep = Some(v.clone()),
            Some("maxsplit") => maxsplit = Some(v.clone()),
            Some(o) => {
                return Err(
                    vm.type_error(format!("'{o}' is an invalid keyword argument for split()"))
                )
            }
            None => {}
        }
    }
    let sep = match sep {
        Some(s) if !s.is_none() => {
            let st = arg_str(vm, &s, "must be str or None")
                .map_err(|_| vm.type_error(format!("must be str or None, not {}", s.ty().name())))?
                .to_string();
            if st.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(st)
        }
        _ => None,
    };
    let maxsplit = match maxsplit {
        Some(m) => vm.index_isize(&m)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn split(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "split", 0, 2, Arity::Takes)?;
    let s = s_of(vm, &a.pos()[0])?.to_string();
    let (sep, maxsplit) = split_args(vm, &a)?;
    let parts: Vec<String> = match sep {
        None => split_whitespace(&s, maxsplit),
        Some(sep) => {
            if maxsplit < 0 {
                s.split(sep.as_str()).map(str::to_string).collect()
            } else {
                s.splitn(maxsplit as usize + 1, sep.as_str())
                    .map(str::to_string)
                    .collect()
            }
        }
    };
    Ok(new_list(parts.into_iter().map(new_string).collect()))
}

fn rsplit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "rsplit", 0, 2, Arity::Takes)?;
    let s = s_of(vm, &a.pos()[0])?.to_string();
    let (sep, maxsplit) = split_args(vm, &a)?;
    let parts: Vec<String> = match sep {
        None => rsplit_whitespace(&s, maxsplit),
        Some(sep) => {
            let mut v: Vec<String> = if maxsplit < 0 {
                s.rsplit(sep.as_str()).map(str::to_string).collect()
            } else {
                s.rsplitn(maxsplit as usize + 1, sep.as_str())
                    .map(str::to_string)
                    .collect()
            };
            v.reverse();
            v
        }
    };
    Ok(new_list(parts.into_iter().map(new_string).collect()))
}

fn splitlines(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "splitlines", 0, 1, Arity::Takes)?;
    let s = s_of(vm, &a.pos()[0])?.to_string();
    if a.pos().len() + a.kwnames.len() > 2 {
        return Err(vm.type_error(format!(
            "splitlines() takes at most 1 argument ({} given)",
            a.pos().len() + a.kwnames.len() - 1
        )));
    }
    let keep = match a.pos().get(1).or_else(|| a.kwvalues().first()) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut ending = c.to_string();
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
                ending.push('\n');
            }
            if keep {
                cur.push_str(&ending);
            }
            out.push(new_string(std::mem::take(&mut cur)));
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(new_string(cur));
    }
    Ok(new_list(out))
}

fn join(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "join", 1, 1, Arity::Takes)?;
    let p = a.pos();
    let sep = s_of(vm, &p[0])?.to_string();
    let items = match tuple_items(&p[1]) {
        Some(t) => t.to_vec(),
        None => {
            if !vm.is_iterable(&p[1]) {
                return Err(vm.type_error("can only join an iterable"));
            }
            vm.collect_iterable(&p[1])?
        }
    };
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match it.as_str() {
            Some(s) => out.push_str(s),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    it.ty().name()
                )))
            }
        }
    }
    Ok(new_string(out))
}

fn strip_impl(vm: &mut Vm, a: &Args<'_>, left: bool, right: bool) -> PyResult<Value> {
    let p = a.pos();
    let s = s_of(vm, &p[0])?;
    let r = match p.get(1) {
        Some(c) if !c.is_none() => {
            let chars: Vec<char> = arg_str(vm, c, "strip arg")
                .map_err(|_| vm.type_error("strip arg must be None or str"))?
                .chars()
                .collect();
            let mut t = s;
            if left {
                t = t.trim_start_matches(|ch| chars.contains(&ch));
            }
            if right {
                t = t.trim_end_matches(|ch| chars.contains(&ch));
            }
            t
        }
        _ => {
            let mut t = s;
            if left {
                t = t.trim_start_matches(crate::format::is_space);
            }
            if right {
                t = t.trim_end_matches(crate::format::is_space);
            }
            t
        }
    };
    Ok(new_str(r))
}
fn strip(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "strip", 0, 1, Arity::Expected)?;
    strip_impl(vm, &a, true, true)
}
fn lstrip(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "lstrip", 0, 1, Arity::Expected)?;
    strip_impl(vm, &a, true, false)
}
fn rstrip(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "rstrip", 0, 1, Arity::Expected)?;
    strip_impl(vm, &a, false, true)
}

fn replace(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "replace", 2, 3, Arity::Expected)?;
    let p = a.pos();
    let s = s_of(vm, &p[0])?.to_string();
    let old = arg_str(vm, &p[1], "replace() argument 1")?.to_string();
    let new = arg_str(vm, &p[2], "replace() argument 2")?.to_string();
    let count = match p.get(3) {
        Some(c) => vm.index_isize(c)?,
        None => -1,
    };
    if count < 0 {
        if old.is_empty() {
            let mut out = String::new();
            out.push_str(&new);
            for c in s.chars() {
                out.push(c);
                out.push_str(&new);
            }
            return Ok(new_string(out));
        }
        return Ok(new_string(s.replace(&old, &new)));
    }
    if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if (n as isize) < count {
                out.push_str(&new);
                n += 1;
            }
            out.push(c);
        }
        if (n as isize) < count {
            out.push_str(&new);
        }
        return Ok(new_string(out));
    }
    Ok(new_string(s.replacen(&old, &new, count as usize)))
}

fn affix(vm: &mut Vm, a: &Args<'_>, start: bool) -> PyResult<Value> {
    let p = a.pos();
    let sd = p[0].downcast::<StrData>().expect("str");
    let (b0, b1) = bounds(vm, &p[2..], sd.chars)?;
    if b0 > sd.chars {
        return Ok(Value::bool(false));
    }
    let hay = if b0 <= b1 {
        &sd.s[sd.byte_offset(b0)..sd.byte_offset(b1)]
    } else {
        ""
    };
    let check = |x: &str| {
        if start {
            hay.starts_with(x)
        } else {
            hay.ends_with(x)
        }
    };
    if let Some(t) = tuple_items(&p[1]) {
        for x in t {
            match x.as_str() {
                Some(x) => {
                    if check(x) {
                        return Ok(Value::bool(true));
                    }
                }
                None => {
                    return Err(vm.type_error(format!(
                        "tuple for {}swith must only contain str, not {}",
                        if start { "start" } else { "end" },
                        x.ty().name()
                    )))
                }
            }
        }
        return Ok(Value::bool(false));
    }
    match p[1].as_str() {
        Some(x) => Ok(Value::bool(check(x))),
        None => Err(vm.type_error(format!(
            "{}swith first arg must be str or a tuple of str, not {}",
            if start { "start" } else { "end" },
            p[1].ty().name()
        ))),
    }
}
fn startswith(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "startswith", 1, 3, Arity::Takes)?;
    affix(vm, &a, true)
}
fn endswith(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "endswith", 1, 3, Arity::Takes)?;
    affix(vm, &a, false)
}

pub mod case;
#[rustfmt::skip]
mod tables;

macro_rules! map_str {
    ($name:ident, $f:expr) => {
        fn $name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            args_between(vm, &a, stringify!($name), 0, 0, Arity::Takes)?;
            let s = s_of(vm, &a.pos()[0])?;
            let f: fn(&str) -> String = $f;
            Ok(new_string(f(s)))
        }
    };
}
map_str!(upper, case::upper);
map_str!(lower, case::lower);
map_str!(casefold, case::casefold);
map_str!(swapcase, case::swapcase);
map_str!(capitalize, case::capitalize);
map_str!(title, case::title);

macro_rules! pred_str {
    ($name:ident, $empty:expr, $f:expr) => {
        fn $name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            args_between(vm, &a, stringify!($name), 0, 0, Arity::Takes)?;
            let s = s_of(vm, &a.pos()[0])?;
            if s.is_empty() {
                return Ok(Value::bool($empty));
            }
            let f: fn(&str) -> bool = $f;
            Ok(Value::bool(f(s)))
        }
    };
}
pred_str!(isdigit, false, |s| s.chars().all(case::is_digit));
pred_str!(isdecimal, false, |s| s.chars().all(case::is_decimal));
pred_str!(isnumeric, false, |s| s.chars().all(case::is_numeric));
pred_str!(isalpha, false, |s| s.chars().all(case::is_alpha));
pred_str!(isalnum, false, |s| s.chars().all(case::is_alnum));
pred_str!(isspace, false, |s| s.chars().all(crate::format::is_space));
pred_str!(isascii, true, |s| s.is_ascii());
pred_str!(isprintable, true, |s| s
    .chars()
    .all(crate::format::is_printable));
pred_str!(islower, false, case::str_islower);
pred_str!(isupper, false, case::str_isupper);
pred_str!(isidentifier, false, case::is_identifier);
pred_str!(istitle, false, case::str_istitle);

fn pad(vm: &mut Vm, a: &Args<'_>, kind: char) -> PyResult<Value> {
    let p = a.pos();
    let s = s_of(vm, &p[0])?.to_string();
    let Some(w) = p.get(1) else {
        return Err(vm.type_error("expected at least 1 argument, got 0"));
    };
    let width = vm.index_isize(w)?;
    let fill = match p.get(2) {
        Some(f) => {
            let fs = f.as_str().unwrap_or("");
            let mut it = fs.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
        None => ' ',
    };
    let len = s.chars().count() as isize;
    if width <= len {
        return Ok(p[0].clone());
    }
    let total = (width - len) as usize;
    let (l, r) = match kind {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let f = fill.to_string();
    Ok(new_string(format!("{}{}{}", f.repeat(l), s, f.repeat(r))))
}
fn ljust(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "ljust", 1, 2, Arity::Expected)?;
    pad(vm, &a, '<')
}
fn rjust(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "rjust", 1, 2, Arity::Expected)?;
    pad(vm, &a, '>')
}
fn center(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "center", 1, 2, Arity::Expected)?;
    pad(vm, &a, '^')
}

fn zfill(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "zfill", 1, 1, Arity::Takes)?;
    let p = a.pos();
    let s = s_of(vm, &p[0])?.to_string();
    let width = vm.index_isize(&p[1])?;
    let len = s.chars().count() as isize;
    if width <= len {
        return Ok(new_string(s));
    }
    let fill = "0".repeat((width - len) as usize);
    let out = match s.chars().next() {
        Some(c @ ('+' | '-')) => format!("{}{}{}", c, fill, &s[1..]),
        _ => format!("{fill}{s}"),
    };
    Ok(new_string(out))
}

fn partition_impl(vm: &mut Vm, a: &Args<'_>, rev: bool) -> PyResult<Value> {
    let p = a.pos();
    let s = s_of(vm, &p[0])?.to_string();
    let sep = match p[1].as_str() {
        Some(x) => x.to_string(),
        None => return Err(vm.type_error(format!("must be str, not {}", p[1].ty().name()))),
    };
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev { s.rfind(&sep) } else { s.find(&sep) };
    Ok(match found {
        Some(i) => new_tuple(vec![
            new_str(&s[..i]),
            new_string(sep.clone()),
            new_str(&s[i + sep.len()..]),
        ]),
        None if rev => new_tuple(vec![new_str(""), new_str(""), new_string(s)]),
        None => new_tuple(vec![new_string(s), new_str(""), new_str("")]),
    })
}
fn partition(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "partition", 1, 1, Arity::Takes)?;
    partition_impl(vm, &a, false)
}
fn rpartition(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "rpartition", 1, 1, Arity::Takes)?;
    partition_impl(vm, &a, true)
}

fn expandtabs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "expandtabs", 0, 1, Arity::Takes)?;
    let p = a.pos();
    let s = s_of(vm, &p[0])?.to_string();
    let ts = match p.get(1).or_else(|| a.kwvalues().first()) {
        Some(v) if is_int(v) => vm.index_isize(v)?,
        Some(v) => {
            return Err(vm.type_error(format!(
                "an integer is required (got type {})",
                v.ty().name()
            )))
        }
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0isize;
    for c in s.chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_string(out))
}

fn encode(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "encode", 0, 2, Arity::Takes)?;
    let s = s_of(vm, &a.pos()[0])?;
    let (enc, errors) = super::codecs::encoding_args(vm, &a, "encode")?;
    Ok(new_bytes(super::codecs::encode(vm, s, &enc, &errors)?))
}

/// `str(object='')` / `str(bytes, encoding='utf-8', errors='strict')`.
fn str_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() > 4 {
        return Err(vm.type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            p.len() - 1
        )));
    }
    let mut obj = p.get(1).cloned();
    let mut encoding = p.get(2).cloned();
    let mut errors = p.get(3).cloned();
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        match k.as_str() {
            Some("object") => obj = Some(v.clone()),
            Some("encoding") => encoding = Some(v.clone()),
            Some("errors") => errors = Some(v.clone()),
            Some(o) => {
                return Err(vm.type_error(format!("'{o}' is an invalid keyword argument for str()")))
            }
            None => {}
        }
    }
    let Some(obj) = obj else {
        return Ok(new_str(""));
    };
    if encoding.is_none() && errors.is_none() {
        if obj.is_exact(&STR_TYPE) {
            return Ok(obj);
        }
        return Ok(new_string(vm.str_of(&obj)?));
    }
    let text_arg = |vm: &mut Vm, v: Option<Value>, what: &str, default: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) => match v.as_str() {
                Some(s) => Ok(s.to_string()),
                None => Err(vm.type_error(format!(
                    "str() argument '{what}' must be str, not {}",
                    v.ty().name()
                ))),
            },
        }
    };
    let enc = text_arg(vm, encoding, "encoding", "utf-8")?;
    let errs = text_arg(vm, errors, "errors", "strict")?;
    if obj.downcast::<StrData>().is_some() {
        return Err(vm.type_error("decoding str is not supported"));
    }
    match super::bytes::bytes_of(&obj) {
        Some(b) => Ok(new_string(super::codecs::decode(vm, &b, &enc, &errs)?)),
        None => Err(vm.type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            obj.ty().name()
        ))),
    }
}

fn str_format(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let template = s_of(vm, &p[0])?.to_string();
    let kwargs = new_dict();
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        dictops::set_str(&kwargs, k.clone(), v.clone());
    }
    let out = format_template(vm, &template, &p[1..], &kwargs, 2)?;
    Ok(new_string(out))
}

fn format_map(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "format_map", 1, 1, Arity::Takes)?;
    let p = a.pos();
    let template = s_of(vm, &p[0])?.to_string();
    let out = format_template(vm, &template, &[], &p[1], 2)?;
    Ok(new_string(out))
}

/// One `{...}` replacement field of a `str.format` template.
struct Field {
    name: String,
    conversion: Option<char>,
    spec: String,
    /// Index just past the closing brace.
    end: usize,
}

/// Scans the field starting at `chars[start]` (just after its `{`): the
/// name (brackets may hold any character), `!` and the conversion
/// character, `:` and a spec in which braces nest.
fn scan_field(chars: &[char], start: usize) -> Result<Field, &'static str> {
    if start >= chars.len() {
        return Err("Single '{' encountered in format string");
    }
    let mut i = start;
    let mut name = String::new();
    let mut conversion = None;
    loop {
        match chars.get(i) {
            None => return Err("expected '}' before end of string"),
            Some('[') => {
                let close = chars[i..].iter().position(|&c| c == ']');
                let Some(len) = close else {
                    return Err("expected '}' before end of string");
                };
                name.extend(&chars[i..=i + len]);
                i += len + 1;
            }
            Some('}') => {
                return Ok(Field {
                    name,
                    conversion,
                    spec: String::new(),
                    end: i + 1,
                });
            }
            Some('{') => return Err("unexpected '{' in field name"),
            Some('!') => {
                let Some(&c) = chars.get(i + 1) else {
                    return Err("end of string while looking for conversion specifier");
                };
                conversion = Some(c);
                i += 2;
                match chars.get(i) {
                    Some('}') => {
                        return Ok(Field {
                            name,
                            conversion,
                            spec: String::new(),
                            end: i + 1,
                        })
                    }
                    Some(':') => break,
                    None => return Err("unmatched '{' in format spec"),
                    Some(_) => return Err("expected ':' after conversion specifier"),
                }
            }
            Some(':') => break,
            Some(&c) => {
                name.push(c);
                i += 1;
            }
        }
    }
    // chars[i] is the ':' that starts the spec.
    let spec_start = i + 1;
    let mut depth = 1;
    let mut j = spec_start;
    while let Some(&c) = chars.get(j) {
        if c == '{' {
            depth += 1;
        } else if c == '}' {
            depth -= 1;
            if depth == 0 {
                let spec = chars[spec_start..j].iter().collect();
                return Ok(Field {
                    name,
                    conversion,
                    spec,
                    end: j + 1,
                });
            }
        }
        j += 1;
    }
    Err("unmatched '{' in format spec")
}

/// The engine of `str.format`: `{field!conv:spec}` with auto or manual
/// numbering, attribute and index lookups, and nested fields in the spec.
pub fn format_template(
    vm: &mut Vm,
    t: &str,
    args: &[Value],
    kwargs: &Value,
    depth: u32,
) -> PyResult<String> {
    let mut numbering = FieldNumbering::default();
    expand_template(vm, t, args, kwargs, depth, &mut numbering)
}

/// Automatic (`{}`) or manual (`{0}`) field numbering, shared by a template
/// and the fields nested in its format specs.
#[derive(Default)]
struct FieldNumbering {
    auto_idx: Option<usize>,
    manual: bool,
}

fn expand_template(
    vm: &mut Vm,
    t: &str,
    args: &[Value],
    kwargs: &Value,
    depth: u32,
    numbering: &mut FieldNumbering,
) -> PyResult<String> {
    let mut out = String::with_capacity(t.len());
    let chars: Vec<char> = t.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            let field = scan_field(&chars, i + 1).map_err(|m| vm.value_error(m))?;
            i = field.end;
            let name_part = field.name.as_str();
            let conv = field.conversion;
            let spec = field.spec.as_str();
            // Resolve the first name component.
            let first_end = name_part.find(['.', '[']).unwrap_or(name_part.len());
            let first = &name_part[..first_end];
            let mut value = if first.is_empty() {
                if numbering.manual {
                    return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
                }
                let n = numbering.auto_idx.map_or(0, |x| x + 1);
                numbering.auto_idx = Some(n);
                args.get(n).cloned().ok_or_else(|| {
                    vm.index_error(format!(
                        "Replacement index {n} out of range for positional args tuple"
                    ))
                })?
            } else if let Ok(n) = first.parse::<usize>() {
                if numbering.auto_idx.is_some() {
                    return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
                }
                numbering.manual = true;
                args.get(n).cloned().ok_or_else(|| {
                    vm.index_error(format!(
                        "Replacement index {n} out of range for positional args tuple"
                    ))
                })?
            } else {
                let k = new_str(first);
                match vm.getitem(kwargs, &k) {
                    Ok(v) => v,
                    Err(e) if e.is_instance(&super::exc::KEY_ERROR) => return Err(vm.key_error(k)),
                    Err(e) => return Err(e),
                }
            };
            // Attribute and index accessors.
            let mut rest_name = &name_part[first_end..];
            while !rest_name.is_empty() {
                if let Some(r) = rest_name.strip_prefix('.') {
                    let end = r.find(['.', '[']).unwrap_or(r.len());
                    if end == 0 {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    let attr = vm.intern(&r[..end]);
                    value = vm.getattr(&value, &attr)?;
                    rest_name = &r[end..];
                } else if let Some(r) = rest_name.strip_prefix('[') {
                    let end = r
                        .find(']')
                        .ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
                    let key = &r[..end];
                    if key.is_empty() {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    let k = match key.parse::<i64>() {
                        Ok(n) => new_int(n),
                        Err(_) => new_str(key),
                    };
                    value = vm.getitem(&value, &k)?;
                    rest_name = &r[end + 1..];
                } else {
                    return Err(
                        vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    );
                }
            }
            let value = match conv {
                None => value,
                Some('s') => new_string(vm.str_of(&value)?),
                Some('r') => new_string(vm.repr(&value)?),
                Some('a') => new_string(super::ascii_of(&vm.repr(&value)?)),
                Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
            };
            let spec = if spec.contains('{') {
                if depth == 0 {
                    return Err(vm.value_error("Max string recursion exceeded"));
                }
                expand_template(vm, spec, args, kwargs, depth - 1, numbering)?
            } else {
                spec.to_string()
            };
            out.push_str(&vm.format(&value, &spec)?);
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn str_mod(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            p.len().saturating_sub(1)
        )));
    }
    percent_format(vm, &p[0], &p[1])
}

/// `str % args`.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let f = fmt.as_str().unwrap_or("").to_string();
    super::percent::percent_engine(vm, &f, args, false).map(new_string)
}

/// `other % self`, when `other` is a str (a str subclass's `__mod__`
/// may defer here).
fn str_rmod(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            p.len().saturating_sub(1)
        )));
    }
    if p[1].downcast::<StrData>().is_none() {
        return Ok(Value::not_implemented());
    }
    percent_format(vm, &p[1], &p[0])
}

fn str_getnewargs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "__getnewargs__", 0, 0, Arity::Takes)?;
    Ok(new_tuple(vec![a.pos()[0].clone()]))
}

fn maketrans(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.is_empty() || p.len() > 3 {
        let n = p.len();
        return Err(vm.type_error(if n == 0 {
            "maketrans expected at least 1 argument, got 0".to_string()
        } else {
            format!("maketrans expected at most 3 arguments, got {n}")
        }));
    }
    let d = new_dict();
    match p.len() {
        1 => {
            if p[0].downcast::<DictData>().is_none() {
                return Err(
                    vm.type_error("if you give only one argument to maketrans it must be a dict")
                );
            }
            for (k, v) in vm.mapping_items(&p[0])? {
                let key = match k.as_str() {
                    Some(s) if s.chars().count() == 1 => {
                        new_int(s.chars().next().map_or(0, |c| c as i64))
                    }
                    Some(_) => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                    None => k,
                };
                dictops::set(vm, &d, key, v)?;
            }
        }
        2 | 3 => {
            for (i, v) in p.iter().enumerate() {
                if v.as_str().is_none() {
                    return Err(vm.type_error(format!(
                        "maketrans() argument {} must be str, not {}",
                        i + 1,
                        v.ty().name()
                    )));
                }
            }
            let x: Vec<char> = p[0].as_str().unwrap_or("").chars().collect();
            let y: Vec<char> = p[1].as_str().unwrap_or("").chars().collect();
            if x.len() != y.len() {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (a, b) in x.iter().zip(y.iter()) {
                dictops::set(vm, &d, new_int(*a as i64), new_int(*b as i64))?;
            }
            if let Some(z) = p.get(2) {
                for c in z.as_str().unwrap_or("").chars() {
                    dictops::set(vm, &d, new_int(c as i64), Value::none())?;
                }
            }
        }
        _ => return Err(vm.type_error("maketrans() takes 1 to 3 arguments")),
    }
    Ok(d)
}

fn translate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    args_between(vm, &a, "translate", 1, 1, Arity::Takes)?;
    let p = a.pos();
    let s = s_of(vm, &p[0])?.to_string();
    let table = p[1].clone();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match vm.getitem(&table, &new_int(c as i64)) {
            Ok(v) => {
                if v.is_none() {
                    continue;
                }
                if let Some(st) = v.as_str() {
                    out.push_str(st);
                } else if is_int(&v) {
                    match int_as_i64(&v)
                        .and_then(|n| u32::try_from(n).ok())
                        .and_then(char::from_u32)
                    {
                        Some(ch) => out.push(ch),
                        None => {
                            return Err(
                                vm.value_error("character mapping must be in range(0x110000)")
                            )
                        }
                    }
                } else {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            }
            Err(e) if e.is_instance(&super::exc::LOOKUP_ERROR) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(new_string(out))
}

pub fn register() {
    add_methods(
        &STR_TYPE,
        &[
            ("find", find),
            ("rfind", rfind),
            ("index", index),
            ("rindex", rindex),
            ("count", count),
            ("split", split),
            ("rsplit", rsplit),
            ("splitlines", splitlines),
            ("join", join),
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("replace", replace),
            ("startswith", startswith),
            ("endswith", endswith),
            ("upper", upper),
            ("lower", lower),
            ("casefold", casefold),
            ("swapcase", swapcase),
            ("capitalize", capitalize),
            ("title", title),
            ("isdigit", isdigit),
            ("isdecimal", isdecimal),
            ("isnumeric", isnumeric),
            ("isalpha", isalpha),
            ("isalnum", isalnum),
            ("isspace", isspace),
            ("isascii", isascii),
            ("isprintable", isprintable),
            ("islower", islower),
            ("isupper", isupper),
            ("isidentifier", isidentifier),
            ("istitle", istitle),
            ("ljust", ljust),
            ("rjust", rjust),
            ("center", center),
            ("zfill", zfill),
            ("partition", partition),
            ("rpartition", rpartition),
            ("expandtabs", expandtabs),
            ("encode", encode),
            ("format", str_format),
            ("format_map", format_map),
            ("translate", translate),
            ("__mod__", str_mod),
            ("__rmod__", str_rmod),
            ("__getnewargs__", str_getnewargs),
        ],
    );
    add_methods_kind(
        &STR_TYPE,
        &[("__new__", str_new)],
        BuiltinKind::StaticMethod,
    );
    add_methods_kind(
        &STR_TYPE,
        &[("maketrans", maketrans)],
        BuiltinKind::StaticMethod,
    );
}
