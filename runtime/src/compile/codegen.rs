//! AST → bytecode, one [`Unit`] per code object being built.
//!
//! The shape of the code follows CPython 3.8's compiler, with 3.9's
//! exception-handling opcodes (`RERAISE`, `WITH_EXCEPT_START`) as described
//! in `bytecode.rs`: handlers receive one value (the exception instance) and
//! `finally` bodies are inlined on every exit path.

use std::collections::HashMap;
use std::rc::Rc;

use ruff_python_ast::{
    self as ast, BoolOp, CmpOp, ConversionFlag, Expr, ExprContext, InterpolatedStringElement,
    Operator, Stmt, UnaryOp,
};
use ruff_text_size::Ranged;

use super::errors::LineIndex;
use super::fold;
use super::symtable::{mangle, node_id, ScopeKind, SymScope, SymbolTable};
use super::warnings::{self, CompileWarning};
use crate::bytecode::{code_flags, make_function, CodeObject, CompareOp, Const, Instr, Op};

/// A compile error before it gets a file name: message and byte offset.
#[derive(Debug, Clone)]
pub struct GenError {
    pub msg: String,
    pub offset: usize,
}

type CResult<T> = Result<T, GenError>;

fn gerr<T>(msg: impl Into<String>, offset: usize) -> CResult<T> {
    Err(GenError {
        msg: msg.into(),
        offset,
    })
}

fn off<T: Ranged>(node: &T) -> usize {
    usize::from(node.range().start())
}

/// Maximum nesting of the compiler's own recursion over the AST.
pub const MAX_DEPTH: u32 = 2000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Label(u32);

#[derive(Clone)]
enum FBlock<'a> {
    While { start: Label, end: Label },
    For { start: Label, end: Label },
    TryExcept,
    FinallyTry(&'a [Stmt]),
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup(Option<String>),
    PopValue,
}

/// Hashable identity of a constant, for de-duplication (floats by bits, so
/// `0.0` and `-0.0` stay distinct, and types distinct: `1`, `1.0`, `True`).
#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(num_bigint::BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
}

fn const_key(c: &Const) -> Option<ConstKey> {
    Some(match c {
        Const::None => ConstKey::None,
        Const::Bool(b) => ConstKey::Bool(*b),
        Const::Ellipsis => ConstKey::Ellipsis,
        Const::Int(i) => ConstKey::Int(i.clone()),
        Const::Float(f) => ConstKey::Float(f.to_bits()),
        Const::Complex { re, im } => ConstKey::Complex(re.to_bits(), im.to_bits()),
        Const::Str(s) => ConstKey::Str(s.clone()),
        Const::Bytes(b) => ConstKey::Bytes(b.clone()),
        Const::Tuple(t) => ConstKey::Tuple(t.iter().map(const_key).collect::<Option<_>>()?),
        Const::FrozenSet(t) => ConstKey::FrozenSet(t.iter().map(const_key).collect::<Option<_>>()?),
        Const::Code(_) => return None,
    })
}

struct Unit<'a> {
    scope: usize,
    kind: ScopeKind,
    name: String,
    qualname: String,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    labels: Vec<Option<u32>>,
    consts: Vec<Const>,
    const_map: HashMap<ConstKey, u32>,
    names: Vec<Rc<str>>,
    name_map: HashMap<String, u32>,
    varnames: Vec<Rc<str>>,
    var_map: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    flags: u32,
    first_line: u32,
    fblocks: Vec<FBlock<'a>>,
    private: Option<String>,
    line: u32,
}

pub struct Compiler<'a> {
    st: &'a SymbolTable,
    index: &'a LineIndex<'a>,
    filename: Rc<str>,
    units: Vec<Unit<'a>>,
    depth: u32,
    interactive: bool,
    warnings: Vec<CompileWarning>,
    /// (node offset, message) of the warnings given: a `finally` body is
    /// compiled more than once but CPython warns once.
    warned: std::collections::HashSet<(usize, String)>,
}

/// What the module-level code does at its end.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TopKind {
    Exec,
    Eval,
    Single,
}

fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first()? {
        Stmt::Expr(e) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str()),
            _ => None,
        },
        _ => None,
    }
}

fn is_unconditional(op: Op) -> bool {
    matches!(
        op,
        Op::JUMP_FORWARD | Op::JUMP_ABSOLUTE | Op::RETURN_VALUE | Op::RAISE_VARARGS | Op::RERAISE
    )
}

fn binop(op: Operator, inplace: bool) -> Op {
    use Operator::*;
    if inplace {
        match op {
            Add => Op::INPLACE_ADD,
            Sub => Op::INPLACE_SUBTRACT,
            Mult => Op::INPLACE_MULTIPLY,
            MatMult => Op::INPLACE_MATRIX_MULTIPLY,
            Div => Op::INPLACE_TRUE_DIVIDE,
            Mod => Op::INPLACE_MODULO,
            Pow => Op::INPLACE_POWER,
            LShift => Op::INPLACE_LSHIFT,
            RShift => Op::INPLACE_RSHIFT,
            BitOr => Op::INPLACE_OR,
            BitXor => Op::INPLACE_XOR,
            BitAnd => Op::INPLACE_AND,
            FloorDiv => Op::INPLACE_FLOOR_DIVIDE,
        }
    } else {
        match op {
            Add => Op::BINARY_ADD,
            Sub => Op::BINARY_SUBTRACT,
            Mult => Op::BINARY_MULTIPLY,
            MatMult => Op::BINARY_MATRIX_MULTIPLY,
            Div => Op::BINARY_TRUE_DIVIDE,
            Mod => Op::BINARY_MODULO,
            Pow => Op::BINARY_POWER,
            LShift => Op::BINARY_LSHIFT,
            RShift => Op::BINARY_RSHIFT,
            BitOr => Op::BINARY_OR,
            BitXor => Op::BINARY_XOR,
            BitAnd => Op::BINARY_AND,
            FloorDiv => Op::BINARY_FLOOR_DIVIDE,
        }
    }
}

fn cmpop(op: CmpOp) -> CompareOp {
    match op {
        CmpOp::Eq => CompareOp::Eq,
        CmpOp::NotEq => CompareOp::Ne,
        CmpOp::Lt => CompareOp::Lt,
        CmpOp::LtE => CompareOp::Le,
        CmpOp::Gt => CompareOp::Gt,
        CmpOp::GtE => CompareOp::Ge,
        CmpOp::Is => CompareOp::Is,
        CmpOp::IsNot => CompareOp::IsNot,
        CmpOp::In => CompareOp::In,
        CmpOp::NotIn => CompareOp::NotIn,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NameCtx {
    Load,
    Store,
    Del,
}

impl<'a> Compiler<'a> {
    pub fn new(
        st: &'a SymbolTable,
        index: &'a LineIndex<'a>,
        filename: &str,
        interactive: bool,
    ) -> Self {
        Compiler {
            st,
            index,
            filename: Rc::from(filename),
            units: Vec::new(),
            depth: 0,
            interactive,
            warnings: Vec::new(),
            warned: Default::default(),
        }
    }

    /// The warnings found so far, in compilation order.
    pub fn take_warnings(&mut self) -> Vec<CompileWarning> {
        std::mem::take(&mut self.warnings)
    }

    fn warn(&mut self, node_offset: usize, msg: Option<String>) {
        if let Some(msg) = msg {
            if self.warned.insert((node_offset, msg.clone())) {
                let lineno = self.index.line(node_offset);
                self.warnings.push(CompileWarning { lineno, msg });
            }
        }
    }

    /// Warnings of statements the compiler skips as unreachable.
    fn warn_dead(&mut self, body: &[Stmt]) {
        for (at, msg) in warnings::dead_code_warnings(body) {
            self.warn(at, Some(msg));
        }
    }

    // ---- units ---------------------------------------------------------------

    fn u(&mut self) -> &mut Unit<'a> {
        // `units` is never empty while compiling: `enter_unit` is called first.
        let n = self.units.len();
        &mut self.units[n.saturating_sub(1)]
    }

    fn ur(&self) -> &Unit<'a> {
        let n = self.units.len();
        &self.units[n.saturating_sub(1)]
    }

    fn enter_unit(&mut self, scope: usize, name: &str, qualname: String, first_line: u32) {
        let s = &self.st.scopes[scope];
        let private = if s.kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            self.units.last().and_then(|u| u.private.clone())
        };
        let mut unit = Unit {
            scope,
            kind: s.kind,
            name: name.to_string(),
            qualname,
            instrs: Vec::new(),
            lines: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames: Vec::new(),
            var_map: HashMap::new(),
            cellvars: s.cellvars(),
            freevars: s.freevars(),
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags: 0,
            first_line,
            fblocks: Vec::new(),
            private,
            line: first_line,
        };
        for p in &s.params {
            let idx = unit.varnames.len() as u32;
            unit.var_map.insert(p.clone(), idx);
            unit.varnames.push(Rc::from(p.as_str()));
        }
        self.units.push(unit);
    }

    fn qualname_for(&self, name: &str) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        match parent.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => {
                let mangled = mangle(parent.private.as_deref(), name);
                if self.st.scopes[parent.scope].scope_of(&mangled) == Some(SymScope::GlobalExplicit)
                {
                    name.to_string()
                } else {
                    format!("{}.{}", parent.qualname, name)
                }
            }
            _ => {
                let mangled = mangle(parent.private.as_deref(), name);
                if self.st.scopes[parent.scope].scope_of(&mangled) == Some(SymScope::GlobalExplicit)
                {
                    name.to_string()
                } else {
                    format!("{}.<locals>.{}", parent.qualname, name)
                }
            }
        }
    }

    fn leave_unit(&mut self) -> CResult<CodeObject> {
        let Some(mut u) = self.units.pop() else {
            return gerr("internal compiler error: no unit", 0);
        };
        // Resolve labels.
        for ins in u.instrs.iter_mut() {
            if ins.op.arg_kind() == crate::bytecode::ArgKind::Jump {
                match u.labels.get(ins.arg as usize).copied().flatten() {
                    Some(t) => ins.arg = t,
                    None => return gerr("internal compiler error: unbound label", 0),
                }
            }
        }
        let stacksize = compute_stacksize(&u.instrs).map_err(|m| GenError { msg: m, offset: 0 })?;
        let s = &self.st.scopes[u.scope];
        let mut flags = u.flags;
        if s.kind.is_function_like() {
            flags |= code_flags::OPTIMIZED | code_flags::NEWLOCALS;
            if s.nested {
                flags |= code_flags::NESTED;
            }
            flags |= match (s.is_coroutine, s.is_generator) {
                (true, true) => code_flags::ASYNC_GENERATOR,
                (true, false) => code_flags::COROUTINE,
                (false, true) => code_flags::GENERATOR,
                (false, false) => 0,
            };
        }
        if u.cellvars.is_empty() && u.freevars.is_empty() {
            flags |= code_flags::NOFREE;
        }
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| {
                if s.params.iter().any(|p| p == c) {
                    u.var_map.get(c).copied()
                } else {
                    None
                }
            })
            .collect();
        Ok(CodeObject {
            name: Rc::from(u.name.as_str()),
            qualname: Rc::from(u.qualname.as_str()),
            filename: self.filename.clone(),
            first_line: u.first_line,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            flags,
            instructions: u.instrs,
            lines: u.lines,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars.iter().map(|s| Rc::from(s.as_str())).collect(),
            freevars: u.freevars.iter().map(|s| Rc::from(s.as_str())).collect(),
            cell2arg,
            stacksize,
        })
    }

    // ---- emission ------------------------------------------------------------

    fn emit(&mut self, op: Op, arg: u32) {
        let u = self.u();
        let line = u.line;
        u.instrs.push(Instr::new(op, arg));
        u.lines.push(line);
    }

    fn op(&mut self, op: Op) {
        self.emit(op, 0);
    }

    fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(None);
        Label((u.labels.len() - 1) as u32)
    }

    fn bind(&mut self, l: Label) {
        let u = self.u();
        let here = u.instrs.len() as u32;
        if let Some(slot) = u.labels.get_mut(l.0 as usize) {
            *slot = Some(here);
        }
    }

    fn jump(&mut self, op: Op, l: Label) {
        self.emit(op, l.0);
    }

    fn add_const(&mut self, c: Const) -> u32 {
        let u = self.u();
        if let Some(k) = const_key(&c) {
            if let Some(&i) = u.const_map.get(&k) {
                return i;
            }
            let i = u.consts.len() as u32;
            u.const_map.insert(k, i);
            u.consts.push(c);
            i
        } else {
            u.consts.push(c);
            (u.consts.len() - 1) as u32
        }
    }

    fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Op::LOAD_CONST, i);
    }

    fn add_name(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.name_map.get(name) {
            return i;
        }
        let i = u.names.len() as u32;
        u.name_map.insert(name.to_string(), i);
        u.names.push(Rc::from(name));
        i
    }

    fn name_arg(&mut self, op: Op, name: &str) {
        let i = self.add_name(name);
        self.emit(op, i);
    }

    fn varname(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.var_map.get(name) {
            return i;
        }
        let i = u.varnames.len() as u32;
        u.var_map.insert(name.to_string(), i);
        u.varnames.push(Rc::from(name));
        i
    }

    fn deref_index(&self, name: &str) -> CResult<u32> {
        let u = self.ur();
        if let Some(i) = u.cellvars.iter().position(|c| c == name) {
            return Ok(i as u32);
        }
        if let Some(i) = u.freevars.iter().position(|c| c == name) {
            return Ok((u.cellvars.len() + i) as u32);
        }
        gerr(
            format!("internal compiler error: no cell or free variable '{name}'"),
            0,
        )
    }

    fn set_line_at(&mut self, offset: usize) {
        let line = self.index.line(offset);
        self.u().line = line;
    }

    fn mangle(&self, name: &str) -> String {
        mangle(self.ur().private.as_deref(), name)
    }

    fn name_op(&mut self, name: &str, ctx: NameCtx) -> CResult<()> {
        let mangled = self.mangle(name);
        let (scope, kind) = {
            let u = self.ur();
            (self.st.scopes[u.scope].scope_of(&mangled), u.kind)
        };
        let optimized = kind.is_function_like();
        match scope {
            Some(SymScope::Free) | Some(SymScope::Cell) => {
                let i = self.deref_index(&mangled)?;
                let op = match ctx {
                    NameCtx::Load if kind == ScopeKind::Class => Op::LOAD_CLASSDEREF,
                    NameCtx::Load => Op::LOAD_DEREF,
                    NameCtx::Store => Op::STORE_DEREF,
                    NameCtx::Del => Op::DELETE_DEREF,
                };
                self.emit(op, i);
            }
            Some(SymScope::Local) if optimized => {
                let i = self.varname(&mangled);
                let op = match ctx {
                    NameCtx::Load => Op::LOAD_FAST,
                    NameCtx::Store => Op::STORE_FAST,
                    NameCtx::Del => Op::DELETE_FAST,
                };
                self.emit(op, i);
            }
            Some(SymScope::GlobalExplicit) => self.global_op(&mangled, ctx),
            Some(SymScope::GlobalImplicit) | None if optimized => self.global_op(&mangled, ctx),
            _ => {
                let op = match ctx {
                    NameCtx::Load => Op::LOAD_NAME,
                    NameCtx::Store => Op::STORE_NAME,
                    NameCtx::Del => Op::DELETE_NAME,
                };
                self.name_arg(op, &mangled);
            }
        }
        Ok(())
    }

    fn global_op(&mut self, name: &str, ctx: NameCtx) {
        let op = match ctx {
            NameCtx::Load => Op::LOAD_GLOBAL,
            NameCtx::Store => Op::STORE_GLOBAL,
            NameCtx::Del => Op::DELETE_GLOBAL,
        };
        self.name_arg(op, name);
    }

    fn enter_depth(&mut self, offset: usize) -> CResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return gerr("too many nested expressions", offset);
        }
        Ok(())
    }

    // ---- top level -----------------------------------------------------------

    pub fn compile_module(&mut self, body: &'a [Stmt], kind: TopKind) -> CResult<CodeObject> {
        self.enter_unit(0, "<module>", "<module>".into(), 1);
        if let Some(first) = body.first() {
            self.set_line_at(off(first));
        }
        let mut rest = body;
        if kind == TopKind::Exec && has_annotations(body) {
            self.op(Op::SETUP_ANNOTATIONS);
        }
        if kind == TopKind::Exec {
            if let Some(doc) = docstring(body) {
                self.load_const(Const::Str(Rc::from(doc)));
                self.name_arg(Op::STORE_NAME, "__doc__");
                rest = &body[1..];
            }
        } else if has_annotations(body) {
            self.op(Op::SETUP_ANNOTATIONS);
        }
        self.stmts(rest)?;
        self.load_const(Const::None);
        self.op(Op::RETURN_VALUE);
        self.leave_unit()
    }

    pub fn compile_eval(&mut self, e: &'a Expr) -> CResult<CodeObject> {
        self.enter_unit(0, "<module>", "<module>".into(), 1);
        self.set_line_at(off(e));
        self.expr(e)?;
        self.op(Op::RETURN_VALUE);
        self.leave_unit()
    }

    // ---- statements ----------------------------------------------------------

    fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.enter_depth(off(s))?;
        self.set_line_at(off(s));
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult<()> {
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => {
                if !self.ur().kind.is_function_like() {
                    return gerr("'return' outside function", off(r));
                }
                if r.value.is_some() {
                    let s = &self.st.scopes[self.ur().scope];
                    if s.is_coroutine && s.is_generator {
                        return gerr("'return' with value in async generator", off(r));
                    }
                }
                match &r.value {
                    Some(v) => {
                        let konst = fold::fold(v);
                        match konst {
                            Some(c) => {
                                self.unwind_all(false)?;
                                self.set_line_at(off(r));
                                self.load_const(c);
                            }
                            None => {
                                self.expr(v)?;
                                self.unwind_all(true)?;
                            }
                        }
                    }
                    None => {
                        self.unwind_all(false)?;
                        self.set_line_at(off(r));
                        self.load_const(Const::None);
                    }
                }
                self.op(Op::RETURN_VALUE);
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.op(Op::DUP_TOP);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::With(w) => self.with_stmt(w, 0),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::RAISE_VARARGS, n);
                Ok(())
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return gerr("invalid syntax", off(t));
                }
                if t.finalbody.is_empty() {
                    self.try_except(t)
                } else {
                    self.try_finally(t)
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.op(Op::LOAD_ASSERTION_ERROR);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Op::CALL_FUNCTION, 1);
                }
                self.emit(Op::RAISE_VARARGS, 1);
                self.bind(end);
                Ok(())
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    self.set_line_at(off(i));
                    self.load_const(Const::Int(0.into()));
                    self.load_const(Const::None);
                    let full = alias.name.id.as_str();
                    self.name_arg(Op::IMPORT_NAME, full);
                    match &alias.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = full.split('.').collect();
                            if parts.len() > 1 {
                                for (k, part) in parts[1..].iter().enumerate() {
                                    self.name_arg(Op::IMPORT_FROM, part);
                                    if k + 2 < parts.len() {
                                        self.op(Op::ROT_TWO);
                                        self.op(Op::POP_TOP);
                                    }
                                }
                                self.op(Op::ROT_TWO);
                                self.op(Op::POP_TOP);
                            }
                            self.name_op(asname.id.as_str(), NameCtx::Store)?;
                        }
                        None => {
                            let first = full.split('.').next().unwrap_or(full);
                            self.name_op(first, NameCtx::Store)?;
                        }
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                self.load_const(Const::Int(i.level.into()));
                let names: Vec<Const> = i
                    .names
                    .iter()
                    .map(|a| Const::Str(Rc::from(a.name.id.as_str())))
                    .collect();
                self.load_const(Const::Tuple(names.into()));
                let module = i.module.as_ref().map(|m| m.id.as_str()).unwrap_or("");
                self.name_arg(Op::IMPORT_NAME, module);
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        self.op(Op::IMPORT_STAR);
                        return Ok(());
                    }
                    self.name_arg(Op::IMPORT_FROM, a.name.id.as_str());
                    let store = a.asname.as_ref().unwrap_or(&a.name);
                    self.name_op(store.id.as_str(), NameCtx::Store)?;
                }
                self.op(Op::POP_TOP);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(&e.value)?;
                    self.op(Op::PRINT_EXPR);
                    return Ok(());
                }
                if fold::fold(&e.value).is_some() {
                    // A constant expression statement has no effect.
                    return Ok(());
                }
                self.expr(&e.value)?;
                self.op(Op::POP_TOP);
                Ok(())
            }
            Stmt::Break(b) => {
                match self.unwind_to_loop(false)? {
                    Some(FBlock::While { end, .. }) | Some(FBlock::For { end, .. }) => {
                        self.jump(Op::JUMP_ABSOLUTE, end)
                    }
                    _ => return gerr("'break' outside loop", off(b)),
                }
                Ok(())
            }
            Stmt::Continue(c) => {
                match self.unwind_to_loop(true)? {
                    Some(FBlock::While { start, .. }) | Some(FBlock::For { start, .. }) => {
                        self.jump(Op::JUMP_ABSOLUTE, start)
                    }
                    _ => return gerr("'continue' not properly in loop", off(c)),
                }
                Ok(())
            }
            Stmt::Match(m) => gerr("invalid syntax", off(m)),
            Stmt::TypeAlias(t) => gerr("invalid syntax", off(t)),
            Stmt::IpyEscapeCommand(c) => gerr("invalid syntax", off(c)),
        }
    }

    // ---- unwinding -----------------------------------------------------------

    fn unwind_one(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> CResult<()> {
        match fb {
            FBlock::While { .. } => {}
            FBlock::For { .. } => {
                if preserve_tos {
                    self.op(Op::ROT_TWO);
                }
                self.op(Op::POP_TOP);
            }
            FBlock::TryExcept => self.op(Op::POP_BLOCK),
            FBlock::FinallyTry(body) => {
                self.op(Op::POP_BLOCK);
                if preserve_tos {
                    self.u().fblocks.push(FBlock::PopValue);
                }
                let r = self.stmts(body);
                if preserve_tos {
                    self.u().fblocks.pop();
                }
                r?;
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.op(Op::ROT_TWO);
                }
                self.op(Op::POP_TOP);
                self.op(Op::POP_EXCEPT);
            }
            FBlock::With | FBlock::AsyncWith => {
                self.op(Op::POP_BLOCK);
                if preserve_tos {
                    self.op(Op::ROT_TWO);
                }
                self.call_exit_with_nones();
                if matches!(fb, FBlock::AsyncWith) {
                    self.await_tos(false);
                }
                self.op(Op::POP_TOP);
            }
            FBlock::HandlerCleanup(name) => {
                if name.is_some() {
                    self.op(Op::POP_BLOCK);
                }
                self.op(Op::POP_EXCEPT);
                if let Some(n) = name {
                    self.load_const(Const::None);
                    self.name_op(n, NameCtx::Store)?;
                    self.name_op(n, NameCtx::Del)?;
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.op(Op::ROT_TWO);
                }
                self.op(Op::POP_TOP);
            }
        }
        Ok(())
    }

    /// `await TOS`: GET_AWAITABLE, then delegate to the awaitable.
    /// `awaited_call` marks TOS as the result of the call just emitted.
    fn await_tos(&mut self, awaited_call: bool) {
        self.emit(Op::GET_AWAITABLE, u32::from(awaited_call));
        self.load_const(Const::None);
        self.op(Op::YIELD_FROM);
    }

    fn call_exit_with_nones(&mut self) {
        self.load_const(Const::None);
        self.op(Op::DUP_TOP);
        self.op(Op::DUP_TOP);
        self.emit(Op::CALL_FUNCTION, 3);
    }

    /// Emits the unwinding of every frame block (for `return`).
    fn unwind_all(&mut self, preserve_tos: bool) -> CResult<()> {
        let line = self.ur().line;
        let mut popped = Vec::new();
        let mut result = Ok(());
        while let Some(fb) = self.u().fblocks.pop() {
            let r = self.unwind_one(&fb, preserve_tos);
            popped.push(fb);
            if r.is_err() {
                result = r;
                break;
            }
        }
        while let Some(fb) = popped.pop() {
            self.u().fblocks.push(fb);
        }
        self.u().line = line;
        result
    }

    /// Unwinds up to the innermost loop; `break` also unwinds the loop itself.
    fn unwind_to_loop(&mut self, is_continue: bool) -> CResult<Option<FBlock<'a>>> {
        let line = self.ur().line;
        let mut popped = Vec::new();
        let mut found = None;
        let mut result = Ok(());
        while let Some(fb) = self.u().fblocks.pop() {
            if matches!(fb, FBlock::While { .. } | FBlock::For { .. }) {
                if !is_continue {
                    result = self.unwind_one(&fb, false);
                }
                found = Some(fb.clone());
                popped.push(fb);
                break;
            }
            let r = self.unwind_one(&fb, false);
            popped.push(fb);
            if r.is_err() {
                result = r;
                break;
            }
        }
        while let Some(fb) = popped.pop() {
            self.u().fblocks.push(fb);
        }
        self.u().line = line;
        result.map(|_| found)
    }

    // ---- compound statements -------------------------------------------------

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult<()> {
        let end = self.new_label();
        // Conditions: (test, body) pairs, then an optional else body.
        let mut arms: Vec<(Option<&'a Expr>, &'a [Stmt], usize)> =
            vec![(Some(&*i.test), &i.body, off(i))];
        for c in &i.elif_else_clauses {
            arms.push((c.test.as_ref(), &c.body, off(c)));
        }
        let n = arms.len();
        for (k, &(test, body, at)) in arms.iter().enumerate() {
            self.set_line_at(at);
            match test {
                Some(t) => {
                    let constant = fold::fold(t).and_then(|c| truthiness(&c));
                    match constant {
                        Some(true) => {
                            self.stmts(body)?;
                            for &(_, later, _) in &arms[k + 1..] {
                                self.warn_dead(later);
                            }
                            break;
                        }
                        Some(false) => {
                            self.warn_dead(body);
                            continue;
                        }
                        None => {
                            let next = self.new_label();
                            self.jump_if(t, false, next)?;
                            self.stmts(body)?;
                            if k + 1 < n {
                                self.jump(Op::JUMP_FORWARD, end);
                            }
                            self.bind(next);
                        }
                    }
                }
                None => self.stmts(body)?,
            }
        }
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let constant = fold::fold(&w.test).and_then(|c| truthiness(&c));
        if constant == Some(false) {
            self.warn_dead(&w.body);
            return self.stmts(&w.orelse);
        }
        let start = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(start);
        if constant != Some(true) {
            self.jump_if(&w.test, false, orelse)?;
        }
        self.u().fblocks.push(FBlock::While { start, end });
        let r = self.stmts(&w.body);
        self.u().fblocks.pop();
        r?;
        self.jump(Op::JUMP_ABSOLUTE, start);
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        if f.is_async {
            return self.async_for_stmt(f);
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.iterable(&f.iter)?;
        self.op(Op::GET_ITER);
        self.bind(start);
        self.set_line_at(off(f));
        self.jump(Op::FOR_ITER, cleanup);
        self.u().fblocks.push(FBlock::For { start, end });
        let r = self
            .store_target(&f.target)
            .and_then(|_| self.stmts(&f.body));
        self.u().fblocks.pop();
        r?;
        self.jump(Op::JUMP_ABSOLUTE, start);
        self.bind(cleanup);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `async for`: each step awaits `__anext__()` inside a handler that ends
    /// the loop on StopAsyncIteration (END_ASYNC_FOR).
    fn async_for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.op(Op::GET_AITER);
        self.bind(start);
        self.set_line_at(off(f));
        self.jump(Op::SETUP_FINALLY, except);
        self.op(Op::GET_ANEXT);
        self.await_tos(false);
        self.op(Op::POP_BLOCK);
        self.u().fblocks.push(FBlock::For { start, end });
        let r = self
            .store_target(&f.target)
            .and_then(|_| self.stmts(&f.body));
        self.u().fblocks.pop();
        r?;
        self.jump(Op::JUMP_ABSOLUTE, start);
        self.bind(except);
        self.set_line_at(off(f));
        self.op(Op::END_ASYNC_FOR);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// An iterable of `for`: a constant list becomes a tuple (as CPython).
    fn iterable(&mut self, e: &'a Expr) -> CResult<()> {
        if let Expr::List(_) = e {
            if let Some(c) = fold::fold_container(e) {
                self.load_const(c);
                return Ok(());
            }
        }
        self.expr(e)
    }

    fn with_stmt(&mut self, w: &'a ast::StmtWith, item: usize) -> CResult<()> {
        let Some(it) = w.items.get(item) else {
            return self.stmts(&w.body);
        };
        let finally = self.new_label();
        let exit = self.new_label();
        let suppress = self.new_label();
        self.expr(&it.context_expr)?;
        self.set_line_at(off(w));
        if w.is_async {
            self.op(Op::BEFORE_ASYNC_WITH);
            self.await_tos(false);
            self.jump(Op::SETUP_ASYNC_WITH, finally);
            self.u().fblocks.push(FBlock::AsyncWith);
        } else {
            self.jump(Op::SETUP_WITH, finally);
            self.u().fblocks.push(FBlock::With);
        }
        let r = (|| {
            match &it.optional_vars {
                Some(v) => self.store_target(v)?,
                None => self.op(Op::POP_TOP),
            }
            if item + 1 < w.items.len() {
                self.with_stmt(w, item + 1)
            } else {
                self.stmts(&w.body)
            }
        })();
        self.u().fblocks.pop();
        r?;
        self.set_line_at(off(w));
        self.op(Op::POP_BLOCK);
        self.call_exit_with_nones();
        if w.is_async {
            self.await_tos(false);
        }
        self.op(Op::POP_TOP);
        self.jump(Op::JUMP_FORWARD, exit);
        self.bind(finally);
        self.op(Op::WITH_EXCEPT_START);
        if w.is_async {
            self.await_tos(false);
        }
        self.jump(Op::POP_JUMP_IF_TRUE, suppress);
        self.op(Op::RERAISE);
        self.bind(suppress);
        self.op(Op::POP_TOP);
        self.op(Op::POP_TOP);
        self.op(Op::POP_EXCEPT);
        self.bind(exit);
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let handler = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.jump(Op::SETUP_FINALLY, handler);
        self.u().fblocks.push(FBlock::TryExcept);
        let r = self.stmts(&t.body);
        self.u().fblocks.pop();
        r?;
        self.op(Op::POP_BLOCK);
        self.jump(Op::JUMP_FORWARD, orelse);
        self.bind(handler);
        let n = t.handlers.len();
        for (k, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line_at(off(h));
            if h.type_.is_none() && k + 1 < n {
                return gerr("default 'except:' must be last", off(h));
            }
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.op(Op::DUP_TOP);
                self.expr(ty)?;
                self.emit(Op::COMPARE_OP, CompareOp::ExcMatch as u32);
                self.jump(Op::POP_JUMP_IF_FALSE, next);
            }
            match &h.name {
                Some(name) => {
                    let name = name.id.as_str();
                    let cleanup = self.new_label();
                    self.name_op(name, NameCtx::Store)?;
                    self.jump(Op::SETUP_FINALLY, cleanup);
                    self.u()
                        .fblocks
                        .push(FBlock::HandlerCleanup(Some(name.to_string())));
                    let r = self.stmts(&h.body);
                    self.u().fblocks.pop();
                    r?;
                    self.op(Op::POP_BLOCK);
                    self.op(Op::POP_EXCEPT);
                    self.load_const(Const::None);
                    self.name_op(name, NameCtx::Store)?;
                    self.name_op(name, NameCtx::Del)?;
                    self.jump(Op::JUMP_FORWARD, end);
                    self.bind(cleanup);
                    self.load_const(Const::None);
                    self.name_op(name, NameCtx::Store)?;
                    self.name_op(name, NameCtx::Del)?;
                    self.op(Op::RERAISE);
                }
                None => {
                    self.op(Op::POP_TOP);
                    self.u().fblocks.push(FBlock::HandlerCleanup(None));
                    let r = self.stmts(&h.body);
                    self.u().fblocks.pop();
                    r?;
                    self.op(Op::POP_EXCEPT);
                    self.jump(Op::JUMP_FORWARD, end);
                }
            }
            self.bind(next);
        }
        self.op(Op::RERAISE);
        self.bind(orelse);
        self.stmts(&t.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let finally = self.new_label();
        let exit = self.new_label();
        self.jump(Op::SETUP_FINALLY, finally);
        self.u().fblocks.push(FBlock::FinallyTry(&t.finalbody));
        let r = if t.handlers.is_empty() {
            self.stmts(&t.body)
        } else {
            self.try_except(t)
        };
        self.u().fblocks.pop();
        r?;
        self.op(Op::POP_BLOCK);
        self.stmts(&t.finalbody)?;
        self.jump(Op::JUMP_FORWARD, exit);
        self.bind(finally);
        self.u().fblocks.push(FBlock::FinallyEnd);
        let r = self.stmts(&t.finalbody);
        self.u().fblocks.pop();
        r?;
        self.op(Op::RERAISE);
        self.bind(exit);
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = binop(a.op, true);
        match &*a.target {
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), NameCtx::Load)?;
                self.expr(&a.value)?;
                self.op(op);
                self.name_op(n.id.as_str(), NameCtx::Store)
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.op(Op::DUP_TOP);
                let attr = self.mangle(at.attr.id.as_str());
                self.name_arg(Op::LOAD_ATTR, &attr);
                self.expr(&a.value)?;
                self.op(op);
                self.op(Op::ROT_TWO);
                self.name_arg(Op::STORE_ATTR, &attr);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.op(Op::DUP_TOP_TWO);
                self.op(Op::BINARY_SUBSCR);
                self.expr(&a.value)?;
                self.op(op);
                self.op(Op::ROT_THREE);
                self.op(Op::STORE_SUBSCR);
                Ok(())
            }
            other => gerr("illegal expression for augmented assignment", off(other)),
        }
    }

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult<()> {
        let kind = self.ur().kind;
        let evaluates = matches!(kind, ScopeKind::Module | ScopeKind::Class);
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        match &*a.target {
            Expr::Name(n) => {
                if a.simple && evaluates {
                    self.expr(&a.annotation)?;
                    self.name_arg(Op::LOAD_NAME, "__annotations__");
                    let mangled = self.mangle(n.id.as_str());
                    self.load_const(Const::Str(Rc::from(mangled.as_str())));
                    self.op(Op::STORE_SUBSCR);
                } else if evaluates {
                    self.expr(&a.annotation)?;
                    self.op(Op::POP_TOP);
                }
            }
            Expr::Attribute(at) => {
                if a.value.is_none() {
                    self.expr(&at.value)?;
                    self.op(Op::POP_TOP);
                }
                if evaluates {
                    self.expr(&a.annotation)?;
                    self.op(Op::POP_TOP);
                }
            }
            Expr::Subscript(s) => {
                if a.value.is_none() {
                    self.expr(&s.value)?;
                    self.op(Op::POP_TOP);
                    self.expr(&s.slice)?;
                    self.op(Op::POP_TOP);
                }
                if evaluates {
                    self.expr(&a.annotation)?;
                    self.op(Op::POP_TOP);
                }
            }
            other => return gerr("illegal target for annotation", off(other)),
        }
        Ok(())
    }

    // ---- targets -------------------------------------------------------------

    fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        self.enter_depth(off(t))?;
        let r = self.store_target_inner(t);
        self.depth -= 1;
        r
    }

    fn store_target_inner(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), NameCtx::Store),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let attr = self.mangle(a.attr.id.as_str());
                self.name_arg(Op::STORE_ATTR, &attr);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.op(Op::STORE_SUBSCR);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack(elts, off(t))?;
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        _ => self.store_target(e)?,
                    }
                }
                Ok(())
            }
            Expr::Starred(s) => gerr(
                "starred assignment target must be in a list or tuple",
                off(s),
            ),
            other => gerr(format!("cannot assign to {}", describe(other)), off(other)),
        }
    }

    fn unpack(&mut self, elts: &[Expr], at: usize) -> CResult<()> {
        let mut star: Option<usize> = None;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e, Expr::Starred(_)) {
                if star.is_some() {
                    return gerr("multiple starred expressions in assignment", at);
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 24) {
                    return gerr("too many expressions in star-unpacking assignment", at);
                }
                self.emit(Op::UNPACK_EX, (i as u32) | ((after as u32) << 8));
            }
            None => self.emit(Op::UNPACK_SEQUENCE, elts.len() as u32),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        self.enter_depth(off(t))?;
        let r = match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), NameCtx::Del),
            Expr::Attribute(a) => self.expr(&a.value).map(|_| {
                let attr = self.mangle(a.attr.id.as_str());
                self.name_arg(Op::DELETE_ATTR, &attr);
            }),
            Expr::Subscript(s) => self.expr(&s.value).and_then(|_| {
                self.expr(&s.slice)?;
                self.op(Op::DELETE_SUBSCR);
                Ok(())
            }),
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let mut r = Ok(());
                for e in elts {
                    r = self.delete_target(e);
                    if r.is_err() {
                        break;
                    }
                }
                r
            }
            other => gerr(format!("cannot delete {}", describe(other)), off(other)),
        };
        self.depth -= 1;
        r
    }

    // ---- functions and classes -----------------------------------------------

    fn scope_of_node(&self, id: usize, at: usize) -> CResult<usize> {
        match self.st.by_node.get(&id) {
            Some(&s) => Ok(s),
            None => gerr("internal compiler error: missing scope", at),
        }
    }

    /// Pushes defaults / kw-defaults / annotations; returns the MAKE_FUNCTION flags.
    fn function_prelude(
        &mut self,
        p: &'a ast::Parameters,
        returns: Option<&'a Expr>,
        annotations: bool,
    ) -> CResult<u32> {
        let mut flags = 0;
        let defaults: Vec<&'a Expr> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            let consts: Option<Vec<Const>> = defaults.iter().map(|d| fold::fold(d)).collect();
            match consts {
                Some(cs) => self.load_const(Const::Tuple(cs.into())),
                None => {
                    for d in &defaults {
                        self.expr(d)?;
                    }
                    self.emit(Op::BUILD_TUPLE, defaults.len() as u32);
                }
            }
            flags |= make_function::DEFAULTS;
        }
        let mut kw_names = Vec::new();
        for a in &p.kwonlyargs {
            if let Some(d) = &a.default {
                let name = self.mangle(a.parameter.name.id.as_str());
                self.expr(d)?;
                kw_names.push(Const::Str(Rc::from(name.as_str())));
            }
        }
        if !kw_names.is_empty() {
            let n = kw_names.len() as u32;
            self.load_const(Const::Tuple(kw_names.into()));
            self.emit(Op::BUILD_CONST_KEY_MAP, n);
            flags |= make_function::KWDEFAULTS;
        }
        if annotations {
            let mut names = Vec::new();
            let mut one = |this: &mut Self, param: &'a ast::Parameter| -> CResult<()> {
                if let Some(an) = &param.annotation {
                    this.expr(an)?;
                    let name = this.mangle(param.name.id.as_str());
                    names.push(Const::Str(Rc::from(name.as_str())));
                }
                Ok(())
            };
            for a in &p.args {
                one(self, &a.parameter)?;
            }
            for a in &p.posonlyargs {
                one(self, &a.parameter)?;
            }
            if let Some(v) = &p.vararg {
                one(self, v)?;
            }
            for a in &p.kwonlyargs {
                one(self, &a.parameter)?;
            }
            if let Some(k) = &p.kwarg {
                one(self, k)?;
            }
            if let Some(r) = returns {
                self.expr(r)?;
                names.push(Const::Str(Rc::from("return")));
            }
            if !names.is_empty() {
                let n = names.len() as u32;
                self.load_const(Const::Tuple(names.into()));
                self.emit(Op::BUILD_CONST_KEY_MAP, n);
                flags |= make_function::ANNOTATIONS;
            }
        }
        Ok(flags)
    }

    fn set_arg_counts(&mut self, p: Option<&ast::Parameters>) {
        let Some(p) = p else { return };
        let u = self.u();
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.posonly = p.posonlyargs.len() as u32;
        u.kwonly = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            u.flags |= code_flags::VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= code_flags::VARKEYWORDS;
        }
    }

    /// Emits the closure tuple (if any), the code, the qualname, MAKE_FUNCTION.
    fn make_closure(&mut self, code: CodeObject, mut flags: u32, qualname: &str) -> CResult<()> {
        if !code.freevars.is_empty() {
            for name in code.freevars.iter() {
                let i = self.deref_index(name)?;
                self.emit(Op::LOAD_CLOSURE, i);
            }
            self.emit(Op::BUILD_TUPLE, code.freevars.len() as u32);
            flags |= make_function::CLOSURE;
        }
        self.load_const(Const::Code(Rc::new(code)));
        self.load_const(Const::Str(Rc::from(qualname)));
        self.emit(Op::MAKE_FUNCTION, flags);
        Ok(())
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        let first_line = match f.decorator_list.first() {
            Some(d) => self.index.line(off(d)),
            None => self.index.line(off(f)),
        };
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        self.u().line = first_line;
        let flags = self.function_prelude(&f.parameters, f.returns.as_deref(), true)?;
        let scope = self.scope_of_node(node_id(f), off(f))?;
        let name = f.name.id.as_str();
        let qualname = self.qualname_for(name);
        self.enter_unit(scope, name, qualname.clone(), first_line);
        self.set_arg_counts(Some(&f.parameters));
        let body: &'a [Stmt] = &f.body;
        let rest = match docstring(body) {
            Some(doc) => {
                self.add_const(Const::Str(Rc::from(doc)));
                &body[1..]
            }
            None => {
                self.add_const(Const::None);
                body
            }
        };
        let r = self.stmts(rest);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        if !matches!(body.last(), Some(Stmt::Return(_))) {
            self.load_const(Const::None);
            self.op(Op::RETURN_VALUE);
        }
        let code = self.leave_unit()?;
        self.u().line = first_line;
        self.make_closure(code, flags, &qualname)?;
        for _ in &f.decorator_list {
            self.emit(Op::CALL_FUNCTION, 1);
        }
        self.name_op(name, NameCtx::Store)
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        let first_line = match c.decorator_list.first() {
            Some(d) => self.index.line(off(d)),
            None => self.index.line(off(c)),
        };
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        self.u().line = first_line;
        let scope = self.scope_of_node(node_id(c), off(c))?;
        let name = c.name.id.as_str();
        let qualname = self.qualname_for(name);
        self.op(Op::LOAD_BUILD_CLASS);
        self.enter_unit(scope, name, qualname.clone(), first_line);
        let r = (|| {
            self.name_op("__name__", NameCtx::Load)?;
            self.name_op("__module__", NameCtx::Store)?;
            self.load_const(Const::Str(Rc::from(qualname.as_str())));
            self.name_op("__qualname__", NameCtx::Store)?;
            let body: &'a [Stmt] = &c.body;
            let mut rest = body;
            if has_annotations(body) {
                self.op(Op::SETUP_ANNOTATIONS);
            }
            if let Some(doc) = docstring(body) {
                self.set_line_at(off(&body[0]));
                self.load_const(Const::Str(Rc::from(doc)));
                self.name_op("__doc__", NameCtx::Store)?;
                rest = &body[1..];
            }
            self.stmts(rest)?;
            if self.st.scopes[scope].needs_class_closure {
                let i = self.deref_index("__class__")?;
                self.emit(Op::LOAD_CLOSURE, i);
                self.op(Op::DUP_TOP);
                self.name_arg(Op::STORE_NAME, "__classcell__");
            } else {
                self.load_const(Const::None);
            }
            self.op(Op::RETURN_VALUE);
            Ok(())
        })();
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let code = self.leave_unit()?;
        self.u().line = first_line;
        self.make_closure(code, 0, name)?;
        self.load_const(Const::Str(Rc::from(name)));
        match &c.arguments {
            Some(a) => self.call_helper(2, &a.args, &a.keywords)?,
            None => self.emit(Op::CALL_FUNCTION, 2),
        }
        for _ in &c.decorator_list {
            self.emit(Op::CALL_FUNCTION, 1);
        }
        self.name_op(name, NameCtx::Store)
    }

    fn lambda(&mut self, l: &'a ast::ExprLambda) -> CResult<()> {
        let flags = match &l.parameters {
            Some(p) => self.function_prelude(p, None, false)?,
            None => 0,
        };
        let scope = self.scope_of_node(node_id(l), off(l))?;
        let qualname = self.qualname_for("<lambda>");
        let line = self.index.line(off(l));
        self.enter_unit(scope, "<lambda>", qualname.clone(), line);
        self.set_arg_counts(l.parameters.as_deref());
        self.add_const(Const::None);
        let r = self.expr(&l.body);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        if self.st.scopes[scope].is_generator {
            self.op(Op::POP_TOP);
            self.load_const(Const::None);
        }
        self.op(Op::RETURN_VALUE);
        let code = self.leave_unit()?;
        self.make_closure(code, flags, &qualname)
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        name: &str,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let Some(first) = generators.first() else {
            return gerr("invalid syntax", off(e));
        };
        let scope = self.scope_of_node(node_id_of_comp(e), off(e))?;
        let is_async = self.st.scopes[scope].is_coroutine;
        if is_async && name != "<genexpr>" && !self.st.scopes[self.ur().scope].is_coroutine {
            return gerr(
                "asynchronous comprehension outside of an asynchronous function",
                off(e),
            );
        }
        let qualname = self.qualname_for(name);
        let line = self.index.line(off(e));
        self.enter_unit(scope, name, qualname.clone(), line);
        self.u().argcount = 1;
        let r = (|| {
            match name {
                "<listcomp>" => self.emit(Op::BUILD_LIST, 0),
                "<setcomp>" => self.emit(Op::BUILD_SET, 0),
                "<dictcomp>" => self.emit(Op::BUILD_MAP, 0),
                _ => {}
            }
            self.comp_generator(name, generators, 0, elt, value)?;
            if name == "<genexpr>" {
                self.load_const(Const::None);
            }
            self.op(Op::RETURN_VALUE);
            Ok(())
        })();
        if let Err(err) = r {
            self.units.pop();
            return Err(err);
        }
        let code = self.leave_unit()?;
        self.make_closure(code, 0, &qualname)?;
        self.expr(&first.iter)?;
        self.op(if first.is_async {
            Op::GET_AITER
        } else {
            Op::GET_ITER
        });
        self.emit(Op::CALL_FUNCTION, 1);
        if is_async && name != "<genexpr>" {
            self.await_tos(true);
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        name: &str,
        generators: &'a [ast::Comprehension],
        index: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        self.enter_depth(off(elt))?;
        let r = self.comp_generator_inner(name, generators, index, elt, value);
        self.depth -= 1;
        r
    }

    fn comp_generator_inner(
        &mut self,
        name: &str,
        generators: &'a [ast::Comprehension],
        index: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let g = &generators[index];
        let start = self.new_label();
        let anchor = self.new_label();
        if index == 0 {
            let i = self.varname(".0");
            self.emit(Op::LOAD_FAST, i);
        } else if g.is_async {
            self.expr(&g.iter)?;
            self.op(Op::GET_AITER);
        } else {
            self.iterable(&g.iter)?;
            self.op(Op::GET_ITER);
        }
        self.bind(start);
        if g.is_async {
            self.jump(Op::SETUP_FINALLY, anchor);
            self.op(Op::GET_ANEXT);
            self.await_tos(false);
            self.op(Op::POP_BLOCK);
        } else {
            self.jump(Op::FOR_ITER, anchor);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if index + 1 < generators.len() {
            self.comp_generator(name, generators, index + 1, elt, value)?;
        } else {
            let depth = generators.len() as u32 + 1;
            match name {
                "<listcomp>" => {
                    self.expr(elt)?;
                    self.emit(Op::LIST_APPEND, depth);
                }
                "<setcomp>" => {
                    self.expr(elt)?;
                    self.emit(Op::SET_ADD, depth);
                }
                "<dictcomp>" => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Op::MAP_ADD, depth);
                }
                _ => {
                    self.expr(elt)?;
                    self.op(Op::YIELD_VALUE);
                    self.op(Op::POP_TOP);
                }
            }
        }
        self.jump(Op::JUMP_ABSOLUTE, start);
        self.bind(anchor);
        if g.is_async {
            self.op(Op::END_ASYNC_FOR);
        }
        Ok(())
    }

    // ---- expressions ---------------------------------------------------------

    fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        self.enter_depth(off(e))?;
        let saved = self.ur().line;
        self.set_line_at(off(e));
        let r = self.expr_inner(e);
        self.u().line = saved;
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        match e {
            Expr::NumberLiteral(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::UnaryOp(_)
            | Expr::BinOp(_)
            | Expr::Tuple(_)
                if fold::fold(e).is_some() =>
            {
                if let Some(c) = fold::fold(e) {
                    self.load_const(c);
                }
                Ok(())
            }
            Expr::NumberLiteral(n) => gerr("invalid number literal", off(n)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => gerr("invalid literal", off(e)),
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = match b.op {
                    BoolOp::And => Op::JUMP_IF_FALSE_OR_POP,
                    BoolOp::Or => Op::JUMP_IF_TRUE_OR_POP,
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.jump(op, end);
                    }
                }
                self.bind(end);
                Ok(())
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.op(Op::DUP_TOP);
                self.store_target(&n.target)
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.op(binop(b.op, false));
                Ok(())
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.op(match u.op {
                    UnaryOp::Invert => Op::UNARY_INVERT,
                    UnaryOp::Not => Op::UNARY_NOT,
                    UnaryOp::UAdd => Op::UNARY_POSITIVE,
                    UnaryOp::USub => Op::UNARY_NEGATIVE,
                });
                Ok(())
            }
            Expr::Lambda(l) => self.lambda(l),
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.jump(Op::JUMP_FORWARD, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
                Ok(())
            }
            Expr::Dict(d) => self.dict(d),
            Expr::Set(s) => self.starunpack(&s.elts, Op::BUILD_SET, Op::BUILD_SET_UNPACK),
            Expr::List(l) => {
                if l.ctx != ExprContext::Load {
                    return gerr("invalid syntax", off(l));
                }
                self.starunpack(&l.elts, Op::BUILD_LIST, Op::BUILD_LIST_UNPACK)
            }
            Expr::Tuple(t) => {
                if t.ctx != ExprContext::Load {
                    return gerr("invalid syntax", off(t));
                }
                self.starunpack(&t.elts, Op::BUILD_TUPLE, Op::BUILD_TUPLE_UNPACK)
            }
            Expr::ListComp(c) => self.comprehension(e, "<listcomp>", &c.generators, &c.elt, None),
            Expr::SetComp(c) => self.comprehension(e, "<setcomp>", &c.generators, &c.elt, None),
            Expr::DictComp(c) => {
                self.comprehension(e, "<dictcomp>", &c.generators, &c.key, Some(&c.value))
            }
            Expr::Generator(c) => self.comprehension(e, "<genexpr>", &c.generators, &c.elt, None),
            Expr::Await(a) => {
                self.expr(&a.value)?;
                self.await_tos(matches!(*a.value, Expr::Call(_)));
                Ok(())
            }
            Expr::Yield(y) => {
                if !self.ur().kind.is_function_like() {
                    return gerr("'yield' outside function", off(y));
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.op(Op::YIELD_VALUE);
                Ok(())
            }
            Expr::YieldFrom(y) => {
                if !self.ur().kind.is_function_like() {
                    return gerr("'yield' outside function", off(y));
                }
                self.expr(&y.value)?;
                self.op(Op::GET_YIELD_FROM_ITER);
                self.load_const(Const::None);
                self.op(Op::YIELD_FROM);
                Ok(())
            }
            Expr::Compare(c) => self.compare(c),
            Expr::Call(c) => self.call(c),
            Expr::FString(f) => self.fstring(f),
            Expr::TString(t) => gerr("invalid syntax", off(t)),
            Expr::Attribute(a) => {
                if a.ctx != ExprContext::Load {
                    return gerr("invalid syntax", off(a));
                }
                self.expr(&a.value)?;
                let attr = self.mangle(a.attr.id.as_str());
                self.name_arg(Op::LOAD_ATTR, &attr);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.warn(off(s), warnings::check_subscript(&s.value, &s.slice));
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.op(Op::BINARY_SUBSCR);
                Ok(())
            }
            Expr::Starred(s) => gerr("can't use starred expression here", off(s)),
            Expr::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    self.load_const(Const::Bool(true));
                    return Ok(());
                }
                self.name_op(n.id.as_str(), NameCtx::Load)
            }
            Expr::Slice(s) => {
                let mut n = 2;
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Const::None),
                    }
                }
                if let Some(step) = &s.step {
                    self.expr(step)?;
                    n = 3;
                }
                self.emit(Op::BUILD_SLICE, n);
                Ok(())
            }
            Expr::IpyEscapeCommand(c) => gerr("invalid syntax", off(c)),
        }
    }

    fn starunpack(&mut self, elts: &'a [Expr], build: Op, unpack: Op) -> CResult<()> {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        let mut groups = 0u32;
        let mut seen = 0u32;
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    if seen > 0 {
                        self.emit(build_inner(build), seen);
                        seen = 0;
                        groups += 1;
                    }
                    self.expr(&s.value)?;
                    groups += 1;
                }
                _ => {
                    self.expr(e)?;
                    seen += 1;
                }
            }
        }
        if seen > 0 {
            self.emit(build_inner(build), seen);
            groups += 1;
        }
        self.emit(unpack, groups);
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> CResult<()> {
        let has_unpack = d.items.iter().any(|i| i.key.is_none());
        if !has_unpack {
            return self.dict_chunk(&d.items);
        }
        let mut containers = 0u32;
        let mut start = 0usize;
        for (i, item) in d.items.iter().enumerate() {
            if item.key.is_none() {
                if i > start {
                    self.dict_chunk(&d.items[start..i])?;
                    containers += 1;
                }
                self.expr(&item.value)?;
                containers += 1;
                start = i + 1;
            }
        }
        if d.items.len() > start {
            self.dict_chunk(&d.items[start..])?;
            containers += 1;
        }
        self.emit(Op::BUILD_MAP_UNPACK, containers);
        Ok(())
    }

    fn dict_chunk(&mut self, items: &'a [ast::DictItem]) -> CResult<()> {
        let n = items.len();
        if n > 1 {
            let keys: Option<Vec<Const>> = items
                .iter()
                .map(|i| i.key.as_ref().and_then(fold::fold))
                .collect();
            if let Some(keys) = keys {
                for i in items {
                    self.expr(&i.value)?;
                }
                self.load_const(Const::Tuple(keys.into()));
                self.emit(Op::BUILD_CONST_KEY_MAP, n as u32);
                return Ok(());
            }
        }
        for i in items {
            if let Some(k) = &i.key {
                self.expr(k)?;
            }
            self.expr(&i.value)?;
        }
        self.emit(Op::BUILD_MAP, n as u32);
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult<()> {
        self.warn(
            off(c),
            warnings::check_compare(&c.left, &c.ops, &c.comparators),
        );
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.compare_operand(c.ops[0], &c.comparators[0])?;
            self.emit(Op::COMPARE_OP, cmpop(c.ops[0]) as u32);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.compare_operand(c.ops[i], &c.comparators[i])?;
            if i + 1 < n {
                self.op(Op::DUP_TOP);
                self.op(Op::ROT_THREE);
                self.emit(Op::COMPARE_OP, cmpop(c.ops[i]) as u32);
                self.jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
            } else {
                self.emit(Op::COMPARE_OP, cmpop(c.ops[i]) as u32);
            }
        }
        self.jump(Op::JUMP_FORWARD, end);
        self.bind(cleanup);
        self.op(Op::ROT_TWO);
        self.op(Op::POP_TOP);
        self.bind(end);
        Ok(())
    }

    fn compare_operand(&mut self, op: CmpOp, e: &'a Expr) -> CResult<()> {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            if let Some(c) = fold::fold_container(e) {
                self.load_const(c);
                return Ok(());
            }
        }
        self.expr(e)
    }

    /// Compiles a condition and jumps to `target` when it is `cond`.
    fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult<()> {
        self.enter_depth(off(e))?;
        let r = self.jump_if_inner(e, cond, target);
        self.depth -= 1;
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult<()> {
        match e {
            Expr::UnaryOp(u) if u.op == UnaryOp::Not => self.jump_if(&u.operand, !cond, target),
            Expr::BoolOp(b) => {
                let is_or = b.op == BoolOp::Or;
                let n = b.values.len();
                if cond != is_or {
                    // `and` jumping on true / `or` jumping on false: every
                    // operand must agree; bail out to `next` on the first that
                    // does not.
                    let next = self.new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !cond, next)?;
                        } else {
                            self.jump_if(v, cond, target)?;
                        }
                    }
                    self.bind(next);
                } else {
                    for v in &b.values {
                        self.jump_if(v, cond, target)?;
                    }
                }
                Ok(())
            }
            _ => {
                self.expr(e)?;
                self.jump(
                    if cond {
                        Op::POP_JUMP_IF_TRUE
                    } else {
                        Op::POP_JUMP_IF_FALSE
                    },
                    target,
                );
                Ok(())
            }
        }
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        self.warn(off(c), warnings::check_call(&c.func));
        let args = &c.arguments.args;
        let kws = &c.arguments.keywords;
        if let Expr::Attribute(a) = &*c.func {
            if kws.is_empty()
                && !args.iter().any(|x| matches!(x, Expr::Starred(_)))
                && a.ctx == ExprContext::Load
            {
                self.expr(&a.value)?;
                let attr = self.mangle(a.attr.id.as_str());
                self.set_line_at(off(c));
                self.name_arg(Op::LOAD_METHOD, &attr);
                for x in args.iter() {
                    self.expr(x)?;
                }
                self.emit(Op::CALL_METHOD, args.len() as u32);
                return Ok(());
            }
        }
        self.expr(&c.func)?;
        self.call_helper(0, args, kws)
    }

    fn call_helper(
        &mut self,
        already: u32,
        args: &'a [Expr],
        kws: &'a [ast::Keyword],
    ) -> CResult<()> {
        let star = args.iter().any(|x| matches!(x, Expr::Starred(_)));
        let dstar = kws.iter().any(|k| k.arg.is_none());
        if !star && !dstar {
            for x in args {
                self.expr(x)?;
            }
            if kws.is_empty() {
                self.emit(Op::CALL_FUNCTION, already + args.len() as u32);
                return Ok(());
            }
            let mut names = Vec::new();
            for k in kws {
                self.expr(&k.value)?;
                if let Some(a) = &k.arg {
                    names.push(Const::Str(Rc::from(a.id.as_str())));
                }
            }
            self.load_const(Const::Tuple(names.into()));
            self.emit(
                Op::CALL_FUNCTION_KW,
                already + (args.len() + kws.len()) as u32,
            );
            return Ok(());
        }
        // CALL_FUNCTION_EX: the positional part.
        let mut subargs = 0u32;
        let mut seen = already;
        for x in args {
            match x {
                Expr::Starred(s) => {
                    if seen > 0 {
                        self.emit(Op::BUILD_TUPLE, seen);
                        seen = 0;
                        subargs += 1;
                    }
                    self.expr(&s.value)?;
                    subargs += 1;
                }
                _ => {
                    self.expr(x)?;
                    seen += 1;
                }
            }
        }
        if seen > 0 || subargs == 0 {
            self.emit(Op::BUILD_TUPLE, seen);
            subargs += 1;
        }
        if subargs > 1 {
            self.emit(Op::BUILD_TUPLE_UNPACK_WITH_CALL, subargs);
        }
        // The keyword part.
        let mut flag = 0;
        if !kws.is_empty() {
            let mut subkw = 0u32;
            let mut start = 0usize;
            for (i, k) in kws.iter().enumerate() {
                if k.arg.is_none() {
                    if i > start {
                        self.kw_chunk(&kws[start..i])?;
                        subkw += 1;
                    }
                    self.expr(&k.value)?;
                    subkw += 1;
                    start = i + 1;
                }
            }
            if kws.len() > start {
                self.kw_chunk(&kws[start..])?;
                subkw += 1;
            }
            if subkw > 1 {
                self.emit(Op::BUILD_MAP_UNPACK_WITH_CALL, subkw);
            }
            flag = 1;
        }
        self.emit(Op::CALL_FUNCTION_EX, flag);
        Ok(())
    }

    fn kw_chunk(&mut self, kws: &'a [ast::Keyword]) -> CResult<()> {
        if kws.len() == 1 {
            if let Some(a) = &kws[0].arg {
                self.load_const(Const::Str(Rc::from(a.id.as_str())));
            }
            self.expr(&kws[0].value)?;
            self.emit(Op::BUILD_MAP, 1);
            return Ok(());
        }
        let mut names = Vec::new();
        for k in kws {
            self.expr(&k.value)?;
            if let Some(a) = &k.arg {
                names.push(Const::Str(Rc::from(a.id.as_str())));
            }
        }
        self.load_const(Const::Tuple(names.into()));
        self.emit(Op::BUILD_CONST_KEY_MAP, kws.len() as u32);
        Ok(())
    }

    // ---- f-strings -----------------------------------------------------------

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult<()> {
        let mut pieces = Pieces::default();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => pieces.lit(&s.value),
                ast::FStringPart::FString(fs) => {
                    for el in fs.elements.iter() {
                        self.fstring_element(el, &mut pieces)?;
                    }
                }
            }
        }
        let n = pieces.finish(self);
        if n == 0 {
            self.load_const(Const::Str(Rc::from("")));
        } else if n > 1 {
            self.emit(Op::BUILD_STRING, n);
        }
        Ok(())
    }

    fn fstring_element(
        &mut self,
        el: &'a InterpolatedStringElement,
        pieces: &mut Pieces,
    ) -> CResult<()> {
        match el {
            InterpolatedStringElement::Literal(l) => {
                pieces.lit(&l.value);
                Ok(())
            }
            InterpolatedStringElement::Interpolation(i) => {
                let mut conversion = i.conversion;
                if let Some(dbg) = &i.debug_text {
                    let src = self.index.source();
                    let start = usize::from(i.expression.range().start());
                    let end = usize::from(i.expression.range().end());
                    let text = src.get(start..end).unwrap_or("");
                    pieces.lit(&format!("{}{}{}", dbg.leading, text, dbg.trailing));
                    if conversion == ConversionFlag::None && i.format_spec.is_none() {
                        conversion = ConversionFlag::Repr;
                    }
                }
                pieces.flush(self);
                self.expr(&i.expression)?;
                let mut flags = match conversion {
                    ConversionFlag::None => 0,
                    ConversionFlag::Str => 1,
                    ConversionFlag::Repr => 2,
                    ConversionFlag::Ascii => 3,
                };
                if let Some(spec) = &i.format_spec {
                    let mut inner = Pieces::default();
                    self.enter_depth(usize::from(i.range.start()))?;
                    let mut r = Ok(());
                    for el in spec.elements.iter() {
                        r = self.fstring_element(el, &mut inner);
                        if r.is_err() {
                            break;
                        }
                    }
                    self.depth -= 1;
                    r?;
                    let n = inner.finish(self);
                    if n == 0 {
                        self.load_const(Const::Str(Rc::from("")));
                    } else if n > 1 {
                        self.emit(Op::BUILD_STRING, n);
                    }
                    flags |= 4;
                }
                self.emit(Op::FORMAT_VALUE, flags);
                pieces.count += 1;
                Ok(())
            }
        }
    }
}

/// Accumulates the pieces of an f-string: adjacent literal text is merged
/// into one constant.
#[derive(Default)]
struct Pieces {
    pending: String,
    count: u32,
}

impl Pieces {
    fn lit(&mut self, s: &str) {
        self.pending.push_str(s);
    }

    fn flush(&mut self, c: &mut Compiler<'_>) {
        if !self.pending.is_empty() {
            let s = std::mem::take(&mut self.pending);
            c.load_const(Const::Str(Rc::from(s.as_str())));
            self.count += 1;
        }
    }

    fn finish(&mut self, c: &mut Compiler<'_>) -> u32 {
        self.flush(c);
        self.count
    }
}

fn build_inner(build: Op) -> Op {
    match build {
        Op::BUILD_SET => Op::BUILD_SET,
        _ => Op::BUILD_TUPLE,
    }
}

fn node_id_of_comp(e: &Expr) -> usize {
    match e {
        Expr::ListComp(c) => node_id(c),
        Expr::SetComp(c) => node_id(c),
        Expr::DictComp(c) => node_id(c),
        Expr::Generator(c) => node_id(c),
        _ => 0,
    }
}

fn truthiness(c: &Const) -> Option<bool> {
    Some(match c {
        Const::None => false,
        Const::Bool(b) => *b,
        Const::Int(i) => *i != num_bigint::BigInt::from(0),
        Const::Float(f) => *f != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) => !t.is_empty(),
        Const::Ellipsis => true,
        _ => return None,
    })
}

/// CPython's name for an expression kind in "cannot assign to ..." messages.
pub fn describe(e: &Expr) -> &'static str {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::EllipsisLiteral(_) => "literal",
        Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) => "keyword",
        Expr::Call(_) => "function call",
        Expr::Lambda(_) => "lambda",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "operator",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Dict(_) => "dict display",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::FString(_) => "f-string expression",
        Expr::Named(_) => "named expression",
        _ => "expression",
    }
}

/// The maximum stack depth, by walking the control-flow graph with
/// `stack_effect` (taking the maximum depth at each instruction).
pub fn compute_stacksize(instrs: &[Instr]) -> Result<u32, String> {
    use crate::bytecode::{stack_effect, ArgKind};
    let n = instrs.len();
    if n == 0 {
        return Ok(0);
    }
    let mut depth_at: Vec<i64> = vec![-1; n];
    let mut max = 0i64;
    let limit = (n as i64) * 4 + 1024;
    let mut work: Vec<(usize, i64)> = vec![(0, 0)];
    while let Some((mut i, mut d)) = work.pop() {
        loop {
            if i >= n {
                return Err("internal compiler error: control falls off the end".into());
            }
            if depth_at[i] >= d {
                break;
            }
            depth_at[i] = d;
            let ins = instrs[i];
            if ins.op.arg_kind() == ArgKind::Jump {
                let t = ins.arg as usize;
                if t > n {
                    return Err("internal compiler error: jump out of range".into());
                }
                let dj = d + stack_effect(ins.op, ins.arg, true) as i64;
                if dj < 0 {
                    return Err(format!("internal compiler error: stack underflow at {i}"));
                }
                if dj > limit {
                    return Err("internal compiler error: unbounded stack growth".into());
                }
                max = max.max(dj);
                work.push((t, dj));
            }
            if matches!(ins.op, Op::JUMP_FORWARD | Op::JUMP_ABSOLUTE) {
                break;
            }
            let dn = d + stack_effect(ins.op, ins.arg, false) as i64;
            if dn < 0 {
                return Err(format!("internal compiler error: stack underflow at {i}"));
            }
            if dn > limit {
                return Err("internal compiler error: unbounded stack growth".into());
            }
            max = max.max(dn);
            if is_unconditional(ins.op) {
                break;
            }
            i += 1;
            d = dn;
        }
    }
    Ok(max as u32)
}
