//! Raising exceptions from Rust, and printing them as CPython does.

use crate::builtins::exc;
use crate::object::*;
use crate::vm::{convert, Vm};

/// A raised Python exception (always an exception instance).
pub struct PyErr {
    pub exc: Value,
    /// Re-raised without adding a traceback entry for the current frame.
    pub reraise: bool,
}

impl PyErr {
    pub fn new(exc: Value) -> PyErr {
        PyErr {
            exc,
            reraise: false,
        }
    }

    pub fn is_instance(&self, ty: &TypeObject) -> bool {
        self.exc.ty().is_subtype(ty)
    }

    pub fn data(&self) -> &ExceptionData {
        self.exc
            .downcast::<ExceptionData>()
            .expect("PyErr always holds an exception instance")
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", self.exc.ty().name())
    }
}

/// Makes an exception instance of `ty` with `args`.
pub fn new_exception(ty: &TypeObject, args: Vec<Value>) -> Value {
    alloc(
        ty,
        ExceptionData {
            args: Slot::new(convert::new_tuple(args)),
            traceback: Slot::null(),
            cause: Slot::null(),
            context: Slot::null(),
            suppress_context: std::cell::Cell::new(false),
            dict: Slot::null(),
        },
    )
}

impl Vm {
    /// An error of type `ty` with a message.
    pub fn new_error(&mut self, ty: &TypeObject, msg: impl AsRef<str>) -> PyErr {
        PyErr::new(new_exception(ty, vec![convert::new_str(msg.as_ref())]))
    }

    pub fn type_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&exc::TYPE_ERROR, msg)
    }
    pub fn value_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&exc::VALUE_ERROR, msg)
    }
    pub fn index_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&exc::INDEX_ERROR, msg)
    }
    pub fn attribute_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&exc::ATTRIBUTE_ERROR, msg)
    }
    pub fn name_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&exc::NAME_ERROR, msg)
    }
    pub fn overflow_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&exc::OVERFLOW_ERROR, msg)
    }
    pub fn zero_division(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&exc::ZERO_DIVISION_ERROR, msg)
    }
    pub fn runtime_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&exc::RUNTIME_ERROR, msg)
    }
    pub fn memory_error(&mut self) -> PyErr {
        PyErr::new(new_exception(&exc::MEMORY_ERROR, vec![]))
    }
    pub fn key_error(&mut self, key: Value) -> PyErr {
        PyErr::new(new_exception(&exc::KEY_ERROR, vec![key]))
    }
    pub fn stop_iteration(&mut self, value: Option<Value>) -> PyErr {
        PyErr::new(new_exception(
            &exc::STOP_ITERATION,
            value.into_iter().collect(),
        ))
    }

    /// Writes the traceback and message of an uncaught exception to stderr,
    /// with chained causes/contexts first, as CPython's default hook does.
    pub fn print_exception(&mut self, e: &Value) {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_exception_chain(e, &mut out, &mut seen);
        self.write_err(&out);
    }

    /// Reports an exception that cannot propagate ("Exception ignored in:
    /// OBJ", then its own traceback without the chain), as CPython's
    /// default unraisable hook.
    /// Prints a RuntimeWarning the runtime itself issues (CPython's default
    /// filter: once per location and message), located at the current line
    /// of the running frame; `tracemalloc_hint` adds CPython's note about
    /// the allocation traceback.
    pub fn warn_runtime(&mut self, msg: &str, tracemalloc_hint: bool) {
        let (filename, lineno) = match self.frames.last() {
            Some(f) => match f.code.downcast::<CodeData>() {
                Some(cd) => (
                    cd.code.filename.to_string(),
                    cd.code.line_at(f.pc.saturating_sub(1)),
                ),
                None => ("sys".to_string(), 1),
            },
            None => ("sys".to_string(), 1),
        };
        let key = format!("{filename}:{lineno}:{msg}");
        if !self.warned.insert(key) {
            return;
        }
        let mut text = format!("{filename}:{lineno}: RuntimeWarning: {msg}\n");
        if let Some(line) = crate::source_cache::line(&filename, lineno) {
            let line = line.trim();
            if !line.is_empty() {
                text.push_str(&format!("  {line}\n"));
            }
        }
        if tracemalloc_hint {
            text.push_str(
                "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
            );
        }
        self.write_err(&text);
    }

    pub fn print_unraisable(&mut self, e: &Value, obj: &Value) {
        let obj = obj.clone();
        let obj = &obj;
        let r = self
            .repr(obj)
            .unwrap_or_else(|_| "<object repr() failed>".into());
        let mut out = format!("Exception ignored in: {r}\n");
        self.format_one_exception(e, &mut out);
        self.write_err(&out);
    }

    fn format_exception_chain(&mut self, e: &Value, out: &mut String, seen: &mut Vec<usize>) {
        seen.push(e.raw());
        if let Some(d) = e.downcast::<ExceptionData>() {
            let cause = d.cause.get();
            let context = d.context.get();
            if !cause.is_null() && !cause.is_none() && !seen.contains(&cause.raw()) {
                self.format_exception_chain(&cause, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if !context.is_null()
                && !context.is_none()
                && !d.suppress_context.get()
                && !seen.contains(&context.raw())
            {
                self.format_exception_chain(&context, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        self.format_one_exception(e, out);
    }

    /// The traceback entries (filename, line, function name) of an exception.
    pub fn traceback_entries(&self, e: &Value) -> Vec<(String, u32, String)> {
        let mut entries = Vec::new();
        let mut tb = e
            .downcast::<ExceptionData>()
            .map(|d| d.traceback.get())
            .unwrap_or(Value::NULL);
        while let Some(t) = tb.downcast::<TracebackData>() {
            if let Some(code) = t.code.downcast::<CodeData>() {
                entries.push((
                    code.code.filename.to_string(),
                    t.lineno,
                    code.code.name.to_string(),
                ));
            }
            let next = t.next.get();
            tb = next;
        }
        entries
    }

    fn format_one_exception(&mut self, e: &Value, out: &mut String) {
        let entries = self.traceback_entries(e);
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let mut last: Option<&(String, u32, String)> = None;
            let mut repeats = 0usize;
            let flush_repeats = |out: &mut String, repeats: usize| {
                if repeats > 3 {
                    let n = repeats - 3;
                    out.push_str(&format!(
                        "  [Previous line repeated {} more time{}]\n",
                        n,
                        if n == 1 { "" } else { "s" }
                    ));
                }
            };
            for entry in &entries {
                if last == Some(entry) {
                    repeats += 1;
                    if repeats > 3 {
                        continue;
                    }
                } else {
                    flush_repeats(out, repeats);
                    repeats = 1;
                }
                last = Some(entry);
                let (file, line, name) = entry;
                out.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
                // Like CPython, no source lines for `<string>`/`<stdin>` code.
                let src = if file.starts_with('<') {
                    None
                } else {
                    crate::source_cache::line(file, *line)
                };
                if let Some(src) = src {
                    let t = src.trim();
                    if !t.is_empty() {
                        out.push_str("    ");
                        out.push_str(t);
                        out.push('\n');
                    }
                }
            }
            flush_repeats(out, repeats);
        }
        out.push_str(&self.exception_only(e));
    }

    /// `TypeName: message` (and SyntaxError's location block).
    pub fn exception_only(&mut self, e: &Value) -> String {
        let ty = e.ty();
        let mut name = ty.qualname().to_string();
        let module = self.type_module_name(ty);
        if module != "builtins" && module != "__main__" {
            name = format!("{module}.{name}");
        }
        let mut out = String::new();
        if ty.is_subtype(&exc::SYNTAX_ERROR) {
            out.push_str(&self.syntax_error_location(e));
        }
        let msg = if ty.is_subtype(&exc::SYNTAX_ERROR) {
            self.getattr_str(e, "msg")
                .ok()
                .and_then(|m| self.str_of(&m).ok())
                .unwrap_or_default()
        } else {
            match self.str_of(e) {
                Ok(s) => s,
                Err(_) => "<exception str() failed>".to_string(),
            }
        };
        if msg.is_empty() {
            out.push_str(&name);
        } else {
            out.push_str(&format!("{name}: {msg}"));
        }
        out.push('\n');
        out
    }

    fn syntax_error_location(&mut self, e: &Value) -> String {
        let mut out = String::new();
        let filename = self
            .getattr_str(e, "filename")
            .ok()
            .and_then(|v| v.as_str().map(str::to_string));
        let lineno = self
            .getattr_str(e, "lineno")
            .ok()
            .and_then(|v| v.as_small_int());
        if let (Some(f), Some(l)) = (filename, lineno) {
            out.push_str(&format!("  File \"{f}\", line {l}\n"));
        }
        let text = self
            .getattr_str(e, "text")
            .ok()
            .and_then(|v| v.as_str().map(str::to_string));
        let offset = self
            .getattr_str(e, "offset")
            .ok()
            .and_then(|v| v.as_small_int());
        if let Some(text) = text {
            let line = text.trim_end_matches(['\n', '\r']);
            let stripped = line.trim_start();
            let removed = line.chars().count() - stripped.chars().count();
            out.push_str("    ");
            out.push_str(stripped);
            out.push('\n');
            if let Some(off) = offset {
                let col = (off - 1 - removed as i64).max(0) as usize;
                let col = col.min(stripped.chars().count());
                out.push_str("    ");
                out.push_str(&" ".repeat(col));
                out.push_str("^\n");
            }
        }
        out
    }

    pub fn type_module_name(&mut self, ty: &TypeObject) -> String {
        let d = ty.dict().clone();
        if d.is_null() {
            return "builtins".into();
        }
        let key = self.names.__module__.clone();
        match dictops::get_str_key(&d, &key) {
            Some(m) => m.as_str().unwrap_or("builtins").to_string(),
            None => "builtins".into(),
        }
    }
}

use crate::vm::dictops;
