//! Compile-time `SyntaxWarning`s of CPython 3.8: calling or subscripting a
//! literal that cannot support it ("perhaps you missed a comma?") and `is`
//! against a literal.
//!
//! The checks look at one node's operands after constant folding (as
//! CPython's AST optimizer runs first, `x is -1` and `(1, 2)()` count as
//! literals). The code generator runs them as it reaches each node, so the
//! warnings come in compilation order.

use ruff_python_ast::visitor::source_order::{walk_expr, SourceOrderVisitor};
use ruff_python_ast::{CmpOp, Expr, Stmt};
use ruff_text_size::Ranged;

use super::fold;
use crate::bytecode::Const;

/// A warning found while compiling; the runtime reports it as
/// `{filename}:{lineno}: SyntaxWarning: {msg}` before running the code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    /// 1-based line of the offending expression.
    pub lineno: u32,
    pub msg: String,
}

fn const_type(c: &Const) -> &'static str {
    match c {
        Const::None => "NoneType",
        Const::Bool(_) => "bool",
        Const::Ellipsis => "ellipsis",
        Const::Int(_) => "int",
        Const::Float(_) => "float",
        Const::Complex { .. } => "complex",
        Const::Str(_) => "str",
        Const::Bytes(_) => "bytes",
        Const::Tuple(_) => "tuple",
        Const::FrozenSet(_) => "frozenset",
        Const::Code(_) => "code",
    }
}

/// What an expression's type is known to be at compile time (displays,
/// comprehensions, lambdas, f-strings and constants).
enum Inferred {
    Const(Const),
    Display(&'static str),
}

impl Inferred {
    fn name(&self) -> &'static str {
        match self {
            Inferred::Const(c) => const_type(c),
            Inferred::Display(n) => n,
        }
    }
}

fn infer(e: &Expr) -> Option<Inferred> {
    if let Some(c) = fold::fold(e) {
        return Some(Inferred::Const(c));
    }
    Some(Inferred::Display(match e {
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::Generator(_) => "generator",
        Expr::Lambda(_) => "function",
        Expr::FString(_) => "str",
        _ => return None,
    }))
}

/// `5()`, `[1, 2](0)`, `f"x"()`: the called object is never callable.
pub fn check_call(func: &Expr) -> Option<String> {
    let t = infer(func)?;
    if matches!(func, Expr::Lambda(_)) {
        return None;
    }
    Some(format!(
        "'{}' object is not callable; perhaps you missed a comma?",
        t.name()
    ))
}

/// `5[0]`, `None[0]`, `{1}[0]`: the subscripted object is never
/// subscriptable; `[1, 2]['a']`: the index can never be valid.
pub fn check_subscript(value: &Expr, index: &Expr) -> Option<String> {
    let t = infer(value)?;
    let not_subscriptable = match &t {
        Inferred::Const(c) => matches!(
            c,
            Const::None
                | Const::Ellipsis
                | Const::Bool(_)
                | Const::Int(_)
                | Const::Float(_)
                | Const::Complex { .. }
                | Const::FrozenSet(_)
        ),
        Inferred::Display(n) => matches!(*n, "set" | "generator" | "function"),
    };
    if not_subscriptable {
        return Some(format!(
            "'{}' object is not subscriptable; perhaps you missed a comma?",
            t.name()
        ));
    }
    check_index(&t, index)
}

fn check_index(container: &Inferred, index: &Expr) -> Option<String> {
    if matches!(index, Expr::Slice(_)) {
        return None;
    }
    if let Expr::Tuple(t) = index {
        if t.elts.iter().any(|x| matches!(x, Expr::Slice(_))) {
            return None;
        }
    }
    let index_type = infer(index)?;
    if matches!(index_type, Inferred::Const(Const::Int(_) | Const::Bool(_))) {
        return None;
    }
    let sequence = match container {
        Inferred::Const(c) => matches!(c, Const::Str(_) | Const::Bytes(_) | Const::Tuple(_)),
        Inferred::Display(n) => matches!(*n, "tuple" | "list" | "str"),
    };
    sequence.then(|| {
        format!(
            "{} indices must be integers or slices, not {}; perhaps you missed a comma?",
            container.name(),
            index_type.name()
        )
    })
}

/// Whether `e` may be an operand of `is` (anything but a literal other than
/// `None`, `True`, `False` and `...`).
fn is_ok_for_is(e: &Expr) -> bool {
    match fold::fold(e) {
        None => true,
        Some(c) => matches!(c, Const::None | Const::Bool(_) | Const::Ellipsis),
    }
}

/// `x is 5`, `x is not 'a'`: identity with a literal (the first one only).
pub fn check_compare(left: &Expr, ops: &[CmpOp], comparators: &[Expr]) -> Option<String> {
    let mut left_ok = is_ok_for_is(left);
    for (op, right) in ops.iter().zip(comparators) {
        let right_ok = is_ok_for_is(right);
        if !(left_ok && right_ok) {
            match op {
                CmpOp::Is => return Some("\"is\" with a literal. Did you mean \"==\"?".into()),
                CmpOp::IsNot => {
                    return Some("\"is not\" with a literal. Did you mean \"!=\"?".into())
                }
                _ => {}
            }
        }
        left_ok = right_ok;
    }
    None
}

/// The warnings of code that is parsed but not compiled (the body of
/// `if 0:`, `while 0:`): CPython 3.8 still runs its checks there. Pairs of
/// (node offset, message), in source order.
pub fn dead_code_warnings(body: &[Stmt]) -> Vec<(usize, String)> {
    let mut v = DeadCode { out: Vec::new() };
    for s in body {
        v.visit_stmt(s);
    }
    v.out
}

struct DeadCode {
    out: Vec<(usize, String)>,
}

impl<'a> SourceOrderVisitor<'a> for DeadCode {
    fn visit_expr(&mut self, e: &'a Expr) {
        let found = match e {
            Expr::Call(c) => check_call(&c.func),
            Expr::Subscript(s) if s.ctx.is_load() => check_subscript(&s.value, &s.slice),
            Expr::Compare(c) => check_compare(&c.left, &c.ops, &c.comparators),
            _ => None,
        };
        if let Some(msg) = found {
            self.out.push((e.start().to_usize(), msg));
        }
        walk_expr(self, e);
    }
}
