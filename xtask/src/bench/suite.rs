//! The benchmark suite as `bench` sees it: `benchmarks/manifest.toml` says which programs
//! there are, with their iteration counts and tags, and `benchmarks/checksums.json` what each
//! must print for a given count (produced by CPython 3.11; see `docs/benchmarks.md`).

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use anyhow::{bail, Context, Result};
use serde::Deserialize;

/// The manifest's file name inside the suite's directory.
pub const MANIFEST: &str = "manifest.toml";
/// The expected outputs' file name inside the suite's directory.
pub const CHECKSUMS: &str = "checksums.json";

/// One `[[bench]]` table of the manifest: the program `NAME.py` beside it.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct Bench {
    pub name: String,
    /// The default iteration count (about a second on CPython 3.11).
    pub iterations: u64,
    /// The count for `--quick` (well under a second).
    pub quick: u64,
    /// Free-form; `async` marks programs that use async/await.
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub description: String,
    /// The file to run, `PROGRAM.py`, when it is not `NAME.py` (one program can make several
    /// benchmarks through `args`).
    #[serde(default)]
    pub program: Option<String>,
    /// Arguments after the count: the run is `RUNNER PROGRAM.py N ARGS...`.
    #[serde(default)]
    pub args: Vec<String>,
}

impl Bench {
    /// The program's file name.
    pub fn file_name(&self) -> String {
        format!("{}.py", self.program.as_deref().unwrap_or(&self.name))
    }

    /// The arguments of a run with `count` iterations, the program under `suite`.
    pub fn command_args(&self, suite: &Path, count: u64) -> Vec<String> {
        let program = suite.join(self.file_name()).display().to_string();
        [program, count.to_string()]
            .into_iter()
            .chain(self.args.iter().cloned())
            .collect()
    }

    /// The iteration count this run uses.
    pub fn count(&self, quick: bool) -> u64 {
        if quick {
            self.quick
        } else {
            self.iterations
        }
    }
}

#[derive(Deserialize)]
struct ManifestFile {
    #[serde(default)]
    bench: Vec<Bench>,
}

/// Parses the manifest's text; names must be unique and usable as file names, counts positive.
pub fn parse_manifest(text: &str) -> Result<Vec<Bench>> {
    let file: ManifestFile = toml::from_str(text)?;
    let mut seen = std::collections::BTreeSet::new();
    let plain = |name: &str| {
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    };
    for bench in &file.bench {
        let name = &bench.name;
        if !plain(name) {
            bail!("benchmark name {name:?} is not a plain file name (letters, digits, _ and -)");
        }
        if let Some(program) = bench.program.as_deref().filter(|p| !plain(p)) {
            bail!("benchmark {name:?}: program {program:?} is not a plain file name");
        }
        if !seen.insert(name) {
            bail!("benchmark {name:?} appears twice");
        }
        if bench.iterations == 0 || bench.quick == 0 {
            bail!("benchmark {name:?}: `iterations` and `quick` must be at least 1");
        }
    }
    Ok(file.bench)
}

/// Reads `DIR/manifest.toml`.
pub fn load_manifest(dir: &Path) -> Result<Vec<Bench>> {
    let path = dir.join(MANIFEST);
    let text =
        fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
    parse_manifest(&text).with_context(|| format!("in {}", path.display()))
}

/// Whether `name` is selected by the `--filter` patterns: any of them is a substring of it,
/// or there are none.
pub fn selected(name: &str, filters: &[String]) -> bool {
    filters.is_empty()
        || filters
            .iter()
            .any(|pattern| name.contains(pattern.as_str()))
}

/// `{"nbody": {"40": "<stdout>", "2": "<stdout>"}}`: for each benchmark, its exact stdout per
/// iteration count (the count as a decimal string).
pub type Checksums = BTreeMap<String, BTreeMap<String, String>>;

/// Reads the checksums; a missing file is an empty table (every run then fails with a hint to
/// bless).
pub fn load_checksums(path: &Path) -> Result<Checksums> {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Checksums::new()),
        Err(err) => return Err(err).with_context(|| format!("cannot read {}", path.display())),
    };
    serde_json::from_str(&text).with_context(|| format!("{} is not valid", path.display()))
}

/// Writes the checksums as the contract shows them: pretty JSON, keys sorted, a final newline.
pub fn save_checksums(path: &Path, checksums: &Checksums) -> Result<()> {
    let mut text = serde_json::to_string_pretty(checksums)?;
    text.push('\n');
    fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
}

/// What a run of `name` with `count` iterations must print, when it is known.
pub fn expected<'a>(checksums: &'a Checksums, name: &str, count: u64) -> Option<&'a str> {
    checksums
        .get(name)?
        .get(&count.to_string())
        .map(String::as_str)
}

/// Compares a run's stdout with what it must be; `Err` says how it differs, in one line.
pub fn check_output(expected: &str, actual: &[u8]) -> Result<(), String> {
    if actual == expected.as_bytes() {
        return Ok(());
    }
    let actual = String::from_utf8_lossy(actual);
    Err(format!(
        "wrong checksum: expected {}, got {}",
        excerpt(expected),
        excerpt(&actual)
    ))
}

/// A short, quoted, one-line view of `text` for messages.
pub fn excerpt(text: &str) -> String {
    const MAX: usize = 100;
    let mut shown: String = text.chars().take(MAX).collect();
    if text.chars().count() > MAX {
        shown.push('…');
    }
    format!("{shown:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const MANIFEST_TEXT: &str = r#"
        [[bench]]
        name = "nbody"
        iterations = 40
        quick = 2
        tags = ["float"]
        description = "N-body"

        [[bench]]
        name = "coroutines"
        iterations = 10
        quick = 1
        tags = ["async"]
        extra = "ignored"

        [[bench]]
        name = "tree_io"
        program = "tree"
        args = ["io", "x"]
        iterations = 5
        quick = 1
    "#;

    #[test]
    fn parses_the_manifest() {
        let benches = parse_manifest(MANIFEST_TEXT).unwrap();
        assert_eq!(benches.len(), 3);
        assert_eq!(
            benches[0],
            Bench {
                name: "nbody".into(),
                iterations: 40,
                quick: 2,
                tags: vec!["float".into()],
                description: "N-body".into(),
                program: None,
                args: Vec::new(),
            }
        );
        let suite = Path::new("benchmarks");
        assert_eq!(
            benches[0].command_args(suite, 40),
            ["benchmarks/nbody.py", "40"]
        );
        assert_eq!(
            benches[2].command_args(suite, 1),
            ["benchmarks/tree.py", "1", "io", "x"]
        );
        assert_eq!(benches[1].count(true), 1);
        assert_eq!(benches[1].count(false), 10);
        assert!(benches[1].description.is_empty());
        assert!(parse_manifest("").unwrap().is_empty());
    }

    #[test]
    fn rejects_bad_manifests() {
        let twice = "[[bench]]\nname='a'\niterations=1\nquick=1\n".repeat(2);
        assert!(format!("{:#}", parse_manifest(&twice).unwrap_err()).contains("twice"));
        let path_name = "[[bench]]\nname='../a'\niterations=1\nquick=1\n";
        assert!(parse_manifest(path_name).is_err());
        let program = "[[bench]]\nname='a'\nprogram='/etc/x'\niterations=1\nquick=1\n";
        assert!(parse_manifest(program).is_err());
        let zero = "[[bench]]\nname='a'\niterations=0\nquick=1\n";
        assert!(parse_manifest(zero).is_err());
        let missing = "[[bench]]\nname='a'\niterations=3\n";
        assert!(parse_manifest(missing).is_err());
    }

    #[test]
    fn filters_by_substring() {
        let filters = vec!["json".to_string(), "body".to_string()];
        assert!(selected("json_dumps", &filters));
        assert!(selected("nbody", &filters));
        assert!(!selected("richards", &filters));
        assert!(selected("richards", &[]));
    }

    #[test]
    fn checksums_round_trip_and_compare() {
        let text = r#"{"nbody": {"40": "-0.169\n", "2": "-0.168\n"}}"#;
        let checksums: Checksums = serde_json::from_str(text).unwrap();
        assert_eq!(expected(&checksums, "nbody", 40), Some("-0.169\n"));
        assert_eq!(expected(&checksums, "nbody", 3), None);
        assert_eq!(expected(&checksums, "chaos", 40), None);

        assert_eq!(check_output("-0.169\n", b"-0.169\n"), Ok(()));
        let err = check_output("-0.169\n", b"-0.169").unwrap_err();
        assert_eq!(err, r#"wrong checksum: expected "-0.169\n", got "-0.169""#);
        assert!(check_output("", b"x").is_err());

        let dir = std::env::temp_dir().join(format!("xtask-bench-sums-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join(CHECKSUMS);
        assert!(load_checksums(&path).unwrap().is_empty());
        save_checksums(&path, &checksums).unwrap();
        let saved = fs::read_to_string(&path).unwrap();
        assert!(saved.ends_with("}\n"));
        assert_eq!(load_checksums(&path).unwrap(), checksums);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn excerpts_are_short() {
        assert_eq!(excerpt("a\nb"), r#""a\nb""#);
        let long = "x".repeat(150);
        assert_eq!(excerpt(&long).chars().count(), 100 + 3);
    }
}
