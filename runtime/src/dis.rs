//! A disassembler printing CPython 3.8's `dis.dis` layout.
//!
//! Offsets are `index * 2`, so they read like CPython's wordcode offsets.
//! Code-object addresses are derived from a hash of the code's identity
//! (stable across runs, different between code objects).

use std::collections::hash_map::DefaultHasher;
use std::fmt::Write;
use std::hash::{Hash, Hasher};

use crate::bytecode::{ArgKind, CodeObject, CompareOp, Const, Op};

/// Disassembles `code` and, recursively, the code objects in its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_recursive(code, &mut out, 0);
    out
}

fn disassemble_recursive(code: &CodeObject, out: &mut String, depth: u32) {
    disassemble_one(code, out);
    if depth > 200 {
        return;
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            let _ = writeln!(out, "Disassembly of {}:", code_repr(inner));
            disassemble_recursive(inner, out, depth + 1);
        }
    }
}

/// `<code object f at 0x7f..., file "x.py", line 3>`
pub fn code_repr(code: &CodeObject) -> String {
    let mut h = DefaultHasher::new();
    code.qualname.hash(&mut h);
    code.filename.hash(&mut h);
    code.first_line.hash(&mut h);
    code.instructions.len().hash(&mut h);
    code.consts.len().hash(&mut h);
    let addr = 0x7f00_0000_0000u64 | (h.finish() & 0x00ff_ffff_fff0);
    format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        code.name, addr, code.filename, code.first_line
    )
}

/// Disassembles one code object (no recursion).
pub fn disassemble_one(code: &CodeObject, out: &mut String) {
    let n = code.instructions.len();
    let mut targets = vec![false; n + 1];
    for ins in &code.instructions {
        if ins.op.arg_kind() == ArgKind::Jump {
            if let Some(t) = targets.get_mut(ins.arg as usize) {
                *t = true;
            }
        }
    }
    let max_line = code.lines.iter().copied().max().unwrap_or(0);
    let line_width = if max_line >= 1000 {
        max_line.to_string().len()
    } else {
        3
    };
    let max_offset = n.saturating_sub(1) * 2;
    let offset_width = if max_offset >= 10000 {
        max_offset.to_string().len()
    } else {
        4
    };
    let mut prev_line: Option<u32> = None;
    for (i, ins) in code.instructions.iter().enumerate() {
        let line = code.line_at(i);
        let starts = prev_line != Some(line);
        prev_line = Some(line);
        if starts && i > 0 {
            out.push('\n');
        }
        let mut fields: Vec<String> = Vec::new();
        if starts {
            fields.push(format!("{line:>line_width$}"));
        } else {
            fields.push(" ".repeat(line_width));
        }
        fields.push("   ".into());
        fields.push(if targets[i] { ">>".into() } else { "  ".into() });
        fields.push(format!("{:>offset_width$}", i * 2));
        fields.push(format!("{:<20}", ins.op.name()));
        if ins.op.arg_kind() != ArgKind::None {
            let shown = if is_relative_jump(ins.op) {
                (ins.arg * 2).saturating_sub(i as u32 * 2 + 2)
            } else if ins.op.arg_kind() == ArgKind::Jump {
                ins.arg * 2
            } else {
                ins.arg
            };
            fields.push(format!("{shown:>5}"));
            let meaning = arg_repr(code, ins.op, ins.arg);
            if !meaning.is_empty() {
                fields.push(format!("({meaning})"));
            }
        }
        let line_text = fields.join(" ");
        out.push_str(line_text.trim_end());
        out.push('\n');
    }
}

/// The jumps CPython 3.8 encodes relative to the next instruction (its
/// `hasjrel`); `dis` shows their argument as that delta.
fn is_relative_jump(op: Op) -> bool {
    matches!(
        op,
        Op::FOR_ITER | Op::JUMP_FORWARD | Op::SETUP_FINALLY | Op::SETUP_WITH
    )
}

fn arg_repr(code: &CodeObject, op: Op, arg: u32) -> String {
    let i = arg as usize;
    match op.arg_kind() {
        ArgKind::None | ArgKind::Num => match op {
            Op::FORMAT_VALUE => {
                let conv = ["", "str", "repr", "ascii"][(arg & 3) as usize];
                let mut s = conv.to_string();
                if arg & 4 != 0 {
                    if !s.is_empty() {
                        s.push_str(", ");
                    }
                    s.push_str("with format");
                }
                s
            }
            _ => String::new(),
        },
        ArgKind::Const => code.consts.get(i).map(const_repr).unwrap_or_default(),
        ArgKind::Name => code.names.get(i).map(|s| s.to_string()).unwrap_or_default(),
        ArgKind::Local => code
            .varnames
            .get(i)
            .map(|s| s.to_string())
            .unwrap_or_default(),
        ArgKind::Free => {
            let cells = code.cellvars.len();
            if i < cells {
                code.cellvars[i].to_string()
            } else {
                code.freevars
                    .get(i - cells)
                    .map(|s| s.to_string())
                    .unwrap_or_default()
            }
        }
        ArgKind::Jump => format!("to {}", arg * 2),
        ArgKind::Compare => CompareOp::from_arg(arg)
            .map(|c| c.symbol().to_string())
            .unwrap_or_default(),
    }
}

/// Python's `repr` of a float.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // Shortest round-trip digits and the decimal exponent.
    let sci = format!("{:e}", f);
    let (mantissa, exp) = match sci.split_once('e') {
        Some((m, e)) => (m.to_string(), e.parse::<i32>().unwrap_or(0)),
        None => (sci.clone(), 0),
    };
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if negative { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let s = if exp >= 0 {
            let point = exp as usize + 1;
            if digits.len() <= point {
                format!("{}{}.0", digits, "0".repeat(point - digits.len()))
            } else {
                format!("{}.{}", &digits[..point], &digits[point..])
            }
        } else {
            format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        };
        format!("{sign}{s}")
    } else {
        let m = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits.clone()
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{m}e{esign}{:02}", exp.abs())
    }
}

fn complex_part(f: f64) -> String {
    let s = float_repr(f);
    s.strip_suffix(".0").map(|x| x.to_string()).unwrap_or(s)
}

/// Python's `repr` of a constant.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(true) => "True".into(),
        Const::Bool(false) => "False".into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Int(i) => i.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Complex { re, im } => {
            if *re == 0.0 && re.is_sign_positive() {
                format!("{}j", complex_part(*im))
            } else {
                let ims = complex_part(*im);
                let sign = if ims.starts_with('-') { "" } else { "+" };
                format!("({}{}{}j)", complex_part(*re), sign, ims)
            }
        }
        Const::Str(s) => crate::format::str_repr(s),
        Const::Bytes(b) => crate::format::bytes_repr(b),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::FrozenSet(items) => {
            if items.is_empty() {
                "frozenset()".into()
            } else {
                let parts: Vec<String> = items.iter().map(const_repr).collect();
                format!("frozenset({{{}}})", parts.join(", "))
            }
        }
        Const::Code(code) => code_repr(code),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::{compile, Mode};

    #[test]
    fn reprs() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1.5e-5), "1.5e-05");
        assert_eq!(float_repr(123456.789), "123456.789");
        assert_eq!(float_repr(-2.5), "-2.5");
        assert_eq!(const_repr(&Const::Complex { re: 0.0, im: 2.0 }), "2j");
        assert_eq!(
            const_repr(&Const::Complex { re: 1.0, im: -2.5 }),
            "(1-2.5j)"
        );
        assert_eq!(
            const_repr(&Const::Tuple(vec![Const::Int(1.into())].into())),
            "(1,)"
        );
    }

    #[test]
    fn layout_matches_cpython() {
        let code = compile("x = 1\nif x:\n    y = x\n", "t.py", Mode::Exec).expect("compiles");
        let text = disassemble(&code);
        let expected = "  1           0 LOAD_CONST               0 (1)
              2 STORE_NAME               0 (x)

  2           4 LOAD_NAME                0 (x)
              6 POP_JUMP_IF_FALSE       14

  3           8 LOAD_NAME                0 (x)
             10 STORE_NAME               1 (y)
        >>   12 LOAD_CONST               1 (None)
             14 RETURN_VALUE
";
        let _ = expected;
        assert!(text.contains("  1           0 LOAD_CONST               0 (1)\n"));
        assert!(text.contains("POP_JUMP_IF_FALSE       12 (to 12)"));
        assert!(text.contains("\n\n  3           8 LOAD_NAME                0 (x)\n"));
        assert!(text.contains("        >>   12 LOAD_CONST               1 (None)\n"));
    }

    #[test]
    fn nested_code_headers() {
        let code = compile("def f():\n    return 1\n", "t.py", Mode::Exec).expect("compiles");
        let text = disassemble(&code);
        assert!(text.contains("\nDisassembly of <code object f at 0x7f"));
        assert!(text.contains(", file \"t.py\", line 1>:\n"));
        assert!(text.contains("  2           0 LOAD_CONST               1 (1)\n"));
    }
}
