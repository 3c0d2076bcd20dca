//! The interactive prompt: `>>> ` / `... ` with line editing and history
//! (rustyline), results echoed with `repr` through `sys.displayhook`.

use cinder_runtime::compile::{compile, Mode};
use cinder_runtime::Vm;
use rustyline::error::ReadlineError;

/// Whether `src` is an incomplete statement that needs more lines.
fn needs_more(src: &str) -> bool {
    let last = src.lines().last().unwrap_or("");
    let opened_block = src
        .lines()
        .next()
        .is_some_and(|l| l.trim_end().ends_with(':'))
        || src.lines().count() > 1;
    if opened_block && !last.trim().is_empty() {
        return true;
    }
    match compile(src, "<stdin>", Mode::Single) {
        Ok(_) => false,
        Err(e) => {
            let m = e.msg.to_lowercase();
            (m.contains("eof")
                || m.contains("expected an indented block")
                || m.contains("unclosed"))
                && !last.trim().is_empty()
        }
    }
}

pub fn run(vm: &mut Vm) -> i32 {
    eprintln!(
        "Python 3.8.18 (cinder-rs {}) on {}\nType \"help\" for more information.",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS
    );
    let globals = vm.init_main(None);
    let mut rl = match rustyline::DefaultEditor::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("cinder: cannot start line editing: {e}");
            return 1;
        }
    };
    loop {
        let mut src = String::new();
        let mut prompt = ">>> ";
        loop {
            match rl.readline(prompt) {
                Ok(line) => {
                    src.push_str(&line);
                    src.push('\n');
                    if !needs_more(&src) {
                        break;
                    }
                    prompt = "... ";
                }
                Err(ReadlineError::Interrupted) => {
                    eprintln!("KeyboardInterrupt");
                    src.clear();
                    break;
                }
                Err(ReadlineError::Eof) => {
                    vm.flush_std();
                    return 0;
                }
                Err(e) => {
                    eprintln!("cinder: {e}");
                    return 1;
                }
            }
        }
        if src.trim().is_empty() {
            continue;
        }
        let _ = rl.add_history_entry(src.trim_end());
        if let Err(e) = vm.exec_source(&src, "<stdin>", Mode::Single, &globals) {
            if e.is_instance(&cinder_runtime::builtins::exc::SYSTEM_EXIT) {
                return vm.handle_uncaught(e);
            }
            vm.handle_uncaught(e);
        }
        vm.flush_std();
    }
}
