//! `cargo xtask bench --bless`: remakes `benchmarks/checksums.json` from CPython 3.11.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{bail, Result};

use super::results::RunnerInfo;
use super::runners::{self, CommandLine, Kind, Runner, BASELINE};
use super::suite::{self, Bench};
use super::{error_line, measure, probe, progress_bar, shown, Args, RUN_ENV};
use crate::process::Status;

/// Remakes the checksums of `benches` with the baseline CPython (or `python3` when that is
/// absent): both counts of each, which must exit 0 with nothing on stderr.
pub fn bless(
    args: &Args,
    root: &Path,
    suite_dir: &Path,
    benches: &[Bench],
    timeout: Duration,
) -> Result<ExitCode> {
    let mut baseline = runners::runners(Path::new("cinder"), &[], &args.peers)?
        .into_iter()
        .find(|runner| runner.kind == Kind::Baseline)
        .expect("the baseline is always there");
    let python = match probe(&mut baseline, root) {
        RunnerInfo {
            skipped: None,
            version,
            ..
        } => (baseline.command, version),
        RunnerInfo {
            skipped: Some(why), ..
        } => {
            println!("bless: {BASELINE} {why}; using python3");
            let mut python3 = Runner {
                command: CommandLine::parse("python3")?,
                ..baseline
            };
            let info = probe(&mut python3, root);
            if let Some(why) = info.skipped {
                bail!("neither {BASELINE} nor python3 runs: {why}");
            }
            (python3.command, info.version)
        }
    };
    let (python, version) = python;
    let version = version.unwrap_or_default();
    if !version.starts_with("3.11.") {
        println!("warning: checksums are meant to come from CPython 3.11, not {version}");
    }
    let path = suite_dir.join(suite::CHECKSUMS);
    let mut checksums = suite::load_checksums(&path)?;
    if args.filter.is_empty() {
        // Benchmarks no longer in the manifest go.
        checksums.retain(|name, _| benches.iter().any(|bench| &bench.name == name));
    }
    println!(
        "bless: {} benchmark(s) with {} ({version})",
        benches.len(),
        python.shown()
    );
    let bar = progress_bar(args.no_progress, (benches.len() * 2) as u64);
    let mut failures = Vec::new();
    for bench in benches {
        let mut outputs = BTreeMap::new();
        let mut counts = vec![bench.quick, bench.iterations];
        counts.dedup();
        let counts_len = counts.len();
        for count in counts {
            bar.set_message(format!("{} {count}", bench.name));
            let run_args = bench.command_args(&args.suite, count);
            let run_args: Vec<&str> = run_args.iter().map(String::as_str).collect();
            let run = measure::run(&python, &run_args, root, &RUN_ENV, timeout)?;
            bar.inc(1);
            let stderr = String::from_utf8_lossy(&run.stderr);
            let trouble = match run.status {
                None => Some("timed out".to_string()),
                Some(Status::Code(0)) if stderr.is_empty() => None,
                Some(Status::Code(0)) => {
                    Some(format!("wrote to stderr: {}", suite::excerpt(&stderr)))
                }
                Some(status) => Some(format!("{status}: {}", suite::excerpt(error_line(&stderr)))),
            };
            if let Some(why) = trouble {
                failures.push(format!("{} {count}: {why}", bench.name));
                continue;
            }
            outputs.insert(
                count.to_string(),
                String::from_utf8_lossy(&run.stdout).into_owned(),
            );
        }
        // A benchmark with a failed run keeps what it had.
        if outputs.len() == counts_len {
            checksums.insert(bench.name.clone(), outputs);
        }
    }
    bar.finish_and_clear();
    suite::save_checksums(&path, &checksums)?;
    println!("bless: wrote {}", shown(root, &path));
    if !failures.is_empty() {
        bail!(
            "{} run(s) failed:\n  {}",
            failures.len(),
            failures.join("\n  ")
        );
    }
    Ok(ExitCode::SUCCESS)
}
