//! The bar chart of speedups: one group of horizontal bars per benchmark (and the geometric
//! mean), one bar per runner, on a log₂ axis where 1× (the baseline) is the middle line: a bar
//! to the right is faster than the baseline, to the left slower, and twice as fast is as long
//! as twice as slow.
//!
//! Drawn with plotters into SVG and into a pixel buffer encoded as PNG. Text needs a TrueType
//! font read at run time (plotters' `ab_glyph` feature: no system C library); see [`FONTS`].

use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use anyhow::{anyhow, bail, Context, Result};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::results::Results;

/// Where the chart's font is looked for, in order, after `$CINDER_BENCH_FONT`: DejaVu Sans
/// (Debian's `fonts-dejavu-core`, Fedora's `dejavu-sans-fonts`), then Liberation Sans.
pub const FONTS: &[&str] = &[
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf",
];

/// The variable that names a font file to use instead.
pub const FONT_ENV: &str = "CINDER_BENCH_FONT";

/// What the chart shows.
pub struct Chart {
    pub title: String,
    pub baseline: String,
    /// The benchmarks, top to bottom.
    pub groups: Vec<String>,
    /// One per runner: its name and its bar in each group.
    pub series: Vec<(String, Vec<Bar>)>,
    /// Per group, a remark shown instead of bars that cannot exist (the baseline failed).
    pub notes: Vec<Option<String>>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Bar {
    /// The runner does not run this benchmark (or there is no baseline to compare with).
    Absent,
    Speedup(f64),
    /// A geometric mean of this many speedups.
    Mean(f64, usize),
    Failed,
}

const WIDTH: u32 = 1100;
const BAR: u32 = 13;
const GROUP_GAP: u32 = 10;
const FONT: &str = "sans-serif";

/// Each series' color: cinder's modes in warm colors, the peers in cool ones, each in order.
fn colors(series: &[(String, Vec<Bar>)]) -> Vec<RGBColor> {
    const CINDER: [RGBColor; 3] = [
        RGBColor(214, 73, 51),
        RGBColor(245, 158, 61),
        RGBColor(168, 50, 110),
    ];
    const PEERS: [RGBColor; 4] = [
        RGBColor(62, 118, 196),
        RGBColor(79, 168, 120),
        RGBColor(140, 100, 190),
        RGBColor(128, 128, 128),
    ];
    let (mut cinder, mut peers) = (0, 0);
    series
        .iter()
        .map(|(name, _)| {
            if name.starts_with("cinder") {
                cinder += 1;
                CINDER[(cinder - 1) % CINDER.len()]
            } else {
                peers += 1;
                PEERS[(peers - 1) % PEERS.len()]
            }
        })
        .collect()
}

impl Chart {
    fn height(&self) -> u32 {
        let bars = self.series.len().max(1) as u32;
        let groups = self.groups.len().max(1) as u32;
        groups * (bars * BAR + GROUP_GAP) + 130 + 22 * bars.div_ceil(4)
    }

    /// The x axis in log₂ units: whole powers of two around every value and 1×.
    fn x_range(&self) -> (f64, f64) {
        let logs = self
            .series
            .iter()
            .flat_map(|(_, bars)| bars.iter())
            .filter_map(|bar| match bar {
                Bar::Speedup(v) | Bar::Mean(v, _) if *v > 0.0 => Some(v.log2()),
                _ => None,
            });
        let (lo, hi) = logs.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        // Room for the value written at the end of each bar.
        ((lo - 0.8).floor().max(-12.0), (hi + 0.8).ceil().min(12.0))
    }
}

/// The chart of a run's results: a group per benchmark, startup first, and the geometric
/// mean last; a series per runner in `runners` except the baseline.
pub fn of_results(results: &Results, runners: &[String]) -> Chart {
    let others: Vec<&String> = runners.iter().filter(|r| **r != results.baseline).collect();
    let mut groups: Vec<String> = results
        .benchmarks
        .iter()
        .map(|bench| {
            if bench.startup {
                "startup".to_string()
            } else {
                bench.name.clone()
            }
        })
        .collect();
    groups.push("geometric mean".to_string());
    let series = others
        .iter()
        .map(|runner| {
            let mut bars: Vec<Bar> = results
                .benchmarks
                .iter()
                .map(|bench| match bench.results.get(*runner) {
                    None => Bar::Absent,
                    Some(cell) if cell.failure.is_some() => Bar::Failed,
                    // No speedup without the baseline's time: nothing to draw.
                    Some(cell) => cell.speedup.map_or(Bar::Absent, Bar::Speedup),
                })
                .collect();
            bars.push(
                results
                    .geomean
                    .get(*runner)
                    .map_or(Bar::Absent, |g| Bar::Mean(g.speedup, g.count)),
            );
            (runner.to_string(), bars)
        })
        .collect();
    let mut notes: Vec<Option<String>> = results
        .benchmarks
        .iter()
        .map(|bench| {
            let failed = bench
                .results
                .get(&results.baseline)
                .is_some_and(|cell| cell.failure.is_some());
            failed.then(|| format!("{} failed: no ratios", results.baseline))
        })
        .collect();
    notes.push(None);
    let settings = &results.settings;
    Chart {
        title: format!(
            "Speedup over {} ({}{} repetition(s); {})",
            results.baseline,
            if settings.quick { "--quick, " } else { "" },
            settings.reps,
            results.machine.date
        ),
        baseline: results.baseline.clone(),
        groups,
        series,
        notes,
    }
}

/// Writes the chart as SVG and PNG.
pub fn write(chart: &Chart, svg: &Path, png: &Path) -> Result<()> {
    load_font()?;
    let size = (WIDTH, chart.height());
    {
        let root = SVGBackend::new(svg, size).into_drawing_area();
        draw(chart, &root).with_context(|| format!("cannot draw {}", svg.display()))?;
        root.present()
            .map_err(|err| anyhow!("cannot write {}: {err}", svg.display()))?;
    }
    let mut pixels = vec![0u8; size.0 as usize * size.1 as usize * 3];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, size).into_drawing_area();
        draw(chart, &root).with_context(|| format!("cannot draw {}", png.display()))?;
        root.present()
            .map_err(|err| anyhow!("cannot draw {}: {err}", png.display()))?;
    }
    write_png(png, size, &pixels).with_context(|| format!("cannot write {}", png.display()))
}

fn write_png(path: &Path, (width, height): (u32, u32), rgb: &[u8]) -> Result<()> {
    let file = BufWriter::new(File::create(path)?);
    let mut encoder = png::Encoder::new(file, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(rgb)?;
    writer.finish()?;
    Ok(())
}

/// Registers the first font found as plotters' `sans-serif`, once.
fn load_font() -> Result<()> {
    static LOADED: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let loaded = LOADED.get_or_init(|| {
        let from_env = std::env::var_os(FONT_ENV).map(PathBuf::from);
        register_first_font(from_env, FONTS)
    });
    match loaded {
        Ok(_) => Ok(()),
        Err(message) => bail!("{message}"),
    }
}

/// Registers `from_env`, else the first of `candidates` that is a font; the path it used, or
/// a message that says what to install.
fn register_first_font(from_env: Option<PathBuf>, candidates: &[&str]) -> Result<PathBuf, String> {
    let paths = from_env
        .iter()
        .cloned()
        .chain(candidates.iter().map(PathBuf::from));
    for path in paths {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        // plotters keeps fonts for the life of the program.
        let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
        if plotters::style::register_font(FONT, FontStyle::Normal, bytes).is_ok() {
            return Ok(path);
        }
    }
    Err(format!(
        "no TrueType font for the chart: ${FONT_ENV} is {}, and none of {} is a font. \
         Install one (Debian/Ubuntu: `apt-get install fonts-dejavu-core`; Fedora: \
         `dnf install dejavu-sans-fonts`), set {FONT_ENV}=/path/to/font.ttf, or pass \
         --no-chart",
        from_env.map_or("not set".to_string(), |p| format!("{}", p.display())),
        candidates.join(", ")
    ))
}

/// `2^v` as a speedup label: `4x`, `1x`, `0.25x`, `1/8x`.
fn power_label(v: f64) -> String {
    if v < -2.0 {
        return format!("1/{}x", (-v).exp2().round());
    }
    let text = format!("{:.2}", v.exp2());
    let text = text.trim_end_matches('0').trim_end_matches('.');
    format!("{text}x")
}

fn draw<DB: DrawingBackend>(chart: &Chart, root: &DrawingArea<DB, Shift>) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let fail = |err: DrawingAreaErrorKind<DB::ErrorType>| anyhow!("{err:?}");
    root.fill(&WHITE).map_err(fail)?;
    let groups = chart.groups.len();
    let bars = chart.series.len().max(1);
    let (lo, hi) = chart.x_range();
    let label_width = chart
        .groups
        .iter()
        .map(|g| g.chars().count() as u32 * 8 + 16)
        .max()
        .unwrap_or(60);
    let legend_rows = bars.div_ceil(4) as u32;
    let colors = colors(&chart.series);

    let (legend_area, plot_area) = root.split_vertically(40 + 22 * legend_rows);
    legend_area
        .draw(&Text::new(
            chart.title.clone(),
            (20, 10),
            (FONT, 20).into_font().color(&BLACK),
        ))
        .map_err(fail)?;
    for (i, (name, _)) in chart.series.iter().enumerate() {
        let x = 20 + (i % 4) as i32 * 260;
        let y = 40 + (i / 4) as i32 * 22;
        let fill = colors[i].filled();
        legend_area
            .draw(&Rectangle::new([(x, y), (x + 14, y + 14)], fill))
            .map_err(fail)?;
        legend_area
            .draw(&Text::new(
                name.clone(),
                (x + 20, y),
                (FONT, 15).into_font().color(&BLACK),
            ))
            .map_err(fail)?;
    }

    let mut plot = ChartBuilder::on(&plot_area)
        .margin_right(60)
        .margin_top(5)
        .x_label_area_size(50)
        .y_label_area_size(label_width)
        .build_cartesian_2d(lo..hi, 0f64..groups.max(1) as f64)
        .map_err(fail)?;
    let formatter = |v: &f64| power_label(*v);
    plot.configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .x_labels(((hi - lo) as usize + 1).min(12))
        .x_label_formatter(&formatter)
        .x_desc(format!(
            "speedup over {} (log scale; right of 1x is faster)",
            chart.baseline
        ))
        .label_style((FONT, 14))
        .axis_desc_style((FONT, 15))
        .light_line_style(WHITE)
        .draw()
        .map_err(fail)?;

    // Group 0 at the top.
    let band = |group: usize| (groups - 1 - group) as f64;
    let inner = 1.0 - f64::from(GROUP_GAP) / f64::from(bars as u32 * BAR + GROUP_GAP);
    let slot = inner / bars as f64;
    let value_style = TextStyle::from((FONT, 11).into_font()).color(&BLACK);
    for (i, (name, bars)) in chart.series.iter().enumerate() {
        let runner_color = colors[i];
        let fill = runner_color.filled();
        for (group, bar) in bars.iter().enumerate() {
            let top = band(group) + 1.0 - (1.0 - inner) / 2.0 - slot * i as f64;
            let (value, label) = match *bar {
                Bar::Speedup(v) if v > 0.0 => (v, super::report::ratio(v)),
                Bar::Mean(v, count) if v > 0.0 => {
                    (v, format!("{} (of {count})", super::report::ratio(v)))
                }
                Bar::Absent | Bar::Speedup(_) | Bar::Mean(..) => continue,
                Bar::Failed => {
                    let (px, py) = plot.backend_coord(&(0.0, top - slot / 2.0));
                    let style = value_style
                        .color(&runner_color)
                        .pos(Pos::new(HPos::Right, VPos::Center));
                    root.draw(&Text::new(format!("{name} failed"), (px - 4, py), style))
                        .map_err(fail)?;
                    continue;
                }
            };
            let x = value.log2().clamp(lo, hi);
            plot.draw_series([Rectangle::new([(0.0, top), (x, top - slot)], fill)])
                .map_err(fail)?;
            let (px, py) = plot.backend_coord(&(x, top - slot / 2.0));
            let (pos, dx) = if x >= 0.0 {
                (Pos::new(HPos::Left, VPos::Center), 4)
            } else {
                (Pos::new(HPos::Right, VPos::Center), -4)
            };
            root.draw(&Text::new(label, (px + dx, py), value_style.pos(pos)))
                .map_err(fail)?;
        }
    }
    let note_style = value_style.pos(Pos::new(HPos::Left, VPos::Center));
    for (group, note) in chart.notes.iter().enumerate() {
        if let Some(note) = note {
            let (px, py) = plot.backend_coord(&(0.0, band(group) + 0.5));
            root.draw(&Text::new(note.clone(), (px + 6, py), note_style.clone()))
                .map_err(fail)?;
        }
    }
    plot.draw_series([PathElement::new(
        vec![(0.0, 0.0), (0.0, groups as f64)],
        BLACK.stroke_width(1),
    )])
    .map_err(fail)?;

    // The geometric mean, last, set apart from the benchmarks.
    if groups > 1 {
        plot.draw_series([PathElement::new(
            vec![(lo, 1.0), (hi, 1.0)],
            RGBColor(160, 160, 160).stroke_width(1),
        )])
        .map_err(fail)?;
    }

    // The benchmarks' names, centred on their groups, right-aligned against the axis.
    let name_style = TextStyle::from((FONT, 14).into_font())
        .color(&BLACK)
        .pos(Pos::new(HPos::Right, VPos::Center));
    for (group, name) in chart.groups.iter().enumerate() {
        let (px, py) = plot.backend_coord(&(lo, band(group) + 0.5));
        root.draw(&Text::new(name.clone(), (px - 8, py), name_style.clone()))
            .map_err(fail)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_font_says_what_to_install() {
        let not_a_font = std::env::temp_dir().join(format!("xtask-font-{}", std::process::id()));
        std::fs::write(&not_a_font, "not a font").unwrap();
        let err =
            register_first_font(Some(not_a_font.clone()), &["/nonexistent/font.ttf"]).unwrap_err();
        std::fs::remove_file(&not_a_font).unwrap();
        assert!(err.contains("fonts-dejavu-core"), "{err}");
        assert!(err.contains("/nonexistent/font.ttf"), "{err}");
        assert!(err.contains(&not_a_font.display().to_string()), "{err}");
    }

    #[test]
    fn labels_powers_of_two() {
        assert_eq!(power_label(0.0), "1x");
        assert_eq!(power_label(3.0), "8x");
        assert_eq!(power_label(-2.0), "0.25x");
        assert_eq!(power_label(-1.0), "0.5x");
        assert_eq!(power_label(-3.0), "1/8x");
        assert_eq!(power_label(-10.0), "1/1024x");
    }

    #[test]
    fn axis_spans_every_value_and_one() {
        let chart = Chart {
            title: String::new(),
            baseline: "b".into(),
            groups: vec!["a".into(), "b".into()],
            notes: vec![None, None],
            series: vec![
                ("r".into(), vec![Bar::Speedup(0.3), Bar::Failed]),
                ("s".into(), vec![Bar::Speedup(1.5), Bar::Speedup(1.1)]),
            ],
        };
        let (lo, hi) = chart.x_range();
        assert_eq!((lo, hi), (-3.0, 2.0));
        let fast_only = Chart {
            series: vec![("r".into(), vec![Bar::Speedup(3.0), Bar::Absent])],
            ..chart
        };
        assert_eq!(fast_only.x_range(), (-1.0, 3.0));
    }
}
