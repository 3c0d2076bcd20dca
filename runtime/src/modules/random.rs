//! `_random`: the Mersenne Twister core behind `lib/random.py`.
//!
//! The generator is MT19937 (Matsumoto and Nishimura, 1998) seeded the way
//! CPython seeds it, so a given seed yields CPython's sequence bit for bit:
//! an int seed is split into 32-bit words (least significant first) and fed
//! to `init_by_array`; any other object is seeded by its hash taken as an
//! unsigned machine word; `None` seeds from the OS entropy source.
//! `random()` builds a 53-bit float from two outputs (`genrand_res53`) and
//! `getrandbits(k)` fills k bits with outputs from the least significant
//! word up, the last one shifted right to drop surplus bits.
//!
//! The module also offers `sha512(data)` (the digest `random.seed` appends
//! to str/bytes seeds) and `urandom(n)` (for `SystemRandom`), since the
//! runtime has no `hashlib` or `os` yet.

use std::cell::UnsafeCell;
use std::sync::{Once, OnceLock};

use num_bigint::{BigInt, BigUint};
use num_traits::{One, Signed, ToPrimitive};

use crate::builtins::{add_methods, add_methods_kind};
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{dictops, PyResult, Vm};

use super::{add_fn, add_value};

/// `_random.Random`: instances carry a [`RandomData`]; Python subclasses
/// (`random.Random`) add an instance dict after it.
pub static RANDOM_TYPE: TypeObject = TypeObject::builtin(
    "Random",
    Layout::Random,
    dealloc_for::<RandomData>(),
    type_flags::BASETYPE,
);

/// Payload of `_random.Random` instances.
pub struct RandomData {
    mt: UnsafeCell<Mt>,
}

impl Payload for RandomData {
    const LAYOUT: Layout = Layout::Random;
}

impl RandomData {
    /// Borrow the generator. Never held across a call that can run Python code.
    #[allow(clippy::mut_from_ref)]
    fn mt(&self) -> &mut Mt {
        // SAFETY: single-threaded interpreter; every borrow ends before any
        // Python code could run and reach this object again.
        unsafe { &mut *self.mt.get() }
    }
}

// ---------------------------------------------------------------------------
// MT19937

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator state: 624 words and the position of the next output.
#[derive(Clone)]
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    /// A generator seeded with the word `seed` (`init_genrand`).
    fn from_word(seed: u32) -> Mt {
        let mut state = [0u32; N];
        state[0] = seed;
        for i in 1..N {
            let prev = state[i - 1];
            state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        Mt { state, index: N }
    }

    /// A generator seeded with a key of words (`init_by_array`).
    pub fn from_key(key: &[u32]) -> Mt {
        let mut g = Mt::from_word(19_650_218);
        let mt = &mut g.state;
        let len = key.len().max(1);
        let word = |j: usize| key.get(j).copied().unwrap_or(0);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(len) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(word(j))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        // The most significant bit is 1, assuring a non-zero initial state.
        mt[0] = 0x8000_0000;
        g
    }

    /// Regenerates all 624 words.
    fn twist(&mut self) {
        let mt = &mut self.state;
        for k in 0..N {
            let y = (mt[k] & UPPER_MASK) | (mt[(k + 1) % N] & LOWER_MASK);
            let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
            mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    /// The next 32-bit output (`genrand_int32`).
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits (`genrand_res53`).
    pub fn next_f64(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// An int of `k` random bits (k >= 1), as `getrandbits` composes it;
    /// None when memory for it cannot be had.
    pub fn bits(&mut self, k: u64) -> Option<BigUint> {
        if k <= 32 {
            return Some(BigUint::from(self.next_u32() >> (32 - k)));
        }
        let nwords = (k - 1) / 32 + 1;
        let mut words = Vec::new();
        words
            .try_reserve_exact(usize::try_from(nwords).ok()?)
            .ok()?;
        let mut left = k;
        for _ in 0..nwords {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left = left.saturating_sub(32);
        }
        Some(BigUint::new(words))
    }
}

// ---------------------------------------------------------------------------
// Seeding

/// The key words of a non-negative int: 32-bit digits, least significant
/// first, one zero word for 0.
fn key_of(n: &BigUint) -> Vec<u32> {
    let words = n.to_u32_digits();
    if words.is_empty() {
        vec![0]
    } else {
        words
    }
}

/// Key words from the OS entropy source, or from the time and process id
/// when it cannot be read.
fn entropy_key() -> Vec<u32> {
    if let Ok(bytes) = os_random_bytes(N * 4) {
        return bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let nanos = now.as_nanos();
    vec![
        nanos as u32,
        (nanos >> 32) as u32,
        (nanos >> 64) as u32,
        std::process::id(),
    ]
}

/// Why [`os_random_bytes`] failed.
enum EntropyError {
    NoMemory,
    Unreadable(std::io::Error),
}

/// `n` bytes from the OS entropy source.
fn os_random_bytes(n: usize) -> Result<Vec<u8>, EntropyError> {
    use std::io::Read;
    let mut buf = Vec::new();
    buf.try_reserve_exact(n)
        .map_err(|_| EntropyError::NoMemory)?;
    buf.resize(n, 0);
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(EntropyError::Unreadable)?;
    Ok(buf)
}

/// The generator `Random.seed(arg)` (and `Random(arg)`) makes.
fn seeded(vm: &mut Vm, arg: Option<&Value>) -> PyResult<Mt> {
    let key = match arg {
        None => entropy_key(),
        Some(v) if v.is_none() => entropy_key(),
        Some(v) => match int_as_bigint(v) {
            // int subclasses use int's own absolute value, not `__abs__`.
            Some(i) => key_of(i.magnitude()),
            None => {
                let h = vm.hash(v)?;
                key_of(&BigUint::from(h as u64))
            }
        },
    };
    Ok(Mt::from_key(&key))
}

// ---------------------------------------------------------------------------
// Methods

fn this<'a>(vm: &mut Vm, a: &Args<'a>, name: &str) -> PyResult<&'a RandomData> {
    let recv = a.pos().first();
    recv.and_then(|v| v.downcast::<RandomData>())
        .ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{name}' for '_random.Random' objects doesn't apply to a '{}' object",
                recv.map(|v| v.ty().name().to_string()).unwrap_or_default()
            ))
        })
}

fn no_kwargs(vm: &mut Vm, a: &Args<'_>, name: &str) -> PyResult<()> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// `Random.__new__(cls, *args)`: a generator seeded, as in CPython 3.8, by
/// the hash of the argument tuple (`random.Random.__init__` then seeds
/// again with the argument itself).
fn random_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let cls = p
        .first()
        .and_then(|c| c.as_type())
        .ok_or_else(|| vm.type_error("_random.Random.__new__(X): X is not a type object"))?;
    if !cls.is_subtype(&RANDOM_TYPE) {
        return Err(vm.type_error(format!(
            "_random.Random.__new__({}): {} is not a subtype of _random.Random",
            cls.name(),
            cls.name()
        )));
    }
    if std::ptr::eq(cls, &RANDOM_TYPE) {
        no_kwargs(vm, &a, "Random")?;
    }
    let args = new_tuple(p[1..].to_vec());
    let mt = seeded(vm, Some(&args))?;
    Ok(alloc_instance(
        cls,
        &RANDOM_TYPE,
        RandomData {
            mt: UnsafeCell::new(mt),
        },
    ))
}

/// `random()`: a float in [0.0, 1.0).
fn random_random(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &a, "random")?;
    no_kwargs(vm, &a, "random")?;
    let n = a.pos().len() - 1;
    if n != 0 {
        return Err(vm.type_error(format!("random() takes no arguments ({n} given)")));
    }
    Ok(new_float(r.mt().next_f64()))
}

/// `seed(n=None)`: reseeds from an int's absolute value, another object's
/// hash, or (None) the OS entropy source.
fn random_seed(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &a, "seed")?;
    no_kwargs(vm, &a, "seed")?;
    let args = &a.pos()[1..];
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "seed expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let mt = seeded(vm, args.first())?;
    *r.mt() = mt;
    Ok(Value::none())
}

/// `getstate()`: the 624 state words and the index, as a tuple.
fn random_getstate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &a, "getstate")?;
    no_kwargs(vm, &a, "getstate")?;
    let n = a.pos().len() - 1;
    if n != 0 {
        return Err(vm.type_error(format!("getstate() takes no arguments ({n} given)")));
    }
    let mt = r.mt();
    let mut items: Vec<Value> = mt.state.iter().map(|&w| new_int(w as i64)).collect();
    items.push(new_int(mt.index as i64));
    Ok(new_tuple(items))
}

/// A state word: an int taken modulo 2**32, with the errors of a C
/// `unsigned long` conversion.
fn state_word(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    let Some(i) = int_as_bigint(v) else {
        return Err(vm.type_error("an integer is required"));
    };
    if i.is_negative() {
        return Err(vm.overflow_error("can't convert negative value to unsigned int"));
    }
    match i.to_u64() {
        Some(w) => Ok(w as u32),
        None => Err(vm.overflow_error("Python int too large to convert to C unsigned long")),
    }
}

/// `setstate(state)`: restores a tuple made by `getstate()`.
fn random_setstate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &a, "setstate")?;
    no_kwargs(vm, &a, "setstate")?;
    let p = a.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "setstate() takes exactly one argument ({} given)",
            p.len() - 1
        )));
    }
    let Some(items) = tuple_items(&p[1]) else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut state = [0u32; N];
    for (w, v) in state.iter_mut().zip(items) {
        *w = state_word(vm, v)?;
    }
    let index = state_index(vm, &items[N])?;
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    *r.mt() = Mt {
        state,
        index: index as usize,
    };
    Ok(Value::none())
}

/// An int argument by `__index__`, with CPython 3.8's message for other
/// types (floats are refused by the caller or truncated, as each needs).
fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = int_as_bigint(v) {
        return Ok(i);
    }
    if vm.lookup_special(v, "__index__").is_some() {
        return vm.index_value(v);
    }
    Err(vm.type_error(format!(
        "an integer is required (got type {})",
        v.ty().name()
    )))
}

/// The state index of `setstate`: a C long (a float is truncated, as 3.8's
/// deprecated `__int__` conversion does).
fn state_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let i = match float_of(v) {
        Some(f) if f.is_finite() => BigInt::from(f.trunc() as i128),
        Some(f) if f.is_nan() => return Err(vm.value_error("cannot convert float NaN to integer")),
        Some(_) => return Err(vm.overflow_error("cannot convert float infinity to integer")),
        None => index_arg(vm, v)?,
    };
    i.to_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))
}

/// `getrandbits(k)`: an int with `k` random bits.
fn random_getrandbits(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &a, "getrandbits")?;
    no_kwargs(vm, &a, "getrandbits")?;
    let p = a.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "getrandbits() takes exactly one argument ({} given)",
            p.len() - 1
        )));
    }
    if float_of(&p[1]).is_some() {
        return Err(vm.type_error("integer argument expected, got float"));
    }
    let k = index_arg(vm, &p[1])?;
    let Some(k) = k.to_i32() else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    if k <= 0 {
        return Err(vm.value_error("number of bits must be greater than zero"));
    }
    let Some(bits) = r.mt().bits(k as u64) else {
        return Err(vm.memory_error());
    };
    Ok(new_bigint(BigInt::from(bits)))
}

// ---------------------------------------------------------------------------
// Module helpers

/// `sha512(data)`: the SHA-512 digest of bytes or bytearray.
fn sha512_fn(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = super::math::fixed_args(vm, &a, "sha512", 1, 1)?;
    let digest = if let Some(b) = p[0].downcast::<BytesData>() {
        sha512(&b.b)
    } else if let Some(b) = p[0].downcast::<ByteArrayData>() {
        // SAFETY: the borrow ends within this expression; no Python code runs.
        sha512(unsafe { &*b.b.get() })
    } else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            p[0].ty().name()
        )));
    };
    Ok(new_bytes(digest.to_vec()))
}

/// `urandom(n)`: `n` bytes from the OS entropy source.
fn urandom_fn(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = super::math::fixed_args(vm, &a, "urandom", 1, 1)?;
    if float_of(&p[0]).is_some() {
        return Err(vm.type_error("integer argument expected, got float"));
    }
    let n = index_arg(vm, &p[0])?;
    if n.is_negative() {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let n = n.to_usize().ok_or_else(|| vm.memory_error())?;
    match os_random_bytes(n) {
        Ok(b) => Ok(new_bytes(b)),
        Err(EntropyError::NoMemory) => Err(vm.memory_error()),
        Err(EntropyError::Unreadable(e)) => Err(vm.new_error(
            &crate::builtins::exc::OS_ERROR,
            format!("cannot read the OS entropy source /dev/urandom: {e}"),
        )),
    }
}

// ---------------------------------------------------------------------------
// SHA-512 (FIPS 180-4)

/// The initial hash words and the 80 round constants: the first 64 bits
/// of the fractional parts of the square roots of the first 8 primes and of
/// the cube roots of the first 80 primes, computed exactly once.
fn sha512_constants() -> &'static ([u64; 8], [u64; 80]) {
    static CONSTS: OnceLock<([u64; 8], [u64; 80])> = OnceLock::new();
    CONSTS.get_or_init(|| {
        let mut primes = Vec::with_capacity(80);
        let mut c = 2u32;
        while primes.len() < 80 {
            if (2..c)
                .take_while(|d| d * d <= c)
                .all(|d| !c.is_multiple_of(d))
            {
                primes.push(c);
            }
            c += 1;
        }
        // floor(root(p) * 2**64) mod 2**64 = floor(root(p * 2**(64*n))) mod 2**64.
        let frac = |p: u32, n: u32| -> u64 {
            let scaled = BigUint::from(p) << (64 * n as usize);
            let root = scaled.nth_root(n);
            let mask = (BigUint::one() << 64usize) - 1u32;
            (root & mask).to_u64().unwrap_or(0)
        };
        let mut h = [0u64; 8];
        for (w, &p) in h.iter_mut().zip(&primes) {
            *w = frac(p, 2);
        }
        let mut k = [0u64; 80];
        for (w, &p) in k.iter_mut().zip(&primes) {
            *w = frac(p, 3);
        }
        (h, k)
    })
}

/// The SHA-512 digest of `data`.
pub fn sha512(data: &[u8]) -> [u8; 64] {
    let (init, k) = sha512_constants();
    let mut h = *init;
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u128) * 8).to_be_bytes());
    for block in msg.chunks_exact(128) {
        let mut w = [0u64; 80];
        for (t, chunk) in block.chunks_exact(8).enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            w[t] = u64::from_be_bytes(b);
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16]
                .wrapping_add(s0)
                .wrapping_add(w[t - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for t in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(k[t])
                .wrapping_add(w[t]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (chunk, word) in out.chunks_exact_mut(8).zip(h) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    out
}

// ---------------------------------------------------------------------------
// Module

static SETUP: Once = Once::new();

/// Gives `RANDOM_TYPE` its base, MRO, dict and methods (once per process),
/// as start-up does for the builtin type statics.
fn setup_type() {
    SETUP.call_once(|| {
        let t = &RANDOM_TYPE;
        t.base.set(&OBJECT_TYPE as *const TypeObject);
        // SAFETY: runs once, before any borrow of these fields exists.
        unsafe {
            *t.bases.get() = vec![OBJECT_TYPE.to_value()];
            *t.mro.get() = vec![t.to_value(), OBJECT_TYPE.to_value()];
            *t.dict.get() = new_dict();
        }
        add_methods(
            t,
            &[
                ("random", random_random),
                ("seed", random_seed),
                ("getstate", random_getstate),
                ("setstate", random_setstate),
                ("getrandbits", random_getrandbits),
            ],
        );
        add_methods_kind(t, &[("__new__", random_new)], BuiltinKind::StaticMethod);
        // CPython's name for the type is `_random.Random`.
        dictops::set_str(t.dict(), new_str("__module__"), new_str("_random"));
    });
}

pub fn init(vm: &mut Vm, d: &Value) -> PyResult<()> {
    setup_type();
    add_value(vm, d, "Random", RANDOM_TYPE.to_value());
    add_fn(vm, d, "sha512", sha512_fn);
    add_fn(vm, d, "urandom", urandom_fn);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn mt_reference_outputs() {
        // The reference implementation's test vector (mt19937ar.out).
        let mut g = Mt::from_key(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| g.next_u32()).collect();
        assert_eq!(
            first,
            [1067595299, 955945823, 477289528, 4107218783, 4228976476]
        );
        let mut g = Mt::from_word(5489);
        assert_eq!(g.next_u32(), 3499211612);
    }

    #[test]
    fn sha512_vectors() {
        assert_eq!(
            hex(&sha512(b"abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
             2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        assert_eq!(
            hex(&sha512(b"")),
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce\
             47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"
        );
        // Two blocks: the padding crosses a block boundary.
        assert_eq!(
            hex(&sha512(&[b'a'; 200])),
            "4b11459c33f52a22ee8236782714c150a3b2c60994e9acee17fe68947a3e6789\
             f31e7668394592da7bef827cddca88c4e6f86e4df7ed1ae6cba71f3e98faee9f"
        );
    }

    #[test]
    fn getrandbits_composes_low_word_first() {
        let mut a = Mt::from_word(1);
        let mut b = a.clone();
        let v = a.bits(40).unwrap();
        let lo = b.next_u32() as u64;
        let hi = (b.next_u32() >> 24) as u64;
        assert_eq!(v.to_u64(), Some(hi << 32 | lo));
    }
}
