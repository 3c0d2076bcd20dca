//! `cinder`: the command-line front end of the runtime.
//!
//! The command line follows CPython's (`cinder [option] ... [-c cmd | -m mod
//! | file | -] [arg] ...`): options stop at the first non-option, and what
//! follows becomes `sys.argv`. That shape is why it is parsed by hand rather
//! than with a declarative parser.

mod args;
mod repl;

/// Python programs allocate and free small objects at a high rate (floats,
/// frames' temporaries, strings); mimalloc's thread-local free lists make
/// that several times cheaper than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

use cinder_runtime::compile::Mode;
use cinder_runtime::Vm;

use args::{Command, Options};

/// Python code runs on a thread with a large native stack: the parser and
/// compiler recurse on deeply nested source, and native re-entries
/// (`__eq__` from a dict lookup, `sorted(key=...)`) add frames.
const STACK_SIZE: usize = 512 << 20;

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().collect();
    let opts = match args::parse(&argv[1..]) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("{msg}");
            eprintln!("usage: cinder [option] ... [-c cmd | -m mod | file | -] [arg] ...");
            eprintln!("Try `cinder -h' for more information.");
            return ExitCode::from(2);
        }
    };
    match opts.command {
        Command::Help => {
            print!("{}", args::HELP);
            return ExitCode::SUCCESS;
        }
        Command::Version => {
            println!("Python 3.8.18 (cinder-rs {})", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        _ => {}
    }
    let handle = std::thread::Builder::new()
        .name("python".into())
        .stack_size(STACK_SIZE)
        .spawn(move || run(opts));
    let code = match handle {
        Ok(h) => h.join().unwrap_or(70),
        Err(e) => {
            eprintln!("cinder: cannot start the interpreter thread: {e}");
            70
        }
    };
    ExitCode::from(code.clamp(0, 255) as u8)
}

fn run(opts: Options) -> i32 {
    cinder_runtime::signals::install_sigint_handler();
    let mut vm = Vm::new();
    // Leave room for what ran before this frame on the thread.
    vm.set_native_stack(STACK_SIZE - (1 << 20));
    vm.unbuffered = opts.unbuffered;
    vm.ignore_environment = opts.ignore_environment || opts.isolated;
    vm.isolated = opts.isolated;
    vm.xoptions = opts.xoptions.clone();
    vm.eager_coro = !opts.xoptions.iter().any(|(k, _)| k == "no-eager-coro");
    let mut path = Vec::new();
    let script_dir = |p: &str| -> String {
        let parent = std::path::Path::new(p)
            .parent()
            .map(|d| d.display().to_string())
            .unwrap_or_default();
        match std::fs::canonicalize(if parent.is_empty() { "." } else { &parent }) {
            Ok(abs) => abs.display().to_string(),
            Err(_) => parent,
        }
    };
    match &opts.command {
        Command::File(f) if !opts.isolated => path.push(script_dir(f)),
        Command::File(_) => {}
        _ if !opts.isolated => path.push(String::new()),
        _ => {}
    }
    if !vm.ignore_environment {
        if let Ok(pp) = std::env::var("PYTHONPATH") {
            path.extend(pp.split(':').filter(|s| !s.is_empty()).map(str::to_string));
        }
    }
    if let Some(lib) = cinder_runtime::modules::lib_dir() {
        path.push(lib.display().to_string());
    }
    vm.path = path;
    match opts.command {
        Command::Code(cmd) => {
            vm.argv = std::iter::once("-c".to_string()).chain(opts.args).collect();
            vm.run_main(&cmd, "<string>")
        }
        Command::Module(m) => {
            vm.argv = std::iter::once(m.clone())
                .chain(opts.args.clone())
                .collect();
            run_module(&mut vm, &m, &opts.args)
        }
        Command::File(f) => {
            vm.argv = std::iter::once(f.clone()).chain(opts.args).collect();
            match std::fs::read(&f) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(src) => vm.run_main(&src, &f),
                    Err(_) => {
                        eprintln!("cinder: {f}: source is not valid UTF-8");
                        1
                    }
                },
                Err(e) => {
                    eprintln!(
                        "cinder: can't open file '{f}': [Errno {}] {}",
                        e.raw_os_error().unwrap_or(0),
                        e
                    );
                    2
                }
            }
        }
        Command::Stdin | Command::Default => {
            let stdin = std::io::stdin();
            if matches!(opts.command, Command::Default) && stdin.is_terminal() {
                vm.argv = vec![String::new()];
                return repl::run(&mut vm);
            }
            vm.argv = std::iter::once(if matches!(opts.command, Command::Stdin) {
                "-".to_string()
            } else {
                String::new()
            })
            .chain(opts.args)
            .collect();
            let mut src = String::new();
            if let Err(e) = std::io::stdin().lock().read_to_string(&mut src) {
                eprintln!("cinder: cannot read the program from stdin: {e}");
                return 1;
            }
            vm.run_main(&src, "<stdin>")
        }
        Command::Help | Command::Version => 0,
    }
}

/// `-m MODULE`: runs the module's source as `__main__`. `-m dis FILE`
/// disassembles a file with the runtime's own compiler.
fn run_module(vm: &mut Vm, module: &str, args: &[String]) -> i32 {
    if module == "dis" {
        let Some(file) = args.first() else {
            eprintln!("usage: cinder -m dis FILE.py");
            return 2;
        };
        let src = match std::fs::read_to_string(file) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("cinder: can't open file '{file}': {e}");
                return 2;
            }
        };
        return match cinder_runtime::compile::compile(&src, file, Mode::Exec) {
            Ok(code) => {
                print!("{}", cinder_runtime::dis::disassemble(&code));
                0
            }
            Err(e) => {
                let err = vm.syntax_error(&e);
                vm.handle_uncaught(err)
            }
        };
    }
    // Find MODULE.py (or MODULE/__main__.py) on sys.path.
    let rel = module.replace('.', "/");
    let mut dirs = vec![std::env::current_dir()
        .map(|d| d.display().to_string())
        .unwrap_or_default()];
    dirs.extend(vm.path.iter().cloned());
    for dir in dirs {
        let base = std::path::Path::new(if dir.is_empty() { "." } else { &dir });
        let parent = module.rsplit_once('.').map(|(p, _)| p.to_string());
        for (cand, package) in [
            (base.join(format!("{rel}.py")), parent),
            (
                base.join(&rel).join("__main__.py"),
                Some(module.to_string()),
            ),
        ] {
            if cand.is_file() {
                let f = cand.display().to_string();
                vm.argv[0] = f.clone();
                vm.main_package = package;
                return match std::fs::read_to_string(&cand) {
                    Ok(src) => vm.run_main(&src, &f),
                    Err(e) => {
                        eprintln!("cinder: can't open file '{f}': {e}");
                        2
                    }
                };
            }
        }
    }
    // A package without __main__.py, as CPython words it.
    let is_package = std::iter::once(String::new())
        .chain(vm.path.iter().cloned())
        .any(|d| {
            let base = std::path::Path::new(if d.is_empty() { "." } else { &d });
            base.join(&rel).join("__init__.py").is_file()
        });
    if is_package {
        eprintln!(
            "cinder: No module named {module}.__main__; '{module}' is a package and cannot be directly executed"
        );
    } else {
        eprintln!("cinder: No module named {module}");
    }
    1
}
