//! `Value`: one machine word that is either an inline small int or a counted
//! pointer to a heap object.
//!
//! Encoding: bit 0 set → small int (`word >> 1`, arithmetic shift); bit 0
//! clear and non-zero → pointer to an [`ObjHeader`]; zero → the NULL marker,
//! used only inside frames (an unbound local, LOAD_METHOD's "no self" slot)
//! and never visible to Python code.
//!
//! Invariant: an `int` whose value fits in [`SMALL_MIN`]..=[`SMALL_MAX`] is
//! always inline, so identity and equality fast paths need no bignum checks.

use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;

use super::typeobj::TypeObject;

/// Header of every heap object. `#[repr(C)]`: the JIT loads fields at these offsets.
#[repr(C)]
pub struct ObjHeader {
    pub refcnt: Cell<isize>,
    pub ty: Cell<*const TypeObject>,
}

/// Offset of the reference count inside every heap object.
pub const OFFSET_REFCNT: usize = std::mem::offset_of!(ObjHeader, refcnt);
/// Offset of the type pointer inside every heap object.
pub const OFFSET_TYPE: usize = std::mem::offset_of!(ObjHeader, ty);
/// Offset of the payload of a `PyObj<T>` (the payload follows the header).
pub const OFFSET_PAYLOAD: usize = std::mem::size_of::<ObjHeader>();

/// Reference count given to statically allocated objects: never reaches zero.
pub const IMMORTAL: isize = 1 << 60;

/// A heap object with payload `T`.
#[repr(C)]
pub struct PyObj<T> {
    pub header: ObjHeader,
    pub data: T,
}

/// Smallest inline int.
pub const SMALL_MIN: i64 = -(1 << 61);
/// Largest inline int.
pub const SMALL_MAX: i64 = (1 << 61) - 1;

/// A Python value: an owned reference (or an inline int).
#[repr(transparent)]
pub struct Value {
    word: usize,
    _not_send: PhantomData<*const ()>,
}

impl Value {
    /// The NULL marker (never a Python value).
    pub const NULL: Value = Value {
        word: 0,
        _not_send: PhantomData,
    };

    #[inline(always)]
    pub const fn is_null(&self) -> bool {
        self.word == 0
    }

    /// An inline int. Callers guarantee `SMALL_MIN <= i <= SMALL_MAX`.
    #[inline(always)]
    pub const fn small_int(i: i64) -> Value {
        Value {
            word: ((i << 1) | 1) as usize,
            _not_send: PhantomData,
        }
    }

    #[inline(always)]
    pub const fn fits_small(i: i64) -> bool {
        i >= SMALL_MIN && i <= SMALL_MAX
    }

    #[inline(always)]
    pub const fn is_small_int(&self) -> bool {
        self.word & 1 == 1
    }

    /// The inline int, if this is one.
    #[inline(always)]
    pub const fn as_small_int(&self) -> Option<i64> {
        if self.word & 1 == 1 {
            Some((self.word as i64) >> 1)
        } else {
            None
        }
    }

    /// # Safety
    /// The value must be an inline int.
    #[inline(always)]
    pub const unsafe fn small_int_unchecked(&self) -> i64 {
        (self.word as i64) >> 1
    }

    /// The raw word (for identity comparisons, `id()`, hashing of identity).
    #[inline(always)]
    pub const fn raw(&self) -> usize {
        self.word
    }

    /// True when this is a heap pointer (not an inline int, not NULL).
    #[inline(always)]
    pub const fn is_ptr(&self) -> bool {
        self.word & 1 == 0 && self.word != 0
    }

    #[inline(always)]
    pub fn header_ptr(&self) -> *mut ObjHeader {
        self.word as *mut ObjHeader
    }

    /// Takes ownership of a pointer to an object whose count already accounts
    /// for this reference.
    ///
    /// # Safety
    /// `p` must point to a live heap object, and the caller transfers one
    /// reference to the new `Value`.
    #[inline(always)]
    pub unsafe fn from_owned_ptr(p: NonNull<ObjHeader>) -> Value {
        Value {
            word: p.as_ptr() as usize,
            _not_send: PhantomData,
        }
    }

    /// A new reference to a live object.
    ///
    /// # Safety
    /// `p` must point to a live heap object.
    #[inline(always)]
    pub unsafe fn from_borrowed_ptr(p: *const ObjHeader) -> Value {
        // SAFETY: the caller guarantees `p` is live.
        let h = unsafe { &*p };
        h.refcnt.set(h.refcnt.get() + 1);
        Value {
            word: p as usize,
            _not_send: PhantomData,
        }
    }

    /// Gives up ownership without decrementing, returning the raw word.
    #[inline(always)]
    pub fn into_raw(self) -> usize {
        let w = self.word;
        std::mem::forget(self);
        w
    }

    /// # Safety
    /// `word` must come from [`Value::into_raw`] and be used once.
    #[inline(always)]
    pub unsafe fn from_raw(word: usize) -> Value {
        Value {
            word,
            _not_send: PhantomData,
        }
    }

    /// Identity (`is`).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.word == other.word
    }

    /// The current reference count (inline ints report a large constant).
    pub fn refcount(&self) -> isize {
        if self.is_ptr() {
            // SAFETY: a pointer Value always refers to a live object.
            unsafe { (*self.header_ptr()).refcnt.get() }
        } else {
            IMMORTAL
        }
    }

    /// Replaces this value with NULL, returning the old one.
    #[inline(always)]
    pub fn take(&mut self) -> Value {
        std::mem::replace(self, Value::NULL)
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.is_ptr() {
            // SAFETY: a pointer Value keeps its object alive.
            let h = unsafe { &*self.header_ptr() };
            h.refcnt.set(h.refcnt.get() + 1);
        }
        Value {
            word: self.word,
            _not_send: PhantomData,
        }
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if self.is_ptr() {
            // SAFETY: a pointer Value keeps its object alive until this drop.
            let h = unsafe { &*self.header_ptr() };
            let n = h.refcnt.get() - 1;
            h.refcnt.set(n);
            if n == 0 {
                // SAFETY: the count reached zero: nobody else refers to it.
                unsafe { super::dealloc_object(self.header_ptr()) }
            }
        }
    }
}

/// Objects dropped while another deallocation is running are queued here so
/// that freeing a long chain (a linked list of a million nodes) does not
/// recurse on the native stack.
pub(crate) struct DeallocQueue {
    pub depth: Cell<u32>,
    pub pending: std::cell::UnsafeCell<std::collections::VecDeque<*mut ObjHeader>>,
}

thread_local! {
    pub(crate) static DEALLOC_QUEUE: DeallocQueue = const {
        DeallocQueue { depth: Cell::new(0), pending: std::cell::UnsafeCell::new(std::collections::VecDeque::new()) }
    };
}
