//! The `time` module: clocks, `sleep`, and the calendar conversions
//! (`gmtime`, `localtime`, `mktime`, `strftime`, `asctime`, `ctime`) on top
//! of the C library, as CPython 3.8 does on Linux.
//!
//! `struct_time` is a subclass of `tuple` defined in Python at module
//! creation (see [`STRUCT_TIME_SRC`]): nine indexable fields plus the
//! attributes `tm_zone` and `tm_gmtoff`.

use std::cell::RefCell;
use std::ffi::{CStr, CString};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use num_traits::ToPrimitive;

use crate::compile::Mode;
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{PyResult, Vm};

use super::math::{fixed_args, to_f64};
use super::{add_fn, add_value};

extern "C" {
    /// POSIX; not declared by the `libc` crate.
    fn tzset();
}

const STRUCT_TIME_SRC: &str = r#"
class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
              'tm_wday', 'tm_yday', 'tm_isdst')

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % n)
        if n > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % n)
        self = tuple.__new__(cls, seq[:9])
        extra = seq[9:] + (None, None)
        self.__dict__['tm_zone'] = extra[0]
        self.__dict__['tm_gmtoff'] = extra[1]
        return self

    def __repr__(self):
        fields = ', '.join('%s=%r' % (k, v) for k, v in zip(self._names, self))
        return 'time.struct_time(%s)' % fields

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self.tm_zone, 'tm_gmtoff': self.tm_gmtoff}))

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

for _i, _n in enumerate(struct_time._names):
    setattr(struct_time, _n, property(lambda self, _i=_i: tuple.__getitem__(self, _i)))
del _i, _n
struct_time.__module__ = 'time'
"#;

thread_local! {
    /// The `struct_time` class of this thread's `time` module.
    static STRUCT_TIME: RefCell<Option<Value>> = const { RefCell::new(None) };
}

// ---------------------------------------------------------------------------
// Clocks.

fn clock_ns(clock: libc::clockid_t) -> i128 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the local timespec.
    let rc = unsafe { libc::clock_gettime(clock, &mut ts) };
    if rc != 0 {
        return 0;
    }
    ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
}

fn wall_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

fn ns_value(ns: i128) -> Value {
    new_bigint(num_bigint::BigInt::from(ns))
}

fn ns_float(ns: i128) -> Value {
    new_float(ns as f64 * 1e-9)
}

macro_rules! clocks {
    ($($f:ident, $fns:ident = ($name:literal, $src:expr);)*) => {
        $(
            fn $f(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
                fixed_args(vm, &a, $name, 0, 0)?;
                Ok(ns_float($src))
            }
            fn $fns(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
                fixed_args(vm, &a, concat!($name, "_ns"), 0, 0)?;
                Ok(ns_value($src))
            }
        )*
        const CLOCKS: &[(&str, NativeFn, &str, NativeFn)] =
            &[$(($name, $f, concat!($name, "_ns"), $fns),)*];
    };
}

clocks! {
    t_time, t_time_ns = ("time", wall_ns());
    t_monotonic, t_monotonic_ns = ("monotonic", clock_ns(libc::CLOCK_MONOTONIC));
    t_perf_counter, t_perf_counter_ns = ("perf_counter", clock_ns(libc::CLOCK_MONOTONIC));
    t_process_time, t_process_time_ns = ("process_time", clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID));
    t_thread_time, t_thread_time_ns = ("thread_time", clock_ns(libc::CLOCK_THREAD_CPUTIME_ID));
}

fn t_sleep(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "sleep", 1, 1)?;
    let x = &p[0];
    let numeric = float_of(x).is_some()
        || is_int(x)
        || vm.lookup_special(x, "__float__").is_some()
        || vm.lookup_special(x, "__index__").is_some();
    if !numeric {
        return Err(vm.type_error(format!(
            "an integer is required (got type {})",
            x.ty().name()
        )));
    }
    let secs = to_f64(vm, x)?;
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let Ok(d) = Duration::try_from_secs_f64(secs) else {
        return Err(vm.overflow_error("sleep length is too large"));
    };
    std::thread::sleep(d);
    Ok(Value::none())
}

// ---------------------------------------------------------------------------
// Calendar conversions.

fn zero_tm() -> libc::tm {
    // SAFETY: `struct tm` is plain data (ints, a long and a nullable
    // pointer); all zeros is a valid value.
    unsafe { std::mem::zeroed() }
}

/// A timestamp argument (None: now) as `time_t`, rounded towards -inf.
fn time_t_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<libc::time_t> {
    let v = match v {
        None => return Ok((wall_ns().div_euclid(1_000_000_000)) as libc::time_t),
        Some(v) if v.is_none() => return Ok((wall_ns().div_euclid(1_000_000_000)) as libc::time_t),
        Some(v) => v,
    };
    let out_of_range =
        |vm: &mut Vm| vm.overflow_error("timestamp out of range for platform time_t");
    if let Some(f) = float_of(v) {
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let f = f.floor();
        if !(-9.2e18..9.2e18).contains(&f) {
            return Err(out_of_range(vm));
        }
        return Ok(f as libc::time_t);
    }
    if vm.lookup_special(v, "__index__").is_none() && !is_int(v) {
        if vm.lookup_special(v, "__float__").is_some() {
            let f = to_f64(vm, v)?;
            return Ok(f.floor() as libc::time_t);
        }
        return Err(vm.type_error(format!(
            "an integer is required (got type {})",
            v.ty().name()
        )));
    }
    let i = vm.index_value(v)?;
    i.to_i64().ok_or_else(|| out_of_range(vm))
}

fn struct_time_class(vm: &mut Vm) -> PyResult<Value> {
    STRUCT_TIME
        .with(|c| c.borrow().clone())
        .ok_or_else(|| vm.runtime_error("time.struct_time is not initialised"))
}

/// A `struct_time` from a C `struct tm`.
fn tm_to_struct(vm: &mut Vm, tm: &libc::tm) -> PyResult<Value> {
    let zone = if tm.tm_zone.is_null() {
        Value::none()
    } else {
        // SAFETY: a non-null tm_zone from gmtime_r/localtime_r points to a
        // NUL-terminated string owned by the C library.
        let s = unsafe { CStr::from_ptr(tm.tm_zone) };
        new_string(s.to_string_lossy().into_owned())
    };
    let items = vec![
        new_int(tm.tm_year as i64 + 1900),
        new_int(tm.tm_mon as i64 + 1),
        new_int(tm.tm_mday as i64),
        new_int(tm.tm_hour as i64),
        new_int(tm.tm_min as i64),
        new_int(tm.tm_sec as i64),
        new_int((tm.tm_wday as i64 + 6) % 7),
        new_int(tm.tm_yday as i64 + 1),
        new_int(tm.tm_isdst as i64),
        zone,
        new_int(tm.tm_gmtoff),
    ];
    let cls = struct_time_class(vm)?;
    vm.call(&cls, &[new_tuple(items)], &[])
}

fn gmtime_tm(vm: &mut Vm, t: libc::time_t) -> PyResult<libc::tm> {
    let mut tm = zero_tm();
    // SAFETY: gmtime_r reads `t` and writes the local `tm`.
    let r = unsafe { libc::gmtime_r(&t, &mut tm) };
    if r.is_null() {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(tm)
}

fn localtime_tm(vm: &mut Vm, t: libc::time_t) -> PyResult<libc::tm> {
    let mut tm = zero_tm();
    // SAFETY: localtime_r reads `t` and writes the local `tm`.
    let r = unsafe { libc::localtime_r(&t, &mut tm) };
    if r.is_null() {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(tm)
}

fn t_gmtime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "gmtime", 0, 1)?;
    let t = time_t_arg(vm, p.first())?;
    let tm = gmtime_tm(vm, t)?;
    tm_to_struct(vm, &tm)
}

fn t_localtime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "localtime", 0, 1)?;
    let t = time_t_arg(vm, p.first())?;
    let tm = localtime_tm(vm, t)?;
    tm_to_struct(vm, &tm)
}

/// A `struct tm` from a struct_time or 9-tuple argument. The zone string,
/// when the argument carries one, is returned alongside so that the pointer
/// in `tm_zone` stays valid while the `tm` is used.
fn tuple_to_tm(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<(libc::tm, Option<CString>)> {
    let Some(items) = tuple_items(v).map(|s| s.to_vec()) else {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, x) in f.iter_mut().zip(&items) {
        if float_of(x).is_some() {
            return Err(vm.type_error("integer argument expected, got float"));
        }
        let i = vm.index_value(x)?;
        *slot = i
            .to_i32()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))?
            as i64;
    }
    let mut tm = zero_tm();
    tm.tm_year = (f[0] - 1900) as libc::c_int;
    tm.tm_mon = (f[1] - 1) as libc::c_int;
    tm.tm_mday = f[2] as libc::c_int;
    tm.tm_hour = f[3] as libc::c_int;
    tm.tm_min = f[4] as libc::c_int;
    tm.tm_sec = f[5] as libc::c_int;
    // C remainder, as CPython: a weekday below -1 stays negative and is refused.
    tm.tm_wday = ((f[6] + 1) % 7) as libc::c_int;
    tm.tm_yday = (f[7] - 1) as libc::c_int;
    tm.tm_isdst = f[8] as libc::c_int;
    if f[0] - 1900 < i32::MIN as i64 {
        return Err(vm.overflow_error("year out of range"));
    }
    let mut zone = None;
    let is_struct_time = STRUCT_TIME.with(|c| {
        c.borrow()
            .as_ref()
            .is_some_and(|cls| cls.as_type().is_some_and(|t| std::ptr::eq(t, v.ty())))
    });
    if is_struct_time {
        let z = vm.getattr_str(v, "tm_zone")?;
        if let Some(s) = z.as_str() {
            zone = CString::new(s).ok();
        }
        let off = vm.getattr_str(v, "tm_gmtoff")?;
        if let Some(o) = int_as_i64(&off) {
            tm.tm_gmtoff = o as libc::c_long;
        }
    }
    if let Some(z) = &zone {
        tm.tm_zone = z.as_ptr();
    }
    Ok((tm, zone))
}

/// The range checks of `strftime`/`asctime` (after mapping the 0 that
/// CPython accepts for month, day and year-day to 1).
fn check_tm(vm: &mut Vm, tm: &mut libc::tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return Err(vm.value_error("month out of range"));
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(1..=31).contains(&tm.tm_mday) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.tm_min) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return Err(vm.value_error("seconds out of range"));
    }
    if tm.tm_wday < 0 {
        return Err(vm.value_error("day of week out of range"));
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    Ok(())
}

/// The struct tm of an optional time-tuple argument (None: local now).
fn tm_arg(vm: &mut Vm, v: Option<&Value>, fname: &str) -> PyResult<(libc::tm, Option<CString>)> {
    match v {
        Some(v) => {
            let (mut tm, zone) = tuple_to_tm(vm, v, fname)?;
            check_tm(vm, &mut tm)?;
            Ok((tm, zone))
        }
        None => {
            let t = time_t_arg(vm, None)?;
            Ok((localtime_tm(vm, t)?, None))
        }
    }
}

fn t_mktime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "mktime", 1, 1)?;
    let (mut tm, _zone) = tuple_to_tm(vm, &p[0], "mktime")?;
    // A sentinel to tell an error from a legitimate -1 (one second before
    // the epoch): mktime always sets tm_wday on success.
    tm.tm_wday = -1;
    // SAFETY: mktime reads and normalises the local `tm`.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    Ok(new_float(t as f64))
}

fn t_strftime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "strftime", 1, 2)?;
    let Some(fmt) = p[0].as_str().map(str::to_owned) else {
        return Err(vm.type_error(format!(
            "strftime() argument 1 must be str, not {}",
            p[0].ty().name()
        )));
    };
    let (tm, _zone) = tm_arg(vm, p.get(1), "strftime")?;
    if fmt.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    let Ok(cfmt) = CString::new(fmt.as_bytes()) else {
        return Err(vm.value_error("embedded null character"));
    };
    if fmt.is_empty() {
        return Ok(new_str(""));
    }
    // strftime returns 0 both for "buffer too small" and for an empty
    // result; grow the buffer up to a bound proportional to the format.
    let mut size = 1024usize.max(fmt.len() * 4);
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes, `cfmt` is NUL-terminated
        // and `tm` (with its zone string kept alive by `_zone`) is valid.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                size,
                cfmt.as_ptr(),
                &tm,
            )
        };
        if n > 0 || size >= 256 * fmt.len().max(16) {
            buf.truncate(n);
            return Ok(new_string(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 2;
    }
}

const DAY_NAMES: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTH_NAMES: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn format_asctime(tm: &libc::tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        DAY_NAMES[tm.tm_wday.rem_euclid(7) as usize],
        MONTH_NAMES[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

fn t_asctime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "asctime", 0, 1)?;
    let (tm, _zone) = tm_arg(vm, p.first(), "asctime")?;
    Ok(new_string(format_asctime(&tm)))
}

fn t_ctime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = fixed_args(vm, &a, "ctime", 0, 1)?;
    let t = time_t_arg(vm, p.first())?;
    let tm = localtime_tm(vm, t)?;
    Ok(new_string(format_asctime(&tm)))
}

/// `timezone`, `altzone`, `daylight`, `tzname` from the offsets of the
/// local zone in January and July of this year.
fn init_timezone(vm: &mut Vm, d: &Value) -> PyResult<()> {
    // SAFETY: tzset only reads TZ and updates libc's zone state.
    unsafe { tzset() };
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let now = (wall_ns() / 1_000_000_000) as i64;
    let t = (now / YEAR) * YEAR;
    let jan = localtime_tm(vm, t as libc::time_t)?;
    let jul = localtime_tm(vm, (t + YEAR / 2) as libc::time_t)?;
    let name = |tm: &libc::tm| {
        if tm.tm_zone.is_null() {
            String::new()
        } else {
            // SAFETY: tm_zone of a localtime_r result is a NUL-terminated
            // string owned by the C library.
            unsafe { CStr::from_ptr(tm.tm_zone) }
                .to_string_lossy()
                .into_owned()
        }
    };
    let (jan_zone, jul_zone) = (-jan.tm_gmtoff, -jul.tm_gmtoff);
    let (jan_name, jul_name) = (name(&jan), name(&jul));
    let (tz, alt, names) = if jan_zone < jul_zone {
        // Southern hemisphere: daylight time in January.
        (jul_zone, jan_zone, (jul_name, jan_name))
    } else {
        (jan_zone, jul_zone, (jan_name, jul_name))
    };
    add_value(vm, d, "timezone", new_int(tz));
    add_value(vm, d, "altzone", new_int(alt));
    add_value(vm, d, "daylight", new_int((jan_zone != jul_zone) as i64));
    let tzname = new_tuple(vec![new_string(names.0), new_string(names.1)]);
    add_value(vm, d, "tzname", tzname);
    Ok(())
}

pub fn init(vm: &mut Vm, d: &Value) -> PyResult<()> {
    vm.exec_source(STRUCT_TIME_SRC, "<time>", Mode::Exec, d)?;
    let k = vm.intern("struct_time");
    let cls = crate::vm::dictops::get_str_key(d, &k);
    STRUCT_TIME.with(|c| *c.borrow_mut() = cls);
    for &(name, f, name_ns, f_ns) in CLOCKS {
        add_fn(vm, d, name, f);
        add_fn(vm, d, name_ns, f_ns);
    }
    let fns: &[(&'static str, NativeFn)] = &[
        ("sleep", t_sleep),
        ("gmtime", t_gmtime),
        ("localtime", t_localtime),
        ("mktime", t_mktime),
        ("strftime", t_strftime),
        ("asctime", t_asctime),
        ("ctime", t_ctime),
    ];
    for &(name, f) in fns {
        add_fn(vm, d, name, f);
    }
    init_timezone(vm, d)
}
