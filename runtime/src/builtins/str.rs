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
    v.as_str().ok_or_else(|| {
        vm.type_error(format!("{what} must be str, not {}", v.ty().name()))
    })
}

/// The i-th character of a str.
fn char_at(s: &StrData, i: usize) -> char {
    if s.is_ascii() {
        s.s.as_bytes()[i] as char
    } else {
        s.s.chars().nth(i).unwrap_or('\0')
    }
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
            let out: String = (0..n).map(|i| b[(start + i as isize * step) as usize] as char).collect();
            return Ok(new_string(out));
        }
        let chars: Vec<char> = sd.s.chars().collect();
        let out: String = (0..n).map(|i| chars[(start + i as isize * step) as usize]).collect();
        return Ok(new_string(out));
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
    let start = match p.first() {
        Some(v) if !v.is_none() => norm(vm.index_isize(v)?),
        _ => 0,
    };
    let end = match p.get(1) {
        Some(v) if !v.is_none() => norm(vm.index_isize(v)?),
        _ => len,
    };
    Ok((start, end))
}

/// Byte offset of character index `ci` in `s`.
fn byte_off(s: &str, ascii: bool, ci: usize) -> usize {
    if ascii {
        ci
    } else {
        s.char_indices().nth(ci).map_or(s.len(), |(b, _)| b)
    }
}

fn char_count(s: &str, ascii: bool, byte: usize) -> usize {
    if ascii {
        byte
    } else {
        s[..byte].chars().count()
    }
}

fn find_impl(vm: &mut Vm, a: &Args<'_>, rev: bool) -> PyResult<Option<usize>> {
    let p = a.pos();
    let sd = p[0].downcast::<StrData>().ok_or_else(|| vm.type_error("descriptor requires a 'str' object"))?;
    let sub = arg_str(vm, p.get(1).unwrap_or(&Value::none()), "must be str")
        .map_err(|_| vm.type_error(format!("must be str, not {}", p.get(1).map(|v| v.ty().name().to_string()).unwrap_or_default())))?
        .to_string();
    let (start, end) = bounds(vm, &p[2..], sd.chars)?;
    if start > end {
        return Ok(None);
    }
    let ascii = sd.is_ascii();
    let (bs, be) = (byte_off(&sd.s, ascii, start), byte_off(&sd.s, ascii, end));
    let hay = &sd.s[bs..be];
    let r = if rev { hay.rfind(&sub) } else { hay.find(&sub) };
    Ok(r.map(|b| start + char_count(hay, ascii, b)))
}

fn find(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(new_int(find_impl(vm, &a, false)?.map_or(-1, |i| i as i64)))
}
fn rfind(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(new_int(find_impl(vm, &a, true)?.map_or(-1, |i| i as i64)))
}
fn index(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match find_impl(vm, &a, false)? {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}
fn rindex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match find_impl(vm, &a, true)? {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn count(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let sd = p[0].downcast::<StrData>().expect("str");
    let sub = arg_str(vm, &p[1], "count() argument")?.to_string();
    let (start, end) = bounds(vm, &p[2..], sd.chars)?;
    if start > end {
        return Ok(Value::small_int(0));
    }
    let ascii = sd.is_ascii();
    let hay = &sd.s[byte_off(&sd.s, ascii, start)..byte_off(&sd.s, ascii, end)];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
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
            Some(o) => return Err(vm.type_error(format!("'{o}' is an invalid keyword argument for split()"))),
            None => {}
        }
    }
    let sep = match sep {
        Some(s) if !s.is_none() => {
            let st = arg_str(vm, &s, "must be str or None").map_err(|_| vm.type_error(format!("must be str or None, not {}", s.ty().name())))?.to_string();
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
    let s = s_of(vm, &a.pos()[0])?.to_string();
    let (sep, maxsplit) = split_args(vm, &a)?;
    let parts: Vec<String> = match sep {
        None => split_whitespace(&s, maxsplit),
        Some(sep) => {
            if maxsplit < 0 {
                s.split(sep.as_str()).map(str::to_string).collect()
            } else {
                s.splitn(maxsplit as usize + 1, sep.as_str()).map(str::to_string).collect()
            }
        }
    };
    Ok(new_list(parts.into_iter().map(new_string).collect()))
}

fn rsplit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = s_of(vm, &a.pos()[0])?.to_string();
    let (sep, maxsplit) = split_args(vm, &a)?;
    let parts: Vec<String> = match sep {
        None => rsplit_whitespace(&s, maxsplit),
        Some(sep) => {
            let mut v: Vec<String> = if maxsplit < 0 {
                s.rsplit(sep.as_str()).map(str::to_string).collect()
            } else {
                s.rsplitn(maxsplit as usize + 1, sep.as_str()).map(str::to_string).collect()
            };
            v.reverse();
            v
        }
    };
    Ok(new_list(parts.into_iter().map(new_string).collect()))
}

fn splitlines(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = s_of(vm, &a.pos()[0])?.to_string();
    let keep = match a.pos().get(1).or_else(|| a.kwvalues().first()) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let is_break = matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
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
    let p = a.pos();
    let sep = s_of(vm, &p[0])?.to_string();
    let items = vm.collect_iterable(&p[1])?;
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
            let chars: Vec<char> = arg_str(vm, c, "strip arg").map_err(|_| vm.type_error(format!("strip arg must be None or str")))?.chars().collect();
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
    strip_impl(vm, &a, true, true)
}
fn lstrip(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, &a, true, false)
}
fn rstrip(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, &a, false, true)
}

fn replace(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
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
    let ascii = sd.is_ascii();
    let hay = if b0 <= b1 { &sd.s[byte_off(&sd.s, ascii, b0)..byte_off(&sd.s, ascii, b1)] } else { "" };
    let check = |x: &str| if start { hay.starts_with(x) } else { hay.ends_with(x) };
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
    affix(vm, &a, true)
}
fn endswith(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    affix(vm, &a, false)
}

macro_rules! map_str {
    ($name:ident, $f:expr) => {
        fn $name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            let s = s_of(vm, &a.pos()[0])?;
            let f: fn(&str) -> String = $f;
            Ok(new_string(f(s)))
        }
    };
}
map_str!(upper, |s| s.to_uppercase());
map_str!(lower, |s| s.to_lowercase());
map_str!(casefold, |s| s.to_lowercase());
map_str!(swapcase, |s| s
    .chars()
    .flat_map(|c| if c.is_uppercase() { c.to_lowercase().collect::<Vec<_>>() } else { c.to_uppercase().collect() })
    .collect());
map_str!(capitalize, |s| {
    let mut cs = s.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().chain(cs.flat_map(|c| c.to_lowercase())).collect(),
        None => String::new(),
    }
});
map_str!(title, |s| {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic() && (c.is_lowercase() || c.is_uppercase() || c.is_alphabetic());
        if !c.is_alphabetic() {
            prev_cased = false;
        }
    }
    out
});

macro_rules! pred_str {
    ($name:ident, $empty:expr, $f:expr) => {
        fn $name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            let s = s_of(vm, &a.pos()[0])?;
            if s.is_empty() {
                return Ok(Value::bool($empty));
            }
            let f: fn(&str) -> bool = $f;
            Ok(Value::bool(f(s)))
        }
    };
}
pred_str!(isdigit, false, |s| s.chars().all(|c| c.is_ascii_digit() || crate::format::decimal_value(c).is_some() || matches!(c, '²' | '³' | '¹')));
pred_str!(isdecimal, false, |s| s.chars().all(|c| crate::format::decimal_value(c).is_some()));
pred_str!(isnumeric, false, |s| s.chars().all(|c| c.is_numeric()));
pred_str!(isalpha, false, |s| s.chars().all(|c| c.is_alphabetic()));
pred_str!(isalnum, false, |s| s.chars().all(|c| c.is_alphanumeric()));
pred_str!(isspace, false, |s| s.chars().all(crate::format::is_space));
pred_str!(isascii, true, |s| s.is_ascii());
pred_str!(isprintable, true, |s| s.chars().all(crate::format::is_printable));
pred_str!(islower, false, |s| s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase()));
pred_str!(isupper, false, |s| s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase()));
pred_str!(isidentifier, false, |s| {
    let mut cs = s.chars();
    cs.next().is_some_and(|c| c == '_' || c.is_alphabetic()) && cs.all(|c| c == '_' || c.is_alphanumeric())
});
pred_str!(istitle, false, |s| {
    let mut prev_cased = false;
    let mut any = false;
    for c in s.chars() {
        if c.is_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
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
});

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
                _ => return Err(vm.type_error("The fill character must be exactly one character long")),
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
    pad(vm, &a, '<')
}
fn rjust(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pad(vm, &a, '>')
}
fn center(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pad(vm, &a, '^')
}

fn zfill(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
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
    let sep = arg_str(vm, &p[1], "must be str")?.to_string();
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev { s.rfind(&sep) } else { s.find(&sep) };
    Ok(match found {
        Some(i) => new_tuple(vec![new_str(&s[..i]), new_string(sep.clone()), new_str(&s[i + sep.len()..])]),
        None if rev => new_tuple(vec![new_str(""), new_str(""), new_string(s)]),
        None => new_tuple(vec![new_string(s), new_str(""), new_str("")]),
    })
}
fn partition(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, &a, false)
}
fn rpartition(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, &a, true)
}

fn expandtabs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let s = s_of(vm, &p[0])?.to_string();
    let ts = match p.get(1).or_else(|| a.kwvalues().first()) {
        Some(v) => vm.index_isize(v)?,
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
    let p = a.pos();
    let s = s_of(vm, &p[0])?.to_string();
    let enc = p
        .get(1)
        .or_else(|| a.kwvalues().first())
        .and_then(|e| e.as_str().map(str::to_lowercase))
        .unwrap_or_else(|| "utf-8".into());
    match enc.replace('_', "-").as_str() {
        "utf-8" | "utf8" => Ok(new_bytes(s.into_bytes())),
        "ascii" | "us-ascii" => {
            if let Some((i, c)) = s.chars().enumerate().find(|(_, c)| !c.is_ascii()) {
                return Err(vm.new_error(
                    &super::exc::UNICODE_ENCODE_ERROR,
                    format!("'ascii' codec can't encode character '\\x{:02x}' in position {}: ordinal not in range(128)", c as u32, i),
                ));
            }
            Ok(new_bytes(s.into_bytes()))
        }
        "latin-1" | "latin1" | "iso-8859-1" => {
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                if (c as u32) > 255 {
                    return Err(vm.new_error(
                        &super::exc::UNICODE_ENCODE_ERROR,
                        format!("'latin-1' codec can't encode character '\\u{:04x}' in position {}: ordinal not in range(256)", c as u32, i),
                    ));
                }
                out.push(c as u32 as u8);
            }
            Ok(new_bytes(out))
        }
        other => Err(vm.new_error(&super::exc::LOOKUP_ERROR, format!("unknown encoding: {other}"))),
    }
}

/// `str(object='')` / `str(bytes, encoding)`.
fn str_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let mut obj = p.get(1).cloned();
    let mut encoding = p.get(2).cloned();
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        match k.as_str() {
            Some("object") => obj = Some(v.clone()),
            Some("encoding") => encoding = Some(v.clone()),
            Some("errors") => {}
            Some(o) => return Err(vm.type_error(format!("'{o}' is an invalid keyword argument for str()"))),
            None => {}
        }
    }
    let Some(obj) = obj else {
        return Ok(new_str(""));
    };
    if encoding.is_some() {
        if let Some(b) = super::bytes::bytes_of(&obj) {
            return match String::from_utf8(b) {
                Ok(s) => Ok(new_string(s)),
                Err(e) => {
                    let pos = e.utf8_error().valid_up_to();
                    Err(vm.new_error(
                        &super::exc::UNICODE_DECODE_ERROR,
                        format!("'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte", e.as_bytes()[pos], pos),
                    ))
                }
            };
        }
        return Err(vm.type_error(format!("decoding to str: need a bytes-like object, {} found", obj.ty().name())));
    }
    if obj.is_exact(&STR_TYPE) {
        return Ok(obj);
    }
    Ok(new_string(vm.str_of(&obj)?))
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
    let p = a.pos();
    let template = s_of(vm, &p[0])?.to_string();
    let out = format_template(vm, &template, &[], &p[1], 2)?;
    Ok(new_string(out))
}

/// The engine of `str.format`: `{field!conv:spec}` with auto or manual
/// numbering, attribute and index lookups, and nested fields in the spec.
pub fn format_template(vm: &mut Vm, t: &str, args: &[Value], kwargs: &Value, depth: u32) -> PyResult<String> {
    let mut out = String::with_capacity(t.len());
    let chars: Vec<char> = t.chars().collect();
    let mut i = 0;
    let mut auto_idx: Option<usize> = None;
    let mut manual = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, honoring nesting in the spec.
            let mut j = i + 1;
            let mut nest = 1;
            while j < chars.len() {
                if chars[j] == '{' {
                    nest += 1;
                } else if chars[j] == '}' {
                    nest -= 1;
                    if nest == 0 {
                        break;
                    }
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j].iter().collect();
            i = j + 1;
            // Split name, conversion, spec.
            let (mut name_part, mut rest) = (field.as_str(), "");
            let mut in_bracket = false;
            for (k, ch) in field.char_indices() {
                match ch {
                    '[' => in_bracket = true,
                    ']' => in_bracket = false,
                    '!' | ':' if !in_bracket => {
                        name_part = &field[..k];
                        rest = &field[k..];
                        break;
                    }
                    _ => {}
                }
            }
            let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
                let mut cs = r.chars();
                let cv = cs.next();
                let after = cs.as_str();
                if !(after.is_empty() || after.starts_with(':')) {
                    return Err(vm.value_error("expected ':' after conversion specifier"));
                }
                (cv, after.strip_prefix(':').unwrap_or(""))
            } else {
                (None, rest.strip_prefix(':').unwrap_or(""))
            };
            // Resolve the first name component.
            let first_end = name_part.find(['.', '[']).unwrap_or(name_part.len());
            let first = &name_part[..first_end];
            let mut value = if first.is_empty() {
                if manual {
                    return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
                }
                let n = auto_idx.map_or(0, |x| x + 1);
                auto_idx = Some(n);
                args.get(n).cloned().ok_or_else(|| vm.index_error(format!("Replacement index {n} out of range for positional args tuple")))?
            } else if let Ok(n) = first.parse::<usize>() {
                if auto_idx.is_some() {
                    return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
                }
                manual = true;
                args.get(n).cloned().ok_or_else(|| vm.index_error(format!("Replacement index {n} out of range for positional args tuple")))?
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
                    let attr = vm.intern(&r[..end]);
                    value = vm.getattr(&value, &attr)?;
                    rest_name = &r[end..];
                } else if let Some(r) = rest_name.strip_prefix('[') {
                    let end = r.find(']').ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
                    let key = &r[..end];
                    let k = match key.parse::<i64>() {
                        Ok(n) => new_int(n),
                        Err(_) => new_str(key),
                    };
                    value = vm.getitem(&value, &k)?;
                    rest_name = &r[end + 1..];
                } else {
                    return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
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
                format_template(vm, spec, args, kwargs, depth - 1)?
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
    percent_format(vm, &p[0], &p[1])
}

/// `str % args`.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let f = fmt.as_str().unwrap_or("").to_string();
    super::percent::percent_engine(vm, &f, args, false).map(new_string)
}

fn str_getnewargs(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(new_tuple(vec![a.pos()[0].clone()]))
}

fn maketrans(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let d = new_dict();
    match p.len() {
        1 => {
            for (k, v) in vm.mapping_items(&p[0])? {
                let key = match k.as_str() {
                    Some(s) if s.chars().count() == 1 => new_int(s.chars().next().map_or(0, |c| c as i64)),
                    Some(_) => return Err(vm.value_error("string keys in translate table must be of length 1")),
                    None => k,
                };
                dictops::set(vm, &d, key, v)?;
            }
        }
        2 | 3 => {
            let x: Vec<char> = p[0].as_str().unwrap_or("").chars().collect();
            let y: Vec<char> = p[1].as_str().unwrap_or("").chars().collect();
            if x.len() != y.len() {
                return Err(vm.value_error("the first two maketrans arguments must have equal length"));
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
                } else if let Some(n) = int_as_i64(&v) {
                    out.push(char::from_u32(n as u32).unwrap_or('\u{fffd}'));
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
            ("__getnewargs__", str_getnewargs),
        ],
    );
    add_methods_kind(&STR_TYPE, &[("__new__", str_new)], BuiltinKind::StaticMethod);
    add_methods_kind(&STR_TYPE, &[("maketrans", maketrans)], BuiltinKind::StaticMethod);
}
