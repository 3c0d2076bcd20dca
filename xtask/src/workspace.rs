//! Where things are: every path the commands use starts at the workspace root, so they work
//! from any current directory.

use std::path::PathBuf;

use anyhow::{Context, Result};

/// The workspace root, resolved (symlinks included) so that it equals what a child process
/// sees as its current directory.
pub fn root() -> Result<PathBuf> {
    let manifest_dir = env!("CARGO_MANIFEST_DIR");
    let root = std::path::Path::new(manifest_dir).join("..");
    root.canonicalize()
        .with_context(|| format!("cannot find the workspace root above {manifest_dir}"))
}

/// The cargo that runs us (cargo sets `CARGO` for `cargo run`), so that child cargo commands
/// use the same toolchain; plain `cargo` when run some other way.
pub fn cargo() -> std::ffi::OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}
