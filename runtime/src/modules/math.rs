//! The `math` module: CPython 3.8's functions and constants.
//!
//! Floating-point functions call the platform libm through Rust's `f64`
//! methods (as CPython calls the C library), so results agree bit for bit
//! wherever the libm does; `erf`, `erfc`, `asinh`, `acosh`, `atanh` and
//! `ldexp` come from the same libm through `extern "C"` declarations, and
//! `gamma`/`lgamma` use CPython's published Lanczos method. Error reporting follows
//! CPython: a NaN result from a non-NaN argument is "math domain error"
//! (ValueError), an infinite result from a finite argument is either a
//! domain error or "math range error" (OverflowError).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive};

use crate::object::*;
use crate::vm::convert::*;
use crate::vm::ops::BinOp;
use crate::vm::{PyErr, PyResult, Vm};

use super::{add_fn, add_value};

// The libm functions Rust's `f64` does not expose. `std` links libm on every
// supported platform, so these resolve without a new dependency.
extern "C" {
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn asinh(x: f64) -> f64;
    fn acosh(x: f64) -> f64;
    fn atanh(x: f64) -> f64;
    fn ldexp(x: f64, e: libc::c_int) -> f64;
}

// ---------------------------------------------------------------------------
// Argument helpers shared with `cmath` and `time`.

/// The positional arguments of a function that takes no keywords, checked
/// against `min..=max` with CPython's messages.
pub(super) fn fixed_args<'a>(
    vm: &mut Vm,
    a: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let p = a.pos();
    let n = p.len();
    if n < min || n > max {
        let msg = if min == max && min == 1 {
            format!("{name}() takes exactly one argument ({n} given)")
        } else if min == max {
            format!("{name} expected {min} arguments, got {n}")
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(p)
}

/// Binds positional and keyword arguments to `names`; the first `npos` may
/// be given by position. Missing optional arguments are `None`.
pub(super) fn bind(
    vm: &mut Vm,
    a: &Args<'_>,
    fname: &str,
    names: &[&str],
    npos: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let p = a.pos();
    if p.len() > npos {
        return Err(vm.type_error(format!(
            "{fname}() takes {} {npos} positional argument{} ({} given)",
            if required < npos {
                "at most"
            } else {
                "exactly"
            },
            if npos == 1 { "" } else { "s" },
            p.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (slot, v) in out.iter_mut().zip(p) {
        *slot = Some(v.clone());
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        let key = k.as_str().unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// A float argument: float, int, `__float__` or `__index__`.
pub(super) fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = float_of(v) {
        return Ok(f);
    }
    if let Some(i) = int_as_bigint(v) {
        return int_to_f64(vm, &i);
    }
    if let Some(m) = vm.lookup_special(v, "__float__") {
        let r = vm.call_method_obj(&m, v, &[])?;
        return float_of(&r).ok_or_else(|| {
            vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                v.ty().name(),
                r.ty().name()
            ))
        });
    }
    if vm.lookup_special(v, "__index__").is_some() {
        let i = vm.index_value(v)?;
        return int_to_f64(vm, &i);
    }
    Err(vm.type_error(format!("must be real number, not {}", v.ty().name())))
}

fn int_to_f64(vm: &mut Vm, i: &BigInt) -> PyResult<f64> {
    bigint_to_f64(i).ok_or_else(|| vm.overflow_error("int too large to convert to float"))
}

pub(super) fn domain_error(vm: &mut Vm) -> PyErr {
    vm.value_error("math domain error")
}

pub(super) fn range_error(vm: &mut Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// `int(f)` for a float result of floor/ceil/trunc.
fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    if f.abs() < 1e18 {
        return Ok(new_int(f as i64));
    }
    Ok(new_bigint(BigInt::from_f64(f).unwrap_or_default()))
}

// ---------------------------------------------------------------------------
// One-argument float functions.

/// Applies `f` with CPython's error rules: NaN from non-NaN is a domain
/// error; infinity from a finite argument is a range error when the
/// function `can_overflow`, else a domain error.
fn math_1(
    vm: &mut Vm,
    a: &Args<'_>,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let p = fixed_args(vm, a, name, 1, 1)?;
    let x = to_f64(vm, &p[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(new_float(r))
}

macro_rules! unary {
    ($($fname:ident = ($name:literal, $f:expr, $ovf:expr);)*) => {
        $(fn $fname(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            math_1(vm, &a, $name, $f, $ovf)
        })*
        const UNARY: &[(&str, NativeFn)] = &[$(($name, $fname),)*];
    };
}

unary! {
    m_acos = ("acos", f64::acos, false);
    m_acosh = ("acosh", libm_acosh, false);
    m_asin = ("asin", f64::asin, false);
    m_asinh = ("asinh", libm_asinh, false);
    m_atan = ("atan", f64::atan, false);
    m_atanh = ("atanh", atanh_checked, false);
    m_cos = ("cos", f64::cos, false);
    m_cosh = ("cosh", f64::cosh, true);
    m_erf = ("erf", libm_erf, false);
    m_erfc = ("erfc", libm_erfc, false);
    m_exp = ("exp", f64::exp, true);
    m_expm1 = ("expm1", f64::exp_m1, true);
    m_fabs = ("fabs", f64::abs, false);
    m_log1p = ("log1p", f64::ln_1p, false);
    m_sin = ("sin", f64::sin, false);
    m_sinh = ("sinh", f64::sinh, true);
    m_sqrt = ("sqrt", f64::sqrt, false);
    m_tan = ("tan", f64::tan, false);
    m_tanh = ("tanh", f64::tanh, false);
}

/// `atanh(±1)` is a domain error in CPython (libm gives ±inf).
fn atanh_checked(x: f64) -> f64 {
    if x.abs() >= 1.0 {
        f64::NAN
    } else {
        // SAFETY: atanh is a pure libm function of a double.
        unsafe { atanh(x) }
    }
}

// Rust's own `f64::asinh`/`acosh`/`atanh` are not libm's and differ from
// it (and so from CPython) in the last bit.
fn libm_asinh(x: f64) -> f64 {
    // SAFETY: asinh is a pure libm function of a double.
    unsafe { asinh(x) }
}

fn libm_acosh(x: f64) -> f64 {
    // SAFETY: acosh is a pure libm function of a double.
    unsafe { acosh(x) }
}

fn libm_erf(x: f64) -> f64 {
    // SAFETY: erf is a pure libm function of a double.
    unsafe { erf(x) }
}

fn libm_erfc(x: f64) -> f64 {
    // SAFETY: erfc is a pure libm function of a double.
    unsafe { erfc(x) }
}

// Gamma and log-gamma by the Lanczos approximation (g = 6.0246800407767296,
// 13 terms, the published Boost coefficients), written as a ratio of
// polynomials so that small arguments stay accurate. Integral arguments up
// to 23 return exact factorials. This is the algorithm CPython uses, so the
// results agree with it to the bit rather than with the platform's tgamma.

const LANCZOS_G: f64 = 6.02468004077673;
const LANCZOS_G_MINUS_HALF: f64 = 5.52468004077673;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.41076,
    42919803642.6491,
    35711959237.35567,
    17921034426.03721,
    6039542586.352028,
    1439720407.3117216,
    248874557.86205417,
    31426415.585400194,
    2876370.6289353725,
    186056.26539522348,
    8071.672002365816,
    210.82427775157936,
    2.5066282746310002,
];
/// Coefficients of `x (x+1) ... (x+10)`, lowest power first.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// The Lanczos rational sum for `x > 0`; evaluated in `1/x` for large `x`
/// so the polynomials do not overflow.
fn lanczos_sum(x: f64) -> f64 {
    let mut num = 0.0;
    let mut den = 0.0;
    if x < 5.0 {
        for i in (0..LANCZOS_NUM.len()).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..LANCZOS_NUM.len() {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)`, accurate near the integers, for finite `x`.
fn sin_pi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

enum GammaError {
    Domain,
    Range,
}

fn gamma(x: f64) -> Result<f64, GammaError> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(GammaError::Domain);
    }
    if x == 0.0 {
        return Err(GammaError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(GammaError::Domain);
        }
        if x <= 23.0 {
            let mut f = 1.0f64;
            for i in 2..(x as u32) {
                f *= i as f64;
            }
            return Ok(f);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(GammaError::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sin_pi(x))
        } else {
            Err(GammaError::Range)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // z is the rounding error of y, carried into the result below.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let half = y.powf(absx / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let half = y.powf(absx / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    if r.is_infinite() {
        return Err(GammaError::Range);
    }
    Ok(r)
}

fn lgamma(x: f64) -> Result<f64, GammaError> {
    if !x.is_finite() {
        return Ok(x.abs());
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(GammaError::Domain)
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = std::f64::consts::PI.ln() - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(GammaError::Range);
    }
    Ok(r)
}

fn gamma_fn(
    vm: &mut Vm,
    a: &Args<'_>,
    name: &str,
    f: fn(f64) -> Result<f64, GammaError>,
) -> PyResult<Value> {
    let p = fixed_args(vm, a, name, 1, 1)?;
    let x = to_f64(vm, &p[0])?;
    match f(x) {
        Ok(r) => Ok(new_float(r)),
        Err(GammaError::Domain) => Err(domain_error(vm)),
        Err(GammaError::Range) => Err(range_error(vm)),
    }
}

fn m_gamma(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    gamma_fn(vm, &a, "gamma", gamma)
}

fn m_lgamma(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    gamma_fn(vm, &a, "lgamma", lgamma)
}

// ---------------------------------------------------------------------------
// Rounding.

fn rounding(
    vm: &mut Vm,
    a: &Args<'_>,
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let p = fixed_args(vm, a, name, 1, 1)?;
    let x = &p[0];
    if let Some(v) = float_of(x).filter(|_| x.is_exact(&FLOAT_TYPE)) {
        return float_to_int(vm, f(v));
    }
    if x.is_small_int() || x.is_exact(&INT_TYPE) {
        return Ok(x.clone());
    }
    if let Some(m) = vm.lookup_special(x, dunder) {
        return vm.call_method_obj(&m, x, &[]);
    }
    if dunder == "__trunc__" {
        return Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            x.ty().name()
        )));
    }
    let v = to_f64(vm, x)?;
    float_to_int(vm, f(v))
}

fn m_ceil(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    rounding(vm, &a, "ceil", "__ceil__", f64::ceil)
}

fn m_floor(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    rounding(vm, &a, "floor", "__floor__", f64::floor)
}

fn m_trunc(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    rounding(vm, &a, "trunc", "__trunc__", f64::trunc)
}

// ---------------------------------------------------------------------------
// Integer functions.

/// The product of the integers in `lo..hi`, split in halves so the
/// multiplications stay balanced.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi - lo <= 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        for i in lo..hi {
            match small.checked_mul(i) {
                Some(s) => small = s,
                None => {
                    acc *= small;
                    small = i;
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

fn m_factorial(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "factorial", 1, 1)?;
    let x = &p[0];
    let n = if let Some(f) = float_of(x) {
        if !f.is_finite() || f != f.floor() {
            return Err(vm.value_error("factorial() only accepts integral values"));
        }
        BigInt::from_f64(f).unwrap_or_default()
    } else {
        vm.index_value(x)?
    };
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|n| *n <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    if n > 1 << 24 {
        return Err(vm.memory_error());
    }
    Ok(new_bigint(range_product(1, n + 1)))
}

fn m_gcd(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "gcd", 2, 2)?;
    let x = vm.index_value(&p[0])?;
    let y = vm.index_value(&p[1])?;
    Ok(new_bigint(x.gcd(&y)))
}

fn m_isqrt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "isqrt", 1, 1)?;
    let n = vm.index_value(&p[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(new_bigint(n.sqrt()))
}

/// `(n, k)` of comb/perm as non-negative integers; `k` None when omitted.
fn comb_args(vm: &mut Vm, n: &Value, k: Option<&Value>) -> PyResult<(BigInt, Option<BigInt>)> {
    let n = vm.index_value(n)?;
    let k = match k {
        Some(k) if !k.is_none() => Some(vm.index_value(k)?),
        _ => None,
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.as_ref().is_some_and(|k| k.is_negative()) {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// `n * (n-1) * ... * (n-k+1)` for bignum `n`, small `k`.
fn falling_product(vm: &mut Vm, n: &BigInt, k: &BigInt) -> PyResult<BigInt> {
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    if k > 1 << 24 {
        return Err(vm.memory_error());
    }
    if let Some(nn) = n.to_u64() {
        return Ok(range_product(nn - k + 1, nn + 1));
    }
    let mut acc = BigInt::one();
    let mut f = n.clone();
    for _ in 0..k {
        acc *= &f;
        f -= 1;
    }
    Ok(acc)
}

fn m_comb(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "comb", 2, 2)?;
    let (n, k) = comb_args(vm, &p[0], Some(&p[1]))?;
    let mut k = k.unwrap_or_default();
    if k > n {
        return Ok(new_int(0));
    }
    let nk = &n - &k;
    if nk < k {
        k = nk;
    }
    let num = falling_product(vm, &n, &k)?;
    let den = match k.to_u64() {
        Some(k) => range_product(1, k + 1),
        None => {
            return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)))
        }
    };
    Ok(new_bigint(num / den))
}

fn m_perm(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "perm", 1, 2)?;
    let (n, k) = comb_args(vm, &p[0], p.get(1))?;
    let k = match k {
        Some(k) => k,
        None => n.clone(),
    };
    if k > n {
        return Ok(new_int(0));
    }
    Ok(new_bigint(falling_product(vm, &n, &k)?))
}

fn m_prod(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let args = bind(vm, &a, "prod", &["iterable", "start"], 1, 1)?;
    let mut acc = args[1].clone().unwrap_or_else(|| new_int(1));
    let it = vm.iter(args[0].as_ref().unwrap_or(&Value::none()))?;
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(BinOp::Mul, &acc, &x)?;
    }
    Ok(acc)
}

// ---------------------------------------------------------------------------
// fsum: exact summation with a list of non-overlapping partial sums.

/// Sums `values` exactly rounded; Err(message, is_overflow) on an infinity
/// mix or intermediate overflow.
pub(super) fn exact_sum(values: &[f64]) -> Result<f64, (&'static str, bool)> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for &v in values {
        let mut x = v;
        if !x.is_finite() {
            // Infinities and NaNs add up separately: nan stays nan, and
            // inf + -inf is an error rather than a nan.
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut kept = 0;
        for i in 0..partials.len() {
            let mut y = partials[i];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            return Err(("intermediate overflow in fsum", true));
        }
        partials.truncate(kept);
        if x != 0.0 {
            partials.push(x);
        }
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(("-inf + inf in fsum", false));
        }
        return Ok(special);
    }
    // Add the partials from the top, stopping when the sum is exact; then
    // correct a half-way case that the truncated tail would break.
    let Some(mut hi) = partials.pop() else {
        return Ok(0.0);
    };
    let mut lo = 0.0;
    while let Some(y) = partials.pop() {
        let x = hi;
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    if let Some(&next) = partials.last() {
        if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

fn m_fsum(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "fsum", 1, 1)?;
    let it = vm.iter(&p[0])?;
    let mut values = Vec::new();
    while let Some(x) = vm.next(&it)? {
        values.push(to_f64(vm, &x)?);
    }
    match exact_sum(&values) {
        Ok(r) => Ok(new_float(r)),
        Err((msg, true)) => Err(vm.overflow_error(msg)),
        Err((msg, false)) => Err(vm.value_error(msg)),
    }
}

// ---------------------------------------------------------------------------
// Two-argument float functions.

fn two_floats(vm: &mut Vm, a: &Args<'_>, name: &str) -> PyResult<(f64, f64)> {
    let p = fixed_args(vm, a, name, 2, 2)?;
    let x = to_f64(vm, &p[0])?;
    let y = to_f64(vm, &p[1])?;
    Ok((x, y))
}

fn m_copysign(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &a, "copysign")?;
    Ok(new_float(x.copysign(y)))
}

fn m_atan2(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (y, x) = two_floats(vm, &a, "atan2")?;
    Ok(new_float(y.atan2(x)))
}

fn m_fmod(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &a, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(new_float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(new_float(r))
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y`, ties
/// to even. Computed exactly from `fmod`.
fn ieee_remainder(x: f64, y: f64) -> f64 {
    let ax = x.abs();
    let ay = y.abs();
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Exactly half-way: pick the even multiple.
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    1.0f64.copysign(x) * r
}

fn m_remainder(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &a, "remainder")?;
    if x.is_nan() {
        return Ok(new_float(x));
    }
    if y.is_nan() {
        return Ok(new_float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error(vm));
    }
    if y.is_infinite() {
        return Ok(new_float(x));
    }
    let r = ieee_remainder(x, y);
    Ok(new_float(r))
}

fn m_pow(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &a, "pow")?;
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 {
                domain_error(vm)
            } else {
                range_error(vm)
            });
        }
    }
    Ok(new_float(r))
}

fn m_ldexp(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "ldexp", 2, 2)?;
    let x = to_f64(vm, &p[0])?;
    let Some(e) = int_as_bigint(&p[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(new_float(x));
    }
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let e = e.clamp(-3000, 3000) as i32;
    // SAFETY: ldexp is a pure libm function.
    let r = unsafe { ldexp(x, e) };
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(new_float(r))
}

/// `(m, e)` with `x = m * 2**e`, `0.5 <= |m| < 1` (or `x` itself, 0).
pub(super) fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * f64::powi(2.0, 64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

fn m_frexp(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "frexp", 1, 1)?;
    let x = to_f64(vm, &p[0])?;
    let (m, e) = frexp(x);
    Ok(new_tuple(vec![new_float(m), new_int(e as i64)]))
}

fn m_modf(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "modf", 1, 1)?;
    let x = to_f64(vm, &p[0])?;
    if x.is_infinite() {
        return Ok(new_tuple(vec![new_float(0.0f64.copysign(x)), new_float(x)]));
    }
    let i = x.trunc();
    let frac = (x - i).copysign(x);
    Ok(new_tuple(vec![new_float(frac), new_float(i)]))
}

fn m_isclose(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let args = bind(vm, &a, "isclose", &["a", "b", "rel_tol", "abs_tol"], 2, 2)?;
    let mut f = [0.0f64, 0.0, 1e-9, 0.0];
    for (slot, v) in f.iter_mut().zip(&args) {
        if let Some(v) = v {
            *slot = to_f64(vm, v)?;
        }
    }
    let [x, y, rel_tol, abs_tol] = f;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::bool(false));
    }
    let diff = (y - x).abs();
    let close = diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol;
    Ok(Value::bool(close))
}

fn float_pred(vm: &mut Vm, a: &Args<'_>, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let p = fixed_args(vm, a, name, 1, 1)?;
    let x = to_f64(vm, &p[0])?;
    Ok(Value::bool(f(x)))
}

fn m_isfinite(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    float_pred(vm, &a, "isfinite", f64::is_finite)
}

fn m_isinf(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    float_pred(vm, &a, "isinf", f64::is_infinite)
}

fn m_isnan(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    float_pred(vm, &a, "isnan", f64::is_nan)
}

// ---------------------------------------------------------------------------
// Logarithms.

/// `f(x)` for a log function, ints of any size included (by bit length).
fn log_of(vm: &mut Vm, x: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = int_as_bigint(x) {
        if !i.is_positive() {
            return Err(domain_error(vm));
        }
        if let Some(v) = bigint_to_f64(&i) {
            return Ok(f(v));
        }
        // x = m * 2**e with m a float in [0.5, 1).
        let e = i.bits() as i64;
        let shift = e - 60;
        let top = (&i >> shift as usize).to_f64().unwrap_or(0.0);
        let m = top * f64::powi(2.0, -60);
        return Ok(f(m) + (e as f64) * f(2.0));
    }
    let v = to_f64(vm, x)?;
    if v.is_nan() {
        return Ok(v);
    }
    if v == f64::INFINITY {
        return Ok(v);
    }
    if v <= 0.0 {
        return Err(domain_error(vm));
    }
    Ok(f(v))
}

fn m_log(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "log", 1, 2)?;
    let num = log_of(vm, &p[0], f64::ln)?;
    if let Some(b) = p.get(1) {
        let den = log_of(vm, b, f64::ln)?;
        if den == 0.0 {
            return Err(vm.zero_division("float division by zero"));
        }
        return Ok(new_float(num / den));
    }
    Ok(new_float(num))
}

fn m_log2(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "log2", 1, 1)?;
    Ok(new_float(log_of(vm, &p[0], f64::log2)?))
}

fn m_log10(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "log10", 1, 1)?;
    Ok(new_float(log_of(vm, &p[0], f64::log10)?))
}

// ---------------------------------------------------------------------------
// Norms and angles.

/// The Euclidean norm of `v` scaled by its largest magnitude, with a
/// compensated sum of the squares (as 3.8's `hypot`/`dist`).
fn norm(v: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut nan = false;
    for &x in v {
        let x = x.abs();
        nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let mut csum = 1.0f64;
    let mut frac = 0.0f64;
    for &x in v {
        let q = x.abs() / max;
        let sq = q * q;
        let old = csum;
        csum += sq;
        frac += (old - csum) + sq;
    }
    max * (csum - 1.0 + frac).sqrt()
}

fn m_hypot(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.has_kwargs() {
        return Err(vm.type_error("hypot() takes no keyword arguments"));
    }
    let mut v = Vec::with_capacity(a.pos().len());
    for x in a.pos() {
        v.push(to_f64(vm, x)?);
    }
    Ok(new_float(norm(&v)))
}

fn m_dist(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "dist", 2, 2)?;
    for (i, x) in p.iter().enumerate() {
        if tuple_items(x).is_none() {
            return Err(vm.type_error(format!(
                "dist() argument {} must be tuple, not {}",
                i + 1,
                x.ty().name()
            )));
        }
    }
    let ps = tuple_items(&p[0]).unwrap_or_default().to_vec();
    let qs = tuple_items(&p[1]).unwrap_or_default().to_vec();
    if ps.len() != qs.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut v = Vec::with_capacity(ps.len());
    for (x, y) in ps.iter().zip(&qs) {
        let x = to_f64(vm, x)?;
        let y = to_f64(vm, y)?;
        v.push(x - y);
    }
    Ok(new_float(norm(&v)))
}

fn m_degrees(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "degrees", 1, 1)?;
    let x = to_f64(vm, &p[0])?;
    Ok(new_float(x * (180.0 / std::f64::consts::PI)))
}

fn m_radians(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "radians", 1, 1)?;
    let x = to_f64(vm, &p[0])?;
    Ok(new_float(x * (std::f64::consts::PI / 180.0)))
}

pub fn init(vm: &mut Vm, d: &Value) -> PyResult<()> {
    for &(name, f) in UNARY {
        add_fn(vm, d, name, f);
    }
    let fns: &[(&'static str, NativeFn)] = &[
        ("gamma", m_gamma),
        ("lgamma", m_lgamma),
        ("ceil", m_ceil),
        ("floor", m_floor),
        ("trunc", m_trunc),
        ("factorial", m_factorial),
        ("gcd", m_gcd),
        ("isqrt", m_isqrt),
        ("comb", m_comb),
        ("perm", m_perm),
        ("prod", m_prod),
        ("fsum", m_fsum),
        ("copysign", m_copysign),
        ("atan2", m_atan2),
        ("fmod", m_fmod),
        ("remainder", m_remainder),
        ("pow", m_pow),
        ("ldexp", m_ldexp),
        ("frexp", m_frexp),
        ("modf", m_modf),
        ("isclose", m_isclose),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("log", m_log),
        ("log2", m_log2),
        ("log10", m_log10),
        ("hypot", m_hypot),
        ("dist", m_dist),
        ("degrees", m_degrees),
        ("radians", m_radians),
    ];
    for &(name, f) in fns {
        add_fn(vm, d, name, f);
    }
    add_value(vm, d, "pi", new_float(std::f64::consts::PI));
    add_value(vm, d, "e", new_float(std::f64::consts::E));
    add_value(vm, d, "tau", new_float(std::f64::consts::TAU));
    add_value(vm, d, "inf", new_float(f64::INFINITY));
    add_value(vm, d, "nan", new_float(f64::NAN));
    Ok(())
}
