//! `open()` and file objects: text (UTF-8, universal newlines on read) and
//! binary files for reading, writing, appending and exclusive creation.
//!
//! Read-and-write (`+`) modes come with the `io` module; `open` says so.

use std::cell::UnsafeCell;
use std::io::{Read, Write};

use crate::builtins::exc;
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{PyErr, PyResult, Vm};

pub struct FileData {
    pub state: UnsafeCell<FileState>,
}

impl Payload for FileData {
    const LAYOUT: Layout = Layout::File;
}

pub struct FileState {
    name: String,
    mode: String,
    binary: bool,
    writer: Option<std::io::BufWriter<std::fs::File>>,
    /// Read mode: the whole content, read on open, and the read position.
    content: Vec<u8>,
    pos: usize,
    readable: bool,
    closed: bool,
}

impl FileData {
    #[allow(clippy::mut_from_ref)]
    fn state(&self) -> &mut FileState {
        // SAFETY: single-threaded; borrows end before any Python code runs.
        unsafe { &mut *self.state.get() }
    }
}

/// OSError subclass for an I/O error on `filename`, as CPython words it.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, filename: &str) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0) as i64;
    let msg = match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        std::io::ErrorKind::AlreadyExists => "File exists".to_string(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    };
    let args = vec![new_int(errno), new_string(msg), new_str(filename)];
    match vm.call(&exc::OS_ERROR.to_value(), &args, &[]) {
        Ok(v) => PyErr::new(v),
        Err(err) => err,
    }
}

fn open(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let kw = |name: &str| {
        a.kwnames
            .iter()
            .position(|k| k.as_str() == Some(name))
            .map(|i| a.kwvalues()[i].clone())
    };
    let file = p
        .first()
        .cloned()
        .or_else(|| kw("file"))
        .ok_or_else(|| vm.type_error("open() missing required argument 'file' (pos 1)"))?;
    let mode_v = p.get(1).cloned().or_else(|| kw("mode"));
    let mode = match &mode_v {
        Some(m) => m
            .as_str()
            .ok_or_else(|| {
                vm.type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    m.ty().name()
                ))
            })?
            .to_string(),
        None => "r".to_string(),
    };
    let encoding = p
        .get(3)
        .cloned()
        .or_else(|| kw("encoding"))
        .filter(|e| !e.is_none());
    let name = match file.as_str() {
        Some(s) => s.to_string(),
        None => match super::bytes::bytes_of(&file) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => {
                return Err(vm.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    file.ty().name()
                )))
            }
        },
    };
    let binary = mode.contains('b');
    if mode.contains('+') {
        return Err(vm.value_error(format!(
            "open() mode '{mode}' (read and write) needs the io module, which this runtime does not have yet"
        )));
    }
    let kinds = mode.chars().filter(|c| "rwax".contains(*c)).count();
    if kinds != 1 || mode.chars().any(|c| !"rwaxbt".contains(c)) || (binary && mode.contains('t')) {
        return Err(vm.value_error(format!("invalid mode: '{mode}'")));
    }
    if binary && encoding.is_some() {
        return Err(vm.value_error("binary mode doesn't take an encoding argument"));
    }
    if let Some(e) = &encoding {
        let e = e.as_str().unwrap_or("").to_lowercase().replace('_', "-");
        if !matches!(e.as_str(), "utf-8" | "utf8") {
            return Err(vm.new_error(
                &exc::LOOKUP_ERROR,
                format!("open(): encoding '{e}' is not supported yet (only UTF-8)"),
            ));
        }
    }
    let mut state = FileState {
        name: name.clone(),
        mode: mode.clone(),
        binary,
        writer: None,
        content: Vec::new(),
        pos: 0,
        readable: false,
        closed: false,
    };
    if mode.contains('r') {
        let mut f = std::fs::File::open(&name).map_err(|e| os_error(vm, &e, &name))?;
        if f.metadata().is_ok_and(|m| m.is_dir()) {
            let e = std::io::Error::from_raw_os_error(21);
            return Err(os_error(vm, &e, &name));
        }
        f.read_to_end(&mut state.content)
            .map_err(|e| os_error(vm, &e, &name))?;
        if !binary {
            let text = match String::from_utf8(std::mem::take(&mut state.content)) {
                Ok(t) => t,
                Err(e) => {
                    let pos = e.utf8_error().valid_up_to();
                    let byte = e.as_bytes().get(pos).copied().unwrap_or(0);
                    return Err(vm.new_error(
                        &exc::UNICODE_DECODE_ERROR,
                        format!("'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: invalid start byte"),
                    ));
                }
            };
            // Universal newlines: \r\n and \r become \n.
            state.content = text.replace("\r\n", "\n").replace('\r', "\n").into_bytes();
        }
        state.readable = true;
    } else {
        let mut opts = std::fs::OpenOptions::new();
        match mode.chars().find(|c| "wax".contains(*c)) {
            Some('w') => opts.write(true).create(true).truncate(true),
            Some('a') => opts.append(true).create(true),
            _ => opts.write(true).create_new(true),
        };
        let f = opts.open(&name).map_err(|e| os_error(vm, &e, &name))?;
        state.writer = Some(std::io::BufWriter::new(f));
    }
    let ty: &TypeObject = if binary {
        if state.readable {
            &BUFFERED_READER_TYPE
        } else {
            &BUFFERED_WRITER_TYPE
        }
    } else {
        &TEXT_FILE_TYPE
    };
    Ok(alloc(
        ty,
        FileData {
            state: UnsafeCell::new(state),
        },
    ))
}

fn this<'a>(vm: &mut Vm, a: &'a Args<'_>) -> PyResult<&'a FileData> {
    a.pos()
        .first()
        .and_then(|v| v.downcast::<FileData>())
        .ok_or_else(|| vm.type_error("descriptor requires a file object"))
}

fn check_open(vm: &mut Vm, s: &FileState) -> PyResult<()> {
    if s.closed {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(())
}

fn unsupported(vm: &mut Vm, what: &str) -> PyErr {
    // io.UnsupportedOperation is an OSError and ValueError; OSError here.
    vm.new_error(&exc::OS_ERROR, what)
}

fn make_result(s: &FileState, bytes: &[u8]) -> Value {
    if s.binary {
        new_bytes(bytes.to_vec())
    } else {
        new_string(String::from_utf8_lossy(bytes).into_owned())
    }
}

/// Byte length of the first `n` characters of `bytes` (text mode counts characters).
fn char_span(bytes: &[u8], n: usize) -> usize {
    let s = String::from_utf8_lossy(bytes);
    s.char_indices().nth(n).map_or(bytes.len(), |(i, _)| i)
}

fn read(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    let size = match a.pos().get(1) {
        Some(v) if !v.is_none() => vm.index_isize(v)?,
        _ => -1,
    };
    let s = f.state();
    check_open(vm, s)?;
    if !s.readable {
        return Err(unsupported(vm, "not readable"));
    }
    let rest = &s.content[s.pos..];
    let n = if size < 0 {
        rest.len()
    } else if s.binary {
        (size as usize).min(rest.len())
    } else {
        char_span(rest, size as usize)
    };
    let out = make_result(s, &rest[..n]);
    s.pos += n;
    Ok(out)
}

fn readline_bytes(s: &mut FileState, limit: isize) -> Vec<u8> {
    let rest = &s.content[s.pos..];
    let mut end = rest
        .iter()
        .position(|&c| c == b'\n')
        .map_or(rest.len(), |i| i + 1);
    if limit >= 0 {
        let cap = if s.binary {
            limit as usize
        } else {
            char_span(rest, limit as usize)
        };
        end = end.min(cap);
    }
    let line = rest[..end].to_vec();
    s.pos += end;
    line
}

fn readline(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    let limit = match a.pos().get(1) {
        Some(v) if !v.is_none() => vm.index_isize(v)?,
        _ => -1,
    };
    let s = f.state();
    check_open(vm, s)?;
    if !s.readable {
        return Err(unsupported(vm, "not readable"));
    }
    let line = readline_bytes(s, limit);
    Ok(make_result(s, &line))
}

fn readlines(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    let s = f.state();
    check_open(vm, s)?;
    if !s.readable {
        return Err(unsupported(vm, "not readable"));
    }
    let mut out = Vec::new();
    while s.pos < s.content.len() {
        let line = readline_bytes(s, -1);
        out.push(make_result(s, &line));
    }
    Ok(new_list(out))
}

fn next_line(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    let s = f.state();
    check_open(vm, s)?;
    if !s.readable {
        return Err(unsupported(vm, "not readable"));
    }
    if s.pos >= s.content.len() {
        return Err(vm.stop_iteration(None));
    }
    let line = readline_bytes(s, -1);
    Ok(make_result(s, &line))
}

fn write(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    let data = a
        .pos()
        .get(1)
        .cloned()
        .ok_or_else(|| vm.type_error("write() takes exactly one argument (0 given)"))?;
    let s = f.state();
    check_open(vm, s)?;
    let (bytes, count) = if s.binary {
        match super::bytes::bytes_of(&data) {
            Some(b) => {
                let n = b.len();
                (b, n)
            }
            None => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    data.ty().name()
                )))
            }
        }
    } else {
        match data.as_str() {
            Some(t) => (t.as_bytes().to_vec(), t.chars().count()),
            None => {
                return Err(vm.type_error(format!(
                    "write() argument must be str, not {}",
                    data.ty().name()
                )))
            }
        }
    };
    let name = s.name.clone();
    let Some(w) = s.writer.as_mut() else {
        return Err(unsupported(vm, "not writable"));
    };
    w.write_all(&bytes).map_err(|e| os_error(vm, &e, &name))?;
    Ok(new_int(count as i64))
}

fn writelines(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let lines = a
        .pos()
        .get(1)
        .cloned()
        .ok_or_else(|| vm.type_error("writelines() takes exactly one argument"))?;
    let me = a.pos()[0].clone();
    for line in vm.collect_iterable(&lines)? {
        write(vm, Args::positional(&[me.clone(), line]))?;
    }
    Ok(Value::none())
}

fn flush(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    let s = f.state();
    check_open(vm, s)?;
    let name = s.name.clone();
    if let Some(w) = s.writer.as_mut() {
        w.flush().map_err(|e| os_error(vm, &e, &name))?;
    }
    Ok(Value::none())
}

fn close(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    let s = f.state();
    if s.closed {
        return Ok(Value::none());
    }
    s.closed = true;
    let name = s.name.clone();
    if let Some(mut w) = s.writer.take() {
        w.flush().map_err(|e| os_error(vm, &e, &name))?;
    }
    s.content = Vec::new();
    Ok(Value::none())
}

fn enter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    check_open(vm, f.state())?;
    Ok(a.pos()[0].clone())
}

fn exit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    close(vm, Args::positional(&a.pos()[..1]))?;
    Ok(Value::bool(false))
}

fn iter_self(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    check_open(vm, f.state())?;
    Ok(a.pos()[0].clone())
}

fn tell(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    let s = f.state();
    check_open(vm, s)?;
    Ok(new_int(s.pos as i64))
}

fn seek(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    let target = match a.pos().get(1) {
        Some(v) => vm.index_isize(v)?,
        None => return Err(vm.type_error("seek expected at least 1 argument, got 0")),
    };
    let whence = match a.pos().get(2) {
        Some(v) => vm.index_isize(v)?,
        None => 0,
    };
    let s = f.state();
    check_open(vm, s)?;
    if !s.readable {
        return Err(unsupported(
            vm,
            "seek is only supported on files opened for reading",
        ));
    }
    let base = match whence {
        0 => 0,
        1 => s.pos as isize,
        2 => s.content.len() as isize,
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    let new = (base + target).max(0) as usize;
    s.pos = new.min(s.content.len());
    Ok(new_int(s.pos as i64))
}

fn yes(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::bool(true))
}

fn readable(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    Ok(Value::bool(f.state().readable))
}

fn writable(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    Ok(Value::bool(f.state().writer.is_some()))
}

/// `name`, `mode`, `closed`, `encoding` of a file object.
pub fn file_getattr(_vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(f) = obj.downcast::<FileData>() else {
        return Ok(None);
    };
    let s = f.state();
    Ok(Some(match name {
        "name" => new_str(&s.name),
        "mode" => new_str(&s.mode),
        "closed" => Value::bool(s.closed),
        "encoding" if !s.binary => new_str("UTF-8"),
        _ => return Ok(None),
    }))
}

pub fn file_repr(obj: &Value) -> String {
    let Some(f) = obj.downcast::<FileData>() else {
        return String::new();
    };
    let s = f.state();
    let tyname = obj.ty().name();
    if s.binary {
        format!("<_io.{} name={}>", tyname, crate::format::str_repr(&s.name))
    } else {
        format!(
            "<_io.{} name={} mode={} encoding='UTF-8'>",
            tyname,
            crate::format::str_repr(&s.name),
            crate::format::str_repr(&s.mode)
        )
    }
}

pub static TEXT_FILE_TYPE: TypeObject =
    TypeObject::builtin("TextIOWrapper", Layout::File, dealloc_for::<FileData>(), 0);
pub static BUFFERED_READER_TYPE: TypeObject =
    TypeObject::builtin("BufferedReader", Layout::File, dealloc_for::<FileData>(), 0);
pub static BUFFERED_WRITER_TYPE: TypeObject =
    TypeObject::builtin("BufferedWriter", Layout::File, dealloc_for::<FileData>(), 0);

/// Sets up the file types (once per process, with the other builtin types).
pub fn register_types() {
    for t in [
        &TEXT_FILE_TYPE,
        &BUFFERED_READER_TYPE,
        &BUFFERED_WRITER_TYPE,
    ] {
        super::setup_builtin_static(t);
        crate::vm::dictops::set_str(t.dict(), new_str("__module__"), new_str("_io"));
        super::add_methods(
            t,
            &[
                ("read", read),
                ("readline", readline),
                ("readlines", readlines),
                ("write", write),
                ("writelines", writelines),
                ("flush", flush),
                ("close", close),
                ("__enter__", enter),
                ("__exit__", exit),
                ("__iter__", iter_self),
                ("__next__", next_line),
                ("tell", tell),
                ("seek", seek),
                ("seekable", yes),
                ("readable", readable),
                ("writable", writable),
            ],
        );
    }
}

/// Adds `open` to the builtins namespace.
pub fn register_open(vm: &mut Vm) {
    let k = vm.intern("open");
    crate::vm::dictops::set_str(&vm.builtins.clone(), k, new_builtin("open", open));
}
