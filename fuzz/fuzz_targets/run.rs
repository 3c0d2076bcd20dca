//! source → compile → run under a step budget: Python exceptions are fine,
//! panics, aborts, stack overflows and hangs are not.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    cinder_runtime::fuzzing::run_source(data);
});
