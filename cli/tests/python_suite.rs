//! The Python conformance suite: every `tests/python/**/*.py` is run under `cinder`, and its
//! stdout, stderr and exit code must equal, byte for byte, what CPython produced for it
//! (`NAME.out`, `NAME.err`, `NAME.exit` beside the program, written by `cargo xtask bless`).
//!
//! One libtest-mimic trial per program, named by its path under `tests/python` without `.py`,
//! so the usual libtest arguments work:
//!
//! ```text
//! cargo test -p cinder --test python_suite                 # all programs
//! cargo test -p cinder --test python_suite -- stmt_        # names containing `stmt_`
//! cargo test -p cinder --test python_suite -- --list
//! CINDER_TEST_TIMEOUT=5 cargo test -p cinder --test python_suite
//! ```
//!
//! `tests/python/known_failures.txt` lists programs the runtime does not pass yet (one name a
//! line, `#` comments). Such a program is still run: it passes while it keeps failing, and a
//! listed program that starts to behave as CPython fails the suite until its line is removed,
//! so the list can only shrink honestly.

#[path = "python_suite/compare.rs"]
mod compare;

#[path = "support/timeout.rs"]
mod timeout;
use std::ffi::OsString;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use std::{env, fs, thread};
use timeout::{timeout_from_env, TIMEOUT_ENV};

use compare::{Exit, Outcome};
use libtest_mimic::{Arguments, Failed, Trial};

/// Seconds one program may run before it is killed and fails.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// A filter for this suite alone. `cargo xtask test --filter` sets it, because arguments after
/// `cargo test --workspace --` would filter every test binary of the workspace, not just this.
/// An explicit libtest filter on the command line wins over it.
const FILTER_ENV: &str = "CINDER_SUITE_FILTER";
/// The environment of every program, the same as `cargo xtask bless` gives CPython: fixed
/// hashing (set iteration order), UTF-8 streams, no `__pycache__` beside the programs.
const PROGRAM_ENV: [(&str, &str); 3] = [
    ("PYTHONHASHSEED", "0"),
    ("PYTHONIOENCODING", "utf-8"),
    ("PYTHONDONTWRITEBYTECODE", "1"),
];
const CINDER: &str = env!("CARGO_BIN_EXE_cinder");

fn main() -> ExitCode {
    let mut args = Arguments::from_args();
    if args.filter.is_none() {
        args.filter = env::var(FILTER_ENV).ok().filter(|f| !f.is_empty());
    }
    let timeout = match timeout_from_env(DEFAULT_TIMEOUT) {
        Ok(timeout) => timeout,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let root = suite_dir();
    let programs = match discover(&root) {
        Ok(programs) => programs,
        Err(err) => {
            eprintln!(
                "error: cannot list the programs in {}: {err}",
                root.display()
            );
            return ExitCode::from(2);
        }
    };
    let known = match known_failures(&root) {
        Ok(known) => known,
        Err(err) => {
            eprintln!("error: cannot read tests/python/{KNOWN_FAILURES}: {err}");
            return ExitCode::from(2);
        }
    };
    let unknown: Vec<&String> = known
        .iter()
        .filter(|name| !programs.iter().any(|p| &p.name == *name))
        .collect();
    if !unknown.is_empty() {
        eprintln!(
            "error: tests/python/{KNOWN_FAILURES} names programs that do not exist: {unknown:?}"
        );
        return ExitCode::from(2);
    }
    let trials = programs
        .into_iter()
        .map(|program| {
            let name = program.name.clone();
            if known.contains(&name) {
                Trial::test(name, move || program.check_known_failure(timeout))
                    .with_kind("known failure")
            } else {
                Trial::test(name, move || program.check(timeout))
            }
        })
        .collect();
    libtest_mimic::run(&args, trials).exit_code()
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The list of programs expected to fail, beside the programs.
const KNOWN_FAILURES: &str = "known_failures.txt";

fn known_failures(root: &Path) -> io::Result<Vec<String>> {
    match fs::read_to_string(root.join(KNOWN_FAILURES)) {
        Ok(text) => Ok(text
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(err) => Err(err),
    }
}

fn suite_dir() -> PathBuf {
    workspace_root().join("tests").join("python")
}

/// One test program and where its expected results live.
struct Program {
    /// Path under `tests/python`, without `.py`, `/`-separated: the trial's name.
    name: String,
    /// The directory the program runs in.
    dir: PathBuf,
    /// `NAME.py`, given to `cinder` as its only argument.
    file_name: OsString,
}

/// Every `*.py` under `dir`, recursively, sorted by name. `__pycache__` and hidden
/// directories are skipped. A missing `dir` is an empty suite.
fn discover(dir: &Path) -> io::Result<Vec<Program>> {
    let mut programs = Vec::new();
    if dir.is_dir() {
        collect(dir, "", &mut programs)?;
    }
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(programs)
}

fn collect(dir: &Path, prefix: &str, programs: &mut Vec<Program>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let Some(file_name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if entry.file_type()?.is_dir() {
            if file_name != "__pycache__" && !file_name.starts_with('.') {
                collect(&path, &format!("{prefix}{file_name}/"), programs)?;
            }
        } else if let Some(stem) = file_name.strip_suffix(".py") {
            programs.push(Program {
                name: format!("{prefix}{stem}"),
                dir: dir.to_path_buf(),
                file_name: file_name.into(),
            });
        }
    }
    Ok(())
}

impl Program {
    /// A path beside the program with `extension` instead of `.py`.
    fn sibling(&self, extension: &str) -> PathBuf {
        self.dir
            .join(Path::new(&self.file_name).with_extension(extension))
    }

    /// Where to point a human at: `tests/python/NAME.EXT`.
    fn shown(&self, extension: &str) -> String {
        format!("tests/python/{}.{extension}", self.name)
    }

    fn check(&self, timeout: Duration) -> Result<(), Failed> {
        let expected = self.expected()?;
        let actual = self.run(timeout)?;
        compare::compare(&expected, &actual).map_err(|report| {
            format!(
                "{} does not behave as CPython did:\n{report}",
                self.shown("py")
            )
            .into()
        })
    }

    /// A listed known failure: passes while it still differs from CPython.
    fn check_known_failure(&self, timeout: Duration) -> Result<(), Failed> {
        match self.check(timeout) {
            Err(_) => Ok(()),
            Ok(()) => Err(format!(
                "{} now behaves as CPython did: remove it from tests/python/{KNOWN_FAILURES}",
                self.shown("py")
            )
            .into()),
        }
    }

    fn expected(&self) -> Result<Outcome, String> {
        let stdout = match fs::read(self.sibling("out")) {
            Ok(bytes) => bytes,
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                return Err(format!(
                    "no expected output: run `cargo xtask bless` ({} does not exist)",
                    self.shown("out")
                ));
            }
            Err(err) => return Err(format!("cannot read {}: {err}", self.shown("out"))),
        };
        let stderr = read_optional(&self.sibling("err"))
            .map_err(|err| format!("cannot read {}: {err}", self.shown("err")))?
            .unwrap_or_default();
        let exit = match read_optional(&self.sibling("exit"))
            .map_err(|err| format!("cannot read {}: {err}", self.shown("exit")))?
        {
            None => 0,
            Some(bytes) => compare::parse_exit_file(&String::from_utf8_lossy(&bytes))
                .map_err(|err| format!("{}: {err}", self.shown("exit")))?,
        };
        Ok(Outcome {
            stdout,
            stderr,
            exit: Exit::Code(exit),
        })
    }

    fn run(&self, timeout: Duration) -> Result<Outcome, String> {
        let mut command = Command::new(CINDER);
        command
            .arg(&self.file_name)
            .current_dir(&self.dir)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        // A stray PYTHONPATH or PYTHONWARNINGS in the developer's shell must not change results.
        for (key, _) in env::vars_os() {
            if key.to_string_lossy().starts_with("PYTHON") {
                command.env_remove(key);
            }
        }
        command.envs(PROGRAM_ENV);
        let child = command
            .spawn()
            .map_err(|err| format!("cannot start {CINDER}: {err}"))?;
        match wait_with_timeout(child, timeout)
            .map_err(|err| format!("while running {}: {err}", self.shown("py")))?
        {
            Finished::Exited(outcome) => Ok(outcome),
            Finished::TimedOut { stdout, stderr } => Err(format!(
                "timed out: {} ran longer than {:.0?} and was killed \
                 (set {TIMEOUT_ENV}=SECONDS to allow longer){}{}",
                self.shown("py"),
                timeout,
                tail("stdout", stdout.as_deref()),
                tail("stderr", stderr.as_deref()),
            )),
        }
    }
}

fn read_optional(path: &Path) -> io::Result<Option<Vec<u8>>> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(err),
    }
}

enum Finished {
    Exited(Outcome),
    /// The child was killed; its output is given when the pipes closed soon after.
    TimedOut {
        stdout: Option<Vec<u8>>,
        stderr: Option<Vec<u8>>,
    },
}

/// Waits for `child`, reading its piped stdout and stderr; kills it when `timeout` passes.
fn wait_with_timeout(mut child: Child, timeout: Duration) -> io::Result<Finished> {
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
    // A process the program started may have inherited the pipes and keep them open after
    // the program ended; wait for the output only a little, rather than hang the suite.
    let grace_end = Instant::now() + Duration::from_secs(2);
    let collect = |stream: mpsc::Receiver<io::Result<Vec<u8>>>| {
        let left = grace_end.saturating_duration_since(Instant::now());
        stream.recv_timeout(left).ok().transpose()
    };
    let stdout = collect(stdout)?;
    let stderr = collect(stderr)?;
    Ok(match status {
        None => Finished::TimedOut { stdout, stderr },
        Some(status) => {
            let missing = || {
                io::Error::other("a process it started still holds its output open after it exited")
            };
            Finished::Exited(Outcome {
                stdout: stdout.ok_or_else(missing)?,
                stderr: stderr.ok_or_else(missing)?,
                exit: exit_of(status),
            })
        }
    })
}

/// Reads `pipe` to its end on a thread of its own; the bytes arrive on the returned channel.
fn drain(pipe: Option<impl Read + Send + 'static>) -> mpsc::Receiver<io::Result<Vec<u8>>> {
    let (sender, receiver) = mpsc::channel();
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let result = match pipe {
            Some(mut pipe) => pipe.read_to_end(&mut bytes).map(|_| bytes),
            None => Ok(bytes),
        };
        // The receiver is gone only when the caller gave up waiting; nothing to tell then.
        let _ = sender.send(result);
    });
    receiver
}

fn exit_of(status: ExitStatus) -> Exit {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return Exit::Signal(signal);
        }
    }
    Exit::Code(status.code().unwrap_or(-1))
}

/// The last few lines a killed program printed, to hint where it was stuck.
fn tail(stream: &str, bytes: Option<&[u8]>) -> String {
    const LINES: usize = 5;
    let Some(bytes) = bytes.filter(|b| !b.is_empty()) else {
        return String::new();
    };
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.len().saturating_sub(LINES);
    let mut out = format!("\nlast lines of {stream}:");
    for line in &lines[start..] {
        out.push_str("\n  ");
        out.push_str(line);
    }
    out
}
