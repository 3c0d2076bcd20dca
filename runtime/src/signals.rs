//! SIGINT → KeyboardInterrupt, as CPython: the handler only sets a flag;
//! the eval loop checks it at loop back-edges and calls and raises
//! KeyboardInterrupt in the running frame.

use std::sync::atomic::{AtomicBool, Ordering};

static PENDING_SIGINT: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_signal: libc::c_int) {
    // Only an atomic store: async-signal-safe.
    PENDING_SIGINT.store(true, Ordering::Relaxed);
}

/// Routes SIGINT (Ctrl-C) to KeyboardInterrupt instead of killing the process.
pub fn install_sigint_handler() {
    #[cfg(unix)]
    // SAFETY: `on_sigint` is async-signal-safe (one atomic store) and has the
    // signature `signal` expects.
    unsafe {
        libc::signal(
            libc::SIGINT,
            on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t,
        );
    }
}

/// Whether a SIGINT arrived since the last call (clears it).
#[inline(always)]
pub fn take_sigint() -> bool {
    PENDING_SIGINT.load(Ordering::Relaxed) && PENDING_SIGINT.swap(false, Ordering::Relaxed)
}
