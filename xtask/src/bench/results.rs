//! What a run found, in the form it is saved as (`target/bench/results.json`) and read back by
//! `--compare`: the machine, the settings, every runner, and per benchmark and runner the raw
//! times and peak RSS of each repetition with their summary.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use xshell::{cmd, Shell};

use super::stats;

/// Bumped when a field changes meaning; fields are only ever added otherwise.
pub const FORMAT: u32 = 1;

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Results {
    pub format: u32,
    pub machine: Machine,
    pub settings: Settings,
    /// The runner every speedup is relative to.
    pub baseline: String,
    pub runners: Vec<RunnerInfo>,
    /// The startup measurement (`RUNNER -c pass`) first, then the benchmarks in manifest order.
    pub benchmarks: Vec<BenchResult>,
    /// Per runner: the geometric mean of its speedups over the benchmarks it completed (the
    /// startup row excluded).
    pub geomean: BTreeMap<String, GeoMean>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Machine {
    pub cpu: String,
    pub cores: usize,
    pub memory_gib: f64,
    pub kernel: String,
    pub os: String,
    /// When the run started, UTC, ISO 8601.
    pub date: String,
    pub git_commit: String,
    /// Whether the work tree had uncommitted changes.
    pub git_dirty: bool,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub quick: bool,
    pub reps: usize,
    pub timeout_secs: f64,
    pub filter: Vec<String>,
    pub modes: Vec<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct RunnerInfo {
    pub name: String,
    pub command: String,
    /// What it says `sys.version` is.
    pub version: Option<String>,
    /// Why it did not run, when it did not.
    pub skipped: Option<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct BenchResult {
    pub name: String,
    /// The startup row (`-c pass`), not a program.
    pub startup: bool,
    pub iterations: Option<u64>,
    pub tags: Vec<String>,
    /// Keyed by runner name; a runner that does not run this benchmark has no entry.
    pub results: BTreeMap<String, Cell>,
}

/// One (benchmark, runner) pair: the timed repetitions (the warm-up is not among them).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Cell {
    /// Wall time of each repetition, seconds.
    pub times: Vec<f64>,
    /// Peak resident set of each repetition, KiB.
    pub rss_kib: Vec<u64>,
    pub median: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// (max − min) / median.
    pub spread: Option<f64>,
    /// The largest of `rss_kib`.
    pub peak_rss_kib: Option<u64>,
    /// Baseline median / this median: above 1 is faster than the baseline.
    pub speedup: Option<f64>,
    /// Why the pair failed (wrong checksum, exit status, time-out); no statistics then.
    pub failure: Option<String>,
}

impl Cell {
    /// Fills in the summary from the raw values.
    pub fn summarize(&mut self) {
        if self.failure.is_some() {
            return;
        }
        self.median = stats::median(&self.times);
        self.min = stats::min(&self.times);
        self.max = stats::max(&self.times);
        self.spread = stats::spread(&self.times);
        self.peak_rss_kib = self.rss_kib.iter().copied().max();
    }

    /// The median when the pair succeeded.
    pub fn time(&self) -> Option<f64> {
        self.failure.is_none().then_some(self.median).flatten()
    }
}

#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct GeoMean {
    pub speedup: f64,
    /// How many benchmarks it is over.
    pub count: usize,
}

impl Results {
    /// Fills in every speedup and each runner's geometric mean.
    pub fn compute_speedups(&mut self) {
        let baseline = self.baseline.clone();
        let mut per_runner: BTreeMap<String, Vec<f64>> = BTreeMap::new();
        for bench in &mut self.benchmarks {
            let Some(base) = bench.results.get(&baseline).and_then(Cell::time) else {
                continue;
            };
            for (runner, cell) in &mut bench.results {
                cell.speedup = cell.time().filter(|&t| t > 0.0).map(|t| base / t);
                if let (Some(speedup), false) = (cell.speedup, bench.startup) {
                    per_runner.entry(runner.clone()).or_default().push(speedup);
                }
            }
        }
        self.geomean = per_runner
            .into_iter()
            .filter_map(|(runner, speedups)| {
                let speedup = stats::geomean(&speedups)?;
                let count = speedups.len();
                Some((runner, GeoMean { speedup, count }))
            })
            .collect();
    }

    pub fn save(&self, path: &Path) -> Result<()> {
        let mut text = serde_json::to_string_pretty(self)?;
        text.push('\n');
        fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
    }

    pub fn load(path: &Path) -> Result<Results> {
        let text =
            fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        serde_json::from_str(&text)
            .with_context(|| format!("{} is not a results.json of `bench`", path.display()))
    }

    pub fn bench(&self, name: &str) -> Option<&BenchResult> {
        self.benchmarks.iter().find(|bench| bench.name == name)
    }
}

impl Machine {
    /// Describes this machine; what cannot be found stays empty.
    pub fn probe(root: &Path) -> Machine {
        let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let cpu = field(&cpuinfo, "model name").unwrap_or_default();
        let meminfo = fs::read_to_string("/proc/meminfo").unwrap_or_default();
        let memory_kib: f64 = field(&meminfo, "MemTotal")
            .and_then(|v| v.trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0.0);
        let os_release = fs::read_to_string("/etc/os-release").unwrap_or_default();
        let os = os_release
            .lines()
            .find_map(|line| line.strip_prefix("PRETTY_NAME="))
            .map(|name| name.trim_matches('"').to_string())
            .unwrap_or_else(|| std::env::consts::OS.to_string());
        let kernel = fs::read_to_string("/proc/sys/kernel/osrelease")
            .map(|k| k.trim().to_string())
            .unwrap_or_default();
        let (git_commit, git_dirty) = git_state(root).unwrap_or_default();
        Machine {
            cpu,
            cores: std::thread::available_parallelism().map_or(0, |n| n.get()),
            memory_gib: (memory_kib / (1024.0 * 1024.0) * 10.0).round() / 10.0,
            kernel,
            os,
            date: utc_now(),
            git_commit,
            git_dirty,
        }
    }

    /// One line for the report's header.
    pub fn summary(&self) -> String {
        let commit: String = self.git_commit.chars().take(10).collect();
        let dirty = if self.git_dirty { " (modified)" } else { "" };
        format!(
            "{}, {} cores, {} GiB, Linux {}, {}; commit {commit}{dirty}; {}",
            self.cpu, self.cores, self.memory_gib, self.kernel, self.os, self.date
        )
    }
}

/// `NAME : value` lines as /proc prints them.
fn field(text: &str, name: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        (key.trim() == name).then(|| value.trim().to_string())
    })
}

fn git_state(root: &Path) -> Result<(String, bool)> {
    let sh = Shell::new()?;
    sh.change_dir(root);
    let commit = cmd!(sh, "git rev-parse HEAD").quiet().read()?;
    let changes = cmd!(sh, "git status --porcelain --untracked-files=no")
        .quiet()
        .read()?;
    Ok((commit, !changes.is_empty()))
}

/// The current time as `YYYY-MM-DDTHH:MM:SSZ`.
fn utc_now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    utc_date(secs)
}

/// Formats seconds since the Unix epoch as an ISO 8601 UTC date (proleptic Gregorian).
fn utc_date(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rest = secs % 86_400;
    // Days to a civil date, counting in 400-year eras that start on 1 March.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(times: &[f64]) -> Cell {
        let mut cell = Cell {
            times: times.to_vec(),
            rss_kib: vec![100, 300, 200],
            ..Cell::default()
        };
        cell.summarize();
        cell
    }

    #[test]
    fn dates() {
        assert_eq!(utc_date(0), "1970-01-01T00:00:00Z");
        assert_eq!(utc_date(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(utc_date(1_795_000_000), "2026-11-18T11:06:40Z");
    }

    #[test]
    fn proc_fields() {
        let text = "processor\t: 0\nmodel name\t: AMD EPYC\nMemTotal:  1024 kB\n";
        assert_eq!(field(text, "model name").as_deref(), Some("AMD EPYC"));
        assert_eq!(field(text, "MemTotal").as_deref(), Some("1024 kB"));
        assert_eq!(field(text, "flags"), None);
    }

    #[test]
    fn speedups_and_geomeans() {
        let mut results = Results {
            baseline: "base".into(),
            ..Results::default()
        };
        let bench = |name: &str, startup, cells: Vec<(&str, Cell)>| BenchResult {
            name: name.into(),
            startup,
            results: cells.into_iter().map(|(r, c)| (r.to_string(), c)).collect(),
            ..BenchResult::default()
        };
        let mut failed = Cell {
            times: vec![1.0],
            failure: Some("wrong checksum".into()),
            ..Cell::default()
        };
        failed.summarize();
        results.benchmarks = vec![
            bench(
                "startup",
                true,
                vec![("base", cell(&[0.01])), ("fast", cell(&[0.001]))],
            ),
            bench(
                "a",
                false,
                vec![("base", cell(&[2.0, 2.2, 1.8])), ("fast", cell(&[1.0]))],
            ),
            bench(
                "b",
                false,
                vec![
                    ("base", cell(&[1.0])),
                    ("fast", cell(&[2.0])),
                    ("bad", failed),
                ],
            ),
        ];
        results.compute_speedups();
        let a = &results.benchmarks[1].results;
        assert_eq!(a["base"].speedup, Some(1.0));
        assert_eq!(a["fast"].speedup, Some(2.0));
        assert_eq!(a["base"].peak_rss_kib, Some(300));
        assert_eq!(results.benchmarks[2].results["bad"].speedup, None);
        assert_eq!(results.benchmarks[2].results["bad"].median, None);
        // 2× and 0.5×: 1× overall; the startup row's 10× does not count.
        let fast = results.geomean["fast"];
        assert!((fast.speedup - 1.0).abs() < 1e-12);
        assert_eq!(fast.count, 2);
        assert!(!results.geomean.contains_key("bad"));

        let path = std::env::temp_dir().join(format!("xtask-results-{}.json", std::process::id()));
        results.save(&path).unwrap();
        let loaded = Results::load(&path).unwrap();
        fs::remove_file(&path).unwrap();
        assert_eq!(loaded.bench("a").unwrap().results["fast"].times, [1.0]);
        assert_eq!(loaded.geomean["fast"].count, 2);
        assert!(Results::load(Path::new("/nonexistent.json")).is_err());
    }
}
