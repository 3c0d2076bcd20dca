//! `%`-formatting (`str % args`, `bytes % args`).

use num_traits::ToPrimitive;

use crate::format::{self, FormatSpec};
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{PyResult, Vm};

use super::bytes::bytes_of;

/// `%`-formatting: `template % args` (bytes mode uses latin-1 code points).
pub fn percent_engine(vm: &mut Vm, t: &str, args: &Value, bytes_mode: bool) -> PyResult<String> {
    let chars: Vec<char> = t.chars().collect();
    let tuple_args: Option<Vec<Value>> = tuple_items(args).map(|t| t.to_vec());
    let is_mapping = tuple_args.is_none()
        && !args.is_exact(&STR_TYPE)
        && (args.downcast::<DictData>().is_some() || (args.ty().is_heap() && vm.lookup_special(args, "__getitem__").is_some()));
    let mut argv: Vec<Value> = tuple_args.clone().unwrap_or_else(|| vec![args.clone()]);
    argv.reverse();
    let mut out = String::new();
    let mut i = 0;
    let mut used_mapping = false;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let mut mapping_value: Option<Value> = None;
        if chars.get(i) == Some(&'(') {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                if chars[i] == '(' {
                    depth += 1;
                } else if chars[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key: String = chars[start..i - 1].iter().collect();
            if !is_mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            used_mapping = true;
            let k = if bytes_mode { new_bytes(key.chars().map(|c| c as u8).collect()) } else { new_string(key) };
            mapping_value = Some(vm.getitem(args, &k)?);
        }
        let (mut left, mut plus, mut space, mut alt, mut zero) = (false, false, false, false, false);
        while let Some(&f) = chars.get(i) {
            match f {
                '-' => left = true,
                '+' => plus = true,
                ' ' => space = true,
                '#' => alt = true,
                '0' => zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut next_arg = |vm: &mut Vm| -> PyResult<Value> {
            if let Some(v) = &mapping_value {
                return Ok(v.clone());
            }
            argv.pop().ok_or_else(|| vm.type_error("not enough arguments for format string"))
        };
        let mut width: Option<usize> = None;
        if chars.get(i) == Some(&'*') {
            let w = next_arg(vm)?;
            let wi = int_as_i64(&w).ok_or_else(|| vm.type_error("* wants int"))?;
            if wi < 0 {
                left = true;
            }
            width = Some(wi.unsigned_abs() as usize);
            i += 1;
        } else {
            let mut w = String::new();
            while let Some(d) = chars.get(i).filter(|d| d.is_ascii_digit()) {
                w.push(*d);
                i += 1;
            }
            if !w.is_empty() {
                width = Some(w.parse().map_err(|_| vm.value_error("width too big"))?);
            }
        }
        let mut prec: Option<usize> = None;
        if chars.get(i) == Some(&'.') {
            i += 1;
            if chars.get(i) == Some(&'*') {
                let p = next_arg(vm)?;
                prec = Some(int_as_i64(&p).ok_or_else(|| vm.type_error("* wants int"))?.max(0) as usize);
                i += 1;
            } else {
                let mut w = String::new();
                while let Some(d) = chars.get(i).filter(|d| d.is_ascii_digit()) {
                    w.push(*d);
                    i += 1;
                }
                prec = Some(w.parse().unwrap_or(0));
            }
        }
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let v = next_arg(vm)?;
        let body: String = match conv {
            's' | 'r' | 'a' | 'b' => {
                let s = match conv {
                    'r' | 'a' => {
                        let r = vm.repr(&v)?;
                        if conv == 'a' { super::ascii_of(&r) } else { r }
                    }
                    _ if bytes_mode => match bytes_of(&v) {
                        Some(b) => b.iter().map(|&c| c as char).collect(),
                        None => {
                            return Err(vm.type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                v.ty().name()
                            )))
                        }
                    },
                    _ => vm.str_of(&v)?,
                };
                match prec {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                }
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = if let Some(f) = float_of(&v) {
                    if conv != 'd' && conv != 'i' && conv != 'u' {
                        return Err(vm.type_error(format!("%{conv} format: an integer is required, not float")));
                    }
                    let iv = super::repr::float_to_int(vm, f)?;
                    int_as_bigint(&iv).unwrap_or_default()
                } else if is_int(&v) {
                    int_as_bigint(&v).unwrap_or_default()
                } else if let Some(m) = vm.lookup_special(&v, if matches!(conv, 'd' | 'i' | 'u') { "__int__" } else { "__index__" }) {
                    let r = vm.call_method_obj(&m, &v, &[])?;
                    int_as_bigint(&r).unwrap_or_default()
                } else {
                    return Err(vm.type_error(format!(
                        "%{} format: {} is required, not {}",
                        conv,
                        if matches!(conv, 'd' | 'i' | 'u') { "a number" } else { "an integer" },
                        v.ty().name()
                    )));
                };
                let neg = n.sign() == num_bigint::Sign::Minus;
                let mag = if neg { -n.clone() } else { n.clone() };
                let mut digits = match conv {
                    'x' => mag.to_str_radix(16),
                    'X' => mag.to_str_radix(16).to_uppercase(),
                    'o' => mag.to_str_radix(8),
                    _ => mag.to_string(),
                };
                if let Some(p) = prec {
                    while digits.len() < p {
                        digits.insert(0, '0');
                    }
                }
                let prefix = match (alt, conv) {
                    (true, 'x') => "0x",
                    (true, 'X') => "0X",
                    (true, 'o') => "0o",
                    _ => "",
                };
                let sign = if neg { "-" } else if plus { "+" } else if space { " " } else { "" };
                pad_number(sign, prefix, &digits, width, left, zero)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match float_of(&v) {
                    Some(f) => f,
                    None => match int_as_bigint(&v) {
                        Some(b) => b.to_f64().unwrap_or(f64::INFINITY),
                        None => {
                            if let Some(m) = vm.lookup_special(&v, "__float__") {
                                let r = vm.call_method_obj(&m, &v, &[])?;
                                float_of(&r).unwrap_or(0.0)
                            } else {
                                return Err(vm.type_error(format!("must be real number, not {}", v.ty().name())));
                            }
                        }
                    },
                };
                let mut spec_s = String::new();
                if alt {
                    spec_s.push('#');
                }
                spec_s.push('.');
                spec_s.push_str(&prec.unwrap_or(6).to_string());
                spec_s.push(conv);
                let spec = FormatSpec::parse(&spec_s).map_err(|e| vm.value_error(e.message))?;
                let s = format::format_float(f.abs(), &spec).map_err(|e| vm.value_error(e.message))?;
                let neg = f.is_sign_negative() && !f.is_nan();
                let sign = if neg { "-" } else if plus { "+" } else if space { " " } else { "" };
                let zero = zero && f.is_finite();
                pad_number(sign, "", &s, width, left, zero)
            }
            'c' => {
                if let Some(s) = v.as_str().filter(|_| !bytes_mode) {
                    if s.chars().count() != 1 {
                        return Err(vm.type_error("%c requires int or char"));
                    }
                    s.to_string()
                } else if let Some(n) = int_as_i64(&v) {
                    let max = if bytes_mode { 256 } else { 0x110000 };
                    if !(0..max).contains(&n) {
                        return Err(vm.overflow_error(if bytes_mode { "%c arg not in range(256)" } else { "%c arg not in range(0x110000)" }));
                    }
                    char::from_u32(n as u32).map(|c| c.to_string()).unwrap_or_default()
                } else if let Some(b) = bytes_of(&v).filter(|b| bytes_mode && b.len() == 1) {
                    (b[0] as char).to_string()
                } else {
                    return Err(vm.type_error("%c requires int or char"));
                }
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other,
                    other as u32,
                    i - 1
                )))
            }
        };
        let body = if matches!(conv, 'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
            body
        } else {
            pad_text(&body, width, left)
        };
        out.push_str(&body);
    }
    if !argv.is_empty() && !used_mapping && !is_mapping {
        return Err(vm.type_error(if bytes_mode {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

fn pad_text(s: &str, width: Option<usize>, left: bool) -> String {
    let n = s.chars().count();
    match width {
        Some(w) if w > n => {
            let fill = " ".repeat(w - n);
            if left {
                format!("{s}{fill}")
            } else {
                format!("{fill}{s}")
            }
        }
        _ => s.to_string(),
    }
}

fn pad_number(sign: &str, prefix: &str, digits: &str, width: Option<usize>, left: bool, zero: bool) -> String {
    let n = sign.len() + prefix.len() + digits.chars().count();
    match width {
        Some(w) if w > n => {
            let fill = w - n;
            if left {
                format!("{sign}{prefix}{digits}{}", " ".repeat(fill))
            } else if zero {
                format!("{sign}{prefix}{}{digits}", "0".repeat(fill))
            } else {
                format!("{}{sign}{prefix}{digits}", " ".repeat(fill))
            }
        }
        _ => format!("{sign}{prefix}{digits}"),
    }
}

