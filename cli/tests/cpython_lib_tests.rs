//! CPython's own `Lib/test` files, run under `cinder`.
//!
//! A few of CPython's unittest files that test the core language and builtins are taken, at
//! test time, from an installed CPython's standard library (they are never copied into this
//! repository), put in a temporary directory as `test/NAME.py` beside the team's small
//! `test.support` (`tests/cpython/shim/`), and run one by one by `tests/cpython/run_test_file.py`,
//! which records the outcome of every test method.
//!
//! `tests/cpython_tests.toml` records, for each file, which test methods passed when it was
//! last recorded. A recorded method that no longer passes fails that file's trial; a method
//! that newly passes is only reported (record again to keep it).
//!
//! ```text
//! cargo test -p cinder --test cpython_lib_tests                     # check
//! CINDER_CPYTHON_TESTS_RECORD=1 cargo test -p cinder --test cpython_lib_tests   # rewrite the toml
//! CINDER_CPYTHON_LIB=/path/to/lib/python3.8/test cargo test ...     # use that Lib/test
//! ```
//!
//! Without an installed CPython that has `Lib/test`, the check prints why and passes: not
//! every machine has one. The recorded sets come from CPython 3.8 (our language level); with
//! another version's files, differences are reported but do not fail.

#[path = "support/timeout.rs"]
mod timeout;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use std::{env, fs, thread};
use timeout::{timeout_from_env, TIMEOUT_ENV};

use libtest_mimic::{Arguments, Failed, Trial};

const CINDER: &str = env!("CARGO_BIN_EXE_cinder");
/// Set (to anything but `0` or empty) to run every file and rewrite the toml.
const RECORD_ENV: &str = "CINDER_CPYTHON_TESTS_RECORD";
/// A `Lib/test` directory to use instead of looking for an installed CPython.
const LIB_ENV: &str = "CINDER_CPYTHON_LIB";
/// Seconds one file may run before it is killed.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// The CPython whose `Lib/test` files the recorded sets come from.
const RECORDED_VERSION: &str = "3.8";
/// How many times `record` runs each file; only methods passing every time are recorded.
const RECORD_RUNS: usize = 2;

/// The files run, each with the other `Lib/test` modules it imports (copied beside it).
const FILES: &[(&str, &[&str])] = &[
    ("test_bool", &[]),
    ("test_scope", &[]),
    ("test_with", &[]),
    ("test_raise", &[]),
    ("test_richcmp", &[]),
    ("test_sort", &[]),
    ("test_keywordonlyarg", &[]),
    ("test_exception_variations", &[]),
    ("test_decorators", &[]),
    ("test_augassign", &[]),
    ("test_unary", &[]),
    ("test_contains", &[]),
    ("test_int_literal", &[]),
    ("test_pow", &[]),
    ("test_string", &[]),
    ("test_textwrap", &[]),
    ("test_keyword", &[]),
    ("test_dictcomps", &[]),
    ("test_compare", &[]),
];

fn main() -> ExitCode {
    let timeout = match timeout_from_env(DEFAULT_TIMEOUT) {
        Ok(timeout) => timeout,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let recording = env::var(RECORD_ENV).is_ok_and(|v| !v.is_empty() && v != "0");
    let lib = match find_lib_test() {
        Some(lib) => lib,
        None if recording => {
            eprintln!("error: no CPython with Lib/test found to record from (set {LIB_ENV}=DIR)");
            return ExitCode::from(2);
        }
        None => {
            println!(
                "skipping CPython Lib/test files: no installed CPython with Lib/test found \
                 (tried python3.8 and python3; set {LIB_ENV}=DIR to point at one)"
            );
            return ExitCode::SUCCESS;
        }
    };
    println!(
        "CPython {} Lib/test from {}",
        lib.version,
        lib.dir.display()
    );
    let work = match prepare_work_dir(&lib) {
        Ok(work) => work,
        Err(err) => {
            eprintln!("error: cannot prepare the test directory: {err}");
            return ExitCode::from(2);
        }
    };
    let code = if recording {
        record(&lib, &work, timeout)
    } else {
        check(&lib, work.clone(), timeout)
    };
    // Best effort: a leftover temp dir is harmless.
    let _ = fs::remove_dir_all(&work);
    code
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn toml_path() -> PathBuf {
    workspace_root().join("tests").join("cpython_tests.toml")
}

/// An installed CPython's `Lib/test` directory.
struct LibTest {
    dir: PathBuf,
    /// `major.minor.micro` of the CPython it belongs to.
    version: String,
}

impl LibTest {
    fn major_minor(&self) -> &str {
        let mut dots = self.version.match_indices('.');
        match dots.nth(1) {
            Some((end, _)) => &self.version[..end],
            None => &self.version,
        }
    }
}

/// `$CINDER_CPYTHON_LIB`, else the `Lib/test` of `python3.8` (pyenv's 3.8.18 first), else of
/// `python3`; only a directory that holds every file of `FILES` counts.
fn find_lib_test() -> Option<LibTest> {
    if let Some(dir) = env::var_os(LIB_ENV) {
        let dir = PathBuf::from(dir);
        let version = version_from_path(&dir).unwrap_or_else(|| "unknown".to_string());
        return Some(LibTest { dir, version });
    }
    const ASK: &str = "import os, platform, test; \
                       print(platform.python_version()); print(os.path.dirname(test.__file__))";
    let candidates: [(&str, Option<(&str, &str)>); 3] = [
        ("python3.8", Some(("PYENV_VERSION", "3.8.18"))),
        ("python3.8", None),
        ("python3", None),
    ];
    candidates.into_iter().find_map(|(python, env_var)| {
        let mut command = Command::new(python);
        command.args(["-c", ASK]).stdin(Stdio::null());
        if let Some((key, value)) = env_var {
            command.env(key, value);
        }
        let output = command.output().ok()?;
        if !output.status.success() {
            return None;
        }
        let text = String::from_utf8(output.stdout).ok()?;
        let mut lines = text.lines();
        let version = lines.next()?.trim().to_string();
        let dir = PathBuf::from(lines.next()?.trim());
        let complete = FILES.iter().all(|(name, support)| {
            std::iter::once(name)
                .chain(support.iter())
                .all(|module| dir.join(format!("{module}.py")).is_file())
        });
        complete.then_some(LibTest { dir, version })
    })
}

/// `3.8` from a path such as `.../lib/python3.8/test`.
fn version_from_path(dir: &Path) -> Option<String> {
    dir.ancestors().find_map(|p| {
        let name = p.file_name()?.to_str()?;
        name.strip_prefix("python")
            .filter(|v| v.starts_with(|c: char| c.is_ascii_digit()))
            .map(str::to_string)
    })
}

/// A fresh temp dir holding `run_test_file.py`, the shim `test` package, and every file of
/// `FILES` (with its support modules) copied from `lib` into `test/`.
fn prepare_work_dir(lib: &LibTest) -> io::Result<PathBuf> {
    let work = env::temp_dir().join(format!("cinder-cpython-tests-{}", std::process::id()));
    if work.exists() {
        fs::remove_dir_all(&work)?;
    }
    let ours = workspace_root().join("tests").join("cpython");
    copy_tree(&ours.join("shim"), &work)?;
    fs::copy(ours.join("run_test_file.py"), work.join("run_test_file.py"))?;
    for (name, support) in FILES {
        for module in std::iter::once(name).chain(support.iter()) {
            let file = format!("{module}.py");
            let from = lib.dir.join(&file);
            fs::copy(&from, work.join("test").join(&file)).map_err(|err| {
                io::Error::new(err.kind(), format!("copying {}: {err}", from.display()))
            })?;
        }
    }
    Ok(work)
}

fn copy_tree(from: &Path, to: &Path) -> io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name();
        if name == "__pycache__" {
            continue;
        }
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &to.join(&name))?;
        } else {
            fs::copy(entry.path(), to.join(&name))?;
        }
    }
    Ok(())
}

/// How one test method ended.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Status {
    Ok,
    Fail,
    Error,
    Skip,
    /// Marked `expectedFailure` and failed: counted as passing.
    ExpectedFailure,
    /// Marked `expectedFailure` but passed: counted as a failure, as unittest does.
    UnexpectedSuccess,
}

impl Status {
    fn parse(word: &str) -> Option<Status> {
        Some(match word {
            "ok" => Status::Ok,
            "fail" => Status::Fail,
            "error" => Status::Error,
            "skip" => Status::Skip,
            "xfail" => Status::ExpectedFailure,
            "xpass" => Status::UnexpectedSuccess,
            _ => return None,
        })
    }

    fn passed(self) -> bool {
        matches!(self, Status::Ok | Status::ExpectedFailure)
    }
}

/// What running one file under cinder gave.
struct FileRun {
    /// Each test method's outcome, by test id (`test.test_bool.BoolTest.test_int`).
    results: BTreeMap<String, Status>,
    /// Why the run did not finish normally (import error, crash, timeout), if it did not.
    problem: Option<String>,
}

impl FileRun {
    fn passing(&self) -> BTreeSet<&str> {
        self.results
            .iter()
            .filter(|(_, status)| status.passed())
            .map(|(id, _)| id.as_str())
            .collect()
    }

    fn count(&self, wanted: &[Status]) -> usize {
        self.results.values().filter(|s| wanted.contains(s)).count()
    }
}

/// Runs `test.NAME` under cinder in `work` and reads the outcomes it recorded.
fn run_file(work: &Path, name: &str, timeout: Duration) -> Result<FileRun, String> {
    let results_path = work.join(format!("{name}.results"));
    let mut command = Command::new(CINDER);
    command
        .arg("run_test_file.py")
        .arg(format!("test.{name}"))
        .arg(&results_path)
        .current_dir(work)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, _) in env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            command.env_remove(key);
        }
    }
    command.envs([
        ("PYTHONHASHSEED", "0"),
        ("PYTHONIOENCODING", "utf-8"),
        ("PYTHONDONTWRITEBYTECODE", "1"),
    ]);
    let child = command
        .spawn()
        .map_err(|err| format!("cannot start {CINDER}: {err}"))?;
    let (status, output) =
        wait_with_timeout(child, timeout).map_err(|err| format!("while running {name}: {err}"))?;
    let log = fs::read_to_string(&results_path).unwrap_or_default();
    let mut results = BTreeMap::new();
    let mut running = None;
    let mut import_error = false;
    for line in log.lines() {
        let Some((word, id)) = line.split_once(' ') else {
            continue;
        };
        match word {
            "start" => running = Some(id.to_string()),
            "import-error" => import_error = true,
            _ => {
                if let Some(status) = Status::parse(word) {
                    // A method whose subtest failed is reported again when it ends; the
                    // first (worst) word stands.
                    results.entry(id.to_string()).or_insert(status);
                    running = None;
                }
            }
        }
    }
    let in_test = running.map(|id| format!(" in {id}")).unwrap_or_default();
    let problem = match status {
        _ if import_error => Some(format!("test.{name} failed to import:{}", tail(&output))),
        None => Some(format!(
            "killed after {timeout:.0?}{in_test} (set {TIMEOUT_ENV}=SECONDS to allow longer){}",
            tail(&output)
        )),
        Some(code) if code != 0 && code != 1 => Some(format!(
            "cinder ended with {}{in_test}:{}",
            describe_exit(code),
            tail(&output)
        )),
        Some(_) => None,
    };
    Ok(FileRun { results, problem })
}

fn describe_exit(code: i32) -> String {
    if code < 0 {
        format!("signal {}", -code)
    } else {
        format!("exit status {code}")
    }
}

/// Waits for `child`, collecting its stdout and stderr together; kills it after `timeout`.
/// Gives the exit code (minus the signal number when killed by one), or `None` on timeout.
fn wait_with_timeout(mut child: Child, timeout: Duration) -> io::Result<(Option<i32>, String)> {
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let deadline = Instant::now() + timeout;
    let mut pause = Duration::from_millis(1);
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        let now = Instant::now();
        if now >= deadline {
            child.kill()?;
            child.wait()?;
            break None;
        }
        thread::sleep(pause.min(deadline - now));
        pause = (pause * 2).min(Duration::from_millis(50));
    };
    let grace_end = Instant::now() + Duration::from_secs(2);
    let collect = |stream: mpsc::Receiver<Vec<u8>>| {
        let left = grace_end.saturating_duration_since(Instant::now());
        stream.recv_timeout(left).unwrap_or_default()
    };
    let mut output = collect(stdout);
    output.extend(collect(stderr));
    let code = status.map(|status| {
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            if let Some(signal) = status.signal() {
                return -signal;
            }
        }
        status.code().unwrap_or(-1)
    });
    Ok((code, String::from_utf8_lossy(&output).into_owned()))
}

/// Reads `pipe` to its end on a thread of its own (read errors end the output early).
fn drain(pipe: Option<impl Read + Send + 'static>) -> mpsc::Receiver<Vec<u8>> {
    let (sender, receiver) = mpsc::channel();
    thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        let _ = sender.send(bytes);
    });
    receiver
}

/// The last lines of a run's output, to show where it stopped.
fn tail(output: &str) -> String {
    const LINES: usize = 8;
    let lines: Vec<&str> = output.lines().collect();
    let start = lines.len().saturating_sub(LINES);
    let mut text = String::new();
    for line in &lines[start..] {
        text.push_str("\n  ");
        text.push_str(line);
    }
    text
}

/// One libtest-mimic trial per file: each recorded passing method must still pass.
fn check(lib: &LibTest, work: PathBuf, timeout: Duration) -> ExitCode {
    let recorded = match fs::read_to_string(toml_path()) {
        Ok(text) => match parse_toml(&text) {
            Ok(recorded) => recorded,
            Err(err) => {
                eprintln!("error: tests/cpython_tests.toml: {err}");
                return ExitCode::from(2);
            }
        },
        Err(err) => {
            eprintln!(
                "error: cannot read tests/cpython_tests.toml ({err}); \
                 record it with {RECORD_ENV}=1"
            );
            return ExitCode::from(2);
        }
    };
    let same_version = lib.major_minor() == RECORDED_VERSION;
    if !same_version {
        println!(
            "note: the recorded sets come from CPython {RECORDED_VERSION}'s files, these are \
             {}'s: differences are reported, not failures",
            lib.version
        );
    }
    let args = Arguments::from_args();
    let trials = FILES
        .iter()
        .map(|(name, _)| {
            let expected = recorded.get(*name).cloned();
            let work = work.clone();
            Trial::test(*name, move || {
                let Some(expected) = expected else {
                    return Err(format!(
                        "{name} is not in tests/cpython_tests.toml: record it with {RECORD_ENV}=1"
                    )
                    .into());
                };
                let verdict = compare(name, &expected, &run_file(&work, name, timeout)?);
                match verdict {
                    Err(report) if !same_version => {
                        println!("{report}");
                        Ok(())
                    }
                    other => other.map_err(Failed::from),
                }
            })
        })
        .collect();
    libtest_mimic::run(&args, trials).exit_code()
}

/// Fails when a method of `expected` did not pass; reports (prints) newly passing ones.
fn compare(name: &str, expected: &BTreeSet<String>, run: &FileRun) -> Result<(), String> {
    let passing = run.passing();
    let lost: Vec<&String> = expected
        .iter()
        .filter(|id| !passing.contains(id.as_str()))
        .collect();
    let gained: Vec<&&str> = passing
        .iter()
        .filter(|id| !expected.contains(**id))
        .collect();
    if !gained.is_empty() {
        println!(
            "{name}: {} test(s) pass that are not recorded (record with {RECORD_ENV}=1): {gained:?}",
            gained.len()
        );
    }
    if lost.is_empty() {
        return Ok(());
    }
    let mut report = format!(
        "{name}: {} recorded passing test(s) no longer pass:",
        lost.len()
    );
    for id in &lost {
        let status = run
            .results
            .get(id.as_str())
            .map_or("did not run".to_string(), |s| format!("{s:?}"));
        let _ = write!(report, "\n  {id}: {status}");
    }
    if let Some(problem) = &run.problem {
        let _ = write!(report, "\n{problem}");
    }
    Err(report)
}

/// Runs every file and rewrites the toml with what passes now.
fn record(lib: &LibTest, work: &Path, timeout: Duration) -> ExitCode {
    let mut text = String::from(
        "# CPython Lib/test files run under cinder by cli/tests/cpython_lib_tests.rs, and the\n\
         # test methods of each that passed when last recorded. The check fails when one of\n\
         # them no longer passes. Written by, never edit by hand:\n\
         #   CINDER_CPYTHON_TESTS_RECORD=1 cargo test -p cinder --test cpython_lib_tests\n",
    );
    let mut failed = false;
    for (name, support) in FILES {
        // Two runs: a method that passes in only one of them is flaky and is not recorded.
        let runs = match (0..RECORD_RUNS)
            .map(|_| run_file(work, name, timeout))
            .collect::<Result<Vec<_>, _>>()
        {
            Ok(runs) => runs,
            Err(err) => {
                eprintln!("error: {err}");
                return ExitCode::from(2);
            }
        };
        let run = &runs[0];
        let stable: BTreeSet<&str> = runs.iter().skip(1).fold(run.passing(), |kept, other| {
            let passing = other.passing();
            kept.into_iter().filter(|id| passing.contains(id)).collect()
        });
        let flaky: Vec<&str> = run
            .passing()
            .into_iter()
            .filter(|id| !stable.contains(id))
            .collect();
        if !flaky.is_empty() {
            eprintln!("{name}: not recording flaky test(s) {flaky:?}");
        }
        if let Some(problem) = &run.problem {
            eprintln!("{name}: {problem}");
            failed = true;
        }
        let passed = run.count(&[Status::Ok, Status::ExpectedFailure]);
        let failures = run.count(&[Status::Fail, Status::UnexpectedSuccess]);
        let errors = run.count(&[Status::Error]);
        let skipped = run.count(&[Status::Skip]);
        println!("{name}: {passed} passed, {failures} failed, {errors} errors, {skipped} skipped");
        let _ = write!(
            text,
            "\n[{name}]\nsource = \"CPython {}: {}\"\n",
            lib.version,
            lib.dir.join(format!("{name}.py")).display()
        );
        if !support.is_empty() {
            let _ = writeln!(text, "support = {support:?}");
        }
        let _ = write!(
            text,
            "passed = {passed}\nfailed = {failures}\nerrors = {errors}\nskipped = {skipped}\n\
             passing = [\n"
        );
        for id in &stable {
            let _ = writeln!(text, "    \"{id}\",");
        }
        text.push_str("]\n");
    }
    if let Err(err) = fs::write(toml_path(), text) {
        eprintln!("error: cannot write tests/cpython_tests.toml: {err}");
        return ExitCode::from(2);
    }
    println!("wrote tests/cpython_tests.toml");
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Reads the `passing` list of each `[file]` table of the toml that `record` writes (a small
/// subset of TOML: tables, `key = value` lines, and string arrays one item a line).
fn parse_toml(text: &str) -> Result<BTreeMap<String, BTreeSet<String>>, String> {
    let mut files = BTreeMap::new();
    let mut table: Option<String> = None;
    let mut in_passing = false;
    for (index, raw) in text.lines().enumerate() {
        let line = raw.trim();
        let at = || format!("line {}: {raw:?}", index + 1);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if in_passing {
            if line == "]" {
                in_passing = false;
                continue;
            }
            let id = line
                .strip_suffix(',')
                .unwrap_or(line)
                .strip_prefix('"')
                .and_then(|s| s.strip_suffix('"'))
                .ok_or_else(|| format!("expected a quoted test id at {}", at()))?;
            let name = table.as_ref().ok_or_else(at)?;
            files
                .entry(name.clone())
                .or_insert_with(BTreeSet::new)
                .insert(id.to_string());
        } else if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            files.entry(name.to_string()).or_insert_with(BTreeSet::new);
            table = Some(name.to_string());
        } else if let Some((key, value)) = line.split_once('=') {
            if table.is_none() {
                return Err(format!("a key outside any [file] table at {}", at()));
            }
            if key.trim() == "passing" {
                if value.trim() != "[" {
                    return Err(format!("expected `passing = [` at {}", at()));
                }
                in_passing = true;
            }
        } else {
            return Err(format!("cannot read {}", at()));
        }
    }
    if in_passing {
        return Err("unterminated `passing` list".to_string());
    }
    Ok(files)
}
