//! A cheap, non-recursive pre-scan of the source that rejects input whose
//! nesting would make ruff's recursive-descent parser (which has no depth
//! guard) recurse too deeply.
//!
//! Limits (CPython 3.8's where it has one):
//! * 200 nested brackets (`(`, `[`, `{`, and f-string replacement fields):
//!   `SyntaxError: too many nested parentheses` (the tokenizer's MAXLEVEL);
//! * 100 indentation levels: `IndentationError: too many levels of
//!   indentation` (the tokenizer's MAXINDENT);
//! * 1000 "right-recursive" tokens in one expression at one bracket level
//!   (prefix `-`/`+`/`~`/`*`, `not`, `lambda`, `await`, `yield`, `if`/`else`,
//!   `**`, `:=`): `SyntaxError: too many nested expressions`. CPython 3.8's
//!   parser fails on such input with its own stack limit ("s_push: parser
//!   stack overflow"); the count is conservative (it resets at `,`, `;`, the
//!   end of a bracket and the end of a logical line), so ordinary code never
//!   comes near it.
//!
//! The scanner is approximate where precision does not matter for depth
//! (numbers, operators), but exact about strings, comments and f-strings, so
//! brackets inside them are not counted (and f-string fields are).

pub const MAX_BRACKETS: usize = 200;
pub const MAX_INDENT: usize = 100;
pub const MAX_CHAIN: u32 = 1000;

#[derive(Debug, PartialEq, Eq)]
pub enum GuardError {
    Brackets(usize),
    Indent(usize),
    Chain(usize),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    /// `(`, `[` or `{` in code.
    Bracket,
    /// The literal part of an f-string: quote byte, triple-quoted, raw.
    FStr(u8, bool),
    /// A replacement field `{...}` of an f-string.
    Field,
    /// A format spec after `:` in a replacement field.
    Spec,
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

pub fn check(source: &str) -> Result<(), GuardError> {
    let s = source.as_bytes();
    let n = s.len();
    let mut i = 0usize;
    let mut stack: Vec<Open> = Vec::new();
    let mut weights: Vec<u32> = vec![0];
    let mut brackets = 0usize;
    let mut indents: Vec<usize> = vec![0];
    let mut at_line_start = true;
    let mut prev_operand = false;

    let bump = |weights: &mut Vec<u32>, pos: usize| -> Result<(), GuardError> {
        if let Some(w) = weights.last_mut() {
            *w += 1;
        }
        let total: u32 = weights.iter().sum();
        if total > MAX_CHAIN {
            return Err(GuardError::Chain(pos));
        }
        Ok(())
    };

    while i < n {
        // Inside the literal part of an f-string or a format spec.
        match stack.last().copied() {
            Some(Open::FStr(q, triple)) => {
                let b = s[i];
                if b == b'\\' {
                    i += 2;
                    continue;
                }
                if b == b'{' {
                    if i + 1 < n && s[i + 1] == b'{' {
                        i += 2;
                        continue;
                    }
                    stack.push(Open::Field);
                    weights.push(0);
                    brackets += 1;
                    if brackets > MAX_BRACKETS {
                        return Err(GuardError::Brackets(i));
                    }
                    prev_operand = false;
                    i += 1;
                    continue;
                }
                if b == q {
                    if triple {
                        if i + 2 < n && s[i + 1] == q && s[i + 2] == q {
                            stack.pop();
                            prev_operand = true;
                            i += 3;
                            continue;
                        }
                    } else {
                        stack.pop();
                        prev_operand = true;
                        i += 1;
                        continue;
                    }
                }
                if b == b'\n' && !triple {
                    stack.pop();
                    continue;
                }
                i += 1;
                continue;
            }
            Some(Open::Spec) => {
                let b = s[i];
                if b == b'{' {
                    stack.push(Open::Field);
                    weights.push(0);
                    brackets += 1;
                    if brackets > MAX_BRACKETS {
                        return Err(GuardError::Brackets(i));
                    }
                    prev_operand = false;
                    i += 1;
                    continue;
                }
                if b == b'}' {
                    stack.pop(); // the spec
                    if stack.last() == Some(&Open::Field) {
                        stack.pop();
                        weights.pop();
                        brackets = brackets.saturating_sub(1);
                    }
                    i += 1;
                    continue;
                }
                if b == b'\n' || b == b'"' || b == b'\'' {
                    // Malformed; leave the spec and let the parser report it.
                    stack.pop();
                    continue;
                }
                i += 1;
                continue;
            }
            _ => {}
        }

        let b = s[i];
        if at_line_start && stack.is_empty() {
            // Measure the indentation of this line.
            let mut col = 0usize;
            let mut j = i;
            while j < n && (s[j] == b' ' || s[j] == b'\t' || s[j] == b'\x0c') {
                col = if s[j] == b'\t' {
                    (col / 8 + 1) * 8
                } else {
                    col + 1
                };
                j += 1;
            }
            at_line_start = false;
            let blank = j >= n || s[j] == b'\n' || s[j] == b'\r' || s[j] == b'#';
            if !blank {
                let top = indents.last().copied().unwrap_or(0);
                if col > top {
                    indents.push(col);
                    if indents.len() - 1 > MAX_INDENT {
                        return Err(GuardError::Indent(j));
                    }
                } else {
                    while indents.len() > 1 && indents.last().copied().unwrap_or(0) > col {
                        indents.pop();
                    }
                }
            }
            i = j;
            continue;
        }
        match b {
            b' ' | b'\t' | b'\r' | b'\x0c' => i += 1,
            b'\n' => {
                if stack.is_empty() {
                    at_line_start = true;
                    weights.clear();
                    weights.push(0);
                    prev_operand = false;
                }
                i += 1;
            }
            b'#' => {
                while i < n && s[i] != b'\n' {
                    i += 1;
                }
            }
            b'\\' => {
                i += 2;
            }
            b'(' | b'[' | b'{' => {
                brackets += 1;
                if brackets > MAX_BRACKETS {
                    return Err(GuardError::Brackets(i));
                }
                stack.push(Open::Bracket);
                weights.push(0);
                prev_operand = false;
                i += 1;
            }
            b')' | b']' | b'}' => {
                match stack.last() {
                    Some(Open::Bracket) | Some(Open::Field) => {
                        stack.pop();
                        weights.pop();
                        brackets = brackets.saturating_sub(1);
                    }
                    _ => {}
                }
                prev_operand = true;
                i += 1;
            }
            b':' if stack.last() == Some(&Open::Field) => {
                if i + 1 < n && s[i + 1] == b'=' {
                    // `:=` inside a field (only valid when parenthesized,
                    // but count it anyway).
                    bump(&mut weights, i)?;
                    i += 2;
                } else {
                    stack.push(Open::Spec);
                    i += 1;
                }
            }
            b'!' if stack.last() == Some(&Open::Field) && i + 1 < n && s[i + 1] != b'=' => {
                i += 1;
            }
            b',' | b';' => {
                if let Some(w) = weights.last_mut() {
                    *w = 0;
                }
                prev_operand = false;
                i += 1;
            }
            b'"' | b'\'' => {
                i = skip_string(s, i, false, &mut stack);
                prev_operand = true;
            }
            b'-' | b'+' | b'~' => {
                if !prev_operand {
                    bump(&mut weights, i)?;
                }
                prev_operand = false;
                i += 1;
                if i < n && s[i] == b'=' {
                    i += 1;
                }
            }
            b'*' => {
                if i + 1 < n && s[i + 1] == b'*' {
                    bump(&mut weights, i)?;
                    i += 2;
                } else {
                    if !prev_operand {
                        bump(&mut weights, i)?;
                    }
                    i += 1;
                }
                prev_operand = false;
            }
            b':' => {
                if i + 1 < n && s[i + 1] == b'=' {
                    bump(&mut weights, i)?;
                    i += 2;
                } else {
                    i += 1;
                }
                prev_operand = false;
            }
            b'.' if i + 1 < n && s[i + 1].is_ascii_digit() => {
                while i < n && (is_ident_byte(s[i]) || s[i] == b'.') {
                    i += 1;
                }
                prev_operand = true;
            }
            _ if b.is_ascii_digit() => {
                while i < n && (is_ident_byte(s[i]) || s[i] == b'.') {
                    // Exponent signs: `1e-5`.
                    if (s[i] == b'e' || s[i] == b'E')
                        && i + 1 < n
                        && (s[i + 1] == b'-' || s[i + 1] == b'+')
                    {
                        i += 1;
                    }
                    i += 1;
                }
                prev_operand = true;
            }
            _ if is_ident_byte(b) => {
                let start = i;
                while i < n && is_ident_byte(s[i]) {
                    i += 1;
                }
                let word = &s[start..i];
                if i < n && (s[i] == b'"' || s[i] == b'\'') && is_string_prefix(word) {
                    let is_f = word.iter().any(|c| *c == b'f' || *c == b'F');
                    i = skip_string(s, i, is_f, &mut stack);
                    prev_operand = true;
                    continue;
                }
                match word {
                    b"not" | b"lambda" | b"await" | b"yield" | b"if" | b"else" => {
                        bump(&mut weights, start)?;
                        prev_operand = false;
                    }
                    b"and" | b"or" | b"in" | b"is" | b"for" | b"return" | b"del" | b"assert"
                    | b"raise" | b"from" | b"import" | b"elif" | b"while" | b"with" | b"as" => {
                        prev_operand = false;
                    }
                    _ => prev_operand = true,
                }
            }
            _ => {
                prev_operand = false;
                i += 1;
            }
        }
    }
    Ok(())
}

fn is_string_prefix(word: &[u8]) -> bool {
    if word.is_empty() || word.len() > 2 {
        return false;
    }
    let lower: Vec<u8> = word.iter().map(|c| c.to_ascii_lowercase()).collect();
    matches!(
        lower.as_slice(),
        b"r" | b"u" | b"b" | b"f" | b"br" | b"rb" | b"fr" | b"rf"
    )
}

/// Skips a string starting at the quote `s[i]`. For f-strings, pushes an
/// `FStr` frame and returns the position after the opening quote(s).
fn skip_string(s: &[u8], mut i: usize, is_f: bool, stack: &mut Vec<Open>) -> usize {
    let n = s.len();
    let q = s[i];
    let triple = i + 2 < n && s[i + 1] == q && s[i + 2] == q;
    if is_f {
        stack.push(Open::FStr(q, triple));
        return i + if triple { 3 } else { 1 };
    }
    i += if triple { 3 } else { 1 };
    while i < n {
        let b = s[i];
        if b == b'\\' {
            i += 2;
            continue;
        }
        if b == q {
            if !triple {
                return i + 1;
            }
            if i + 2 < n && s[i + 1] == q && s[i + 2] == q {
                return i + 3;
            }
        }
        if b == b'\n' && !triple {
            return i;
        }
        i += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets() {
        assert_eq!(check(&"(".repeat(250)), Err(GuardError::Brackets(200)));
        assert!(check(&format!("{}1{}", "(".repeat(200), ")".repeat(200))).is_ok());
        assert!(check(&format!("'{}'", "(".repeat(300))).is_ok());
        assert!(check(&format!("# {}", "(".repeat(300))).is_ok());
        assert!(check(&"f'{".repeat(300)).is_err());
    }

    #[test]
    fn chains() {
        assert!(check(&format!("{}1", "-".repeat(5000))).is_err());
        assert!(check(&format!("{}1", "not ".repeat(5000))).is_err());
        assert!(check(&"-1, ".repeat(5000)).is_ok());
        assert!(check(&"x - 1 - y ".repeat(5000)).is_ok());
    }

    #[test]
    fn indentation() {
        let mut src = String::new();
        for d in 0..150 {
            src.push_str(&" ".repeat(d));
            src.push_str("if x:\n");
        }
        assert!(matches!(check(&src), Err(GuardError::Indent(_))));
    }
}
