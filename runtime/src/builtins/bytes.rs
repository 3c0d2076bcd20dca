//! `bytes` basics and the `%`-formatting engine shared by str and bytes.



use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{PyResult, Vm};

use super::{add_methods, add_methods_kind, seq_index, slice_indices, slice_select};

/// The contents of a bytes or bytearray.
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast::<BytesData>() {
        return Some(b.b.to_vec());
    }
    // SAFETY: single-threaded short read.
    v.downcast::<ByteArrayData>().map(|b| unsafe { (*b.b.get()).clone() })
}

pub fn bytes_contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let hay = bytes_of(container).unwrap_or_default();
    if let Some(i) = int_as_i64(item) {
        if !(0..256).contains(&i) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        return Ok(hay.contains(&(i as u8)));
    }
    match bytes_of(item) {
        Some(n) => Ok(n.is_empty() || hay.windows(n.len()).any(|w| w == n.as_slice())),
        None => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            item.ty().name()
        ))),
    }
}

pub fn getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    let b = bytes_of(obj).unwrap_or_default();
    if let Some(s) = key.downcast::<SliceData>() {
        let (start, _, step, n) = slice_indices(vm, s, b.len())?;
        return Ok(new_bytes(slice_select(start, step, n, &b)));
    }
    let i = seq_index(vm, key, b.len(), "index")?;
    Ok(Value::small_int(b[i] as i64))
}

fn bytes_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let Some(src) = p.get(1) else {
        return Ok(new_bytes(vec![]));
    };
    if let Some(s) = src.as_str() {
        if p.len() < 3 && a.kwnames.is_empty() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        return Ok(new_bytes(s.as_bytes().to_vec()));
    }
    if let Some(n) = int_as_i64(src) {
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        return Ok(new_bytes(vec![0; n as usize]));
    }
    if let Some(b) = bytes_of(src) {
        return Ok(new_bytes(b));
    }
    let items = vm.collect_iterable(src)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        match int_as_i64(&it) {
            Some(x) if (0..256).contains(&x) => out.push(x as u8),
            Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    it.ty().name()
                )))
            }
        }
    }
    Ok(new_bytes(out))
}

fn decode(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = bytes_of(&a.pos()[0]).unwrap_or_default();
    let enc = a
        .pos()
        .get(1)
        .or_else(|| a.kwvalues().first())
        .and_then(|e| e.as_str().map(str::to_lowercase))
        .unwrap_or_else(|| "utf-8".into());
    match enc.replace('_', "-").as_str() {
        "latin-1" | "latin1" | "iso-8859-1" => Ok(new_string(b.iter().map(|&c| c as char).collect())),
        "ascii" => {
            if let Some(i) = b.iter().position(|c| *c >= 128) {
                return Err(vm.new_error(
                    &super::exc::UNICODE_DECODE_ERROR,
                    format!("'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)", b[i], i),
                ));
            }
            Ok(new_string(String::from_utf8_lossy(&b).into_owned()))
        }
        "utf-8" | "utf8" => match String::from_utf8(b) {
            Ok(s) => Ok(new_string(s)),
            Err(e) => {
                let pos = e.utf8_error().valid_up_to();
                let byte = e.as_bytes()[pos];
                Err(vm.new_error(
                    &super::exc::UNICODE_DECODE_ERROR,
                    format!("'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: invalid start byte"),
                ))
            }
        },
        other => Err(vm.new_error(&super::exc::LOOKUP_ERROR, format!("unknown encoding: {other}"))),
    }
}

fn hex(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = bytes_of(&a.pos()[0]).unwrap_or_default();
    Ok(new_string(b.iter().map(|c| format!("{c:02x}")).collect()))
}

pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let f = bytes_of(fmt).unwrap_or_default();
    let s: String = f.iter().map(|&c| c as char).collect();
    let out = super::percent::percent_engine(vm, &s, args, true)?;
    Ok(new_bytes(out.chars().map(|c| c as u32 as u8).collect()))
}

pub fn register() {
    add_methods(&BYTES_TYPE, &[("decode", decode), ("hex", hex)]);
    add_methods_kind(&BYTES_TYPE, &[("__new__", bytes_new)], BuiltinKind::StaticMethod);
}
