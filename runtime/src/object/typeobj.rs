//! Type objects. Builtin types are `static`s (their addresses are constants,
//! so an exact type check is one pointer comparison); classes made by
//! `class` statements are heap objects with the same layout.

use std::borrow::Cow;
use std::cell::{Cell, UnsafeCell};

use super::value::{ObjHeader, Value, IMMORTAL};

/// The payload shape instances of a type have; subclasses share their solid
/// base's layout as a prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Function,
    BuiltinFunction,
    Method,
    Cell,
    Code,
    Module,
    Type,
    Exception,
    Generator,
    /// Coroutine wrappers and async-generator awaitables (`AwaitData`).
    Awaitable,
    Iterator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Traceback,
    DictView,
    Frame,
    Member,
    MappingProxy,
    File,
    /// `_random.Random` (payload in `modules/random.rs`).
    Random,
}

/// Flag bits of [`TypeObject::flags`].
/// Bits of [`TypeObject::hooks`]: attribute hooks defined in Python.
pub mod hook_flags {
    pub const GETATTRIBUTE: u32 = 1 << 0;
    pub const GETATTR: u32 = 1 << 1;
    pub const SETATTR: u32 = 1 << 2;
    pub const DELATTR: u32 = 1 << 3;
}

pub mod type_flags {
    /// Allocated at run time (a `class` statement); instances hold a reference.
    pub const HEAP: u32 = 1 << 0;
    /// Python code may subclass it.
    pub const BASETYPE: u32 = 1 << 1;
    /// Instances are exceptions.
    pub const EXCEPTION: u32 = 1 << 2;
    /// Defines `__eq__` but not `__hash__`: instances are unhashable.
    pub const UNHASHABLE: u32 = 1 << 3;
    /// Has an abstract method left (set by `abc`).
    pub const ABSTRACT: u32 = 1 << 4;
    /// Instances have a `__del__` to run before they are freed.
    pub const HAS_FINALIZER: u32 = 1 << 5;
}

/// A type object. `#[repr(C)]` with the object header first.
#[repr(C)]
pub struct TypeObject {
    pub header: ObjHeader,
    pub layout: Layout,
    pub flags: Cell<u32>,
    /// Frees an instance (its payload and memory).
    pub dealloc: unsafe fn(*mut ObjHeader),
    /// Offset of the instance `__dict__` slot (a `Value`) from the object
    /// start, 0 when instances have none.
    pub dict_offset: Cell<usize>,
    pub name: UnsafeCell<Cow<'static, str>>,
    pub qualname: UnsafeCell<Cow<'static, str>>,
    /// The solid base whose layout instances extend (null only for `object`).
    pub base: Cell<*const TypeObject>,
    pub bases: UnsafeCell<Vec<Value>>,
    pub mro: UnsafeCell<Vec<Value>>,
    /// The type's namespace: a dict object (NULL until the type is initialised).
    pub dict: UnsafeCell<Value>,
    /// Number of `__slots__` storage cells instances carry (inherited included).
    pub nslots: Cell<usize>,
    /// Direct subclasses (raw pointers; a subclass removes itself when freed).
    pub subclasses: UnsafeCell<Vec<usize>>,
    /// Which attribute hooks the type overrides (`hook_flags`), valid while
    /// the type epoch equals the first element.
    pub hooks: Cell<(u64, u32)>,
}

// SAFETY: the interpreter runs Python on one OS thread at a time (a GIL in
// future); builtin type statics are only touched by that thread.
unsafe impl Sync for TypeObject {}

/// Offset of the layout tag in a type object (for the JIT).
pub const OFFSET_TYPE_LAYOUT: usize = std::mem::offset_of!(TypeObject, layout);

impl TypeObject {
    /// A builtin type (its base, bases, mro and dict are filled in at start-up).
    pub const fn builtin(
        name: &'static str,
        layout: Layout,
        dealloc: unsafe fn(*mut ObjHeader),
        flags: u32,
    ) -> TypeObject {
        TypeObject {
            header: ObjHeader {
                refcnt: Cell::new(IMMORTAL),
                ty: Cell::new(&super::TYPE_TYPE as *const TypeObject),
            },
            layout,
            flags: Cell::new(flags),
            dealloc,
            dict_offset: Cell::new(0),
            name: UnsafeCell::new(Cow::Borrowed(name)),
            qualname: UnsafeCell::new(Cow::Borrowed(name)),
            base: Cell::new(std::ptr::null()),
            bases: UnsafeCell::new(Vec::new()),
            mro: UnsafeCell::new(Vec::new()),
            dict: UnsafeCell::new(Value::NULL),
            nslots: Cell::new(0),
            subclasses: UnsafeCell::new(Vec::new()),
            hooks: Cell::new((0, 0)),
        }
    }

    #[inline]
    pub fn name(&self) -> &str {
        // SAFETY: names are replaced only by `__name__` assignment, which
        // never runs while this borrow is alive (no Python code runs here).
        unsafe { &*self.name.get() }
    }

    pub fn qualname(&self) -> &str {
        // SAFETY: as for `name`.
        unsafe { &*self.qualname.get() }
    }

    pub fn set_name(&self, name: String) {
        // SAFETY: single-threaded; no outstanding borrow across this call.
        unsafe { *self.name.get() = Cow::Owned(name) }
    }

    pub fn set_qualname(&self, name: String) {
        // SAFETY: single-threaded; no outstanding borrow across this call.
        unsafe { *self.qualname.get() = Cow::Owned(name) }
    }

    /// The type's dict object.
    #[inline]
    pub fn dict(&self) -> &Value {
        // SAFETY: the dict slot is written once at initialisation.
        unsafe { &*self.dict.get() }
    }

    /// The method resolution order (starting with the type itself).
    #[inline]
    pub fn mro(&self) -> &[Value] {
        // SAFETY: the MRO is replaced only by class creation / `__bases__`
        // assignment, never while a borrow of it is held across Python code.
        unsafe { &*self.mro.get() }
    }

    pub fn bases(&self) -> &[Value] {
        // SAFETY: as for `mro`.
        unsafe { &*self.bases.get() }
    }

    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }

    pub fn is_heap(&self) -> bool {
        self.has_flag(type_flags::HEAP)
    }

    /// `issubclass(self, other)` by the MRO.
    pub fn is_subtype(&self, other: *const TypeObject) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        self.mro().iter().any(|t| t.raw() == other as usize)
    }

    pub fn slot_count(&self) -> usize {
        self.nslots.get()
    }

    /// Live direct subclasses.
    pub fn subclass_list(&self) -> Vec<Value> {
        // SAFETY: the list only holds live types (each removes itself on
        // deallocation); no borrow of it is held elsewhere.
        unsafe {
            (*self.subclasses.get())
                .iter()
                .map(|&p| (*(p as *const TypeObject)).to_value())
                .collect()
        }
    }

    pub fn add_subclass(&self, sub: &TypeObject) {
        // SAFETY: single-threaded; no other borrow of the list is alive.
        unsafe { (*self.subclasses.get()).push(sub as *const TypeObject as usize) }
    }

    pub fn remove_subclass(&self, sub: *const TypeObject) {
        // SAFETY: as above.
        unsafe { (*self.subclasses.get()).retain(|&p| p != sub as usize) }
    }

    /// A new reference to this type as a Value.
    pub fn to_value(&self) -> Value {
        // SAFETY: a type object is a live heap object (or an immortal static).
        unsafe { Value::from_borrowed_ptr(self as *const TypeObject as *const ObjHeader) }
    }

    pub fn as_ptr(&self) -> *const TypeObject {
        self as *const TypeObject
    }
}

/// Bumped whenever any type's attributes may have changed (a class attribute
/// set or deleted, a type freed): entries of the type-attribute cache carry
/// the epoch they were filled in and are ignored once it moves on.
static TYPE_EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

pub fn type_epoch() -> u64 {
    TYPE_EPOCH.load(std::sync::atomic::Ordering::Relaxed)
}

pub fn bump_type_epoch() {
    TYPE_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

struct CacheEntry {
    ty: usize,
    /// Holds the name alive so its address cannot be reused by another string.
    name: Value,
    epoch: u64,
    /// NULL: known absent.
    value: Value,
}

/// A direct-mapped cache of MRO lookups keyed by (type, name object).
pub struct TypeCache {
    entries: std::cell::UnsafeCell<Vec<CacheEntry>>,
}

const CACHE_SIZE: usize = 4096;

impl TypeCache {
    pub fn new() -> TypeCache {
        TypeCache {
            entries: std::cell::UnsafeCell::new(
                (0..CACHE_SIZE)
                    .map(|_| CacheEntry {
                        ty: 0,
                        name: Value::NULL,
                        epoch: 0,
                        value: Value::NULL,
                    })
                    .collect(),
            ),
        }
    }

    #[inline]
    fn slot(ty: &TypeObject, name: &Value) -> usize {
        let h = (ty as *const TypeObject as usize >> 4) ^ (name.raw() >> 3).wrapping_mul(31);
        h & (CACHE_SIZE - 1)
    }

    /// The cached result of looking `name` up on `ty`, if fresh: `Some(None)` = absent.
    #[inline]
    pub fn get(&self, ty: &TypeObject, name: &Value) -> Option<Option<Value>> {
        // SAFETY: single-threaded; the borrow ends before returning.
        let entries = unsafe { &*self.entries.get() };
        let e = &entries[Self::slot(ty, name)];
        if e.ty == ty as *const TypeObject as usize && e.name.is(name) && e.epoch == type_epoch() {
            Some(if e.value.is_null() {
                None
            } else {
                Some(e.value.clone())
            })
        } else {
            None
        }
    }

    #[inline]
    pub fn put(&self, ty: &TypeObject, name: &Value, value: Option<&Value>) {
        let old = {
            // SAFETY: single-threaded; no other borrow of the entries is alive.
            let entries = unsafe { &mut *self.entries.get() };
            std::mem::replace(
                &mut entries[Self::slot(ty, name)],
                CacheEntry {
                    ty: ty as *const TypeObject as usize,
                    name: name.clone(),
                    epoch: type_epoch(),
                    value: value.cloned().unwrap_or(Value::NULL),
                },
            )
        };
        // Dropped after the borrow ends: freeing a value may run code that
        // looks types up again.
        drop(old);
    }
}
