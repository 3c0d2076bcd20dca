//! `%`-formatting (`str % args`, `bytes % args`): the Python-object side.
//!
//! Parsing the template and producing each conversion's text is
//! [`crate::format::percent`]'s job; this module only finds the argument of
//! each conversion (tuple items, a single value, mapping keys, `*` counts)
//! and turns it into the plain value the formatter wants (`str()`/`repr()`
//! text, an integer, a float, a character).

use crate::format::{self, FormatError, FormatErrorKind, PercentCount, PercentPiece, PercentSpec};
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::BigInt;

use super::bytes::bytes_of;

/// Raises a [`FormatError`] as the Python exception it names.
pub fn raise_format_error(vm: &mut Vm, e: FormatError) -> PyErr {
    match e.kind {
        FormatErrorKind::ValueError => vm.value_error(e.message),
        FormatErrorKind::OverflowError => vm.overflow_error(e.message),
        FormatErrorKind::TypeError => vm.type_error(e.message),
        FormatErrorKind::MemoryError => vm.memory_error(),
    }
}

/// The arguments of one `%` operation, consumed left to right like
/// CPython's `argidx`: a tuple gives its items, anything else is one item.
struct PercentArgs {
    items: Vec<Value>,
    next: usize,
    /// The right operand when it is a mapping (any non-tuple, non-str object
    /// with `__getitem__`, so `'%s' % [1]` is fine and leftovers are not
    /// reported).
    mapping: Option<Value>,
}

impl PercentArgs {
    fn new(vm: &mut Vm, args: &Value) -> PercentArgs {
        if let Some(t) = tuple_items(args) {
            return PercentArgs {
                items: t.to_vec(),
                next: 0,
                mapping: None,
            };
        }
        let is_mapping = !args.is_exact(&STR_TYPE)
            && args.downcast::<StrData>().is_none()
            && (matches!(
                args.ty().layout,
                Layout::Dict | Layout::List | Layout::Bytes | Layout::ByteArray | Layout::Range
            ) || vm.lookup_special(args, "__getitem__").is_some());
        PercentArgs {
            items: vec![args.clone()],
            next: 0,
            mapping: is_mapping.then(|| args.clone()),
        }
    }

    fn next(&mut self, vm: &mut Vm) -> PyResult<Value> {
        match self.items.get(self.next) {
            Some(v) => {
                self.next += 1;
                Ok(v.clone())
            }
            None => Err(vm.type_error("not enough arguments for format string")),
        }
    }

    /// A `*` width or precision.
    fn next_count(&mut self, vm: &mut Vm) -> PyResult<i64> {
        let v = self.next(vm)?;
        if !is_int(&v) {
            return Err(vm.type_error("* wants int"));
        }
        int_as_i64(&v)
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
    }
}

/// `%`-formatting: `template % args`. In bytes mode the template and the
/// result hold byte values as the code points U+0000..U+00FF.
pub fn percent_engine(vm: &mut Vm, t: &str, args: &Value, bytes_mode: bool) -> PyResult<String> {
    let mut argv = PercentArgs::new(vm, args);
    let mut out = String::with_capacity(t.len());
    for piece in format::percent_pieces(t) {
        let spec = match piece.map_err(|e| raise_format_error(vm, e))? {
            PercentPiece::Literal(s) => {
                out.push_str(s);
                continue;
            }
            PercentPiece::Spec(spec) => spec,
        };
        let text = convert_one(vm, &spec, &mut argv, bytes_mode)?;
        out.push_str(&text);
    }
    if argv.next < argv.items.len() && argv.mapping.is_none() {
        return Err(vm.type_error(if bytes_mode {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

/// One conversion: finds its argument and formats it.
fn convert_one(
    vm: &mut Vm,
    spec: &PercentSpec,
    argv: &mut PercentArgs,
    bytes_mode: bool,
) -> PyResult<String> {
    let mut flags = spec.flags;
    let keyed = match &spec.key {
        Some(key) => {
            let Some(mapping) = argv.mapping.clone() else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let k = if bytes_mode {
                new_bytes(key.chars().map(|c| c as u32 as u8).collect())
            } else {
                new_str(key)
            };
            let v = vm.getitem(&mapping, &k)?;
            // After a keyed conversion positional ones have nothing left.
            argv.next = argv.items.len();
            Some(v)
        }
        None => None,
    };
    let width = match spec.width {
        PercentCount::Absent => None,
        PercentCount::Fixed(w) => Some(w),
        PercentCount::Star => {
            let w = argv.next_count(vm)?;
            if w < 0 {
                flags.left = true;
            }
            Some(w.unsigned_abs() as usize)
        }
    };
    let precision = match spec.precision {
        PercentCount::Absent => None,
        PercentCount::Fixed(p) => Some(p),
        PercentCount::Star => Some(argv.next_count(vm)?.max(0) as usize),
    };
    let v = match keyed {
        Some(v) => v,
        None => argv.next(vm)?,
    };
    let conv = spec.conversion;
    let r = match conv {
        's' | 'b' if bytes_mode => {
            let b = bytes_for_b(vm, &v)?;
            format::percent_format_str(&latin1(&b), flags, width, precision)
        }
        's' => {
            let s = vm.str_of(&v)?;
            format::percent_format_str(&s, flags, width, precision)
        }
        'r' | 'a' => {
            let r = vm.repr(&v)?;
            let r = if conv == 'a' || bytes_mode {
                super::ascii_of(&r)
            } else {
                r
            };
            format::percent_format_str(&r, flags, width, precision)
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n = int_for(vm, &v, conv)?;
            format::percent_format_int(&n, conv, flags, width, precision)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = float_for(vm, &v)?;
            format::percent_format_float(f, conv, flags, width, precision)
        }
        'c' if bytes_mode => {
            let b = byte_for_c(vm, &v)?;
            format::percent_format_str(&latin1(&[b]), flags, width, None)
        }
        'c' => match v.as_str() {
            Some(s) if s.chars().count() == 1 => format::percent_format_str(s, flags, width, None),
            Some(_) => return Err(vm.type_error("%c requires int or char")),
            None if is_int(&v) => {
                format::percent_format_char(&int_as_bigint(&v).unwrap_or_default(), flags, width)
            }
            None => return Err(vm.type_error("%c requires int or char")),
        },
        _ => Err(spec.unsupported_error()),
    };
    r.map_err(|e| raise_format_error(vm, e))
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

/// The bytes of `%b`/`%s` in bytes mode: a bytes-like object or `__bytes__`.
fn bytes_for_b(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(v) {
        return Ok(b);
    }
    if let Some(m) = vm.lookup_special(v, "__bytes__") {
        let r = vm.call_method_obj(&m, v, &[])?;
        return bytes_of(&r).ok_or_else(|| {
            vm.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                r.ty().name()
            ))
        });
    }
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        v.ty().name()
    )))
}

/// `%c` in bytes mode: an int in range(256) or a one-byte bytes object.
fn byte_for_c(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    if is_int(v) {
        return int_as_i64(v)
            .and_then(|n| u8::try_from(n).ok())
            .ok_or_else(|| vm.overflow_error("%c arg not in range(256)"));
    }
    match bytes_of(v) {
        Some(b) if b.len() == 1 => Ok(b[0]),
        _ => Err(vm.type_error("%c requires an integer in range(256) or a single byte")),
    }
}

/// The integer of `%d`/`%i`/`%u` (anything `int()` takes numerically,
/// floats truncated) or `%o`/`%x`/`%X` (integers and `__index__` only).
fn int_for(vm: &mut Vm, v: &Value, conv: char) -> PyResult<BigInt> {
    if let Some(n) = int_as_bigint(v) {
        return Ok(n);
    }
    let decimal = matches!(conv, 'd' | 'i' | 'u');
    if let Some(f) = float_of(v) {
        if !decimal {
            return Err(vm.type_error(format!("%{conv} format: an integer is required, not float")));
        }
        let iv = super::repr::float_to_int(vm, f)?;
        return Ok(int_as_bigint(&iv).unwrap_or_default());
    }
    let hooks: &[&str] = if decimal {
        &["__int__", "__index__"]
    } else {
        &["__index__"]
    };
    for hook in hooks {
        if let Some(m) = vm.lookup_special(v, hook) {
            let r = vm.call_method_obj(&m, v, &[])?;
            return int_as_bigint(&r).ok_or_else(|| {
                vm.type_error(format!("{hook} returned non-int (type {})", r.ty().name()))
            });
        }
    }
    let needed = if decimal { "a number" } else { "an integer" };
    Err(vm.type_error(format!(
        "%{conv} format: {needed} is required, not {}",
        v.ty().name()
    )))
}

/// The float of `%e`/`%f`/`%g`: a float, an int, or `__float__`.
fn float_for(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = float_of(v) {
        return Ok(f);
    }
    if let Some(b) = int_as_bigint(v) {
        return bigint_to_f64(&b)
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    if let Some(m) = vm.lookup_special(v, "__float__") {
        let r = vm.call_method_obj(&m, v, &[])?;
        return float_of(&r).ok_or_else(|| {
            vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                v.ty().name(),
                r.ty().name()
            ))
        });
    }
    Err(vm.type_error(format!("must be real number, not {}", v.ty().name())))
}
