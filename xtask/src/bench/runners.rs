//! Who runs the benchmarks: `cinder` in each of its modes, and the peer interpreters it is
//! measured against, with CPython 3.11 as the baseline of every ratio.

use std::path::Path;

use anyhow::{bail, Result};

/// One way of running `cinder`. Adding a mode (the JIT, Static Python) is one more row of
/// [`MODES`].
#[derive(Debug, PartialEq, Eq)]
pub struct Mode {
    pub name: &'static str,
    /// Arguments put before the program.
    pub flags: &'static [&'static str],
    /// When set, the mode runs only the benchmarks with this tag (elsewhere it is the same as
    /// another mode, so running it would only cost time).
    pub only_tag: Option<&'static str>,
}

pub const MODES: &[Mode] = &[
    Mode {
        name: "interp",
        flags: &[],
        only_tag: None,
    },
    Mode {
        name: "no-eager-coro",
        flags: &["-X", "no-eager-coro"],
        only_tag: Some("async"),
    },
    Mode {
        name: "eager-gather",
        flags: &["-X", "eager-gather"],
        only_tag: Some("async"),
    },
];

/// The peer every speedup is relative to.
pub const BASELINE: &str = "python3.11";

/// The peers measured when present: Debian's PGO build of CPython 3.11 (the `python3` first on
/// PATH here is an unoptimized pyenv build, unfit as a baseline), CPython 3.8 (the version
/// Cinder follows) and PyPy.
pub const DEFAULT_PEERS: &[(&str, &str)] = &[
    (BASELINE, "/usr/bin/python3.11"),
    ("python3.8", "PYENV_VERSION=3.8.18 python3.8"),
    ("pypy3", "pypy3"),
];

/// A command line: variables to set, the program, and its first arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommandLine {
    pub env: Vec<(String, String)>,
    pub program: String,
    pub args: Vec<String>,
}

impl CommandLine {
    /// Splits `text` as a POSIX shell would split a simple command; leading `NAME=VALUE` words
    /// are variables for the command, as in the shell.
    pub fn parse(text: &str) -> Result<CommandLine> {
        let Some(words) = shlex::split(text) else {
            bail!("cannot split {text:?}: unbalanced quotes or a trailing backslash");
        };
        let mut words = words.into_iter().peekable();
        let mut env = Vec::new();
        while let Some((name, value)) = words.peek().and_then(|word| env_assignment(word)) {
            env.push((name, value));
            words.next();
        }
        let Some(program) = words.next() else {
            bail!("{text:?} names no program");
        };
        Ok(CommandLine {
            env,
            program,
            args: words.collect(),
        })
    }

    /// The command line as a shell would take it, for messages and results.json.
    pub fn shown(&self) -> String {
        let quote = |word: &str| match shlex::try_quote(word) {
            Ok(quoted) => quoted.into_owned(),
            Err(_) => word.to_string(),
        };
        let env = self
            .env
            .iter()
            .map(|(name, value)| format!("{name}={}", quote(value)));
        let command = std::iter::once(&self.program).chain(&self.args);
        let words: Vec<String> = env.chain(command.map(|word| quote(word))).collect();
        words.join(" ")
    }
}

fn env_assignment(word: &str) -> Option<(String, String)> {
    let (name, value) = word.split_once('=')?;
    let mut chars = name.chars();
    let valid = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    valid.then(|| (name.to_string(), value.to_string()))
}

/// `--peer NAME=CMD`: `Some(command)` adds or replaces the peer, an empty CMD (`NAME=`) drops it.
pub fn parse_peer(spec: &str) -> Result<(String, Option<CommandLine>), String> {
    let Some((name, command)) = spec.split_once('=') else {
        return Err(format!("expected NAME=CMD, got {spec:?}"));
    };
    let name = name.trim();
    if name.is_empty() || name.contains(char::is_whitespace) || name.starts_with("cinder") {
        return Err(format!(
            "peer name {name:?} must be one word not starting with `cinder`"
        ));
    }
    if command.trim().is_empty() {
        return Ok((name.to_string(), None));
    }
    let command = CommandLine::parse(command).map_err(|err| err.to_string())?;
    Ok((name.to_string(), Some(command)))
}

/// Whose the runner is; decides what its failures mean (see `docs/benchmarks.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Cinder(&'static Mode),
    Baseline,
    Peer,
}

/// One column of the results.
#[derive(Clone, Debug)]
pub struct Runner {
    /// `cinder:MODE` or the peer's name.
    pub name: String,
    pub kind: Kind,
    pub command: CommandLine,
}

impl Runner {
    /// Whether this runner runs a workload with these tags.
    pub fn runs(&self, tags: &[String]) -> bool {
        match self.kind {
            Kind::Cinder(mode) => mode
                .only_tag
                .is_none_or(|tag| tags.iter().any(|t| t == tag)),
            Kind::Baseline | Kind::Peer => true,
        }
    }

    /// Failures of cinder and of the baseline fail the command; those of other peers are only
    /// reported, unless `--strict`.
    pub fn failure_is_fatal(&self, strict: bool) -> bool {
        strict || !matches!(self.kind, Kind::Peer)
    }
}

/// The runners in table order: cinder's modes (those in `modes`, or all), the baseline, then
/// the other peers (defaults first, then those added by `--peer`, in order).
pub fn runners(
    cinder: &Path,
    modes: &[String],
    peer_args: &[(String, Option<CommandLine>)],
) -> Result<Vec<Runner>> {
    let mut runners = Vec::new();
    for mode in MODES {
        if modes.is_empty() || modes.iter().any(|name| name == mode.name) {
            runners.push(Runner {
                name: format!("cinder:{}", mode.name),
                kind: Kind::Cinder(mode),
                command: CommandLine {
                    env: Vec::new(),
                    program: cinder.display().to_string(),
                    args: mode.flags.iter().map(|flag| flag.to_string()).collect(),
                },
            });
        }
    }
    let mut peers: Vec<(String, Option<CommandLine>)> = DEFAULT_PEERS
        .iter()
        .map(|(name, command)| Ok((name.to_string(), Some(CommandLine::parse(command)?))))
        .collect::<Result<_>>()?;
    for (name, command) in peer_args {
        match peers.iter_mut().find(|(known, _)| known == name) {
            Some(peer) => peer.1 = command.clone(),
            None => peers.push((name.clone(), command.clone())),
        }
    }
    for (name, command) in peers {
        let Some(command) = command else {
            if name == BASELINE {
                bail!("the baseline {BASELINE} cannot be dropped: every ratio is relative to it");
            }
            continue;
        };
        let kind = if name == BASELINE {
            Kind::Baseline
        } else {
            Kind::Peer
        };
        runners.push(Runner {
            name,
            kind,
            command,
        });
    }
    runners.sort_by_key(|runner| match runner.kind {
        Kind::Cinder(_) => 0,
        Kind::Baseline => 1,
        Kind::Peer => 2,
    });
    Ok(runners)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_command_lines_with_variables() {
        let command = CommandLine::parse("A=1 B_2='x y' python3.8 -X 'dev mode'").unwrap();
        assert_eq!(
            command.env,
            [
                ("A".to_string(), "1".to_string()),
                ("B_2".to_string(), "x y".to_string())
            ]
        );
        assert_eq!(command.program, "python3.8");
        assert_eq!(command.args, words(&["-X", "dev mode"]));
        assert_eq!(command.shown(), "A=1 B_2='x y' python3.8 -X 'dev mode'");
        // After the program, `=` is an ordinary character.
        let command = CommandLine::parse("py -Xa=b").unwrap();
        assert_eq!(command.args, words(&["-Xa=b"]));
        assert!(CommandLine::parse("A=1").is_err());
        assert!(CommandLine::parse("py 'open").is_err());
    }

    #[test]
    fn parses_peer_options() {
        let (name, command) = parse_peer("pypy=/opt/pypy/bin/pypy3 -E").unwrap();
        assert_eq!(name, "pypy");
        let command = command.unwrap();
        assert_eq!(command.program, "/opt/pypy/bin/pypy3");
        assert_eq!(command.args, words(&["-E"]));
        assert_eq!(parse_peer("pypy3=").unwrap(), ("pypy3".to_string(), None));
        assert!(parse_peer("pypy3").is_err());
        assert!(parse_peer("=pypy3").is_err());
        assert!(parse_peer("cinder:jit=x").is_err());
    }

    #[test]
    fn runners_in_order_with_peers_replaced_added_and_dropped() {
        let peers = vec![
            parse_peer("python3.8=/opt/py38").unwrap(),
            parse_peer("pypy3=").unwrap(),
            parse_peer("graal=graalpy").unwrap(),
        ];
        let runners = runners(Path::new("/bin/cinder"), &[], &peers).unwrap();
        let names: Vec<&str> = runners.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "cinder:interp",
                "cinder:no-eager-coro",
                "cinder:eager-gather",
                "python3.11",
                "python3.8",
                "graal"
            ]
        );
        assert_eq!(runners[1].command.args, words(&["-X", "no-eager-coro"]));
        assert_eq!(runners[2].command.args, words(&["-X", "eager-gather"]));
        assert_eq!(runners[3].kind, Kind::Baseline);
        assert_eq!(runners[4].command.program, "/opt/py38");

        let only = runners_named(&["interp"]);
        assert_eq!(only, ["cinder:interp", "python3.11", "python3.8", "pypy3"]);
        assert!(
            super::runners(Path::new("c"), &[], &[parse_peer("python3.11=").unwrap()]).is_err()
        );
    }

    fn runners_named(modes: &[&str]) -> Vec<String> {
        runners(Path::new("c"), &words(modes), &[])
            .unwrap()
            .into_iter()
            .map(|r| r.name)
            .collect()
    }

    #[test]
    fn modes_apply_by_tag_and_failures_by_kind() {
        let runners = runners(Path::new("c"), &[], &[]).unwrap();
        let async_tags = words(&["async", "x"]);
        assert!(runners[0].runs(&[]) && runners[0].runs(&async_tags));
        assert!(!runners[1].runs(&[]) && runners[1].runs(&async_tags));
        assert!(!runners[2].runs(&[]) && runners[2].runs(&async_tags));
        assert!(runners[0].failure_is_fatal(false));
        assert!(runners[2].failure_is_fatal(false));
        assert!(runners[3].failure_is_fatal(false));
        assert!(!runners[4].failure_is_fatal(false));
        assert!(runners[4].failure_is_fatal(true));
    }
}
