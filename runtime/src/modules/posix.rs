//! The `posix` module: the operating-system services behind `os` (working
//! directory, directory listings, file creation and removal, `stat`, the
//! environment, process ids, random bytes) on top of `std::fs`, `std::env`
//! and the C library, with CPython 3.8's results and `OSError` subclasses.
//!
//! `stat_result` and the `scandir` iterator with its `DirEntry` objects are
//! small Python classes defined at module creation (see [`POSIX_SRC`]) over
//! tuples the native functions return.

use std::cell::RefCell;
use std::ffi::{CString, OsStr, OsString};
use std::io::Read;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::PathBuf;

use crate::builtins::exc;
use crate::builtins::file::os_error;
use crate::compile::Mode;
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{PyErr, PyResult, Vm};

use super::{add_fn, add_value};

thread_local! {
    /// The `stat_result` class of this thread's `posix` module.
    static STAT_RESULT: RefCell<Option<Value>> = const { RefCell::new(None) };
}

const POSIX_SRC: &str = r#"
class stat_result(tuple):
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
              'st_size')
    _extra = ('st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns',
              'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev')

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 10:
            raise TypeError('os.stat_result() takes an at least 10-sequence (%d-sequence given)' % n)
        if n > 19:
            raise TypeError('os.stat_result() takes an at most 19-sequence (%d-sequence given)' % n)
        self = tuple.__new__(cls, seq[:10])
        extra = list(seq[10:]) + [None] * (19 - n)
        d = self.__dict__
        for i, k in enumerate(cls._extra):
            d[k] = extra[i]
        for i, k in enumerate(('st_atime', 'st_mtime', 'st_ctime')):
            if d[k] is None:
                d[k] = seq[7 + i]
        return self

    def __repr__(self):
        names = self._names + ('st_atime', 'st_mtime', 'st_ctime')
        fields = ', '.join('%s=%r' % (k, v) for k, v in zip(names, self))
        return 'os.stat_result(%s)' % fields

    def __reduce__(self):
        return (stat_result, (tuple(self), dict(self.__dict__)))

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

for _i, _n in enumerate(stat_result._names):
    setattr(stat_result, _n, property(lambda self, _i=_i: tuple.__getitem__(self, _i)))
del _i, _n
stat_result.__module__ = 'os'


class DirEntry:
    def __init__(self, name, path, kind):
        self.name = name
        self.path = path
        self._kind = kind
        self._stat = None
        self._lstat = None

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == 'l' and follow_symlinks:
            try:
                return (self.stat().st_mode & 0o170000) == 0o040000
            except OSError:
                return False
        return self._kind == 'd'

    def is_file(self, *, follow_symlinks=True):
        if self._kind == 'l' and follow_symlinks:
            try:
                return (self.stat().st_mode & 0o170000) == 0o100000
            except OSError:
                return False
        return self._kind == 'f'

    def is_symlink(self):
        return self._kind == 'l'

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return lstat(self.path).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

DirEntry.__module__ = 'posix'


class ScandirIterator:
    def __init__(self, entries):
        self._entries = entries
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._pos >= len(self._entries):
            raise StopIteration
        e = self._entries[self._pos]
        self._pos += 1
        return e

    def close(self):
        self._pos = len(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
        return False


def scandir(path='.'):
    return ScandirIterator([DirEntry(n, p, k) for n, p, k in _scandir_entries(path)])
"#;

// ---------------------------------------------------------------------------
// Argument handling.

/// Binds positional and keyword arguments to `names` (the first `required`
/// must be given), with CPython's messages.
fn bind<'a>(
    vm: &mut Vm,
    a: &Args<'a>,
    fname: &str,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let p = a.pos();
    if p.len() > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            p.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in p.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        let k = k.as_str().unwrap_or("");
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    for (i, v) in out.iter().enumerate().take(required) {
        if v.is_none() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// A path argument: the file-system path, whether it was given as bytes,
/// and its text for error messages.
struct PathArg {
    path: PathBuf,
    bytes: bool,
    shown: String,
}

fn path_arg(vm: &mut Vm, v: &Value, fname: &str, arg: &str) -> PyResult<PathArg> {
    let mut v = v.clone();
    if v.as_str().is_none() && crate::builtins::bytes::bytes_of(&v).is_none() {
        if let Some(m) = vm.lookup_special(&v, "__fspath__") {
            let r = vm.call_method_obj(&m, &v, &[])?;
            if r.as_str().is_none() && crate::builtins::bytes::bytes_of(&r).is_none() {
                return Err(vm.type_error(format!(
                    "expected {}.__fspath__() to return str or bytes, not {}",
                    v.ty().name(),
                    r.ty().name()
                )));
            }
            v = r;
        }
    }
    let (raw, bytes) = if let Some(s) = v.as_str() {
        (s.as_bytes().to_vec(), false)
    } else if let Some(b) = crate::builtins::bytes::bytes_of(&v) {
        (b, true)
    } else {
        return Err(vm.type_error(format!(
            "{fname}: {arg} should be string, bytes or os.PathLike, not {}",
            v.ty().name()
        )));
    };
    if raw.contains(&0) {
        return Err(vm.value_error(format!("{fname}: embedded null character in {arg}")));
    }
    let shown = String::from_utf8_lossy(&raw).into_owned();
    Ok(PathArg {
        path: PathBuf::from(OsString::from_vec(raw)),
        bytes,
        shown,
    })
}

/// A name from the file system as str, or bytes when the caller passed bytes.
fn os_name(s: &OsStr, bytes: bool) -> Value {
    if bytes {
        new_bytes(s.as_bytes().to_vec())
    } else {
        new_string(s.to_string_lossy().into_owned())
    }
}

fn int_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<i64> {
    if float_of(v).is_some() {
        return Err(vm.type_error("integer argument expected, got float"));
    }
    int_as_i64(v).ok_or_else(|| {
        vm.type_error(format!(
            "{fname}: an integer is required (got type {})",
            v.ty().name()
        ))
    })
}

fn str_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!(
            "{fname}() argument must be str, not {}",
            v.ty().name()
        ))),
    }
}

/// The C library's message for an errno value.
fn strerror_text(code: i32) -> String {
    let s = std::io::Error::from_raw_os_error(code).to_string();
    s.split(" (os error").next().unwrap_or(&s).to_string()
}

/// An `OSError` naming two files (`rename`, `replace`, `symlink`, `link`).
fn os_error2(vm: &mut Vm, e: &std::io::Error, f1: &str, f2: &str) -> PyErr {
    let Some(code) = e.raw_os_error() else {
        return os_error(vm, e, f1);
    };
    let args = vec![
        new_int(code as i64),
        new_string(strerror_text(code)),
        new_str(f1),
        Value::none(),
        new_str(f2),
    ];
    match vm.call(&exc::OS_ERROR.to_value(), &args, &[]) {
        Ok(v) => PyErr::new(v),
        Err(err) => err,
    }
}

fn c_path(p: &PathArg) -> Option<CString> {
    CString::new(p.path.as_os_str().as_bytes()).ok()
}

// ---------------------------------------------------------------------------
// Directories.

fn p_getcwd(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bind(vm, &a, "getcwd", &[], 0)?;
    let d = std::env::current_dir().map_err(|e| os_error(vm, &e, ""))?;
    Ok(os_name(d.as_os_str(), false))
}

fn p_getcwdb(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bind(vm, &a, "getcwdb", &[], 0)?;
    let d = std::env::current_dir().map_err(|e| os_error(vm, &e, ""))?;
    Ok(os_name(d.as_os_str(), true))
}

fn p_chdir(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = bind(vm, &a, "chdir", &["path"], 1)?;
    let p = path_arg(vm, b[0].as_ref().unwrap_or(&Value::none()), "chdir", "path")?;
    std::env::set_current_dir(&p.path).map_err(|e| os_error(vm, &e, &p.shown))?;
    Ok(Value::none())
}

fn p_listdir(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = bind(vm, &a, "listdir", &["path"], 0)?;
    let p = match b[0].as_ref().filter(|v| !v.is_none()) {
        Some(v) => path_arg(vm, v, "listdir", "path")?,
        None => PathArg {
            path: PathBuf::from("."),
            bytes: false,
            shown: ".".into(),
        },
    };
    let rd = std::fs::read_dir(&p.path).map_err(|e| os_error(vm, &e, &p.shown))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| os_error(vm, &e, &p.shown))?;
        out.push(os_name(&ent.file_name(), p.bytes));
    }
    Ok(new_list(out))
}

/// `(name, path, kind)` for each entry, kind being 'd', 'f', 'l' or 'o'.
fn p_scandir_entries(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = bind(vm, &a, "scandir", &["path"], 0)?;
    let p = match b[0].as_ref().filter(|v| !v.is_none()) {
        Some(v) => path_arg(vm, v, "scandir", "path")?,
        None => PathArg {
            path: PathBuf::from("."),
            bytes: false,
            shown: ".".into(),
        },
    };
    let rd = std::fs::read_dir(&p.path).map_err(|e| os_error(vm, &e, &p.shown))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| os_error(vm, &e, &p.shown))?;
        let kind = match ent.file_type() {
            Ok(t) if t.is_symlink() => "l",
            Ok(t) if t.is_dir() => "d",
            Ok(t) if t.is_file() => "f",
            _ => "o",
        };
        let name = ent.file_name();
        let mut full = p.path.as_os_str().as_bytes().to_vec();
        if !full.is_empty() && !full.ends_with(b"/") {
            full.push(b'/');
        }
        full.extend_from_slice(name.as_bytes());
        out.push(new_tuple(vec![
            os_name(&name, p.bytes),
            os_name(OsStr::from_bytes(&full), p.bytes),
            new_str(kind),
        ]));
    }
    Ok(new_list(out))
}

fn p_mkdir(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = bind(vm, &a, "mkdir", &["path", "mode"], 1)?;
    let p = path_arg(vm, b[0].as_ref().unwrap_or(&Value::none()), "mkdir", "path")?;
    let mode = match &b[1] {
        Some(m) => int_arg(vm, m, "mkdir")?,
        None => 0o777,
    };
    std::fs::DirBuilder::new()
        .mode((mode & 0o7777) as u32)
        .create(&p.path)
        .map_err(|e| os_error(vm, &e, &p.shown))?;
    Ok(Value::none())
}

/// A function of one path returning nothing.
macro_rules! path_op {
    ($f:ident, $name:literal, $op:expr) => {
        fn $f(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            let b = bind(vm, &a, $name, &["path"], 1)?;
            let p = path_arg(vm, b[0].as_ref().unwrap_or(&Value::none()), $name, "path")?;
            $op(&p.path).map_err(|e| os_error(vm, &e, &p.shown))?;
            Ok(Value::none())
        }
    };
}

path_op!(p_rmdir, "rmdir", std::fs::remove_dir);
path_op!(p_remove, "remove", std::fs::remove_file);
path_op!(p_unlink, "unlink", std::fs::remove_file);

/// A function of two paths returning nothing.
macro_rules! two_path_op {
    ($f:ident, $name:literal, $a1:literal, $a2:literal, $op:expr) => {
        fn $f(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            let b = bind(vm, &a, $name, &[$a1, $a2], 2)?;
            let none = Value::none();
            let s = path_arg(vm, b[0].as_ref().unwrap_or(&none), $name, $a1)?;
            let d = path_arg(vm, b[1].as_ref().unwrap_or(&none), $name, $a2)?;
            $op(&s.path, &d.path).map_err(|e| os_error2(vm, &e, &s.shown, &d.shown))?;
            Ok(Value::none())
        }
    };
}

two_path_op!(p_rename, "rename", "src", "dst", std::fs::rename);
two_path_op!(p_replace, "replace", "src", "dst", std::fs::rename);
two_path_op!(p_link, "link", "src", "dst", std::fs::hard_link);
two_path_op!(
    p_symlink,
    "symlink",
    "src",
    "dst",
    std::os::unix::fs::symlink
);

fn p_readlink(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = bind(vm, &a, "readlink", &["path"], 1)?;
    let p = path_arg(
        vm,
        b[0].as_ref().unwrap_or(&Value::none()),
        "readlink",
        "path",
    )?;
    let t = std::fs::read_link(&p.path).map_err(|e| os_error(vm, &e, &p.shown))?;
    Ok(os_name(t.as_os_str(), p.bytes))
}

fn p_chmod(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = bind(vm, &a, "chmod", &["path", "mode"], 2)?;
    let p = path_arg(vm, b[0].as_ref().unwrap_or(&Value::none()), "chmod", "path")?;
    let mode = int_arg(vm, b[1].as_ref().unwrap_or(&Value::none()), "chmod")?;
    let perms = std::fs::Permissions::from_mode((mode & 0o7777) as u32);
    std::fs::set_permissions(&p.path, perms).map_err(|e| os_error(vm, &e, &p.shown))?;
    Ok(Value::none())
}

fn p_umask(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = bind(vm, &a, "umask", &["mask"], 1)?;
    let m = int_arg(vm, b[0].as_ref().unwrap_or(&Value::none()), "umask")?;
    // SAFETY: umask only swaps the process's file-creation mask.
    let old = unsafe { libc::umask((m & 0o777) as libc::mode_t) };
    Ok(new_int(old as i64))
}

// ---------------------------------------------------------------------------
// stat.

fn stat_impl(vm: &mut Vm, a: Args<'_>, fname: &str, follow_default: bool) -> PyResult<Value> {
    let b = bind(vm, &a, fname, &["path", "dir_fd", "follow_symlinks"], 1)?;
    let p = path_arg(vm, b[0].as_ref().unwrap_or(&Value::none()), fname, "path")?;
    if b[1].as_ref().is_some_and(|v| !v.is_none()) {
        return Err(vm.new_error(
            &exc::NOT_IMPLEMENTED_ERROR,
            "dir_fd unavailable on this platform",
        ));
    }
    let follow = match &b[2] {
        Some(v) => vm.truthy(v)?,
        None => follow_default,
    };
    let md = if follow {
        std::fs::metadata(&p.path)
    } else {
        std::fs::symlink_metadata(&p.path)
    }
    .map_err(|e| os_error(vm, &e, &p.shown))?;
    let ns = |s: i64, n: i64| {
        new_bigint(num_bigint::BigInt::from(
            s as i128 * 1_000_000_000 + n as i128,
        ))
    };
    let fl = |s: i64, n: i64| new_float(s as f64 + n as f64 * 1e-9);
    let fields = vec![
        new_int(md.mode() as i64),
        new_bigint(num_bigint::BigInt::from(md.ino())),
        new_bigint(num_bigint::BigInt::from(md.dev())),
        new_int(md.nlink() as i64),
        new_int(md.uid() as i64),
        new_int(md.gid() as i64),
        new_int(md.size() as i64),
        new_int(md.atime()),
        new_int(md.mtime()),
        new_int(md.ctime()),
        fl(md.atime(), md.atime_nsec()),
        fl(md.mtime(), md.mtime_nsec()),
        fl(md.ctime(), md.ctime_nsec()),
        ns(md.atime(), md.atime_nsec()),
        ns(md.mtime(), md.mtime_nsec()),
        ns(md.ctime(), md.ctime_nsec()),
        new_int(md.blksize() as i64),
        new_int(md.blocks() as i64),
        new_bigint(num_bigint::BigInt::from(md.rdev())),
    ];
    let Some(cls) = STAT_RESULT.with(|c| c.borrow().clone()) else {
        return Ok(new_tuple(fields));
    };
    vm.call(&cls, &[new_tuple(fields)], &[])
}

fn p_stat(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    stat_impl(vm, a, "stat", true)
}

fn p_lstat(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    stat_impl(vm, a, "lstat", false)
}

fn p_access(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = bind(vm, &a, "access", &["path", "mode"], 2)?;
    let p = path_arg(
        vm,
        b[0].as_ref().unwrap_or(&Value::none()),
        "access",
        "path",
    )?;
    let mode = int_arg(vm, b[1].as_ref().unwrap_or(&Value::none()), "access")?;
    let Some(c) = c_path(&p) else {
        return Ok(Value::bool(false));
    };
    // SAFETY: `c` is a NUL-terminated path that outlives the call.
    let rc = unsafe { libc::access(c.as_ptr(), mode as libc::c_int) };
    Ok(Value::bool(rc == 0))
}

// ---------------------------------------------------------------------------
// Processes, terminals, randomness.

fn p_getpid(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bind(vm, &a, "getpid", &[], 0)?;
    Ok(new_int(std::process::id() as i64))
}

fn p_getppid(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bind(vm, &a, "getppid", &[], 0)?;
    // SAFETY: getppid has no preconditions.
    Ok(new_int(unsafe { libc::getppid() } as i64))
}

fn p_getuid(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bind(vm, &a, "getuid", &[], 0)?;
    // SAFETY: getuid has no preconditions.
    Ok(new_int(unsafe { libc::getuid() } as i64))
}

fn p_isatty(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = bind(vm, &a, "isatty", &["fd"], 1)?;
    let fd = int_arg(vm, b[0].as_ref().unwrap_or(&Value::none()), "isatty")?;
    let Ok(fd) = libc::c_int::try_from(fd) else {
        return Err(vm.overflow_error("fd is greater than maximum"));
    };
    // SAFETY: isatty only inspects the descriptor number.
    Ok(Value::bool(unsafe { libc::isatty(fd) } == 1))
}

fn p_cpu_count(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bind(vm, &a, "cpu_count", &[], 0)?;
    // SAFETY: sysconf only reads system configuration.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 {
        Value::none()
    } else {
        new_int(n as i64)
    })
}

fn p_urandom(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = bind(vm, &a, "urandom", &["size"], 1)?;
    let n = int_arg(vm, b[0].as_ref().unwrap_or(&Value::none()), "urandom")?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let mut f =
        std::fs::File::open("/dev/urandom").map_err(|e| os_error(vm, &e, "/dev/urandom"))?;
    f.read_exact(&mut buf)
        .map_err(|e| os_error(vm, &e, "/dev/urandom"))?;
    Ok(new_bytes(buf))
}

fn p_strerror(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = bind(vm, &a, "strerror", &["code"], 1)?;
    let code = int_arg(vm, b[0].as_ref().unwrap_or(&Value::none()), "strerror")?;
    let Ok(code) = i32::try_from(code) else {
        return Err(vm.overflow_error("signed integer is greater than maximum"));
    };
    Ok(new_string(strerror_text(code)))
}

// ---------------------------------------------------------------------------
// The environment.

fn env_check(vm: &mut Vm, fname: &str, s: &str, is_key: bool) -> PyResult<()> {
    if s.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    if is_key && (s.is_empty() || s.contains('=')) {
        let _ = fname;
        return Err(vm.value_error("illegal environment variable name"));
    }
    Ok(())
}

fn p_putenv(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = bind(vm, &a, "putenv", &["name", "value"], 2)?;
    let none = Value::none();
    let k = str_arg(vm, b[0].as_ref().unwrap_or(&none), "putenv")?;
    let v = str_arg(vm, b[1].as_ref().unwrap_or(&none), "putenv")?;
    env_check(vm, "putenv", &k, true)?;
    env_check(vm, "putenv", &v, false)?;
    std::env::set_var(&k, &v);
    Ok(Value::none())
}

fn p_unsetenv(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = bind(vm, &a, "unsetenv", &["name"], 1)?;
    let k = str_arg(vm, b[0].as_ref().unwrap_or(&Value::none()), "unsetenv")?;
    env_check(vm, "unsetenv", &k, true)?;
    std::env::remove_var(&k);
    Ok(Value::none())
}

fn environ_dict() -> Value {
    let d = new_dict();
    for (k, v) in std::env::vars_os() {
        let k = new_string(k.to_string_lossy().into_owned());
        let v = new_string(v.to_string_lossy().into_owned());
        crate::vm::dictops::set_str(&d, k, v);
    }
    d
}

pub fn init(vm: &mut Vm, d: &Value) -> PyResult<()> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("getcwd", p_getcwd),
        ("getcwdb", p_getcwdb),
        ("chdir", p_chdir),
        ("listdir", p_listdir),
        ("_scandir_entries", p_scandir_entries),
        ("mkdir", p_mkdir),
        ("rmdir", p_rmdir),
        ("remove", p_remove),
        ("unlink", p_unlink),
        ("rename", p_rename),
        ("replace", p_replace),
        ("link", p_link),
        ("symlink", p_symlink),
        ("readlink", p_readlink),
        ("chmod", p_chmod),
        ("umask", p_umask),
        ("stat", p_stat),
        ("lstat", p_lstat),
        ("access", p_access),
        ("getpid", p_getpid),
        ("getppid", p_getppid),
        ("getuid", p_getuid),
        ("isatty", p_isatty),
        ("cpu_count", p_cpu_count),
        ("urandom", p_urandom),
        ("strerror", p_strerror),
        ("putenv", p_putenv),
        ("unsetenv", p_unsetenv),
    ];
    for &(name, f) in fns {
        add_fn(vm, d, name, f);
    }
    for (name, v) in [
        ("F_OK", libc::F_OK),
        ("R_OK", libc::R_OK),
        ("W_OK", libc::W_OK),
        ("X_OK", libc::X_OK),
    ] {
        add_value(vm, d, name, new_int(v as i64));
    }
    add_value(vm, d, "environ", environ_dict());
    add_value(vm, d, "sep", new_str("/"));
    add_value(vm, d, "linesep", new_str("\n"));
    vm.exec_source(POSIX_SRC, "<posix>", Mode::Exec, d)?;
    let k = vm.intern("stat_result");
    let cls = crate::vm::dictops::get_str_key(d, &k);
    STAT_RESULT.with(|c| *c.borrow_mut() = cls);
    Ok(())
}
