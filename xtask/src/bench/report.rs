//! The report printed at the end of a run: Markdown tables (readable in a terminal, and
//! pasted as they are into `docs/benchmarks.md`) of times, speedups, memory, failures, and
//! the change against an earlier run.

use std::fmt::Write;

use super::results::{BenchResult, Cell, Results};
use super::stats;

/// A table whose first column is text and the others numbers (right-aligned).
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn new(header: Vec<String>) -> Table {
        Table {
            header,
            rows: Vec::new(),
        }
    }

    fn render(&self) -> String {
        let columns = self.header.len();
        let width = |i: usize| {
            let cells = self.rows.iter().map(|row| &row[i]).chain([&self.header[i]]);
            cells
                .map(|cell| cell.chars().count())
                .max()
                .unwrap_or(0)
                .max(3)
        };
        let widths: Vec<usize> = (0..columns).map(width).collect();
        let line = |cells: &[String]| {
            let cells = cells
                .iter()
                .zip(&widths)
                .enumerate()
                .map(|(i, (cell, &w))| {
                    if i == 0 {
                        format!(" {cell:<w$} ")
                    } else {
                        format!(" {cell:>w$} ")
                    }
                });
            format!("|{}|\n", cells.collect::<Vec<_>>().join("|"))
        };
        let mut text = line(&self.header);
        let rule = widths.iter().enumerate().map(|(i, &w)| {
            if i == 0 {
                format!(" {} ", "-".repeat(w))
            } else {
                format!(" {}: ", "-".repeat(w - 1))
            }
        });
        text.push_str(&format!("|{}|\n", rule.collect::<Vec<_>>().join("|")));
        for row in &self.rows {
            text.push_str(&line(row));
        }
        text
    }
}

/// Seconds with about three significant digits.
pub fn seconds(t: f64) -> String {
    if t >= 10.0 {
        format!("{t:.1}")
    } else if t >= 1.0 {
        format!("{t:.2}")
    } else {
        format!("{t:.3}")
    }
}

/// A speedup or change: `12.3x`, `1.25x`, `0.012x` (about three significant digits).
pub fn ratio(r: f64) -> String {
    if r >= 10.0 {
        format!("{r:.1}x")
    } else if r >= 0.1 {
        format!("{r:.2}x")
    } else {
        format!("{r:.3}x")
    }
}

/// What a table cell shows for a pair that has no number.
fn missing(cell: Option<&Cell>) -> Option<String> {
    match cell {
        None => Some("–".to_string()),
        Some(cell) if cell.failure.is_some() => Some("FAIL".to_string()),
        Some(_) => None,
    }
}

fn row_name(bench: &BenchResult) -> String {
    if bench.startup {
        "startup (-c pass)".to_string()
    } else {
        bench.name.clone()
    }
}

fn count(bench: &BenchResult) -> String {
    bench.iterations.map_or(String::new(), |n| n.to_string())
}

/// The full report. `runners` are the names of the runners that ran, in column order.
pub fn render(results: &Results, runners: &[String], compare: Option<&Results>) -> String {
    let baseline = &results.baseline;
    let mut text = String::new();

    let _ = writeln!(
        text,
        "Median wall time in seconds over {} repetition(s), ± spread ((max − min) / median):\n",
        results.settings.reps
    );
    let mut header = vec!["benchmark".to_string(), "N".to_string()];
    header.extend(runners.iter().cloned());
    let mut times = Table::new(header);
    for bench in &results.benchmarks {
        let mut row = vec![row_name(bench), count(bench)];
        for runner in runners {
            let cell = bench.results.get(runner);
            row.push(missing(cell).unwrap_or_else(|| {
                let cell = cell.expect("`missing` covers None");
                let median = cell.median.map_or("?".to_string(), seconds);
                let spread = cell.spread.unwrap_or(0.0) * 100.0;
                format!("{median} ±{spread:.0}%")
            }));
        }
        times.rows.push(row);
    }
    text.push_str(&times.render());

    let others: Vec<&String> = runners.iter().filter(|r| *r != baseline).collect();
    if !others.is_empty() {
        let _ = writeln!(
            text,
            "\nSpeedup over {baseline} (its time / the runner's time; above 1 is faster):\n"
        );
        let mut header = vec!["benchmark".to_string()];
        header.extend(others.iter().map(|r| r.to_string()));
        let mut speedups = Table::new(header);
        for bench in &results.benchmarks {
            let mut row = vec![row_name(bench)];
            for runner in &others {
                let cell = bench.results.get(*runner);
                row.push(missing(cell).unwrap_or_else(|| {
                    cell.and_then(|c| c.speedup).map_or("?".to_string(), ratio)
                }));
            }
            speedups.rows.push(row);
        }
        let mut row = vec!["geometric mean".to_string()];
        for runner in &others {
            row.push(results.geomean.get(*runner).map_or("–".to_string(), |g| {
                format!("{} (of {})", ratio(g.speedup), g.count)
            }));
        }
        speedups.rows.push(row);
        text.push_str(&speedups.render());
        let _ = writeln!(
            text,
            "\n(the geometric mean is over the benchmarks, startup excluded, that both the runner \
             and {baseline} completed)"
        );
    }

    text.push_str("\nPeak resident memory in MiB (the largest of the repetitions):\n\n");
    let mut header = vec!["benchmark".to_string()];
    header.extend(runners.iter().cloned());
    let mut memory = Table::new(header);
    for bench in &results.benchmarks {
        let mut row = vec![row_name(bench)];
        for runner in runners {
            let cell = bench.results.get(runner);
            row.push(missing(cell).unwrap_or_else(|| {
                cell.and_then(|c| c.peak_rss_kib)
                    .map_or("?".to_string(), |kib| format!("{:.1}", kib as f64 / 1024.0))
            }));
        }
        memory.rows.push(row);
    }
    text.push_str(&memory.render());

    if let Some(old) = compare {
        text.push('\n');
        text.push_str(&render_comparison(results, old, runners));
    }
    text
}

/// The change per benchmark and runner against `old`: old median / new median (above 1 is
/// faster now). `*` marks a change beyond the noise: the old and new ranges (min to max) do
/// not overlap.
fn render_comparison(new: &Results, old: &Results, runners: &[String]) -> String {
    let mut text = format!(
        "Change against the earlier run of {} (its median / this median; above 1 is faster \
         now; * = the two runs' ranges do not overlap):\n\n",
        if old.machine.date.is_empty() {
            "unknown date"
        } else {
            &old.machine.date
        }
    );
    if old.machine.cpu != new.machine.cpu || old.machine.cores != new.machine.cores {
        let _ = writeln!(
            text,
            "warning: that run was on another machine ({}, {} cores)\n",
            old.machine.cpu, old.machine.cores
        );
    }
    let shared: Vec<&String> = runners
        .iter()
        .filter(|runner| old.runners.iter().any(|r| &r.name == *runner))
        .collect();
    let mut header = vec!["benchmark".to_string()];
    header.extend(shared.iter().map(|r| r.to_string()));
    let mut table = Table::new(header);
    let mut changes: Vec<Vec<f64>> = vec![Vec::new(); shared.len()];
    for bench in &new.benchmarks {
        let old_bench = old.bench(&bench.name);
        let mut row = vec![row_name(bench)];
        for (i, runner) in shared.iter().enumerate() {
            let new_cell = bench.results.get(*runner);
            let old_cell = old_bench.and_then(|b| b.results.get(*runner));
            let same_count = old_bench.is_some_and(|b| b.iterations == bench.iterations);
            let shown = match (new_cell, old_cell) {
                (Some(_), Some(_)) if !same_count => "other N".to_string(),
                (Some(n), Some(o)) => match (n.time(), o.time()) {
                    (Some(new_time), Some(old_time)) if new_time > 0.0 => {
                        let change = old_time / new_time;
                        if !bench.startup {
                            changes[i].push(change);
                        }
                        let beyond_noise = n.min.zip(o.max).is_some_and(|(a, b)| a > b)
                            || n.max.zip(o.min).is_some_and(|(a, b)| a < b);
                        format!("{}{}", ratio(change), if beyond_noise { "*" } else { "" })
                    }
                    _ => "FAIL".to_string(),
                },
                _ => "–".to_string(),
            };
            row.push(shown);
        }
        table.rows.push(row);
    }
    let mut row = vec!["geometric mean".to_string()];
    for values in &changes {
        row.push(stats::geomean(values).map_or("–".to_string(), ratio));
    }
    table.rows.push(row);
    text.push_str(&table.render());
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::results::RunnerInfo;

    fn cell(times: &[f64]) -> Cell {
        let mut cell = Cell {
            times: times.to_vec(),
            rss_kib: vec![2048],
            ..Cell::default()
        };
        cell.summarize();
        cell
    }

    fn results(base: f64, fast: f64) -> Results {
        let mut results = Results {
            baseline: "base".into(),
            runners: ["base", "fast"]
                .iter()
                .map(|name| RunnerInfo {
                    name: name.to_string(),
                    ..RunnerInfo::default()
                })
                .collect(),
            ..Results::default()
        };
        results.settings.reps = 1;
        results.benchmarks.push(BenchResult {
            name: "nbody".into(),
            iterations: Some(4),
            results: [("base", cell(&[base])), ("fast", cell(&[fast]))]
                .into_iter()
                .map(|(r, c)| (r.to_string(), c))
                .collect(),
            ..BenchResult::default()
        });
        results.compute_speedups();
        results
    }

    #[test]
    fn renders_aligned_markdown() {
        let mut table = Table::new(vec!["a".into(), "bb".into()]);
        table.rows.push(vec!["long name".into(), "1".into()]);
        assert_eq!(
            table.render(),
            "| a         |  bb |\n| --------- | --: |\n| long name |   1 |\n"
        );
    }

    #[test]
    fn report_has_times_speedups_memory_and_changes() {
        let runners = vec!["base".to_string(), "fast".to_string()];
        let new = results(2.0, 0.5);
        let old = results(2.0, 1.0);
        let text = render(&new, &runners, Some(&old));
        assert!(
            text.contains("| nbody     |   4 | 2.00 ±0% | 0.500 ±0% |"),
            "{text}"
        );
        assert!(text.contains("| nbody          |        4.00x |"), "{text}");
        assert!(text.contains("| geometric mean | 4.00x (of 1) |"), "{text}");
        assert!(text.contains("| nbody     |  2.0 |  2.0 |"), "{text}");
        // fast went from 1.0 s to 0.5 s: twice as fast, beyond the (zero) noise.
        assert!(
            text.contains("| nbody          | 1.00x | 2.00x* |"),
            "{text}"
        );
    }

    #[test]
    fn number_formats() {
        assert_eq!(seconds(12.345), "12.3");
        assert_eq!(seconds(1.2345), "1.23");
        assert_eq!(seconds(0.012345), "0.012");
        assert_eq!(ratio(0.456), "0.46x");
        assert_eq!(ratio(12.0), "12.0x");
        assert_eq!(ratio(0.0123), "0.012x");
    }
}
