//! The `sys` module.

use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{dictops, PyResult, Vm};

/// `sys.stdout` when a program replaced it with its own object.
pub fn stdout_target(vm: &mut Vm) -> Option<Value> {
    let sys = vm.sys_module.downcast::<ModuleData>()?.dict.clone();
    let k = vm.intern("stdout");
    let v = dictops::get_str_key(&sys, &k)?;
    if is_std_stream(vm, &v, "stdout") {
        None
    } else {
        Some(v)
    }
}

/// Whether `v` is the runtime's own `sys.<name>` stream object.
pub fn is_std_stream(vm: &mut Vm, v: &Value, name: &str) -> bool {
    let k = vm.intern(&format!("__{name}__"));
    let Some(sys) = vm
        .sys_module
        .downcast::<ModuleData>()
        .map(|m| m.dict.clone())
    else {
        return false;
    };
    dictops::get_str_key(&sys, &k).is_some_and(|s| s.is(v))
}

fn exit(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    // sys.exit(None) raises SystemExit() with no arguments, as CPython.
    let args: Vec<Value> = a.pos().iter().filter(|v| !v.is_none()).cloned().collect();
    Err(crate::vm::PyErr::new(crate::vm::errors::new_exception(
        &super::exc::SYSTEM_EXIT,
        args,
    )))
}

fn getrecursionlimit(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(new_int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let n =
        a.pos().first().cloned().ok_or_else(|| {
            vm.type_error("setrecursionlimit() takes exactly one argument (0 given)")
        })?;
    if !is_int(&n) {
        return Err(vm.type_error("an integer is required"));
    }
    let n = vm.index_isize(&n)?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.depth {
        return Err(vm.new_error(
            &super::exc::RECURSION_ERROR,
            format!("cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low", vm.depth),
        ));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::none())
}

fn exc_info(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    let h = vm.handled.clone();
    if h.is_null() || h.is_none() {
        return Ok(new_tuple(vec![Value::none(), Value::none(), Value::none()]));
    }
    let tb = h
        .downcast::<ExceptionData>()
        .map(|d| d.traceback.get())
        .unwrap_or(Value::NULL);
    Ok(new_tuple(vec![
        h.ty().to_value(),
        h.clone(),
        if tb.is_null() { Value::none() } else { tb },
    ]))
}

/// `sys._getframe([depth])`: frame objects for the running Python frames.
fn getframe(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let depth = match a.pos().first() {
        Some(d) => vm.index_isize(d)?,
        None => 0,
    };
    let n = vm.frames.len() as isize;
    if depth < 0 || depth >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    // Build the chain from the outermost frame inwards so f_back links up.
    let mut back = Value::none();
    let target = (n - 1 - depth) as usize;
    for i in 0..=target {
        back = frame_object(vm, i, back)?;
    }
    Ok(back)
}

/// A frame object for `vm.frames[i]`.
pub fn frame_object(vm: &mut Vm, i: usize, back: Value) -> PyResult<Value> {
    let (code, globals, locals, base, pc) = {
        let f = &vm.frames[i];
        (
            f.code.clone(),
            f.globals.clone(),
            f.locals.clone(),
            f.base,
            f.pc,
        )
    };
    let cd = code.downcast::<CodeData>().expect("code");
    let lineno = cd.code.line_at(pc.saturating_sub(1));
    let locals = if !locals.is_null() {
        locals
    } else {
        let d = new_dict();
        let nv = cd.code.varnames.len();
        for (j, name) in cd.varnames.iter().enumerate() {
            let v = &vm.stack[base + j];
            if !v.is_null() {
                dictops::set_str(&d, name.clone(), v.clone());
            }
        }
        for (j, name) in cd.cell_names.iter().enumerate() {
            if let Some(c) = vm.stack[base + nv + j].downcast::<CellData>() {
                let v = c.value.get();
                if !v.is_null() {
                    dictops::set_str(&d, name.clone(), v);
                }
            }
        }
        d
    };
    Ok(alloc(
        &FRAME_TYPE,
        FrameData {
            code,
            globals,
            locals,
            lineno,
            back,
        },
    ))
}

fn getrefcount(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(new_int(a.pos()[0].refcount() as i64))
}

fn getsizeof(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = &a.pos()[0];
    let header = std::mem::size_of::<ObjHeader>() as i64;
    let n = match v.ty().layout {
        Layout::Str => header + 33 + v.as_str().map_or(0, |s| s.len() as i64),
        Layout::List | Layout::Tuple => header + 24 + 8 * vm.len(v)? as i64,
        Layout::Dict => header + 200 + 24 * vm.len(v)? as i64,
        _ => header + 16,
    };
    Ok(new_int(n))
}

fn intern(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = a
        .pos()
        .first()
        .and_then(|v| v.as_str().map(str::to_string))
        .ok_or_else(|| vm.type_error("intern() argument must be str"))?;
    Ok(vm.intern(&s))
}

fn stream_write(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let s = p
        .get(1)
        .and_then(|v| v.as_str().map(str::to_string))
        .ok_or_else(|| vm.type_error("write() argument must be str"))?;
    let is_err = is_std_stream(vm, &p[0], "stderr");
    if is_err {
        vm.write_err(&s);
    } else {
        vm.write_out(&s);
    }
    Ok(new_int(s.chars().count() as i64))
}

fn stream_flush(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    vm.flush_std();
    Ok(Value::none())
}

fn stdin_readline(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    vm.flush_std();
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
    Ok(new_string(line))
}

fn stdin_read(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    use std::io::Read;
    vm.flush_std();
    let mut s = String::new();
    let _ = std::io::stdin().read_to_string(&mut s);
    Ok(new_string(s))
}

fn displayhook(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = a.pos().first().cloned().unwrap_or_else(Value::none);
    vm.display_hook(&v)?;
    Ok(Value::none())
}

fn stream_isatty(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    use std::io::IsTerminal;
    let s = &a.pos()[0];
    let tty = if is_std_stream(vm, s, "stderr") {
        std::io::stderr().is_terminal()
    } else if is_std_stream(vm, s, "stdin") {
        std::io::stdin().is_terminal()
    } else {
        std::io::stdout().is_terminal()
    };
    Ok(Value::bool(tty))
}

fn stream_fileno(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = &a.pos()[0];
    let fd = if is_std_stream(vm, s, "stderr") {
        2
    } else if is_std_stream(vm, s, "stdin") {
        0
    } else {
        1
    };
    Ok(Value::small_int(fd))
}

fn stream_true(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::bool(true))
}

/// A standard stream object (`sys.stdout`, `sys.stderr`, `sys.stdin`):
/// an instance of the `TextIOWrapper` type whose methods use the runtime's
/// own buffered streams.
fn make_stream(vm: &mut Vm, name: &str) -> Value {
    let d = new_dict();
    let ns = vm.intern("name");
    dictops::set_str(&d, ns, new_string(format!("<{name}>")));
    let enc = vm.intern("encoding");
    dictops::set_str(&d, enc, new_str("utf-8"));
    let mode = vm.intern("mode");
    dictops::set_str(&d, mode, new_str(if name == "stdin" { "r" } else { "w" }));
    alloc(
        &TEXT_STREAM_TYPE,
        InstanceData {
            dict: Slot::new(d),
            slots: Box::new([]),
        },
    )
}

fn init_stream_type() {
    TEXT_STREAM_TYPE.dict_offset.set(
        std::mem::offset_of!(PyObj<InstanceData>, data) + std::mem::offset_of!(InstanceData, dict),
    );
    crate::builtins::add_methods(
        &TEXT_STREAM_TYPE,
        &[
            ("write", stream_write),
            ("flush", stream_flush),
            ("readline", stdin_readline),
            ("read", stdin_read),
            ("isatty", stream_isatty),
            ("fileno", stream_fileno),
            ("writable", stream_true),
            ("readable", stream_true),
        ],
    );
}

pub fn init(vm: &mut Vm) {
    static STREAM_TYPE_READY: std::sync::Once = std::sync::Once::new();
    STREAM_TYPE_READY.call_once(init_stream_type);
    let d = new_dict();
    let fns: &[(&'static str, NativeFn)] = &[
        ("exit", exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("exc_info", exc_info),
        ("getrefcount", getrefcount),
        ("_getframe", getframe),
        ("getsizeof", getsizeof),
        ("intern", intern),
        ("displayhook", displayhook),
        (
            "set_asyncgen_hooks",
            crate::builtins::coro::set_asyncgen_hooks,
        ),
        (
            "get_asyncgen_hooks",
            crate::builtins::coro::get_asyncgen_hooks,
        ),
    ];
    for (n, f) in fns {
        let k = vm.intern(n);
        dictops::set_str(&d, k, new_builtin(n, *f));
    }
    let set = |vm: &mut Vm, k: &str, v: Value| {
        let kk = vm.intern(k);
        dictops::set_str(&d, kk, v);
    };
    set(vm, "maxsize", new_int(i64::MAX));
    set(
        vm,
        "byteorder",
        new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set(
        vm,
        "platform",
        new_str(if cfg!(target_os = "linux") {
            "linux"
        } else if cfg!(windows) {
            "win32"
        } else {
            "darwin"
        }),
    );
    set(vm, "version", new_str("3.8.18 (cinder-rs 0.1.0)"));
    set(
        vm,
        "version_info",
        new_tuple(vec![
            Value::small_int(3),
            Value::small_int(8),
            Value::small_int(18),
            new_str("final"),
            Value::small_int(0),
        ]),
    );
    set(vm, "hexversion", new_int(0x030812f0));
    set(vm, "maxunicode", new_int(0x10ffff));
    set(vm, "modules", vm.modules.clone());
    set(
        vm,
        "builtin_module_names",
        new_tuple(crate::modules::names().into_iter().map(new_str).collect()),
    );
    set(vm, "dont_write_bytecode", Value::bool(true));
    // The running binary, absolute (empty when the OS cannot tell, as CPython).
    let exe = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    set(vm, "executable", new_string(exe.clone()));
    set(vm, "_base_executable", new_string(exe));
    let impl_d = new_dict();
    let name_k = vm.intern("name");
    dictops::set_str(&impl_d, name_k, new_str("cinder"));
    let implementation = crate::builtins::new_module(vm, "implementation", impl_d);
    set(vm, "implementation", implementation);
    for s in ["stdout", "stderr", "stdin"] {
        let st = make_stream(vm, s);
        set(vm, s, st.clone());
        set(vm, &format!("__{s}__"), st);
    }
    let m = crate::builtins::new_module(vm, "sys", d);
    vm.sys_module = m.clone();
    let mods = vm.modules.clone();
    dictops::set_str(&mods, new_str("sys"), m);
}

/// Refreshes `sys.argv` and `sys.path` from the VM's configuration.
pub fn sync_config(vm: &mut Vm) {
    let Some(d) = vm
        .sys_module
        .downcast::<ModuleData>()
        .map(|m| m.dict.clone())
    else {
        return;
    };
    let argv = new_list(vm.argv.iter().map(|s| new_str(s)).collect());
    let path = new_list(vm.path.iter().map(|s| new_str(s)).collect());
    let k = vm.intern("argv");
    dictops::set_str(&d, k, argv);
    let k = vm.intern("path");
    dictops::set_str(&d, k, path);
    let xo = new_dict();
    for (k, v) in vm.xoptions.clone() {
        let val = match v {
            Some(s) => new_string(s),
            None => Value::bool(true),
        };
        dictops::set_str(&xo, new_string(k), val);
    }
    let k = vm.intern("_xoptions");
    dictops::set_str(&d, k, xo);
}
