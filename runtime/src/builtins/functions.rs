//! The builtin functions and the constructors/methods of the core types
//! (`object`, `type`, `int`, `float`, `bool`, `property`, `super`, …).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::bytecode::CompareOp;
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::ops::BinOp;
use crate::vm::{classes, dictops, PyResult, Vm};

use super::{add_methods, add_methods_kind, exc};

/// Checks the positional argument count of a builtin.
fn nargs(vm: &mut Vm, name: &str, a: &Args<'_>, min: usize, max: usize) -> PyResult<()> {
    let n = a.pos().len();
    if !a.kwnames.is_empty() && max != usize::MAX {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if n < min || n > max {
        return Err(vm.type_error(if min == max {
            if min == 1 {
                format!("{name}() takes exactly one argument ({n} given)")
            } else {
                format!("{name} expected {min} arguments, got {n}")
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        }));
    }
    Ok(())
}

/// A keyword argument by name.
fn kwarg(a: &Args<'_>, name: &str) -> Option<Value> {
    a.kwnames
        .iter()
        .position(|k| k.as_str() == Some(name))
        .map(|i| a.kwvalues()[i].clone())
}

fn print(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file: Option<Value> = None;
    let mut flush = false;
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        match k.as_str() {
            Some("sep") if !v.is_none() => {
                sep = v
                    .as_str()
                    .ok_or_else(|| {
                        vm.type_error(format!(
                            "sep must be None or a string, not {}",
                            v.ty().name()
                        ))
                    })?
                    .to_string()
            }
            Some("end") if !v.is_none() => {
                end = v
                    .as_str()
                    .ok_or_else(|| {
                        vm.type_error(format!(
                            "end must be None or a string, not {}",
                            v.ty().name()
                        ))
                    })?
                    .to_string()
            }
            Some("file") if !v.is_none() => file = Some(v.clone()),
            Some("flush") => flush = vm.truthy(v)?,
            Some("sep" | "end" | "file") => {}
            Some(o) => {
                return Err(
                    vm.type_error(format!("'{o}' is an invalid keyword argument for print()"))
                )
            }
            None => {}
        }
    }
    let mut out = String::new();
    for (i, v) in a.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str_of(v)?);
    }
    out.push_str(&end);
    match file {
        None => {
            let target = super::sys::stdout_target(vm);
            match target {
                Some(f) => {
                    vm.call_method(&f, "write", &[new_string(out)])?;
                    if flush {
                        vm.call_method(&f, "flush", &[])?;
                    }
                }
                None => {
                    vm.write_out(&out);
                    if flush {
                        vm.flush_std();
                    }
                }
            }
        }
        Some(f) => {
            if super::sys::is_std_stream(vm, &f, "stderr") {
                vm.write_err(&out);
            } else if super::sys::is_std_stream(vm, &f, "stdout") {
                vm.write_out(&out);
            } else {
                vm.call_method(&f, "write", &[new_string(out)])?;
            }
        }
    }
    Ok(Value::none())
}

fn len(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "len", &a, 1, 1)?;
    Ok(new_int(vm.len(&a.pos()[0])? as i64))
}

fn repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "repr", &a, 1, 1)?;
    Ok(new_string(vm.repr(&a.pos()[0])?))
}

fn ascii(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "ascii", &a, 1, 1)?;
    let r = vm.repr(&a.pos()[0])?;
    Ok(new_string(super::ascii_of(&r)))
}

fn abs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "abs", &a, 1, 1)?;
    let v = &a.pos()[0];
    if !v.ty().is_heap() {
        if let Some(i) = int_as_bigint(v) {
            return Ok(new_bigint(i.abs()));
        }
        if let Some(f) = float_of(v) {
            return Ok(new_float(f.abs()));
        }
        if let Some(c) = v.downcast::<ComplexData>() {
            return Ok(new_float(c.re.hypot(c.im)));
        }
    }
    match vm.lookup_special(v, "__abs__") {
        Some(m) => vm.call_method_obj(&m, v, &[]),
        None => Err(vm.type_error(format!("bad operand type for abs(): '{}'", v.ty().name()))),
    }
}

fn truthy_all(vm: &mut Vm, a: Args<'_>, want: bool) -> PyResult<Value> {
    let it = vm.iter(&a.pos()[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? == want {
            return Ok(Value::bool(want));
        }
    }
    Ok(Value::bool(!want))
}
fn all(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "all", &a, 1, 1)?;
    truthy_all(vm, a, false)
}
fn any(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "any", &a, 1, 1)?;
    truthy_all(vm, a, true)
}

fn radix(vm: &mut Vm, a: &Args<'_>, name: &str, f: fn(&BigInt) -> String) -> PyResult<Value> {
    nargs(vm, name, a, 1, 1)?;
    let i = vm.index_value(&a.pos()[0])?;
    Ok(new_string(f(&i)))
}
fn bin(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    radix(vm, &a, "bin", crate::format::int_to_bin)
}
fn oct(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    radix(vm, &a, "oct", crate::format::int_to_oct)
}
fn hex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    radix(vm, &a, "hex", crate::format::int_to_hex)
}

fn callable(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "callable", &a, 1, 1)?;
    let v = &a.pos()[0];
    let c = matches!(
        v.ty().layout,
        Layout::Function | Layout::BuiltinFunction | Layout::Method | Layout::Type
    ) || vm.lookup_special(v, "__call__").is_some();
    Ok(Value::bool(c))
}

fn chr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "chr", &a, 1, 1)?;
    let i = vm.index_value(&a.pos()[0])?;
    match i.to_u32().and_then(char::from_u32) {
        Some(c) => Ok(new_string(c.to_string())),
        None => {
            if i.to_u32().is_some_and(|x| x < 0x110000) {
                // Lone surrogates are not representable in Rust strings.
                Err(vm.value_error("surrogate code points are not supported"))
            } else {
                Err(vm.value_error("chr() arg not in range(0x110000)"))
            }
        }
    }
}

fn ord(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "ord", &a, 1, 1)?;
    let v = &a.pos()[0];
    if let Some(s) = v.as_str() {
        let mut cs = s.chars();
        return match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(new_int(c as i64)),
            _ => Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.chars().count()
            ))),
        };
    }
    if let Some(b) = super::bytes::bytes_of(v) {
        if b.len() == 1 {
            return Ok(new_int(b[0] as i64));
        }
        return Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    Err(vm.type_error(format!(
        "ord() expected string of length 1, but {} found",
        v.ty().name()
    )))
}

fn divmod(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "divmod", &a, 2, 2)?;
    let p = a.pos();
    if p[0].ty().is_heap() || p[1].ty().is_heap() {
        if let Some(m) = vm.lookup_special(&p[0], "__divmod__") {
            let r = vm.call_method_obj(&m, &p[0], std::slice::from_ref(&p[1]))?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        if let Some(m) = vm.lookup_special(&p[1], "__rdivmod__") {
            let r = vm.call_method_obj(&m, &p[1], std::slice::from_ref(&p[0]))?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
    }
    let num = |v: &Value| is_int(v) || float_of(v).is_some();
    if !num(&p[0]) || !num(&p[1]) {
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            p[0].ty().name(),
            p[1].ty().name()
        )));
    }
    if let (Some(x), Some(y)) = (
        float_of(&p[0]).or_else(|| {
            if is_int(&p[1]) {
                None
            } else {
                int_as_bigint(&p[0]).and_then(|b| b.to_f64())
            }
        }),
        float_of(&p[1]).or_else(|| {
            if float_of(&p[0]).is_some() {
                int_as_bigint(&p[1]).and_then(|b| b.to_f64())
            } else {
                None
            }
        }),
    ) {
        if y == 0.0 {
            return Err(vm.zero_division("float divmod()"));
        }
        let m = crate::vm::ops::float_mod(x, y);
        let d = crate::vm::ops::float_floordiv(x, y);
        return Ok(new_tuple(vec![new_float(d), new_float(m)]));
    }
    let q = vm.binary_op(BinOp::FloorDiv, &p[0], &p[1])?;
    let r = vm.binary_op(BinOp::Mod, &p[0], &p[1])?;
    Ok(new_tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let mut p: Vec<Value> = a.pos().to_vec();
    for k in ["base", "exp", "mod"] {
        if let Some(v) = kwarg(&a, k) {
            p.push(v);
        }
    }
    if p.len() < 2 || p.len() > 3 {
        return Err(vm.type_error(format!(
            "pow expected at least 2 arguments, got {}",
            p.len()
        )));
    }
    if p.len() == 3 && !p[2].is_none() {
        let (b, e, m) = (
            int_as_bigint(&p[0]),
            int_as_bigint(&p[1]),
            int_as_bigint(&p[2]),
        );
        match (b, e, m) {
            (Some(b), Some(e), Some(m)) => {
                if m.is_zero() {
                    return Err(vm.value_error("pow() 3rd argument cannot be 0"));
                }
                let (b, e) = if e.is_negative() {
                    let inv = mod_inverse(&b, &m).ok_or_else(|| {
                        vm.value_error("base is not invertible for the given modulus")
                    })?;
                    (inv, -e)
                } else {
                    (b, e)
                };
                let r = b.modpow(&e, &m.abs());
                let r = if m.is_negative() && !r.is_zero() {
                    r + &m
                } else {
                    r
                };
                let r = if !m.is_negative() && r.is_negative() {
                    r + &m
                } else {
                    r
                };
                return Ok(new_bigint(r));
            }
            _ => {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ))
            }
        }
    }
    vm.binary_op(BinOp::Pow, &p[0], &p[1])
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.mod_floor(&m).extended_gcd(&m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

fn round(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let v = p
        .first()
        .cloned()
        .or_else(|| kwarg(&a, "number"))
        .ok_or_else(|| vm.type_error("round() missing required argument 'number' (pos 1)"))?;
    let nd = p
        .get(1)
        .cloned()
        .or_else(|| kwarg(&a, "ndigits"))
        .filter(|n| !n.is_none());
    if let Some(f) = float_of(&v).filter(|_| !v.ty().is_heap()) {
        return match nd {
            None => {
                let r = f.round_ties_even();
                super::repr::float_to_int(vm, r)
            }
            Some(n) => {
                let n = vm.index_isize(&n)?;
                Ok(new_float(round_float(f, n as i32)))
            }
        };
    }
    if is_int(&v) && !v.ty().is_heap() {
        return match nd {
            None => Ok(new_bigint(int_as_bigint(&v).unwrap_or_default())),
            Some(n) => {
                let n = vm.index_isize(&n)?;
                let i = int_as_bigint(&v).unwrap_or_default();
                if n >= 0 {
                    return Ok(new_bigint(i));
                }
                let pw = num_traits::pow(BigInt::from(10), (-n) as usize);
                let (q, r) = i.div_mod_floor(&pw);
                let twice = &r * 2;
                let q = if twice > pw || (twice == pw && q.is_odd()) {
                    q + 1
                } else {
                    q
                };
                Ok(new_bigint(q * pw))
            }
        };
    }
    match vm.lookup_special(&v, "__round__") {
        Some(m) => {
            let args: Vec<Value> = nd.into_iter().collect();
            vm.call_method_obj(&m, &v, &args)
        }
        None => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            v.ty().name()
        ))),
    }
}

/// Correctly rounded `round(x, n)` (half-even on the exact decimal value).
pub fn round_float(x: f64, n: i32) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if n > 323 {
        return x;
    }
    if n < -308 {
        return 0.0f64.copysign(x);
    }
    // Format with the exact digits and round half-even via string formatting,
    // which Rust does correctly on the binary value.
    let s = if n >= 0 {
        format!("{:.*}", n as usize, x)
    } else {
        let pw = 10f64.powi(-n);
        let y = x / pw;
        let r = y.round_ties_even();
        let z = r * pw;
        return if z.is_finite() { z } else { x };
    };
    s.parse::<f64>().unwrap_or(x)
}

fn sum(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    let mut acc = p
        .get(1)
        .cloned()
        .or_else(|| kwarg(&a, "start"))
        .unwrap_or(Value::small_int(0));
    if acc.as_str().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if acc.downcast::<BytesData>().is_some() {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let it = vm.iter(&p[0])?;
    // Float accumulation as CPython: exact-ish running sum of floats.
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(BinOp::Add, &acc, &x)?;
    }
    Ok(acc)
}

fn minmax(vm: &mut Vm, a: Args<'_>, is_min: bool) -> PyResult<Value> {
    let name = if is_min { "min" } else { "max" };
    let p = a.pos();
    let key = kwarg(&a, "key").filter(|k| !k.is_none());
    let default = kwarg(&a, "default");
    for k in a.kwnames {
        if !matches!(k.as_str(), Some("key" | "default")) {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for {name}()",
                k.as_str().unwrap_or("")
            )));
        }
    }
    let items = match p.len() {
        0 => return Err(vm.type_error(format!("{name} expected 1 argument, got 0"))),
        1 => vm.collect_iterable(&p[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            p.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&it), &[])?,
            None => it.clone(),
        };
        match &best {
            None => best = Some((k, it)),
            Some((bk, _)) => {
                let op = if is_min { CompareOp::Lt } else { CompareOp::Gt };
                let r = vm.compare(&k, bk, op)?;
                if vm.truthy(&r)? {
                    best = Some((k, it));
                }
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}
fn min(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    minmax(vm, a, true)
}
fn max(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    minmax(vm, a, false)
}

fn sorted(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", p.len())));
    }
    let mut items = vm.collect_iterable(&p[0])?;
    let key = kwarg(&a, "key");
    let rev = match kwarg(&a, "reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    super::list::sort_values(vm, &mut items, key.as_ref(), rev)?;
    Ok(new_list(items))
}

fn iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "iter", &a, 1, 2)?;
    let p = a.pos();
    if p.len() == 2 {
        return Ok(new_iter(
            &CALLABLE_ITERATOR_TYPE,
            IterKind::Callable {
                func: p[0].clone(),
                sentinel: p[1].clone(),
            },
        ));
    }
    vm.iter(&p[0])
}

fn next(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "next", &a, 1, 2)?;
    let p = a.pos();
    let it = &p[0];
    if it.ty().layout != Layout::Iterator
        && !it.is_exact(&GENERATOR_TYPE)
        && vm.lookup_special(it, "__next__").is_none()
    {
        return Err(vm.type_error(format!("'{}' object is not an iterator", it.ty().name())));
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match p.get(1) {
            Some(d) => Ok(d.clone()),
            None => {
                let v = vm.take_stop_value();
                Err(vm.stop_iteration(if v.is_none() || v.is_null() {
                    None
                } else {
                    Some(v)
                }))
            }
        },
    }
}

fn getattr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "getattr", &a, 2, 3)?;
    let p = a.pos();
    let name = p[1].clone();
    if name.as_str().is_none() {
        return Err(vm.type_error("getattr(): attribute name must be string"));
    }
    match p.get(2) {
        Some(d) => Ok(vm.getattr_opt(&p[0], &name)?.unwrap_or_else(|| d.clone())),
        None => vm.getattr(&p[0], &name),
    }
}

fn setattr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "setattr", &a, 3, 3)?;
    let p = a.pos();
    if p[1].as_str().is_none() {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            p[1].ty().name()
        )));
    }
    vm.setattr(&p[0], &p[1], p[2].clone())?;
    Ok(Value::none())
}

fn delattr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "delattr", &a, 2, 2)?;
    let p = a.pos();
    vm.delattr(&p[0], &p[1])?;
    Ok(Value::none())
}

fn hasattr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "hasattr", &a, 2, 2)?;
    let p = a.pos();
    if p[1].as_str().is_none() {
        return Err(vm.type_error("hasattr(): attribute name must be string"));
    }
    Ok(Value::bool(vm.getattr_opt(&p[0], &p[1])?.is_some()))
}

fn hash(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "hash", &a, 1, 1)?;
    Ok(new_int(vm.hash(&a.pos()[0])?))
}

fn id(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "id", &a, 1, 1)?;
    Ok(new_int(a.pos()[0].raw() as i64))
}

fn isinstance(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "isinstance", &a, 2, 2)?;
    let p = a.pos();
    Ok(Value::bool(classes::isinstance(vm, &p[0], &p[1])?))
}

fn issubclass(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "issubclass", &a, 2, 2)?;
    let p = a.pos();
    Ok(Value::bool(classes::issubclass(vm, &p[0], &p[1])?))
}

fn format(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "format", &a, 1, 2)?;
    let p = a.pos();
    let spec = match p.get(1) {
        Some(s) => s
            .as_str()
            .ok_or_else(|| {
                vm.type_error(format!(
                    "format() argument 2 must be str, not {}",
                    s.ty().name()
                ))
            })?
            .to_string(),
        None => String::new(),
    };
    Ok(new_string(vm.format(&p[0], &spec)?))
}

fn globals(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(vm
        .frames
        .last()
        .map(|f| f.globals.clone())
        .unwrap_or_else(new_dict))
}

/// `locals()`: the namespace of a module/class body, or a snapshot of a
/// function's fast locals.
fn locals(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    let Some(f) = vm.frames.last() else {
        return Ok(new_dict());
    };
    if !f.locals.is_null() {
        return Ok(f.locals.clone());
    }
    let cd = f.code.downcast::<CodeData>().expect("code");
    let d = new_dict();
    let n = cd.code.varnames.len();
    for (i, name) in cd.varnames.iter().enumerate() {
        let v = &vm.stack[f.base + i];
        if !v.is_null() {
            dictops::set_str(&d, name.clone(), v.clone());
        }
    }
    for (i, name) in cd.cell_names.iter().enumerate() {
        if let Some(c) = vm.stack[f.base + n + i].downcast::<CellData>() {
            let v = c.value.get();
            if !v.is_null() {
                dictops::set_str(&d, name.clone(), v);
            }
        }
    }
    Ok(d)
}

fn vars(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "vars", &a, 0, 1)?;
    match a.pos().first() {
        None => locals(vm, a),
        Some(o) => {
            let k = vm.names.__dict__.clone();
            vm.getattr_opt(o, &k)?
                .ok_or_else(|| vm.type_error("vars() argument must have __dict__ attribute"))
        }
    }
}

fn dir(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "dir", &a, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    match a.pos().first() {
        None => {
            let l = locals(vm, Args::positional(&[]))?;
            for (k, _) in dictops::items(&l) {
                names.push(k.as_str().unwrap_or("").to_string());
            }
        }
        Some(o) => {
            if let Some(m) = vm.lookup_special(o, "__dir__") {
                if !classes::is_object_slot(&m, "__dir__") {
                    let r = vm.call_method_obj(&m, o, &[])?;
                    let mut items = vm.collect_iterable(&r)?;
                    super::list::sort_values(vm, &mut items, None, false)?;
                    return Ok(new_list(items));
                }
            }
            if let Some(m) = o.downcast::<ModuleData>() {
                for (k, _) in dictops::items(&m.dict) {
                    names.push(k.as_str().unwrap_or("").to_string());
                }
            } else {
                if let Some(slot) = o.dict_slot() {
                    let d = slot.get();
                    if !d.is_null() {
                        for (k, _) in dictops::items(&d) {
                            names.push(k.as_str().unwrap_or("").to_string());
                        }
                    }
                }
                let t = o.as_type().unwrap_or_else(|| o.ty());
                for c in t.mro() {
                    for (k, _) in dictops::items(c.as_type().expect("type").dict()) {
                        names.push(k.as_str().unwrap_or("").to_string());
                    }
                }
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(new_list(names.into_iter().map(new_string).collect()))
}

fn input(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "input", &a, 0, 1)?;
    if let Some(p) = a.pos().first() {
        let s = vm.str_of(p)?;
        vm.write_out(&s);
    }
    vm.flush_std();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.new_error(&exc::EOF_ERROR, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(new_string(line))
        }
        Err(e) => Err(vm.new_error(&exc::OS_ERROR, e.to_string())),
    }
}

fn compile_source(
    vm: &mut Vm,
    src: &Value,
    filename: &str,
    mode: crate::compile::Mode,
) -> PyResult<Value> {
    if src.downcast::<CodeData>().is_some() {
        return Ok(src.clone());
    }
    let text = match src.as_str() {
        Some(s) => s.to_string(),
        None => match super::bytes::bytes_of(src) {
            Some(b) => String::from_utf8(b)
                .map_err(|_| vm.value_error("source code is not valid UTF-8"))?,
            None => {
                return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"))
            }
        },
    };
    if text.contains('\0') {
        return Err(vm.value_error("source code string cannot contain null bytes"));
    }
    vm.compile_to_value(&text, filename, mode)
}

fn exec_eval(vm: &mut Vm, a: Args<'_>, mode: crate::compile::Mode) -> PyResult<Value> {
    let name = if mode == crate::compile::Mode::Eval {
        "eval"
    } else {
        "exec"
    };
    nargs(vm, name, &a, 1, 3)?;
    let p = a.pos();
    let code = compile_source(vm, &p[0], "<string>", mode)?;
    let (globals, locals) = match (
        p.get(1).filter(|g| !g.is_none()),
        p.get(2).filter(|l| !l.is_none()),
    ) {
        (Some(g), l) => {
            if g.downcast::<DictData>().is_none() {
                return Err(vm.type_error(format!(
                    "{name}() globals must be a dict, not {}",
                    g.ty().name()
                )));
            }
            (g.clone(), l.cloned().unwrap_or_else(|| g.clone()))
        }
        (None, l) => {
            let g = globals(vm, Args::positional(&[]))?;
            let lv = match l {
                Some(l) => l.clone(),
                None => locals(vm, Args::positional(&[]))?,
            };
            (g, lv)
        }
    };
    let bk = vm.names.__builtins__.clone();
    if dictops::get_str_key(&globals, &bk).is_none() {
        let b = vm.builtins.clone();
        dictops::set_str(&globals, bk, b);
    }
    let r = vm.run_code(&code, &globals, &locals)?;
    Ok(if mode == crate::compile::Mode::Eval {
        r
    } else {
        Value::none()
    })
}

fn eval(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    exec_eval(vm, a, crate::compile::Mode::Eval)
}
fn exec(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    exec_eval(vm, a, crate::compile::Mode::Exec)
}

fn compile(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let src = p
        .first()
        .cloned()
        .or_else(|| kwarg(&a, "source"))
        .ok_or_else(|| vm.type_error("compile() missing required argument 'source' (pos 1)"))?;
    let filename = p
        .get(1)
        .cloned()
        .or_else(|| kwarg(&a, "filename"))
        .ok_or_else(|| vm.type_error("compile() missing required argument 'filename' (pos 2)"))?;
    let mode = p
        .get(2)
        .cloned()
        .or_else(|| kwarg(&a, "mode"))
        .ok_or_else(|| vm.type_error("compile() missing required argument 'mode' (pos 3)"))?;
    let mode = match mode.as_str() {
        Some("exec") => crate::compile::Mode::Exec,
        Some("eval") => crate::compile::Mode::Eval,
        Some("single") => crate::compile::Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let f = vm.str_of(&filename)?;
    compile_source(vm, &src, &f, mode)
}

fn import(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let name = p
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("__import__() missing required argument 'name' (pos 1)"))?;
    let globals = p
        .get(1)
        .cloned()
        .or_else(|| kwarg(&a, "globals"))
        .unwrap_or_else(Value::none);
    let fromlist = p
        .get(3)
        .cloned()
        .or_else(|| kwarg(&a, "fromlist"))
        .unwrap_or_else(Value::none);
    let level = p
        .get(4)
        .cloned()
        .or_else(|| kwarg(&a, "level"))
        .unwrap_or(Value::small_int(0));
    vm.import_name(&name, &globals, &fromlist, &level)
}

fn breakpoint(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Err(vm.runtime_error("breakpoint(): no debugger is available in this runtime"))
}

fn help(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match a.pos().first() {
        Some(o) => {
            let r = vm.repr(o)?;
            vm.write_out(&format!("Help on {r}\n"));
        }
        None => vm.write_out("Type help(object) for help about object.\n"),
    }
    Ok(Value::none())
}

/// `exit()`/`quit()` (CPython's `site` adds them): raise SystemExit.
fn exit(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let args: Vec<Value> = a.pos().iter().filter(|v| !v.is_none()).cloned().collect();
    Err(crate::vm::PyErr::new(crate::vm::errors::new_exception(
        &exc::SYSTEM_EXIT,
        args,
    )))
}

fn build_class(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    classes::build_class(vm, a)
}

/// Fills the `builtins` namespace with the builtin functions.
pub fn populate(vm: &mut Vm, d: &Value) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("all", all),
        ("any", any),
        ("bin", bin),
        ("oct", oct),
        ("hex", hex),
        ("callable", callable),
        ("chr", chr),
        ("ord", ord),
        ("divmod", divmod),
        ("pow", pow),
        ("round", round),
        ("sum", sum),
        ("min", min),
        ("max", max),
        ("sorted", sorted),
        ("iter", iter),
        ("next", next),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("hasattr", hasattr),
        ("hash", hash),
        ("id", id),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("format", format),
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
        ("input", input),
        ("eval", eval),
        ("exec", exec),
        ("compile", compile),
        ("__import__", import),
        ("breakpoint", breakpoint),
        ("help", help),
        ("__build_class__", build_class),
        ("exit", exit),
        ("quit", exit),
    ];
    for (name, f) in fns {
        let k = vm.intern(name);
        dictops::set_str(d, k, new_builtin(name, *f));
    }
}

// ---------------------------------------------------------------------------
// object

fn object_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let cls = p
        .first()
        .and_then(|c| c.as_type())
        .ok_or_else(|| vm.type_error("object.__new__(X): X is not a type object"))?;
    if p.len() > 1 || a.has_kwargs() {
        let init = vm.type_lookup(cls, "__init__");
        let new = vm.type_lookup(cls, "__new__");
        let init_overridden = init.is_some_and(|i| !classes::is_object_slot(&i, "__init__"));
        let new_overridden = new.is_some_and(|n| {
            n.as_func_wrapper().is_some() || !classes::is_object_slot(&n, "__new__")
        });
        if new_overridden {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !init_overridden {
            return Err(vm.type_error(format!("{}() takes no arguments", cls.name())));
        }
    }
    if cls.has_flag(type_flags::ABSTRACT) {
        return Err(classes::abstract_error(vm, cls));
    }
    classes::new_instance(vm, cls)
}

fn object_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() > 1 || a.has_kwargs() {
        let t = p[0].ty();
        let init = vm.type_lookup(t, "__init__");
        let new = vm.type_lookup(t, "__new__");
        let init_overridden = init.is_some_and(|i| !classes::is_object_slot(&i, "__init__"));
        let new_overridden = new.is_some_and(|n| !classes::is_object_slot(&n, "__new__"));
        if init_overridden || !new_overridden {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
    }
    Ok(Value::none())
}

fn object_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let o = &a.pos()[0];
    let t = o.ty();
    let module = vm.type_module_name(t);
    Ok(new_string(if module == "builtins" {
        format!("<{} object at {:#x}>", t.qualname(), o.raw())
    } else {
        format!("<{}.{} object at {:#x}>", module, t.qualname(), o.raw())
    }))
}

fn object_str(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(new_string(vm.repr(&a.pos()[0])?))
}

fn object_eq(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    Ok(if p[0].is(&p[1]) {
        Value::bool(true)
    } else {
        Value::not_implemented()
    })
}

/// `object.__ne__`: the inverse of the object's own `__eq__` (no reflected
/// operand: that is the comparison machinery's job), NotImplemented passed on.
fn object_ne(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let r = match vm.lookup_special(&p[0], "__eq__") {
        Some(eq) => vm.call_method_obj(&eq, &p[0], std::slice::from_ref(&p[1]))?,
        None => Value::not_implemented(),
    };
    if r.is_not_implemented() {
        return Ok(r);
    }
    Ok(Value::bool(!vm.truthy(&r)?))
}

fn object_hash(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(new_int(crate::vm::ops::identity_hash(&a.pos()[0])))
}

fn object_setattr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    vm.generic_setattr(&p[0], &p[1], Some(p[2].clone()))?;
    Ok(Value::none())
}

fn object_delattr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    vm.generic_setattr(&p[0], &p[1], None)?;
    Ok(Value::none())
}

fn object_getattribute(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    vm.generic_getattr(&p[0], &p[1])
}

fn object_format(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.get(1)
        .and_then(|s| s.as_str())
        .is_some_and(|s| !s.is_empty())
    {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            p[0].ty().name()
        )));
    }
    Ok(new_string(vm.str_of(&p[0])?))
}

fn object_init_subclass(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::none())
}

fn object_dir(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    dir(vm, a)
}

pub fn register_object_methods() {
    add_methods_kind(
        &OBJECT_TYPE,
        &[("__new__", object_new)],
        BuiltinKind::StaticMethod,
    );
    add_methods(
        &OBJECT_TYPE,
        &[
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__hash__", object_hash),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__getattribute__", object_getattribute),
            ("__format__", object_format),
            ("__dir__", object_dir),
        ],
    );
    add_methods_kind(
        &OBJECT_TYPE,
        &[("__init_subclass__", object_init_subclass)],
        BuiltinKind::ClassMethod,
    );
}

// ---------------------------------------------------------------------------
// type, property, staticmethod, classmethod, super, iterator constructors

fn type_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let meta = p[0]
        .as_type()
        .ok_or_else(|| vm.type_error("type.__new__(X): X is not a type object"))?;
    match p.len() {
        2 if std::ptr::eq(meta, &TYPE_TYPE) => Ok(p[1].ty().to_value()),
        4 => classes::type_new(vm, meta, &p[1], &p[2], &p[3], a.kwnames, a.kwvalues()),
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

fn type_init(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::none())
}

fn type_mro(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let t = a.pos()[0]
        .as_type()
        .ok_or_else(|| vm.type_error("descriptor 'mro' requires a 'type' object"))?;
    Ok(new_list(t.mro().to_vec()))
}

fn type_subclasses(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let t = a.pos()[0]
        .as_type()
        .ok_or_else(|| vm.type_error("descriptor '__subclasses__' requires a 'type' object"))?;
    Ok(new_list(t.subclass_list()))
}

fn type_call(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.all;
    let f = p[0].clone();
    let t = f.as_type().expect("type");
    classes::call_type(vm, t, &f, &p[1..], a.kwnames)
}

fn type_instancecheck(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let t = p[0]
        .as_type()
        .ok_or_else(|| vm.type_error("descriptor requires a type"))?;
    Ok(Value::bool(p[1].ty().is_subtype(t)))
}

fn type_subclasscheck(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let t = p[0]
        .as_type()
        .ok_or_else(|| vm.type_error("descriptor requires a type"))?;
    let c = p[1]
        .as_type()
        .ok_or_else(|| vm.type_error("issubclass() arg 1 must be a class"))?;
    Ok(Value::bool(c.is_subtype(t)))
}

fn type_prepare(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(new_dict())
}

fn property_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let get = |i: usize, k: &str| {
        p.get(i)
            .cloned()
            .or_else(|| kwarg(&a, k))
            .unwrap_or(Value::NULL)
    };
    let (fget, fset, fdel, doc) = (
        get(1, "fget"),
        get(2, "fset"),
        get(3, "fdel"),
        get(4, "doc"),
    );
    let doc = if doc.is_null() && !fget.is_null() && !fget.is_none() {
        let k = vm.names.__doc__.clone();
        vm.getattr_opt(&fget, &k)?.unwrap_or(Value::NULL)
    } else {
        doc
    };
    let cls = p[0].as_type().unwrap_or(&PROPERTY_TYPE);
    Ok(alloc_instance(
        cls,
        &PROPERTY_TYPE,
        PropertyData {
            fget: Slot::new(fget),
            fset: Slot::new(fset),
            fdel: Slot::new(fdel),
            doc: Slot::new(doc),
        },
    ))
}

fn property_copy(vm: &mut Vm, a: Args<'_>, which: usize) -> PyResult<Value> {
    let p = a.pos();
    let old = p[0]
        .downcast::<PropertyData>()
        .ok_or_else(|| vm.type_error("descriptor requires a property"))?;
    let f = p[1].clone();
    let mut parts = [old.fget.get(), old.fset.get(), old.fdel.get()];
    parts[which] = f;
    let [g, s, d] = parts;
    Ok(alloc_instance(
        p[0].ty(),
        &PROPERTY_TYPE,
        PropertyData {
            fget: Slot::new(g),
            fset: Slot::new(s),
            fdel: Slot::new(d),
            doc: Slot::new(old.doc.get()),
        },
    ))
}
fn property_getter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    property_copy(vm, a, 0)
}
fn property_setter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    property_copy(vm, a, 1)
}
fn property_deleter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    property_copy(vm, a, 2)
}
fn property_get(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let obj = p.get(1).cloned().unwrap_or_else(Value::none);
    let owner = p.get(2).cloned().unwrap_or_else(|| obj.ty().to_value());
    if obj.is_none() {
        return Ok(p[0].clone());
    }
    vm.bind_descriptor(&p[0], Some(&obj), &owner)
}
fn property_set(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let pd = p[0].downcast::<PropertyData>().expect("property");
    let f = pd.fset.get();
    if f.is_null() || f.is_none() {
        return Err(vm.attribute_error("can't set attribute"));
    }
    vm.call(&f, &[p[1].clone(), p[2].clone()], &[])?;
    Ok(Value::none())
}

fn wrapper_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "{} expected 1 argument, got {}",
            p[0].as_type()
                .map(|t| t.name().to_string())
                .unwrap_or_default(),
            p.len() - 1
        )));
    }
    let cls = p[0].as_type().expect("type");
    let exact: &TypeObject = if cls.layout == Layout::StaticMethod {
        &STATICMETHOD_TYPE
    } else {
        &CLASSMETHOD_TYPE
    };
    Ok(alloc_instance(
        cls,
        exact,
        FuncWrapperData {
            func: Slot::new(p[1].clone()),
            dict: Slot::null(),
        },
    ))
}

fn wrapper_init(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::none())
}

fn staticmethod_get(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(a.pos()[0]
        .as_func_wrapper()
        .expect("staticmethod")
        .func
        .get())
}

fn classmethod_get(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let owner = match (p.get(2), p.get(1)) {
        (Some(o), _) if !o.is_none() => o.clone(),
        (_, Some(obj)) => obj.ty().to_value(),
        _ => Value::none(),
    };
    Ok(new_method(
        p[0].as_func_wrapper().expect("classmethod").func.get(),
        owner,
    ))
}

fn super_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let (ty, obj) = match p.len() {
        1 => {
            // Zero-argument form: __class__ cell and first argument of the caller.
            if vm.frames.is_empty() {
                return Err(vm.runtime_error("super(): no arguments"));
            }
            let f = vm.frames.last().expect("frame");
            let cd = f.code.downcast::<CodeData>().expect("code");
            if cd.code.argcount == 0 && cd.code.flags & crate::bytecode::code_flags::VARARGS == 0 {
                return Err(vm.runtime_error("super(): no arguments"));
            }
            let mut first = vm.stack[f.base].clone();
            if first.is_null() {
                // The first argument may live in a cell.
                if let Some(ci) = cd.code.cell2arg.iter().position(|c| *c == Some(0)) {
                    let cell = &vm.stack[f.base + cd.code.varnames.len() + ci];
                    first = cell
                        .downcast::<CellData>()
                        .map(|c| c.value.get())
                        .unwrap_or(Value::NULL);
                }
            }
            if first.is_null() {
                return Err(vm.runtime_error("super(): arg[0] deleted"));
            }
            let idx = cd
                .cell_names
                .iter()
                .position(|n| n.as_str() == Some("__class__"));
            let cls = idx
                .map(|i| vm.stack[f.base + cd.code.varnames.len() + i].clone())
                .and_then(|c| c.downcast::<CellData>().map(|c| c.value.get()))
                .filter(|c| !c.is_null())
                .ok_or_else(|| vm.runtime_error("super(): __class__ cell not found"))?;
            (cls, first)
        }
        2 => (p[1].clone(), Value::none()),
        3 => (p[1].clone(), p[2].clone()),
        _ => return Err(vm.type_error("super() takes at most 2 arguments")),
    };
    let t = ty.as_type().ok_or_else(|| {
        vm.type_error(format!(
            "super() argument 1 must be type, not {}",
            ty.ty().name()
        ))
    })?;
    let obj_type = if obj.is_none() {
        Value::none()
    } else if let Some(ot) = obj.as_type().filter(|ot| ot.is_subtype(t)) {
        ot.to_value()
    } else if obj.ty().is_subtype(t) {
        obj.ty().to_value()
    } else {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    };
    Ok(alloc(&SUPER_TYPE, SuperData { ty, obj, obj_type }))
}

/// Attribute lookup through a `super` object.
pub fn super_getattr(vm: &mut Vm, sup: &Value, name: &Value) -> PyResult<Option<Value>> {
    let s = sup.downcast::<SuperData>().expect("super");
    let n = name.as_str().unwrap_or("");
    if n == "__class__" {
        return Ok(None);
    }
    if let Some(ot) = s.obj_type.as_type() {
        let mro = ot.mro().to_vec();
        let start = mro
            .iter()
            .position(|c| c.is(&s.ty))
            .map_or(mro.len(), |i| i + 1);
        for c in &mro[start..] {
            let ct = c.as_type().expect("type");
            if let Some(v) = dictops::get_str_key(ct.dict(), name) {
                let obj = if s.obj.is(&s.obj_type) {
                    None
                } else {
                    Some(s.obj.clone())
                };
                let owner = s.obj_type.clone();
                return vm.bind_descriptor(&v, obj.as_ref(), &owner).map(Some);
            }
        }
    }
    Ok(None)
}

fn iter_ctor(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let cls = p[0].as_type().expect("type");
    let args = &p[1..];
    let kind = match cls.name() {
        "enumerate" => {
            let src = args
                .first()
                .cloned()
                .or_else(|| kwarg(&a, "iterable"))
                .ok_or_else(|| {
                    vm.type_error("enumerate() missing required argument 'iterable' (pos 1)")
                })?;
            let start = args
                .get(1)
                .cloned()
                .or_else(|| kwarg(&a, "start"))
                .unwrap_or(Value::small_int(0));
            if !is_int(&start) {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    start.ty().name()
                )));
            }
            IterKind::Enumerate {
                it: vm.iter(&src)?,
                count: start,
            }
        }
        "zip" => {
            let mut its = Vec::new();
            for x in args {
                its.push(vm.iter(x)?);
            }
            IterKind::Zip { its }
        }
        "map" => {
            if args.len() < 2 {
                return Err(vm.type_error("map() must have at least two arguments."));
            }
            let mut its = Vec::new();
            for x in &args[1..] {
                its.push(vm.iter(x)?);
            }
            IterKind::Map {
                func: args[0].clone(),
                its,
            }
        }
        "filter" => {
            if args.len() != 2 {
                return Err(
                    vm.type_error(format!("filter expected 2 arguments, got {}", args.len()))
                );
            }
            IterKind::Filter {
                func: args[0].clone(),
                it: vm.iter(&args[1])?,
            }
        }
        _ => {
            if args.len() != 1 {
                return Err(
                    vm.type_error(format!("reversed expected 1 argument, got {}", args.len()))
                );
            }
            let seq = &args[0];
            if let Some(m) = vm.lookup_special(seq, "__reversed__") {
                return vm.call_method_obj(&m, seq, &[]);
            }
            if matches!(
                seq.ty().layout,
                Layout::Dict | Layout::Set | Layout::FrozenSet
            ) || vm.lookup_special(seq, "__getitem__").is_none()
                && !matches!(
                    seq.ty().layout,
                    Layout::List | Layout::Tuple | Layout::Str | Layout::Range | Layout::Bytes
                )
            {
                return Err(
                    vm.type_error(format!("'{}' object is not reversible", seq.ty().name()))
                );
            }
            let n = vm.len(seq)? as isize;
            IterKind::Reversed {
                seq: seq.clone(),
                index: n - 1,
            }
        }
    };
    Ok(new_iter(cls, kind))
}

fn iter_self(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(a.pos()[0].clone())
}

fn iter_next(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let it = &a.pos()[0];
    let r = match it.downcast::<IterData>() {
        Some(d) => super::iterators::next_builtin(vm, d)?,
        None => vm.next(it)?,
    };
    match r {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(None)),
    }
}

fn function_get(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    match p.get(1) {
        Some(obj) if !obj.is_none() => Ok(new_method(p[0].clone(), obj.clone())),
        _ => Ok(p[0].clone()),
    }
}

fn slice_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = &a.pos()[1..];
    let (start, stop, step) = match p.len() {
        1 => (Value::none(), p[0].clone(), Value::none()),
        2 => (p[0].clone(), p[1].clone(), Value::none()),
        3 => (p[0].clone(), p[1].clone(), p[2].clone()),
        n => return Err(vm.type_error(format!("slice expected at most 3 arguments, got {n}"))),
    };
    Ok(alloc(&SLICE_TYPE, SliceData { start, stop, step }))
}

fn slice_indices_m(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let s = p[0].downcast::<SliceData>().expect("slice");
    let n = vm.index_isize(&p[1])?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step, _) = super::slice_indices(vm, s, n as usize)?;
    Ok(new_tuple(vec![
        new_int(start as i64),
        new_int(stop as i64),
        new_int(step as i64),
    ]))
}

pub fn register_type_methods() {
    add_methods_kind(
        &TYPE_TYPE,
        &[("__new__", type_new)],
        BuiltinKind::StaticMethod,
    );
    add_methods(
        &TYPE_TYPE,
        &[
            ("__init__", type_init),
            ("mro", type_mro),
            ("__subclasses__", type_subclasses),
            ("__call__", type_call),
            ("__instancecheck__", type_instancecheck),
            ("__subclasscheck__", type_subclasscheck),
        ],
    );
    add_methods_kind(
        &TYPE_TYPE,
        &[("__prepare__", type_prepare)],
        BuiltinKind::ClassMethod,
    );
    add_methods_kind(
        &PROPERTY_TYPE,
        &[("__new__", property_new)],
        BuiltinKind::StaticMethod,
    );
    add_methods(
        &PROPERTY_TYPE,
        &[
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
            ("__get__", property_get),
            ("__set__", property_set),
            ("__init__", wrapper_init),
        ],
    );
    for t in [&STATICMETHOD_TYPE, &CLASSMETHOD_TYPE] {
        add_methods_kind(t, &[("__new__", wrapper_new)], BuiltinKind::StaticMethod);
        add_methods(t, &[("__init__", wrapper_init)]);
    }
    add_methods(&STATICMETHOD_TYPE, &[("__get__", staticmethod_get)]);
    add_methods(&CLASSMETHOD_TYPE, &[("__get__", classmethod_get)]);
    add_methods_kind(
        &SUPER_TYPE,
        &[("__new__", super_new)],
        BuiltinKind::StaticMethod,
    );
    add_methods(&SUPER_TYPE, &[("__init__", wrapper_init)]);
    for t in [
        &ENUMERATE_TYPE,
        &ZIP_TYPE,
        &MAP_TYPE,
        &FILTER_TYPE,
        &REVERSED_TYPE,
    ] {
        add_methods_kind(t, &[("__new__", iter_ctor)], BuiltinKind::StaticMethod);
    }
    for t in all_builtin_types() {
        if t.layout == Layout::Iterator {
            add_methods(t, &[("__iter__", iter_self), ("__next__", iter_next)]);
        }
    }
    add_methods_kind(
        &SLICE_TYPE,
        &[("__new__", slice_new)],
        BuiltinKind::StaticMethod,
    );
    add_methods(&SLICE_TYPE, &[("indices", slice_indices_m)]);
    add_methods(&FUNCTION_TYPE, &[("__get__", function_get)]);
    register_runtime_type_ctors();
    register_object_reduce();
}

// ---------------------------------------------------------------------------
// int, float, bool, complex

fn int_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let x = p.get(1).cloned().or_else(|| kwarg(&a, "x"));
    let base = p.get(2).cloned().or_else(|| kwarg(&a, "base"));
    let Some(x) = x else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::small_int(0));
    };
    if let Some(b) = base {
        let b = vm.index_isize(&b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let text = match (x.as_str(), super::bytes::bytes_of(&x)) {
            (Some(s), _) => s.to_string(),
            (None, Some(bs)) => String::from_utf8_lossy(&bs).into_owned(),
            _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
        return crate::format::parse_int(&text, b as u32)
            .map(new_bigint)
            .map_err(|_| vm.value_error(crate::format::int_parse_error_message(&text, b as u32)));
    }
    if is_int(&x) && !x.ty().is_heap() {
        return Ok(new_bigint(int_as_bigint(&x).unwrap_or_default()));
    }
    if let Some(f) = float_of(&x).filter(|_| !x.ty().is_heap()) {
        return super::repr::float_to_int(vm, f);
    }
    if let Some(s) = x.as_str() {
        let s = s.to_string();
        return crate::format::parse_int(&s, 10)
            .map(new_bigint)
            .map_err(|_| vm.value_error(crate::format::int_parse_error_message(&s, 10)));
    }
    if let Some(bs) = super::bytes::bytes_of(&x) {
        return crate::format::parse_int_bytes(&bs, 10)
            .map(new_bigint)
            .map_err(|_| vm.value_error(crate::format::int_parse_error_message_bytes(&bs, 10)));
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(m) = vm.lookup_special(&x, name) {
            let r = vm.call_method_obj(&m, &x, &[])?;
            if is_int(&r) {
                return Ok(new_bigint(int_as_bigint(&r).unwrap_or_default()));
            }
            if name == "__trunc__" {
                return vm.index_value(&r).map(new_bigint);
            }
            return Err(vm.type_error(format!(
                "{} returned non-int (type {})",
                name,
                r.ty().name()
            )));
        }
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a number, not '{}'",
        x.ty().name()
    )))
}

fn float_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let Some(x) = p.get(1) else {
        return Ok(new_float(0.0));
    };
    if let Some(f) = float_of(x).filter(|_| !x.ty().is_heap()) {
        return Ok(new_float(f));
    }
    if let Some(i) = int_as_bigint(x).filter(|_| !x.ty().is_heap()) {
        return crate::format::bigint_to_f64(&i)
            .map(new_float)
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    if let Some(s) = x.as_str() {
        let s = s.to_string();
        return crate::format::parse_float(&s)
            .map(new_float)
            .map_err(|_| vm.value_error(crate::format::float_parse_error_message(&s)));
    }
    if let Some(m) = vm.lookup_special(x, "__float__") {
        let r = vm.call_method_obj(&m, x, &[])?;
        return match float_of(&r) {
            Some(f) => Ok(new_float(f)),
            None => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                x.ty().name(),
                r.ty().name()
            ))),
        };
    }
    if let Some(m) = vm.lookup_special(x, "__index__") {
        let r = vm.call_method_obj(&m, x, &[])?;
        let i = int_as_bigint(&r).unwrap_or_default();
        return Ok(new_float(i.to_f64().unwrap_or(f64::INFINITY)));
    }
    if let Some(i) = int_as_bigint(x) {
        return Ok(new_float(i.to_f64().unwrap_or(f64::INFINITY)));
    }
    if let Some(f) = float_of(x) {
        return Ok(new_float(f));
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a number, not '{}'",
        x.ty().name()
    )))
}

fn bool_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    if p.len() > 2 {
        return Err(vm.type_error(format!(
            "bool expected at most 1 argument, got {}",
            p.len() - 1
        )));
    }
    match p.get(1) {
        Some(x) => Ok(Value::bool(vm.truthy(x)?)),
        None => Ok(Value::bool(false)),
    }
}

/// `complex(str)`: `[(]real[+-imag j][)]` with optional spaces around.
fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        t = inner.trim();
    }
    if t.is_empty() || t.contains(char::is_whitespace) {
        return None;
    }
    let imag_part = |x: &str| -> Option<f64> {
        match x {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => crate::format::parse_float(x).ok(),
        }
    };
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Split at the last sign that is not part of an exponent.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        return match split {
            Some(i) => Some((
                crate::format::parse_float(&body[..i]).ok()?,
                imag_part(&body[i..])?,
            )),
            None => Some((0.0, imag_part(body)?)),
        };
    }
    Some((crate::format::parse_float(t).ok()?, 0.0))
}

fn complex_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if let Some(s) = p.get(1).and_then(|v| v.as_str()) {
        if p.len() > 2 {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match parse_complex(s) {
            Some((re, im)) => Ok(new_complex(re, im)),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    if p.get(2).is_some_and(|v| v.as_str().is_some()) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    if let Some(x) = p.get(1).filter(|x| x.ty().is_heap()) {
        if let Some(m) = vm.lookup_special(x, "__complex__") {
            let r = vm.call_method_obj(&m, x, &[])?;
            let Some(c) = r.downcast::<ComplexData>() else {
                return Err(vm.type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    r.ty().name()
                )));
            };
            let (re, im) = (c.re, c.im);
            if p.len() == 2 {
                return Ok(new_complex(re, im));
            }
        }
    }
    let part = |vm: &mut Vm, v: Option<&Value>| -> PyResult<(f64, f64)> {
        match v {
            None => Ok((0.0, 0.0)),
            Some(v) => {
                if let Some(c) = v.downcast::<ComplexData>() {
                    return Ok((c.re, c.im));
                }
                if let Some(f) = float_of(v) {
                    return Ok((f, 0.0));
                }
                if let Some(i) = int_as_bigint(v) {
                    return Ok((i.to_f64().unwrap_or(f64::INFINITY), 0.0));
                }
                Err(vm.type_error(format!(
                    "complex() first argument must be a string or a number, not '{}'",
                    v.ty().name()
                )))
            }
        }
    };
    let (r1, i1) = part(vm, p.get(1))?;
    let (r2, i2) = part(vm, p.get(2))?;
    // As CPython: a real part is only combined with what complex arguments
    // contribute, so `complex(1, -0.0)` keeps its negative zero.
    let first_complex = p
        .get(1)
        .is_some_and(|v| v.downcast::<ComplexData>().is_some());
    let second_complex = p
        .get(2)
        .is_some_and(|v| v.downcast::<ComplexData>().is_some());
    let re = if second_complex { r1 - i2 } else { r1 };
    let im = match (first_complex, p.get(2).is_some()) {
        (true, true) => i1 + r2,
        (true, false) => i1,
        (false, _) => r2,
    };
    Ok(new_complex(re, im))
}

/// `.real`, `.imag`, `.numerator`, `.denominator` of numbers.
pub fn number_getattr(_vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if let Some(c) = obj.downcast::<ComplexData>() {
        return Ok(match name {
            "real" => Some(new_float(c.re)),
            "imag" => Some(new_float(c.im)),
            _ => None,
        });
    }
    if let Some(f) = float_of(obj) {
        return Ok(match name {
            "real" => Some(new_float(f)),
            "imag" => Some(new_float(0.0)),
            _ => None,
        });
    }
    if let Some(i) = int_as_bigint(obj) {
        return Ok(match name {
            "real" | "numerator" => Some(new_bigint(i)),
            "imag" => Some(Value::small_int(0)),
            "denominator" => Some(Value::small_int(1)),
            _ => None,
        });
    }
    Ok(None)
}

fn int_bit_length(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let i = int_as_bigint(&a.pos()[0]).unwrap_or_default();
    Ok(new_int(i.bits() as i64))
}

fn int_conjugate(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(new_bigint(int_as_bigint(&a.pos()[0]).unwrap_or_default()))
}

fn float_is_integer(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = float_of(&a.pos()[0]).unwrap_or(0.0);
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn float_hex(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(new_string(crate::format::float_to_hex(
        float_of(&a.pos()[0]).unwrap_or(0.0),
    )))
}

fn float_fromhex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = a
        .pos()
        .get(1)
        .and_then(|v| v.as_str())
        .ok_or_else(|| vm.type_error("fromhex() argument must be str"))?
        .to_string();
    crate::format::float_from_hex(&s)
        .map(new_float)
        .map_err(|e| vm.value_error(e.message))
}

fn float_as_integer_ratio(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = float_of(&a.pos()[0]).unwrap_or(0.0);
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let mut num = BigInt::from(mant);
    let mut e = exp - 1075;
    if f < 0.0 {
        num = -num;
    }
    if num.is_zero() {
        return Ok(new_tuple(vec![Value::small_int(0), Value::small_int(1)]));
    }
    while e < 0 && num.is_even() {
        num /= 2;
        e += 1;
    }
    let (n, d) = if e >= 0 {
        (num << e as usize, BigInt::from(1))
    } else {
        (num, BigInt::from(1) << (-e) as usize)
    };
    Ok(new_tuple(vec![new_bigint(n), new_bigint(d)]))
}

pub fn register_number_methods() {
    add_methods_kind(
        &INT_TYPE,
        &[("__new__", int_new)],
        BuiltinKind::StaticMethod,
    );
    add_methods_kind(
        &FLOAT_TYPE,
        &[("__new__", float_new)],
        BuiltinKind::StaticMethod,
    );
    add_methods_kind(
        &BOOL_TYPE,
        &[("__new__", bool_new)],
        BuiltinKind::StaticMethod,
    );
    add_methods_kind(
        &COMPLEX_TYPE,
        &[("__new__", complex_new)],
        BuiltinKind::StaticMethod,
    );
    add_methods(
        &INT_TYPE,
        &[("bit_length", int_bit_length), ("conjugate", int_conjugate)],
    );
    add_methods(
        &FLOAT_TYPE,
        &[
            ("is_integer", float_is_integer),
            ("hex", float_hex),
            ("as_integer_ratio", float_as_integer_ratio),
        ],
    );
    add_methods_kind(
        &FLOAT_TYPE,
        &[("fromhex", float_fromhex)],
        BuiltinKind::ClassMethod,
    );
}

// ---------------------------------------------------------------------------
// Constructors of the runtime's own types (what `types` exposes):
// mappingproxy, module, method, function.

/// The argument at position `i` (after the receiver/class) or keyword `name`.
fn arg_at(a: &Args<'_>, i: usize, name: &str) -> Option<Value> {
    a.pos().get(i).cloned().or_else(|| kwarg(a, name))
}

/// Rejects keywords not in `allowed`.
fn check_kwargs(vm: &mut Vm, func: &str, a: &Args<'_>, allowed: &[&str]) -> PyResult<()> {
    for k in a.kwnames {
        let s = k.as_str().unwrap_or("");
        if !allowed.contains(&s) {
            return Err(vm.type_error(format!("{func}() got an unexpected keyword argument '{s}'")));
        }
    }
    Ok(())
}

/// `mappingproxy(mapping)`: a read-only view of a dict (another mapping is
/// viewed through a snapshot dict of its items).
fn mappingproxy_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    check_kwargs(vm, "mappingproxy", &a, &["mapping"])?;
    let n = a.pos().len() - 1 + a.kwnames.len();
    if n != 1 {
        return Err(vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)"));
    }
    let m = arg_at(&a, 1, "mapping").expect("checked");
    let d = if m.ty().layout == Layout::Dict {
        m
    } else if let Some(d) = super::dict::proxy_dict(&m) {
        d
    } else {
        let is_mapping = !matches!(m.ty().layout, Layout::List | Layout::Tuple)
            && vm.lookup_special(&m, "__getitem__").is_some()
            && vm.getattr_opt(&m, &new_str("keys"))?.is_some();
        if !is_mapping {
            return Err(vm.type_error(format!(
                "mappingproxy() argument must be a mapping, not {}",
                m.ty().name()
            )));
        }
        let d = new_dict();
        let keys = vm.call_method(&m, "keys", &[])?;
        for k in vm.collect_iterable(&keys)? {
            let v = vm.getitem(&m, &k)?;
            vm.setitem(&d, &k, v)?;
        }
        d
    };
    Ok(alloc(&MAPPINGPROXY_TYPE, DictViewData { dict: d }))
}

/// `module.__new__(cls, *args, **kwargs)`: a module with an empty namespace
/// (`__init__` names it).
fn module_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.pos()[0]
        .as_type()
        .ok_or_else(|| vm.type_error("module.__new__(X): X is not a type object"))?;
    if !cls.is_subtype(&MODULE_TYPE) {
        return Err(vm.type_error(format!(
            "module.__new__({}): {} is not a subtype of module",
            cls.name(),
            cls.name()
        )));
    }
    let dict = new_dict();
    for k in [
        "__name__",
        "__doc__",
        "__package__",
        "__loader__",
        "__spec__",
    ] {
        let kk = vm.intern(k);
        dictops::set_str(&dict, kk, Value::none());
    }
    Ok(alloc_instance(cls, &MODULE_TYPE, ModuleData { dict }))
}

/// `module.__init__(self, name, doc=None)`.
fn module_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    check_kwargs(vm, "module", &a, &["name", "doc"])?;
    let p = a.pos();
    let total = p.len() - 1 + a.kwnames.len();
    if total > 2 {
        return Err(vm.type_error(format!(
            "module() takes at most 2 arguments ({total} given)"
        )));
    }
    let Some(name) = arg_at(&a, 1, "name") else {
        return Err(vm.type_error("module() missing required argument 'name' (pos 1)"));
    };
    if name.as_str().is_none() {
        return Err(vm.type_error(format!(
            "module.__init__() argument 1 must be str, not {}",
            name.ty().name()
        )));
    }
    let doc = arg_at(&a, 2, "doc").unwrap_or_else(Value::none);
    let m = p[0]
        .downcast::<ModuleData>()
        .ok_or_else(|| vm.type_error("descriptor '__init__' requires a 'module' object"))?;
    let d = m.dict.clone();
    let set = |vm: &mut Vm, k: &str, v: Value| {
        let kk = vm.intern(k);
        dictops::set_str(&d, kk, v);
    };
    set(vm, "__name__", name);
    set(vm, "__doc__", doc);
    set(vm, "__package__", Value::none());
    set(vm, "__loader__", Value::none());
    set(vm, "__spec__", Value::none());
    Ok(Value::none())
}

/// `method(function, instance)`.
fn method_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.has_kwargs() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    let p = &a.pos()[1..];
    if p.len() != 2 {
        return Err(vm.type_error(format!("method expected 2 arguments, got {}", p.len())));
    }
    let is_callable = matches!(
        p[0].ty().layout,
        Layout::Function | Layout::BuiltinFunction | Layout::Method | Layout::Type
    ) || vm.lookup_special(&p[0], "__call__").is_some();
    if !is_callable {
        return Err(vm.type_error("first argument must be callable"));
    }
    if p[1].is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(new_method(p[0].clone(), p[1].clone()))
}

/// `function(code, globals, name=None, argdefs=None, closure=None)`.
fn function_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    check_kwargs(
        vm,
        "function",
        &a,
        &["code", "globals", "name", "argdefs", "closure"],
    )?;
    let total = a.pos().len() - 1 + a.kwnames.len();
    if total > 5 {
        return Err(vm.type_error(format!(
            "function() takes at most 5 arguments ({total} given)"
        )));
    }
    let Some(code) = arg_at(&a, 1, "code") else {
        return Err(vm.type_error("function() missing required argument 'code' (pos 1)"));
    };
    let Some(cd) = code.downcast::<CodeData>() else {
        return Err(vm.type_error(format!(
            "function() argument 'code' must be code, not {}",
            code.ty().name()
        )));
    };
    let nfree = cd.code.freevars.len();
    let code_name = cd.name.clone();
    let Some(globals) = arg_at(&a, 2, "globals") else {
        return Err(vm.type_error("function() missing required argument 'globals' (pos 2)"));
    };
    if globals.ty().layout != Layout::Dict {
        return Err(vm.type_error(format!(
            "function() argument 'globals' must be dict, not {}",
            globals.ty().name()
        )));
    }
    let name = arg_at(&a, 3, "name").filter(|v| !v.is_none());
    if let Some(n) = &name {
        if n.as_str().is_none() {
            return Err(vm.type_error("arg 3 (name) must be None or string"));
        }
    }
    let defaults = arg_at(&a, 4, "argdefs").filter(|v| !v.is_none());
    if let Some(d) = &defaults {
        if tuple_items(d).is_none() {
            return Err(vm.type_error("arg 4 (defaults) must be None or tuple"));
        }
    }
    let closure = arg_at(&a, 5, "closure").filter(|v| !v.is_none());
    let ncells = match &closure {
        Some(c) => match tuple_items(c) {
            Some(items) => {
                if items.iter().any(|c| c.ty().layout != Layout::Cell) {
                    return Err(vm.type_error(format!(
                        "arg 5 (closure) expected cell, found {}",
                        items
                            .iter()
                            .find(|c| c.ty().layout != Layout::Cell)
                            .map(|c| c.ty().name().to_string())
                            .unwrap_or_default()
                    )));
                }
                items.len()
            }
            None => return Err(vm.type_error("arg 5 (closure) must be tuple")),
        },
        None => 0,
    };
    if nfree != ncells {
        if closure.is_none() {
            return Err(vm.type_error("arg 5 (closure) must be tuple"));
        }
        return Err(vm.value_error(format!(
            "{} requires closure of length {nfree}, not {ncells}",
            code_name.as_str().unwrap_or("?")
        )));
    }
    // `__builtins__` comes from the globals, else the current builtins.
    let bk = vm.names.__builtins__.clone();
    if dictops::get_str_key(&globals, &bk).is_none() {
        let b = vm.builtins.clone();
        dictops::set_str(&globals, bk, b);
    }
    let qualname = name.clone().unwrap_or_else(|| code_name.clone());
    let f = super::func::new_function(
        vm,
        code,
        globals,
        qualname,
        defaults.unwrap_or(Value::NULL),
        Value::NULL,
        Value::NULL,
        closure.unwrap_or(Value::NULL),
    );
    if let Some(n) = name {
        let fd = f.downcast::<FunctionData>().expect("function");
        fd.name.set(n);
    }
    Ok(f)
}

/// `__new__` of types whose instances only the runtime creates.
fn cannot_create(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let name = a
        .pos()
        .first()
        .and_then(|c| c.as_type())
        .map(|t| t.name().to_string())
        .unwrap_or_default();
    Err(vm.type_error(format!("cannot create '{name}' instances")))
}

fn register_runtime_type_ctors() {
    for (t, f) in [
        (&MAPPINGPROXY_TYPE, mappingproxy_new as NativeFn),
        (&MODULE_TYPE, module_new),
        (&METHOD_TYPE, method_new),
        (&FUNCTION_TYPE, function_new),
        (&BUILTIN_FUNCTION_TYPE, cannot_create),
        (&METHOD_DESCRIPTOR_TYPE, cannot_create),
    ] {
        add_methods_kind(t, &[("__new__", f)], BuiltinKind::StaticMethod);
    }
    add_methods(&MODULE_TYPE, &[("__init__", module_init)]);
}

// ---------------------------------------------------------------------------
// object.__reduce__, __reduce_ex__, __subclasshook__ (the copy/pickle protocol;
// the state is gathered by `copyreg` in lib/).

fn common_reduce(vm: &mut Vm, obj: &Value, proto: i64) -> PyResult<Value> {
    let copyreg = vm.import_module("copyreg")?;
    let helper = if proto >= 2 {
        "_reduce_newobj"
    } else {
        "_reduce_ex"
    };
    let f = vm.getattr_str(&copyreg, helper)?;
    vm.call(&f, &[obj.clone(), new_int(proto)], &[])
}

fn object_reduce(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, "__reduce__", &a, 1, 1)?;
    common_reduce(vm, &a.pos()[0], 0)
}

fn object_reduce_ex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let Some(proto) = arg_at(&a, 1, "protocol") else {
        return Err(vm.type_error("__reduce_ex__() takes exactly one argument (0 given)"));
    };
    let proto = vm.index_isize(&proto)? as i64;
    let obj = p[0].clone();
    // A class's own __reduce__ wins over object's reduction.
    if let Some(r) = vm.type_lookup(obj.ty(), "__reduce__") {
        if !classes::is_object_slot(&r, "__reduce__") {
            let m = vm.getattr_str(&obj, "__reduce__")?;
            return vm.call(&m, &[], &[]);
        }
    }
    common_reduce(vm, &obj, proto)
}

fn object_subclasshook(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::not_implemented())
}

fn register_object_reduce() {
    add_methods(
        &OBJECT_TYPE,
        &[
            ("__reduce__", object_reduce),
            ("__reduce_ex__", object_reduce_ex),
        ],
    );
    add_methods_kind(
        &OBJECT_TYPE,
        &[("__subclasshook__", object_subclasshook)],
        BuiltinKind::ClassMethod,
    );
}
