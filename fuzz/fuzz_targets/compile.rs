//! source → parse → compile: a SyntaxError or a code object, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    cinder_runtime::fuzzing::compile_source(data);
});
