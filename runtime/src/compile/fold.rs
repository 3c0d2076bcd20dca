//! Constant folding of literal expressions, with CPython-like size limits.
//! Nothing that would raise at run time is folded.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use ruff_python_ast::{self as ast, Expr, Number, Operator, UnaryOp};

use crate::bytecode::Const;

/// Largest folded int, in bits.
pub const MAX_INT_BITS: u64 = 4096;
/// Largest folded str/bytes, in characters/bytes.
pub const MAX_STR_LEN: usize = 4096;
/// Largest folded tuple from repetition.
pub const MAX_COLLECTION: usize = 256;
/// Folding is skipped (not an error) below this recursion depth.
const MAX_FOLD_DEPTH: u32 = 200;

/// Parses an integer literal's text (`0x_ff`, `1_000`, `0o7`, `0b1`).
pub fn parse_int_literal(text: &str) -> Option<BigInt> {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// The constant value of a literal expression (no folding).
pub fn literal(e: &Expr) -> Option<Const> {
    Some(match e {
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => Const::Int(parse_int_literal(&i.to_string())?),
            Number::Float(f) => Const::Float(*f),
            Number::Complex { real, imag } => Const::Complex {
                re: *real,
                im: *imag,
            },
        },
        Expr::StringLiteral(s) => Const::Str(Rc::from(s.value.to_str())),
        Expr::BytesLiteral(b) => Const::Bytes(b.value.bytes().collect::<Vec<u8>>().into()),
        Expr::BooleanLiteral(b) => Const::Bool(b.value),
        Expr::NoneLiteral(_) => Const::None,
        Expr::EllipsisLiteral(_) => Const::Ellipsis,
        Expr::Name(n) if n.id.as_str() == "__debug__" && n.ctx.is_load() => Const::Bool(true),
        _ => return None,
    })
}

/// The folded constant value of `e`, if it is a constant expression.
pub fn fold(e: &Expr) -> Option<Const> {
    fold_at(e, 0)
}

fn fold_at(e: &Expr, depth: u32) -> Option<Const> {
    if depth > MAX_FOLD_DEPTH {
        return None;
    }
    match e {
        Expr::UnaryOp(u) => {
            let v = fold_at(&u.operand, depth + 1)?;
            unary(u.op, &v)
        }
        Expr::BinOp(b) => {
            let l = fold_at(&b.left, depth + 1)?;
            let r = fold_at(&b.right, depth + 1)?;
            binary(b.op, &l, &r)
        }
        Expr::Tuple(t) => {
            let mut items = Vec::with_capacity(t.elts.len());
            for x in &t.elts {
                if matches!(x, Expr::Starred(_)) {
                    return None;
                }
                items.push(fold_at(x, depth + 1)?);
            }
            Some(Const::Tuple(items.into()))
        }
        _ => literal(e),
    }
}

/// Folds the elements of a list/set display used as `in` operand or `for`
/// iterable into a tuple (list) or frozenset (set).
pub fn fold_container(e: &Expr) -> Option<Const> {
    match e {
        Expr::List(ast::ExprList { elts, .. }) => {
            let items = elts
                .iter()
                .map(|x| {
                    if matches!(x, Expr::Starred(_)) {
                        None
                    } else {
                        fold(x)
                    }
                })
                .collect::<Option<Vec<_>>>()?;
            Some(Const::Tuple(items.into()))
        }
        Expr::Set(ast::ExprSet { elts, .. }) => {
            let items = elts
                .iter()
                .map(|x| {
                    if matches!(x, Expr::Starred(_)) {
                        None
                    } else {
                        fold(x)
                    }
                })
                .collect::<Option<Vec<_>>>()?;
            Some(Const::FrozenSet(items.into()))
        }
        _ => None,
    }
}

enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn num(c: &Const) -> Option<Num> {
    Some(match c {
        Const::Bool(b) => Num::Int(BigInt::from(*b as u8)),
        Const::Int(i) => Num::Int(i.clone()),
        Const::Float(f) => Num::Float(*f),
        Const::Complex { re, im } => Num::Complex(*re, *im),
        _ => return None,
    })
}

fn int_ok(i: BigInt) -> Option<Const> {
    if i.bits() > MAX_INT_BITS {
        None
    } else {
        Some(Const::Int(i))
    }
}

fn float_ok(f: f64) -> Option<Const> {
    if f.is_finite() {
        Some(Const::Float(f))
    } else {
        None
    }
}

fn complex_ok(re: f64, im: f64) -> Option<Const> {
    if re.is_finite() && im.is_finite() {
        Some(Const::Complex { re, im })
    } else {
        None
    }
}

/// Exact conversion of an int to float (None if it would lose precision).
fn int_to_f64_exact(i: &BigInt) -> Option<f64> {
    let f = i.to_f64()?;
    if f.is_finite() && f.abs() <= 9_007_199_254_740_992.0 {
        Some(f)
    } else {
        None
    }
}

fn unary(op: UnaryOp, v: &Const) -> Option<Const> {
    match op {
        UnaryOp::Not => truthy(v).map(|b| Const::Bool(!b)),
        UnaryOp::USub => match num(v)? {
            Num::Int(i) => int_ok(-i),
            Num::Float(f) => Some(Const::Float(-f)),
            Num::Complex(re, im) => Some(Const::Complex { re: -re, im: -im }),
        },
        UnaryOp::UAdd => match num(v)? {
            Num::Int(i) => int_ok(i),
            Num::Float(f) => Some(Const::Float(f)),
            Num::Complex(re, im) => Some(Const::Complex { re, im }),
        },
        UnaryOp::Invert => match num(v)? {
            Num::Int(i) => int_ok(-i - 1),
            _ => None,
        },
    }
}

fn truthy(v: &Const) -> Option<bool> {
    Some(match v {
        Const::None => false,
        Const::Bool(b) => *b,
        Const::Ellipsis => true,
        Const::Int(i) => !i.is_zero(),
        Const::Float(f) => *f != 0.0,
        Const::Complex { re, im } => *re != 0.0 || *im != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) => !t.is_empty(),
        Const::FrozenSet(_) | Const::Code(_) => return None,
    })
}

fn repeat_count(c: &Const) -> Option<usize> {
    match num(c)? {
        Num::Int(i) => {
            if i.is_negative() {
                Some(0)
            } else {
                i.to_usize()
            }
        }
        _ => None,
    }
}

fn sequence_binary(op: Operator, l: &Const, r: &Const) -> Option<Const> {
    match (op, l, r) {
        (Operator::Add, Const::Str(a), Const::Str(b)) => {
            if a.chars().count() + b.chars().count() > MAX_STR_LEN {
                return None;
            }
            Some(Const::Str(Rc::from(format!("{a}{b}"))))
        }
        (Operator::Add, Const::Bytes(a), Const::Bytes(b)) => {
            if a.len() + b.len() > MAX_STR_LEN {
                return None;
            }
            let mut v = a.to_vec();
            v.extend_from_slice(b);
            Some(Const::Bytes(v.into()))
        }
        (Operator::Add, Const::Tuple(a), Const::Tuple(b)) => {
            if a.len() + b.len() > MAX_COLLECTION {
                return None;
            }
            let mut v = a.to_vec();
            v.extend_from_slice(b);
            Some(Const::Tuple(v.into()))
        }
        (Operator::Mult, Const::Str(_) | Const::Bytes(_) | Const::Tuple(_), n) => {
            repeat(l, repeat_count(n)?)
        }
        (Operator::Mult, n, Const::Str(_) | Const::Bytes(_) | Const::Tuple(_)) => {
            repeat(r, repeat_count(n)?)
        }
        _ => None,
    }
}

fn repeat(seq: &Const, n: usize) -> Option<Const> {
    match seq {
        Const::Str(s) => {
            let len = s.chars().count();
            if len.checked_mul(n)? > MAX_STR_LEN {
                return None;
            }
            Some(Const::Str(Rc::from(s.repeat(n))))
        }
        Const::Bytes(b) => {
            if b.len().checked_mul(n)? > MAX_STR_LEN {
                return None;
            }
            Some(Const::Bytes(b.repeat(n).into()))
        }
        Const::Tuple(t) => {
            if t.len().checked_mul(n)? > MAX_COLLECTION {
                return None;
            }
            let mut v = Vec::with_capacity(t.len() * n);
            for _ in 0..n {
                v.extend_from_slice(t);
            }
            Some(Const::Tuple(v.into()))
        }
        _ => None,
    }
}

fn py_float_mod(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        return None;
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Some(m)
}

fn py_float_floordiv(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        return None;
    }
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    let mut floordiv;
    if div != 0.0 {
        floordiv = div.floor();
        if div - floordiv > 0.5 {
            floordiv += 1.0;
        }
    } else {
        floordiv = 0.0f64.copysign(a / b);
    }
    Some(floordiv)
}

fn binary(op: Operator, l: &Const, r: &Const) -> Option<Const> {
    // bool & | ^ bool stays a bool.
    if let (Const::Bool(a), Const::Bool(b)) = (l, r) {
        match op {
            Operator::BitAnd => return Some(Const::Bool(a & b)),
            Operator::BitOr => return Some(Const::Bool(a | b)),
            Operator::BitXor => return Some(Const::Bool(a ^ b)),
            _ => {}
        }
    }
    if let Some(c) = sequence_binary(op, l, r) {
        return Some(c);
    }
    let a = num(l)?;
    let b = num(r)?;
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => int_binary(op, x, y),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let (ar, ai) = to_complex(num(l)?)?;
            let (br, bi) = to_complex(num(r)?)?;
            match op {
                Operator::Add => complex_ok(ar + br, ai + bi),
                Operator::Sub => complex_ok(ar - br, ai - bi),
                Operator::Mult => complex_ok(ar * br - ai * bi, ar * bi + ai * br),
                _ => None,
            }
        }
        (x, y) => {
            let x = to_float(x)?;
            let y = to_float(y)?;
            match op {
                Operator::Add => float_ok(x + y),
                Operator::Sub => float_ok(x - y),
                Operator::Mult => float_ok(x * y),
                Operator::Div => {
                    if y == 0.0 {
                        None
                    } else {
                        float_ok(x / y)
                    }
                }
                Operator::FloorDiv => float_ok(py_float_floordiv(x, y)?),
                Operator::Mod => float_ok(py_float_mod(x, y)?),
                Operator::Pow => {
                    if x < 0.0 || (x == 0.0 && y < 0.0) {
                        None
                    } else {
                        float_ok(x.powf(y))
                    }
                }
                _ => None,
            }
        }
    }
}

fn to_float(n: Num) -> Option<f64> {
    match n {
        Num::Int(i) => int_to_f64_exact(&i),
        Num::Float(f) => Some(f),
        Num::Complex(..) => None,
    }
}

fn to_complex(n: Num) -> Option<(f64, f64)> {
    match n {
        Num::Int(i) => Some((int_to_f64_exact(&i)?, 0.0)),
        Num::Float(f) => Some((f, 0.0)),
        Num::Complex(re, im) => Some((re, im)),
    }
}

fn int_binary(op: Operator, x: BigInt, y: BigInt) -> Option<Const> {
    match op {
        Operator::Add => int_ok(x + y),
        Operator::Sub => int_ok(x - y),
        Operator::Mult => {
            if x.bits() + y.bits() > MAX_INT_BITS + 1 {
                return None;
            }
            int_ok(x * y)
        }
        Operator::FloorDiv => {
            if y.is_zero() {
                None
            } else {
                int_ok(x.div_floor(&y))
            }
        }
        Operator::Mod => {
            if y.is_zero() {
                None
            } else {
                int_ok(x.mod_floor(&y))
            }
        }
        Operator::Div => {
            if y.is_zero() {
                return None;
            }
            let a = int_to_f64_exact(&x)?;
            let b = int_to_f64_exact(&y)?;
            float_ok(a / b)
        }
        Operator::Pow => {
            if y.is_negative() {
                return None;
            }
            let e = y.to_u64()?;
            if x.is_zero() || x.bits() <= 1 {
                // 0, 1, -1: any exponent is small.
                return int_ok(num_traits::pow::Pow::pow(&x, e.min(2 + (e & 1))));
            }
            if x.bits().checked_mul(e)? > MAX_INT_BITS {
                return None;
            }
            int_ok(num_traits::pow::Pow::pow(&x, e))
        }
        Operator::LShift => {
            if y.is_negative() {
                return None;
            }
            let s = y.to_u64()?;
            if x.is_zero() {
                return Some(Const::Int(x));
            }
            if x.bits() + s > MAX_INT_BITS {
                return None;
            }
            int_ok(x << s as usize)
        }
        Operator::RShift => {
            if y.is_negative() {
                return None;
            }
            let s = y.to_u64().unwrap_or(u64::MAX);
            if s > x.bits() {
                return Some(Const::Int(if x.is_negative() {
                    BigInt::from(-1)
                } else {
                    BigInt::zero()
                }));
            }
            int_ok(x >> s as usize)
        }
        Operator::BitAnd => int_ok(x & y),
        Operator::BitOr => int_ok(x | y),
        Operator::BitXor => int_ok(x ^ y),
        Operator::MatMult => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(src: &str) -> Option<Const> {
        let parsed = ruff_python_parser::parse_expression(src).expect("parse");
        fold(parsed.expr())
    }

    #[test]
    fn folds_small_and_refuses_big_or_raising() {
        assert_eq!(f("1 + 2 * 3"), Some(Const::Int(7.into())));
        assert_eq!(f("-5 // 2"), Some(Const::Int((-3).into())));
        assert_eq!(f("-5 % 3"), Some(Const::Int(1.into())));
        assert!(matches!(f("2**100"), Some(Const::Int(_))));
        assert_eq!(f("10**10**10"), None);
        assert_eq!(f("'a' * 10**9"), None);
        assert_eq!(f("1/0"), None);
        assert_eq!(f("1 % 0"), None);
        assert_eq!(f("1 << -1"), None);
        assert_eq!(f("'ab' * 2"), Some(Const::Str("abab".into())));
        assert_eq!(f("1 + 2j"), Some(Const::Complex { re: 1.0, im: 2.0 }));
        assert_eq!(f("-0.5"), Some(Const::Float(-0.5)));
        assert_eq!(f("7 / 2"), Some(Const::Float(3.5)));
        assert_eq!(f("~5"), Some(Const::Int((-6).into())));
        assert_eq!(
            f("(1, 'a')"),
            Some(Const::Tuple(
                vec![Const::Int(1.into()), Const::Str("a".into())].into()
            ))
        );
        assert_eq!(f("(1, x)"), None);
        assert_eq!(f("0x_ff"), Some(Const::Int(255.into())));
        assert_eq!(
            f("123456789012345678901234567890"),
            Some(Const::Int(
                "123456789012345678901234567890"
                    .parse::<BigInt>()
                    .unwrap_or_default()
            ))
        );
    }
}
