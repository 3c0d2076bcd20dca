//! `cargo xtask bench`: runs the benchmark suite (`benchmarks/`) under `cinder` in each of its
//! modes and under the peer interpreters present, interleaved, checks every output against
//! CPython's, and reports times, speedups over CPython 3.11, memory, and a chart.
//!
//! The suite's contract (programs, manifest, checksums) and how to read the report are in
//! `docs/benchmarks.md`.

mod bless;
mod chart;
mod measure;
mod report;
mod results;
mod runners;
mod stats;
mod suite;

use std::collections::BTreeMap;
use std::fs;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::{ExitCode, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use xshell::{cmd, Shell};

use self::results::{BenchResult, Cell, Machine, Results, RunnerInfo, Settings};
use self::runners::{CommandLine, Kind, Runner, BASELINE, MODES};
use self::suite::{Bench, Checksums};
use crate::process::Status;
use crate::workspace;

/// Run the benchmarks under cinder and its peers, and report times and speedups.
///
/// Each benchmark runs as `RUNNER benchmarks/NAME.py N` from the workspace root, under every
/// mode of cinder and every peer found (CPython 3.11 from /usr/bin, the baseline of every
/// ratio; CPython 3.8; PyPy), plus `RUNNER -c pass` for startup. Every pair first runs once to
/// warm up, then the repetitions go round all benchmarks and runners in turn, so that drift of
/// the machine hits everyone alike. A run whose stdout differs from benchmarks/checksums.json
/// is a failure. Writes target/bench/results.json, results.svg and results.png.
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  \
    cargo xtask bench --quick                      smoke run with small counts\n  \
    cargo xtask bench --filter nbody,json --reps 9\n  \
    cargo xtask bench --compare old.json           change against a saved results.json\n  \
    cargo xtask bench --peer pypy3='/opt/pypy/bin/pypy3'\n  \
    cargo xtask bench --bless                      remake benchmarks/checksums.json")]
pub struct Args {
    /// Use each benchmark's small `quick` count and 3 repetitions: a smoke run (for CI).
    #[arg(long)]
    pub quick: bool,

    /// Run only benchmarks whose name contains PATTERN (repeat, or separate with commas).
    #[arg(long, value_name = "PATTERN", value_delimiter = ',')]
    pub filter: Vec<String>,

    /// Run cinder only in MODE (repeat, or separate with commas); default: every mode.
    #[arg(long, value_name = "MODE", value_delimiter = ',',
          value_parser = clap::builder::PossibleValuesParser::new(MODES.iter().map(|m| m.name)))]
    pub mode: Vec<String>,

    /// Timed repetitions per benchmark and runner, after one warm-up [default: 5, 3 with
    /// --quick].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub reps: Option<u32>,

    /// Also show the change against an earlier run's results.json.
    #[arg(long, value_name = "OLD.json")]
    pub compare: Option<PathBuf>,

    /// Remake benchmarks/checksums.json with CPython 3.11 (default and quick counts), then
    /// stop.
    #[arg(long)]
    pub bless: bool,

    /// The cinder binary to measure; default: build it with `cargo build --release -p cinder`.
    #[arg(long, value_name = "PATH")]
    pub cinder: Option<PathBuf>,

    /// Add or replace a peer: NAME=CMD, CMD split as by a shell and maybe starting with
    /// VAR=VALUE words (`--peer py38='PYENV_VERSION=3.8.18 python3.8'`); `NAME=` drops one.
    #[arg(long = "peer", value_name = "NAME=CMD", value_parser = runners::parse_peer)]
    pub peers: Vec<(String, Option<CommandLine>)>,

    /// No progress bar (it is also hidden when stderr is not a terminal).
    #[arg(long)]
    pub no_progress: bool,

    /// Kill a run after SECS seconds; it counts as a failure.
    #[arg(long, value_name = "SECS", default_value_t = 300.0)]
    pub timeout: f64,

    /// Fail also when a peer other than the baseline fails (by default only cinder's and the
    /// baseline's failures do).
    #[arg(long)]
    pub strict: bool,

    /// Do not draw the chart.
    #[arg(long)]
    pub no_chart: bool,

    /// The suite's directory (manifest.toml, checksums.json, the programs).
    #[arg(long, value_name = "DIR", default_value = "benchmarks")]
    pub suite: PathBuf,

    /// Where results.json and the chart go.
    #[arg(long, value_name = "DIR", default_value = "target/bench")]
    pub out: PathBuf,
}

/// The environment of every run: fixed hashing and UTF-8 output, as in the Python suite, and
/// no `__pycache__` written beside the programs.
const RUN_ENV: [(&str, &str); 3] = [
    ("PYTHONHASHSEED", "0"),
    ("PYTHONIOENCODING", "utf-8"),
    ("PYTHONDONTWRITEBYTECODE", "1"),
];

/// What a runner is asked to print: its version and the interpreter's real path.
const VERSION_SCRIPT: &str =
    "import sys; print(sys.version.splitlines()[0]); print(getattr(sys, 'executable', ''))";

pub fn run(args: &Args) -> Result<ExitCode> {
    let root = workspace::root()?;
    let suite_dir = root.join(&args.suite);
    let benches: Vec<Bench> = suite::load_manifest(&suite_dir)?
        .into_iter()
        .filter(|bench| suite::selected(&bench.name, &args.filter))
        .collect();
    let timeout = Duration::try_from_secs_f64(args.timeout)
        .ok()
        .filter(|t| !t.is_zero())
        .context("--timeout must be a positive number of seconds")?;
    if benches.is_empty() {
        bail!(
            "no benchmark in {} matches --filter {}",
            suite_dir.join(suite::MANIFEST).display(),
            args.filter.join(",")
        );
    }
    if args.bless {
        return bless::bless(args, &root, &suite_dir, &benches, timeout);
    }
    let checksums = suite::load_checksums(&suite_dir.join(suite::CHECKSUMS))?;
    let old = args.compare.as_deref().map(Results::load).transpose()?;

    let cinder = match &args.cinder {
        // Absolute, since the runs start in the workspace root.
        Some(path) => fs::canonicalize(path)
            .with_context(|| format!("cannot find --cinder {}", path.display()))?,
        None => build_cinder(&root)?,
    };
    let machine = Machine::probe(&root);
    println!("bench: {}", machine.summary());
    let (runners, runner_infos) = find_runners(args, &root, &cinder)?;

    let reps = args.reps.unwrap_or(if args.quick { 3 } else { 5 }) as usize;
    let workloads = workloads(&benches, args.quick, &args.suite);
    let mut results = Results {
        format: results::FORMAT,
        machine,
        settings: Settings {
            quick: args.quick,
            reps,
            timeout_secs: timeout.as_secs_f64(),
            filter: args.filter.clone(),
            modes: args.mode.clone(),
        },
        baseline: BASELINE.to_string(),
        runners: runner_infos,
        benchmarks: Vec::new(),
        geomean: BTreeMap::new(),
    };

    let started = Instant::now();
    let cells = measure_all(args, &root, &workloads, &runners, &checksums, reps, timeout)?;
    for (workload, cells) in workloads.iter().zip(cells) {
        results.benchmarks.push(BenchResult {
            name: workload.name.clone(),
            startup: workload.count.is_none(),
            iterations: workload.count,
            tags: workload.tags.clone(),
            results: cells,
        });
    }
    for bench in &mut results.benchmarks {
        bench.results.values_mut().for_each(Cell::summarize);
    }
    results.compute_speedups();

    // Columns for the runners that ran something beyond startup (a mode limited to a tag
    // that --filter left out has none).
    let names: Vec<String> = runners
        .iter()
        .filter(|runner| {
            let ran =
                |bench: &BenchResult| !bench.startup && bench.results.contains_key(&runner.name);
            results.benchmarks.iter().any(ran)
        })
        .map(|runner| runner.name.clone())
        .collect();
    println!(
        "\nbench: {} benchmark(s) in {:.0} s\n",
        benches.len(),
        started.elapsed().as_secs_f64()
    );
    print!("{}", report::render(&results, &names, old.as_ref()));

    let fatal = print_failures(&results, &runners, args.strict);

    let out_dir = root.join(&args.out);
    fs::create_dir_all(&out_dir).with_context(|| format!("cannot create {}", out_dir.display()))?;
    let json = out_dir.join("results.json");
    results.save(&json)?;
    println!("\nwrote {}", shown(&root, &json));
    if !args.no_chart {
        let (svg, png) = (out_dir.join("results.svg"), out_dir.join("results.png"));
        chart::write(&chart::of_results(&results, &names), &svg, &png)?;
        println!("wrote {} and {}", shown(&root, &svg), shown(&root, &png));
    }

    if !fatal.is_empty() {
        bail!("{} failure(s): {}", fatal.len(), fatal.join(", "));
    }
    Ok(ExitCode::SUCCESS)
}

/// The runners that run, after asking each for its version (printed), and what is known of
/// all of them, skipped ones included. Fails when the baseline or cinder's first mode does
/// not run: a binary that lacks a newer mode is still measured in the others, like a missing
/// peer.
fn find_runners(args: &Args, root: &Path, cinder: &Path) -> Result<(Vec<Runner>, Vec<RunnerInfo>)> {
    let mut runners = runners::runners(cinder, &args.mode, &args.peers)?;
    let mut infos = Vec::new();
    let mut missing = None;
    runners.retain_mut(|runner| {
        let info = probe(runner, root);
        match &info.skipped {
            None => println!(
                "  {:<22} {}  ({})",
                runner.name,
                info.version.as_deref().unwrap_or("?"),
                runner.command.shown()
            ),
            Some(why) => println!("  {:<22} skipped: {why}", runner.name),
        }
        let essential = match runner.kind {
            Kind::Baseline => true,
            Kind::Cinder(mode) => mode.name == MODES[0].name,
            Kind::Peer => false,
        };
        if essential && info.skipped.is_some() && missing.is_none() {
            missing = Some(runner.kind);
        }
        let keep = info.skipped.is_none();
        infos.push(info);
        keep
    });
    match missing {
        Some(Kind::Baseline) => bail!(
            "{BASELINE} does not run, and every ratio is relative to it; pass --peer \
             {BASELINE}=PATH to a CPython 3.11"
        ),
        Some(_) => bail!("cinder does not run; check the binary (or pass --cinder PATH)"),
        None => Ok((runners, infos)),
    }
}

/// Lists every failed pair; returns those that fail the command.
fn print_failures(results: &Results, runners: &[Runner], strict: bool) -> Vec<String> {
    let mut fatal = Vec::new();
    let mut reported = false;
    for bench in &results.benchmarks {
        for runner in runners {
            let Some(why) = bench
                .results
                .get(&runner.name)
                .and_then(|c| c.failure.as_ref())
            else {
                continue;
            };
            if !reported {
                println!("\nFailures:");
                reported = true;
            }
            let is_fatal = runner.failure_is_fatal(strict);
            let note = if is_fatal { "" } else { " (peer: not fatal)" };
            println!("- {} · {}{note}: {why}", bench.name, runner.name);
            if is_fatal {
                fatal.push(format!("{} · {}", bench.name, runner.name));
            }
        }
    }
    fatal
}

/// What is measured in one row: a program with its count, or startup (`-c pass`).
struct Workload {
    name: String,
    /// `None` for the startup row.
    count: Option<u64>,
    tags: Vec<String>,
    /// The arguments after the runner's command.
    args: Vec<String>,
}

fn workloads(benches: &[Bench], quick: bool, suite: &Path) -> Vec<Workload> {
    let startup = Workload {
        name: "startup".to_string(),
        count: None,
        tags: Vec::new(),
        args: vec!["-c".to_string(), "pass".to_string()],
    };
    let programs = benches.iter().map(|bench| Workload {
        name: bench.name.clone(),
        count: Some(bench.count(quick)),
        tags: bench.tags.clone(),
        args: bench.command_args(suite, bench.count(quick)),
    });
    std::iter::once(startup).chain(programs).collect()
}

/// Runs everything: the warm-ups, then `reps` rounds over all workloads and runners. Returns
/// one map (runner name to cell) per workload; a pair that fails once is not run again.
fn measure_all(
    args: &Args,
    root: &Path,
    workloads: &[Workload],
    runners: &[Runner],
    checksums: &Checksums,
    reps: usize,
    timeout: Duration,
) -> Result<Vec<BTreeMap<String, Cell>>> {
    let pairs: Vec<(usize, usize)> = workloads
        .iter()
        .enumerate()
        .flat_map(|(w, workload)| {
            runners
                .iter()
                .enumerate()
                .filter(|(_, runner)| runner.runs(&workload.tags))
                .map(move |(r, _)| (w, r))
        })
        .collect();
    let mut cells: Vec<BTreeMap<String, Cell>> =
        workloads.iter().map(|_| BTreeMap::new()).collect();
    for &(w, r) in &pairs {
        cells[w].insert(runners[r].name.clone(), Cell::default());
    }

    let bar = progress_bar(args.no_progress, (pairs.len() * (reps + 1)) as u64);
    let plain = !args.no_progress && bar.is_hidden();
    let started = Instant::now();
    for round in 0..=reps {
        let phase = if round == 0 {
            "warm-up".to_string()
        } else {
            format!("rep {round}/{reps}")
        };
        for &(w, r) in &pairs {
            let workload = &workloads[w];
            let runner = &runners[r];
            bar.set_message(format!("{phase} · {} · {}", workload.name, runner.name));
            let cell = cells[w]
                .get_mut(&runner.name)
                .expect("every pair has a cell");
            if cell.failure.is_none() {
                let expected = match workload.count {
                    None => Some(""),
                    Some(count) => suite::expected(checksums, &workload.name, count),
                };
                let arg_refs: Vec<&str> = workload.args.iter().map(String::as_str).collect();
                match run_once(runner, &arg_refs, root, expected, timeout)? {
                    Ok((seconds, rss)) if round > 0 => {
                        cell.times.push(seconds);
                        cell.rss_kib.push(rss);
                    }
                    Ok(_) => {}
                    Err(why) => cell.failure = Some(why),
                }
            }
            bar.inc(1);
        }
        if plain {
            eprintln!(
                "bench: {phase} done ({:.0} s)",
                started.elapsed().as_secs_f64()
            );
        }
    }
    bar.finish_and_clear();
    Ok(cells)
}

/// One run, judged: `Ok(Ok((seconds, peak RSS KiB)))`, or `Ok(Err(why it failed))`.
fn run_once(
    runner: &Runner,
    args: &[&str],
    root: &Path,
    expected: Option<&str>,
    timeout: Duration,
) -> Result<Result<(f64, u64), String>> {
    let run = match measure::run(&runner.command, args, root, &RUN_ENV, timeout) {
        Ok(run) => run,
        Err(err) => return Ok(Err(format!("{err:#}"))),
    };
    match run.status {
        None => return Ok(Err(format!("timed out after {} s", timeout.as_secs_f64()))),
        Some(Status::Code(0)) => {}
        Some(status) => {
            let stderr = String::from_utf8_lossy(&run.stderr);
            return Ok(Err(format!(
                "{status}: {}",
                suite::excerpt(error_line(&stderr))
            )));
        }
    }
    let Some(expected) = expected else {
        return Ok(Err(
            "no checksum for this count in benchmarks/checksums.json; run `cargo xtask bench \
             --bless`"
                .to_string(),
        ));
    };
    if let Err(why) = suite::check_output(expected, &run.stdout) {
        return Ok(Err(why));
    }
    Ok(Ok((run.wall.as_secs_f64(), run.max_rss_kib)))
}

/// The line of a child's stderr that says what went wrong: the last line when it is a Python
/// exception (`ValueError: bad`, ending a traceback or a syntax error's report), else the
/// first (a command-line error, followed by usage text).
fn error_line(stderr: &str) -> &str {
    let lines: Vec<&str> = stderr
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect();
    // `ValueError`, `json.decoder.JSONDecodeError: …`: a dotted name, the class capitalized.
    let is_exception = |line: &str| {
        let name = line.split_once(':').map_or(line, |(name, _)| name);
        let class = name.rsplit('.').next().unwrap_or("");
        class.starts_with(|c: char| c.is_ascii_uppercase())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
    };
    match (lines.first(), lines.last()) {
        (_, Some(last)) if is_exception(last) => last,
        (Some(first), _) => first,
        _ => "",
    }
}

fn progress_bar(no_progress: bool, total: u64) -> ProgressBar {
    if no_progress || !std::io::stderr().is_terminal() {
        return ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden());
    }
    let bar = ProgressBar::new(total);
    let style = ProgressStyle::with_template(
        "{elapsed_precise} [{bar:30.cyan/blue}] {pos}/{len} (eta {eta}) {msg}",
    )
    .expect("a valid template")
    .progress_chars("=> ");
    bar.set_style(style);
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// Asks the runner for its version, which also tells whether it runs at all. A pyenv shim (a
/// shell script that adds some 0.1 s to every start) is replaced by the interpreter it runs.
fn probe(runner: &mut Runner, root: &Path) -> RunnerInfo {
    let mut info = RunnerInfo {
        name: runner.name.clone(),
        command: runner.command.shown(),
        version: None,
        skipped: None,
    };
    let args = ["-c", VERSION_SCRIPT];
    match measure::run(
        &runner.command,
        &args,
        root,
        &RUN_ENV,
        Duration::from_secs(60),
    ) {
        Ok(run) if run.status == Some(Status::Code(0)) => {
            let stdout = String::from_utf8_lossy(&run.stdout);
            let mut lines = stdout.lines();
            info.version = lines.next().map(|line| line.trim().to_string());
            let executable = lines.next().unwrap_or("").trim();
            if is_pyenv_shim(&runner.command.program) && Path::new(executable).is_absolute() {
                runner.command.program = executable.to_string();
                info.command = runner.command.shown();
            }
        }
        Ok(run) => {
            let stderr = String::from_utf8_lossy(&run.stderr);
            let status = run
                .status
                .map_or("timed out".to_string(), |s| s.to_string());
            info.skipped = Some(format!("does not run ({status}): {}", error_line(&stderr)));
        }
        Err(err) => {
            let cause = err.root_cause().to_string();
            info.skipped = Some(format!("not found ({cause})"));
        }
    }
    info
}

/// Whether `program`, looked up in PATH as a child's exec would, is one of pyenv's shims.
fn is_pyenv_shim(program: &str) -> bool {
    let found = if program.contains('/') {
        Some(PathBuf::from(program))
    } else {
        std::env::var_os("PATH").and_then(|path| {
            std::env::split_paths(&path)
                .map(|dir| dir.join(program))
                .find(|candidate| candidate.is_file())
        })
    };
    found.is_some_and(|path| {
        let text = path.to_string_lossy();
        text.contains("/.pyenv/shims/") || text.contains("/pyenv/shims/")
    })
}

/// Builds the release `cinder` and returns its path, as cargo reports it (so
/// `CARGO_TARGET_DIR` is respected).
fn build_cinder(root: &Path) -> Result<PathBuf> {
    println!("bench: cargo build --release -p cinder");
    let sh = Shell::new()?;
    sh.change_dir(root);
    let cargo = workspace::cargo();
    let cmd = cmd!(
        sh,
        "{cargo} build --release -p cinder --message-format=json-render-diagnostics"
    );
    let output = std::process::Command::from(cmd)
        .stderr(Stdio::inherit())
        .output()
        .context("cannot run cargo")?;
    if !output.status.success() {
        bail!("cargo build --release -p cinder failed ({})", output.status);
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    cinder_executable(&stdout).context(
        "cargo built no `cinder` executable (pass --cinder PATH to measure another binary)",
    )
}

/// The `cinder` executable in cargo's JSON messages.
fn cinder_executable(messages: &str) -> Option<PathBuf> {
    messages.lines().rev().find_map(|line| {
        let message: serde_json::Value = serde_json::from_str(line).ok()?;
        if message["reason"] != "compiler-artifact" || message["target"]["name"] != "cinder" {
            return None;
        }
        message["executable"].as_str().map(PathBuf::from)
    })
}

/// `path` relative to the workspace root when it is under it.
fn shown(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_executable_in_cargo_messages() {
        let messages = concat!(
            r#"{"reason":"compiler-artifact","target":{"name":"cinder_runtime"},"executable":null}"#,
            "\n",
            r#"{"reason":"compiler-artifact","target":{"name":"cinder"},"executable":"/t/release/cinder"}"#,
            "\n",
            r#"{"reason":"build-finished","success":true}"#,
            "\nnot json\n"
        );
        assert_eq!(
            cinder_executable(messages),
            Some(PathBuf::from("/t/release/cinder"))
        );
        assert_eq!(cinder_executable("{\"reason\":\"build-finished\"}"), None);
    }

    #[test]
    fn recognizes_pyenv_shims() {
        assert!(is_pyenv_shim("/root/.pyenv/shims/python3.8"));
        assert!(!is_pyenv_shim("/usr/bin/python3.11"));
        assert!(!is_pyenv_shim("no-such-program-anywhere"));
    }

    #[test]
    fn error_lines() {
        let traceback = "Traceback (most recent call last):\n  File \"x.py\"\nValueError: bad\n\n";
        assert_eq!(error_line(traceback), "ValueError: bad");
        assert_eq!(
            error_line("cinder: unknown option\nusage: cinder\n"),
            "cinder: unknown option"
        );
        assert_eq!(error_line(""), "");
        let syntax = "  File \"c.py\", line 2\n    async def f():\n    ^\nSyntaxError: no\n";
        assert_eq!(error_line(syntax), "SyntaxError: no");
        let bare = "Traceback (most recent call last):\n  x\nKeyboardInterrupt\n";
        assert_eq!(error_line(bare), "KeyboardInterrupt");
        let dotted = "Traceback\njson.decoder.JSONDecodeError: Expecting value\n";
        assert_eq!(
            error_line(dotted),
            "json.decoder.JSONDecodeError: Expecting value"
        );
    }

    #[test]
    fn startup_first_then_programs() {
        let bench = Bench {
            name: "nbody".into(),
            iterations: 40,
            quick: 2,
            tags: vec!["float".into()],
            description: String::new(),
            program: None,
            args: Vec::new(),
        };
        let workloads = workloads(&[bench], true, Path::new("benchmarks"));
        assert_eq!(workloads[0].args, ["-c", "pass"]);
        assert_eq!(workloads[1].args, ["benchmarks/nbody.py", "2"]);
        assert_eq!(workloads[1].count, Some(2));
    }
}
