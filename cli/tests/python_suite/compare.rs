//! What a run of a suite program must match, and the failure message when it does not.
//!
//! Kept apart from the process handling in `python_suite.rs` so that it can be unit-tested
//! (in `tests/python_suite_compare.rs`: the suite binary has no libtest harness to run them).

use std::fmt;

use similar::{ChangeTag, DiffOp, TextDiff};

/// Lines of unchanged context shown around the first differing region.
const CONTEXT_LINES: usize = 3;
/// A differing region longer than this is cut, so one bad test cannot flood the report.
const MAX_REGION_LINES: usize = 40;

/// How a program ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    Code(i32),
    /// Killed by this signal (Unix); never expected, since CPython always exits with a code.
    Signal(i32),
}

impl fmt::Display for Exit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Exit::Code(code) => write!(f, "{code}"),
            Exit::Signal(signal) => write!(f, "killed by signal {signal}"),
        }
    }
}

/// What a program produced, or must produce.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub exit: Exit,
}

/// Parses the text of a `NAME.exit` file: a decimal exit code, surrounding whitespace allowed.
pub fn parse_exit_file(text: &str) -> Result<i32, String> {
    text.trim()
        .parse::<i32>()
        .map_err(|err| format!("not a decimal exit code ({err}): {:?}", text.trim()))
}

/// `Ok` when `actual` matches `expected` byte for byte; otherwise a report with the first
/// differing region of each stream that differs and the two exit statuses.
pub fn compare(expected: &Outcome, actual: &Outcome) -> Result<(), String> {
    let mut report = String::new();
    if expected.stdout != actual.stdout {
        report.push_str("stdout differs (- expected, + actual):\n");
        report.push_str(&first_difference(&expected.stdout, &actual.stdout));
    }
    if expected.stderr != actual.stderr {
        report.push_str("stderr differs (- expected, + actual):\n");
        report.push_str(&first_difference(&expected.stderr, &actual.stderr));
    }
    if report.is_empty() && expected.exit == actual.exit {
        return Ok(());
    }
    let verdict = if expected.exit == actual.exit {
        "same"
    } else {
        "differs"
    };
    report.push_str(&format!(
        "exit status {verdict}: expected {}, actual {}\n",
        expected.exit, actual.exit
    ));
    Err(report)
}

/// A compact unified-style diff of the first region where `expected` and `actual` differ,
/// with a count of any further regions. Invalid UTF-8 is shown lossily; control characters
/// other than tab are escaped so that an invisible difference (`\r`, a NUL) can be seen.
pub fn first_difference(expected: &[u8], actual: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    let diff = TextDiff::from_lines(expected.as_ref(), actual.as_ref());
    let groups = diff.grouped_ops(CONTEXT_LINES);
    let Some(first) = groups.first() else {
        // Equal as text but not as bytes: only the lossy decoding can hide a difference.
        return "  (the streams differ only in invalid UTF-8 bytes)\n".to_string();
    };

    let mut out = hunk_header(first);
    let mut shown = 0;
    let total: usize = first.iter().map(|op| diff.iter_changes(op).count()).sum();
    'ops: for op in first {
        for change in diff.iter_changes(op) {
            if shown == MAX_REGION_LINES {
                out.push_str(&format!(
                    "  … {} more lines in this region\n",
                    total - shown
                ));
                break 'ops;
            }
            let sign = match change.tag() {
                ChangeTag::Equal => ' ',
                ChangeTag::Delete => '-',
                ChangeTag::Insert => '+',
            };
            let line = change.value();
            out.push(sign);
            out.push_str(&escape_line(line.strip_suffix('\n').unwrap_or(line)));
            out.push('\n');
            if !line.ends_with('\n') {
                out.push_str("\\ No newline at end of stream\n");
            }
            shown += 1;
        }
    }
    if groups.len() > 1 {
        out.push_str(&format!(
            "  … and {} more differing region(s)\n",
            groups.len() - 1
        ));
    }
    out
}

/// `@@ -start,len +start,len @@` for a group of operations (1-based lines, as `diff -u`).
fn hunk_header(group: &[DiffOp]) -> String {
    let first = &group[0];
    let last = &group[group.len() - 1];
    let old = first.old_range().start..last.old_range().end;
    let new = first.new_range().start..last.new_range().end;
    // As `diff -u`: an empty range is numbered by the line before it.
    let start = |range: &std::ops::Range<usize>| range.start + usize::from(!range.is_empty());
    format!(
        "@@ -{},{} +{},{} @@\n",
        start(&old),
        old.len(),
        start(&new),
        new.len()
    )
}

fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for ch in line.chars() {
        if ch.is_control() && ch != '\t' {
            out.extend(ch.escape_default());
        } else {
            out.push(ch);
        }
    }
    out
}
