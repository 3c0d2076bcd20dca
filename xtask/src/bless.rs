//! `cargo xtask bless`: makes the Python suite's expected results from CPython, the reference
//! the runtime must equal byte for byte, and checks that CPython 3.8 (the version the runtime
//! targets) agrees with them.

use std::fs;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use xshell::{cmd, Shell};

use crate::process::{self, Captured, Status};
use crate::suite::{self, Program};
use crate::workspace;

/// Regenerate the Python suite's expected results (NAME.out, NAME.err, NAME.exit) with
/// CPython.
///
/// Each program runs in its own directory as `PYTHON -X no_debug_ranges NAME.py`, with
/// PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8 and PYTHONDONTWRITEBYTECODE=1 and no stdin.
/// NAME.err is written only when stderr is not empty, NAME.exit only when the exit code is
/// not 0. The program's own directory is cut from the output (Python 3.9+ prints script paths
/// in tracebacks absolute, 3.8 relative). When `python3.8` can be run, every program is then
/// run under it too, and programs whose results differ are listed: the runtime follows 3.8, so
/// such programs should be rewritten.
#[derive(clap::Args)]
pub struct Args {
    /// Bless only the programs whose name contains PATTERN (as the suite's filter).
    #[arg(long, value_name = "PATTERN")]
    pub filter: Option<String>,

    /// The CPython 3.11 that makes the expected results.
    #[arg(long, value_name = "PYTHON", default_value = "python3")]
    pub python: String,

    /// Fail when a program's results under Python 3.8 differ, or when 3.8 cannot be run.
    #[arg(long = "strict-38")]
    pub strict_38: bool,
}

/// How long one program may run under CPython.
const TIMEOUT: Duration = Duration::from_secs(60);
/// The cross-check's interpreter. pyenv's `python3.8` shim runs only with its version named.
const PYTHON_38: &str = "python3.8";
const PYENV_VERSION_38: &str = "3.8.18";

pub fn run(args: &Args) -> Result<()> {
    let root = workspace::root()?;
    let programs = suite::discover(&root, args.filter.as_deref())?;
    if programs.is_empty() {
        println!(
            "bless: no program under {} matches; nothing to do",
            suite::DIR
        );
        return Ok(());
    }

    let python = &args.python;
    let version = python_version(python, &[])
        .with_context(|| format!("cannot run `{python}`; pass --python PATH to a CPython 3.11"))?;
    println!(
        "bless: {} program(s) with {version} (`{python} -X no_debug_ranges NAME.py`)",
        programs.len()
    );
    if !version.starts_with("Python 3.11.") {
        println!(
            "warning: the expected results are meant to come from CPython 3.11, not {version}"
        );
    }

    let reference = run_all(&programs, |program| {
        run_program(python, &["-X", "no_debug_ranges"], &[], program)
    });
    let mut changed = 0;
    let mut failures = Vec::new();
    for (program, result) in programs.iter().zip(&reference) {
        let is_new = !program.sibling("out").exists();
        let written = match result {
            Ok(captured) => write_expected(program, captured),
            Err(err) => Err(anyhow::anyhow!("{err:#}")),
        };
        match written {
            Ok(files) if files.is_empty() => {}
            Ok(files) => {
                changed += 1;
                let what = if is_new { "new" } else { "changed" };
                println!("  {what:7}  {} ({})", program.name, files.join(", "));
            }
            Err(err) => failures.push(format!("{}: {err:#}", program.name)),
        }
    }
    println!(
        "bless: {changed} new or changed, {} unchanged, {} failed",
        programs.len() - changed - failures.len(),
        failures.len()
    );
    if !failures.is_empty() {
        bail!(
            "{} program(s) could not be blessed:\n  {}",
            failures.len(),
            failures.join("\n  ")
        );
    }

    let reference: Vec<Captured> = reference.into_iter().flatten().collect();
    cross_check_38(&programs, &reference, args.strict_38)
}

/// `Python 3.11.7`, from `PYTHON --version`.
fn python_version(python: &str, env: &[(&str, &str)]) -> Result<String> {
    let sh = Shell::new()?;
    let output = cmd!(sh, "{python} --version")
        .envs(env.iter().copied())
        .quiet()
        .ignore_stderr()
        .read()?;
    Ok(output.trim().to_string())
}

/// Runs `program` under `python` as the suite does: in its directory, with the suite's
/// environment and nothing else of the caller's `PYTHON*` variables, stdin empty. The
/// program's directory is cut from its output (see [`relative_paths`]).
fn run_program(
    python: &str,
    flags: &[&str],
    env: &[(&str, &str)],
    program: &Program,
) -> Result<Captured> {
    let sh = Shell::new()?;
    sh.change_dir(&program.dir);
    let file = &program.file_name;
    let mut cmd = cmd!(sh, "{python} {flags...} {file}");
    // A stray PYTHONPATH or PYTHONWARNINGS in the caller's shell must not reach the results.
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            cmd = cmd.env_remove(key);
        }
    }
    let cmd = cmd.envs(suite::PROGRAM_ENV).envs(env.iter().copied());
    let Some(captured) = process::capture(cmd, TIMEOUT)? else {
        bail!(
            "timed out: still running after {} s, killed",
            TIMEOUT.as_secs()
        );
    };
    if let Status::Signal(_) = captured.status {
        bail!("CPython was {}", captured.status);
    }
    Ok(relative_paths(captured, &program.dir))
}

/// Python 3.9 and later print the script's path absolute in tracebacks (`File
/// "/home/me/…/tests/python/x.py"`), 3.8 prints it as given (`File "x.py"`). Cutting the
/// program's directory gives the 3.8 form, which is also the same on every machine.
fn relative_paths(captured: Captured, dir: &Path) -> Captured {
    let prefix = format!("{}{}", dir.display(), std::path::MAIN_SEPARATOR);
    Captured {
        stdout: remove_all(&captured.stdout, prefix.as_bytes()),
        stderr: remove_all(&captured.stderr, prefix.as_bytes()),
        status: captured.status,
    }
}

fn remove_all(haystack: &[u8], needle: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(haystack.len());
    let mut rest = haystack;
    while !rest.is_empty() {
        if rest.starts_with(needle) {
            rest = &rest[needle.len()..];
        } else {
            out.push(rest[0]);
            rest = &rest[1..];
        }
    }
    out
}

/// Writes the program's expected files from `captured`, deleting a stale `.err` or `.exit`;
/// returns the extensions of the files that changed.
fn write_expected(program: &Program, captured: &Captured) -> Result<Vec<&'static str>> {
    let Status::Code(code) = captured.status else {
        bail!("CPython was {}", captured.status);
    };
    // No trailing newline, as the suite's existing files have it.
    let exit = (code != 0).then(|| code.to_string().into_bytes());
    let stderr = (!captured.stderr.is_empty()).then_some(&captured.stderr[..]);
    let mut changed = Vec::new();
    for (extension, contents) in [
        ("out", Some(&captured.stdout[..])),
        ("err", stderr),
        ("exit", exit.as_deref()),
    ] {
        if update_file(&program.sibling(extension), contents)
            .with_context(|| format!("cannot update {}", program.shown(extension)))?
        {
            changed.push(extension);
        }
    }
    Ok(changed)
}

/// Makes `path` hold `contents`, or not exist when `contents` is `None`; true if it changed.
fn update_file(path: &Path, contents: Option<&[u8]>) -> std::io::Result<bool> {
    let current = match fs::read(path) {
        Ok(bytes) => Some(bytes),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
        Err(err) => return Err(err),
    };
    if current.as_deref() == contents {
        return Ok(false);
    }
    match contents {
        Some(contents) => fs::write(path, contents)?,
        None => fs::remove_file(path)?,
    }
    Ok(true)
}

/// Runs every program under Python 3.8 and lists those whose results differ from `reference`.
fn cross_check_38(programs: &[Program], reference: &[Captured], strict: bool) -> Result<()> {
    let env = [("PYENV_VERSION", PYENV_VERSION_38)];
    let version = match python_version(PYTHON_38, &env) {
        Ok(version) => version,
        Err(err) if strict => {
            return Err(err.context(format!("--strict-38 needs `{PYTHON_38}`, which cannot run")))
        }
        Err(err) => {
            println!(
                "note: skipped the check against Python 3.8: `{PYTHON_38}` cannot run ({err})"
            );
            return Ok(());
        }
    };
    println!("bless: checking the same program(s) under {version}");
    let results = run_all(programs, |program| {
        run_program(PYTHON_38, &[], &env, program)
    });
    let mut differences = Vec::new();
    for ((program, expected), result) in programs.iter().zip(reference).zip(results) {
        match result {
            Ok(actual) if actual == *expected => {}
            Ok(actual) => differences.push(format!(
                "{}: {}",
                program.name,
                describe_difference(expected, &actual)
            )),
            Err(err) => differences.push(format!("{}: under 3.8: {err:#}", program.name)),
        }
    }
    if differences.is_empty() {
        println!("bless: Python 3.8 agrees on every program");
        return Ok(());
    }
    let list = differences.join("\n  ");
    let count = differences.len();
    if strict {
        bail!("{count} program(s) behave differently under {version} (rewrite them so that 3.8 and 3.11 agree):\n  {list}");
    }
    println!(
        "warning: {count} program(s) behave differently under {version}; the runtime follows 3.8, \
         so rewrite them until both agree:\n  {list}"
    );
    Ok(())
}

/// `stdout line 3: 3.11 "x" / 3.8 "y"; exit code 1 under 3.11, 0 under 3.8`.
fn describe_difference(py311: &Captured, py38: &Captured) -> String {
    let mut parts = Vec::new();
    for (stream, a, b) in [
        ("stdout", &py311.stdout, &py38.stdout),
        ("stderr", &py311.stderr, &py38.stderr),
    ] {
        if a != b {
            parts.push(first_differing_line(stream, a, b));
        }
    }
    if py311.status != py38.status {
        parts.push(format!(
            "{} under 3.11, {} under 3.8",
            py311.status, py38.status
        ));
    }
    parts.join("; ")
}

fn first_differing_line(stream: &str, py311: &[u8], py38: &[u8]) -> String {
    let py311 = String::from_utf8_lossy(py311);
    let py38 = String::from_utf8_lossy(py38);
    let mut a = py311.split_inclusive('\n');
    let mut b = py38.split_inclusive('\n');
    let mut number = 1;
    loop {
        match (a.next(), b.next()) {
            (Some(x), Some(y)) if x == y => number += 1,
            (x, y) => {
                let show = |line: Option<&str>| match line {
                    Some(line) => format!("{:?}", shorten(line)),
                    None => "(end)".to_string(),
                };
                return format!("{stream} line {number}: 3.11 {} / 3.8 {}", show(x), show(y));
            }
        }
    }
}

fn shorten(line: &str) -> String {
    const MAX: usize = 80;
    match line.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line.to_string(),
    }
}

/// `run(program)` for every program, on as many threads as the machine has cores; results
/// in the order of `programs`.
fn run_all<T: Send>(programs: &[Program], run: impl Fn(&Program) -> T + Sync) -> Vec<T> {
    let workers = thread::available_parallelism().map_or(1, |n| n.get());
    let next = AtomicUsize::new(0);
    let results = Mutex::new(
        (0..programs.len())
            .map(|_| None)
            .collect::<Vec<Option<T>>>(),
    );
    thread::scope(|scope| {
        for _ in 0..workers.min(programs.len()) {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(program) = programs.get(index) else {
                    break;
                };
                let result = run(program);
                results.lock().unwrap_or_else(|e| e.into_inner())[index] = Some(result);
            });
        }
    });
    let results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results
        .into_iter()
        .map(|result| result.expect("every program ran: the workers stop only past the last"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn captured(stdout: &str, stderr: &str, code: i32) -> Captured {
        Captured {
            stdout: stdout.into(),
            stderr: stderr.into(),
            status: Status::Code(code),
        }
    }

    #[test]
    fn absolute_script_paths_become_relative() {
        let dir = Path::new("/w/tests/python");
        let out = relative_paths(
            captured(
                "/w/tests/python/x.py\n",
                "  File \"/w/tests/python/x.py\", line 1\n",
                1,
            ),
            dir,
        );
        assert_eq!(out, captured("x.py\n", "  File \"x.py\", line 1\n", 1));
    }

    #[test]
    fn differences_name_the_first_differing_line() {
        let text = describe_difference(&captured("a\nb\n", "", 1), &captured("a\nc\n", "", 0));
        assert_eq!(
            text,
            "stdout line 2: 3.11 \"b\\n\" / 3.8 \"c\\n\"; exit code 1 under 3.11, exit code 0 under 3.8"
        );
        let text = describe_difference(&captured("", "e\n", 0), &captured("", "", 0));
        assert_eq!(text, "stderr line 1: 3.11 \"e\\n\" / 3.8 (end)");
    }

    #[test]
    fn update_file_writes_and_deletes_only_on_change() {
        let path = std::env::temp_dir().join(format!("xtask-bless-{}.exit", std::process::id()));
        assert!(!update_file(&path, None).unwrap());
        assert!(update_file(&path, Some(b"1\n")).unwrap());
        assert!(!update_file(&path, Some(b"1\n")).unwrap());
        assert!(update_file(&path, None).unwrap());
        assert!(!path.exists());
    }
}
