//! The Python suite as `bless` sees it: the programs under `tests/python` and the files of
//! their expected results.
//!
//! The runner, `cli/tests/python_suite.rs`, discovers and names the programs the same way and
//! runs them in the same environment; change both together.

use std::path::{Path, PathBuf};
use std::{fs, io};

use anyhow::{Context, Result};

/// The suite's directory, relative to the workspace root.
pub const DIR: &str = "tests/python";

/// The environment every suite program runs in, under CPython as under `cinder`: fixed
/// hashing (so set order is stable), UTF-8 streams, no `__pycache__` beside the programs.
pub const PROGRAM_ENV: [(&str, &str); 3] = [
    ("PYTHONHASHSEED", "0"),
    ("PYTHONIOENCODING", "utf-8"),
    ("PYTHONDONTWRITEBYTECODE", "1"),
];

pub struct Program {
    /// Path under `tests/python`, without `.py`, `/`-separated: the test's name.
    pub name: String,
    /// The directory the program runs in (resolved, as the program's `os.getcwd()` is).
    pub dir: PathBuf,
    /// `NAME.py`, the only argument the program is run with.
    pub file_name: String,
}

impl Program {
    /// The file beside the program with `extension` in place of `py`.
    pub fn sibling(&self, extension: &str) -> PathBuf {
        self.dir
            .join(Path::new(&self.file_name).with_extension(extension))
    }

    /// `tests/python/NAME.EXT`, for messages.
    pub fn shown(&self, extension: &str) -> String {
        format!("{DIR}/{}.{extension}", self.name)
    }
}

/// Every `*.py` under `tests/python`, recursively, sorted by name, keeping those whose name
/// contains `filter` (libtest's filter rule, so `bless --filter X` and the runner's `X` pick
/// the same programs). `__pycache__` and hidden directories are skipped.
pub fn discover(root: &Path, filter: Option<&str>) -> Result<Vec<Program>> {
    let dir = root.join(DIR);
    let mut programs = Vec::new();
    collect(&dir, "", &mut programs)
        .with_context(|| format!("cannot list the programs in {}", dir.display()))?;
    programs.retain(|program| filter.is_none_or(|filter| program.name.contains(filter)));
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(programs)
}

fn collect(dir: &Path, prefix: &str, programs: &mut Vec<Program>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let Some(file_name) = path.file_name().and_then(|name| name.to_str()) else {
            continue;
        };
        if entry.file_type()?.is_dir() {
            if file_name != "__pycache__" && !file_name.starts_with('.') {
                collect(&path, &format!("{prefix}{file_name}/"), programs)?;
            }
        } else if let Some(stem) = file_name.strip_suffix(".py") {
            programs.push(Program {
                name: format!("{prefix}{stem}"),
                dir: dir.to_path_buf(),
                file_name: file_name.to_string(),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discovers_recursively_sorted_and_filtered() {
        let root = std::env::temp_dir().join(format!("xtask-suite-{}", std::process::id()));
        let suite = root.join(DIR);
        fs::create_dir_all(suite.join("sub")).unwrap();
        fs::create_dir_all(suite.join("__pycache__")).unwrap();
        for file in ["b.py", "a.py", "a.out", "sub/c.py", "__pycache__/d.py"] {
            fs::write(suite.join(file), "").unwrap();
        }
        let names = |filter| -> Vec<String> {
            let programs = discover(&root, filter).unwrap();
            programs.into_iter().map(|p| p.name).collect()
        };
        assert_eq!(names(None), ["a", "b", "sub/c"]);
        assert_eq!(names(Some("sub/")), ["sub/c"]);
        let program = discover(&root, Some("sub/c")).unwrap().remove(0);
        assert_eq!(program.sibling("out"), suite.join("sub/c.out"));
        assert_eq!(program.shown("exit"), "tests/python/sub/c.exit");
        fs::remove_dir_all(&root).unwrap();
    }
}
