//! CPython-style command-line parsing.

/// What to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Help,
    Version,
    /// `-c CMD`
    Code(String),
    /// `-m MODULE`
    Module(String),
    /// `FILE`
    File(String),
    /// `-`: the program is read from stdin.
    Stdin,
    /// No program: a REPL on a terminal, else the program from stdin.
    Default,
}

#[derive(Debug, Clone)]
pub struct Options {
    pub command: Command,
    /// `sys.argv[1:]`.
    pub args: Vec<String>,
    pub unbuffered: bool,
    pub ignore_environment: bool,
    pub isolated: bool,
    pub xoptions: Vec<(String, Option<String>)>,
}

/// `-X` options the runtime understands. CPython's own are accepted for
/// compatibility; an unknown one is an error rather than silently ignored.
const KNOWN_X: &[&str] = &[
    "dev",
    "utf8",
    "faulthandler",
    "importtime",
    "showrefcount",
    "tracemalloc",
    "pycache_prefix",
    "no_debug_ranges",
    "no-eager-coro",
    "eager-gather",
];

pub const HELP: &str = "\
usage: cinder [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options and arguments:
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also --help)
-I     : isolate Python from the user's environment (implies -E; the
         script's directory is not added to sys.path)
-m mod : run library module as a script (terminates option list);
         `-m dis FILE` prints the bytecode of FILE
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option: dev, utf8, faulthandler,
         importtime, showrefcount, tracemalloc, pycache_prefix=PATH,
         no_debug_ranges; no-eager-coro (turns off eager evaluation of
         immediately awaited coroutines); eager-gather (`await gather(...)`
         starts its coroutines at once, as Cinder's gather)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

/// Parses the arguments after the program name.
pub fn parse(argv: &[String]) -> Result<Options, String> {
    let mut o = Options {
        command: Command::Default,
        args: Vec::new(),
        unbuffered: false,
        ignore_environment: false,
        isolated: false,
        xoptions: Vec::new(),
    };
    let mut i = 0;
    while i < argv.len() {
        let a = &argv[i];
        if a == "--help" {
            o.command = Command::Help;
            return Ok(o);
        }
        if a == "--version" {
            o.command = Command::Version;
            return Ok(o);
        }
        if a == "-" {
            o.command = Command::Stdin;
            o.args = argv[i + 1..].to_vec();
            return Ok(o);
        }
        if a == "--" {
            i += 1;
            break;
        }
        if !a.starts_with('-') || a.len() < 2 {
            break;
        }
        if a.starts_with("--") {
            return Err(format!("unknown option {a}"));
        }
        // A cluster of single-letter flags, possibly ending in one that takes a value.
        let flags: Vec<char> = a[1..].chars().collect();
        let mut j = 0;
        while j < flags.len() {
            let f = flags[j];
            let rest: String = flags[j + 1..].iter().collect();
            match f {
                'c' | 'm' | 'X' => {
                    let value = if !rest.is_empty() {
                        rest
                    } else {
                        i += 1;
                        argv.get(i)
                            .cloned()
                            .ok_or_else(|| format!("Argument expected for the -{f} option"))?
                    };
                    match f {
                        'c' => {
                            o.command = Command::Code(value);
                            o.args = argv[i + 1..].to_vec();
                            return Ok(o);
                        }
                        'm' => {
                            o.command = Command::Module(value);
                            o.args = argv[i + 1..].to_vec();
                            return Ok(o);
                        }
                        _ => {
                            let (name, val) = match value.split_once('=') {
                                Some((n, v)) => (n.to_string(), Some(v.to_string())),
                                None => (value.clone(), None),
                            };
                            if !KNOWN_X.contains(&name.as_str()) {
                                return Err(format!(
                                    "cinder: unknown -X option '{name}' (known: {})",
                                    KNOWN_X.join(", ")
                                ));
                            }
                            o.xoptions.push((name, val));
                        }
                    }
                    j = flags.len();
                    continue;
                }
                'h' | '?' => {
                    o.command = Command::Help;
                    return Ok(o);
                }
                'V' => {
                    o.command = Command::Version;
                    return Ok(o);
                }
                'u' => o.unbuffered = true,
                'E' => o.ignore_environment = true,
                'I' => {
                    o.isolated = true;
                    o.ignore_environment = true;
                }
                // Accepted for compatibility; they change nothing here.
                'B' | 'b' | 'd' | 'i' | 'O' | 'q' | 's' | 'S' | 'v' | 'x' => {}
                other => return Err(format!("Unknown option: -{other}")),
            }
            j += 1;
        }
        i += 1;
    }
    if i < argv.len() {
        o.command = Command::File(argv[i].clone());
        o.args = argv[i + 1..].to_vec();
    }
    Ok(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Options, String> {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn file_and_args() {
        let o = p(&["-u", "prog.py", "-c", "x"]).unwrap();
        assert_eq!(o.command, Command::File("prog.py".into()));
        assert_eq!(o.args, vec!["-c", "x"]);
        assert!(o.unbuffered);
    }

    #[test]
    fn command_terminates_options() {
        let o = p(&["-c", "print(1)", "-u"]).unwrap();
        assert_eq!(o.command, Command::Code("print(1)".into()));
        assert_eq!(o.args, vec!["-u"]);
        assert!(!o.unbuffered);
    }

    #[test]
    fn clustered_flags_and_attached_values() {
        let o = p(&["-uEcprint(2)"]).unwrap();
        assert_eq!(o.command, Command::Code("print(2)".into()));
        assert!(o.unbuffered && o.ignore_environment);
    }

    #[test]
    fn x_options() {
        let o = p(&["-X", "dev", "-Xpycache_prefix=/tmp", "f.py"]).unwrap();
        assert_eq!(o.xoptions.len(), 2);
        assert!(p(&["-X", "bogus"])
            .unwrap_err()
            .contains("unknown -X option 'bogus'"));
    }

    #[test]
    fn errors() {
        assert!(p(&["-c"]).unwrap_err().contains("Argument expected"));
        assert!(p(&["-Z"]).unwrap_err().contains("Unknown option"));
        assert_eq!(
            p(&["-m", "dis", "x.py"]).unwrap().command,
            Command::Module("dis".into())
        );
        assert_eq!(p(&["-"]).unwrap().command, Command::Stdin);
        assert_eq!(p(&["-V"]).unwrap().command, Command::Version);
    }
}
