//! One timed run of a child process: its wall time from spawn to exit, its peak resident set
//! (from `wait4`, which reports the rusage of that one child), and its output, under a time
//! limit. `crate::process::capture` polls for the exit, which would blur the time; here a
//! thread blocks in `wait4` and notes the instant the child is reaped.

use std::io::{self, Read};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use super::runners::CommandLine;
use crate::process::Status;

/// How a measured run went.
#[derive(Debug)]
pub struct Measured {
    pub wall: Duration,
    /// Peak resident set size of the child, in KiB (Linux's `ru_maxrss` unit).
    pub max_rss_kib: u64,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// `None` when the child outlived the time limit and was killed.
    pub status: Option<Status>,
}

/// Runs `command` followed by `args` in `dir`, with `env` added, stdin from `/dev/null`.
/// `Err` only when it cannot be started or watched.
pub fn run(
    command: &CommandLine,
    args: &[&str],
    dir: &Path,
    env: &[(&str, &str)],
    timeout: Duration,
) -> Result<Measured> {
    let mut child_command = Command::new(&command.program);
    child_command
        .args(&command.args)
        .args(args)
        .current_dir(dir)
        .envs(env.iter().copied())
        .envs(command.env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let shown = || format!("{} {}", command.shown(), args.join(" "));

    let started = Instant::now();
    let mut child = child_command
        .spawn()
        .with_context(|| format!("cannot start `{}`", shown()))?;
    let pid = libc::pid_t::try_from(child.id()).context("process id out of range")?;
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    // From here on the child is reaped by `wait4` below, never through `child`.
    drop(child);

    let (sender, receiver) = mpsc::channel();
    thread::spawn(move || {
        let _ = sender.send(reap(pid));
    });
    let (reaped, timed_out) = match receiver.recv_timeout(timeout) {
        Ok(reaped) => (reaped, false),
        Err(_) => {
            // SAFETY: `kill` has no memory effects; `pid` is our child, not yet reaped (the
            // reaper has not reported), so the id cannot belong to another process.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            let reaped = receiver
                .recv()
                .context("the thread waiting for the child vanished")?;
            (reaped, true)
        }
    };
    let (wait_status, usage, ended) =
        reaped.with_context(|| format!("cannot wait for `{}`", shown()))?;
    let wall = ended - started;

    let grace_end = Instant::now() + Duration::from_secs(2);
    let collect = |stream: mpsc::Receiver<io::Result<Vec<u8>>>, name: &str| {
        let left = grace_end.saturating_duration_since(Instant::now());
        match stream.recv_timeout(left) {
            Ok(bytes) => bytes.with_context(|| format!("cannot read the {name} of `{}`", shown())),
            // A process the child started still holds the pipe: what was read is lost.
            Err(_) => Ok(Vec::new()),
        }
    };
    let status = if timed_out {
        None
    } else {
        Some(decode(wait_status))
    };
    Ok(Measured {
        wall,
        max_rss_kib: u64::try_from(usage.ru_maxrss).unwrap_or(0),
        stdout: collect(stdout, "stdout")?,
        stderr: collect(stderr, "stderr")?,
        status,
    })
}

/// Blocks until child `pid` ends; its wait status, its resource usage, and when it was reaped.
fn reap(pid: libc::pid_t) -> io::Result<(libc::c_int, libc::rusage, Instant)> {
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: all-zero bytes are a valid `rusage` (a struct of integers).
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: both pointers are to live locals that `wait4` fills.
        let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        let ended = Instant::now();
        if reaped == pid {
            return Ok((status, usage, ended));
        }
        let err = io::Error::last_os_error();
        if err.kind() != io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
}

fn decode(status: libc::c_int) -> Status {
    if libc::WIFSIGNALED(status) {
        Status::Signal(libc::WTERMSIG(status))
    } else {
        Status::Code(libc::WEXITSTATUS(status))
    }
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
        let _ = sender.send(result);
    });
    receiver
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str) -> (CommandLine, Vec<String>) {
        let command = CommandLine::parse("sh -c").unwrap();
        (command, vec![script.to_string()])
    }

    #[test]
    fn measures_time_output_status_and_rss() {
        let (command, args) = sh("sleep 0.2; echo out; echo $X err >&2; exit 3");
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let dir = std::env::temp_dir();
        let run = run(
            &command,
            &args,
            &dir,
            &[("X", "x")],
            Duration::from_secs(30),
        )
        .unwrap();
        assert_eq!(run.stdout, b"out\n");
        assert_eq!(run.stderr, b"x err\n");
        assert_eq!(run.status, Some(Status::Code(3)));
        assert!(run.wall >= Duration::from_millis(200), "{:?}", run.wall);
        assert!(run.wall < Duration::from_secs(10));
        assert!(run.max_rss_kib > 0);
    }

    #[test]
    fn kills_on_timeout() {
        let (command, args) = sh("sleep 30");
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let dir = std::env::temp_dir();
        let run = run(&command, &args, &dir, &[], Duration::from_millis(200)).unwrap();
        assert_eq!(run.status, None);
        assert!(run.wall < Duration::from_secs(10));
    }

    #[test]
    fn reports_a_missing_program() {
        let command = CommandLine::parse("/nonexistent/python").unwrap();
        let err = run(&command, &[], Path::new("/"), &[], Duration::from_secs(5)).unwrap_err();
        assert!(err.to_string().contains("cannot start"), "{err}");
    }
}
