//! Inputs that must never panic, abort, overflow the stack or hang: huge and
//! deeply nested source, runaway recursion, random bytes, and every crash the
//! fuzzers have found (`fuzz/regressions/`).

use std::path::Path;

use cinder_runtime::compile::{compile, Mode};
use cinder_runtime::fuzzing;

/// One interpreter runs at a time in a process (builtin type objects are
/// shared statics with non-atomic reference counts, as under a GIL).
static ONE_VM_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Runs `f` on a thread with the stack size the `cinder` binary uses.
fn on_big_stack(f: impl FnOnce() + Send + 'static) {
    let _guard = ONE_VM_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("the runtime panicked");
}

#[test]
fn ten_megabytes_of_nested_parentheses_is_a_syntax_error() {
    on_big_stack(|| {
        let src = format!("{}{}", "(".repeat(5_000_000), ")".repeat(5_000_000));
        let err = compile(&src, "x.py", Mode::Exec).expect_err("must be rejected");
        assert_eq!(err.msg, "too many nested parentheses");
    });
}

#[test]
fn a_hundred_thousand_element_list_literal_runs() {
    on_big_stack(|| {
        let items: Vec<String> = (0..100_000).map(|i| i.to_string()).collect();
        let src = format!("x = [{}]\nassert len(x) == 100000\n", items.join(", "));
        assert!(fuzzing::run_source(src.as_bytes()));
    });
}

#[test]
fn unbounded_recursion_is_a_recursion_error() {
    on_big_stack(|| {
        let src = b"def f(): f()\ntry:\n    f()\nexcept RecursionError:\n    pass\nelse:\n    raise AssertionError\n";
        assert!(fuzzing::run_source(src));
        // Recursion through native re-entries (__eq__ from ==) too, even
        // with a limit far beyond what the native stack could hold.
        let src = b"import sys\nsys.setrecursionlimit(10**7)\nclass A:\n    def __eq__(self, o):\n        return self == o\ntry:\n    A() == A()\nexcept RecursionError:\n    pass\n";
        assert!(fuzzing::run_source(src));
    });
}

#[test]
fn infinite_loops_stop_at_the_step_budget() {
    on_big_stack(|| {
        assert!(!fuzzing::run_source(b"while True:\n    pass\n"));
        assert!(!fuzzing::run_source(
            b"def g():\n    while 1:\n        yield 1\nfor x in g():\n    pass\n"
        ));
    });
}

#[test]
fn random_bytes_never_crash() {
    on_big_stack(|| {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        // Bytes biased towards Python's punctuation and keywords so that some
        // inputs get past the parser.
        let alphabet: &[u8] =
            b"()[]{}:,.=+-*/%<>!&|^~@ \n\t\"'#0123456789abcdefxyzijklmnopqrstuvw_\\";
        let words = [
            "def ", "class ", "if ", "else:", "for ", " in ", "while ", "return ", "yield ",
            "lambda ", "try:", "except", "finally:", "with ", "import ", "not ", "and ", "or ",
            "None", "True", "print(", "1", "x", "=", "\n    ",
        ];
        for _ in 0..3000 {
            let len = (next() % 200) as usize;
            let mut input = Vec::with_capacity(len);
            while input.len() < len {
                let r = next();
                if r % 3 == 0 {
                    input.extend_from_slice(words[(r >> 8) as usize % words.len()].as_bytes());
                } else if r % 7 == 0 {
                    input.push((r >> 16) as u8);
                } else {
                    input.push(alphabet[(r >> 8) as usize % alphabet.len()]);
                }
            }
            fuzzing::compile_source(&input);
            fuzzing::run_source(&input);
        }
    });
}

#[test]
fn past_fuzzer_findings_replay_cleanly() {
    on_big_stack(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/regressions");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            {
                continue;
            }
            let data = std::fs::read(&path).expect("readable regression input");
            fuzzing::compile_source(&data);
            fuzzing::run_source(&data);
        }
    });
}
