//! Operators: arithmetic, comparison, truth, hashing, subscripting,
//! containment. Builtin operand types are handled directly in Rust; as soon
//! as an operand's type is a class defined in Python, the full special-method
//! protocol (with reflected operands and `NotImplemented`) runs.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::builtins::exc;
use crate::bytecode::CompareOp;
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{dictops, PyResult, Vm};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Xor,
    Or,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            MatMul => "@",
            TrueDiv => "/",
            FloorDiv => "//",
            Mod => "%",
            Pow => "** or pow()",
            LShift => "<<",
            RShift => ">>",
            And => "&",
            Xor => "^",
            Or => "|",
        }
    }
    pub fn dunder(self) -> (&'static str, &'static str, &'static str) {
        use BinOp::*;
        match self {
            Add => ("__add__", "__radd__", "__iadd__"),
            Sub => ("__sub__", "__rsub__", "__isub__"),
            Mul => ("__mul__", "__rmul__", "__imul__"),
            MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            Mod => ("__mod__", "__rmod__", "__imod__"),
            Pow => ("__pow__", "__rpow__", "__ipow__"),
            LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            And => ("__and__", "__rand__", "__iand__"),
            Xor => ("__xor__", "__rxor__", "__ixor__"),
            Or => ("__or__", "__ror__", "__ior__"),
        }
    }
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Xor,
        BinOp::Or,
    ];
}

/// A number operand, widened for mixed arithmetic.
enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn as_num(v: &Value) -> Option<Num> {
    if let Some(i) = int_as_bigint(v) {
        return Some(Num::Int(i));
    }
    if let Some(f) = float_of(v) {
        return Some(Num::Float(f));
    }
    v.downcast::<ComplexData>()
        .map(|c| Num::Complex(c.re, c.im))
}

/// Python's float modulo (sign of the divisor).
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

/// Python's float floor division.
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let fl = div.floor();
        if div - fl > 0.5 {
            fl + 1.0
        } else {
            fl
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

impl Vm {
    // ---- arithmetic ----------------------------------------------------------

    /// `a <op> b`.
    #[inline]
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            if let Some(v) = self.small_int_op(op, x, y)? {
                return Ok(v);
            }
        }
        if a.ty().is_heap() || b.ty().is_heap() {
            return self.binary_op_slow(op, a, b, None);
        }
        match self.builtin_binop(op, a, b)? {
            Some(v) => Ok(v),
            None => Err(self.binop_type_error(op, a, b)),
        }
    }

    /// `a <op>= b`.
    pub fn inplace_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            if let Some(v) = self.small_int_op(op, x, y)? {
                return Ok(v);
            }
        }
        // Mutable builtins update in place.
        if a.is_exact(&LIST_TYPE) {
            if op == BinOp::Add {
                let items = self.collect_iterable(b)?;
                a.downcast::<ListData>().expect("list").vec().extend(items);
                return Ok(a.clone());
            }
            if op == BinOp::Mul {
                if let Some(n) = self.index_value(b).ok().and_then(|n| n.to_i64()) {
                    let l = a.downcast::<ListData>().expect("list").vec();
                    let src = l.clone();
                    l.clear();
                    for _ in 0..n.max(0) {
                        l.extend(src.iter().cloned());
                    }
                    return Ok(a.clone());
                }
            }
        }
        if a.is_exact(&BYTEARRAY_TYPE) {
            if let Some(v) = crate::builtins::bytearray::inplace(self, op, a, b)? {
                return Ok(v);
            }
        }
        if a.is_exact(&SET_TYPE) && b.as_set().is_some() {
            if let Some(v) = crate::builtins::set::inplace(self, op, a, b)? {
                return Ok(v);
            }
        }
        if a.ty().is_heap() {
            let iname = op.dunder().2;
            if let Some(m) = self.lookup_special(a, iname) {
                let r = self.call_method_obj(&m, a, std::slice::from_ref(b))?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
        if a.ty().is_heap() || b.ty().is_heap() {
            return self.binary_op_slow(op, a, b, Some(true));
        }
        match self.builtin_binop(op, a, b)? {
            Some(v) => Ok(v),
            None => Err(self.binop_type_error_inplace(op, a, b)),
        }
    }

    fn binop_type_error(&mut self, op: BinOp, a: &Value, b: &Value) -> crate::vm::PyErr {
        if op == BinOp::Add && a.is_exact(&STR_TYPE) {
            return self.type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                b.ty().name()
            ));
        }
        if op == BinOp::Add && matches!(a.ty().layout, Layout::Bytes | Layout::ByteArray) {
            return self.type_error(format!(
                "can't concat {} to {}",
                b.ty().name(),
                a.ty().name()
            ));
        }
        if op == BinOp::Add && a.is_exact(&LIST_TYPE) {
            return self.type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                b.ty().name()
            ));
        }
        if op == BinOp::Add && a.is_exact(&TUPLE_TYPE) {
            return self.type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                b.ty().name()
            ));
        }
        if op == BinOp::Mul && (is_sequence_builtin(a) || is_sequence_builtin(b)) {
            let other = if is_sequence_builtin(a) { b } else { a };
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                other.ty().name()
            ));
        }
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            a.ty().name(),
            b.ty().name()
        ))
    }

    fn binop_type_error_inplace(&mut self, op: BinOp, a: &Value, b: &Value) -> crate::vm::PyErr {
        if matches!(op, BinOp::Add | BinOp::Mul)
            && (a.is_exact(&STR_TYPE) || a.is_exact(&TUPLE_TYPE) || a.is_exact(&LIST_TYPE))
        {
            return self.binop_type_error(op, a, b);
        }
        let sym = match op {
            BinOp::Pow => "**=".to_string(),
            _ => format!("{}=", op.symbol()),
        };
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            a.ty().name(),
            b.ty().name()
        ))
    }

    /// The special-method protocol with reflection.
    fn binary_op_slow(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        inplace: Option<bool>,
    ) -> PyResult<Value> {
        let (name, rname, _) = op.dunder();
        let ta = a.ty();
        let tb = b.ty();
        let same = std::ptr::eq(ta, tb);
        let a_m = self.lookup_special(a, name);
        let b_rm = if same {
            None
        } else {
            self.lookup_special(b, rname)
        };
        // A subclass's reflected method goes first when it overrides it.
        if let Some(rm) = &b_rm {
            if tb.is_subtype(ta) && !a_m.as_ref().is_some_and(|m| m.is(rm)) {
                let r = self.call_method_obj(rm, b, std::slice::from_ref(a))?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
        if let Some(m) = &a_m {
            let r = self.call_method_obj(m, a, std::slice::from_ref(b))?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        if let Some(rm) = &b_rm {
            if !tb.is_subtype(ta) {
                let r = self.call_method_obj(rm, b, std::slice::from_ref(a))?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
        if inplace.is_some() {
            Err(self.binop_type_error_inplace(op, a, b))
        } else {
            Err(self.binop_type_error(op, a, b))
        }
    }

    #[inline]
    fn small_int_op(&mut self, op: BinOp, x: i64, y: i64) -> PyResult<Option<Value>> {
        // Inline ints are 62-bit, so +, - cannot overflow i64.
        Ok(Some(match op {
            BinOp::Add => new_int(x + y),
            BinOp::Sub => new_int(x - y),
            BinOp::Mul => match x.checked_mul(y) {
                Some(r) => new_int(r),
                None => new_bigint(BigInt::from(x) * BigInt::from(y)),
            },
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                new_int(Integer::div_floor(&x, &y))
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                new_int(Integer::mod_floor(&x, &y))
            }
            BinOp::And => Value::small_int(x & y),
            BinOp::Or => Value::small_int(x | y),
            BinOp::Xor => Value::small_int(x ^ y),
            BinOp::TrueDiv => {
                if y == 0 {
                    return Err(self.zero_division("division by zero"));
                }
                if x.abs() < (1 << 53) && y.abs() < (1 << 53) {
                    new_float(x as f64 / y as f64)
                } else {
                    return Ok(None);
                }
            }
            _ => return Ok(None),
        }))
    }

    /// Arithmetic on builtin operand types; None when the types don't support `op`.
    pub fn builtin_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let bitwise = matches!(
            op,
            BinOp::And | BinOp::Or | BinOp::Xor | BinOp::LShift | BinOp::RShift
        );
        // Floats first: the hottest non-int case.
        if let (Some(x), Some(y)) = (float_of(a), float_of(b)) {
            if bitwise || op == BinOp::MatMul {
                return Ok(None);
            }
            return self.float_op(op, x, y).map(Some);
        }
        if let (Some(x), Some(y)) = (a.downcast::<BoolData>(), b.downcast::<BoolData>()) {
            match op {
                BinOp::And => return Ok(Some(Value::bool(x.0 & y.0))),
                BinOp::Or => return Ok(Some(Value::bool(x.0 | y.0))),
                BinOp::Xor => return Ok(Some(Value::bool(x.0 ^ y.0))),
                _ => {}
            }
        }
        if let (Some(na), Some(nb)) = (as_num(a), as_num(b)) {
            if (bitwise || op == BinOp::MatMul)
                && !(matches!(na, Num::Int(_)) && matches!(nb, Num::Int(_)))
            {
                return Ok(None);
            }
            return self.num_op(op, na, nb);
        }
        crate::builtins::seq_binop(self, op, a, b)
    }

    fn num_op(&mut self, op: BinOp, a: Num, b: Num) -> PyResult<Option<Value>> {
        match (a, b) {
            (Num::Int(x), Num::Int(y)) => self.bigint_op(op, x, y).map(Some),
            (a @ Num::Complex(..), b) | (a, b @ Num::Complex(..)) => {
                let (ar, ai) = self.num_to_complex(&a)?;
                let (br, bi) = self.num_to_complex(&b)?;
                crate::builtins::complex::complex_op(self, op, (ar, ai), (br, bi))
            }
            (a, b) => {
                let x = self.num_to_f64(&a)?;
                let y = self.num_to_f64(&b)?;
                self.float_op(op, x, y).map(Some)
            }
        }
    }

    fn num_to_f64(&mut self, n: &Num) -> PyResult<f64> {
        match n {
            Num::Int(i) => bigint_to_f64(i)
                .ok_or_else(|| self.overflow_error("int too large to convert to float")),
            Num::Float(f) => Ok(*f),
            Num::Complex(..) => Err(self.type_error("can't convert complex to float")),
        }
    }

    fn num_to_complex(&mut self, n: &Num) -> PyResult<(f64, f64)> {
        match n {
            Num::Complex(r, i) => Ok((*r, *i)),
            other => Ok((self.num_to_f64(other)?, 0.0)),
        }
    }

    pub fn float_op(&mut self, op: BinOp, x: f64, y: f64) -> PyResult<Value> {
        Ok(new_float(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::TrueDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float divmod()"));
                }
                float_floordiv(x, y)
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float_mod(x, y)
            }
            BinOp::Pow => return self.float_pow(x, y),
            _ => {
                return Err(self.type_error(format!(
                    "unsupported operand type(s) for {}: 'float' and 'float'",
                    op.symbol()
                )))
            }
        }))
    }

    fn float_pow(&mut self, x: f64, y: f64) -> PyResult<Value> {
        if x == 0.0 && y < 0.0 {
            return Err(self.zero_division("0.0 cannot be raised to a negative power"));
        }
        if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
            // A negative base to a fractional power is complex in Python 3.
            return crate::builtins::complex::complex_pow(self, (x, 0.0), (y, 0.0));
        }
        let r = x.powf(y);
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(self.overflow_error("(34, 'Numerical result out of range')"));
        }
        Ok(new_float(r))
    }

    fn bigint_op(&mut self, op: BinOp, x: BigInt, y: BigInt) -> PyResult<Value> {
        Ok(match op {
            BinOp::Add => new_bigint(x + y),
            BinOp::Sub => new_bigint(x - y),
            BinOp::Mul => new_bigint(x * y),
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                new_bigint(x.div_floor(&y))
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                new_bigint(x.mod_floor(&y))
            }
            BinOp::TrueDiv => {
                if y.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                new_float(self.int_true_div(&x, &y)?)
            }
            BinOp::Pow => {
                if y.is_negative() {
                    if x.is_zero() {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    let fx = bigint_to_f64(&x)
                        .ok_or_else(|| self.overflow_error("int too large to convert to float"))?;
                    let fy = bigint_to_f64(&y).unwrap_or(f64::NEG_INFINITY);
                    return self.float_pow(fx, fy);
                }
                let e = y.to_u64().unwrap_or(u64::MAX);
                if x.magnitude().bits() * e > 64_000_000
                    && !(x.is_zero() || x.abs() == BigInt::from(1))
                {
                    return Err(self.memory_error());
                }
                new_bigint(num_traits::pow::Pow::pow(&x, e))
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = y.to_u64().unwrap_or(u64::MAX);
                if x.is_zero() {
                    return Ok(Value::small_int(0));
                }
                if s > 1 << 32 {
                    return Err(self.overflow_error("too many digits in integer"));
                }
                new_bigint(x << s as usize)
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = y.to_u64().unwrap_or(u64::MAX);
                if s > x.bits() {
                    return Ok(Value::small_int(if x.is_negative() { -1 } else { 0 }));
                }
                new_bigint(x >> s as usize)
            }
            BinOp::And => new_bigint(x & y),
            BinOp::Or => new_bigint(x | y),
            BinOp::Xor => new_bigint(x ^ y),
            BinOp::MatMul => {
                return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'"))
            }
        })
    }

    /// Correctly rounded int / int (as CPython's).
    fn int_true_div(&mut self, x: &BigInt, y: &BigInt) -> PyResult<f64> {
        if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
            if a.abs() < (1 << 53) && b.abs() < (1 << 53) {
                return Ok(a as f64 / b as f64);
            }
        }
        // Take the quotient to 55+ significant bits (never below the
        // 2^-1076 place, so subnormal results round at their own last bit),
        // fold the remainder into a sticky bit, and round exactly once.
        let neg = x.is_negative() != y.is_negative();
        let a = x.abs();
        let b = y.abs();
        let e = a.bits() as i64 - b.bits() as i64; // a/b < 2^(e+1)
        if e > 1024 {
            return Err(self.overflow_error("integer division result too large for a float"));
        }
        if e < -1080 {
            return Ok(if neg { -0.0 } else { 0.0 });
        }
        const MIN_SHIFT: i64 = -1076;
        let shift = (e - 55).max(MIN_SHIFT);
        let (n, d) = if shift <= 0 {
            (a << (-shift) as usize, b)
        } else {
            (a, b << shift as usize)
        };
        let (q, r) = n.div_rem(&d);
        let mut q = q.to_u64().unwrap_or(u64::MAX);
        if !r.is_zero() {
            q |= 1;
        }
        let res = if shift == MIN_SHIFT {
            // Result below 2^-1021: its last bit is the 2^-1074 place.
            let low = q & 3;
            let mut m = q >> 2;
            if low > 2 || (low == 2 && m & 1 == 1) {
                m += 1;
            }
            m as f64 * f64::from_bits(1)
        } else {
            // u64 -> f64 rounds once (half to even; the sticky bit breaks
            // false ties); scaling by a power of two is then exact.
            scale_pow2(q as f64, shift)
        };
        if res.is_infinite() {
            return Err(self.overflow_error("integer division result too large for a float"));
        }
        Ok(if neg { -res } else { res })
    }

    pub fn unary_neg(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(i) = v.as_small_int() {
            return Ok(new_int(-i));
        }
        if let Some(f) = float_of(v) {
            return Ok(new_float(-f));
        }
        if !v.ty().is_heap() {
            if let Some(i) = int_as_bigint(v) {
                return Ok(new_bigint(-i));
            }
            if let Some(c) = v.downcast::<ComplexData>() {
                return Ok(new_complex(-c.re, -c.im));
            }
        }
        self.unary_special(v, "__neg__", "unary -")
    }

    pub fn unary_pos(&mut self, v: &Value) -> PyResult<Value> {
        if !v.ty().is_heap() {
            if v.is_exact(&BOOL_TYPE) {
                return Ok(new_int(int_as_i64(v).unwrap_or(0)));
            }
            if is_int(v) || float_of(v).is_some() || v.downcast::<ComplexData>().is_some() {
                return Ok(v.clone());
            }
        }
        self.unary_special(v, "__pos__", "unary +")
    }

    pub fn unary_invert(&mut self, v: &Value) -> PyResult<Value> {
        if !v.ty().is_heap() {
            if let Some(i) = int_as_bigint(v) {
                return Ok(new_bigint(-i - 1));
            }
        }
        self.unary_special(v, "__invert__", "unary ~")
    }

    fn unary_special(&mut self, v: &Value, name: &str, what: &str) -> PyResult<Value> {
        if let Some(m) = self.lookup_special(v, name) {
            return self.call_method_obj(&m, v, &[]);
        }
        if v.ty().is_heap() {
            // A subclass of a builtin number: use the builtin operation.
            if let Some(i) = int_as_bigint(v) {
                return match name {
                    "__neg__" => Ok(new_bigint(-i)),
                    "__pos__" => Ok(new_bigint(i)),
                    _ => Ok(new_bigint(-i - 1)),
                };
            }
            if let Some(f) = float_of(v) {
                return match name {
                    "__neg__" => Ok(new_float(-f)),
                    "__pos__" => Ok(new_float(f)),
                    _ => Err(self.type_error("bad operand type for unary ~: 'float'")),
                };
            }
        }
        Err(self.type_error(format!(
            "bad operand type for {}: '{}'",
            what,
            v.ty().name()
        )))
    }

    // ---- truth -----------------------------------------------------------------

    #[inline]
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        if v.is_true_obj() {
            return Ok(true);
        }
        if v.is_false_obj() || v.is_none() {
            return Ok(false);
        }
        if let Some(i) = v.as_small_int() {
            return Ok(i != 0);
        }
        let ty = v.ty();
        if !ty.is_heap() {
            match ty.layout {
                Layout::Int => return Ok(true), // big ints are never zero
                Layout::Float => return Ok(float_of(v) != Some(0.0)),
                Layout::Str => return Ok(v.downcast::<StrData>().is_some_and(|s| !s.s.is_empty())),
                Layout::List => {
                    return Ok(!v.downcast::<ListData>().is_some_and(|l| l.vec().is_empty()))
                }
                Layout::Tuple => return Ok(!tuple_items(v).is_some_and(|t| t.is_empty())),
                Layout::Dict => return Ok(dictops::len(v) != 0),
                Layout::Set | Layout::FrozenSet => {
                    return Ok(v.as_set().is_some_and(|s| !s.table().is_empty()))
                }
                Layout::Bytes => {
                    return Ok(v.downcast::<BytesData>().is_some_and(|b| !b.b.is_empty()))
                }
                Layout::Complex => {
                    return Ok(v
                        .downcast::<ComplexData>()
                        .is_some_and(|c| c.re != 0.0 || c.im != 0.0))
                }
                Layout::Range => return Ok(self.len(v)? != 0),
                Layout::DictView => return Ok(self.len(v)? != 0),
                _ => return Ok(true),
            }
        }
        if let Some(m) = self.lookup_special(v, "__bool__") {
            let r = self.call_method_obj(&m, v, &[])?;
            if let Some(b) = r.downcast::<BoolData>() {
                return Ok(b.0);
            }
            return Err(self.type_error(format!(
                "__bool__ should return bool, returned {}",
                r.ty().name()
            )));
        }
        if let Some(m) = self.lookup_special(v, "__len__") {
            let r = self.call_method_obj(&m, v, &[])?;
            let n = self.len_result(&r)?;
            return Ok(n != 0);
        }
        // Subclasses of builtins fall back to the builtin's truth.
        match ty.layout {
            Layout::Object | Layout::Exception | Layout::Type | Layout::Function => Ok(true),
            Layout::Int => Ok(int_as_bigint(v).is_some_and(|b| !b.is_zero())),
            _ => {
                let n = self.len(v);
                match n {
                    Ok(n) => Ok(n != 0),
                    Err(_) => Ok(true),
                }
            }
        }
    }

    fn len_result(&mut self, r: &Value) -> PyResult<usize> {
        if !is_int(r) {
            return Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                r.ty().name()
            )));
        }
        let n = int_as_bigint(r).unwrap_or_default();
        if n.is_negative() {
            return Err(self.value_error("__len__() should return >= 0"));
        }
        n.to_usize()
            .ok_or_else(|| self.overflow_error("cannot fit 'int' into an index-sized integer"))
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        let ty = v.ty();
        match ty.layout {
            Layout::Str if !ty.is_heap() => {
                return Ok(v.downcast::<StrData>().map_or(0, |s| s.chars))
            }
            Layout::List if !ty.is_heap() => {
                return Ok(v.downcast::<ListData>().map_or(0, |l| l.vec().len()))
            }
            Layout::Tuple if !ty.is_heap() => return Ok(tuple_items(v).map_or(0, |t| t.len())),
            Layout::Dict if !ty.is_heap() => return Ok(dictops::len(v)),
            _ => {}
        }
        if ty.is_heap() {
            if let Some(m) = self.lookup_special(v, "__len__") {
                let r = self.call_method_obj(&m, v, &[])?;
                return self.len_result(&r);
            }
        }
        self.builtin_len(v)
    }

    /// `len()` by the object's builtin layout (no special-method lookup).
    pub fn builtin_len(&mut self, v: &Value) -> PyResult<usize> {
        let ty = v.ty();
        match ty.layout {
            Layout::Str => Ok(v.downcast::<StrData>().map_or(0, |s| s.chars)),
            Layout::List => Ok(v.downcast::<ListData>().map_or(0, |l| l.vec().len())),
            Layout::Tuple => Ok(tuple_items(v).map_or(0, |t| t.len())),
            Layout::Dict => Ok(dictops::len(v)),
            Layout::Set | Layout::FrozenSet => Ok(v.as_set().map_or(0, |s| s.table().len())),
            Layout::Bytes => Ok(v.downcast::<BytesData>().map_or(0, |b| b.b.len())),
            Layout::ByteArray => Ok(v.downcast::<ByteArrayData>().map_or(0, |b| {
                // SAFETY: single-threaded short read.
                unsafe { (*b.b.get()).len() }
            })),
            Layout::Range => crate::builtins::range::range_len(self, v),
            Layout::DictView => {
                let d = &v.downcast::<DictViewData>().expect("view").dict;
                Ok(dictops::len(d))
            }
            Layout::MappingProxy => Ok(dictops::len(
                &crate::builtins::dict::proxy_dict(v).expect("mappingproxy"),
            )),
            _ => Err(self.type_error(format!("object of type '{}' has no len()", ty.name()))),
        }
    }

    // ---- hashing ---------------------------------------------------------------

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(i) = v.as_small_int() {
            return Ok(hash_i64(i));
        }
        let ty = v.ty();
        if !ty.is_heap() {
            return self.builtin_hash(v);
        }
        if ty.has_flag(type_flags::UNHASHABLE) {
            return Err(self.type_error(format!("unhashable type: '{}'", ty.name())));
        }
        match self.lookup_special(v, "__hash__") {
            Some(m) if m.is_none() => {
                Err(self.type_error(format!("unhashable type: '{}'", ty.name())))
            }
            Some(m) if m.downcast::<BuiltinFunctionData>().is_some() => self.builtin_hash(v),
            Some(m) => {
                let r = self.call_method_obj(&m, v, &[])?;
                if !is_int(&r) {
                    return Err(self.type_error("__hash__ method should return an integer"));
                }
                // A result that fits a machine word is used as is (-1 is
                // reserved for errors in CPython and becomes -2); a bigger
                // one is reduced like an int's hash.
                let h = match int_as_i64(&r) {
                    Some(i) => i,
                    None => hash_bigint(&int_as_bigint(&r).unwrap_or_default()),
                };
                Ok(if h == -1 { -2 } else { h })
            }
            None => Ok(identity_hash(v)),
        }
    }

    /// `hash()` by the object's builtin layout (no special-method lookup).
    pub fn builtin_hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(i) = v.as_small_int() {
            return Ok(hash_i64(i));
        }
        let ty = v.ty();
        {
            match ty.layout {
                Layout::Str => Ok(str_hash(v.downcast::<StrData>().expect("str"))),
                Layout::Int => Ok(hash_bigint(&v.downcast::<BigIntData>().expect("int").0)),
                Layout::Bool => Ok(v.is_true_obj() as i64),
                Layout::Float => Ok(hash_float(float_of(v).unwrap_or(0.0))),
                Layout::Tuple => self.hash_tuple(v),
                Layout::Bytes => {
                    let b = v.downcast::<BytesData>().expect("bytes");
                    if b.hash.get() == -1 {
                        b.hash.set(hash_bytes(&b.b));
                    }
                    Ok(b.hash.get())
                }
                Layout::FrozenSet => self.hash_frozenset(v),
                Layout::List | Layout::Dict | Layout::Set | Layout::ByteArray => {
                    Err(self.type_error(format!("unhashable type: '{}'", ty.name())))
                }
                Layout::Complex => {
                    let c = v.downcast::<ComplexData>().expect("complex");
                    let h =
                        hash_float(c.re).wrapping_add(1000003i64.wrapping_mul(hash_float(c.im)));
                    Ok(if h == -1 { -2 } else { h })
                }
                Layout::Slice => Err(self.type_error("unhashable type: 'slice'")),
                _ => Ok(identity_hash(v)),
            }
        }
    }

    fn hash_tuple(&mut self, v: &Value) -> PyResult<i64> {
        let t = v.downcast::<TupleData>().expect("tuple");
        if t.hash.get() != -1 {
            return Ok(t.hash.get());
        }
        // xxHash-style combination, as CPython 3.8.
        const P1: u64 = 11400714785074694791;
        const P2: u64 = 14029467366897019727;
        const P5: u64 = 2870177450012600261;
        let mut acc: u64 = P5;
        for item in t.items.iter() {
            let lane = self.hash(item)? as u64;
            acc = acc.wrapping_add(lane.wrapping_mul(P2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(P1);
        }
        acc = acc.wrapping_add((t.items.len() as u64) ^ (P5 ^ 3527539));
        let h = if acc as i64 == -1 {
            1546275796
        } else {
            acc as i64
        };
        t.hash.set(h);
        Ok(h)
    }

    fn hash_frozenset(&mut self, v: &Value) -> PyResult<i64> {
        let s = v.as_set().expect("frozenset");
        let mut h: u64 = 0;
        for e in s.table().iter() {
            let x = e.hash as u64;
            h ^= ((x ^ 89869747) ^ (x << 16)).wrapping_mul(3644798167);
        }
        h ^= (s.table().len() as u64 + 1).wrapping_mul(1927868237);
        h ^= (h >> 11) ^ (h >> 25);
        h = h.wrapping_mul(69069).wrapping_add(907133923);
        let h = h as i64;
        Ok(if h == -1 { 590923713 } else { h })
    }

    // ---- comparison --------------------------------------------------------------

    /// `a == b` as a bool.
    #[inline]
    pub fn eq_bool(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            // Identity implies equality for containers' purposes (nan included).
            return Ok(true);
        }
        let r = self.compare(a, b, CompareOp::Eq)?;
        if r.is_true_obj() {
            return Ok(true);
        }
        if r.is_false_obj() {
            return Ok(false);
        }
        self.truthy(&r)
    }

    /// Rich comparison.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            return Ok(Value::bool(match op {
                CompareOp::Lt => x < y,
                CompareOp::Le => x <= y,
                CompareOp::Eq => x == y,
                CompareOp::Ne => x != y,
                CompareOp::Gt => x > y,
                CompareOp::Ge => x >= y,
                _ => return self.compare_other(a, b, op),
            }));
        }
        match op {
            CompareOp::Is => return Ok(Value::bool(a.is(b))),
            CompareOp::IsNot => return Ok(Value::bool(!a.is(b))),
            CompareOp::In => return Ok(Value::bool(self.contains(b, a)?)),
            CompareOp::NotIn => return Ok(Value::bool(!self.contains(b, a)?)),
            CompareOp::ExcMatch => return self.compare_other(a, b, op),
            _ => {}
        }
        if !a.ty().is_heap() && !b.ty().is_heap() {
            if let Some(r) = crate::builtins::compare::builtin_compare(self, a, b, op)? {
                return Ok(Value::bool(r));
            }
        }
        self.rich_compare_slow(a, b, op)
    }

    fn compare_other(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
        match op {
            CompareOp::Is => Ok(Value::bool(a.is(b))),
            CompareOp::IsNot => Ok(Value::bool(!a.is(b))),
            CompareOp::In => Ok(Value::bool(self.contains(b, a)?)),
            CompareOp::NotIn => Ok(Value::bool(!self.contains(b, a)?)),
            CompareOp::ExcMatch => Ok(Value::bool(self.exception_matches(a, b)?)),
            _ => self.compare(a, b, op),
        }
    }

    /// `except` clause matching: `b` is a class or a tuple of classes.
    pub fn exception_matches(&mut self, exc_value: &Value, b: &Value) -> PyResult<bool> {
        if let Some(items) = tuple_items(b) {
            for t in items {
                if self.exception_matches(exc_value, t)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        match b.as_type() {
            Some(t) if t.is_subtype(&exc::BASE_EXCEPTION) => {
                let ety = exc_value.as_type().unwrap_or_else(|| exc_value.ty());
                Ok(ety.is_subtype(t))
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    fn rich_compare_slow(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
        let (name, reflected) = match op {
            CompareOp::Lt => ("__lt__", "__gt__"),
            CompareOp::Le => ("__le__", "__ge__"),
            CompareOp::Eq => ("__eq__", "__eq__"),
            CompareOp::Ne => ("__ne__", "__ne__"),
            CompareOp::Gt => ("__gt__", "__lt__"),
            CompareOp::Ge => ("__ge__", "__le__"),
            _ => unreachable!("non-rich comparison reached rich_compare_slow"),
        };
        let ta = a.ty();
        let tb = b.ty();
        let mut checked_reflected = false;
        if !std::ptr::eq(ta, tb) && tb.is_subtype(ta) {
            checked_reflected = true;
            if let Some(m) = self.lookup_special(b, reflected) {
                let r = self.call_method_obj(&m, b, std::slice::from_ref(a))?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
        if let Some(m) = self.lookup_special(a, name) {
            let r = self.call_method_obj(&m, a, std::slice::from_ref(b))?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        if !checked_reflected {
            if let Some(m) = self.lookup_special(b, reflected) {
                let r = self.call_method_obj(&m, b, std::slice::from_ref(a))?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
        match op {
            CompareOp::Eq => Ok(Value::bool(a.is(b))),
            CompareOp::Ne => Ok(Value::bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                ta.name(),
                tb.name()
            ))),
        }
    }

    // ---- containers ----------------------------------------------------------------

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let ty = container.ty();
        if ty.is_heap() {
            if let Some(m) = self.lookup_special(container, "__contains__") {
                let r = self.call_method_obj(&m, container, std::slice::from_ref(item))?;
                return self.truthy(&r);
            }
        }
        if let Some(r) = self.builtin_contains(container, item)? {
            return Ok(r);
        }
        if !ty.is_heap() {
            if let Some(m) = self.lookup_special(container, "__contains__") {
                let r = self.call_method_obj(&m, container, std::slice::from_ref(item))?;
                return self.truthy(&r);
            }
        }
        let it = match self.iter(container) {
            Ok(it) => it,
            Err(e) if e.is_instance(&exc::TYPE_ERROR) => {
                return Err(
                    self.type_error(format!("argument of type '{}' is not iterable", ty.name()))
                )
            }
            Err(e) => return Err(e),
        };
        while let Some(x) = self.next(&it)? {
            if self.eq_bool(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `in` by the container's builtin layout; None for other layouts.
    pub fn builtin_contains(&mut self, container: &Value, item: &Value) -> PyResult<Option<bool>> {
        Ok(Some(match container.ty().layout {
            Layout::Dict => dictops::get(self, container, item)?.is_some(),
            Layout::Set | Layout::FrozenSet => dictops::set_contains(self, container, item)?,
            Layout::Str => {
                let hay = container.as_str().unwrap_or("");
                match item.as_str() {
                    Some(n) => hay.contains(n),
                    None => {
                        return Err(self.type_error(format!(
                            "'in <string>' requires string as left operand, not {}",
                            item.ty().name()
                        )))
                    }
                }
            }
            Layout::List | Layout::Tuple => {
                let items: Vec<Value> = match tuple_items(container) {
                    Some(t) => t.to_vec(),
                    None => container
                        .downcast::<ListData>()
                        .expect("list")
                        .vec()
                        .clone(),
                };
                for x in &items {
                    if self.eq_bool(x, item)? {
                        return Ok(Some(true));
                    }
                }
                false
            }
            Layout::Range => crate::builtins::range::range_contains(self, container, item)?,
            Layout::DictView => crate::builtins::dict::view_contains(self, container, item)?,
            Layout::MappingProxy => {
                let d = crate::builtins::dict::proxy_dict(container).expect("mappingproxy");
                dictops::get(self, &d, item)?.is_some()
            }
            Layout::Bytes | Layout::ByteArray => {
                crate::builtins::bytes::bytes_contains(self, container, item)?
            }
            _ => return Ok(None),
        }))
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        let ty = obj.ty();
        if !ty.is_heap() {
            if let Some(r) = crate::builtins::builtin_getitem(self, obj, key)? {
                return Ok(r);
            }
        } else if let Some(m) = self.lookup_special(obj, "__getitem__") {
            return self.call_method_obj(&m, obj, std::slice::from_ref(key));
        } else if let Some(r) = crate::builtins::builtin_getitem(self, obj, key)? {
            return Ok(r);
        }
        if let Some(t) = obj.as_type() {
            // `list[int]`-style generic alias hook.
            let m = self.type_lookup(t, "__class_getitem__");
            if let Some(m) = m {
                let f = self.bind_descriptor(&m, Some(obj), &t.to_value())?;
                return self.call(&f, std::slice::from_ref(key), &[]);
            }
            return Err(self.type_error("'type' object is not subscriptable"));
        }
        Err(self.type_error(format!("'{}' object is not subscriptable", ty.name())))
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
        let ty = obj.ty();
        if ty.is_heap() {
            if let Some(m) = self.lookup_special(obj, "__setitem__") {
                self.call_method_obj(&m, obj, &[key.clone(), value])?;
                return Ok(());
            }
        }
        if crate::builtins::builtin_setitem(self, obj, key, value)? {
            return Ok(());
        }
        Err(self.type_error(format!(
            "'{}' object does not support item assignment",
            ty.name()
        )))
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        let ty = obj.ty();
        if ty.is_heap() {
            if let Some(m) = self.lookup_special(obj, "__delitem__") {
                self.call_method_obj(&m, obj, std::slice::from_ref(key))?;
                return Ok(());
            }
        }
        if crate::builtins::builtin_delitem(self, obj, key)? {
            return Ok(());
        }
        Err(self.type_error(format!(
            "'{}' object doesn't support item deletion",
            ty.name()
        )))
    }

    /// `operator.index(v)`.
    pub fn index_value(&mut self, v: &Value) -> PyResult<BigInt> {
        if let Some(i) = int_as_bigint(v) {
            return Ok(i);
        }
        if let Some(m) = self.lookup_special(v, "__index__") {
            let r = self.call_method_obj(&m, v, &[])?;
            if let Some(i) = int_as_bigint(&r) {
                return Ok(i);
            }
            return Err(self.type_error(format!(
                "__index__ returned non-int (type {})",
                r.ty().name()
            )));
        }
        Err(self.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.ty().name()
        )))
    }

    /// An index as isize for sequence access.
    pub fn index_isize(&mut self, v: &Value) -> PyResult<isize> {
        if let Some(i) = v.as_small_int() {
            return Ok(i as isize);
        }
        let b = self.index_value(v)?;
        b.to_isize().ok_or_else(|| {
            self.new_error(
                &exc::INDEX_ERROR,
                format!("cannot fit '{}' into an index-sized integer", v.ty().name()),
            )
        })
    }
}

fn is_sequence_builtin(v: &Value) -> bool {
    matches!(
        v.ty().layout,
        Layout::Str | Layout::List | Layout::Tuple | Layout::Bytes | Layout::ByteArray
    )
}

/// Identity-based hash (objects without `__hash__`/`__eq__` overrides).
pub fn identity_hash(v: &Value) -> i64 {
    let p = v.raw() as u64;
    p.rotate_right(4) as i64 & i64::MAX
}

/// `x * 2^k` for an exactly scalable `x` (|k| may exceed f64's exponent range
/// in one step).
fn scale_pow2(mut x: f64, mut k: i64) -> f64 {
    while k > 1000 {
        x *= 2f64.powi(1000);
        k -= 1000;
    }
    while k < -1000 {
        x *= 2f64.powi(-1000);
        k += 1000;
    }
    x * 2f64.powi(k as i32)
}
