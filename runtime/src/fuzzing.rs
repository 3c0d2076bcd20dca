//! The entry point the fuzz targets and the robustness tests share: source
//! bytes → compile → run under a step budget, output discarded.
//!
//! Contract: for any input this returns (a Python exception is fine); it
//! never panics, aborts, overflows the stack or loops forever.

use crate::compile::Mode;
use crate::Vm;

/// Loop iterations and calls one input may spend.
pub const STEP_BUDGET: u64 = 20_000;

/// Compiles and runs `data` (lossily decoded as UTF-8) as a module.
/// Returns whether it ran to completion without an uncaught exception.
pub fn run_source(data: &[u8]) -> bool {
    let source = String::from_utf8_lossy(data);
    let mut vm = Vm::new();
    vm.streams.out = Box::new(std::io::sink());
    vm.streams.err = Box::new(std::io::sink());
    vm.steps_left = STEP_BUDGET;
    let globals = vm.init_main(None);
    vm.exec_source(&source, "<fuzz>", Mode::Exec, &globals)
        .is_ok()
}

/// Only compiles `data`: parse errors must be SyntaxErrors, never panics.
pub fn compile_source(data: &[u8]) -> bool {
    let source = String::from_utf8_lossy(data);
    crate::compile::compile(&source, "<fuzz>", Mode::Exec).is_ok()
}
