//! `cargo xtask test`: the project's whole check, in the order that fails fastest: formatting,
//! lints, then every test of the workspace (the Python suite included).

use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use xshell::Shell;

use crate::workspace;

/// Check formatting, lint, and run every cargo test and the Python suite.
///
/// Runs, in order: `cargo fmt --all -- --check`, `cargo clippy --workspace --all-targets
/// --locked -- -D warnings`, `cargo test --workspace --locked --no-fail-fast` (which runs the
/// Python suite, cli/tests/python_suite.rs). Exits non-zero when any step fails.
#[derive(clap::Args)]
pub struct Args {
    /// Run on this machine, with its toolchain. Without it, the run is meant to happen in the
    /// project's Fedora container, which does not exist yet.
    #[arg(long)]
    pub local: bool,

    /// Run only the Python-suite programs whose name contains PATTERN (for example `stmt_`);
    /// every other test still runs.
    #[arg(long, value_name = "PATTERN")]
    pub filter: Option<String>,

    /// Skip the formatting and clippy steps.
    #[arg(long)]
    pub no_lint: bool,

    /// Go on with the next steps after one fails (the exit status still reports the failure).
    #[arg(long)]
    pub keep_going: bool,
    // Planned, each one more field here: `--junit PATH` (a report of every step and test),
    // `-v`/`-q` (global, on `Cli`), and the container mode, chosen when `--local` is absent.
}

/// Read by the Python suite's runner (cli/tests/python_suite.rs) as its filter: arguments
/// after `cargo test --workspace --` would filter every test binary, not only the suite.
const SUITE_FILTER_ENV: &str = "CINDER_SUITE_FILTER";

/// One step of the check: a cargo command run from the workspace root.
struct Step {
    name: &'static str,
    args: Vec<&'static str>,
    /// Variables to set (`Some`) or to remove from the inherited environment (`None`).
    env: Vec<(&'static str, Option<String>)>,
}

impl Step {
    fn command_line(&self) -> String {
        let env = self
            .env
            .iter()
            .filter_map(|(key, value)| value.as_ref().map(|value| format!("{key}={value} ")));
        format!("{}cargo {}", env.collect::<String>(), self.args.join(" "))
    }
}

fn steps(args: &Args) -> Vec<Step> {
    let mut steps = Vec::new();
    if !args.no_lint {
        steps.push(Step {
            name: "rustfmt",
            args: vec!["fmt", "--all", "--", "--check"],
            env: vec![],
        });
        steps.push(Step {
            name: "clippy",
            args: vec![
                "clippy",
                "--workspace",
                "--all-targets",
                "--locked",
                "--",
                "-D",
                "warnings",
            ],
            env: vec![],
        });
    }
    steps.push(Step {
        name: "tests",
        // --no-fail-fast: a failing Python suite must not hide the test binaries after it.
        args: vec!["test", "--workspace", "--locked", "--no-fail-fast"],
        // Without --filter, a filter left in the caller's environment must not narrow the run.
        env: vec![(SUITE_FILTER_ENV, args.filter.clone())],
    });
    steps
}

enum Outcome {
    Passed(Duration),
    Failed(Duration, String),
    Skipped,
}

pub fn run(args: &Args) -> Result<ExitCode> {
    if !args.local {
        eprintln!(
            "Container runs of `cargo xtask test` come with the harness issue; \
             for now `cargo xtask test --local` runs the tests on this host."
        );
        return Ok(ExitCode::from(2));
    }

    let root = workspace::root()?;
    let sh = Shell::new()?;
    sh.change_dir(&root);
    let cargo = workspace::cargo();
    let steps = steps(args);
    let started = Instant::now();
    let mut outcomes = Vec::new();
    let mut failed = false;
    for (index, step) in steps.iter().enumerate() {
        if failed && !args.keep_going {
            outcomes.push(Outcome::Skipped);
            continue;
        }
        println!(
            "\n==> [{}/{}] {}: {}",
            index + 1,
            steps.len(),
            step.name,
            step.command_line()
        );
        let mut cmd = sh.cmd(&cargo).args(&step.args);
        for (key, value) in &step.env {
            cmd = match value {
                Some(value) => cmd.env(key, value),
                None => cmd.env_remove(key),
            };
        }
        let step_started = Instant::now();
        // Not `cmd.run()`: its error repeats the whole command line, already in the header.
        let status = Command::from(cmd).status();
        let elapsed = step_started.elapsed();
        outcomes.push(match status {
            Ok(status) if status.success() => Outcome::Passed(elapsed),
            Ok(status) => Outcome::Failed(elapsed, status.to_string()),
            Err(err) => Outcome::Failed(elapsed, format!("cannot start cargo: {err}")),
        });
        failed |= matches!(outcomes.last(), Some(Outcome::Failed(..)));
    }

    println!("\n==> summary");
    let width = steps.iter().map(|step| step.name.len()).max().unwrap_or(0);
    for (step, outcome) in steps.iter().zip(&outcomes) {
        let name = step.name;
        match outcome {
            Outcome::Passed(took) => println!("  ok       {name:width$}  {:>7}", seconds(*took)),
            Outcome::Failed(took, why) => {
                println!("  FAILED   {name:width$}  {:>7}  ({why})", seconds(*took))
            }
            Outcome::Skipped => println!("  skipped  {name}"),
        }
    }
    let failures: Vec<&str> = steps
        .iter()
        .zip(&outcomes)
        .filter(|(_, outcome)| matches!(outcome, Outcome::Failed(..)))
        .map(|(step, _)| step.name)
        .collect();
    let total = seconds(started.elapsed());
    if !failures.is_empty() {
        println!("test --local: FAILED in {total}");
        bail!(
            "{} of {} steps failed: {}",
            failures.len(),
            steps.len(),
            failures.join(", ")
        );
    }
    println!("test --local: ok, {} steps passed in {total}", steps.len());
    Ok(ExitCode::SUCCESS)
}

fn seconds(duration: Duration) -> String {
    format!("{:.1}s", duration.as_secs_f64())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(filter: Option<&str>, no_lint: bool) -> Args {
        Args {
            local: true,
            filter: filter.map(str::to_string),
            no_lint,
            keep_going: false,
        }
    }

    #[test]
    fn steps_in_order_with_the_filter_for_the_suite_only() {
        let lines: Vec<String> = steps(&args(Some("stmt_"), false))
            .iter()
            .map(Step::command_line)
            .collect();
        assert_eq!(
            lines,
            [
                "cargo fmt --all -- --check",
                "cargo clippy --workspace --all-targets --locked -- -D warnings",
                "CINDER_SUITE_FILTER=stmt_ cargo test --workspace --locked --no-fail-fast",
            ]
        );
    }

    #[test]
    fn no_lint_leaves_only_the_tests() {
        let names: Vec<&str> = steps(&args(None, true)).iter().map(|s| s.name).collect();
        assert_eq!(names, ["tests"]);
    }
}
