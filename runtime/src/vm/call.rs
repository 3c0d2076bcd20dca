//! Calling: the one vector convention `(callable, args, kwnames)`, binding
//! arguments to a Python function's parameters, and calls from Rust.

use crate::bytecode::code_flags;
use crate::interp::{Exit, Frame};
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{dictops, PyResult, Vm};

impl Vm {
    /// Calls `f` with positional `args` whose last `kwnames.len()` entries are
    /// keyword arguments named by `kwnames`.
    pub fn call(&mut self, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let ty = f.ty();
        match ty.layout {
            Layout::Function => self.call_function(f, args, kwnames),
            Layout::BuiltinFunction => {
                let b = f.downcast::<BuiltinFunctionData>().expect("builtin");
                if b.self_.is_null() {
                    if b.kind == BuiltinKind::StaticMethod && b.name == "__new__" {
                        if let Some(r) =
                            crate::vm::classes::new_of_builtin_subclass(self, b, args, kwnames)?
                        {
                            return Ok(r);
                        }
                    }
                    if b.kind == BuiltinKind::Method && args.len() == kwnames.len() {
                        return Err(self.type_error(format!(
                            "unbound method {}.{}() needs an argument",
                            b.owner
                                .as_type()
                                .map(|t| t.name().to_string())
                                .unwrap_or_default(),
                            b.name
                        )));
                    }
                    (b.func)(self, Args::new(args, kwnames))
                } else {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(b.self_.clone());
                    all.extend_from_slice(args);
                    (b.func)(self, Args::new(&all, kwnames))
                }
            }
            Layout::Method => {
                let m = f.downcast::<MethodData>().expect("method");
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(m.self_.clone());
                all.extend_from_slice(args);
                let func = m.func.clone();
                self.call(&func, &all, kwnames)
            }
            Layout::Type if f.as_type().is_some() => {
                let t = f.as_type().expect("type");
                if ty.is_heap() {
                    // A metaclass may override __call__.
                    let callm = self.names.__call__.clone();
                    if let Some(m) = self.type_lookup_v(ty, &callm) {
                        if m.downcast::<BuiltinFunctionData>().is_none() {
                            let mut all = vec![f.clone()];
                            all.extend_from_slice(args);
                            return self.call(&m, &all, kwnames);
                        }
                    }
                }
                crate::vm::classes::call_type(self, t, f, args, kwnames)
            }
            _ => {
                let callm = self.names.__call__.clone();
                match self.type_lookup_v(ty, &callm) {
                    Some(m) => {
                        // `__call__` may itself be a callable instance (even
                        // of the same class): each level counts as recursion.
                        self.enter_recursion()?;
                        let r =
                            self.bind_descriptor(&m, Some(f), &ty.to_value())
                                .and_then(|bound| {
                                    if bound.is(&m) {
                                        let mut all = vec![f.clone()];
                                        all.extend_from_slice(args);
                                        self.call(&m, &all, kwnames)
                                    } else {
                                        self.call(&bound, args, kwnames)
                                    }
                                });
                        self.leave_recursion();
                        r
                    }
                    None => Err(self.type_error(format!("'{}' object is not callable", ty.name()))),
                }
            }
        }
    }

    /// `f(*args, **kwargs)` with an iterable and an optional mapping.
    pub fn call_ex(&mut self, f: &Value, pargs: &Value, kwargs: Option<&Value>) -> PyResult<Value> {
        let mut args = match tuple_items(pargs) {
            Some(t) => t.to_vec(),
            None => self.collect_iterable(pargs)?,
        };
        let mut names = Vec::new();
        if let Some(kw) = kwargs {
            for (k, v) in self.mapping_items(kw)? {
                if !k.is_exact(&STR_TYPE) && k.downcast::<StrData>().is_none() {
                    let fname = self.describe_callable(f);
                    return Err(self.type_error(format!("{fname} keywords must be strings")));
                }
                names.push(k);
                args.push(v);
            }
        }
        self.call(f, &args, &names)
    }

    /// `name()` for messages about a callable.
    pub fn describe_callable(&mut self, f: &Value) -> String {
        if let Some(fd) = f.downcast::<FunctionData>() {
            let q = fd.qualname.get();
            return format!("{}()", q.as_str().unwrap_or("?"));
        }
        if let Some(m) = f.downcast::<MethodData>() {
            let func = m.func.clone();
            return self.describe_callable(&func);
        }
        if let Some(b) = f.downcast::<BuiltinFunctionData>() {
            return format!("{}()", b.name);
        }
        if let Some(t) = f.as_type() {
            return format!("{}()", t.name());
        }
        format!("{} object", f.ty().name())
    }

    /// Calls a Python function from Rust (a native re-entry).
    pub fn call_function(
        &mut self,
        f: &Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let fd = f.downcast::<FunctionData>().expect("function");
        let code_v = fd.code.clone();
        // SAFETY: `code_v` holds the code object alive for this borrow.
        let cd = unsafe { &*(code_v.payload_unchecked::<CodeData>() as *const CodeData) };
        let base = self.stack.len();
        let n = cd.code.varnames.len() + cd.cell_names.len();
        self.stack.resize_with(base + n, || Value::NULL);
        if let Err(e) = self.bind_args(f, cd, args, kwnames, base) {
            self.stack.truncate(base);
            return Err(e);
        }
        let closure = fd.closure.clone();
        if !cd.cell_names.is_empty() {
            self.init_cells(cd, base, &closure);
        }
        let frame = Frame {
            code: code_v.clone(),
            globals: fd.globals.clone(),
            locals: Value::NULL,
            func: f.clone(),
            base,
            pc: 0,
            block_base: self.blocks.len(),
            entry: true,
            eager: false,
            generator: Value::NULL,
        };
        if cd.code.flags
            & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR)
            != 0
        {
            return Ok(crate::builtins::gen::new_generator(self, frame, f));
        }
        match self.run_frame(frame)? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => Err(self.runtime_error("yield from a non-generator frame")),
        }
    }

    /// Binds call arguments to the parameters of `func`, writing them into
    /// `stack[base..]`, with CPython's error messages.
    pub fn bind_args(
        &mut self,
        func: &Value,
        cd: &CodeData,
        args: &[Value],
        kwnames: &[Value],
        base: usize,
    ) -> PyResult<()> {
        let fd = func.downcast::<FunctionData>().expect("function");
        let code = &cd.code;
        let npos_params = code.argcount as usize;
        let nkwonly = code.kwonlyargcount as usize;
        let nposonly = code.posonlyargcount as usize;
        let has_varargs = code.flags & code_flags::VARARGS != 0;
        let has_varkw = code.flags & code_flags::VARKEYWORDS != 0;
        let npos_given = args.len() - kwnames.len();
        // CPython 3.8 names the function by its code name in these messages
        // (3.10+ switched to the qualified name).
        let fname = code.name.to_string();

        // Positional arguments.
        let ncopy = npos_given.min(npos_params);
        for (i, a) in args.iter().take(ncopy).enumerate() {
            self.stack[base + i] = a.clone();
        }
        let mut varargs_idx = npos_params + nkwonly;
        if has_varargs {
            let extra: Vec<Value> = args[ncopy..npos_given].to_vec();
            self.stack[base + varargs_idx] = new_tuple(extra);
            varargs_idx += 1;
        } else if npos_given > npos_params {
            return Err(self.too_many_positional(&fname, fd, code, npos_given, kwnames.len()));
        }
        let kwdict = if has_varkw {
            let d = new_dict();
            self.stack[base + varargs_idx] = d.clone();
            Some(d)
        } else {
            None
        };

        // Keyword arguments.
        for (i, name) in kwnames.iter().enumerate() {
            let value = args[npos_given + i].clone();
            let ns = name.as_str().unwrap_or("");
            let pos = code.varnames[..npos_params + nkwonly]
                .iter()
                .position(|v| &**v == ns);
            match pos {
                Some(p) if p >= nposonly => {
                    if !self.stack[base + p].is_null() {
                        return Err(self.type_error(format!(
                            "{fname}() got multiple values for argument '{ns}'"
                        )));
                    }
                    self.stack[base + p] = value;
                }
                _ => match &kwdict {
                    Some(d) => {
                        if dictops::get_str_key(d, name).is_some() {
                            return Err(self.type_error(format!(
                                "{fname}() got multiple values for argument '{ns}'"
                            )));
                        }
                        dictops::set_str(d, name.clone(), value);
                    }
                    None => {
                        if let Some(p) = pos {
                            let _ = p;
                            return Err(self.type_error(format!(
                                "{fname}() got some positional-only arguments passed as keyword arguments: '{ns}'"
                            )));
                        }
                        return Err(self.type_error(format!(
                            "{fname}() got an unexpected keyword argument '{ns}'"
                        )));
                    }
                },
            }
        }

        // Defaults for missing positional parameters.
        if npos_given < npos_params {
            let defaults = fd.defaults.get();
            let defs: &[Value] = tuple_items(&defaults).unwrap_or(&[]);
            let first_default = npos_params - defs.len();
            let mut missing = Vec::new();
            for i in npos_given..npos_params {
                if self.stack[base + i].is_null() {
                    if i >= first_default {
                        self.stack[base + i] = defs[i - first_default].clone();
                    } else {
                        missing.push(code.varnames[i].to_string());
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_args(&fname, "positional", &missing));
            }
        }
        // Keyword-only defaults.
        if nkwonly > 0 {
            let kwdefaults = fd.kwdefaults.get();
            let mut missing = Vec::new();
            for i in npos_params..npos_params + nkwonly {
                if self.stack[base + i].is_null() {
                    let name = self.intern(&code.varnames[i]);
                    let d = if kwdefaults.is_null() || kwdefaults.is_none() {
                        None
                    } else {
                        dictops::get_str_key(&kwdefaults, &name)
                    };
                    match d {
                        Some(v) => self.stack[base + i] = v,
                        None => missing.push(code.varnames[i].to_string()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_args(&fname, "keyword-only", &missing));
            }
        }
        Ok(())
    }

    fn missing_args(&mut self, fname: &str, kind: &str, missing: &[String]) -> crate::vm::PyErr {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            _ => format!(
                "{}, and {}",
                quoted[..quoted.len() - 1].join(", "),
                quoted[quoted.len() - 1]
            ),
        };
        self.type_error(format!(
            "{fname}() missing {} required {kind} argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        ))
    }

    fn too_many_positional(
        &mut self,
        fname: &str,
        fd: &FunctionData,
        code: &crate::bytecode::CodeObject,
        given: usize,
        nkw: usize,
    ) -> crate::vm::PyErr {
        let defaults = fd.defaults.get();
        let ndefs = tuple_items(&defaults).map_or(0, |t| t.len());
        let nparams = code.argcount as usize;
        let takes = if ndefs > 0 {
            format!(
                "from {} to {} positional arguments",
                nparams - ndefs,
                nparams
            )
        } else {
            format!(
                "{} positional argument{}",
                nparams,
                if nparams == 1 { "" } else { "s" }
            )
        };
        let kwonly_given = nkw; // keyword arguments that bound to kw-only params
        let given_s = if kwonly_given > 0 && code.kwonlyargcount > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{})",
                given,
                if given == 1 { "" } else { "s" },
                kwonly_given,
                if kwonly_given == 1 { "" } else { "s" }
            )
        } else {
            format!("{} {}", given, if given == 1 { "was" } else { "were" })
        };
        let verb = if kwonly_given > 0 && code.kwonlyargcount > 0 {
            " were given"
        } else {
            " given"
        };
        self.type_error(format!("{fname}() takes {takes} but {given_s}{verb}"))
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let n = self.intern(name);
        let (m, self_) = self.load_method(obj, &n)?;
        match self_ {
            Some(s) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(s);
                all.extend_from_slice(args);
                self.call(&m, &all, &[])
            }
            None => self.call(&m, args, &[]),
        }
    }
}
