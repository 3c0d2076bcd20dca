//! The symbol table: one scope per module, class, function, lambda and
//! comprehension, with every name classified as CPython does (local,
//! explicit/implicit global, free, cell).

use std::collections::{HashMap, HashSet};

use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::Ranged;

/// A compile error before it gets a file name: message and byte offset.
#[derive(Debug, Clone)]
pub struct SymError {
    pub msg: String,
    pub offset: usize,
}

type SResult<T> = Result<T, SymError>;

pub const DEF_LOCAL: u32 = 1;
pub const DEF_GLOBAL: u32 = 2;
pub const DEF_NONLOCAL: u32 = 4;
pub const DEF_PARAM: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_IMPORT: u32 = 32;
pub const DEF_ANNOT: u32 = 64;
/// Bound by a walrus in a comprehension: resolved in the enclosing function.
pub const DEF_COMP_NONLOCAL: u32 = 128;

const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Symbols in order of first appearance, with their flags.
    pub symbols: Vec<(String, u32)>,
    index: HashMap<String, usize>,
    /// The final classification, filled by the analysis.
    pub scopes: HashMap<String, SymScope>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    /// Parameters in `varnames` order.
    pub params: Vec<String>,
    pub is_generator: bool,
    /// An `async def`, or a comprehension with `async for` or `await`
    /// (with `is_generator`: an async generator).
    pub is_coroutine: bool,
    /// The class body needs a `__class__` cell.
    pub needs_class_closure: bool,
    /// Names a class passes through as free variables for its methods
    /// while also binding them itself.
    pub free_class: HashSet<String>,
    /// Whether the scope is nested in a function-like scope.
    pub nested: bool,
    pub has_annotations: bool,
    /// Where each `nonlocal` name was declared (for error positions).
    pub nonlocal_at: HashMap<String, usize>,
}

impl Scope {
    fn new(kind: ScopeKind, name: String, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name,
            symbols: Vec::new(),
            index: HashMap::new(),
            scopes: HashMap::new(),
            children: Vec::new(),
            parent,
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_closure: false,
            free_class: HashSet::new(),
            nested: false,
            has_annotations: false,
            nonlocal_at: HashMap::new(),
        }
    }

    pub fn flags(&self, name: &str) -> u32 {
        self.index
            .get(name)
            .map(|&i| self.symbols[i].1)
            .unwrap_or(0)
    }

    fn add(&mut self, name: &str, flag: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].1 |= flag,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push((name.to_string(), flag));
            }
        }
    }

    pub fn scope_of(&self, name: &str) -> Option<SymScope> {
        self.scopes.get(name).copied()
    }

    /// Cell variables, sorted as CPython does.
    pub fn cellvars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .scopes
            .iter()
            .filter(|(_, s)| **s == SymScope::Cell)
            .map(|(n, _)| n.clone())
            .collect();
        if self.needs_class_closure {
            v.push("__class__".to_string());
        }
        v.sort();
        v
    }

    /// Free variables, sorted.
    pub fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .scopes
            .iter()
            .filter(|(_, s)| **s == SymScope::Free)
            .map(|(n, _)| n.clone())
            .collect();
        for n in &self.free_class {
            if !v.contains(n) {
                v.push(n.clone());
            }
        }
        v.sort();
        v
    }
}

#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// AST node address → scope id.
    pub by_node: HashMap<usize, usize>,
}

/// The address of an AST node, used as its identity.
pub fn node_id<T>(node: &T) -> usize {
    node as *const T as usize
}

/// CPython's private-name mangling (`__x` in class `C` → `_C__x`).
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

const MAX_DEPTH: u32 = 2000;

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    private: Vec<Option<String>>,
    depth: u32,
}

pub fn build(body: &[Stmt], expr: Option<&Expr>) -> SResult<SymbolTable> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "top".into(), None)],
        by_node: HashMap::new(),
        stack: vec![0],
        private: vec![None],
        depth: 0,
    };
    for s in body {
        b.stmt(s)?;
    }
    if let Some(e) = expr {
        b.expr(e)?;
    }
    let mut st = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    analyze(&mut st, 0, &HashSet::new())?;
    Ok(st)
}

fn err<T>(msg: impl Into<String>, offset: usize) -> SResult<T> {
    Err(SymError {
        msg: msg.into(),
        offset,
    })
}

fn off<T: Ranged>(node: &T) -> usize {
    usize::from(node.range().start())
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let id = self.stack.last().copied().unwrap_or(0);
        &mut self.scopes[id]
    }

    /// Whether the innermost scope is an `async def` body.
    fn in_async_function(&self) -> bool {
        self.cur_kind() == ScopeKind::Function
            && self.scopes[self.stack.last().copied().unwrap_or(0)].is_coroutine
    }

    fn cur_kind(&self) -> ScopeKind {
        self.scopes[self.stack.last().copied().unwrap_or(0)].kind
    }

    fn mangle(&self, name: &str) -> String {
        mangle(self.private.last().and_then(|p| p.as_deref()), name)
    }

    fn add_def(&mut self, name: &str, flag: u32, offset: usize) -> SResult<()> {
        let name = self.mangle(name);
        let cur = self.cur();
        if flag & DEF_PARAM != 0 && cur.flags(&name) & DEF_PARAM != 0 {
            return err(
                format!("duplicate argument '{name}' in function definition"),
                offset,
            );
        }
        cur.add(&name, flag);
        Ok(())
    }

    fn enter(&mut self, kind: ScopeKind, name: String, node: usize) {
        let parent = self.stack.last().copied().unwrap_or(0);
        let mut scope = Scope::new(kind, name, Some(parent));
        let pk = self.scopes[parent].kind;
        scope.nested = pk.is_function_like() || self.scopes[parent].nested;
        let id = self.scopes.len();
        self.scopes.push(scope);
        self.scopes[parent].children.push(id);
        self.by_node.insert(node, id);
        self.stack.push(id);
        let private = if kind == ScopeKind::Class {
            None
        } else {
            self.private.last().cloned().flatten()
        };
        self.private.push(private);
    }

    fn leave(&mut self) {
        self.stack.pop();
        self.private.pop();
    }

    fn guard(&mut self, offset: usize) -> SResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return err("too many nested expressions", offset);
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> SResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> SResult<()> {
        self.guard(off(s))?;
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn params(&mut self, p: &ast::Parameters) -> SResult<()> {
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            self.param(&a.parameter)?;
        }
        for a in &p.kwonlyargs {
            self.param(&a.parameter)?;
        }
        if let Some(v) = &p.vararg {
            self.param(v)?;
        }
        if let Some(k) = &p.kwarg {
            self.param(k)?;
        }
        Ok(())
    }

    fn param(&mut self, p: &ast::Parameter) -> SResult<()> {
        self.add_def(&p.name.id, DEF_PARAM, off(p))?;
        let name = self.mangle(&p.name.id);
        self.cur().params.push(name);
        Ok(())
    }

    fn param_defaults_and_annotations(
        &mut self,
        p: &ast::Parameters,
        annotations: bool,
    ) -> SResult<()> {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        if annotations {
            for a in p
                .posonlyargs
                .iter()
                .chain(p.args.iter())
                .chain(p.kwonlyargs.iter())
            {
                if let Some(an) = &a.parameter.annotation {
                    self.expr(an)?;
                }
            }
            for a in p.vararg.iter().chain(p.kwarg.iter()) {
                if let Some(an) = &a.annotation {
                    self.expr(an)?;
                }
            }
        }
        Ok(())
    }

    fn stmt_inner(&mut self, s: &Stmt) -> SResult<()> {
        match s {
            Stmt::FunctionDef(f) => {
                self.add_def(&f.name.id, DEF_LOCAL, off(&f.name))?;
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.param_defaults_and_annotations(&f.parameters, true)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.enter(ScopeKind::Function, f.name.id.to_string(), node_id(f));
                self.cur().is_coroutine = f.is_async;
                self.params(&f.parameters)?;
                self.stmts(&f.body)?;
                self.leave();
            }
            Stmt::ClassDef(c) => {
                self.add_def(&c.name.id, DEF_LOCAL, off(&c.name))?;
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                if let Some(a) = &c.arguments {
                    for e in a.args.iter() {
                        self.expr(e)?;
                    }
                    for k in a.keywords.iter() {
                        self.expr(&k.value)?;
                    }
                }
                self.enter(ScopeKind::Class, c.name.id.to_string(), node_id(c));
                if let Some(p) = self.private.last_mut() {
                    *p = Some(c.name.id.to_string());
                }
                self.stmts(&c.body)?;
                self.leave();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.expr(t)?;
                }
                self.expr(&a.value)?;
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.target)?;
                if let Expr::Name(n) = &*a.target {
                    // An augmented assignment both uses and binds.
                    let name = self.mangle(&n.id);
                    self.cur().add(&name, USE);
                }
                self.expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let name = self.mangle(&n.id);
                    let flags = self.cur().flags(&name);
                    if flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && a.simple {
                        let which = if flags & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return err(format!("annotated name '{name}' can't be {which}"), off(n));
                    }
                    if a.simple {
                        self.cur().add(&name, DEF_LOCAL | DEF_ANNOT);
                    } else if a.value.is_some() {
                        self.cur().add(&name, DEF_LOCAL);
                    }
                } else {
                    self.expr(&a.target)?;
                }
                self.cur().has_annotations = true;
                self.expr(&a.annotation)?;
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
            }
            Stmt::For(f) => {
                if f.is_async && !self.in_async_function() {
                    return err("'async for' outside async function", off(f));
                }
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            Stmt::With(w) => {
                if w.is_async && !self.in_async_function() {
                    return err("'async with' outside async function", off(w));
                }
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return err("invalid syntax", off(t));
                }
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(&n.id, DEF_LOCAL, off(n))?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.id.to_string(),
                        None => a.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.add_def(&bound, DEF_IMPORT, off(a))?;
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        if self.cur_kind() != ScopeKind::Module {
                            return err("import * only allowed at module level", off(i));
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name).id.to_string();
                    self.add_def(&bound, DEF_IMPORT, off(a))?;
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = self.mangle(&n.id);
                    let flags = self.cur().flags(&name);
                    if flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if flags & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if flags & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else if flags & DEF_LOCAL != 0 {
                            format!("name '{name}' is assigned to before global declaration")
                        } else {
                            format!("name '{name}' is used prior to global declaration")
                        };
                        return err(msg, off(g));
                    }
                    if flags & DEF_NONLOCAL != 0 {
                        return err(format!("name '{name}' is nonlocal and global"), off(g));
                    }
                    self.cur().add(&name, DEF_GLOBAL);
                    // As CPython: a `global` anywhere makes the name explicitly
                    // global in the module scope too (module code then stores
                    // it in the globals even when exec() gives separate locals).
                    if let Some(&top) = self.stack.first() {
                        self.scopes[top].add(&name, DEF_GLOBAL);
                    }
                }
            }
            Stmt::Nonlocal(g) => {
                if self.cur_kind() == ScopeKind::Module {
                    return err("nonlocal declaration not allowed at module level", off(g));
                }
                for n in &g.names {
                    let name = self.mangle(&n.id);
                    let flags = self.cur().flags(&name);
                    if flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if flags & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if flags & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else if flags & DEF_LOCAL != 0 {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        } else {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        };
                        return err(msg, off(g));
                    }
                    if flags & DEF_GLOBAL != 0 {
                        return err(format!("name '{name}' is nonlocal and global"), off(g));
                    }
                    self.cur().nonlocal_at.insert(name.clone(), off(g));
                    self.cur().add(&name, DEF_NONLOCAL);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::Match(m) => return err("invalid syntax", off(m)),
            Stmt::TypeAlias(t) => return err("invalid syntax", off(t)),
            Stmt::IpyEscapeCommand(c) => return err("invalid syntax", off(c)),
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> SResult<()> {
        self.guard(off(e))?;
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn exprs(&mut self, es: &[Expr]) -> SResult<()> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn expr_inner(&mut self, e: &Expr) -> SResult<()> {
        match e {
            Expr::BoolOp(b) => self.exprs(&b.values)?,
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.named_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_defaults_and_annotations(p, false)?;
                }
                self.enter(ScopeKind::Lambda, "<lambda>".into(), node_id(l));
                if let Some(p) = &l.parameters {
                    self.params(p)?;
                }
                self.expr(&l.body)?;
                self.leave();
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.expr(k)?;
                    }
                    self.expr(&item.value)?;
                }
            }
            Expr::Set(s) => self.exprs(&s.elts)?,
            Expr::ListComp(c) => {
                self.comprehension(node_id(c), "<listcomp>", &c.generators, &[&c.elt], false)?
            }
            Expr::SetComp(c) => {
                self.comprehension(node_id(c), "<setcomp>", &c.generators, &[&c.elt], false)?
            }
            Expr::DictComp(c) => self.comprehension(
                node_id(c),
                "<dictcomp>",
                &c.generators,
                &[&c.key, &c.value],
                false,
            )?,
            Expr::Generator(c) => {
                self.comprehension(node_id(c), "<genexpr>", &c.generators, &[&c.elt], true)?
            }
            Expr::Await(a) => {
                match self.cur_kind() {
                    ScopeKind::Module | ScopeKind::Class => {
                        return err("'await' outside function", off(a));
                    }
                    ScopeKind::Comprehension => {}
                    _ if !self.cur().is_coroutine => {
                        return err("'await' outside async function", off(a));
                    }
                    _ => {}
                }
                self.expr(&a.value)?;
                self.cur().is_coroutine = true;
            }
            Expr::Yield(y) => {
                self.yield_check(off(y))?;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.yield_check(off(y))?;
                if self.cur().is_coroutine {
                    return err("'yield from' inside async function", off(y));
                }
                self.expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                self.exprs(&c.comparators)?;
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                self.exprs(&c.arguments.args)?;
                for k in c.arguments.keywords.iter() {
                    self.expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for el in f.value.elements() {
                    self.fstring_element(el)?;
                }
            }
            Expr::TString(t) => return err("invalid syntax", off(t)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::Name(n) => {
                let name = self.mangle(&n.id);
                match n.ctx {
                    ExprContext::Load => {
                        self.cur().add(&name, USE);
                        if n.id.as_str() == "super" && self.cur_kind().is_function_like() {
                            self.cur().add("__class__", USE);
                        }
                    }
                    ExprContext::Store | ExprContext::Del => self.cur().add(&name, DEF_LOCAL),
                    ExprContext::Invalid => return err("invalid syntax", off(n)),
                }
            }
            Expr::List(l) => self.exprs(&l.elts)?,
            Expr::Tuple(t) => self.exprs(&t.elts)?,
            Expr::Slice(s) => {
                for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            Expr::IpyEscapeCommand(c) => return err("invalid syntax", off(c)),
        }
        Ok(())
    }

    fn fstring_element(&mut self, el: &ast::InterpolatedStringElement) -> SResult<()> {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            self.expr(&i.expression)?;
            if let Some(spec) = &i.format_spec {
                for e in spec.elements.iter() {
                    self.guard(usize::from(i.range.start()))?;
                    let r = self.fstring_element(e);
                    self.depth -= 1;
                    r?;
                }
            }
        }
        Ok(())
    }

    fn yield_check(&mut self, offset: usize) -> SResult<()> {
        match self.cur_kind() {
            ScopeKind::Module | ScopeKind::Class => err("'yield' outside function", offset),
            ScopeKind::Comprehension => {
                let name = self.cur().name.clone();
                let what = match name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                err(format!("'yield' inside {what}"), offset)
            }
            _ => {
                self.cur().is_generator = true;
                Ok(())
            }
        }
    }

    fn named_target(&mut self, target: &Expr) -> SResult<()> {
        let Expr::Name(n) = target else {
            return self.expr(target);
        };
        let name = self.mangle(&n.id);
        if self.cur_kind() != ScopeKind::Comprehension {
            self.cur().add(&name, DEF_LOCAL);
            return Ok(());
        }
        // PEP 572: bind in the nearest enclosing non-comprehension scope.
        let mut idx = self.stack.len();
        while idx > 0 {
            idx -= 1;
            let sid = self.stack[idx];
            match self.scopes[sid].kind {
                ScopeKind::Comprehension => {
                    if self.scopes[sid].flags(&name) & DEF_COMP_NONLOCAL == 0
                        && self.scopes[sid].flags(&name) & DEF_LOCAL != 0
                    {
                        return err(
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{name}'"
                            ),
                            off(n),
                        );
                    }
                    continue;
                }
                ScopeKind::Class => {
                    return err(
                        "assignment expression within a comprehension cannot be used in a class body",
                        off(n),
                    );
                }
                ScopeKind::Module => {
                    for &c in &self.stack[idx + 1..] {
                        self.scopes[c].add(&name, DEF_GLOBAL | DEF_COMP_NONLOCAL);
                    }
                    self.scopes[sid].add(&name, DEF_LOCAL);
                    return Ok(());
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    if self.scopes[sid].flags(&name) & DEF_GLOBAL != 0 {
                        // `global name` in the function: the target is global.
                        for &c in &self.stack[idx + 1..] {
                            self.scopes[c].add(&name, DEF_GLOBAL | DEF_COMP_NONLOCAL);
                        }
                        return Ok(());
                    }
                    for &c in &self.stack[idx + 1..] {
                        self.scopes[c].add(&name, DEF_NONLOCAL | DEF_COMP_NONLOCAL);
                    }
                    self.scopes[sid].add(&name, DEF_LOCAL);
                    return Ok(());
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        node: usize,
        name: &str,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        is_gen: bool,
    ) -> SResult<()> {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        self.expr(&first.iter)?;
        self.enter(ScopeKind::Comprehension, name.to_string(), node);
        if generators.iter().any(|g| g.is_async) {
            self.cur().is_coroutine = true;
        }
        if is_gen {
            self.cur().is_generator = true;
        }
        self.cur().add(".0", DEF_PARAM);
        self.cur().params.push(".0".into());
        self.expr(&first.target)?;
        self.exprs(&first.ifs)?;
        for g in &generators[1..] {
            self.expr(&g.target)?;
            self.expr(&g.iter)?;
            self.exprs(&g.ifs)?;
        }
        for e in elts.iter().rev() {
            self.expr(e)?;
        }
        self.leave();
        Ok(())
    }
}

fn analyze(st: &mut SymbolTable, id: usize, bound: &HashSet<String>) -> SResult<HashSet<String>> {
    let kind = st.scopes[id].kind;
    let mut free: HashSet<String> = HashSet::new();
    let mut local: HashSet<String> = HashSet::new();
    let mut scopes: HashMap<String, SymScope> = HashMap::new();
    for (name, flags) in &st.scopes[id].symbols {
        let s = if flags & DEF_GLOBAL != 0 {
            SymScope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            if !bound.contains(name) {
                let at = st.scopes[id].nonlocal_at.get(name).copied().unwrap_or(0);
                return err(format!("no binding for nonlocal '{name}' found"), at);
            }
            free.insert(name.clone());
            SymScope::Free
        } else if flags & DEF_BOUND != 0 {
            local.insert(name.clone());
            SymScope::Local
        } else if kind != ScopeKind::Module && bound.contains(name) {
            free.insert(name.clone());
            SymScope::Free
        } else {
            SymScope::GlobalImplicit
        };
        scopes.insert(name.clone(), s);
    }
    let mut new_bound: HashSet<String> = match kind {
        ScopeKind::Module => HashSet::new(),
        ScopeKind::Class => bound.clone(),
        _ => bound.union(&local).cloned().collect(),
    };
    if kind.is_function_like() {
        // A name declared global here is not visible as a binding below.
        for (name, s) in &scopes {
            if *s == SymScope::GlobalExplicit {
                new_bound.remove(name);
            }
        }
    }
    if kind == ScopeKind::Class {
        new_bound.insert("__class__".to_string());
    }
    let children = st.scopes[id].children.clone();
    let mut child_free: HashSet<String> = HashSet::new();
    for c in children {
        child_free.extend(analyze(st, c, &new_bound)?);
    }
    let mut needs_class_closure = false;
    let mut free_class = HashSet::new();
    let mut sorted: Vec<String> = child_free.into_iter().collect();
    sorted.sort();
    for name in sorted {
        let existing = scopes.get(&name).copied();
        if kind.is_function_like() && existing == Some(SymScope::Local) {
            scopes.insert(name, SymScope::Cell);
            continue;
        }
        if kind.is_function_like() && existing == Some(SymScope::Cell) {
            continue;
        }
        if kind == ScopeKind::Class && name == "__class__" {
            needs_class_closure = true;
            continue;
        }
        if kind == ScopeKind::Class && existing.is_some() && existing != Some(SymScope::Free) {
            free_class.insert(name.clone());
        } else if existing != Some(SymScope::GlobalExplicit) {
            scopes.insert(name.clone(), SymScope::Free);
        }
        free.insert(name);
    }
    let scope = &mut st.scopes[id];
    scope.scopes = scopes;
    scope.needs_class_closure = needs_class_closure;
    scope.free_class = free_class;
    Ok(free)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(src: &str) -> SymbolTable {
        let parsed = ruff_python_parser::parse_module(src).expect("parse");
        build(&parsed.syntax().body, None).expect("symtable")
    }

    fn find<'a>(st: &'a SymbolTable, name: &str) -> &'a Scope {
        st.scopes
            .iter()
            .find(|s| s.name == name)
            .expect("scope exists")
    }

    #[test]
    fn classifies_locals_globals_cells_frees() {
        let st = table(
            "g = 1\ndef f(a):\n    b = a\n    def h():\n        return b + g + len\n    return h\n",
        );
        let f = find(&st, "f");
        assert_eq!(f.scope_of("a"), Some(SymScope::Local));
        assert_eq!(f.scope_of("b"), Some(SymScope::Cell));
        let h = find(&st, "h");
        assert_eq!(h.scope_of("b"), Some(SymScope::Free));
        assert_eq!(h.scope_of("g"), Some(SymScope::GlobalImplicit));
        assert_eq!(h.scope_of("len"), Some(SymScope::GlobalImplicit));
        assert_eq!(f.cellvars(), vec!["b".to_string()]);
        assert_eq!(h.freevars(), vec!["b".to_string()]);
    }

    #[test]
    fn class_scope_does_not_leak_and_super_makes_class_cell() {
        let st = table(
            "def outer():\n    x = 1\n    class C:\n        x = 2\n        y = x\n        def m(self):\n            super().m()\n            return x\n    return C\n",
        );
        let c = find(&st, "C");
        assert_eq!(c.scope_of("x"), Some(SymScope::Local));
        assert!(c.needs_class_closure);
        assert!(c.free_class.contains("x"));
        let m = find(&st, "m");
        assert_eq!(m.scope_of("x"), Some(SymScope::Free));
        assert_eq!(m.scope_of("__class__"), Some(SymScope::Free));
        let outer = find(&st, "outer");
        assert_eq!(outer.scope_of("x"), Some(SymScope::Cell));
    }

    #[test]
    fn global_nonlocal_and_walrus() {
        let st = table(
            "def f():\n    global q\n    q = 1\n    def g():\n        nonlocal r\n    r = 2\n    [w := i for i in range(3)]\n",
        );
        let f = find(&st, "f");
        assert_eq!(f.scope_of("q"), Some(SymScope::GlobalExplicit));
        assert_eq!(f.scope_of("r"), Some(SymScope::Cell));
        assert_eq!(f.scope_of("w"), Some(SymScope::Cell));
        let lc = find(&st, "<listcomp>");
        assert_eq!(lc.scope_of("w"), Some(SymScope::Free));
        assert_eq!(lc.scope_of("i"), Some(SymScope::Local));
        assert_eq!(f.scope_of("range"), Some(SymScope::GlobalImplicit));
    }
}
