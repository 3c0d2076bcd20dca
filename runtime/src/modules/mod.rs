//! Native (Rust) modules of the standard library, created on first import.
//!
//! Each module is a function that fills a fresh namespace; `find` maps a
//! module name to it. Modules written in Python live in `lib/` instead
//! (see [`lib_dir`]).

mod array;
mod binascii;
mod cmath;
mod hashlib;
mod io;
mod json;
mod math;
mod posix;
pub(crate) mod random;
mod re;
mod struct_;
mod support;
mod time;
pub(crate) mod weakref;
mod zlib;

use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{dictops, PyResult, Vm};

/// Fills a module namespace.
type Init = fn(&mut Vm, &Value) -> PyResult<()>;

/// The native modules: name and initialiser.
const NATIVE: &[(&str, Init)] = &[
    ("_cinder_hashlib", hashlib::init),
    ("_cinder_re", re::init),
    ("_io", io::init),
    ("_json", json::init),
    ("_random", random::init),
    ("_weakref", weakref::init),
    ("cinder", crate::builtins::coro::init_cinder_module),
    ("_struct", struct_::init),
    ("array", array::init),
    ("binascii", binascii::init),
    ("cmath", cmath::init),
    ("math", math::init),
    ("posix", posix::init),
    ("time", time::init),
    ("zlib", zlib::init),
];

/// Names of the modules built into the binary (`sys.builtin_module_names`).
pub fn names() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = vec!["builtins", "sys"];
    v.extend(NATIVE.iter().map(|(n, _)| *n));
    v.sort_unstable();
    v
}

/// Creates native module `name` (registered in `sys.modules`), if there is one.
pub fn load(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let Some((_, init)) = NATIVE.iter().find(|(n, _)| *n == name) else {
        return Ok(None);
    };
    let d = new_dict();
    let m = crate::builtins::new_module(vm, name, d.clone());
    let mods = vm.modules.clone();
    dictops::set_str(&mods, new_str(name), m.clone());
    if let Err(e) = init(vm, &d) {
        let k = new_str(name);
        let _ = dictops::remove(vm, &mods, &k);
        return Err(e);
    }
    Ok(Some(m))
}

/// Adds a native function to a module namespace.
pub fn add_fn(vm: &mut Vm, d: &Value, name: &'static str, f: NativeFn) {
    let k = vm.intern(name);
    dictops::set_str(d, k, new_builtin(name, f));
}

/// Adds a value to a module namespace.
pub fn add_value(vm: &mut Vm, d: &Value, name: &str, v: Value) {
    let k = vm.intern(name);
    dictops::set_str(d, k, v);
}

/// The directory of the standard library modules written in Python:
/// `$CINDER_LIB`, else `lib/` found upwards from the executable (an
/// installed tree or `target/<profile>/` in the source tree), else the
/// source tree this runtime was built from.
pub fn lib_dir() -> Option<std::path::PathBuf> {
    if let Some(d) = std::env::var_os("CINDER_LIB") {
        return Some(d.into());
    }
    if let Ok(exe) = std::env::current_exe() {
        for dir in exe.ancestors().skip(1).take(4) {
            let cand = dir.join("lib");
            if cand.join("cinder_lib_marker.py").is_file() {
                return Some(cand);
            }
        }
    }
    let built = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../lib");
    built
        .join("cinder_lib_marker.py")
        .is_file()
        .then_some(built)
}
