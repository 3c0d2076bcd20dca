//! `zlib`: DEFLATE compression in the zlib, gzip and raw containers, over
//! the pure-Rust `miniz_oxide` engine (through `flate2`'s low-level
//! `Compress`/`Decompress`), plus the `crc32` and `adler32` checksums.
//!
//! The engine only speaks raw DEFLATE here, so this module writes and
//! checks the container itself: the zlib header and Adler-32 trailer, or
//! the gzip header and CRC-32/size trailer, with zlib's error messages.
//! Compressed bytes may differ from CPython's zlib; any zlib decodes them.
//!
//! Streaming objects (`compressobj`, `decompressobj`) keep their state in a
//! per-thread table named by an int handle; the small Python classes in
//! [`CLASSES_SRC`] wrap the handle.

use std::cell::RefCell;
use std::collections::HashMap;

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{PyErr, PyResult, Vm};

use super::binascii::crc32;
use super::math::bind;
use super::support::{buffer_arg, define, raise};
use super::{add_fn, add_value};

const CLASSES_SRC: &str = r#"
class error(Exception):
    pass

class Compress:
    def __init__(self, handle):
        self._handle = handle

    def compress(self, data):
        return _compress_data(self._handle, data)

    def flush(self, mode=4):
        return _compress_flush(self._handle, mode)

    def copy(self):
        return type(self)(_copy(self._handle))

    def __del__(self):
        h = self.__dict__.get('_handle')
        if h is not None:
            _free(h)

class Decompress:
    def __init__(self, handle):
        self._handle = handle
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def _sync(self, out):
        self.unused_data, self.unconsumed_tail, self.eof = _decompress_state(self._handle)
        return out

    def decompress(self, data, max_length=0):
        return self._sync(_decompress_data(self._handle, data, max_length))

    def flush(self, length=16384):
        return self._sync(_decompress_flush(self._handle, length))

    def copy(self):
        d = type(self)(_copy(self._handle))
        d._sync(None)
        return d

    def __del__(self):
        h = self.__dict__.get('_handle')
        if h is not None:
            _free(h)

error.__module__ = Compress.__module__ = Decompress.__module__ = 'zlib'
"#;

const MAX_WBITS: i64 = 15;
const Z_FINISH: i64 = 4;
const DEF_BUF_SIZE: i64 = 16384;

thread_local! {
    static ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
    /// The `Compress` and `Decompress` classes of this thread's module.
    static CLASSES: RefCell<Option<(Value, Value)>> = const { RefCell::new(None) };
    static TABLE: RefCell<Table> = RefCell::new(Table::default());
}

fn error(vm: &mut Vm, msg: impl AsRef<str>) -> PyErr {
    match ERROR.with(|e| e.borrow().clone()) {
        Some(cls) => raise(vm, &cls, msg),
        None => vm.value_error(msg),
    }
}

/// The container around the DEFLATE data, from `wbits`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Container {
    Zlib,
    Raw,
    Gzip,
    /// zlib or gzip, told apart by the first byte (decompression only).
    Auto,
}

fn container_of(wbits: i64, decompress: bool) -> Option<Container> {
    Some(match wbits {
        0 if decompress => Container::Zlib,
        8..=15 => Container::Zlib,
        -15..=-8 => Container::Raw,
        24..=31 => Container::Gzip,
        40..=47 if decompress => Container::Auto,
        _ => return None,
    })
}

/// Adler-32 of `data` continuing from `start`.
fn adler32(data: &[u8], start: u32) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (start & 0xffff, start >> 16);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

// ---------------------------------------------------------------------------
// Compression

struct Deflater {
    engine: Compress,
    container: Container,
    level: i64,
    header_written: bool,
    finished: bool,
    /// Running checksum of the input (Adler-32 or CRC-32) and its size.
    check: u32,
    size: u32,
}

impl Deflater {
    fn new(level: i64, container: Container) -> Deflater {
        let lvl = if level < 0 { 6 } else { level as u32 };
        Deflater {
            engine: Compress::new(Compression::new(lvl), false),
            container,
            level,
            header_written: false,
            finished: false,
            check: if container == Container::Zlib { 1 } else { 0 },
            size: 0,
        }
    }

    fn header(&self) -> Vec<u8> {
        match self.container {
            Container::Zlib => {
                // Window 32K; FLEVEL as zlib derives it from the level.
                let cmf: u16 = 0x78;
                let flevel: u16 = match self.level {
                    0 | 1 => 0,
                    2..=5 => 1,
                    7..=9 => 3,
                    _ => 2,
                };
                let mut flg = flevel << 6;
                flg += 31 - ((cmf << 8) + flg) % 31;
                vec![cmf as u8, flg as u8]
            }
            Container::Gzip => {
                let xfl = match self.level {
                    9 => 2,
                    1 => 4,
                    _ => 0,
                };
                vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]
            }
            _ => Vec::new(),
        }
    }

    fn trailer(&self) -> Vec<u8> {
        match self.container {
            Container::Zlib => self.check.to_be_bytes().to_vec(),
            Container::Gzip => {
                let mut t = self.check.to_le_bytes().to_vec();
                t.extend_from_slice(&self.size.to_le_bytes());
                t
            }
            _ => Vec::new(),
        }
    }

    /// Compresses `input` with `flush`; Err is zlib's message.
    fn run(&mut self, input: &[u8], flush: FlushCompress) -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        if !self.header_written {
            out.extend(self.header());
            self.header_written = true;
        }
        match self.container {
            Container::Zlib => self.check = adler32(input, self.check),
            Container::Gzip => {
                self.check = crc32(input, self.check);
                self.size = self.size.wrapping_add(input.len() as u32);
            }
            _ => {}
        }
        let finish = matches!(flush, FlushCompress::Finish);
        let mut rest = input;
        let mut buf = vec![0u8; 32 * 1024];
        loop {
            let before_in = self.engine.total_in();
            let before_out = self.engine.total_out();
            let status = self
                .engine
                .compress(rest, &mut buf, flush)
                .map_err(|e| e.to_string())?;
            let used = (self.engine.total_in() - before_in) as usize;
            let made = (self.engine.total_out() - before_out) as usize;
            rest = &rest[used..];
            out.extend_from_slice(&buf[..made]);
            if status == Status::StreamEnd {
                break;
            }
            if !finish && rest.is_empty() && made < buf.len() {
                break;
            }
            if used == 0 && made == 0 && !finish {
                break;
            }
        }
        if finish {
            out.extend(self.trailer());
            self.finished = true;
        }
        Ok(out)
    }
}

// ---------------------------------------------------------------------------
// Decompression

struct Inflater {
    engine: Decompress,
    container: Container,
    /// Input held back until the container header is complete.
    pending: Vec<u8>,
    header_done: bool,
    /// The DEFLATE data has ended; the trailer follows.
    body_done: bool,
    trailer: Vec<u8>,
    eof: bool,
    check: u32,
    size: u32,
    unused: Vec<u8>,
    tail: Vec<u8>,
}

/// Outcome of parsing a container header from the start of `data`.
enum Header {
    Done(usize),
    NeedMore,
    Bad(&'static str),
}

fn zlib_header(data: &[u8]) -> Header {
    if data.len() < 2 {
        return Header::NeedMore;
    }
    let (cmf, flg) = (data[0] as u16, data[1] as u16);
    if ((cmf << 8) + flg) % 31 != 0 {
        return Header::Bad("incorrect header check");
    }
    if cmf & 0x0f != 8 {
        return Header::Bad("unknown compression method");
    }
    if (cmf >> 4) + 8 > 15 {
        return Header::Bad("invalid window size");
    }
    if flg & 0x20 != 0 {
        // A preset dictionary is needed (zlib reports Z_NEED_DICT).
        return Header::Bad("need dictionary");
    }
    Header::Done(2)
}

fn gzip_header(data: &[u8]) -> Header {
    if data.len() < 10 {
        if data.first().is_some_and(|&b| b != 0x1f) || data.get(1).is_some_and(|&b| b != 0x8b) {
            return Header::Bad("incorrect header check");
        }
        return Header::NeedMore;
    }
    if data[0] != 0x1f || data[1] != 0x8b {
        return Header::Bad("incorrect header check");
    }
    if data[2] != 8 {
        return Header::Bad("unknown compression method");
    }
    let flags = data[3];
    let mut pos = 10;
    if flags & 4 != 0 {
        if data.len() < pos + 2 {
            return Header::NeedMore;
        }
        pos += 2 + u16::from_le_bytes([data[pos], data[pos + 1]]) as usize;
    }
    for bit in [8u8, 16] {
        if flags & bit != 0 {
            match data.get(pos..).and_then(|r| r.iter().position(|&b| b == 0)) {
                Some(i) => pos += i + 1,
                None => return Header::NeedMore,
            }
        }
    }
    if flags & 2 != 0 {
        pos += 2;
    }
    if data.len() < pos {
        return Header::NeedMore;
    }
    Header::Done(pos)
}

impl Inflater {
    fn new(container: Container) -> Inflater {
        Inflater {
            engine: Decompress::new(false),
            container,
            pending: Vec::new(),
            header_done: container == Container::Raw,
            body_done: false,
            trailer: Vec::new(),
            eof: false,
            check: 0,
            size: 0,
            unused: Vec::new(),
            tail: Vec::new(),
        }
    }

    fn trailer_len(&self) -> usize {
        match self.container {
            Container::Zlib => 4,
            Container::Gzip => 8,
            _ => 0,
        }
    }

    /// Decompresses more input, producing at most `max_out` bytes (0: no
    /// limit). Input not consumed because of the limit goes to `tail`;
    /// input after the end of the stream goes to `unused`.
    fn run(&mut self, input: &[u8], max_out: usize) -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        if self.eof {
            self.unused.extend_from_slice(input);
            return Ok(out);
        }
        let mut data: Vec<u8>;
        let mut rest: &[u8] = input;
        if !self.header_done {
            self.pending.extend_from_slice(input);
            if self.container == Container::Auto {
                match self.pending.first() {
                    None => return Ok(out),
                    Some(0x1f) => self.container = Container::Gzip,
                    Some(_) => self.container = Container::Zlib,
                }
            }
            let parsed = match self.container {
                Container::Zlib => zlib_header(&self.pending),
                _ => gzip_header(&self.pending),
            };
            match parsed {
                Header::NeedMore => return Ok(out),
                Header::Bad(msg) => {
                    return Err(format!("Error -3 while decompressing data: {msg}"))
                }
                Header::Done(n) => {
                    self.header_done = true;
                    self.check = if self.container == Container::Zlib {
                        1
                    } else {
                        0
                    };
                    data = std::mem::take(&mut self.pending);
                    data.drain(..n);
                    rest = &data[..];
                }
            }
        }
        let mut buf = vec![0u8; 32 * 1024];
        while !self.body_done {
            let room = if max_out > 0 {
                (max_out - out.len()).min(buf.len())
            } else {
                buf.len()
            };
            if room == 0 {
                break;
            }
            let before_in = self.engine.total_in();
            let before_out = self.engine.total_out();
            let status = self
                .engine
                .decompress(rest, &mut buf[..room], FlushDecompress::None)
                .map_err(|e| {
                    let m = e.to_string();
                    format!(
                        "Error -3 while decompressing data: {}",
                        if m.is_empty() {
                            "invalid data".into()
                        } else {
                            m
                        }
                    )
                })?;
            let used = (self.engine.total_in() - before_in) as usize;
            let made = (self.engine.total_out() - before_out) as usize;
            rest = &rest[used..];
            let produced = &buf[..made];
            match self.container {
                Container::Zlib => self.check = adler32(produced, self.check),
                Container::Gzip => {
                    self.check = crc32(produced, self.check);
                    self.size = self.size.wrapping_add(made as u32);
                }
                _ => {}
            }
            out.extend_from_slice(produced);
            if status == Status::StreamEnd {
                self.body_done = true;
                break;
            }
            if used == 0 && made == 0 {
                break;
            }
            if rest.is_empty() && made < room {
                break;
            }
        }
        if self.body_done {
            let need = self.trailer_len() - self.trailer.len();
            let take = need.min(rest.len());
            self.trailer.extend_from_slice(&rest[..take]);
            rest = &rest[take..];
            if self.trailer.len() == self.trailer_len() {
                self.check_trailer()?;
                self.eof = true;
                self.unused.extend_from_slice(rest);
                rest = &[];
            }
        }
        self.tail = rest.to_vec();
        Ok(out)
    }

    fn check_trailer(&self) -> Result<(), String> {
        let t = &self.trailer;
        let word = |i: usize| [t[i], t[i + 1], t[i + 2], t[i + 3]];
        let problem = match self.container {
            Container::Zlib if u32::from_be_bytes(word(0)) != self.check => Some("data"),
            Container::Gzip if u32::from_le_bytes(word(0)) != self.check => Some("data"),
            Container::Gzip if u32::from_le_bytes(word(4)) != self.size => Some("length"),
            _ => None,
        };
        match problem {
            None => Ok(()),
            Some(what) => Err(format!(
                "Error -3 while decompressing data: incorrect {what} check"
            )),
        }
    }
}

// ---------------------------------------------------------------------------
// Handles

enum Stream {
    Deflate(Box<Deflater>),
    Inflate(Box<Inflater>),
}

#[derive(Default)]
struct Table {
    next: i64,
    live: HashMap<i64, Stream>,
}

fn insert(s: Stream) -> i64 {
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        t.next += 1;
        let id = t.next;
        t.live.insert(id, s);
        id
    })
}

/// Runs `f` on the stream `h` (taken out of the table meanwhile).
fn with_stream<R>(vm: &mut Vm, h: &Value, f: impl FnOnce(&mut Stream) -> R) -> PyResult<R> {
    let id = int_as_i64(h).ok_or_else(|| vm.type_error("zlib stream handle must be an int"))?;
    let Some(mut s) = TABLE.with(|t| t.borrow_mut().live.remove(&id)) else {
        return Err(vm.value_error("zlib stream has been freed"));
    };
    let r = f(&mut s);
    TABLE.with(|t| t.borrow_mut().live.insert(id, s));
    Ok(r)
}

// ---------------------------------------------------------------------------
// Module functions

fn int_opt(vm: &mut Vm, v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => {
            if float_of(v).is_some() {
                return Err(vm.type_error("integer argument expected, got float"));
            }
            let n = vm.index_value(v)?;
            num_traits::ToPrimitive::to_i64(&n)
                .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))
        }
    }
}

fn z_compress(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = bind(vm, &a, "compress", &["data", "level"], 2, 1)?;
    let v = p[0].clone().unwrap_or_else(Value::none);
    let data = buffer_arg(vm, &v)?.into_owned();
    let level = int_opt(vm, &p[1], -1)?;
    if !(-1..=9).contains(&level) {
        return Err(error(vm, "Bad compression level"));
    }
    let mut d = Deflater::new(level, Container::Zlib);
    match d.run(&data, FlushCompress::Finish) {
        Ok(out) => Ok(new_bytes(out)),
        Err(m) => Err(error(vm, format!("Error -2 while compressing data: {m}"))),
    }
}

fn z_decompress(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = bind(vm, &a, "decompress", &["data", "wbits", "bufsize"], 3, 1)?;
    let v = p[0].clone().unwrap_or_else(Value::none);
    let data = buffer_arg(vm, &v)?.into_owned();
    let wbits = int_opt(vm, &p[1], MAX_WBITS)?;
    let bufsize = int_opt(vm, &p[2], DEF_BUF_SIZE)?;
    if bufsize < 0 {
        return Err(vm.value_error("bufsize must be non-negative"));
    }
    let Some(container) = container_of(wbits, true) else {
        return Err(error(
            vm,
            "Error -2 while preparing to decompress data: inconsistent stream state",
        ));
    };
    let mut inf = Inflater::new(container);
    let out = inf.run(&data, 0).map_err(|m| error(vm, m))?;
    if !inf.eof {
        return Err(error(
            vm,
            "Error -5 while decompressing data: incomplete or truncated stream",
        ));
    }
    Ok(new_bytes(out))
}

fn z_compressobj(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let names = ["level", "method", "wbits", "memLevel", "strategy", "zdict"];
    let p = bind(vm, &a, "compressobj", &names, 6, 0)?;
    let level = int_opt(vm, &p[0], -1)?;
    let method = int_opt(vm, &p[1], 8)?;
    let wbits = int_opt(vm, &p[2], MAX_WBITS)?;
    let mem = int_opt(vm, &p[3], 8)?;
    let strategy = int_opt(vm, &p[4], 0)?;
    let container = container_of(wbits, false);
    let valid = (-1..=9).contains(&level)
        && method == 8
        && (1..=9).contains(&mem)
        && (0..=4).contains(&strategy);
    let Some(container) = container.filter(|_| valid) else {
        return Err(vm.value_error("Invalid initialization option"));
    };
    if p[5].as_ref().is_some_and(|z| !z.is_none()) {
        return Err(error(
            vm,
            "compressobj(zdict=...) is not supported by this runtime",
        ));
    }
    let h = insert(Stream::Deflate(Box::new(Deflater::new(level, container))));
    wrap(vm, "Compress", h)
}

fn z_decompressobj(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = bind(vm, &a, "decompressobj", &["wbits", "zdict"], 2, 0)?;
    let wbits = int_opt(vm, &p[0], MAX_WBITS)?;
    let Some(container) = container_of(wbits, true) else {
        return Err(vm.value_error("Invalid initialization option"));
    };
    if let Some(z) = &p[1] {
        if crate::builtins::bytes::buf_of(z).is_none() {
            return Err(vm.type_error("zdict argument must support the buffer protocol"));
        }
        if crate::builtins::bytes::buf_of(z).is_some_and(|b| !b.is_empty()) {
            return Err(error(
                vm,
                "decompressobj(zdict=...) is not supported by this runtime",
            ));
        }
    }
    let h = insert(Stream::Inflate(Box::new(Inflater::new(container))));
    wrap(vm, "Decompress", h)
}

/// An instance of the module's Python class `cls` around handle `h`.
fn wrap(vm: &mut Vm, cls: &str, h: i64) -> PyResult<Value> {
    let Some((comp, decomp)) = CLASSES.with(|c| c.borrow().clone()) else {
        return Err(vm.runtime_error("zlib is not initialised"));
    };
    let c = if cls == "Compress" { comp } else { decomp };
    vm.call(&c, &[new_int(h)], &[])
}

fn z_compress_data(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = super::math::fixed_args(vm, &a, "compress", 2, 2)?;
    let data = buffer_arg(vm, &p[1])?.into_owned();
    let r = with_stream(vm, &p[0], |s| match s {
        Stream::Deflate(d) if !d.finished => d.run(&data, FlushCompress::None),
        _ => Err("inconsistent stream state".into()),
    })?;
    r.map(new_bytes)
        .map_err(|m| error(vm, format!("Error -2 while compressing data: {m}")))
}

fn z_compress_flush(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = super::math::fixed_args(vm, &a, "flush", 2, 2)?;
    let mode = int_opt(vm, &Some(p[1].clone()), Z_FINISH)?;
    if mode == 0 {
        return Ok(new_bytes(Vec::new()));
    }
    let flush = match mode {
        1 | 5 | 6 => FlushCompress::Partial,
        2 => FlushCompress::Sync,
        3 => FlushCompress::Full,
        _ => FlushCompress::Finish,
    };
    let r = with_stream(vm, &p[0], |s| match s {
        Stream::Deflate(d) if !d.finished => d.run(&[], flush),
        _ => Err("inconsistent stream state".into()),
    })?;
    r.map(new_bytes)
        .map_err(|m| error(vm, format!("Error -2 while flushing: {m}")))
}

fn z_decompress_data(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = super::math::fixed_args(vm, &a, "decompress", 3, 3)?;
    let data = buffer_arg(vm, &p[1])?.into_owned();
    let max = int_opt(vm, &Some(p[2].clone()), 0)?;
    if max < 0 {
        return Err(vm.value_error("max_length must be non-negative"));
    }
    let r = with_stream(vm, &p[0], |s| match s {
        Stream::Inflate(d) => d.run(&data, max as usize),
        _ => Err("inconsistent stream state".into()),
    })?;
    r.map(new_bytes).map_err(|m| error(vm, m))
}

fn z_decompress_flush(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = super::math::fixed_args(vm, &a, "flush", 2, 2)?;
    let length = int_opt(vm, &Some(p[1].clone()), DEF_BUF_SIZE)?;
    if length <= 0 {
        return Err(vm.value_error("length must be greater than zero"));
    }
    let r = with_stream(vm, &p[0], |s| match s {
        Stream::Inflate(d) => {
            let tail = std::mem::take(&mut d.tail);
            d.run(&tail, 0)
        }
        _ => Err("inconsistent stream state".into()),
    })?;
    r.map(new_bytes).map_err(|m| error(vm, m))
}

fn z_decompress_state(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = super::math::fixed_args(vm, &a, "_decompress_state", 1, 1)?;
    let st = with_stream(vm, &p[0], |s| match s {
        Stream::Inflate(d) => Some((d.unused.clone(), d.tail.clone(), d.eof)),
        _ => None,
    })?;
    let (unused, tail, eof) = st.unwrap_or_default();
    Ok(new_tuple(vec![
        new_bytes(unused),
        new_bytes(tail),
        Value::bool(eof),
    ]))
}

/// `copy()`: the engine's state cannot be duplicated, so this is refused.
fn z_copy(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    super::math::fixed_args(vm, &a, "copy", 1, 1)?;
    Err(error(
        vm,
        "copy() of a zlib stream is not supported by this runtime",
    ))
}

fn z_free(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = super::math::fixed_args(vm, &a, "_free", 1, 1)?;
    if let Some(id) = int_as_i64(&p[0]) {
        TABLE.with(|t| t.borrow_mut().live.remove(&id));
    }
    Ok(Value::none())
}

fn checksum(vm: &mut Vm, a: Args<'_>, name: &str, default: u32) -> PyResult<(Vec<u8>, u32)> {
    let p = super::math::fixed_args(vm, &a, name, 1, 2)?;
    let data = buffer_arg(vm, &p[0])?.into_owned();
    let start = match p.get(1) {
        None => default,
        Some(v) => {
            if float_of(v).is_some() {
                return Err(vm.type_error("integer argument expected, got float"));
            }
            let n = vm.index_value(v)? & num_bigint::BigInt::from(u32::MAX);
            num_traits::ToPrimitive::to_u32(&n).unwrap_or(0)
        }
    };
    Ok((data, start))
}

fn z_crc32(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (data, start) = checksum(vm, a, "crc32", 0)?;
    Ok(new_int(crc32(&data, start) as i64))
}

fn z_adler32(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (data, start) = checksum(vm, a, "adler32", 1)?;
    Ok(new_int(adler32(&data, start) as i64))
}

pub fn init(vm: &mut Vm, d: &Value) -> PyResult<()> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("compress", z_compress),
        ("decompress", z_decompress),
        ("compressobj", z_compressobj),
        ("decompressobj", z_decompressobj),
        ("crc32", z_crc32),
        ("adler32", z_adler32),
        ("_compress_data", z_compress_data),
        ("_compress_flush", z_compress_flush),
        ("_decompress_data", z_decompress_data),
        ("_decompress_flush", z_decompress_flush),
        ("_decompress_state", z_decompress_state),
        ("_copy", z_copy),
        ("_free", z_free),
    ];
    for &(name, f) in fns {
        add_fn(vm, d, name, f);
    }
    let cls = define(vm, d, CLASSES_SRC, "<zlib>", "error")?;
    ERROR.with(|e| *e.borrow_mut() = Some(cls));
    let k = vm.intern("Compress");
    let comp = crate::vm::dictops::get_str_key(d, &k);
    let k = vm.intern("Decompress");
    let decomp = crate::vm::dictops::get_str_key(d, &k);
    if let (Some(c), Some(dc)) = (comp, decomp) {
        CLASSES.with(|x| *x.borrow_mut() = Some((c, dc)));
    }
    // As in CPython, the stream classes are reachable only through instances.
    for name in ["Compress", "Decompress"] {
        let k = vm.intern(name);
        crate::vm::dictops::remove(vm, d, &k)?;
    }
    let ints: &[(&str, i64)] = &[
        ("MAX_WBITS", MAX_WBITS),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_NO_FLUSH", 0),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_SYNC_FLUSH", 2),
        ("Z_FULL_FLUSH", 3),
        ("Z_FINISH", Z_FINISH),
        ("Z_BLOCK", 5),
        ("Z_TREES", 6),
    ];
    for &(name, v) in ints {
        add_value(vm, d, name, new_int(v));
    }
    // The zlib API level this module follows (the engine is miniz_oxide).
    add_value(vm, d, "ZLIB_VERSION", new_str("1.2.13"));
    add_value(vm, d, "ZLIB_RUNTIME_VERSION", new_str("1.2.13"));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_all_containers() {
        let text = b"hello hello hello world".repeat(50);
        for c in [Container::Zlib, Container::Raw, Container::Gzip] {
            let mut d = Deflater::new(6, c);
            let packed = d.run(&text, FlushCompress::Finish).unwrap();
            let mut i = Inflater::new(c);
            assert_eq!(i.run(&packed, 0).unwrap(), text);
            assert!(i.eof);
        }
    }

    #[test]
    fn adler32_known() {
        assert_eq!(adler32(b"hello", 1), 103_547_413);
        assert_eq!(adler32(b"", 1), 1);
    }
}
