//! The builtin exception hierarchy of CPython 3.8 and BaseException's methods.

use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{PyResult, Vm};

const EXC_FLAGS: u32 = type_flags::BASETYPE | type_flags::EXCEPTION;

macro_rules! exceptions {
    ($($stat:ident = ($name:literal, $base:ident);)*) => {
        $(pub static $stat: TypeObject =
            TypeObject::builtin($name, Layout::Exception, dealloc_for::<ExceptionData>(), EXC_FLAGS);)*
        /// (type, base) pairs in declaration order (bases first).
        pub fn hierarchy() -> Vec<(&'static TypeObject, Option<&'static TypeObject>)> {
            vec![$((&$stat, exceptions!(@base $base)),)*]
        }
    };
    (@base ROOT) => { None };
    (@base $b:ident) => { Some(&$b) };
}

exceptions! {
    BASE_EXCEPTION = ("BaseException", ROOT);
    SYSTEM_EXIT = ("SystemExit", BASE_EXCEPTION);
    KEYBOARD_INTERRUPT = ("KeyboardInterrupt", BASE_EXCEPTION);
    GENERATOR_EXIT = ("GeneratorExit", BASE_EXCEPTION);
    EXCEPTION = ("Exception", BASE_EXCEPTION);
    STOP_ITERATION = ("StopIteration", EXCEPTION);
    STOP_ASYNC_ITERATION = ("StopAsyncIteration", EXCEPTION);
    ARITHMETIC_ERROR = ("ArithmeticError", EXCEPTION);
    FLOATING_POINT_ERROR = ("FloatingPointError", ARITHMETIC_ERROR);
    OVERFLOW_ERROR = ("OverflowError", ARITHMETIC_ERROR);
    ZERO_DIVISION_ERROR = ("ZeroDivisionError", ARITHMETIC_ERROR);
    ASSERTION_ERROR = ("AssertionError", EXCEPTION);
    ATTRIBUTE_ERROR = ("AttributeError", EXCEPTION);
    BUFFER_ERROR = ("BufferError", EXCEPTION);
    EOF_ERROR = ("EOFError", EXCEPTION);
    IMPORT_ERROR = ("ImportError", EXCEPTION);
    MODULE_NOT_FOUND_ERROR = ("ModuleNotFoundError", IMPORT_ERROR);
    LOOKUP_ERROR = ("LookupError", EXCEPTION);
    INDEX_ERROR = ("IndexError", LOOKUP_ERROR);
    KEY_ERROR = ("KeyError", LOOKUP_ERROR);
    MEMORY_ERROR = ("MemoryError", EXCEPTION);
    NAME_ERROR = ("NameError", EXCEPTION);
    UNBOUND_LOCAL_ERROR = ("UnboundLocalError", NAME_ERROR);
    OS_ERROR = ("OSError", EXCEPTION);
    BLOCKING_IO_ERROR = ("BlockingIOError", OS_ERROR);
    CHILD_PROCESS_ERROR = ("ChildProcessError", OS_ERROR);
    CONNECTION_ERROR = ("ConnectionError", OS_ERROR);
    BROKEN_PIPE_ERROR = ("BrokenPipeError", CONNECTION_ERROR);
    CONNECTION_ABORTED_ERROR = ("ConnectionAbortedError", CONNECTION_ERROR);
    CONNECTION_REFUSED_ERROR = ("ConnectionRefusedError", CONNECTION_ERROR);
    CONNECTION_RESET_ERROR = ("ConnectionResetError", CONNECTION_ERROR);
    FILE_EXISTS_ERROR = ("FileExistsError", OS_ERROR);
    FILE_NOT_FOUND_ERROR = ("FileNotFoundError", OS_ERROR);
    INTERRUPTED_ERROR = ("InterruptedError", OS_ERROR);
    IS_A_DIRECTORY_ERROR = ("IsADirectoryError", OS_ERROR);
    NOT_A_DIRECTORY_ERROR = ("NotADirectoryError", OS_ERROR);
    PERMISSION_ERROR = ("PermissionError", OS_ERROR);
    PROCESS_LOOKUP_ERROR = ("ProcessLookupError", OS_ERROR);
    TIMEOUT_ERROR = ("TimeoutError", OS_ERROR);
    REFERENCE_ERROR = ("ReferenceError", EXCEPTION);
    RUNTIME_ERROR = ("RuntimeError", EXCEPTION);
    NOT_IMPLEMENTED_ERROR = ("NotImplementedError", RUNTIME_ERROR);
    RECURSION_ERROR = ("RecursionError", RUNTIME_ERROR);
    SYNTAX_ERROR = ("SyntaxError", EXCEPTION);
    INDENTATION_ERROR = ("IndentationError", SYNTAX_ERROR);
    TAB_ERROR = ("TabError", INDENTATION_ERROR);
    SYSTEM_ERROR = ("SystemError", EXCEPTION);
    TYPE_ERROR = ("TypeError", EXCEPTION);
    VALUE_ERROR = ("ValueError", EXCEPTION);
    UNICODE_ERROR = ("UnicodeError", VALUE_ERROR);
    UNICODE_DECODE_ERROR = ("UnicodeDecodeError", UNICODE_ERROR);
    UNICODE_ENCODE_ERROR = ("UnicodeEncodeError", UNICODE_ERROR);
    UNICODE_TRANSLATE_ERROR = ("UnicodeTranslateError", UNICODE_ERROR);
    WARNING = ("Warning", EXCEPTION);
    DEPRECATION_WARNING = ("DeprecationWarning", WARNING);
    PENDING_DEPRECATION_WARNING = ("PendingDeprecationWarning", WARNING);
    RUNTIME_WARNING = ("RuntimeWarning", WARNING);
    SYNTAX_WARNING = ("SyntaxWarning", WARNING);
    USER_WARNING = ("UserWarning", WARNING);
    FUTURE_WARNING = ("FutureWarning", WARNING);
    IMPORT_WARNING = ("ImportWarning", WARNING);
    UNICODE_WARNING = ("UnicodeWarning", WARNING);
    BYTES_WARNING = ("BytesWarning", WARNING);
    RESOURCE_WARNING = ("ResourceWarning", WARNING);
}

fn exc_data<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a ExceptionData> {
    v.downcast::<ExceptionData>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'BaseException' object"))
}

/// `BaseException.__new__(cls, *args)`.
pub fn exc_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let cls = pos
        .first()
        .and_then(|c| c.as_type())
        .ok_or_else(|| vm.type_error("BaseException.__new__(X): X is not a type object"))?;
    let e = crate::vm::errors::new_exception(cls, pos[1..].to_vec());
    Ok(e)
}

/// An attribute kept in an exception's instance dict (None when unset).
fn dict_attr(d: &ExceptionData, name: &str) -> Value {
    let dict = d.dict.get();
    if dict.is_null() {
        return Value::none();
    }
    crate::vm::dictops::get_str_key(&dict, &new_str(name)).unwrap_or_else(Value::none)
}

/// `BaseException.__init__(self, *args)`; ImportError also takes `name=`
/// and `path=`.
pub fn exc_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let d = exc_data(vm, &pos[0])?;
    d.args.set(new_tuple(pos[1..].to_vec()));
    if !args.kwnames.is_empty() && pos[0].ty().is_subtype(&IMPORT_ERROR) {
        let mut dict = d.dict.get();
        if dict.is_null() {
            dict = crate::vm::convert::new_dict();
            d.dict.set(dict.clone());
        }
        for (k, v) in args.kwnames.iter().zip(args.kwvalues()) {
            let key = k.as_str().unwrap_or("");
            if key != "name" && key != "path" {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {}()",
                    pos[0].ty().name()
                )));
            }
            crate::vm::dictops::set_str(&dict, k.clone(), v.clone());
        }
    }
    Ok(Value::none())
}

pub fn exc_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = &args.pos()[0];
    let d = exc_data(vm, this)?;
    let a = d.args.get();
    let items = tuple_items(&a).unwrap_or(&[]).to_vec();
    if this.ty().is_subtype(&KEY_ERROR) && items.len() == 1 {
        return Ok(new_string(vm.repr(&items[0])?));
    }
    if let Some(msg) = unicode_error_str(this, &items) {
        return Ok(new_string(msg));
    }
    if this.ty().is_subtype(&SYNTAX_ERROR) && items.len() == 2 {
        // SyntaxError(msg, (filename, lineno, offset, text)): "msg (file, line N)".
        let msg = vm.str_of(&items[0])?;
        let detail = tuple_items(&items[1]).unwrap_or(&[]).to_vec();
        let file = detail
            .first()
            .and_then(|f| f.as_str())
            .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
        let line = detail.get(1).and_then(int_as_i64);
        return Ok(new_string(match (file, line) {
            (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(l)) => format!("{msg} (line {l})"),
            (None, None) => msg,
        }));
    }
    match items.len() {
        0 => Ok(new_str("")),
        1 => Ok(new_string(vm.str_of(&items[0])?)),
        _ => Ok(new_string(vm.repr(&a)?)),
    }
}

pub fn exc_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = &args.pos()[0];
    let d = exc_data(vm, this)?;
    let a = d.args.get();
    let items = tuple_items(&a).unwrap_or(&[]).to_vec();
    let name = this.ty().name().to_string();
    if items.len() == 1 {
        Ok(new_string(format!("{}({})", name, vm.repr(&items[0])?)))
    } else {
        let r = vm.repr(&a)?;
        if items.is_empty() {
            Ok(new_string(format!("{name}()")))
        } else {
            Ok(new_string(format!("{name}{r}")))
        }
    }
}

pub fn exc_with_traceback(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let d = exc_data(vm, &pos[0])?;
    let tb = pos.get(1).cloned().unwrap_or_else(Value::none);
    d.traceback.set(if tb.is_none() { Value::NULL } else { tb });
    Ok(pos[0].clone())
}

/// Attribute reads of exceptions (args, __traceback__, value, code, …).
pub fn exc_getattr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let d = match obj.downcast::<ExceptionData>() {
        Some(d) => d,
        None => return Ok(None),
    };
    let or_none = |v: Value| if v.is_null() { Value::none() } else { v };
    let first_arg = || {
        let a = d.args.get();
        tuple_items(&a).and_then(|t| t.first().cloned())
    };
    Ok(Some(match name {
        "args" => d.args.get(),
        "__traceback__" => or_none(d.traceback.get()),
        "__cause__" => or_none(d.cause.get()),
        "__context__" => or_none(d.context.get()),
        "__suppress_context__" => Value::bool(d.suppress_context.get()),
        "value" if obj.ty().is_subtype(&STOP_ITERATION) => first_arg().unwrap_or_else(Value::none),
        "code" if obj.ty().is_subtype(&SYSTEM_EXIT) => {
            let a = d.args.get();
            match tuple_items(&a) {
                Some([]) | None => Value::none(),
                Some([x]) => x.clone(),
                Some(_) => a.clone(),
            }
        }
        "msg" if obj.ty().is_subtype(&SYNTAX_ERROR) => first_arg().unwrap_or_else(Value::none),
        "encoding" | "object" | "start" | "end" | "reason"
            if unicode_field(obj, name).is_some() =>
        {
            let a = d.args.get();
            let i = unicode_field(obj, name).unwrap_or(0);
            tuple_items(&a)
                .and_then(|t| t.get(i).cloned())
                .unwrap_or_else(Value::none)
        }
        "errno" | "strerror" if obj.ty().is_subtype(&OS_ERROR) => {
            let a = d.args.get();
            let items = tuple_items(&a).unwrap_or(&[]);
            match (name, items.len() >= 2) {
                ("errno", true) => items[0].clone(),
                ("strerror", true) => items[1].clone(),
                _ => Value::none(),
            }
        }
        "filename" | "filename2" if obj.ty().is_subtype(&OS_ERROR) => dict_attr(d, name),
        // ImportError(msg, name=..., path=...): kept in the instance dict.
        "name" | "path" if obj.ty().is_subtype(&IMPORT_ERROR) => dict_attr(d, name),
        "filename" | "lineno" | "offset" | "text" if obj.ty().is_subtype(&SYNTAX_ERROR) => {
            // SyntaxError(msg, (filename, lineno, offset, text)).
            let a = d.args.get();
            let detail = tuple_items(&a)
                .and_then(|t| t.get(1).cloned())
                .and_then(|x| tuple_items(&x).map(|t| t.to_vec()));
            match detail {
                Some(t) if t.len() >= 4 => {
                    let i = match name {
                        "filename" => 0,
                        "lineno" => 1,
                        "offset" => 2,
                        _ => 3,
                    };
                    t[i].clone()
                }
                _ => Value::none(),
            }
        }
        _ => {
            let _ = vm;
            return Ok(None);
        }
    }))
}

/// Attribute writes of exceptions.
pub fn exc_setattr(vm: &mut Vm, obj: &Value, name: &str, value: Option<Value>) -> PyResult<bool> {
    let d = match obj.downcast::<ExceptionData>() {
        Some(d) => d,
        None => return Ok(false),
    };
    let v = value.unwrap_or(Value::NULL);
    match name {
        "args" => {
            let items = vm.collect_iterable(&v)?;
            d.args.set(new_tuple(items));
        }
        "__traceback__" => d.traceback.set(if v.is_none() { Value::NULL } else { v }),
        "__cause__" => {
            d.cause.set(v);
            d.suppress_context.set(true);
        }
        "__context__" => d.context.set(v),
        "__suppress_context__" => {
            let b = vm.truthy(&v)?;
            d.suppress_context.set(b);
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// The OSError subclass CPython picks for an errno (PEP 3151).
fn oserror_subclass(errno: i64) -> Option<&'static TypeObject> {
    Some(match errno {
        1 | 13 => &PERMISSION_ERROR,
        2 => &FILE_NOT_FOUND_ERROR,
        3 => &PROCESS_LOOKUP_ERROR,
        4 => &INTERRUPTED_ERROR,
        10 => &CHILD_PROCESS_ERROR,
        11 | 114 | 115 => &BLOCKING_IO_ERROR,
        17 => &FILE_EXISTS_ERROR,
        20 => &NOT_A_DIRECTORY_ERROR,
        21 => &IS_A_DIRECTORY_ERROR,
        32 | 108 => &BROKEN_PIPE_ERROR,
        103 => &CONNECTION_ABORTED_ERROR,
        104 => &CONNECTION_RESET_ERROR,
        110 => &TIMEOUT_ERROR,
        111 => &CONNECTION_REFUSED_ERROR,
        _ => return None,
    })
}

/// `OSError.__new__`: `OSError(errno, strerror, ...)` builds the errno's subclass.
pub fn os_error_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let mut cls = pos
        .first()
        .and_then(|c| c.as_type())
        .ok_or_else(|| vm.type_error("OSError.__new__(X): X is not a type object"))?;
    if std::ptr::eq(cls, &OS_ERROR) && (3..=6).contains(&pos.len()) {
        if let Some(sub) = int_as_i64(&pos[1]).and_then(oserror_subclass) {
            cls = sub;
        }
    }
    let given = &pos[1..];
    if (3..=5).contains(&given.len()) {
        // OSError(errno, strerror, filename[, winerror[, filename2]]):
        // args keep errno and strerror; the file names become attributes.
        let e = crate::vm::errors::new_exception(cls, given[..2].to_vec());
        let dict = crate::vm::convert::new_dict();
        crate::vm::dictops::set_str(&dict, new_str("filename"), given[2].clone());
        if let Some(f2) = given.get(4) {
            crate::vm::dictops::set_str(&dict, new_str("filename2"), f2.clone());
        }
        if let Some(d) = e.downcast::<ExceptionData>() {
            d.dict.set(dict);
        }
        return Ok(e);
    }
    Ok(crate::vm::errors::new_exception(cls, given.to_vec()))
}

/// `OSError.__init__`: the errno/strerror/filename form was already
/// unpacked by `__new__`; other forms behave as BaseException's.
pub fn os_error_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = args.pos().len().saturating_sub(1);
    if (3..=5).contains(&n) {
        return Ok(Value::none());
    }
    exc_init(vm, args)
}

pub fn os_error_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = &args.pos()[0];
    let d = exc_data(vm, this)?;
    let a = d.args.get();
    let items = tuple_items(&a).unwrap_or(&[]).to_vec();
    if items.len() == 2 {
        let errno = vm.str_of(&items[0])?;
        let strerror = vm.str_of(&items[1])?;
        let filename = exc_getattr(vm, this, "filename")?.unwrap_or_else(Value::none);
        let filename2 = exc_getattr(vm, this, "filename2")?.unwrap_or_else(Value::none);
        if let Some(f) = Some(filename).filter(|f| !f.is_none()) {
            let fr = vm.repr(&f)?;
            if let Some(f2) = Some(filename2).filter(|f| !f.is_none()) {
                let f2r = vm.repr(&f2)?;
                return Ok(new_string(format!(
                    "[Errno {errno}] {strerror}: {fr} -> {f2r}"
                )));
            }
            return Ok(new_string(format!("[Errno {errno}] {strerror}: {fr}")));
        }
        return Ok(new_string(format!("[Errno {errno}] {strerror}")));
    }
    exc_str(vm, args)
}

/// The args index of a UnicodeDecodeError/EncodeError/TranslateError field:
/// args are (encoding, object, start, end, reason), without the encoding
/// for UnicodeTranslateError.
fn unicode_field(obj: &Value, name: &str) -> Option<usize> {
    let ty = obj.ty();
    let with_encoding =
        ty.is_subtype(&UNICODE_DECODE_ERROR) || ty.is_subtype(&UNICODE_ENCODE_ERROR);
    if !with_encoding && !ty.is_subtype(&UNICODE_TRANSLATE_ERROR) {
        return None;
    }
    let i = ["encoding", "object", "start", "end", "reason"]
        .iter()
        .position(|n| *n == name)?;
    match (with_encoding, i) {
        (true, i) => Some(i),
        (false, 0) => None,
        (false, i) => Some(i - 1),
    }
}

/// CPython's message for a Unicode{Decode,Encode}Error with its five args.
fn unicode_error_str(this: &Value, items: &[Value]) -> Option<String> {
    let decode = this.ty().is_subtype(&UNICODE_DECODE_ERROR);
    if !decode && !this.ty().is_subtype(&UNICODE_ENCODE_ERROR) {
        return None;
    }
    let [enc, object, start, end, reason] = items else {
        return None;
    };
    let (enc, reason) = (enc.as_str()?, reason.as_str()?);
    let (start, end) = (int_as_i64(start)?, int_as_i64(end)?);
    if decode {
        let data = super::bytes::bytes_of(object)?;
        let at = usize::try_from(start)
            .ok()
            .and_then(|i| data.get(i).copied());
        Some(match at {
            Some(b) if end == start + 1 => {
                format!("'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
            }
            _ => format!(
                "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            ),
        })
    } else {
        let text = object.as_str()?;
        let at = usize::try_from(start)
            .ok()
            .and_then(|i| text.chars().nth(i));
        Some(match at {
            Some(c) if end == start + 1 => format!(
                "'{enc}' codec can't encode character '{}' in position {start}: {reason}",
                super::codecs::char_escape(c)
            ),
            _ => format!(
                "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
                end - 1
            ),
        })
    }
}
