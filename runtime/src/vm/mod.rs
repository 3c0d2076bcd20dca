//! Interpreter state and the object protocols built on it (attribute access,
//! calls, operators, hashing, iteration, conversions).
//!
//! `Vm` holds the per-thread state (value stack, frames, the handled
//! exception, recursion depth) apart from interpreter-wide state (builtins,
//! `sys.modules`, interned names) so threads can be added later.

pub mod attr;
pub mod call;
pub mod classes;
pub mod convert;
pub mod dictops;
pub mod errors;
pub mod import;
pub mod iter;
pub mod ops;

use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use crate::interp::{Block, Frame};
use crate::object::*;

pub use errors::PyErr;

pub type PyResult<T> = Result<T, PyErr>;

/// Where `print` and the traceback printer write (so tests can capture).
pub struct StdStreams {
    pub out: Box<dyn Write>,
    pub err: Box<dyn Write>,
}

/// An interpreter. One `Vm` runs at a time in a process: builtin type
/// objects are shared statics with non-atomic reference counts (the
/// role a GIL plays in CPython).
pub struct Vm {
    // ---- per-thread state ---------------------------------------------------
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    pub blocks: Vec<Block>,
    /// The exception being handled (`sys.exc_info()`), NULL when none.
    pub handled: Value,
    /// The value of the StopIteration that ended the last `Vm::next`.
    pub last_stop_value: Value,
    /// Python frames plus native re-entries, checked against the limit.
    pub depth: usize,
    pub recursion_limit: usize,
    /// Lowest native stack address Python code may reach before native
    /// re-entries (`__eq__` called from a dict lookup, …) raise
    /// RecursionError instead of overflowing the thread's stack.
    pub native_stack_floor: usize,
    /// Loop iterations and calls left before RuntimeError("step budget
    /// exhausted"); `u64::MAX` (the default) is, in practice, unlimited.
    /// Fuzzing and sandboxes set it.
    pub steps_left: u64,
    // ---- interpreter-wide state -------------------------------------------
    pub builtins: Value,
    pub modules: Value,
    pub sys_module: Value,
    pub interned: HashMap<Rc<str>, Value>,
    /// MRO lookups cached by (type, name), invalidated by the type epoch.
    pub type_cache: TypeCache,
    pub names: Names,
    pub streams: StdStreams,
    /// `sys.argv` as given on the command line.
    pub argv: Vec<String>,
    /// `sys.path`.
    pub path: Vec<String>,
    /// Containers whose repr is being computed (cycle detection).
    pub repr_stack: Vec<Value>,
    /// `-X` options as given.
    pub xoptions: Vec<(String, Option<String>)>,
    pub unbuffered: bool,
    pub ignore_environment: bool,
    pub isolated: bool,
    /// Run an immediately awaited `async def` call at once, without creating
    /// a coroutine object unless it suspends (Cinder's eager coroutine
    /// evaluation). `-X no-eager-coro` turns it off.
    pub eager_coro: bool,
    /// Warnings already shown (CPython's default filter: once per location).
    pub warned: std::collections::HashSet<String>,
    /// `sys.set_asyncgen_hooks(firstiter, finalizer)` (NULL when unset).
    pub asyncgen_firstiter: Value,
    pub asyncgen_finalizer: Value,
    /// `__package__` for the next `__main__` module (`-m` of a package or
    /// of a module inside one).
    pub main_package: Option<String>,
}

/// Interned names the runtime looks up often.
pub struct Names {
    pub __init__: Value,
    pub __new__: Value,
    pub __call__: Value,
    pub __name__: Value,
    pub __qualname__: Value,
    pub __module__: Value,
    pub __doc__: Value,
    pub __dict__: Value,
    pub __class__: Value,
    pub __getattr__: Value,
    pub __getattribute__: Value,
    pub __setattr__: Value,
    pub __delattr__: Value,
    pub __get__: Value,
    pub __set__: Value,
    pub __delete__: Value,
    pub __repr__: Value,
    pub __str__: Value,
    pub __hash__: Value,
    pub __eq__: Value,
    pub __ne__: Value,
    pub __lt__: Value,
    pub __le__: Value,
    pub __gt__: Value,
    pub __ge__: Value,
    pub __bool__: Value,
    pub __len__: Value,
    pub __iter__: Value,
    pub __next__: Value,
    pub __getitem__: Value,
    pub __setitem__: Value,
    pub __delitem__: Value,
    pub __contains__: Value,
    pub __enter__: Value,
    pub __exit__: Value,
    pub __index__: Value,
    pub __int__: Value,
    pub __float__: Value,
    pub __build_class__: Value,
    pub __classcell__: Value,
    pub __builtins__: Value,
    pub __annotations__: Value,
    pub __all__: Value,
    pub __file__: Value,
    pub __package__: Value,
    pub __spec__: Value,
    pub __loader__: Value,
    pub __init_subclass__: Value,
    pub __set_name__: Value,
    pub __prepare__: Value,
    pub __mro_entries__: Value,
    pub __slots__: Value,
    pub __format__: Value,
    pub __missing__: Value,
    pub __reversed__: Value,
    pub __del__: Value,
    pub __instancecheck__: Value,
    pub __subclasscheck__: Value,
    pub __neg__: Value,
    pub __pos__: Value,
    pub __invert__: Value,
    pub __abs__: Value,
    pub __round__: Value,
    pub __trunc__: Value,
    pub __floor__: Value,
    pub __ceil__: Value,
    pub __complex__: Value,
    pub __bytes__: Value,
    pub __dir__: Value,
    pub __class_getitem__: Value,
    pub __length_hint__: Value,
    pub __abstractmethods__: Value,
    pub send: Value,
    pub throw: Value,
    pub close: Value,
    pub keys: Value,
    pub items: Value,
    pub mro: Value,
    pub metaclass: Value,
}

impl Vm {
    /// A new interpreter with builtins and `sys` ready.
    pub fn new() -> Vm {
        crate::builtins::init_types();
        let mut interned: HashMap<Rc<str>, Value> = HashMap::new();
        let mut intern = |s: &str| -> Value {
            let v = convert::new_str(s);
            interned.insert(Rc::from(s), v.clone());
            v
        };
        macro_rules! names {
            ($($n:ident),* $(,)?) => { Names { $($n: intern(stringify!($n)),)* } };
        }
        let names = names!(
            __init__,
            __new__,
            __call__,
            __name__,
            __qualname__,
            __module__,
            __doc__,
            __dict__,
            __class__,
            __getattr__,
            __getattribute__,
            __setattr__,
            __delattr__,
            __get__,
            __set__,
            __delete__,
            __repr__,
            __str__,
            __hash__,
            __eq__,
            __ne__,
            __lt__,
            __le__,
            __gt__,
            __ge__,
            __bool__,
            __len__,
            __iter__,
            __next__,
            __getitem__,
            __setitem__,
            __delitem__,
            __contains__,
            __enter__,
            __exit__,
            __index__,
            __int__,
            __float__,
            __build_class__,
            __classcell__,
            __builtins__,
            __annotations__,
            __all__,
            __file__,
            __package__,
            __spec__,
            __loader__,
            __init_subclass__,
            __set_name__,
            __prepare__,
            __mro_entries__,
            __slots__,
            __format__,
            __missing__,
            __reversed__,
            __del__,
            __instancecheck__,
            __subclasscheck__,
            __neg__,
            __pos__,
            __invert__,
            __abs__,
            __round__,
            __trunc__,
            __floor__,
            __ceil__,
            __complex__,
            __bytes__,
            __dir__,
            __class_getitem__,
            __length_hint__,
            __abstractmethods__,
            send,
            throw,
            close,
            keys,
            items,
            mro,
            metaclass,
        );
        let mut vm = Vm {
            stack: Vec::with_capacity(1 << 16),
            frames: Vec::with_capacity(256),
            blocks: Vec::with_capacity(256),
            handled: Value::NULL,
            last_stop_value: Value::NULL,
            depth: 0,
            recursion_limit: 1000,
            native_stack_floor: 0,
            steps_left: u64::MAX,
            builtins: Value::NULL,
            modules: convert::new_dict(),
            sys_module: Value::NULL,
            interned,
            type_cache: TypeCache::new(),
            names,
            streams: StdStreams {
                out: Box::new(std::io::BufWriter::with_capacity(
                    1 << 16,
                    std::io::stdout(),
                )),
                err: Box::new(std::io::stderr()),
            },
            argv: vec![String::new()],
            path: Vec::new(),
            repr_stack: Vec::new(),
            xoptions: Vec::new(),
            unbuffered: false,
            ignore_environment: false,
            isolated: false,
            eager_coro: true,
            warned: std::collections::HashSet::new(),
            asyncgen_firstiter: Value::NULL,
            asyncgen_finalizer: Value::NULL,
            main_package: None,
        };
        crate::builtins::init_builtins(&mut vm);
        // Without better knowledge assume the ordinary 2 MiB thread stack.
        vm.set_native_stack(2 << 20);
        vm
    }

    /// Tells the VM how much native stack the calling thread has (from
    /// here down); a margin is kept for Rust code below the last check.
    pub fn set_native_stack(&mut self, size: usize) {
        let here = 0u8;
        let sp = &here as *const u8 as usize;
        let margin = (256 << 10).min(size / 2);
        self.native_stack_floor = sp.saturating_sub(size - margin);
    }

    /// The interned str object for `s`.
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(v) = self.interned.get(s) {
            return v.clone();
        }
        let v = convert::new_str(s);
        self.interned.insert(Rc::from(s), v.clone());
        v
    }

    /// Flushes `sys.stdout`/`sys.stderr` buffers.
    pub fn flush_std(&mut self) {
        let _ = self.streams.out.flush();
        let _ = self.streams.err.flush();
    }

    /// Writes to stdout (the runtime's own buffered stream).
    pub fn write_out(&mut self, s: &str) {
        let _ = self.streams.out.write_all(s.as_bytes());
        if self.unbuffered {
            let _ = self.streams.out.flush();
        }
    }

    pub fn write_err(&mut self, s: &str) {
        let _ = self.streams.out.flush();
        let _ = self.streams.err.write_all(s.as_bytes());
        let _ = self.streams.err.flush();
    }

    /// Enters a native re-entry (a call from Rust into Python code).
    #[inline]
    pub fn enter_recursion(&mut self) -> PyResult<()> {
        self.depth += 1;
        if self.steps_left == 0 {
            self.depth -= 1;
            return Err(self.new_error(
                &crate::builtins::exc::RUNTIME_ERROR,
                "step budget exhausted",
            ));
        }
        let here = 0u8;
        let near_stack_end = (&here as *const u8 as usize) < self.native_stack_floor;
        if self.depth > self.recursion_limit || near_stack_end {
            self.depth -= 1;
            return Err(self.new_error(
                &crate::builtins::exc::RECURSION_ERROR,
                "maximum recursion depth exceeded",
            ));
        }
        Ok(())
    }

    #[inline]
    pub fn leave_recursion(&mut self) {
        self.depth -= 1;
    }
}
