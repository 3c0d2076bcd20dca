//! cinder-runtime: the object model, the bytecode compiler and the interpreter.
//!
//! See `docs/architecture.md` for the map.

pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod dis;
pub mod format;
pub mod fuzzing;
pub mod interp;
pub mod modules;
pub mod object;
pub mod signals;
pub mod source_cache;
pub mod vm;

pub use vm::{PyErr, PyResult, Vm};
