//! Source positions and the mapping of parser errors to CPython-style
//! `SyntaxError`s.

use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType, UnsupportedSyntaxError};

use super::{CompileError, SyntaxErrorKind};

/// Byte offsets of line starts, for offset → (line, column) conversion.
pub struct LineIndex<'s> {
    source: &'s str,
    starts: Vec<usize>,
}

impl<'s> LineIndex<'s> {
    pub fn new(source: &'s str) -> Self {
        let mut starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
            }
        }
        LineIndex { source, starts }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> u32 {
        let idx = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        (idx + 1) as u32
    }

    /// 1-based character column of a byte offset.
    pub fn col(&self, offset: usize) -> u32 {
        let line = self.line(offset) as usize;
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let end = offset.min(self.source.len());
        let mut end = end.max(start);
        while end > start && !self.source.is_char_boundary(end) {
            end -= 1;
        }
        (self.source[start..end].chars().count() + 1) as u32
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: u32) -> Option<String> {
        let idx = (line as usize).checked_sub(1)?;
        let start = *self.starts.get(idx)?;
        let end = self
            .starts
            .get(idx + 1)
            .copied()
            .unwrap_or(self.source.len());
        let text = self.source.get(start..end)?;
        Some(text.trim_end_matches(['\n', '\r']).to_string())
    }

    pub fn source(&self) -> &'s str {
        self.source
    }
}

/// Builds a `CompileError` at a byte offset.
pub fn error_at(
    index: &LineIndex<'_>,
    filename: &str,
    kind: SyntaxErrorKind,
    msg: impl Into<String>,
    offset: usize,
) -> CompileError {
    let lineno = index.line(offset);
    CompileError {
        kind,
        msg: msg.into(),
        filename: filename.to_string(),
        lineno,
        col: index.col(offset),
        text: index.line_text(lineno),
    }
}

fn syntax(msg: &str) -> (SyntaxErrorKind, String) {
    (SyntaxErrorKind::SyntaxError, msg.to_string())
}

/// Describes what an invalid target is, from its source text (CPython's
/// "cannot assign to literal" family).
fn target_description(text: &str) -> &'static str {
    let t = text.trim();
    let first = t.chars().next().unwrap_or(' ');
    if t == "None" || t == "True" || t == "False" {
        return "keyword";
    }
    if first.is_ascii_digit()
        || first == '"'
        || first == '\''
        || (first == '.' && t.len() > 1 && t.as_bytes()[1].is_ascii_digit())
    {
        return "literal";
    }
    let lower = t.to_ascii_lowercase();
    for prefix in ["b'", "b\"", "r'", "r\"", "u'", "u\"", "rb", "br"] {
        if lower.starts_with(prefix) {
            return "literal";
        }
    }
    if lower.starts_with("f'") || lower.starts_with("f\"") {
        return "f-string expression";
    }
    if t.starts_with("lambda") {
        return "lambda";
    }
    if t.ends_with(')') && !t.starts_with('(') {
        return "function call";
    }
    "expression"
}

/// Maps one of ruff's parse errors to CPython 3.8's kind and message.
pub fn map_parse_error(err: &ParseError, source: &str) -> (SyntaxErrorKind, String) {
    let start = usize::from(err.location.start());
    let end = usize::from(err.location.end()).min(source.len());
    let text = source.get(start..end).unwrap_or("");
    if let Some(close) = text.chars().next().filter(|c| matches!(c, ')' | ']' | '}')) {
        if bracket_depth(source.get(..start).unwrap_or("")) == 0 {
            return syntax_owned(format!("unmatched '{close}'"));
        }
    }
    match &err.error {
        ParseErrorType::Lexical(lex) => match lex {
            LexicalErrorType::IndentationError => (
                SyntaxErrorKind::IndentationError,
                "unindent does not match any outer indentation level".into(),
            ),
            LexicalErrorType::Eof => syntax("unexpected EOF while parsing"),
            LexicalErrorType::UnclosedStringError => {
                if text.contains("\"\"\"") || text.contains("'''") {
                    syntax("EOF while scanning triple-quoted string literal")
                } else {
                    syntax("EOL while scanning string literal")
                }
            }
            LexicalErrorType::LineContinuationError => {
                syntax("unexpected character after line continuation character")
            }
            LexicalErrorType::InvalidByteLiteral => {
                syntax("bytes can only contain ASCII literal characters.")
            }
            LexicalErrorType::UnrecognizedToken { .. } => syntax("invalid syntax"),
            LexicalErrorType::FStringError(e) => {
                (SyntaxErrorKind::SyntaxError, format!("f-string: {e}"))
            }
            LexicalErrorType::OtherError(m) => {
                let m = m.to_string();
                if m.contains("tab") {
                    (
                        SyntaxErrorKind::TabError,
                        "inconsistent use of tabs and spaces in indentation".into(),
                    )
                } else {
                    (SyntaxErrorKind::SyntaxError, m)
                }
            }
            _ => syntax("invalid syntax"),
        },
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block") => (
            SyntaxErrorKind::IndentationError,
            "expected an indented block".into(),
        ),
        ParseErrorType::UnexpectedIndentation => (
            SyntaxErrorKind::IndentationError,
            "unexpected indent".into(),
        ),
        ParseErrorType::ExpectedToken { expected, found } => {
            use ruff_python_ast::token::TokenKind;
            if *expected == TokenKind::Indent {
                (
                    SyntaxErrorKind::IndentationError,
                    "expected an indented block".into(),
                )
            } else if *found == TokenKind::EndOfFile {
                syntax("unexpected EOF while parsing")
            } else if *found == TokenKind::Dedent && *expected == TokenKind::Newline {
                (
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level".into(),
                )
            } else {
                syntax("invalid syntax")
            }
        }
        ParseErrorType::PositionalAfterKeywordArgument => {
            syntax("positional argument follows keyword argument")
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            syntax("positional argument follows keyword argument unpacking")
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => {
            syntax("iterable argument unpacking follows keyword argument unpacking")
        }
        ParseErrorType::DuplicateKeywordArgumentError(_) => syntax("keyword argument repeated"),
        ParseErrorType::IterableUnpackingInComprehension => {
            syntax("iterable unpacking cannot be used in comprehension")
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            syntax("non-default argument follows default argument")
        }
        ParseErrorType::InvalidAssignmentTarget => (
            SyntaxErrorKind::SyntaxError,
            format!("cannot assign to {}", target_description(text)),
        ),
        ParseErrorType::InvalidNamedAssignmentTarget => (
            SyntaxErrorKind::SyntaxError,
            format!(
                "cannot use named assignment with {}",
                target_description(text)
            ),
        ),
        ParseErrorType::InvalidAnnotatedAssignmentTarget => syntax("illegal target for annotation"),
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            syntax("illegal expression for augmented assignment")
        }
        ParseErrorType::InvalidDeleteTarget => (
            SyntaxErrorKind::SyntaxError,
            format!("cannot delete {}", target_description(text)),
        ),
        ParseErrorType::InvalidStarredExpressionUsage => {
            // After a binary operator (`a + *b`) 3.8's parser fails earlier.
            let before = source.get(..start).unwrap_or("").trim_end();
            if before.ends_with(['+', '-', '*', '/', '%', '&', '|', '^', '~', '<', '>', '@']) {
                syntax("invalid syntax")
            } else {
                syntax("can't use starred expression here")
            }
        }
        ParseErrorType::ExpectedKeywordParam => syntax("named arguments must follow bare *"),
        ParseErrorType::FStringError(e) => (SyntaxErrorKind::SyntaxError, format!("f-string: {e}")),
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            syntax("Generator expression must be parenthesized")
        }
        ParseErrorType::VarParameterWithDefault => syntax("invalid syntax"),
        _ => syntax("invalid syntax"),
    }
}

/// Maps a "not in Python 3.8" error to a plain `invalid syntax`.
pub fn map_unsupported(err: &UnsupportedSyntaxError) -> (SyntaxErrorKind, String) {
    use ruff_python_parser::UnsupportedSyntaxErrorKind as K;
    match err.kind {
        K::IterableUnpackingInListComprehension => {
            syntax("iterable unpacking cannot be used in comprehension")
        }
        K::Pep701FString(_) => syntax("f-string: expecting '}'"),
        _ => syntax("invalid syntax"),
    }
}

fn syntax_owned(msg: String) -> (SyntaxErrorKind, String) {
    (SyntaxErrorKind::SyntaxError, msg)
}

/// Open-bracket depth at the end of `src`, skipping comments and string
/// literals (approximately: prefixes and escapes are honoured, f-string
/// fields are not descended into).
fn bracket_depth(src: &str) -> usize {
    let b = src.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            q @ (b'\'' | b'"') => {
                let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
                i += if triple { 3 } else { 1 };
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if b[i] == q
                        && (!triple || (b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q)))
                    {
                        i += if triple { 2 } else { 0 };
                        break;
                    }
                    if b[i] == b'\n' && !triple {
                        break;
                    }
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    depth
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column() {
        let idx = LineIndex::new("ab\ncdé\nx");
        assert_eq!(idx.line(0), 1);
        assert_eq!(idx.line(3), 2);
        assert_eq!(idx.col(4), 2);
        assert_eq!(idx.col(7), 4);
        assert_eq!(idx.line(8), 3);
        assert_eq!(idx.line_text(2).as_deref(), Some("cdé"));
        assert_eq!(idx.line_text(9), None);
    }
}
