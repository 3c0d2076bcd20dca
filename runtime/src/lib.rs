//! cinder-runtime: the object model, the bytecode compiler and the interpreter.
//!
//! See `docs/architecture.md` for the map.

pub mod bytecode;
pub mod compile;
