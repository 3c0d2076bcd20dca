//! Source → AST (ruff's parser) → symbol table → bytecode ([`CodeObject`]).
//!
//! The compiler knows nothing of runtime objects: constants are
//! [`Const`](crate::bytecode::Const) values, so compiled code can be cached
//! and disassembled without an interpreter.

use crate::bytecode::CodeObject;

/// What kind of source is being compiled, as CPython's `compile()` modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: a sequence of statements.
    Exec,
    /// A single expression; the code returns its value.
    Eval,
    /// One interactive statement: expression statements are echoed (`PRINT_EXPR`).
    Single,
}

/// Which `SyntaxError` subclass a compile error is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

/// A compile-time error, with everything CPython's `SyntaxError` display needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub filename: String,
    /// 1-based line.
    pub lineno: u32,
    /// 1-based column (in characters) of the error's start.
    pub col: u32,
    /// The source line, without its newline, when there is one.
    pub text: Option<String>,
}

/// Compiles `source` (named `filename` in tracebacks) into a code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    let _ = (source, filename, mode);
    Err(CompileError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: "the compiler is being written".into(),
        filename: filename.into(),
        lineno: 1,
        col: 1,
        text: None,
    })
}
