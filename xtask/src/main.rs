//! `cargo xtask`: the project's developer commands, in Rust so that they run wherever cargo
//! does. It drives cargo and CPython as child processes and never links the runtime crates.
//!
//! Dependencies, and why each is worth having:
//! - clap (derive): subcommands, `--help` and error messages from the `Args` structs alone.
//! - anyhow: one error type for a program whose errors all end as a message to a human; its
//!   `context` says which step failed ("cannot write tests/python/x.out: …").
//! - xshell: runs child processes from an argument list without a shell (so no quoting bugs),
//!   with the working directory and environment per command, and reports failures with the
//!   command line.
//!
//! For `bench` only:
//! - libc: `wait4`, the one call that gives a child's own peak RSS together with its exit.
//! - serde (derive), serde_json, toml: the benchmark manifest (TOML), the checksums and
//!   results.json (JSON), and cargo's JSON messages, read and written as typed structs.
//! - shlex: `--peer NAME=CMD` split and shown as a POSIX shell would.
//! - indicatif: the progress bar of a run that takes minutes.
//! - plotters (SVG and bitmap backends, `ab_glyph` text: pure Rust, no freetype or
//!   fontconfig) and png (to encode its pixels): the chart of speedups.

mod bench;
mod bless;
mod process;
mod suite;
mod test;
mod workspace;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Developer commands of Cinder in Rust: run the tests, bless the Python suite's expected
/// output, run the benchmarks.
#[derive(Parser)]
#[command(
    name = "cargo xtask",
    bin_name = "cargo xtask",
    after_help = "Examples:\n  \
        cargo xtask test --local                  format check, clippy, all tests\n  \
        cargo xtask test --local --filter stmt_   the same, Python suite narrowed to stmt_*\n  \
        cargo xtask bless --filter stmt_          remake the expected results of stmt_*\n  \
        cargo xtask bench --quick                 benchmarks, small counts, vs CPython"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Test(test::Args),
    Bench(bench::Args),
    Bless(bless::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Test(args) => test::run(&args),
        Command::Bench(args) => bench::run(&args),
        Command::Bless(args) => bless::run(&args).map(|()| ExitCode::SUCCESS),
    };
    result.unwrap_or_else(|err| {
        eprintln!("error: {err:#}");
        ExitCode::FAILURE
    })
}
