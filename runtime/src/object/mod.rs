//! The object model: `Value`, heap object layouts, builtin type statics.
//!
//! Every heap object is a `PyObj<T>`: the `#[repr(C)]` header (reference
//! count, type pointer) followed by a payload `T`. A type's [`Layout`] says
//! which payload its instances carry; `Value::downcast` checks it.

pub mod dict;
pub mod set;
#[cfg(test)]
mod tests;
pub mod typeobj;
pub mod value;

use std::borrow::Cow;
use std::cell::{Cell, UnsafeCell};
use std::ptr::NonNull;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::bytecode::CodeObject;
use crate::interp::SavedFrame;
use crate::vm::{PyResult, Vm};
pub use dict::DictTable;
pub use set::SetTable;
pub use typeobj::{
    bump_type_epoch, hook_flags, type_epoch, type_flags, Layout, TypeCache, TypeObject,
};
pub use value::{ObjHeader, PyObj, Value, IMMORTAL, SMALL_MAX, SMALL_MIN};

/// A mutable reference slot inside an object (single-threaded interior
/// mutability; no borrow is ever held across a call into Python).
pub struct Slot(UnsafeCell<Value>);

impl Slot {
    pub const fn new(v: Value) -> Slot {
        Slot(UnsafeCell::new(v))
    }
    pub const fn null() -> Slot {
        Slot(UnsafeCell::new(Value::NULL))
    }
    /// A new reference to the content (NULL if empty).
    #[inline]
    pub fn get(&self) -> Value {
        // SAFETY: single-threaded; the reference does not outlive this call.
        unsafe { (*self.0.get()).clone() }
    }
    /// Replaces the content; the old value is dropped after the write, so a
    /// finalizer it triggers sees the new state.
    #[inline]
    pub fn set(&self, v: Value) {
        // SAFETY: single-threaded; no borrow of the slot is alive.
        let old = unsafe { std::mem::replace(&mut *self.0.get(), v) };
        drop(old);
    }
    #[inline]
    pub fn is_null(&self) -> bool {
        // SAFETY: single-threaded read.
        unsafe { (*self.0.get()).is_null() }
    }
    /// Borrow the content. Callers must not run Python code (which could
    /// `set` this slot) while the borrow is alive.
    #[inline]
    pub fn get_ref(&self) -> &Value {
        // SAFETY: see the method's contract.
        unsafe { &*self.0.get() }
    }
}

// ---------------------------------------------------------------------------
// Payloads

pub struct BigIntData(pub BigInt);
pub struct BoolData(pub bool);
pub struct FloatData(pub f64);
pub struct ComplexData {
    pub re: f64,
    pub im: f64,
}

pub struct StrData {
    pub s: Box<str>,
    /// Cached hash; -1 until computed.
    pub hash: Cell<i64>,
    /// Length in characters (== byte length when ASCII).
    pub chars: usize,
    /// Non-ASCII strings: the byte offset of every
    /// [`STR_INDEX_STRIDE`]-th character, built on the first indexed access,
    /// so indexing, slicing and searching from a position cost
    /// O(log n + stride) instead of a scan from the start.
    pub index: std::cell::OnceCell<Box<[usize]>>,
}

/// Characters between two entries of [`StrData::index`].
pub const STR_INDEX_STRIDE: usize = 32;

impl StrData {
    pub fn new(s: Box<str>) -> StrData {
        StrData {
            chars: s.chars().count(),
            s,
            hash: Cell::new(-1),
            index: std::cell::OnceCell::new(),
        }
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    fn char_index_table(&self) -> &[usize] {
        self.index.get_or_init(|| {
            self.s
                .char_indices()
                .step_by(STR_INDEX_STRIDE)
                .map(|(b, _)| b)
                .collect()
        })
    }

    /// Byte offset of character `ci` (the length for `ci >= chars`).
    #[inline]
    pub fn byte_offset(&self, ci: usize) -> usize {
        if self.is_ascii() {
            return ci.min(self.s.len());
        }
        if ci >= self.chars {
            return self.s.len();
        }
        let (from, skip) = if self.chars <= STR_INDEX_STRIDE {
            (0, ci)
        } else {
            let t = self.char_index_table();
            (t[ci / STR_INDEX_STRIDE], ci % STR_INDEX_STRIDE)
        };
        self.s[from..]
            .char_indices()
            .nth(skip)
            .map_or(self.s.len(), |(b, _)| from + b)
    }

    /// Character index of byte offset `b` (a char boundary).
    #[inline]
    pub fn char_index(&self, b: usize) -> usize {
        if self.is_ascii() {
            return b;
        }
        if self.chars <= STR_INDEX_STRIDE {
            return self.s[..b].chars().count();
        }
        let t = self.char_index_table();
        let block = t.partition_point(|&x| x <= b).saturating_sub(1);
        block * STR_INDEX_STRIDE + self.s[t[block]..b].chars().count()
    }

    /// Character `i` (which must be below `chars`).
    #[inline]
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            return self.s.as_bytes()[i] as char;
        }
        let b = self.byte_offset(i);
        self.s[b..].chars().next().unwrap_or('\0')
    }
}

pub struct BytesData {
    pub b: Box<[u8]>,
    pub hash: Cell<i64>,
}

pub struct ByteArrayData {
    pub b: UnsafeCell<Vec<u8>>,
}

pub struct TupleData {
    pub items: Box<[Value]>,
    pub hash: Cell<i64>,
}

impl Drop for TupleData {
    fn drop(&mut self) {
        // Last to first, as CPython.
        for v in self.items.iter_mut().rev() {
            drop(v.take());
        }
    }
}

pub struct ListData {
    pub items: UnsafeCell<Vec<Value>>,
}

impl Drop for ListData {
    fn drop(&mut self) {
        // Items are released last to first, as CPython does (visible
        // through the order `__del__` methods run).
        let items = self.items.get_mut();
        while let Some(v) = items.pop() {
            drop(v);
        }
    }
}

impl ListData {
    /// Borrow the items. Do not call Python code while holding the borrow.
    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub fn vec(&self) -> &mut Vec<Value> {
        // SAFETY: single-threaded; callers keep borrows short and never hold
        // one across a call that can run Python code.
        unsafe { &mut *self.items.get() }
    }
}

pub struct DictData {
    pub table: UnsafeCell<DictTable>,
}

impl DictData {
    /// Borrow the table. Do not call Python code while holding the borrow.
    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub fn table(&self) -> &mut DictTable {
        // SAFETY: as for `ListData::vec`.
        unsafe { &mut *self.table.get() }
    }
}

pub struct SetData {
    pub table: UnsafeCell<SetTable>,
}

impl SetData {
    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub fn table(&self) -> &mut SetTable {
        // SAFETY: as for `ListData::vec`.
        unsafe { &mut *self.table.get() }
    }
}

pub struct RangeData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub struct SliceData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// Where a global name was found, valid while both dicts' key sets are
/// unchanged (`keys_version`).
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    pub globals_keys: u64,
    /// 0 when the name was found in the globals.
    pub builtins_keys: u64,
    pub index: u32,
}

/// Inline cache of LOAD_ATTR/STORE_ATTR/LOAD_METHOD for one name of a code
/// object: valid for instances of type `ty` while the type epoch is `epoch`
/// (any class attribute change moves the epoch on).
#[derive(Clone, Copy, Default)]
pub struct AttrCache {
    pub ty: usize,
    pub epoch: u64,
    pub kind: u8,
    /// For `ATTR_METHOD`: the function found on the type (kept alive by the
    /// type's dict for as long as the epoch is unchanged).
    pub value: usize,
}

/// `AttrCache::kind`: the type defines nothing under the name and no
/// attribute hooks, so the attribute lives in the instance `__dict__`.
pub const ATTR_INSTANCE: u8 = 1;
/// `AttrCache::kind`: the name is a plain Python function on the type.
pub const ATTR_METHOD: u8 = 2;

/// A code object as the runtime sees it: the compiled code plus its
/// constants and names turned into objects once.
pub struct CodeData {
    pub code: Rc<CodeObject>,
    /// Inline caches of LOAD_GLOBAL, one per name (see `interp.rs`).
    pub global_cache: Box<[Cell<GlobalCache>]>,
    /// Inline caches of attribute instructions, one per name.
    pub attr_cache: Box<[Cell<AttrCache>]>,
    pub consts: Box<[Value]>,
    pub names: Box<[Value]>,
    pub varnames: Box<[Value]>,
    /// cellvars ++ freevars, as str objects.
    pub cell_names: Box<[Value]>,
    pub filename: Value,
    pub name: Value,
}

pub struct FunctionData {
    pub code: Value,
    pub globals: Value,
    pub name: Slot,
    pub qualname: Slot,
    pub defaults: Slot,
    pub kwdefaults: Slot,
    pub closure: Value,
    pub doc: Slot,
    pub module: Slot,
    pub annotations: Slot,
    pub dict: Slot,
}

/// Native function: positional arguments first, then the values of the
/// keyword arguments named by `kwnames`.
pub struct Args<'a> {
    pub all: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(all: &'a [Value], kwnames: &'a [Value]) -> Args<'a> {
        Args { all, kwnames }
    }
    pub fn positional(all: &'a [Value]) -> Args<'a> {
        Args { all, kwnames: &[] }
    }
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.all[..self.all.len() - self.kwnames.len()]
    }
    #[inline]
    pub fn kwvalues(&self) -> &'a [Value] {
        &self.all[self.all.len() - self.kwnames.len()..]
    }
    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }
}

pub type NativeFn = fn(&mut Vm, Args<'_>) -> PyResult<Value>;

pub struct BuiltinFunctionData {
    pub name: &'static str,
    pub func: NativeFn,
    /// The bound receiver, or NULL for a plain function / unbound method descriptor.
    pub self_: Value,
    /// For method descriptors: the type that defines them (NULL otherwise).
    pub owner: Value,
    pub doc: Option<&'static str>,
    /// `staticmethod`-like builtins on types (`dict.fromkeys` is a classmethod).
    pub kind: BuiltinKind,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BuiltinKind {
    Function,
    Method,
    ClassMethod,
    StaticMethod,
}

pub struct MethodData {
    pub func: Value,
    pub self_: Value,
}

pub struct CellData {
    pub value: Slot,
}

pub struct ModuleData {
    pub dict: Value,
}

pub struct ExceptionData {
    pub args: Slot,
    pub traceback: Slot,
    pub cause: Slot,
    pub context: Slot,
    pub suppress_context: Cell<bool>,
    pub dict: Slot,
}

pub struct InstanceData {
    pub dict: Slot,
    /// `__slots__` values, indexed by member descriptors (NULL = unset).
    pub slots: Box<[Slot]>,
}

impl InstanceData {
    pub fn new(nslots: usize) -> InstanceData {
        InstanceData {
            dict: Slot::null(),
            slots: (0..nslots).map(|_| Slot::null()).collect(),
        }
    }
}

/// Payload of an instance of a class derived from a builtin type: the
/// builtin's payload first (so `downcast::<T>` works by prefix), then the
/// instance `__dict__`.
#[repr(C)]
pub struct SubData<T> {
    pub base: T,
    pub dict: Slot,
}

/// A `__slots__` member descriptor.
pub struct MemberData {
    pub name: Value,
    pub index: usize,
    pub owner: Value,
}

/// Which of the three frame-suspending object kinds a [`GeneratorData`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    /// The kind a function with these code flags creates, if any.
    pub fn of_code_flags(flags: u32) -> Option<GenKind> {
        use crate::bytecode::code_flags as cf;
        if flags & cf::GENERATOR != 0 {
            Some(GenKind::Generator)
        } else if flags & cf::COROUTINE != 0 {
            Some(GenKind::Coroutine)
        } else if flags & cf::ASYNC_GENERATOR != 0 {
            Some(GenKind::AsyncGenerator)
        } else {
            None
        }
    }

    pub fn type_object(self) -> &'static TypeObject {
        match self {
            GenKind::Generator => &GENERATOR_TYPE,
            GenKind::Coroutine => &COROUTINE_TYPE,
            GenKind::AsyncGenerator => &ASYNC_GENERATOR_TYPE,
        }
    }

    /// The word CPython's messages use ("generator already executing").
    pub fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

/// A generator, coroutine or async generator (all share the layout; the
/// type object and `kind` tell them apart).
pub struct GeneratorData {
    pub frame: UnsafeCell<Option<Box<SavedFrame>>>,
    pub running: Cell<bool>,
    pub name: Slot,
    pub qualname: Slot,
    pub code: Value,
    pub kind: GenKind,
    /// Async generators: `sys.set_asyncgen_hooks`'s finalizer, captured at
    /// the first iteration (NULL when none or not yet iterated).
    pub finalizer: Slot,
    pub hooks_inited: Cell<bool>,
}

/// What an [`AwaitData`] awaitable does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AwaitKind {
    /// `coroutine.__await__()`: an iterator driving the coroutine.
    CoroWrapper,
    /// `agen.asend(v)` / `agen.__anext__()`.
    ASend,
    /// `agen.athrow(...)`.
    AThrow,
    /// `agen.aclose()`.
    AClose,
}

/// Progress of an async-generator awaitable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AwaitState {
    Init,
    Iter,
    Closed,
}

/// The iterator objects that drive coroutines and async generators.
pub struct AwaitData {
    pub kind: AwaitKind,
    /// The coroutine or async generator.
    pub gen: Value,
    /// ASend: the value to send first; AThrow: the exception to throw.
    pub value: Slot,
    pub state: Cell<AwaitState>,
}

pub struct PropertyData {
    pub fget: Slot,
    pub fset: Slot,
    pub fdel: Slot,
    pub doc: Slot,
}

pub struct FuncWrapperData {
    pub func: Slot,
    pub dict: Slot,
}

pub struct SuperData {
    pub ty: Value,
    pub obj: Value,
    pub obj_type: Value,
}

pub struct TracebackData {
    pub next: Slot,
    pub code: Value,
    /// The frame's globals (for `tb_frame.f_globals`).
    pub globals: Value,
    pub lineno: u32,
}

/// A frame as Python code sees it (`sys._getframe()`): a snapshot of the
/// running frame's code, namespaces and line.
pub struct FrameData {
    pub code: Value,
    pub globals: Value,
    pub locals: Value,
    pub lineno: u32,
    /// The caller's frame object, or None.
    pub back: Value,
}

pub struct DictViewData {
    pub dict: Value,
}

pub enum IterKind {
    /// Index-based iteration over a list, tuple or str.
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    BigRange {
        next: Value,
        stop: Value,
        step: Value,
    },
    DictKeys {
        dict: Value,
        pos: usize,
        len: usize,
    },
    DictValues {
        dict: Value,
        pos: usize,
        len: usize,
    },
    DictItems {
        dict: Value,
        pos: usize,
        len: usize,
    },
    Set {
        set: Value,
        pos: usize,
        len: usize,
    },
    Reversed {
        seq: Value,
        index: isize,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Python-level `__getitem__` iteration.
    GetItem {
        obj: Value,
        index: i64,
    },
    Exhausted,
}

pub struct IterData {
    pub kind: UnsafeCell<IterKind>,
}

impl IterData {
    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub fn kind(&self) -> &mut IterKind {
        // SAFETY: as for `ListData::vec`.
        unsafe { &mut *self.kind.get() }
    }
}

pub struct Unit;

// ---------------------------------------------------------------------------
// Allocation, deallocation, downcasting

/// Links a payload type to its layout, for checked downcasts.
pub trait Payload: Sized {
    const LAYOUT: Layout;
}

macro_rules! payload {
    ($($t:ty => $l:ident),* $(,)?) => { $(impl Payload for $t { const LAYOUT: Layout = Layout::$l; })* };
}

payload! {
    BigIntData => Int, BoolData => Bool, FloatData => Float, ComplexData => Complex,
    StrData => Str, BytesData => Bytes, ByteArrayData => ByteArray, TupleData => Tuple, ListData => List,
    DictData => Dict, RangeData => Range, SliceData => Slice,
    CodeData => Code, FunctionData => Function, BuiltinFunctionData => BuiltinFunction,
    MethodData => Method, CellData => Cell, ModuleData => Module, ExceptionData => Exception,
    GeneratorData => Generator, AwaitData => Awaitable, PropertyData => Property, SuperData => Super,
    TracebackData => Traceback, DictViewData => DictView, IterData => Iterator,
    InstanceData => Object,
}

/// Frees a `PyObj<T>` allocated by [`alloc`].
///
/// # Safety
/// `p` must be a `PyObj<T>` from [`alloc`] whose count reached zero.
pub unsafe fn dealloc_box<T>(p: *mut ObjHeader) {
    // SAFETY: guaranteed by the caller.
    drop(unsafe { Box::from_raw(p as *mut PyObj<T>) });
}

/// The deallocator for instances carrying payload `T` (type objects are
/// their own layout, not a `PyObj`).
pub const fn dealloc_for<T: 'static>() -> unsafe fn(*mut ObjHeader) {
    dealloc_box::<T>
}

/// Frees a heap type object.
///
/// # Safety
/// `p` must be a boxed heap `TypeObject` whose count reached zero.
pub unsafe fn dealloc_type(p: *mut ObjHeader) {
    let t = p as *mut TypeObject;
    // SAFETY: guaranteed by the caller; the type's bases are still alive
    // (it holds references to them until the box is dropped below).
    unsafe {
        for b in (*t).bases() {
            if let Some(bt) = b.as_type() {
                bt.remove_subclass(t);
            }
        }
        bump_type_epoch();
        drop(Box::from_raw(t));
    }
}

/// The deallocator and the `__dict__` offset for instances of a class whose
/// solid base has `layout`; None when such a base cannot be subclassed.
pub fn subclass_layout(layout: Layout) -> Option<(unsafe fn(*mut ObjHeader), usize)> {
    use std::mem::offset_of;
    macro_rules! sub {
        ($t:ty) => {
            Some((
                dealloc_box::<SubData<$t>> as unsafe fn(*mut ObjHeader),
                offset_of!(PyObj<SubData<$t>>, data) + offset_of!(SubData<$t>, dict),
            ))
        };
    }
    match layout {
        Layout::Object => Some((
            dealloc_box::<InstanceData>,
            offset_of!(PyObj<InstanceData>, data) + offset_of!(InstanceData, dict),
        )),
        Layout::Exception => Some((
            dealloc_box::<ExceptionData>,
            offset_of!(PyObj<ExceptionData>, data) + offset_of!(ExceptionData, dict),
        )),
        Layout::Type => Some((dealloc_type, 0)),
        Layout::Int => sub!(BigIntData),
        Layout::Float => sub!(FloatData),
        Layout::Complex => sub!(ComplexData),
        Layout::Str => sub!(StrData),
        Layout::Bytes => sub!(BytesData),
        Layout::ByteArray => sub!(ByteArrayData),
        Layout::Tuple => sub!(TupleData),
        Layout::List => sub!(ListData),
        Layout::Dict => sub!(DictData),
        Layout::Set | Layout::FrozenSet => sub!(SetData),
        Layout::Module => sub!(ModuleData),
        Layout::Property => sub!(PropertyData),
        Layout::StaticMethod | Layout::ClassMethod => sub!(FuncWrapperData),
        Layout::Iterator => sub!(IterData),
        Layout::Random => sub!(crate::modules::random::RandomData),
        _ => None,
    }
}

/// Allocates an instance of `cls` with builtin payload `data`: the plain
/// object when `cls` is the builtin type `exact` itself, otherwise the
/// payload followed by an instance dict.
pub fn alloc_instance<T: 'static>(cls: &TypeObject, exact: &TypeObject, data: T) -> Value {
    if std::ptr::eq(cls, exact) {
        alloc(cls, data)
    } else {
        alloc(
            cls,
            SubData {
                base: data,
                dict: Slot::null(),
            },
        )
    }
}

/// Never called: statics are immortal.
///
/// # Safety
/// Always safe to call; it aborts loudly because it means a refcount bug.
pub unsafe fn dealloc_static(_p: *mut ObjHeader) {
    panic!("reference count of a static object reached zero");
}

#[cfg(any(test, feature = "object-count"))]
thread_local! {
    static LIVE_OBJECTS: Cell<isize> = const { Cell::new(0) };
}

/// Heap objects allocated and not yet freed on this thread (only counted in
/// tests and with the `object-count` feature; otherwise always 0).
pub fn live_objects() -> isize {
    #[cfg(any(test, feature = "object-count"))]
    {
        LIVE_OBJECTS.with(|c| c.get())
    }
    #[cfg(not(any(test, feature = "object-count")))]
    {
        0
    }
}

/// Counts a heap type allocated outside [`alloc`] (freed through `dealloc_one`).
pub fn count_heap_type() {
    count_object(1);
}

#[inline(always)]
fn count_object(delta: isize) {
    #[cfg(any(test, feature = "object-count"))]
    LIVE_OBJECTS.with(|c| c.set(c.get() + delta));
    let _ = delta;
}

/// Allocates a heap object of type `ty` with payload `data`.
pub fn alloc<T>(ty: &TypeObject, data: T) -> Value {
    count_object(1);
    if ty.is_heap() {
        // Instances keep their heap type alive.
        std::mem::forget(ty.to_value());
    }
    let b = Box::new(PyObj {
        header: ObjHeader {
            refcnt: Cell::new(1),
            ty: Cell::new(ty as *const TypeObject),
        },
        data,
    });
    let p = NonNull::from(Box::leak(b)).cast::<ObjHeader>();
    // SAFETY: a fresh allocation with count 1, owned by the new Value.
    unsafe { Value::from_owned_ptr(p) }
}

/// Runs the type's deallocator; deallocations started while another is in
/// progress are queued so long chains do not recurse on the native stack.
///
/// # Safety
/// `p` is a heap object whose count just reached zero.
pub(crate) unsafe fn dealloc_object(p: *mut ObjHeader) {
    // Objects that hold no references cannot start a chain of frees: free
    // them directly, without the queue's thread-local bookkeeping.
    // SAFETY: `p` is a dead object whose header (and type) is intact.
    let ty = unsafe { &*(*p).ty.get() };
    if !ty.is_heap()
        && matches!(
            ty.layout,
            Layout::Float | Layout::Int | Layout::Str | Layout::Bytes | Layout::Complex
        )
    {
        // SAFETY: the type's deallocator matches the object's layout.
        unsafe { (ty.dealloc)(p) };
        count_object(-1);
        return;
    }
    let queued = value::DEALLOC_QUEUE.try_with(|q| {
        if q.depth.get() > 0 {
            // SAFETY: single-threaded; the queue is only touched here.
            unsafe { (*q.pending.get()).push_back(p) };
            return;
        }
        q.depth.set(1);
        let mut next = Some(p);
        while let Some(obj) = next {
            // SAFETY: `obj` is dead and exclusively ours.
            unsafe { dealloc_one(obj) };
            // SAFETY: single-threaded queue access, no borrow outstanding.
            next = unsafe { (*q.pending.get()).pop_front() };
        }
        q.depth.set(0);
    });
    if queued.is_err() {
        // The thread is tearing down its locals: free directly.
        // SAFETY: `p` is dead and exclusively ours.
        unsafe { dealloc_one(p) };
    }
}

thread_local! {
    /// Objects whose `__del__` has run (or is queued): freed for real the
    /// next time their count reaches zero (PEP 442: a finalizer runs once).
    static FINALIZED: std::cell::RefCell<std::collections::HashSet<usize>> =
        std::cell::RefCell::new(std::collections::HashSet::new());
    /// Objects resurrected to run `__del__`, waiting for the interpreter.
    static PENDING_DEL: std::cell::RefCell<Vec<Value>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The next object whose `__del__` must run, if any.
pub fn take_pending_del() -> Option<Value> {
    PENDING_DEL
        .try_with(|q| {
            let mut q = q.borrow_mut();
            if q.is_empty() {
                None
            } else {
                Some(q.remove(0))
            }
        })
        .ok()
        .flatten()
}

unsafe fn dealloc_one(p: *mut ObjHeader) {
    // SAFETY: `p` is a dead object whose header is still intact.
    let ty = unsafe { (*p).ty.get() };
    // SAFETY: a type pointer in a header is always a live type.
    let tyref = unsafe { &*ty };
    let heap = tyref.is_heap();
    if heap && tyref.has_flag(type_flags::HAS_FINALIZER) {
        // During thread teardown the queues may be gone: then the object is
        // simply freed (as CPython skips finalizers at the very end).
        let first_time = FINALIZED
            .try_with(|f| f.borrow_mut().insert(p as usize))
            .unwrap_or(false);
        let queue_alive = PENDING_DEL.try_with(|_| ()).is_ok();
        if first_time && queue_alive {
            // Resurrect: the queue owns the object until `__del__` has run.
            // SAFETY: the object is intact; its count goes from 0 to 1.
            unsafe { (*p).refcnt.set(1) };
            // SAFETY: the count just set is owned by this Value.
            let v = unsafe { Value::from_owned_ptr(NonNull::new_unchecked(p)) };
            let _ = PENDING_DEL.try_with(|q| q.borrow_mut().push(v));
            crate::builtins::gen::FINALIZERS_PENDING
                .store(true, std::sync::atomic::Ordering::Relaxed);
            return;
        }
        let _ = FINALIZED.try_with(|f| f.borrow_mut().remove(&(p as usize)));
    }
    crate::modules::weakref::object_dying(p as usize);
    // SAFETY: the type's deallocator matches the object's layout.
    unsafe { (tyref.dealloc)(p) };
    count_object(-1);
    if heap {
        // Drop the reference the instance held on its heap type.
        // SAFETY: instances of heap types own one reference to the type.
        drop(unsafe { Value::from_raw(ty as usize) });
    }
}

impl Value {
    /// The object's type.
    #[inline(always)]
    pub fn ty(&self) -> &'static TypeObject {
        if self.is_ptr() {
            // SAFETY: pointer values refer to live objects whose type outlives
            // them (instances hold a reference to heap types).
            unsafe { &*(*self.header_ptr()).ty.get() }
        } else {
            &INT_TYPE
        }
    }

    /// True when the exact type is `ty`.
    #[inline(always)]
    pub fn is_exact(&self, ty: &TypeObject) -> bool {
        std::ptr::eq(self.ty(), ty)
    }

    /// The payload, when the object's layout is `T`'s (subclass instances included).
    #[inline(always)]
    pub fn downcast<T: Payload>(&self) -> Option<&T> {
        if self.is_ptr() && self.ty().layout == T::LAYOUT {
            // SAFETY: the layout tag guarantees the object is a PyObj<T> prefix.
            Some(unsafe { &(*(self.header_ptr() as *const PyObj<T>)).data })
        } else {
            None
        }
    }

    /// The payload without checking.
    ///
    /// # Safety
    /// The object's layout must be `T`'s.
    #[inline(always)]
    pub unsafe fn payload_unchecked<T>(&self) -> &T {
        // SAFETY: guaranteed by the caller.
        unsafe { &(*(self.header_ptr() as *const PyObj<T>)).data }
    }

    #[inline(always)]
    pub fn is_none(&self) -> bool {
        self.raw() == &NONE as *const StaticObj<Unit> as usize
    }

    pub fn as_str(&self) -> Option<&str> {
        self.downcast::<StrData>().map(|s| &*s.s)
    }

    pub fn as_type(&self) -> Option<&TypeObject> {
        if self.is_ptr() && self.ty().layout == Layout::Type {
            // SAFETY: type objects start with their header; layout checked.
            Some(unsafe { &*(self.header_ptr() as *const TypeObject) })
        } else {
            None
        }
    }

    /// The instance `__dict__` slot, when the type has one.
    pub fn dict_slot(&self) -> Option<&Slot> {
        if !self.is_ptr() {
            return None;
        }
        let off = self.ty().dict_offset.get();
        if off == 0 {
            return None;
        }
        // SAFETY: dict_offset is set only for layouts that have a Slot there.
        Some(unsafe { &*((self.header_ptr() as *const u8).add(off) as *const Slot) })
    }
}

// ---------------------------------------------------------------------------
// Static singletons and builtin types

/// A statically allocated object (None, True, …).
#[repr(C)]
pub struct StaticObj<T>(pub PyObj<T>);
// SAFETY: touched only by the interpreter's thread (see TypeObject).
unsafe impl<T> Sync for StaticObj<T> {}

impl<T> StaticObj<T> {
    pub fn value(&'static self) -> Value {
        // SAFETY: statics are immortal live objects.
        unsafe { Value::from_borrowed_ptr(&self.0.header as *const ObjHeader) }
    }
}

const fn static_obj<T>(ty: &'static TypeObject, data: T) -> StaticObj<T> {
    StaticObj(PyObj {
        header: ObjHeader {
            refcnt: Cell::new(IMMORTAL),
            ty: Cell::new(ty as *const TypeObject),
        },
        data,
    })
}

pub static NONE: StaticObj<Unit> = static_obj(&NONE_TYPE, Unit);
pub static NOT_IMPLEMENTED: StaticObj<Unit> = static_obj(&NOT_IMPLEMENTED_TYPE, Unit);
pub static ELLIPSIS: StaticObj<Unit> = static_obj(&ELLIPSIS_TYPE, Unit);
pub static TRUE: StaticObj<BoolData> = static_obj(&BOOL_TYPE, BoolData(true));
pub static FALSE: StaticObj<BoolData> = static_obj(&BOOL_TYPE, BoolData(false));

impl Value {
    #[inline(always)]
    pub fn none() -> Value {
        NONE.value()
    }
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b {
            TRUE.value()
        } else {
            FALSE.value()
        }
    }
    pub fn not_implemented() -> Value {
        NOT_IMPLEMENTED.value()
    }
    pub fn is_not_implemented(&self) -> bool {
        self.raw() == &NOT_IMPLEMENTED as *const StaticObj<Unit> as usize
    }
    #[inline(always)]
    pub fn is_true_obj(&self) -> bool {
        self.raw() == &TRUE as *const StaticObj<BoolData> as usize
    }
    #[inline(always)]
    pub fn is_false_obj(&self) -> bool {
        self.raw() == &FALSE as *const StaticObj<BoolData> as usize
    }
}

macro_rules! builtin_types {
    ($($stat:ident = ($name:literal, $layout:ident, $payload:ty, $flags:expr);)*) => {
        $(pub static $stat: TypeObject =
            TypeObject::builtin($name, Layout::$layout, dealloc_for::<$payload>(), $flags);)*
        /// Every builtin type static, for start-up initialisation.
        pub fn all_builtin_types() -> Vec<&'static TypeObject> { vec![&TYPE_TYPE, $(&$stat,)*] }
    };
}

const BASE: u32 = type_flags::BASETYPE;

pub static TYPE_TYPE: TypeObject = TypeObject::builtin("type", Layout::Type, dealloc_type, BASE);

builtin_types! {
    OBJECT_TYPE = ("object", Object, InstanceData, BASE);
    INT_TYPE = ("int", Int, BigIntData, BASE);
    BOOL_TYPE = ("bool", Bool, BoolData, 0);
    FLOAT_TYPE = ("float", Float, FloatData, BASE);
    COMPLEX_TYPE = ("complex", Complex, ComplexData, BASE);
    STR_TYPE = ("str", Str, StrData, BASE);
    BYTES_TYPE = ("bytes", Bytes, BytesData, BASE);
    BYTEARRAY_TYPE = ("bytearray", ByteArray, ByteArrayData, BASE);
    TUPLE_TYPE = ("tuple", Tuple, TupleData, BASE);
    LIST_TYPE = ("list", List, ListData, BASE);
    DICT_TYPE = ("dict", Dict, DictData, BASE);
    SET_TYPE = ("set", Set, SetData, BASE);
    FROZENSET_TYPE = ("frozenset", FrozenSet, SetData, BASE);
    RANGE_TYPE = ("range", Range, RangeData, 0);
    SLICE_TYPE = ("slice", Slice, SliceData, 0);
    NONE_TYPE = ("NoneType", NoneType, Unit, 0);
    NOT_IMPLEMENTED_TYPE = ("NotImplementedType", NotImplementedType, Unit, 0);
    ELLIPSIS_TYPE = ("ellipsis", Ellipsis, Unit, 0);
    FUNCTION_TYPE = ("function", Function, FunctionData, 0);
    BUILTIN_FUNCTION_TYPE = ("builtin_function_or_method", BuiltinFunction, BuiltinFunctionData, 0);
    METHOD_DESCRIPTOR_TYPE = ("method_descriptor", BuiltinFunction, BuiltinFunctionData, 0);
    METHOD_TYPE = ("method", Method, MethodData, 0);
    CELL_TYPE = ("cell", Cell, CellData, 0);
    CODE_TYPE = ("code", Code, CodeData, 0);
    MODULE_TYPE = ("module", Module, ModuleData, BASE);
    GENERATOR_TYPE = ("generator", Generator, GeneratorData, 0);
    COROUTINE_TYPE = ("coroutine", Generator, GeneratorData, 0);
    ASYNC_GENERATOR_TYPE = ("async_generator", Generator, GeneratorData, 0);
    CORO_WRAPPER_TYPE = ("coroutine_wrapper", Awaitable, AwaitData, 0);
    ASYNC_GEN_ASEND_TYPE = ("async_generator_asend", Awaitable, AwaitData, 0);
    ASYNC_GEN_ATHROW_TYPE = ("async_generator_athrow", Awaitable, AwaitData, 0);
    PROPERTY_TYPE = ("property", Property, PropertyData, BASE);
    STATICMETHOD_TYPE = ("staticmethod", StaticMethod, FuncWrapperData, BASE);
    CLASSMETHOD_TYPE = ("classmethod", ClassMethod, FuncWrapperData, BASE);
    SUPER_TYPE = ("super", Super, SuperData, BASE);
    TRACEBACK_TYPE = ("traceback", Traceback, TracebackData, 0);
    DICT_KEYS_TYPE = ("dict_keys", DictView, DictViewData, 0);
    DICT_VALUES_TYPE = ("dict_values", DictView, DictViewData, 0);
    DICT_ITEMS_TYPE = ("dict_items", DictView, DictViewData, 0);
    LIST_ITERATOR_TYPE = ("list_iterator", Iterator, IterData, 0);
    TUPLE_ITERATOR_TYPE = ("tuple_iterator", Iterator, IterData, 0);
    STR_ITERATOR_TYPE = ("str_iterator", Iterator, IterData, 0);
    BYTES_ITERATOR_TYPE = ("bytes_iterator", Iterator, IterData, 0);
    RANGE_ITERATOR_TYPE = ("range_iterator", Iterator, IterData, 0);
    DICT_KEYITERATOR_TYPE = ("dict_keyiterator", Iterator, IterData, 0);
    DICT_VALUEITERATOR_TYPE = ("dict_valueiterator", Iterator, IterData, 0);
    DICT_ITEMITERATOR_TYPE = ("dict_itemiterator", Iterator, IterData, 0);
    SET_ITERATOR_TYPE = ("set_iterator", Iterator, IterData, 0);
    REVERSED_TYPE = ("reversed", Iterator, IterData, BASE);
    LIST_REVERSEITERATOR_TYPE = ("list_reverseiterator", Iterator, IterData, 0);
    ENUMERATE_TYPE = ("enumerate", Iterator, IterData, BASE);
    ZIP_TYPE = ("zip", Iterator, IterData, BASE);
    MAP_TYPE = ("map", Iterator, IterData, BASE);
    FILTER_TYPE = ("filter", Iterator, IterData, BASE);
    CALLABLE_ITERATOR_TYPE = ("callable_iterator", Iterator, IterData, 0);
    ITERATOR_TYPE = ("iterator", Iterator, IterData, 0);
    MEMBER_DESCRIPTOR_TYPE = ("member_descriptor", Member, MemberData, 0);
    MAPPINGPROXY_TYPE = ("mappingproxy", MappingProxy, DictViewData, 0);
    FRAME_TYPE = ("frame", Frame, FrameData, 0);
    TEXT_STREAM_TYPE = ("TextIOWrapper", Object, InstanceData, 0);
}

payload! { SetData => Set, FuncWrapperData => StaticMethod, MemberData => Member, FrameData => Frame }

impl Value {
    pub fn as_set(&self) -> Option<&SetData> {
        if self.is_ptr() && matches!(self.ty().layout, Layout::Set | Layout::FrozenSet) {
            // SAFETY: both layouts carry SetData.
            Some(unsafe { self.payload_unchecked::<SetData>() })
        } else {
            None
        }
    }
    pub fn as_func_wrapper(&self) -> Option<&FuncWrapperData> {
        if self.is_ptr() && matches!(self.ty().layout, Layout::StaticMethod | Layout::ClassMethod) {
            // SAFETY: both layouts carry FuncWrapperData.
            Some(unsafe { self.payload_unchecked::<FuncWrapperData>() })
        } else {
            None
        }
    }
}

/// Name of a type for messages (`'int'`).
pub fn type_name(v: &Value) -> Cow<'static, str> {
    Cow::Owned(v.ty().name().to_string())
}
