//! Unit tests of the Python suite's comparison logic. They live in a target of their own
//! because `python_suite` runs with `harness = false`, where `#[test]` functions never run.

#[allow(dead_code)] // the suite uses all of it; these tests do not
#[path = "python_suite/compare.rs"]
mod compare;

use compare::{compare, first_difference, parse_exit_file, Exit, Outcome};

fn outcome(stdout: &str, stderr: &str, exit: Exit) -> Outcome {
    Outcome {
        stdout: stdout.into(),
        stderr: stderr.into(),
        exit,
    }
}

#[test]
fn equal_outcomes_match() {
    let a = outcome("1\n2\n", "", Exit::Code(0));
    assert_eq!(compare(&a, &a.clone()), Ok(()));
}

#[test]
fn stdout_diff_shows_only_first_region_with_context() {
    let expected: String = (1..=20).map(|i| format!("line {i}\n")).collect();
    let actual = expected
        .replace("line 5\n", "line five\n")
        .replace("line 18\n", "line eighteen\n");
    let report = compare(
        &outcome(&expected, "", Exit::Code(0)),
        &outcome(&actual, "", Exit::Code(0)),
    )
    .unwrap_err();
    assert_eq!(
        report,
        "stdout differs (- expected, + actual):\n\
         @@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n\
         \x20 … and 1 more differing region(s)\n\
         exit status same: expected 0, actual 0\n"
    );
}

#[test]
fn exit_code_and_unexpected_stderr_are_reported() {
    let report = compare(
        &outcome("ok\n", "", Exit::Code(0)),
        &outcome("ok\n", "boom\n", Exit::Code(1)),
    )
    .unwrap_err();
    assert!(report.contains("stderr differs"), "{report}");
    assert!(report.contains("+boom\n"), "{report}");
    assert!(!report.contains("stdout differs"), "{report}");
    assert!(
        report.ends_with("exit status differs: expected 0, actual 1\n"),
        "{report}"
    );
}

#[test]
fn exit_code_alone_is_a_mismatch() {
    let report = compare(
        &outcome("", "", Exit::Code(1)),
        &outcome("", "", Exit::Signal(11)),
    )
    .unwrap_err();
    assert_eq!(
        report,
        "exit status differs: expected 1, actual killed by signal 11\n"
    );
}

#[test]
fn invisible_differences_are_visible() {
    let diff = first_difference(b"a\nb\n", b"a\r\nb");
    assert_eq!(
        diff,
        "@@ -1,2 +1,2 @@\n-a\n-b\n+a\\r\n+b\n\\ No newline at end of stream\n"
    );
}

#[test]
fn long_regions_are_cut() {
    let actual: String = (0..100).map(|i| format!("{i}\n")).collect();
    let diff = first_difference(b"", actual.as_bytes());
    assert!(diff.starts_with("@@ -0,0 +1,100 @@\n+0\n"), "{diff}");
    assert!(
        diff.ends_with("  … 60 more lines in this region\n"),
        "{diff}"
    );
}

#[test]
fn exit_files_parse() {
    assert_eq!(parse_exit_file("1\n"), Ok(1));
    assert_eq!(parse_exit_file(" 120 "), Ok(120));
    assert!(parse_exit_file("one").is_err());
}
