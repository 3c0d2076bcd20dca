//! complex arithmetic.

use crate::object::*;
use crate::vm::convert::*;
use crate::vm::ops::BinOp;
use crate::vm::{PyResult, Vm};

pub fn complex_op(vm: &mut Vm, op: BinOp, a: (f64, f64), b: (f64, f64)) -> PyResult<Option<Value>> {
    let (ar, ai) = a;
    let (br, bi) = b;
    Ok(Some(match op {
        BinOp::Add => new_complex(ar + br, ai + bi),
        BinOp::Sub => new_complex(ar - br, ai - bi),
        BinOp::Mul => new_complex(ar * br - ai * bi, ar * bi + ai * br),
        BinOp::TrueDiv => {
            if br == 0.0 && bi == 0.0 {
                return Err(vm.zero_division("complex division by zero"));
            }
            // Smith's algorithm, scaled to avoid overflow.
            if br.abs() >= bi.abs() {
                let r = bi / br;
                let d = br + bi * r;
                new_complex((ar + ai * r) / d, (ai - ar * r) / d)
            } else {
                let r = br / bi;
                let d = br * r + bi;
                new_complex((ar * r + ai) / d, (ai * r - ar) / d)
            }
        }
        BinOp::Pow => return complex_pow(vm, a, b).map(Some),
        BinOp::FloorDiv | BinOp::Mod => {
            return Err(vm.type_error("can't take floor or mod of complex number."))
        }
        _ => return Ok(None),
    }))
}

fn cmul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// x ** n for a small integer n by repeated squaring, as CPython does (so
/// `1j ** 2` is exactly `(-1+0j)`).
fn cpow_int(x: (f64, f64), n: u32) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut base = x;
    let mut m = n;
    while m > 0 {
        if m & 1 == 1 {
            r = cmul(r, base);
        }
        base = cmul(base, base);
        m >>= 1;
    }
    r
}

pub fn complex_pow(vm: &mut Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<Value> {
    let (ar, ai) = a;
    let (br, bi) = b;
    if bi == 0.0 && br.fract() == 0.0 && br.abs() <= 100.0 {
        let n = br.abs() as u32;
        let p = cpow_int(a, n);
        if br >= 0.0 {
            return Ok(new_complex(p.0, p.1));
        }
        if p.0 == 0.0 && p.1 == 0.0 {
            return Err(vm.zero_division("0.0 to a negative or complex power"));
        }
        return complex_op(vm, BinOp::TrueDiv, (1.0, 0.0), p)
            .map(|v| v.unwrap_or_else(Value::none));
    }
    if br == 0.0 && bi == 0.0 {
        return Ok(new_complex(1.0, 0.0));
    }
    if ar == 0.0 && ai == 0.0 {
        if bi != 0.0 || br < 0.0 {
            return Err(vm.zero_division("0.0 to a negative or complex power"));
        }
        return Ok(new_complex(0.0, 0.0));
    }
    let vabs = ar.hypot(ai);
    let mut len = vabs.powf(br);
    let at = ai.atan2(ar);
    let mut phase = at * br;
    if bi != 0.0 {
        len /= (at * bi).exp();
        phase += bi * vabs.ln();
    }
    Ok(new_complex(len * phase.cos(), len * phase.sin()))
}

pub fn complex_repr(c: &ComplexData) -> String {
    // Each part as repr(float) without a trailing ".0" for integral values.
    let part = |x: f64| -> String {
        if x == 0.0 && x.is_sign_negative() {
            "-0".to_string()
        } else if x.fract() == 0.0 && x.is_finite() && x.abs() < 1e16 {
            format!("{}", x as i64)
        } else {
            crate::format::float_repr(x)
        }
    };
    if c.re == 0.0 && !c.re.is_sign_negative() {
        format!("{}j", part(c.im))
    } else {
        let im = part(c.im);
        let sign = if im.starts_with('-') || im == "nan" && c.im.is_sign_negative() {
            ""
        } else {
            "+"
        };
        format!("({}{}{}j)", part(c.re), sign, im)
    }
}
