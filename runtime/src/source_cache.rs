//! Source text of compiled files, for traceback lines.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

thread_local! {
    static SOURCES: RefCell<HashMap<String, Rc<str>>> = RefCell::new(HashMap::new());
}

/// Remembers the source of `filename` (called when it is compiled).
pub fn register(filename: &str, source: &str) {
    SOURCES.with(|s| {
        s.borrow_mut()
            .insert(filename.to_string(), Rc::from(source));
    });
}

/// Line `lineno` (1-based) of `filename`: from the registered source, else
/// read from disk as CPython's `linecache` does.
pub fn line(filename: &str, lineno: u32) -> Option<String> {
    let src = SOURCES.with(|s| s.borrow().get(filename).cloned());
    let src = match src {
        Some(s) => s,
        None => {
            if filename.starts_with('<') {
                return None;
            }
            let text = std::fs::read_to_string(filename).ok()?;
            let rc: Rc<str> = Rc::from(text.as_str());
            SOURCES.with(|s| s.borrow_mut().insert(filename.to_string(), rc.clone()));
            rc
        }
    };
    src.lines()
        .nth(lineno.checked_sub(1)? as usize)
        .map(|l| l.to_string())
}
