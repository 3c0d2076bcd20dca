//! The `cmath` module: complex elementary functions with CPython 3.8's
//! branch cuts (the formulas of Kahan, "Branch cuts for complex elementary
//! functions", evaluated so that huge and tiny arguments neither overflow
//! nor lose the sign of zero).
//!
//! Finite arguments follow CPython bit for bit where the libm agrees.
//! Infinite and NaN parts follow C99 Annex G for the common cases; a NaN
//! result from a non-NaN argument is "math domain error" and an infinite
//! one from a finite argument "math range error", as in CPython.

use std::f64::consts::{FRAC_PI_2, LN_2, PI};

use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{PyErr, PyResult, Vm};

use super::math::{bind, domain_error, fixed_args, range_error, to_f64};
use super::{add_fn, add_value};

extern "C" {
    fn asinh(x: f64) -> f64;
    fn log1p(x: f64) -> f64;
}

#[derive(Clone, Copy, Debug)]
struct C {
    re: f64,
    im: f64,
}

const fn c(re: f64, im: f64) -> C {
    C { re, im }
}

/// Above this, squaring or adding may overflow (DBL_MAX / 4).
const LARGE: f64 = f64::MAX / 4.0;
/// sqrt(LARGE).
const SQRT_LARGE: f64 = 6.703903964971298e153;
/// log(LARGE).
const LOG_LARGE: f64 = 708.3964185322641;
/// sqrt(DBL_MIN).
const SQRT_DBL_MIN: f64 = 1.4916681462400413e-154;

fn libm_asinh(x: f64) -> f64 {
    // SAFETY: asinh is a pure libm function of a double.
    unsafe { asinh(x) }
}

fn libm_log1p(x: f64) -> f64 {
    // SAFETY: log1p is a pure libm function of a double.
    unsafe { log1p(x) }
}

fn hypot(x: f64, y: f64) -> f64 {
    x.hypot(y)
}

/// A complex argument: complex, `__complex__`, or a real number.
fn to_complex(vm: &mut Vm, v: &Value) -> PyResult<C> {
    if let Some(z) = v.downcast::<ComplexData>() {
        return Ok(c(z.re, z.im));
    }
    if float_of(v).is_none() && !is_int(v) {
        if let Some(m) = vm.lookup_special(v, "__complex__") {
            let r = vm.call_method_obj(&m, v, &[])?;
            return match r.downcast::<ComplexData>() {
                Some(z) => Ok(c(z.re, z.im)),
                None => Err(vm.type_error(format!(
                    "__complex__ should return a complex object, not {}",
                    r.ty().name()
                ))),
            };
        }
    }
    Ok(c(to_f64(vm, v)?, 0.0))
}

fn new_c(z: C) -> Value {
    new_complex(z.re, z.im)
}

/// What went wrong in a function of finite arguments.
enum Err {
    Domain,
    Range,
}

type CResult = Result<C, Err>;

fn raise(vm: &mut Vm, e: Err) -> PyErr {
    match e {
        Err::Domain => domain_error(vm),
        Err::Range => range_error(vm),
    }
}

fn finite(z: C) -> bool {
    z.re.is_finite() && z.im.is_finite()
}

/// CPython's rule for results of a finite argument computed by formula.
fn checked(z: C, r: C, can_overflow: bool) -> CResult {
    if finite(z) {
        // An overflowing part wins over a NaN made from it (0 * inf).
        if r.re.is_infinite() || r.im.is_infinite() {
            return Err(if can_overflow {
                Err::Range
            } else {
                Err::Domain
            });
        }
        if r.re.is_nan() || r.im.is_nan() {
            return Err(Err::Domain);
        }
    }
    Ok(r)
}

// ---------------------------------------------------------------------------
// The functions.

fn c_sqrt(z: C) -> CResult {
    if !finite(z) {
        if z.im.is_infinite() {
            return Ok(c(f64::INFINITY, z.im));
        }
        if z.re == f64::NEG_INFINITY {
            return Ok(if z.im.is_nan() {
                c(f64::NAN, f64::INFINITY)
            } else {
                c(0.0, f64::INFINITY.copysign(z.im))
            });
        }
        if z.re == f64::INFINITY {
            return Ok(if z.im.is_nan() {
                c(f64::INFINITY, f64::NAN)
            } else {
                c(f64::INFINITY, 0.0f64.copysign(z.im))
            });
        }
        return Ok(c(f64::NAN, f64::NAN));
    }
    if z.re == 0.0 && z.im == 0.0 {
        return Ok(c(0.0, z.im));
    }
    let ax = z.re.abs();
    let ay = z.im.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // Scale subnormals up by an even power of two so the hypot keeps
        // its precision: sqrt(z * 2**54) = sqrt(z) * 2**27.
        let k = f64::powi(2.0, 54);
        let ax8 = ax * k / 8.0;
        let ay8 = ay * k / 8.0;
        2.0 * (ax8 + hypot(ax8, ay8)).sqrt() * f64::powi(2.0, -27)
    } else {
        let ax8 = ax / 8.0;
        2.0 * (ax8 + hypot(ax8, ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    Ok(if z.re >= 0.0 {
        c(s, d.copysign(z.im))
    } else {
        c(d, s.copysign(z.im))
    })
}

fn c_exp(z: C) -> CResult {
    if !finite(z) {
        if z.re.is_infinite() && z.im.is_finite() {
            let m = if z.re > 0.0 { f64::INFINITY } else { 0.0 };
            if z.im == 0.0 {
                return Ok(c(m, z.im));
            }
            return Ok(c(m * z.im.cos(), m * z.im.sin()));
        }
        if z.re == f64::NEG_INFINITY {
            return Ok(c(0.0, 0.0));
        }
        if z.re == f64::INFINITY && z.im.is_nan() {
            return Ok(c(f64::INFINITY, f64::NAN));
        }
        if z.re.is_nan() && z.im == 0.0 {
            return Ok(c(f64::NAN, z.im));
        }
        if z.im.is_infinite() && z.re.is_finite() {
            return Err(Err::Domain);
        }
        if z.im.is_infinite() {
            return Err(Err::Domain);
        }
        return Ok(c(f64::NAN, f64::NAN));
    }
    let r = if z.re > LOG_LARGE {
        let l = (z.re - 1.0).exp();
        c(
            l * z.im.cos() * std::f64::consts::E,
            l * z.im.sin() * std::f64::consts::E,
        )
    } else {
        let l = z.re.exp();
        c(l * z.im.cos(), l * z.im.sin())
    };
    let r = if z.im == 0.0 { c(r.re, z.im) } else { r };
    checked(z, r, true)
}

fn c_log(z: C) -> CResult {
    if !finite(z) {
        if z.re.is_infinite() || z.im.is_infinite() {
            return Ok(c(f64::INFINITY, z.im.atan2(z.re)));
        }
        return Ok(c(f64::NAN, f64::NAN));
    }
    let ax = z.re.abs();
    let ay = z.im.abs();
    let re = if ax > LARGE || ay > LARGE {
        hypot(ax / 2.0, ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            let k = f64::powi(2.0, 53);
            hypot(ax * k, ay * k).ln() - 53.0 * LN_2
        } else {
            return Err(Err::Domain);
        }
    } else {
        let h = hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let am = ax.max(ay);
            let an = ax.min(ay);
            libm_log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            h.ln()
        }
    };
    Ok(c(re, z.im.atan2(z.re)))
}

fn c_acos(z: C) -> CResult {
    if !finite(z) {
        if z.re.is_infinite() && z.im.is_nan() {
            return Ok(c(f64::NAN, f64::INFINITY));
        }
        return Ok(nonfinite_generic(z, |z| {
            let r = c_log(z)?;
            Ok(c(z.im.abs().atan2(z.re), -r.re.copysign(z.im)))
        }));
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = z.im.abs().atan2(z.re);
        let l = hypot(z.re / 2.0, z.im / 2.0).ln() + 2.0 * LN_2;
        let im = if z.re < 0.0 {
            -l.copysign(z.im)
        } else {
            l.copysign(-z.im)
        };
        return Ok(c(re, im));
    }
    let s1 = c_sqrt(c(1.0 - z.re, -z.im))?;
    let s2 = c_sqrt(c(1.0 + z.re, z.im))?;
    Ok(c(
        2.0 * s1.re.atan2(s2.re),
        libm_asinh(s2.re * s1.im - s2.im * s1.re),
    ))
}

fn c_acosh(z: C) -> CResult {
    if !finite(z) {
        return Ok(nonfinite_generic(z, |z| {
            Ok(c(f64::INFINITY, z.im.atan2(z.re)))
        }));
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        return Ok(c(
            hypot(z.re / 2.0, z.im / 2.0).ln() + 2.0 * LN_2,
            z.im.atan2(z.re),
        ));
    }
    let s1 = c_sqrt(c(z.re - 1.0, z.im))?;
    let s2 = c_sqrt(c(z.re + 1.0, z.im))?;
    Ok(c(
        libm_asinh(s1.re * s2.re + s1.im * s2.im),
        2.0 * s1.im.atan2(s2.re),
    ))
}

fn c_asinh(z: C) -> CResult {
    if !finite(z) {
        if z.re.is_nan() && z.im == 0.0 {
            return Ok(z);
        }
        return Ok(nonfinite_generic(z, |z| {
            Ok(c(f64::INFINITY.copysign(z.re), z.im.atan2(z.re.abs())))
        }));
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let l = hypot(z.re / 2.0, z.im / 2.0).ln() + 2.0 * LN_2;
        let re = if z.im >= 0.0 {
            l.copysign(z.re)
        } else {
            -l.copysign(-z.re)
        };
        return Ok(c(re, z.im.atan2(z.re.abs())));
    }
    let s1 = c_sqrt(c(1.0 + z.im, -z.re))?;
    let s2 = c_sqrt(c(1.0 - z.im, z.re))?;
    Ok(c(
        libm_asinh(s1.re * s2.im - s2.re * s1.im),
        z.im.atan2(s1.re * s2.re - s1.im * s2.im),
    ))
}

fn c_asin(z: C) -> CResult {
    let s = c_asinh(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

fn c_atanh(z: C) -> CResult {
    if !finite(z) {
        if z.re.is_infinite() || z.im.is_infinite() {
            let im = if z.im.is_nan() {
                z.im
            } else {
                FRAC_PI_2.copysign(z.im)
            };
            let re = if z.re.is_nan() {
                0.0
            } else {
                0.0f64.copysign(z.re)
            };
            return Ok(c(re, im));
        }
        return Ok(c(f64::NAN, f64::NAN));
    }
    if z.re < 0.0 {
        let r = c_atanh(c(-z.re, -z.im))?;
        return Ok(c(-r.re, -r.im));
    }
    let ay = z.im.abs();
    if z.re > SQRT_LARGE || ay > SQRT_LARGE {
        let h = hypot(z.re / 2.0, z.im / 2.0);
        return Ok(c(z.re / 4.0 / h / h, -FRAC_PI_2.copysign(-z.im)));
    }
    if z.re == 1.0 && ay < SQRT_DBL_MIN {
        if ay == 0.0 {
            return Err(Err::Domain);
        }
        return Ok(c(
            -(ay.sqrt() / hypot(ay, 2.0).sqrt()).ln(),
            (2.0f64.atan2(-ay) / 2.0).copysign(z.im),
        ));
    }
    let one_minus = 1.0 - z.re;
    Ok(c(
        libm_log1p(4.0 * z.re / (one_minus * one_minus + ay * ay)) / 4.0,
        -(-2.0 * z.im).atan2(one_minus * (1.0 + z.re) - ay * ay) / 2.0,
    ))
}

fn c_atan(z: C) -> CResult {
    let s = c_atanh(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

/// cosh or sinh: `(cos y * f(x), sin y * g(x))` with care for large `x`.
fn hyperbolic(z: C, sinh: bool) -> CResult {
    if !finite(z) {
        if z.re.is_infinite() && z.im.is_finite() {
            let inf = f64::INFINITY;
            if z.im == 0.0 {
                return Ok(if sinh {
                    c(z.re, z.im)
                } else {
                    c(inf, z.im * z.re.signum())
                });
            }
            let (a, b) = if sinh {
                (inf.copysign(z.re), inf)
            } else {
                (inf, inf.copysign(z.re))
            };
            return Ok(c(a * z.im.cos(), b * z.im.sin()));
        }
        if z.im.is_infinite() && z.re.is_finite() {
            return Err(Err::Domain);
        }
        if z.re.is_infinite() && z.im.is_infinite() {
            return Err(Err::Domain);
        }
        if z.re == 0.0 && z.im.is_nan() {
            return Ok(if sinh {
                c(z.re, f64::NAN)
            } else {
                c(f64::NAN, 0.0)
            });
        }
        if z.re.is_infinite() {
            return Ok(c(f64::INFINITY, f64::NAN));
        }
        if z.re.is_nan() && z.im == 0.0 {
            return Ok(c(f64::NAN, z.im));
        }
        return Ok(c(f64::NAN, f64::NAN));
    }
    let (ch, sh) = if z.re.abs() > LOG_LARGE {
        let x1 = z.re - 1.0f64.copysign(z.re);
        (
            x1.cosh() * std::f64::consts::E,
            x1.sinh() * std::f64::consts::E,
        )
    } else {
        (z.re.cosh(), z.re.sinh())
    };
    let r = if sinh {
        c(z.im.cos() * sh, z.im.sin() * ch)
    } else {
        c(z.im.cos() * ch, z.im.sin() * sh)
    };
    checked(z, r, true)
}

fn c_cosh(z: C) -> CResult {
    hyperbolic(z, false)
}

fn c_sinh(z: C) -> CResult {
    hyperbolic(z, true)
}

fn c_tanh(z: C) -> CResult {
    if !finite(z) {
        if z.re.is_infinite() && z.im.is_finite() {
            return Ok(c(
                1.0f64.copysign(z.re),
                0.0f64.copysign(2.0 * z.im.sin() * z.im.cos()),
            ));
        }
        if z.im.is_infinite() && z.re.is_finite() {
            return Err(Err::Domain);
        }
        if z.re.is_infinite() {
            return Ok(c(1.0f64.copysign(z.re), 0.0));
        }
        if z.re.is_nan() && z.im == 0.0 {
            return Ok(c(f64::NAN, z.im));
        }
        return Ok(c(f64::NAN, f64::NAN));
    }
    if z.re.abs() > LOG_LARGE {
        return Ok(c(
            1.0f64.copysign(z.re),
            4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp(),
        ));
    }
    let tx = z.re.tanh();
    let ty = z.im.tan();
    let cx = 1.0 / z.re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok(c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

fn c_cos(z: C) -> CResult {
    c_cosh(c(-z.im, z.re))
}

fn c_sin(z: C) -> CResult {
    let s = c_sinh(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

fn c_tan(z: C) -> CResult {
    let s = c_tanh(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

/// Non-finite arguments of the inverse functions: NaN stays NaN, an
/// infinite part goes through `f`.
fn nonfinite_generic(z: C, f: impl Fn(C) -> CResult) -> C {
    if z.re.is_infinite() || z.im.is_infinite() {
        match f(z) {
            Ok(r) => {
                if z.re.is_nan() || z.im.is_nan() {
                    c(r.re, f64::NAN)
                } else {
                    r
                }
            }
            Err(_) => c(f64::NAN, f64::NAN),
        }
    } else {
        c(f64::NAN, f64::NAN)
    }
}

// ---------------------------------------------------------------------------
// Python wrappers.

fn apply(vm: &mut Vm, a: &Args<'_>, name: &str, f: fn(C) -> CResult) -> PyResult<Value> {
    let p = fixed_args(vm, a, name, 1, 1)?;
    let z = to_complex(vm, &p[0])?;
    match f(z) {
        Ok(r) => Ok(new_c(r)),
        Err(e) => Err(raise(vm, e)),
    }
}

macro_rules! unary {
    ($($fname:ident = ($name:literal, $f:expr);)*) => {
        $(fn $fname(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            apply(vm, &a, $name, $f)
        })*
        const UNARY: &[(&str, NativeFn)] = &[$(($name, $fname),)*];
    };
}

unary! {
    m_sqrt = ("sqrt", c_sqrt);
    m_exp = ("exp", c_exp);
    m_acos = ("acos", c_acos);
    m_acosh = ("acosh", c_acosh);
    m_asin = ("asin", c_asin);
    m_asinh = ("asinh", c_asinh);
    m_atan = ("atan", c_atan);
    m_atanh = ("atanh", c_atanh);
    m_cos = ("cos", c_cos);
    m_cosh = ("cosh", c_cosh);
    m_sin = ("sin", c_sin);
    m_sinh = ("sinh", c_sinh);
    m_tan = ("tan", c_tan);
    m_tanh = ("tanh", c_tanh);
}

/// `a / b` as Python's complex division.
fn c_div(a: C, b: C) -> Option<C> {
    let abs_re = b.re.abs();
    let abs_im = b.im.abs();
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(c(
            (a.re + a.im * ratio) / denom,
            (a.im - a.re * ratio) / denom,
        ))
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(c(
            (a.re * ratio + a.im) / denom,
            (a.im * ratio - a.re) / denom,
        ))
    } else {
        Some(c(f64::NAN, f64::NAN))
    }
}

fn m_log(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "log", 1, 2)?;
    let z = to_complex(vm, &p[0])?;
    let r = c_log(z).map_err(|e| raise(vm, e))?;
    if let Some(b) = p.get(1) {
        let b = to_complex(vm, b)?;
        let lb = c_log(b).map_err(|e| raise(vm, e))?;
        return match c_div(r, lb) {
            Some(q) => Ok(new_c(q)),
            None => Err(vm.zero_division("complex division by zero")),
        };
    }
    Ok(new_c(r))
}

fn m_log10(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "log10", 1, 1)?;
    let z = to_complex(vm, &p[0])?;
    let r = c_log(z).map_err(|e| raise(vm, e))?;
    Ok(new_c(c(
        r.re / std::f64::consts::LN_10,
        r.im / std::f64::consts::LN_10,
    )))
}

fn m_phase(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "phase", 1, 1)?;
    let z = to_complex(vm, &p[0])?;
    Ok(new_float(z.im.atan2(z.re)))
}

fn m_polar(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "polar", 1, 1)?;
    let z = to_complex(vm, &p[0])?;
    let r = hypot(z.re, z.im);
    if r.is_infinite() && finite(z) {
        return Err(range_error(vm));
    }
    Ok(new_tuple(vec![new_float(r), new_float(z.im.atan2(z.re))]))
}

fn m_rect(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "rect", 2, 2)?;
    let r = to_f64(vm, &p[0])?;
    let phi = to_f64(vm, &p[1])?;
    if r.is_finite() && phi.is_infinite() {
        return Err(domain_error(vm));
    }
    if !r.is_finite() || !phi.is_finite() {
        if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            return Ok(new_c(c(r * phi.cos(), r * phi.sin())));
        }
        if r.is_infinite() && phi == 0.0 {
            return Ok(new_c(c(r, if r > 0.0 { phi } else { -phi })));
        }
        if r == 0.0 {
            return Ok(new_c(c(0.0, 0.0)));
        }
        return Ok(new_c(c(f64::NAN, f64::NAN)));
    }
    let z = if phi == 0.0 {
        c(r, r * phi)
    } else {
        c(r * phi.cos(), r * phi.sin())
    };
    Ok(new_c(z))
}

fn pred(vm: &mut Vm, a: &Args<'_>, name: &str, f: fn(C) -> bool) -> PyResult<Value> {
    let p = fixed_args(vm, a, name, 1, 1)?;
    let z = to_complex(vm, &p[0])?;
    Ok(Value::bool(f(z)))
}

fn m_isfinite(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pred(vm, &a, "isfinite", finite)
}

fn m_isinf(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pred(vm, &a, "isinf", |z| {
        z.re.is_infinite() || z.im.is_infinite()
    })
}

fn m_isnan(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pred(vm, &a, "isnan", |z| z.re.is_nan() || z.im.is_nan())
}

fn m_isclose(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let args = bind(vm, &a, "isclose", &["a", "b", "rel_tol", "abs_tol"], 2, 2)?;
    let x = match &args[0] {
        Some(v) => to_complex(vm, v)?,
        None => c(0.0, 0.0),
    };
    let y = match &args[1] {
        Some(v) => to_complex(vm, v)?,
        None => c(0.0, 0.0),
    };
    let rel_tol = match &args[2] {
        Some(v) => to_f64(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match &args[3] {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x.re == y.re && x.im == y.im {
        return Ok(Value::bool(true));
    }
    let inf = |z: C| z.re.is_infinite() || z.im.is_infinite();
    if inf(x) || inf(y) {
        return Ok(Value::bool(false));
    }
    let diff = hypot(x.re - y.re, x.im - y.im);
    let close = diff <= rel_tol * hypot(y.re, y.im)
        || diff <= rel_tol * hypot(x.re, x.im)
        || diff <= abs_tol;
    Ok(Value::bool(close))
}

pub fn init(vm: &mut Vm, d: &Value) -> PyResult<()> {
    for &(name, f) in UNARY {
        add_fn(vm, d, name, f);
    }
    let fns: &[(&'static str, NativeFn)] = &[
        ("log", m_log),
        ("log10", m_log10),
        ("phase", m_phase),
        ("polar", m_polar),
        ("rect", m_rect),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("isclose", m_isclose),
    ];
    for &(name, f) in fns {
        add_fn(vm, d, name, f);
    }
    add_value(vm, d, "pi", new_float(PI));
    add_value(vm, d, "e", new_float(std::f64::consts::E));
    add_value(vm, d, "tau", new_float(std::f64::consts::TAU));
    add_value(vm, d, "inf", new_float(f64::INFINITY));
    add_value(vm, d, "infj", new_complex(0.0, f64::INFINITY));
    add_value(vm, d, "nan", new_float(f64::NAN));
    add_value(vm, d, "nanj", new_complex(0.0, f64::NAN));
    Ok(())
}
