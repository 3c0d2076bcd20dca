//! Running a child with its output captured and a time limit, which xshell alone does not
//! offer: the command is built with xshell, then spawned and watched here.

use std::io::{self, Read};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

/// What a finished child printed and how it ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Captured {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub status: Status,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Code(i32),
    Signal(i32),
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Status::Code(code) => write!(f, "exit code {code}"),
            Status::Signal(signal) => write!(f, "killed by signal {signal}"),
        }
    }
}

/// Runs `cmd` with stdin from `/dev/null` and its stdout and stderr captured. `Ok(None)` when
/// it outlived `timeout` and was killed.
pub fn capture(cmd: xshell::Cmd<'_>, timeout: Duration) -> Result<Option<Captured>> {
    let shown = cmd.to_string();
    let mut command = Command::from(cmd);
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command
        .spawn()
        .with_context(|| format!("cannot start `{shown}`"))?;
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());

    let deadline = Instant::now() + timeout;
    let mut pause = Duration::from_millis(1);
    let status = loop {
        if let Some(status) = child
            .try_wait()
            .with_context(|| format!("waiting for `{shown}`"))?
        {
            break status;
        }
        let now = Instant::now();
        if now >= deadline {
            child
                .kill()
                .with_context(|| format!("cannot kill `{shown}`"))?;
            child
                .wait()
                .with_context(|| format!("waiting for `{shown}`"))?;
            return Ok(None);
        }
        thread::sleep(pause.min(deadline - now));
        pause = (pause * 2).min(Duration::from_millis(50));
    };

    // A process the child started may hold the pipes open after the child ended: give the
    // output a moment, never a hang.
    let grace_end = Instant::now() + Duration::from_secs(2);
    let collect = |stream: mpsc::Receiver<io::Result<Vec<u8>>>, name: &str| {
        let left = grace_end.saturating_duration_since(Instant::now());
        match stream.recv_timeout(left) {
            Ok(bytes) => bytes.with_context(|| format!("cannot read the {name} of `{shown}`")),
            Err(_) => anyhow::bail!(
                "`{shown}` exited, but a process it started still holds its {name} open"
            ),
        }
    };
    Ok(Some(Captured {
        stdout: collect(stdout, "stdout")?,
        stderr: collect(stderr, "stderr")?,
        status: status_of(status),
    }))
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

fn status_of(status: ExitStatus) -> Status {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return Status::Signal(signal);
        }
    }
    Status::Code(status.code().unwrap_or(-1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captures_output_and_exit_code() {
        let sh = xshell::Shell::new().unwrap();
        let script = "import sys; print('out'); print('err', file=sys.stderr); sys.exit(3)";
        let cmd = xshell::cmd!(sh, "python3 -c {script}");
        let captured = capture(cmd, Duration::from_secs(30)).unwrap().unwrap();
        assert_eq!(captured.stdout, b"out\n");
        assert_eq!(captured.stderr, b"err\n");
        assert_eq!(captured.status, Status::Code(3));
    }

    #[test]
    fn kills_on_timeout() {
        let sh = xshell::Shell::new().unwrap();
        let started = Instant::now();
        let cmd = xshell::cmd!(sh, "sleep 30");
        assert_eq!(capture(cmd, Duration::from_millis(200)).unwrap(), None);
        assert!(started.elapsed() < Duration::from_secs(10));
    }
}
