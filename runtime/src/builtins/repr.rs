//! `repr()`, `str()`, `format()` and the interactive display hook.

use num_traits::ToPrimitive;

use crate::format::{self, FormatSpec};
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{dictops, PyResult, Vm};

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        if let Some(i) = v.as_small_int() {
            return Ok(i.to_string());
        }
        let ty = v.ty();
        if ty.is_heap() {
            let m = self.lookup_special(v, "__repr__");
            if let Some(m) = m {
                if !crate::vm::classes::is_object_slot(&m, "__repr__") {
                    let r = self.call_method_obj(&m, v, &[])?;
                    return match r.as_str() {
                        Some(s) => Ok(s.to_string()),
                        None => Err(self.type_error(format!(
                            "__repr__ returned non-string (type {})",
                            r.ty().name()
                        ))),
                    };
                }
            }
        }
        self.enter_recursion()?;
        let r = self.builtin_repr(v);
        self.leave_recursion();
        r
    }

    /// `repr()` by the object's builtin layout (no `__repr__` lookup).
    pub fn builtin_repr(&mut self, v: &Value) -> PyResult<String> {
        let ty = v.ty();
        Ok(match ty.layout {
            Layout::Int => int_as_bigint(v).unwrap_or_default().to_string(),
            Layout::Bool => if v.is_true_obj() { "True" } else { "False" }.into(),
            Layout::Float => format::float_repr(float_of(v).unwrap_or(0.0)),
            Layout::Complex => crate::builtins::complex::complex_repr(
                v.downcast::<ComplexData>().expect("complex"),
            ),
            Layout::Str => format::str_repr(v.as_str().unwrap_or("")),
            Layout::Bytes => format::bytes_repr(&v.downcast::<BytesData>().expect("bytes").b),
            Layout::ByteArray => format!(
                "bytearray({})",
                format::bytes_repr(&crate::builtins::bytes::bytes_of(v).unwrap_or_default())
            ),
            Layout::NoneType => "None".into(),
            Layout::NotImplementedType => "NotImplemented".into(),
            Layout::Ellipsis => "Ellipsis".into(),
            Layout::Tuple => {
                let items = tuple_items(v).expect("tuple").to_vec();
                let mut parts = Vec::with_capacity(items.len());
                for i in &items {
                    parts.push(self.repr(i)?);
                }
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Layout::List => {
                if self.repr_enter(v) {
                    return Ok("[...]".into());
                }
                let items = v.downcast::<ListData>().expect("list").vec().clone();
                let mut parts = Vec::with_capacity(items.len());
                for i in &items {
                    match self.repr(i) {
                        Ok(s) => parts.push(s),
                        Err(e) => {
                            self.repr_leave(v);
                            return Err(e);
                        }
                    }
                }
                self.repr_leave(v);
                format!("[{}]", parts.join(", "))
            }
            Layout::Dict => {
                if self.repr_enter(v) {
                    return Ok("{...}".into());
                }
                let items = dictops::items(v);
                let mut parts = Vec::with_capacity(items.len());
                for (k, val) in &items {
                    let r = self
                        .repr(k)
                        .and_then(|ks| Ok(format!("{}: {}", ks, self.repr(val)?)));
                    match r {
                        Ok(s) => parts.push(s),
                        Err(e) => {
                            self.repr_leave(v);
                            return Err(e);
                        }
                    }
                }
                self.repr_leave(v);
                format!("{{{}}}", parts.join(", "))
            }
            Layout::Set | Layout::FrozenSet => {
                let items = dictops::set_items(v);
                let name = ty.name().to_string();
                if items.is_empty() {
                    return Ok(format!("{name}()"));
                }
                let mut parts = Vec::with_capacity(items.len());
                for i in &items {
                    parts.push(self.repr(i)?);
                }
                if ty.layout == Layout::Set && !ty.is_heap() {
                    format!("{{{}}}", parts.join(", "))
                } else {
                    format!("{}({{{}}})", name, parts.join(", "))
                }
            }
            Layout::Range => {
                let r = v.downcast::<RangeData>().expect("range");
                let (a, b, c) = (r.start.clone(), r.stop.clone(), r.step.clone());
                if int_as_i64(&c) == Some(1) {
                    format!("range({}, {})", self.repr(&a)?, self.repr(&b)?)
                } else {
                    format!(
                        "range({}, {}, {})",
                        self.repr(&a)?,
                        self.repr(&b)?,
                        self.repr(&c)?
                    )
                }
            }
            Layout::Slice => {
                let s = v.downcast::<SliceData>().expect("slice");
                let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
                format!(
                    "slice({}, {}, {})",
                    self.repr(&a)?,
                    self.repr(&b)?,
                    self.repr(&c)?
                )
            }
            Layout::Type => {
                let t = v.as_type().expect("type");
                let module = self.type_module_name(t);
                if module == "builtins" {
                    format!("<class '{}'>", t.qualname())
                } else {
                    format!("<class '{}.{}'>", module, t.qualname())
                }
            }
            Layout::Function => {
                let f = v.downcast::<FunctionData>().expect("function");
                let q = f.qualname.get();
                format!("<function {} at {:#x}>", q.as_str().unwrap_or("?"), v.raw())
            }
            Layout::BuiltinFunction => {
                let b = v.downcast::<BuiltinFunctionData>().expect("builtin");
                if b.self_.is_null() {
                    if b.owner.is_null() {
                        format!("<built-in function {}>", b.name)
                    } else {
                        format!(
                            "<method '{}' of '{}' objects>",
                            b.name,
                            b.owner
                                .as_type()
                                .map(|t| t.name().to_string())
                                .unwrap_or_default()
                        )
                    }
                } else if b.self_.downcast::<ModuleData>().is_some() {
                    format!("<built-in function {}>", b.name)
                } else {
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name,
                        b.self_.ty().name(),
                        b.self_.raw()
                    )
                }
            }
            Layout::Method => {
                let m = v.downcast::<MethodData>().expect("method");
                let (f, s) = (m.func.clone(), m.self_.clone());
                let q = self
                    .getattr_str(&f, "__qualname__")
                    .ok()
                    .and_then(|q| q.as_str().map(str::to_string))
                    .unwrap_or_else(|| "?".into());
                format!("<bound method {} of {}>", q, self.repr(&s)?)
            }
            Layout::Module => {
                let m = v.downcast::<ModuleData>().expect("module");
                let name = dictops::get_str_key(&m.dict, &self.names.__name__.clone());
                let n = name
                    .and_then(|n| n.as_str().map(str::to_string))
                    .unwrap_or_else(|| "?".into());
                if n == "sys" || n == "builtins" {
                    format!("<module '{n}' (built-in)>")
                } else {
                    let file = dictops::get_str_key(&m.dict, &self.names.__file__.clone());
                    match file.and_then(|f| f.as_str().map(str::to_string)) {
                        Some(f) => format!("<module '{n}' from '{f}'>"),
                        None => format!("<module '{n}'>"),
                    }
                }
            }
            Layout::Exception => {
                let r = crate::builtins::exc::exc_repr(
                    self,
                    Args::positional(std::slice::from_ref(v)),
                )?;
                r.as_str().unwrap_or("").to_string()
            }
            Layout::Cell => format!("<cell at {:#x}>", v.raw()),
            Layout::File => crate::builtins::file::file_repr(v),
            Layout::MappingProxy => {
                let d = crate::builtins::dict::proxy_dict(v).expect("mappingproxy");
                format!("mappingproxy({})", self.repr(&d)?)
            }
            Layout::Code => {
                let c = v.downcast::<CodeData>().expect("code");
                format!(
                    "<code object {} at {:#x}, file \"{}\", line {}>",
                    c.code.name,
                    v.raw(),
                    c.code.filename,
                    c.code.first_line
                )
            }
            Layout::Generator => {
                let g = v.downcast::<GeneratorData>().expect("gen");
                let q = g.qualname.get();
                format!(
                    "<{} object {} at {:#x}>",
                    ty.name(),
                    q.as_str().unwrap_or("?"),
                    v.raw()
                )
            }
            Layout::DictView => {
                let d = v.downcast::<DictViewData>().expect("view").dict.clone();
                let items: Vec<Value> = match ty.name() {
                    "dict_keys" => dictops::items(&d).into_iter().map(|(k, _)| k).collect(),
                    "dict_values" => dictops::items(&d).into_iter().map(|(_, v)| v).collect(),
                    _ => dictops::items(&d)
                        .into_iter()
                        .map(|(k, v)| new_tuple(vec![k, v]))
                        .collect(),
                };
                let mut parts = Vec::new();
                for i in &items {
                    parts.push(self.repr(i)?);
                }
                format!("{}([{}])", ty.name(), parts.join(", "))
            }
            _ => {
                let module = self.type_module_name(ty);
                if module == "builtins" {
                    format!("<{} object at {:#x}>", ty.qualname(), v.raw())
                } else {
                    format!("<{}.{} object at {:#x}>", module, ty.qualname(), v.raw())
                }
            }
        })
    }

    fn repr_enter(&mut self, v: &Value) -> bool {
        if self.repr_stack.iter().any(|x| x.is(v)) {
            return true;
        }
        self.repr_stack.push(v.clone());
        false
    }

    fn repr_leave(&mut self, v: &Value) {
        if let Some(p) = self.repr_stack.iter().rposition(|x| x.is(v)) {
            self.repr_stack.remove(p);
        }
    }

    /// `str(v)`.
    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        if let Some(s) = v.as_str() {
            if v.is_exact(&STR_TYPE) {
                return Ok(s.to_string());
            }
        }
        if let Some(i) = v.as_small_int() {
            return Ok(i.to_string());
        }
        let ty = v.ty();
        if ty.is_heap() || ty.layout == Layout::Exception {
            if let Some(m) = self.lookup_special(v, "__str__") {
                if !crate::vm::classes::is_object_slot(&m, "__str__") {
                    let r = self.call_method_obj(&m, v, &[])?;
                    return match r.as_str() {
                        Some(s) => Ok(s.to_string()),
                        None => Err(self.type_error(format!(
                            "__str__ returned non-string (type {})",
                            r.ty().name()
                        ))),
                    };
                }
            }
        }
        if let Some(s) = v.as_str() {
            return Ok(s.to_string());
        }
        self.repr(v)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let ty = v.ty();
        if ty.is_heap() {
            if let Some(m) = self.lookup_special(v, "__format__") {
                if !crate::vm::classes::is_object_slot(&m, "__format__") {
                    let r = self.call_method_obj(&m, v, &[new_str(spec)])?;
                    return match r.as_str() {
                        Some(s) => Ok(s.to_string()),
                        None => Err(self.type_error(format!(
                            "__format__ must return a str, not {}",
                            r.ty().name()
                        ))),
                    };
                }
            }
        }
        self.builtin_format(v, spec)
    }

    /// `format()` by the value's builtin layout (no `__format__` lookup).
    pub fn builtin_format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let ty = v.ty();
        let fmt_err = |vm: &mut Vm, e: crate::format::FormatError| -> crate::vm::PyErr {
            match e.kind {
                crate::format::FormatErrorKind::OverflowError => vm.overflow_error(e.message),
                crate::format::FormatErrorKind::TypeError => vm.type_error(e.message),
                crate::format::FormatErrorKind::MemoryError => vm.memory_error(),
                _ => vm.value_error(e.message),
            }
        };
        match ty.layout {
            Layout::Int | Layout::Bool if !(ty.layout == Layout::Bool && spec.is_empty()) => {
                let s = FormatSpec::parse(spec).map_err(|e| fmt_err(self, e))?;
                let i = int_as_bigint(v).unwrap_or_default();
                format::format_int(&i, &s).map_err(|e| fmt_err(self, e))
            }
            Layout::Float => {
                let s = FormatSpec::parse(spec).map_err(|e| fmt_err(self, e))?;
                format::format_float(float_of(v).unwrap_or(0.0), &s).map_err(|e| fmt_err(self, e))
            }
            Layout::Str => {
                let s = FormatSpec::parse(spec).map_err(|e| fmt_err(self, e))?;
                format::format_str(v.as_str().unwrap_or(""), &s).map_err(|e| fmt_err(self, e))
            }
            _ => {
                if !spec.is_empty() {
                    return Err(self.type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        ty.name()
                    )));
                }
                self.str_of(v)
            }
        }
    }

    /// `sys.displayhook`: echo a non-None value's repr and bind `_`.
    pub fn display_hook(&mut self, v: &Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let r = self.repr(v)?;
        self.write_out(&r);
        self.write_out("\n");
        let _ = self.streams.out.flush();
        let b = self.builtins.clone();
        let k = self.intern("_");
        dictops::set_str(&b, k, v.clone());
        Ok(())
    }
}

/// `int(f)` truncation of a float, with CPython's errors.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(new_int(t as i64));
    }
    let b = num_bigint::BigInt::parse_bytes(format!("{t:.0}").as_bytes(), 10).unwrap_or_default();
    let _ = b.to_i64();
    Ok(new_bigint(b))
}

use std::io::Write;
