//! Source → AST (ruff's parser) → symbol table → bytecode ([`CodeObject`]).
//!
//! The compiler knows nothing of runtime objects: constants are
//! [`Const`](crate::bytecode::Const) values, so compiled code can be cached
//! and disassembled without an interpreter.
//!
//! Pipeline: [`guard`] pre-scans the source for nesting that would overflow
//! the (recursive, unguarded) parser; ruff parses with Python 3.8 as the
//! target version; [`symtable`] classifies names; [`codegen`] emits code,
//! folding constants with [`fold`].
//!
//! Robustness: every recursive pass (symbol table, code generator, folder)
//! counts its depth. Beyond [`codegen::MAX_DEPTH`] levels the compile fails
//! with `SyntaxError: too many nested expressions` (where CPython raises
//! `RecursionError: maximum recursion depth exceeded during compilation`; a
//! `CompileError` is always a `SyntaxError` here, so the message says what
//! happened instead). The passes assume a generous native stack: the caller
//! runs the compiler on a thread with a large stack (256 MiB), which the
//! limits are sized for (the AST of a left-nested `1+1+…` chain is also
//! dropped recursively).

pub mod codegen;
pub mod errors;
pub mod fold;
pub mod guard;
pub mod symtable;
pub mod warnings;

use ruff_python_ast::PythonVersion;
use ruff_python_parser::{parse_unchecked, Mode as ParseMode, ParseOptions};

use crate::bytecode::CodeObject;
use errors::{error_at, LineIndex};
pub use warnings::CompileWarning;

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

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self.kind {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        };
        write!(
            f,
            "{kind}: {} ({}, line {})",
            self.msg, self.filename, self.lineno
        )
    }
}

/// Compiles `source` (named `filename` in tracebacks) into a code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    compile_with_warnings(source, filename, mode).map(|(code, _)| code)
}

/// [`compile`], also returning the `SyntaxWarning`s found, in the order
/// CPython reports them.
pub fn compile_with_warnings(
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<(CodeObject, Vec<CompileWarning>), CompileError> {
    let index = LineIndex::new(source);
    let syntax = |msg: &str, offset: usize| {
        error_at(&index, filename, SyntaxErrorKind::SyntaxError, msg, offset)
    };

    // 1. Nesting guard (the parser is recursive and has no depth limit).
    if let Err(e) = guard::check(source) {
        return Err(match e {
            guard::GuardError::Brackets(at) => syntax("too many nested parentheses", at),
            guard::GuardError::Chain(at) => syntax("too many nested expressions", at),
            guard::GuardError::Indent(at) => error_at(
                &index,
                filename,
                SyntaxErrorKind::IndentationError,
                "too many levels of indentation",
                at,
            ),
        });
    }

    // 2. Parse.
    let pmode = match mode {
        Mode::Eval => ParseMode::Expression,
        Mode::Exec | Mode::Single => ParseMode::Module,
    };
    let options = ParseOptions::from(pmode).with_target_version(PythonVersion::PY38);
    let parsed = parse_unchecked(source, options);
    if let Some(first) = parsed.errors().iter().min_by_key(|e| e.location.start()) {
        let (kind, msg) = errors::map_parse_error(first, source);
        let at = usize::from(first.location.start());
        return Err(error_at(&index, filename, kind, msg, at));
    }
    if let Some(first) = parsed
        .unsupported_syntax_errors()
        .iter()
        .min_by_key(|e| e.range.start())
    {
        let (kind, msg) = errors::map_unsupported(first);
        let at = usize::from(first.range.start());
        return Err(error_at(&index, filename, kind, msg, at));
    }
    let module = parsed.into_syntax();

    // 3. Symbol table and code generation.
    let result = match &module {
        ruff_python_ast::Mod::Module(m) => {
            let st = symtable::build(&m.body, None).map_err(|e| syntax(&e.msg, e.offset))?;
            let mut c = codegen::Compiler::new(&st, &index, filename, mode == Mode::Single);
            let kind = if mode == Mode::Single {
                codegen::TopKind::Single
            } else {
                codegen::TopKind::Exec
            };
            c.compile_module(&m.body, kind)
                .map(|code| (code, c.take_warnings()))
        }
        ruff_python_ast::Mod::Expression(e) => {
            let st = symtable::build(&[], Some(&e.body)).map_err(|e| syntax(&e.msg, e.offset))?;
            let mut c = codegen::Compiler::new(&st, &index, filename, false);
            c.compile_eval(&e.body)
                .map(|code| (code, c.take_warnings()))
        }
    };
    result.map_err(|e| syntax(&e.msg, e.offset))
}

#[cfg(test)]
mod tests;
