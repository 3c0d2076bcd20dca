//! The import system (source modules and packages found on `sys.path`),
//! compiling source to code objects, and running a program as `__main__`.

use std::path::{Path, PathBuf};

use crate::builtins::exc;
use crate::compile::{CompileError, Mode, SyntaxErrorKind};
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{dictops, PyErr, PyResult, Vm};

impl Vm {
    /// Compiles source into a runtime code object, or raises SyntaxError.
    pub fn compile_to_value(
        &mut self,
        source: &str,
        filename: &str,
        mode: Mode,
    ) -> PyResult<Value> {
        crate::source_cache::register(filename, source);
        match crate::compile::compile_with_warnings(source, filename, mode) {
            Ok((code, warnings)) => {
                // CPython's warnings module shows the source line when it can
                // read the file (not for `<string>` and the like).
                let lines: Vec<&str> = if filename.starts_with('<') {
                    Vec::new()
                } else {
                    source.lines().collect()
                };
                for w in warnings {
                    let mut text = format!("{filename}:{}: SyntaxWarning: {}\n", w.lineno, w.msg);
                    if let Some(line) = (w.lineno as usize)
                        .checked_sub(1)
                        .and_then(|i| lines.get(i))
                    {
                        text.push_str(&format!("  {}\n", line.trim()));
                    }
                    self.write_err(&text);
                }
                Ok(crate::builtins::func::new_code(
                    self,
                    std::rc::Rc::new(code),
                ))
            }
            Err(e) => Err(self.syntax_error(&e)),
        }
    }

    /// A SyntaxError exception from a compile error.
    pub fn syntax_error(&mut self, e: &CompileError) -> PyErr {
        let ty: &TypeObject = match e.kind {
            SyntaxErrorKind::SyntaxError => &exc::SYNTAX_ERROR,
            SyntaxErrorKind::IndentationError => &exc::INDENTATION_ERROR,
            SyntaxErrorKind::TabError => &exc::TAB_ERROR,
        };
        let text = match &e.text {
            Some(t) => new_string(format!("{t}\n")),
            None => Value::none(),
        };
        let detail = new_tuple(vec![
            new_str(&e.filename),
            new_int(e.lineno as i64),
            new_int(e.col as i64),
            text,
        ]);
        PyErr::new(crate::vm::errors::new_exception(
            ty,
            vec![new_str(&e.msg), detail],
        ))
    }

    fn sys_attr(&mut self, name: &str) -> Option<Value> {
        let d = self.sys_module.downcast::<ModuleData>()?.dict.clone();
        let k = self.intern(name);
        dictops::get_str_key(&d, &k)
    }

    /// `IMPORT_NAME`: `__import__(name, globals, None, fromlist, level)`.
    pub fn import_name(
        &mut self,
        name: &Value,
        globals: &Value,
        fromlist: &Value,
        level: &Value,
    ) -> PyResult<Value> {
        let name_s = name
            .as_str()
            .ok_or_else(|| self.type_error("module name must be str"))?
            .to_string();
        let level = int_as_i64(level).unwrap_or(0);
        let abs_name = if level > 0 {
            self.resolve_relative(&name_s, globals, level as usize)?
        } else {
            if name_s.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            name_s.clone()
        };
        let module = self.import_module(&abs_name)?;
        let has_fromlist = !fromlist.is_null()
            && !fromlist.is_none()
            && tuple_items(fromlist).is_none_or(|t| !t.is_empty())
            && self.truthy(fromlist)?;
        if has_fromlist {
            // Import submodules named in the fromlist of a package.
            if self.is_package(&module) {
                for item in self.collect_iterable(fromlist)? {
                    if let Some(s) = item.as_str() {
                        if s == "*" {
                            continue;
                        }
                        let sub = format!("{abs_name}.{s}");
                        let present = self.getattr_opt(&module, &item)?.is_some();
                        if !present {
                            match self.import_module(&sub) {
                                Ok(_) => {}
                                // Only the submodule itself being absent is
                                // left for IMPORT_FROM to report; an import
                                // failing inside it propagates.
                                Err(e) if self.is_missing_module_error(&e, &sub) => {}
                                Err(e) => return Err(e),
                            }
                        }
                    }
                }
            }
            return Ok(module);
        }
        if level > 0 && name_s.is_empty() {
            return Ok(module);
        }
        let top = abs_name.split('.').next().unwrap_or(&abs_name).to_string();
        if level > 0 {
            // `from . import x` handled above; `import .a.b` is not valid syntax.
            return Ok(module);
        }
        match self.lookup_module(&top) {
            Some(m) => Ok(m),
            None => Err(self.import_error(
                &exc::MODULE_NOT_FOUND_ERROR,
                format!("No module named '{top}'"),
                &top,
            )),
        }
    }

    /// An ImportError (or subclass) with its `name` attribute set.
    pub fn import_error(&mut self, ty: &TypeObject, msg: String, name: &str) -> PyErr {
        let e = self.new_error(ty, msg);
        let _ = self.setattr(&e.exc, &new_str("name"), new_str(name));
        e
    }

    /// True when `e` is the ModuleNotFoundError for `name` itself (not for
    /// a module that `name`'s own code tried to import).
    fn is_missing_module_error(&mut self, e: &PyErr, name: &str) -> bool {
        if !e.is_instance(&exc::MODULE_NOT_FOUND_ERROR) {
            return false;
        }
        let exc = e.exc.clone();
        if let Ok(Some(n)) = self.getattr_opt(&exc, &new_str("name")) {
            if let Some(n) = n.as_str() {
                return n == name;
            }
        }
        let Ok(args) = self.getattr_str(&exc, "args") else {
            return false;
        };
        let msg = tuple_items(&args)
            .and_then(|t| t.first().cloned())
            .and_then(|m| m.as_str().map(str::to_string));
        msg.is_some_and(|m| {
            m == format!("No module named '{name}'")
                || m.starts_with(&format!("No module named '{name}';"))
        })
    }

    fn resolve_relative(&mut self, name: &str, globals: &Value, level: usize) -> PyResult<String> {
        let pkg_key = self.names.__package__.clone();
        let name_key = self.names.__name__.clone();
        let package = dictops::get_str_key(globals, &pkg_key)
            .filter(|p| p.as_str().is_some_and(|s| !s.is_empty()))
            .and_then(|p| p.as_str().map(str::to_string))
            .or_else(|| {
                let n = dictops::get_str_key(globals, &name_key)?;
                let n = n.as_str()?.to_string();
                let path_key = "__path__".to_string();
                let is_pkg = dictops::get_str_key(globals, &new_string(path_key)).is_some();
                if is_pkg {
                    Some(n)
                } else {
                    n.rsplit_once('.').map(|(p, _)| p.to_string())
                }
            });
        let Some(package) = package.filter(|p| !p.is_empty()) else {
            return Err(self.new_error(
                &exc::IMPORT_ERROR,
                "attempted relative import with no known parent package",
            ));
        };
        let mut parts: Vec<&str> = package.split('.').collect();
        if level - 1 > parts.len() - 1 && level > 1 {
            return Err(self.new_error(
                &exc::IMPORT_ERROR,
                "attempted relative import beyond top-level package",
            ));
        }
        for _ in 1..level {
            parts.pop();
        }
        let base = parts.join(".");
        Ok(if name.is_empty() {
            base
        } else {
            format!("{base}.{name}")
        })
    }

    fn lookup_module(&mut self, name: &str) -> Option<Value> {
        let mods = self.modules.clone();
        let k = new_str(name);
        dictops::get_str_key(&mods, &k).filter(|m| !m.is_none())
    }

    fn is_package(&mut self, m: &Value) -> bool {
        let k = self.intern("__path__");
        m.downcast::<ModuleData>()
            .is_some_and(|d| dictops::get_str_key(&d.dict, &k).is_some())
    }

    /// Imports a module by absolute dotted name (parents first).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.lookup_module(name) {
            return Ok(m);
        }
        // `sys.modules[name] = None` blocks the import.
        let mods = self.modules.clone();
        if dictops::get_str_key(&mods, &new_str(name)).is_some_and(|m| m.is_none()) {
            return Err(self.import_error(
                &exc::MODULE_NOT_FOUND_ERROR,
                format!("import of {name} halted; None in sys.modules"),
                name,
            ));
        }
        if let Some(m) = crate::modules::load(self, name)? {
            return Ok(m);
        }
        let (parent, search): (Option<Value>, Vec<PathBuf>) = match name.rsplit_once('.') {
            Some((p, _)) => {
                let pm = self.import_module(p)?;
                if let Some(m) = self.lookup_module(name) {
                    return Ok(m);
                }
                let k = self.intern("__path__");
                let paths = match pm
                    .downcast::<ModuleData>()
                    .and_then(|d| dictops::get_str_key(&d.dict, &k))
                {
                    Some(p) => self.collect_iterable(&p)?,
                    None => {
                        return Err(self.import_error(
                            &exc::MODULE_NOT_FOUND_ERROR,
                            format!("No module named '{name}'; '{p}' is not a package"),
                            name,
                        ))
                    }
                };
                (
                    Some(pm),
                    paths
                        .iter()
                        .filter_map(|p| p.as_str().map(PathBuf::from))
                        .collect(),
                )
            }
            None => {
                let path = self.sys_attr("path");
                let dirs = match path {
                    Some(p) => self.collect_iterable(&p)?,
                    None => vec![],
                };
                (
                    None,
                    dirs.iter()
                        .filter_map(|p| p.as_str().map(PathBuf::from))
                        .collect(),
                )
            }
        };
        let leaf = name.rsplit('.').next().unwrap_or(name).to_string();
        let mut found: Option<(PathBuf, bool)> = None;
        let mut namespace_dirs = Vec::new();
        for dir in &search {
            let dir = if dir.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                dir.clone()
            };
            let pkg = dir.join(&leaf);
            let init = pkg.join("__init__.py");
            if init.is_file() {
                found = Some((init, true));
                break;
            }
            let file = dir.join(format!("{leaf}.py"));
            if file.is_file() {
                found = Some((file, false));
                break;
            }
            if pkg.is_dir() {
                namespace_dirs.push(pkg);
            }
        }
        let module = match found {
            Some((file, is_pkg)) => self.load_source_module(name, &file, is_pkg)?,
            None if !namespace_dirs.is_empty() => {
                // A namespace package (PEP 420).
                let d = new_dict();
                let m = crate::builtins::new_module(self, name, d.clone());
                let k = self.intern("__path__");
                let paths = new_list(
                    namespace_dirs
                        .iter()
                        .map(|p| new_string(p.display().to_string()))
                        .collect(),
                );
                dictops::set_str(&d, k, paths);
                let pk = self.names.__package__.clone();
                dictops::set_str(&d, pk, new_str(name));
                let mods = self.modules.clone();
                dictops::set_str(&mods, new_str(name), m.clone());
                m
            }
            None => {
                return Err(self.import_error(
                    &exc::MODULE_NOT_FOUND_ERROR,
                    format!("No module named '{name}'"),
                    name,
                ));
            }
        };
        if let Some(p) = parent {
            let k = self.intern(&leaf);
            self.setattr(&p, &k, module.clone())?;
        }
        Ok(module)
    }

    fn load_source_module(&mut self, name: &str, file: &Path, is_pkg: bool) -> PyResult<Value> {
        let filename = file.display().to_string();
        let source = std::fs::read(file).map_err(|e| {
            self.new_error(&exc::IMPORT_ERROR, format!("cannot read {filename}: {e}"))
        })?;
        let source = String::from_utf8(source).map_err(|_| {
            self.new_error(
                &exc::SYNTAX_ERROR,
                format!("(unicode error) {filename} is not valid UTF-8"),
            )
        })?;
        let d = new_dict();
        let m = crate::builtins::new_module(self, name, d.clone());
        let fk = self.names.__file__.clone();
        dictops::set_str(&d, fk, new_string(filename.clone()));
        let bk = self.names.__builtins__.clone();
        let b = self.builtins.clone();
        dictops::set_str(&d, bk, b);
        let pk = self.names.__package__.clone();
        if is_pkg {
            let k = self.intern("__path__");
            let dir = file
                .parent()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            dictops::set_str(&d, k, new_list(vec![new_string(dir)]));
            dictops::set_str(&d, pk, new_str(name));
        } else {
            let parent = name.rsplit_once('.').map_or("", |(p, _)| p);
            dictops::set_str(&d, pk, new_str(parent));
        }
        let mods = self.modules.clone();
        dictops::set_str(&mods, new_str(name), m.clone());
        let result = self
            .compile_to_value(&source, &filename, Mode::Exec)
            .and_then(|code| self.run_code(&code, &d, &d));
        if let Err(e) = result {
            let k = new_str(name);
            let _ = dictops::remove(self, &mods, &k);
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        Ok(self.lookup_module(name).unwrap_or(m))
    }

    /// `IMPORT_FROM`.
    pub fn import_from(&mut self, module: &Value, name: &Value) -> PyResult<Value> {
        if let Some(v) = self.getattr_opt(module, name)? {
            return Ok(v);
        }
        let n = name.as_str().unwrap_or("?").to_string();
        let modname = module
            .downcast::<ModuleData>()
            .and_then(|m| dictops::get_str_key(&m.dict, &self.names.__name__.clone()))
            .and_then(|v| v.as_str().map(str::to_string));
        if let Some(mn) = &modname {
            if let Some(m) = self.lookup_module(&format!("{mn}.{n}")) {
                return Ok(m);
            }
        }
        let mn = modname.unwrap_or_else(|| "?".into());
        let file = module
            .downcast::<ModuleData>()
            .and_then(|m| dictops::get_str_key(&m.dict, &self.names.__file__.clone()))
            .and_then(|v| v.as_str().map(str::to_string));
        let msg = match &file {
            Some(f) => format!("cannot import name '{n}' from '{mn}' ({f})"),
            None => format!("cannot import name '{n}' from '{mn}' (unknown location)"),
        };
        let e = self.import_error(&exc::IMPORT_ERROR, msg, &mn);
        if let Some(f) = file {
            let _ = self.setattr(&e.exc, &new_str("path"), new_string(f));
        }
        Err(e)
    }

    /// `from module import *`.
    pub fn import_star(&mut self, module: &Value, locals: &Value) -> PyResult<()> {
        let all = self.names.__all__.clone();
        let names: Vec<Value> = match self.getattr_opt(module, &all)? {
            Some(a) => self.collect_iterable(&a)?,
            None => {
                let d = self.getattr(module, &self.names.__dict__.clone())?;
                dictops::items(&d)
                    .into_iter()
                    .map(|(k, _)| k)
                    .filter(|k| !k.as_str().is_some_and(|s| s.starts_with('_')))
                    .collect()
            }
        };
        for n in names {
            let v = self.getattr(module, &n)?;
            self.setitem(locals, &n, v)?;
        }
        Ok(())
    }

    /// Creates the `__main__` module (registered in `sys.modules`) and
    /// returns its namespace.
    pub fn init_main(&mut self, filename: Option<&str>) -> Value {
        crate::builtins::sys::sync_config(self);
        let d = new_dict();
        let m = crate::builtins::new_module(self, "__main__", d.clone());
        let bk = self.names.__builtins__.clone();
        let b = self.builtins.clone();
        dictops::set_str(&d, bk, b);
        if let Some(f) = filename {
            let fk = self.names.__file__.clone();
            dictops::set_str(&d, fk, new_str(f));
        }
        if let Some(p) = self.main_package.take() {
            // `-m pkg` / `-m pkg.mod`: relative imports resolve against it.
            let pk = self.names.__package__.clone();
            dictops::set_str(&d, pk, new_string(p));
        }
        let mods = self.modules.clone();
        dictops::set_str(&mods, new_str("__main__"), m);
        d
    }

    /// Compiles and runs source in the namespace `globals`.
    pub fn exec_source(
        &mut self,
        source: &str,
        filename: &str,
        mode: Mode,
        globals: &Value,
    ) -> PyResult<Value> {
        let code = self.compile_to_value(source, filename, mode)?;
        self.run_code(&code, globals, globals)
    }

    /// Runs `source` as the `__main__` module; returns the process exit code
    /// (printing the traceback of an uncaught exception, as CPython does).
    pub fn run_main(&mut self, source: &str, filename: &str) -> i32 {
        let d = self.init_main(if filename.starts_with('<') {
            None
        } else {
            Some(filename)
        });
        let r = self.exec_source(source, filename, Mode::Exec, &d);
        crate::builtins::gen::run_pending_finalizers(self);
        let code = match r {
            Ok(_) => 0,
            Err(e) => self.handle_uncaught(e),
        };
        crate::builtins::gen::run_pending_finalizers(self);
        self.clear_main_module(&d);
        self.flush_std();
        code
    }

    /// Interpreter shutdown for `__main__`: its names (except
    /// `__builtins__`) are set to None in definition order, as CPython's
    /// shutdown observably does, so objects only the module held are
    /// finalized (their `__del__` runs) then.
    fn clear_main_module(&mut self, d: &Value) {
        let keys: Vec<Value> = dictops::items(d).into_iter().map(|(k, _)| k).collect();
        for k in keys {
            if k.as_str() == Some("__builtins__") {
                continue;
            }
            dictops::set_str(d, k, Value::none());
            crate::builtins::gen::run_pending_finalizers(self);
        }
    }

    /// Prints an uncaught exception (or handles SystemExit); returns the exit code.
    pub fn handle_uncaught(&mut self, e: PyErr) -> i32 {
        self.flush_std();
        if e.is_instance(&exc::SYSTEM_EXIT) {
            let code = self
                .getattr_str(&e.exc, "code")
                .unwrap_or_else(|_| Value::none());
            if code.is_none() {
                return 0;
            }
            if let Some(i) = int_as_i64(&code) {
                return i as i32;
            }
            let s = self.str_of(&code).unwrap_or_default();
            self.write_err(&format!("{s}\n"));
            return 1;
        }
        let exc = e.exc.clone();
        self.print_exception(&exc);
        // As CPython: an uncaught KeyboardInterrupt ends the process as if
        // by SIGINT (status 128 + 2 to the shell).
        if e.is_instance(&exc::KEYBOARD_INTERRUPT) {
            return 130;
        }
        1
    }
}
