//! The bytecode: one declaration of every opcode (name, whether it takes an
//! argument, whether that argument is a jump target), the instruction
//! encoding, and the compiled code object.
//!
//! The compiler (`compile/`), the interpreter (`interp/`), `dis` and, later,
//! the JIT's HIR builder all read this one module. Opcode names follow
//! CPython 3.8; the few that 3.8 lacks are 3.9's (`RERAISE`,
//! `WITH_EXCEPT_START`, `LOAD_ASSERTION_ERROR`), chosen because they make
//! `finally` a plain inlined block instead of 3.8's `CALL_FINALLY` dance.
//!
//! # Exception-handling model
//!
//! A frame has a block stack. `SETUP_FINALLY(target)` pushes a handler block
//! recording `target` and the current value-stack depth. `POP_BLOCK` pops it.
//! When an exception is raised the interpreter pops blocks until it finds a
//! handler block; `ExceptHandler` blocks met on the way are popped and restore
//! the "currently handled exception" they saved. On finding a handler block it
//! truncates the value stack to the recorded depth, pushes an `ExceptHandler`
//! block (which saves the currently handled exception and then makes the new
//! one current), pushes **the exception instance (one value)** and jumps to
//! `target`. `POP_EXCEPT` pops that `ExceptHandler` block and restores the
//! previously handled exception. `RERAISE` pops an exception and raises it
//! again without adding a traceback entry for the current line.
//!
//! `try/finally` is compiled by duplicating the `finally` body: once on the
//! normal path (after `POP_BLOCK`), once before every `return`/`break`/
//! `continue` that leaves the protected region, and once in the handler,
//! which ends with `RERAISE`.

use std::fmt;
use std::rc::Rc;

use num_bigint::BigInt;

macro_rules! opcodes {
    ($( $(#[$doc:meta])* $name:ident = $num:literal $(, $kind:ident)? ;)*) => {
        /// A bytecode operation. The discriminants are CPython 3.8's opcode numbers
        /// where it has the opcode.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        pub enum Op {
            $( $(#[$doc])* $name = $num, )*
        }

        impl Op {
            /// Every opcode, in declaration order.
            pub const ALL: &'static [Op] = &[$(Op::$name,)*];

            /// The CPython-style name (`LOAD_FAST`).
            pub fn name(self) -> &'static str {
                match self { $( Op::$name => stringify!($name), )* }
            }

            /// What the argument means, for `dis` and the compiler's jump fix-ups.
            pub fn arg_kind(self) -> ArgKind {
                match self { $( Op::$name => opcodes!(@kind $($kind)?), )* }
            }
        }
    };
    (@kind) => { ArgKind::None };
    (@kind $kind:ident) => { ArgKind::$kind };
}

/// The meaning of an instruction's argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// The argument is ignored (always 0).
    None,
    /// A plain number (a count, flags, an operator).
    Num,
    /// An index into `consts`.
    Const,
    /// An index into `names`.
    Name,
    /// An index into `varnames` (fast locals).
    Local,
    /// An index into cells ++ frees (`cellvars` then `freevars`).
    Free,
    /// An absolute instruction index to jump to.
    Jump,
    /// A comparison operator (see [`CompareOp`]).
    Compare,
}

opcodes! {
    // ---- stack manipulation -------------------------------------------------
    /// Pops TOS.
    POP_TOP = 1;
    /// Swaps TOS and TOS1.
    ROT_TWO = 2;
    /// Lifts TOS1 and TOS2 up one, moves TOS down to position three.
    ROT_THREE = 3;
    /// Pushes a new reference to TOS.
    DUP_TOP = 4;
    /// Duplicates the two top values, keeping their order.
    DUP_TOP_TWO = 5;
    /// Lifts TOS1..TOS3 up one, moves TOS down to position four.
    ROT_FOUR = 6;
    /// Does nothing.
    NOP = 9;

    // ---- unary / binary operators: pop operand(s), push result ------------
    UNARY_POSITIVE = 10;
    UNARY_NEGATIVE = 11;
    UNARY_NOT = 12;
    UNARY_INVERT = 15;
    BINARY_MATRIX_MULTIPLY = 16;
    INPLACE_MATRIX_MULTIPLY = 17;
    BINARY_POWER = 19;
    BINARY_MULTIPLY = 20;
    BINARY_MODULO = 22;
    BINARY_ADD = 23;
    BINARY_SUBTRACT = 24;
    /// TOS1[TOS]
    BINARY_SUBSCR = 25;
    BINARY_FLOOR_DIVIDE = 26;
    BINARY_TRUE_DIVIDE = 27;
    INPLACE_FLOOR_DIVIDE = 28;
    INPLACE_TRUE_DIVIDE = 29;

    /// 3.9: pushes the `AssertionError` class (immune to shadowing).
    LOAD_ASSERTION_ERROR = 74;
    /// 3.9: stack `[.., exit, exc]` -> `[.., exit, exc, exit(type(exc), exc, tb)]`.
    WITH_EXCEPT_START = 49;
    /// TOS = TOS.__aiter__() (checked to have `__anext__`).
    GET_AITER = 50;
    /// Pushes the awaitable of TOS.__anext__() (keeping the async iterator).
    GET_ANEXT = 51;
    /// Pops an async context manager, pushes its bound `__aexit__` and the
    /// result of `__aenter__()` (to be awaited).
    BEFORE_ASYNC_WITH = 52;
    /// Handler of `async for`: TOS is the exception, below it the async
    /// iterator. StopAsyncIteration ends the loop (pops both and the
    /// handler block); anything else is re-raised.
    END_ASYNC_FOR = 54;

    INPLACE_ADD = 55;
    INPLACE_SUBTRACT = 56;
    INPLACE_MULTIPLY = 57;
    INPLACE_MODULO = 59;
    /// TOS1[TOS] = TOS2; pops all three.
    STORE_SUBSCR = 60;
    /// del TOS1[TOS]; pops both.
    DELETE_SUBSCR = 61;
    BINARY_LSHIFT = 62;
    BINARY_RSHIFT = 63;
    BINARY_AND = 64;
    BINARY_XOR = 65;
    BINARY_OR = 66;
    INPLACE_POWER = 67;
    /// TOS = iter(TOS)
    GET_ITER = 68;
    /// TOS = iter(TOS) unless TOS is a generator (or coroutine), which is kept.
    GET_YIELD_FROM_ITER = 69;
    /// Interactive mode: pops TOS and echoes it through `sys.displayhook`.
    PRINT_EXPR = 70;
    /// Pushes `builtins.__build_class__`.
    LOAD_BUILD_CLASS = 71;
    /// 3.8 semantics: TOS is the value to send, TOS1 the sub-iterator. Pops the
    /// value, sends it; if the sub-iterator yields, the frame yields that value
    /// and re-executes this instruction on resumption (with the sent value as
    /// the new TOS); when it returns, pops the sub-iterator and pushes the
    /// return value.
    YIELD_FROM = 72;
    /// TOS = the iterator to await for TOS (a coroutine itself, or
    /// `__await__()`). The argument (invisible to `dis`, as in CPython where
    /// the opcode has none) is 1 when the awaited value is the result of the
    /// call just before: the interpreter may then run a coroutine callee
    /// eagerly (see `Vm::eager_coro`).
    GET_AWAITABLE = 73;
    INPLACE_LSHIFT = 75;
    INPLACE_RSHIFT = 76;
    INPLACE_AND = 77;
    INPLACE_XOR = 78;
    INPLACE_OR = 79;
    /// Pops the `ExceptHandler` block, restoring the previously handled exception.
    POP_EXCEPT = 89;
    /// 3.9: pops an exception and raises it again (no new traceback entry).
    RERAISE = 48;
    /// Returns TOS to the caller.
    RETURN_VALUE = 83;
    /// `from module import *`: pops the module, binds its public names.
    IMPORT_STAR = 84;
    /// Creates `__annotations__` in the local namespace if missing.
    SETUP_ANNOTATIONS = 85;
    /// Pops TOS and yields it; the value sent in is pushed on resumption.
    YIELD_VALUE = 86;
    /// Pops the top block (a handler block).
    POP_BLOCK = 87;

    // ---- with arguments ------------------------------------------------------
    /// name = TOS (in the local namespace dict; module and class bodies).
    STORE_NAME = 90, Name;
    DELETE_NAME = 91, Name;
    /// Unpacks TOS into `arg` values, pushed so the first item ends on top.
    UNPACK_SEQUENCE = 92, Num;
    /// TOS.next(); pushes the item, or on exhaustion pops the iterator and jumps.
    FOR_ITER = 93, Jump;
    /// Starred unpacking: low byte = count before the star, next byte = count after.
    UNPACK_EX = 94, Num;
    /// TOS.name = TOS1; pops both.
    STORE_ATTR = 95, Name;
    DELETE_ATTR = 96, Name;
    STORE_GLOBAL = 97, Name;
    DELETE_GLOBAL = 98, Name;
    LOAD_CONST = 100, Const;
    /// Local namespace dict, then globals, then builtins.
    LOAD_NAME = 101, Name;
    /// Pops `arg` values into a tuple (first pushed = first item).
    BUILD_TUPLE = 102, Num;
    BUILD_LIST = 103, Num;
    BUILD_SET = 104, Num;
    /// Pops `arg` key/value pairs (key pushed first) into a dict.
    BUILD_MAP = 105, Num;
    /// TOS = getattr(TOS, name)
    LOAD_ATTR = 106, Name;
    /// Pops two, pushes the comparison (see [`CompareOp`]).
    COMPARE_OP = 107, Compare;
    /// TOS1 = level, TOS = fromlist; pops both, pushes the module.
    IMPORT_NAME = 108, Name;
    /// Pushes getattr(TOS, name) (keeping the module), falling back to sys.modules.
    IMPORT_FROM = 109, Name;
    JUMP_FORWARD = 110, Jump;
    /// If TOS is false jump (keeping TOS), otherwise pop it.
    JUMP_IF_FALSE_OR_POP = 111, Jump;
    JUMP_IF_TRUE_OR_POP = 112, Jump;
    JUMP_ABSOLUTE = 113, Jump;
    POP_JUMP_IF_FALSE = 114, Jump;
    POP_JUMP_IF_TRUE = 115, Jump;
    /// Globals, then builtins.
    LOAD_GLOBAL = 116, Name;
    /// Pushes a handler block jumping to `arg` (see the module docs).
    SETUP_FINALLY = 122, Jump;
    LOAD_FAST = 124, Local;
    STORE_FAST = 125, Local;
    DELETE_FAST = 126, Local;
    /// `raise` (0), `raise exc` (1), `raise exc from cause` (2).
    RAISE_VARARGS = 130, Num;
    /// Pops `arg` positional arguments, then the callable; pushes the result.
    CALL_FUNCTION = 131, Num;
    /// Flags select extra values pushed below the code and qualname (bottom
    /// first): 0x01 defaults tuple, 0x02 kw-only defaults dict,
    /// 0x04 annotations dict, 0x08 closure tuple of cells. TOS is the
    /// qualified name, TOS1 the code object.
    MAKE_FUNCTION = 132, Num;
    /// slice(TOS1, TOS) for 2, slice(TOS2, TOS1, TOS) for 3.
    BUILD_SLICE = 133, Num;
    /// Pushes the cell object itself (for building closures).
    LOAD_CLOSURE = 135, Free;
    /// Pushes the contents of the cell.
    LOAD_DEREF = 136, Free;
    STORE_DEREF = 137, Free;
    DELETE_DEREF = 138, Free;
    /// Like CALL_FUNCTION, with TOS a tuple of keyword names: the last
    /// `len(names)` of the `arg` arguments are passed by those names.
    CALL_FUNCTION_KW = 141, Num;
    /// TOS (if flag 0x01) is a kwargs mapping, below it the args tuple/iterable, then the callable.
    CALL_FUNCTION_EX = 142, Num;
    /// TOS is a context manager: pops it, pushes its bound `__exit__`, calls
    /// `__enter__`, pushes a handler block for `arg`, pushes `__enter__`'s result.
    SETUP_WITH = 143, Jump;
    /// Pops TOS and appends it to the list at stack position `arg` (counting
    /// from 1 = TOS after the pop).
    LIST_APPEND = 145, Num;
    SET_ADD = 146, Num;
    /// Pops value (TOS) and key (TOS1), stores them in the dict at position `arg`.
    MAP_ADD = 147, Num;
    /// Class bodies: the local namespace first, then the cell.
    LOAD_CLASSDEREF = 148, Free;
    /// Concatenates `arg` iterables into a list.
    BUILD_LIST_UNPACK = 149, Num;
    /// Merges `arg` mappings into a dict (later keys win).
    BUILD_MAP_UNPACK = 150, Num;
    /// Like BUILD_MAP_UNPACK but a repeated key is a TypeError
    /// ("got multiple values for keyword argument").
    BUILD_MAP_UNPACK_WITH_CALL = 151, Num;
    BUILD_TUPLE_UNPACK = 152, Num;
    BUILD_SET_UNPACK = 153, Num;
    /// After `BEFORE_ASYNC_WITH` and the await of `__aenter__()`: pushes a
    /// handler block for `arg` below the (awaited) enter result.
    SETUP_ASYNC_WITH = 154, Jump;
    /// f-string piece: flags & 3 = conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`);
    /// flags & 4 = a format spec is TOS (above the value).
    FORMAT_VALUE = 155, Num;
    /// TOS is a tuple of `arg` keys; below it `arg` values.
    BUILD_CONST_KEY_MAP = 156, Num;
    /// Concatenates `arg` strings.
    BUILD_STRING = 157, Num;
    BUILD_TUPLE_UNPACK_WITH_CALL = 158, Num;
    /// Pushes `[method, self]` when the attribute is a plain method found on
    /// the type, otherwise `[NULL, attr]` (NULL is a marker slot).
    LOAD_METHOD = 160, Name;
    /// Calls what LOAD_METHOD pushed with `arg` positional arguments.
    CALL_METHOD = 161, Num;
}

/// Comparison operators of `COMPARE_OP`, numbered as CPython 3.8.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
    In = 6,
    NotIn = 7,
    Is = 8,
    IsNot = 9,
    /// `except` matching: TOS1 is the exception, TOS the class or tuple.
    ExcMatch = 10,
}

impl CompareOp {
    pub fn from_arg(arg: u32) -> Option<CompareOp> {
        use CompareOp::*;
        Some(match arg {
            0 => Lt,
            1 => Le,
            2 => Eq,
            3 => Ne,
            4 => Gt,
            5 => Ge,
            6 => In,
            7 => NotIn,
            8 => Is,
            9 => IsNot,
            10 => ExcMatch,
            _ => return None,
        })
    }

    pub fn symbol(self) -> &'static str {
        use CompareOp::*;
        match self {
            Lt => "<",
            Le => "<=",
            Eq => "==",
            Ne => "!=",
            Gt => ">",
            Ge => ">=",
            In => "in",
            NotIn => "not in",
            Is => "is",
            IsNot => "is not",
            ExcMatch => "exception match",
        }
    }
}

/// `MAKE_FUNCTION` flag bits.
pub mod make_function {
    pub const DEFAULTS: u32 = 0x01;
    pub const KWDEFAULTS: u32 = 0x02;
    pub const ANNOTATIONS: u32 = 0x04;
    pub const CLOSURE: u32 = 0x08;
}

/// `FORMAT_VALUE` flag bits.
pub mod format_value {
    pub const CONVERSION_MASK: u32 = 0x03;
    pub const STR: u32 = 0x01;
    pub const REPR: u32 = 0x02;
    pub const ASCII: u32 = 0x03;
    pub const HAS_SPEC: u32 = 0x04;
}

/// One instruction: an opcode and a 32-bit argument (no EXTENDED_ARG needed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
}

impl Instr {
    pub const fn new(op: Op, arg: u32) -> Instr {
        Instr { op, arg }
    }
}

/// Code flags, CPython's values.
pub mod code_flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;
}

/// A compile-time constant. The runtime turns these into objects once, when a
/// code object is first loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex { re: f64, im: f64 },
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Const]>),
    FrozenSet(Rc<[Const]>),
    Code(Rc<CodeObject>),
}

/// A compiled code object: immutable once built.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    /// Positional parameters, including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub instructions: Vec<Instr>,
    /// Source line of each instruction (same length as `instructions`).
    pub lines: Vec<u32>,
    pub consts: Vec<Const>,
    pub names: Vec<Rc<str>>,
    /// Fast locals: parameters first (positional, kw-only, *args, **kwargs), then others.
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    /// For each cell variable that is also a parameter, the parameter's index
    /// in `varnames` (the frame copies the argument into the cell on entry).
    pub cell2arg: Vec<Option<u32>>,
    /// The maximum value-stack depth the code needs.
    pub stacksize: u32,
}

impl CodeObject {
    /// Number of parameter slots: positional + kw-only + `*args` + `**kwargs`.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & code_flags::VARARGS != 0 {
            n += 1;
        }
        if self.flags & code_flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }

    pub fn is_generator(&self) -> bool {
        self.flags & code_flags::GENERATOR != 0
    }

    /// The source line of the instruction at `index`.
    pub fn line_at(&self, index: usize) -> u32 {
        self.lines.get(index).copied().unwrap_or(self.first_line)
    }
}

/// The value-stack effect of an instruction (`jump` selects the effect when
/// the instruction transfers control to its target). Used by the compiler to
/// compute `stacksize`.
pub fn stack_effect(op: Op, arg: u32, jump: bool) -> i32 {
    use Op::*;
    let n = arg as i32;
    match op {
        NOP | ROT_TWO | ROT_THREE | ROT_FOUR => 0,
        POP_TOP => -1,
        DUP_TOP => 1,
        DUP_TOP_TWO => 2,
        UNARY_POSITIVE | UNARY_NEGATIVE | UNARY_NOT | UNARY_INVERT => 0,
        BINARY_MATRIX_MULTIPLY
        | INPLACE_MATRIX_MULTIPLY
        | BINARY_POWER
        | BINARY_MULTIPLY
        | BINARY_MODULO
        | BINARY_ADD
        | BINARY_SUBTRACT
        | BINARY_SUBSCR
        | BINARY_FLOOR_DIVIDE
        | BINARY_TRUE_DIVIDE
        | INPLACE_FLOOR_DIVIDE
        | INPLACE_TRUE_DIVIDE
        | INPLACE_ADD
        | INPLACE_SUBTRACT
        | INPLACE_MULTIPLY
        | INPLACE_MODULO
        | BINARY_LSHIFT
        | BINARY_RSHIFT
        | BINARY_AND
        | BINARY_XOR
        | BINARY_OR
        | INPLACE_POWER
        | INPLACE_LSHIFT
        | INPLACE_RSHIFT
        | INPLACE_AND
        | INPLACE_XOR
        | INPLACE_OR => -1,
        LOAD_ASSERTION_ERROR => 1,
        WITH_EXCEPT_START => 1,
        STORE_SUBSCR => -3,
        DELETE_SUBSCR => -2,
        GET_ITER | GET_YIELD_FROM_ITER => 0,
        GET_AITER | GET_AWAITABLE => 0,
        GET_ANEXT | BEFORE_ASYNC_WITH => 1,
        END_ASYNC_FOR => -2,
        // Not taken: nothing moves. Taken (handler): the enter result is
        // replaced by the exception.
        SETUP_ASYNC_WITH => 0,
        PRINT_EXPR => -1,
        LOAD_BUILD_CLASS => 1,
        YIELD_FROM => -1,
        POP_EXCEPT => 0,
        RERAISE => -1,
        RETURN_VALUE => -1,
        IMPORT_STAR => -1,
        SETUP_ANNOTATIONS => 0,
        YIELD_VALUE => 0,
        POP_BLOCK => 0,
        STORE_NAME => -1,
        DELETE_NAME => 0,
        UNPACK_SEQUENCE => n - 1,
        // On exhaustion the iterator is popped; otherwise an item is pushed.
        FOR_ITER => {
            if jump {
                -1
            } else {
                1
            }
        }
        UNPACK_EX => (n & 0xff) + (n >> 8),
        STORE_ATTR => -2,
        DELETE_ATTR => -1,
        STORE_GLOBAL => -1,
        DELETE_GLOBAL => 0,
        LOAD_CONST => 1,
        LOAD_NAME => 1,
        BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_STRING => 1 - n,
        BUILD_LIST_UNPACK
        | BUILD_TUPLE_UNPACK
        | BUILD_SET_UNPACK
        | BUILD_MAP_UNPACK
        | BUILD_MAP_UNPACK_WITH_CALL
        | BUILD_TUPLE_UNPACK_WITH_CALL => 1 - n,
        BUILD_MAP => 1 - 2 * n,
        BUILD_CONST_KEY_MAP => -n,
        LOAD_ATTR => 0,
        COMPARE_OP => -1,
        IMPORT_NAME => -1,
        IMPORT_FROM => 1,
        JUMP_FORWARD | JUMP_ABSOLUTE => 0,
        JUMP_IF_TRUE_OR_POP | JUMP_IF_FALSE_OR_POP => {
            if jump {
                0
            } else {
                -1
            }
        }
        POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE => -1,
        LOAD_GLOBAL => 1,
        // At the handler the exception is pushed.
        SETUP_FINALLY => {
            if jump {
                1
            } else {
                0
            }
        }
        LOAD_FAST => 1,
        STORE_FAST => -1,
        DELETE_FAST => 0,
        RAISE_VARARGS => -n,
        CALL_FUNCTION => -n,
        CALL_FUNCTION_KW => -n - 1,
        CALL_FUNCTION_EX => -1 - (n & 1),
        MAKE_FUNCTION => -1 - (n & 0x0f).count_ones() as i32,
        BUILD_SLICE => 1 - n,
        LOAD_CLOSURE | LOAD_DEREF | LOAD_CLASSDEREF => 1,
        STORE_DEREF => -1,
        DELETE_DEREF => 0,
        // Not taken: exit and the enter result are pushed. Taken (handler):
        // exit and the exception.
        SETUP_WITH => 1,
        LIST_APPEND | SET_ADD => -1,
        MAP_ADD => -2,
        FORMAT_VALUE => {
            if n & format_value::HAS_SPEC as i32 != 0 {
                -1
            } else {
                0
            }
        }
        LOAD_METHOD => 1,
        CALL_METHOD => -n - 1,
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_numbers_distinct() {
        let mut seen = std::collections::HashSet::new();
        for op in Op::ALL {
            assert!(seen.insert(*op as u8), "duplicate number for {op}");
        }
    }

    #[test]
    fn jump_ops_are_marked() {
        for op in [
            Op::FOR_ITER,
            Op::SETUP_FINALLY,
            Op::SETUP_WITH,
            Op::JUMP_ABSOLUTE,
        ] {
            assert_eq!(op.arg_kind(), ArgKind::Jump);
        }
    }
}
