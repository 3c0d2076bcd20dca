//! The per-program time limit shared by the CLI's test runners.

use std::env;
use std::time::Duration;

/// Seconds one program may run before it is killed and fails.
pub const TIMEOUT_ENV: &str = "CINDER_TEST_TIMEOUT";

/// The limit from `CINDER_TEST_TIMEOUT`, or `default` when it is unset.
pub fn timeout_from_env(default: Duration) -> Result<Duration, String> {
    let Some(value) = env::var_os(TIMEOUT_ENV) else {
        return Ok(default);
    };
    value
        .to_str()
        .and_then(|text| text.trim().parse::<f64>().ok())
        .filter(|secs| secs.is_finite() && *secs > 0.0)
        .map(Duration::from_secs_f64)
        .ok_or_else(|| format!("{TIMEOUT_ENV}={value:?} is not a positive number of seconds"))
}
