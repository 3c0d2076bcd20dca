//! `-X eager-gather`: `await asyncio.gather(...)` starts its coroutines at
//! once, so children that finish without suspending need no Task. The
//! program counts the Tasks asyncio creates; the results must not change.

use std::path::Path;
use std::process::Command;

fn run(flags: &[&str]) -> String {
    let prog = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/eager/gather_tasks.py");
    let out = Command::new(env!("CARGO_BIN_EXE_cinder"))
        .args(flags)
        .arg(&prog)
        .output()
        .expect("run cinder");
    assert!(
        out.status.success(),
        "cinder {flags:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

#[test]
fn eager_gather_skips_tasks_for_children_that_finish() {
    let eager = run(&["-X", "eager-gather"]);
    assert!(
        eager.contains("all finish: [10, 20, 30] tasks 0"),
        "{eager}"
    );
    assert!(eager.contains("mixed: [10, 2, 30] tasks 1"), "{eager}");
}

#[test]
fn default_gather_makes_a_task_per_child_with_the_same_results() {
    let plain = run(&[]);
    assert!(
        plain.contains("all finish: [10, 20, 30] tasks 3"),
        "{plain}"
    );
    assert!(plain.contains("mixed: [10, 2, 30] tasks 3"), "{plain}");
    let eager = run(&["-X", "eager-gather"]);
    let results = |s: &str| -> Vec<String> {
        s.lines()
            .map(|l| l.split(" tasks ").next().unwrap_or(l).to_string())
            .collect()
    };
    assert_eq!(results(&plain), results(&eager));
}

#[test]
fn eager_gather_is_off_without_eager_coroutines() {
    let out = run(&["-X", "eager-gather", "-X", "no-eager-coro"]);
    assert!(out.contains("all finish: [10, 20, 30] tasks 3"), "{out}");
}
