//! `open()` and file objects: text and binary files for reading, writing,
//! appending, exclusive creation and update (`+`).
//!
//! Reading modes load the whole file when it is opened: a binary file
//! keeps its bytes, a text file its decoded text (as UTF-8) after newline
//! translation. Write-only modes stream through a buffered writer. Update
//! modes (`r+`, `w+`, `a+`, `x+`) work on the content in memory and write
//! it back on `flush()` and `close()`.
//!
//! Text files take the encodings of [`codecs`](super::codecs) (utf-8,
//! latin-1, ascii, utf-16, utf-32) with its error handlers, and the
//! `newline` argument as CPython documents it. Positions of text files
//! count bytes of the decoded UTF-8 text.

use std::cell::UnsafeCell;
use std::io::{Read, Seek, Write};

use crate::builtins::{codecs, exc};
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
    encoding: String,
    errors: String,
    /// The `newline` argument: None is universal newlines mode.
    newline: Option<String>,
    /// The open file (reading and update modes; kept for `fileno`).
    file: Option<std::fs::File>,
    /// Write-only modes: the buffered file.
    writer: Option<std::io::BufWriter<std::fs::File>>,
    /// Reading and update modes: the content (bytes, or decoded text).
    content: Vec<u8>,
    pos: usize,
    readable: bool,
    writable: bool,
    /// `+` modes: `content` is the whole file, written back when dirty.
    update: bool,
    append: bool,
    dirty: bool,
    closed: bool,
    /// Kinds of line ending in the text (bits: \r, \n, \r\n), reported
    /// once anything has been read (CPython decodes on the first read).
    seen_newlines: u8,
    read_any: bool,
}

impl FileData {
    #[allow(clippy::mut_from_ref)]
    fn state(&self) -> &mut FileState {
        // SAFETY: single-threaded; borrows end before any Python code runs.
        unsafe { &mut *self.state.get() }
    }
}

impl Drop for FileState {
    /// A file dropped without `close()` still gets its update-mode content
    /// written back (as CPython's finalizer closes it); write-only files
    /// are flushed by their `BufWriter`. Without an interpreter at hand,
    /// text is written back only when its encoding is UTF-8.
    fn drop(&mut self) {
        if self.closed || !self.update || !self.dirty {
            return;
        }
        let utf8 = matches!(
            codecs::Codec::lookup(&self.encoding),
            Some(codecs::Codec::Utf8)
        );
        if !self.binary && !utf8 {
            return;
        }
        let bytes = if self.binary {
            std::mem::take(&mut self.content)
        } else {
            let text = String::from_utf8_lossy(&self.content);
            match self.newline.as_deref() {
                Some(nl @ ("\r" | "\r\n")) => text.replace('\n', nl).into_bytes(),
                _ => text.into_owned().into_bytes(),
            }
        };
        if let Some(f) = self.file.as_mut() {
            let _ = f
                .seek(std::io::SeekFrom::Start(0))
                .and_then(|_| f.set_len(0))
                .and_then(|_| f.write_all(&bytes));
        }
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

/// `io.UnsupportedOperation(what)` (an OSError when `io` cannot be imported).
fn unsupported(vm: &mut Vm, what: &str) -> PyErr {
    let cls = vm
        .import_module("io")
        .and_then(|io| vm.getattr_str(&io, "UnsupportedOperation"));
    match cls {
        Ok(cls) => match vm.call(&cls, &[new_str(what)], &[]) {
            Ok(e) => PyErr::new(e),
            Err(e) => e,
        },
        Err(_) => vm.new_error(&exc::OS_ERROR, what),
    }
}

/// The path argument: str, bytes or an object with `__fspath__`.
fn path_name(vm: &mut Vm, file: &Value) -> PyResult<String> {
    if let Some(s) = file.as_str() {
        return Ok(s.to_string());
    }
    if let Some(b) = super::bytes::bytes_of(file) {
        return Ok(String::from_utf8_lossy(&b).into_owned());
    }
    if let Some(m) = vm.lookup_special(file, "__fspath__") {
        let p = vm.call_method_obj(&m, file, &[])?;
        if let Some(s) = p.as_str() {
            return Ok(s.to_string());
        }
        if let Some(b) = super::bytes::bytes_of(&p) {
            return Ok(String::from_utf8_lossy(&b).into_owned());
        }
    }
    Err(vm.type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        file.ty().name()
    )))
}

/// Parsed `mode`: (kind r/w/a/x, binary, update).
fn parse_mode(vm: &mut Vm, mode: &str) -> PyResult<(char, bool, bool)> {
    let mut kind = None;
    let (mut binary, mut text, mut update) = (false, false, false);
    for c in mode.chars() {
        let dup = match c {
            'r' | 'w' | 'a' | 'x' => {
                if kind.is_some() {
                    return Err(
                        vm.value_error("must have exactly one of create/read/write/append mode")
                    );
                }
                kind = Some(c);
                false
            }
            'b' => std::mem::replace(&mut binary, true),
            't' => std::mem::replace(&mut text, true),
            '+' => std::mem::replace(&mut update, true),
            _ => true,
        };
        if dup {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
    }
    if binary && text {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let Some(kind) = kind else {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    };
    Ok((kind, binary, update))
}

/// Universal-newlines translation of decoded text, noting the endings seen.
fn translate_newlines(text: &str, seen: &mut u8) -> String {
    if !text.contains('\r') {
        if text.contains('\n') {
            *seen |= 2;
        }
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {
                chars.next();
                *seen |= 4;
                out.push('\n');
            }
            '\r' => {
                *seen |= 1;
                out.push('\n');
            }
            '\n' => {
                *seen |= 2;
                out.push('\n');
            }
            c => out.push(c),
        }
    }
    out
}

/// `open`'s arguments by position or name; missing ones are None.
fn bind_open_args(vm: &mut Vm, a: &Args<'_>, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let p = a.pos();
    if p.len() > names.len() {
        return Err(vm.type_error(format!(
            "open() takes at most {} arguments ({} given)",
            names.len(),
            p.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (slot, v) in out.iter_mut().zip(p) {
        *slot = Some(v.clone());
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        let key = k.as_str().unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for open() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            None => {
                return Err(
                    vm.type_error(format!("'{key}' is an invalid keyword argument for open()"))
                )
            }
        }
    }
    if out[0].is_none() {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    }
    Ok(out)
}

fn open(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let names = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    let p = bind_open_args(vm, &a, &names)?;
    let file = p[0].clone().unwrap_or_else(Value::none);
    let opt_str = |vm: &mut Vm, v: &Option<Value>, what: &str| -> PyResult<Option<String>> {
        match v {
            None => Ok(None),
            Some(v) if v.is_none() => Ok(None),
            Some(v) => v.as_str().map(|s| Some(s.to_string())).ok_or_else(|| {
                vm.type_error(format!(
                    "open() argument '{what}' must be str or None, not {}",
                    v.ty().name()
                ))
            }),
        }
    };
    let mode = match &p[1] {
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
    let encoding = opt_str(vm, &p[3], "encoding")?;
    let errors = opt_str(vm, &p[4], "errors")?;
    let newline = opt_str(vm, &p[5], "newline")?;
    let name = path_name(vm, &file)?;
    let (kind, binary, update) = parse_mode(vm, &mode)?;
    if binary {
        if encoding.is_some() {
            return Err(vm.value_error("binary mode doesn't take an encoding argument"));
        }
        if errors.is_some() {
            return Err(vm.value_error("binary mode doesn't take an errors argument"));
        }
        if newline.is_some() {
            return Err(vm.value_error("binary mode doesn't take a newline argument"));
        }
    }
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(vm.value_error(format!("illegal newline value: {nl}")));
        }
    }
    let encoding = encoding.unwrap_or_else(|| "UTF-8".to_string());
    if !binary && codecs::Codec::lookup(&encoding).is_none() {
        return Err(vm.new_error(&exc::LOOKUP_ERROR, format!("unknown encoding: {encoding}")));
    }
    let errors = errors.unwrap_or_else(|| "strict".to_string());
    let mut state = FileState {
        name: name.clone(),
        mode: String::new(),
        binary,
        encoding,
        errors,
        newline,
        file: None,
        writer: None,
        content: Vec::new(),
        pos: 0,
        readable: kind == 'r' || update,
        writable: kind != 'r' || update,
        update,
        append: kind == 'a',
        dirty: false,
        closed: false,
        seen_newlines: 0,
        read_any: false,
    };
    state.mode = if binary {
        format!("{kind}b{}", if update { "+" } else { "" })
    } else {
        mode.clone()
    };
    let mut opts = std::fs::OpenOptions::new();
    match kind {
        'r' => opts.read(true).write(update),
        'w' => opts.write(true).read(update).create(true).truncate(true),
        'a' => opts.append(!update).write(update).read(update).create(true),
        _ => opts.write(true).read(update).create_new(true),
    };
    let mut f = opts.open(&name).map_err(|e| os_error(vm, &e, &name))?;
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(os_error(vm, &e, &name));
    }
    if state.readable {
        let mut raw = Vec::new();
        f.read_to_end(&mut raw)
            .map_err(|e| os_error(vm, &e, &name))?;
        state.content = if binary {
            raw
        } else {
            let text = codecs::decode(vm, &raw, &state.encoding, &state.errors)?;
            match state.newline {
                None => translate_newlines(&text, &mut state.seen_newlines),
                Some(_) => text,
            }
            .into_bytes()
        };
        if kind == 'a' {
            state.pos = state.content.len();
        }
        state.file = Some(f);
    } else {
        if kind == 'a' {
            // Positions count from the end, as after CPython's open.
            f.seek(std::io::SeekFrom::End(0))
                .map_err(|e| os_error(vm, &e, &name))?;
        }
        state.writer = Some(std::io::BufWriter::new(f));
    }
    let ty: &TypeObject = match (binary, update, state.readable) {
        (false, _, _) => &TEXT_FILE_TYPE,
        (true, true, _) => &BUFFERED_RANDOM_TYPE,
        (true, false, true) => &BUFFERED_READER_TYPE,
        (true, false, false) => &BUFFERED_WRITER_TYPE,
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

fn check_readable(vm: &mut Vm, s: &mut FileState) -> PyResult<()> {
    check_open(vm, s)?;
    if !s.readable {
        return Err(unsupported(vm, "not readable"));
    }
    s.read_any = true;
    Ok(())
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

fn size_arg(vm: &mut Vm, a: &Args<'_>) -> PyResult<isize> {
    match a.pos().get(1) {
        Some(v) if !v.is_none() => vm.index_isize(v),
        _ => Ok(-1),
    }
}

fn read(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    let size = size_arg(vm, &a)?;
    let s = f.state();
    check_readable(vm, s)?;
    let start = s.pos.min(s.content.len());
    let rest = &s.content[start..];
    let n = if size < 0 {
        rest.len()
    } else if s.binary {
        (size as usize).min(rest.len())
    } else {
        char_span(rest, size as usize)
    };
    let out = make_result(s, &rest[..n]);
    s.pos = start + n;
    Ok(out)
}

/// End (exclusive) of the line starting at `rest[0]`, by the file's
/// newline convention.
fn line_end(s: &FileState, rest: &[u8]) -> usize {
    let find = |pat: &[u8]| {
        rest.windows(pat.len())
            .position(|w| w == pat)
            .map(|i| i + pat.len())
    };
    let end = if s.binary {
        find(b"\n")
    } else {
        match s.newline.as_deref() {
            None | Some("\n") => find(b"\n"),
            Some("\r") => find(b"\r"),
            Some("\r\n") => find(b"\r\n"),
            _ => rest
                .iter()
                .position(|&c| c == b'\n' || c == b'\r')
                .map(|i| {
                    if rest[i] == b'\r' && rest.get(i + 1) == Some(&b'\n') {
                        i + 2
                    } else {
                        i + 1
                    }
                }),
        }
    };
    end.unwrap_or(rest.len())
}

fn readline_bytes(s: &mut FileState, limit: isize) -> Vec<u8> {
    let start = s.pos.min(s.content.len());
    let rest = &s.content[start..];
    let mut end = line_end(s, rest);
    if limit >= 0 {
        let cap = if s.binary {
            limit as usize
        } else {
            char_span(rest, limit as usize)
        };
        end = end.min(cap);
    }
    let line = rest[..end].to_vec();
    s.pos = start + end;
    line
}

fn readline(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    let limit = size_arg(vm, &a)?;
    let s = f.state();
    check_readable(vm, s)?;
    let line = readline_bytes(s, limit);
    Ok(make_result(s, &line))
}

fn readlines(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    let hint = size_arg(vm, &a)?;
    let s = f.state();
    check_readable(vm, s)?;
    let mut out = Vec::new();
    let mut total = 0usize;
    while s.pos < s.content.len() {
        let line = readline_bytes(s, -1);
        total += line.len();
        out.push(make_result(s, &line));
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(new_list(out))
}

fn next_line(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    let s = f.state();
    check_readable(vm, s)?;
    if s.pos >= s.content.len() {
        return Err(vm.stop_iteration(None));
    }
    let line = readline_bytes(s, -1);
    Ok(make_result(s, &line))
}

/// Text as written to the file: newline translation, then the encoding.
fn encode_text(vm: &mut Vm, s: &FileState, text: &str) -> PyResult<Vec<u8>> {
    let translated;
    let text = match s.newline.as_deref() {
        Some(nl @ ("\r" | "\r\n")) if text.contains('\n') => {
            translated = text.replace('\n', nl);
            &translated
        }
        _ => text,
    };
    codecs::encode(vm, text, &s.encoding, &s.errors)
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
    if !s.writable {
        return Err(unsupported(vm, "not writable"));
    }
    let (text, bytes, count) = if s.binary {
        match super::bytes::bytes_of(&data) {
            Some(b) => {
                let n = b.len();
                (None, b, n)
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
            Some(t) => (Some(t.to_string()), Vec::new(), t.chars().count()),
            None => {
                return Err(vm.type_error(format!(
                    "write() argument must be str, not {}",
                    data.ty().name()
                )))
            }
        }
    };
    if s.update {
        // In memory: text stays decoded (encoded when written back).
        let piece = match text {
            Some(t) => t.into_bytes(),
            None => bytes,
        };
        if s.append {
            s.pos = s.content.len();
        }
        let end = s.pos + piece.len();
        if s.content.len() < s.pos {
            s.content.resize(s.pos, 0);
        }
        if s.content.len() < end {
            s.content.resize(end, 0);
        }
        s.content[s.pos..end].copy_from_slice(&piece);
        s.pos = end;
        s.dirty = true;
        return Ok(new_int(count as i64));
    }
    let bytes = match text {
        Some(t) => encode_text(vm, s, &t)?,
        None => bytes,
    };
    let name = s.name.clone();
    if let Some(w) = s.writer.as_mut() {
        w.write_all(&bytes).map_err(|e| os_error(vm, &e, &name))?;
    }
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

/// Writes buffered data (and an update file's content) to the file.
fn flush_state(vm: &mut Vm, s: &mut FileState) -> PyResult<()> {
    let name = s.name.clone();
    if let Some(w) = s.writer.as_mut() {
        w.flush().map_err(|e| os_error(vm, &e, &name))?;
    }
    if s.update && s.dirty {
        let bytes = if s.binary {
            s.content.clone()
        } else {
            let text = String::from_utf8_lossy(&s.content).into_owned();
            encode_text(vm, s, &text)?
        };
        if let Some(f) = s.file.as_mut() {
            let r = f
                .seek(std::io::SeekFrom::Start(0))
                .and_then(|_| f.set_len(0))
                .and_then(|_| f.write_all(&bytes))
                .and_then(|_| f.flush());
            r.map_err(|e| os_error(vm, &e, &name))?;
        }
        s.dirty = false;
    }
    Ok(())
}

fn flush(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    let s = f.state();
    check_open(vm, s)?;
    flush_state(vm, s)?;
    Ok(Value::none())
}

fn close(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    let s = f.state();
    if s.closed {
        return Ok(Value::none());
    }
    let r = flush_state(vm, s);
    s.closed = true;
    s.writer = None;
    s.file = None;
    s.content = Vec::new();
    r?;
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
    if let Some(w) = s.writer.as_mut() {
        let name = s.name.clone();
        let pos = w.stream_position().map_err(|e| os_error(vm, &e, &name))?;
        return Ok(new_int(pos as i64));
    }
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
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    if !s.binary && whence != 0 && target != 0 {
        let what = if whence == 1 { "cur" } else { "end" };
        return Err(unsupported(
            vm,
            &format!("can't do nonzero {what}-relative seeks"),
        ));
    }
    if !s.binary && whence == 0 && target < 0 {
        return Err(vm.value_error(format!("negative seek position {target}")));
    }
    if let Some(w) = s.writer.as_mut() {
        let name = s.name.clone();
        let from = match whence {
            0 => std::io::SeekFrom::Start(target.max(0) as u64),
            1 => std::io::SeekFrom::Current(target as i64),
            _ => std::io::SeekFrom::End(target as i64),
        };
        let pos = w.seek(from).map_err(|e| os_error(vm, &e, &name))?;
        return Ok(new_int(pos as i64));
    }
    let base = match whence {
        0 => 0,
        1 => s.pos as isize,
        _ => s.content.len() as isize,
    };
    let new = base + target;
    if new < 0 {
        let e = std::io::Error::from_raw_os_error(22);
        return Err(os_error(vm, &e, &s.name.clone()));
    }
    s.pos = new as usize;
    Ok(new_int(s.pos as i64))
}

fn truncate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    let size = match a.pos().get(1) {
        Some(v) if !v.is_none() => Some(vm.index_isize(v)?),
        _ => None,
    };
    let s = f.state();
    check_open(vm, s)?;
    if !s.writable {
        return Err(unsupported(vm, "File not open for writing"));
    }
    let name = s.name.clone();
    if let Some(w) = s.writer.as_mut() {
        w.flush().map_err(|e| os_error(vm, &e, &name))?;
        let at = match size {
            Some(n) => n.max(0) as u64,
            None => w.stream_position().map_err(|e| os_error(vm, &e, &name))?,
        };
        w.get_ref()
            .set_len(at)
            .map_err(|e| os_error(vm, &e, &name))?;
        return Ok(new_int(at as i64));
    }
    let at = size.map_or(s.pos, |n| n.max(0) as usize);
    s.content.resize(at, 0);
    s.dirty = true;
    flush_state(vm, s)?;
    Ok(new_int(at as i64))
}

fn fileno(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    use std::os::fd::AsRawFd;
    let f = this(vm, &a)?;
    let s = f.state();
    if s.closed {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    let fd = match (&s.file, &s.writer) {
        (Some(f), _) => f.as_raw_fd(),
        (None, Some(w)) => w.get_ref().as_raw_fd(),
        _ => return Err(unsupported(vm, "fileno")),
    };
    Ok(new_int(fd as i64))
}

fn isatty(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    check_open(vm, f.state())?;
    Ok(Value::bool(false))
}

fn seekable(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    check_open(vm, f.state())?;
    Ok(Value::bool(true))
}

fn readable(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    let s = f.state();
    Ok(Value::bool(s.readable))
}

fn writable(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &a)?;
    let s = f.state();
    Ok(Value::bool(s.writable))
}

/// `name`, `mode`, `closed`, `encoding`, `errors`, `newlines`,
/// `line_buffering` of a file object.
pub fn file_getattr(_vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(f) = obj.downcast::<FileData>() else {
        return Ok(None);
    };
    let s = f.state();
    Ok(Some(match name {
        "name" => new_str(&s.name),
        "mode" => new_str(&s.mode),
        "closed" => Value::bool(s.closed),
        "encoding" if !s.binary => new_str(&s.encoding),
        "errors" if !s.binary => new_str(&s.errors),
        "line_buffering" if !s.binary => Value::bool(false),
        "newlines" if !s.binary && !s.read_any => Value::none(),
        "newlines" if !s.binary => {
            let kinds: Vec<&str> = [(1u8, "\r"), (2, "\n"), (4, "\r\n")]
                .iter()
                .filter(|(bit, _)| s.seen_newlines & bit != 0)
                .map(|(_, k)| *k)
                .collect();
            match kinds.len() {
                0 => Value::none(),
                1 => new_str(kinds[0]),
                _ => new_tuple(kinds.into_iter().map(new_str).collect()),
            }
        }
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
            "<_io.{} name={} mode={} encoding={}>",
            tyname,
            crate::format::str_repr(&s.name),
            crate::format::str_repr(&s.mode),
            crate::format::str_repr(&s.encoding)
        )
    }
}

pub static TEXT_FILE_TYPE: TypeObject =
    TypeObject::builtin("TextIOWrapper", Layout::File, dealloc_for::<FileData>(), 0);
pub static BUFFERED_READER_TYPE: TypeObject =
    TypeObject::builtin("BufferedReader", Layout::File, dealloc_for::<FileData>(), 0);
pub static BUFFERED_WRITER_TYPE: TypeObject =
    TypeObject::builtin("BufferedWriter", Layout::File, dealloc_for::<FileData>(), 0);
pub static BUFFERED_RANDOM_TYPE: TypeObject =
    TypeObject::builtin("BufferedRandom", Layout::File, dealloc_for::<FileData>(), 0);

/// Sets up the file types (once per process, with the other builtin types).
pub fn register_types() {
    for t in [
        &TEXT_FILE_TYPE,
        &BUFFERED_READER_TYPE,
        &BUFFERED_WRITER_TYPE,
        &BUFFERED_RANDOM_TYPE,
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
                ("truncate", truncate),
                ("fileno", fileno),
                ("isatty", isatty),
                ("seekable", seekable),
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
