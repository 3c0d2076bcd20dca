//! Helpers shared by the binary-data modules (`_struct`, `binascii`,
//! `_cinder_hashlib`, `zlib`, `array`): bytes-like arguments, module-level
//! exception classes defined in Python, and raising them.

use std::borrow::Cow;

use crate::builtins::bytes::buf_of;
use crate::compile::Mode;
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{dictops, PyErr, PyResult, Vm};

/// Runs `src` in the module namespace `d` and returns the global `name`
/// it defines (used for exception classes and small helper classes).
pub(super) fn define(
    vm: &mut Vm,
    d: &Value,
    src: &str,
    filename: &str,
    name: &str,
) -> PyResult<Value> {
    vm.exec_source(src, filename, Mode::Exec, d)?;
    let k = vm.intern(name);
    dictops::get_str_key(d, &k)
        .ok_or_else(|| vm.runtime_error(format!("{filename} did not define {name}")))
}

/// An instance of the exception class `cls` with message `msg`, raised.
pub(super) fn raise(vm: &mut Vm, cls: &Value, msg: impl AsRef<str>) -> PyErr {
    match vm.call(cls, &[new_str(msg.as_ref())], &[]) {
        Ok(e) => PyErr::new(e),
        Err(e) => e,
    }
}

/// A bytes-like argument (bytes or bytearray), with CPython's TypeError.
pub(super) fn buffer_arg<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    buf_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.ty().name()
        ))
    })
}

/// Whether `v` is a bytearray (a writable buffer).
pub(super) fn is_bytearray(v: &Value) -> bool {
    v.ty().layout == Layout::ByteArray
}

/// Replaces `buf[start:start+data.len()]` of a bytearray with `data`.
pub(super) fn write_into(vm: &mut Vm, buf: &Value, start: usize, data: Vec<u8>) -> PyResult<()> {
    let end = start + data.len();
    let slice = alloc(
        &SLICE_TYPE,
        SliceData {
            start: new_int(start as i64),
            stop: new_int(end as i64),
            step: Value::none(),
        },
    );
    vm.setitem(buf, &slice, new_bytes(data))
}
