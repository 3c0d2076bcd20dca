//! Compiler tests: disassembly snippets, errors, robustness, stack sanity.

use super::*;
use crate::bytecode::{stack_effect, ArgKind, CodeObject, Const, Op};

/// Runs `f` on a thread with the stack the real caller provides.
fn big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("no panic")
}

fn ok(src: &str) -> CodeObject {
    match compile(src, "t.py", Mode::Exec) {
        Ok(c) => c,
        Err(e) => panic!("unexpected error for {src:?}: {e:?}"),
    }
}

fn err(src: &str) -> CompileError {
    match compile(src, "t.py", Mode::Exec) {
        Ok(_) => panic!("expected an error for {src:?}"),
        Err(e) => e,
    }
}

/// A compact listing: `OPNAME arg(meaning)` one per line (no offsets).
fn ops(code: &CodeObject) -> String {
    let mut out = String::new();
    for ins in &code.instructions {
        out.push_str(ins.op.name());
        if ins.op.arg_kind() != ArgKind::None {
            out.push(' ');
            out.push_str(&ins.arg.to_string());
        }
        out.push('\n');
    }
    out
}

fn child<'c>(code: &'c CodeObject, name: &str) -> &'c CodeObject {
    for c in &code.consts {
        if let Const::Code(inner) = c {
            if &*inner.name == name {
                return inner;
            }
            if let Some(found) = find_child(inner, name) {
                return found;
            }
        }
    }
    panic!("no code object {name}")
}

fn find_child<'c>(code: &'c CodeObject, name: &str) -> Option<&'c CodeObject> {
    for c in &code.consts {
        if let Const::Code(inner) = c {
            if &*inner.name == name {
                return Some(inner);
            }
            if let Some(f) = find_child(inner, name) {
                return Some(f);
            }
        }
    }
    None
}

/// Jump targets are in range and the stack depth never goes negative nor
/// exceeds `stacksize` on any path; recursively for nested code.
fn check_code(code: &CodeObject) {
    let n = code.instructions.len();
    assert_eq!(code.lines.len(), n);
    let mut depth: Vec<Option<i64>> = vec![None; n];
    let mut work = vec![(0usize, 0i64)];
    while let Some((i, d)) = work.pop() {
        assert!(i < n, "{}: falls off the end", code.qualname);
        if let Some(prev) = depth[i] {
            if prev >= d {
                continue;
            }
        }
        depth[i] = Some(d);
        let ins = code.instructions[i];
        assert!(d >= 0, "{}: negative depth at {i}", code.qualname);
        assert!(
            d <= code.stacksize as i64,
            "{}: stacksize too small",
            code.qualname
        );
        if ins.op.arg_kind() == ArgKind::Jump {
            assert!(
                (ins.arg as usize) < n,
                "{}: jump out of range",
                code.qualname
            );
            let dj = d + stack_effect(ins.op, ins.arg, true) as i64;
            assert!(dj >= 0 && dj <= code.stacksize as i64);
            work.push((ins.arg as usize, dj));
        }
        if matches!(
            ins.op,
            Op::JUMP_FORWARD
                | Op::JUMP_ABSOLUTE
                | Op::RETURN_VALUE
                | Op::RAISE_VARARGS
                | Op::RERAISE
        ) {
            continue;
        }
        let dn = d + stack_effect(ins.op, ins.arg, false) as i64;
        assert!(dn >= 0, "{}: underflow at {i}", code.qualname);
        assert!(dn <= code.stacksize as i64);
        work.push((i + 1, dn));
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            check_code(inner);
        }
    }
}

const SNIPPETS: &[&str] = &[
    "x = 1\n",
    "a, b = b, a\n",
    "a, *b, c = x\n",
    "x.y = z[1:2] = w[::3]\n",
    "x += 1\nx.a -= 2\nx[i] *= 3\n",
    "del x, y.z, w[0]\n",
    "if a:\n    b\nelif c:\n    d\nelse:\n    e\n",
    "while x:\n    if y: break\n    if z: continue\nelse:\n    w\n",
    "for i in [1, 2, 3]:\n    print(i)\nelse:\n    pass\n",
    "def f(a, b=1, *args, c, d=2, **kw):\n    return a\n",
    "def f(a, /, b):\n    return a + b\n",
    "def f(x: int, *, y: str = 'a') -> bool:\n    pass\n",
    "@d1\n@d2\ndef f():\n    '''doc'''\n",
    "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\n",
    "class C(B, metaclass=M):\n    '''doc'''\n    x: int = 1\n    def m(self):\n        return super().m()\n",
    "class C(*bases, **kw):\n    pass\n",
    "def g():\n    yield 1\n    x = yield\n    yield from y\n",
    "l = [x * y for x in a for y in b if x if y]\n",
    "s = {x for x in a}\nd = {k: v for k, v in items}\ng = (x for x in a)\n",
    "def f():\n    return [y := z for z in w]\n",
    "try:\n    a\nexcept E as e:\n    b\nexcept (F, G):\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f\n",
    "def f():\n    for x in y:\n        try:\n            return x\n        finally:\n            cleanup()\n",
    "def f():\n    while 1:\n        try:\n            break\n        except E as e:\n            continue\n        finally:\n            g()\n",
    "def f():\n    try:\n        pass\n    finally:\n        return 1\n",
    "def f():\n    with a as b, c:\n        return b\n",
    "def f():\n    for x in y:\n        with a:\n            break\n",
    "def f():\n    try:\n        a\n    except E as e:\n        return e\n",
    "with open(p) as (a, b):\n    pass\n",
    "raise\n",
    "raise E from F\n",
    "assert x, 'msg'\n",
    "import a.b.c\nimport a.b.c as d\nfrom . import x\nfrom ..m import (y as z, w)\nfrom m import *\n",
    "global g\ng = 1\n",
    "f(a, *b, c=1, **d)\nf(*a)\nf(**k)\nf(a, b=2)\no.m(1, 2)\no.m(x=1)\n",
    "x = a if b else c\ny = a and b or c\nz = not a\n",
    "x = a < b < c\ny = a is not b\nz = a not in [1, 2]\nw = a in {1, 2}\n",
    "x = f'{a}b{c!r:>{w}}'\ny = f'{x=}'\nz = f''\n",
    "x = (1, 2, (3, 'a'))\ny = [*a, 1, *b]\nz = {**a, 'k': 1}\nw = {'a': 1, 'b': 2}\n",
    "x = lambda a, b=2: a + b\n",
    "x = -1\ny = 2 ** 100\nz = 1 / 0\nw = 'ab' * 3\n",
    "x = b'abc' + b'd'\ny = 1.5j\nz = ...\n",
    "x: int\ny.z: str\nq[0]: int = 3\n",
    "def f():\n    x: int = 1\n    y.z: int\n",
    "class A:\n    def f(self):\n        __class__\n        class B:\n            def g(self):\n                return __class__\n",
    "def f():\n    class C:\n        x = y\n    y = 1\n",
    "class C:\n    __x = 1\n    def m(self):\n        return self.__x\n",
    "if __debug__:\n    x = 1\n",
    "while True:\n    pass\n",
    "if 0:\n    x\nelse:\n    y\n",
    "def f(a):\n    def g():\n        return a\n    return g\n",
    "x = [i for i in range(3) if (j := i)]\n",
    "def f():\n    try:\n        yield 1\n    finally:\n        return\n",
    "async_ = 1\n",
    "x = a[1, 2:3]\n",
    "def f():\n    with a:\n        try:\n            return 1\n        except:\n            return 2\n",
    "for a, (b, c) in x:\n    pass\n",
];

#[test]
fn all_snippets_compile_with_sane_stacks() {
    for src in SNIPPETS {
        let code = ok(src);
        check_code(&code);
        let _ = crate::dis::disassemble(&code);
    }
}

#[test]
fn simple_assignment() {
    let code = ok("x = 1\n");
    assert_eq!(
        ops(&code),
        "LOAD_CONST 0\nSTORE_NAME 0\nLOAD_CONST 1\nRETURN_VALUE\n"
    );
    assert_eq!(code.consts, vec![Const::Int(1.into()), Const::None]);
    assert_eq!(code.flags, crate::bytecode::code_flags::NOFREE);
    assert_eq!(&*code.name, "<module>");
}

#[test]
fn function_layout() {
    let code = ok("def f(a, b=1, *args, c, d=2, **kw):\n    e = a\n    return e\n");
    let f = child(&code, "f");
    assert_eq!(f.argcount, 2);
    assert_eq!(f.kwonlyargcount, 2);
    let names: Vec<&str> = f.varnames.iter().map(|s| &**s).collect();
    assert_eq!(names, ["a", "b", "c", "d", "args", "kw", "e"]);
    use crate::bytecode::code_flags::*;
    assert_eq!(
        f.flags,
        OPTIMIZED | NEWLOCALS | VARARGS | VARKEYWORDS | NOFREE
    );
    assert_eq!(f.consts[0], Const::None);
    assert_eq!(
        ops(f),
        "LOAD_FAST 0\nSTORE_FAST 6\nLOAD_FAST 6\nRETURN_VALUE\n"
    );
    let m = ops(&code);
    assert!(m.starts_with("LOAD_CONST 0\nLOAD_CONST 1\nLOAD_CONST 2\nBUILD_CONST_KEY_MAP 1\nLOAD_CONST 3\nLOAD_CONST 4\nMAKE_FUNCTION 3\nSTORE_NAME 0\n"), "{m}");
}

#[test]
fn closures_and_cells() {
    let code = ok("def f(a):\n    def g():\n        return a\n    return g\n");
    let f = child(&code, "f");
    assert_eq!(f.cellvars.len(), 1);
    assert_eq!(f.cell2arg, vec![Some(0)]);
    let text = ops(f);
    assert!(text.starts_with("LOAD_CLOSURE 0\nBUILD_TUPLE 1\nLOAD_CONST 1\nLOAD_CONST 2\nMAKE_FUNCTION 8\nSTORE_FAST 1\n"), "{text}");
    let g = child(&code, "g");
    assert_eq!(&*g.qualname, "f.<locals>.g");
    assert_eq!(ops(g), "LOAD_DEREF 0\nRETURN_VALUE\n");
    use crate::bytecode::code_flags::*;
    assert_eq!(g.flags, OPTIMIZED | NEWLOCALS | NESTED);
}

#[test]
fn class_body_and_super() {
    let code = ok("class C(B):\n    'doc'\n    def m(self):\n        return super().m()\n");
    let c = child(&code, "C");
    let text = ops(c);
    assert!(
        text.starts_with(
            "LOAD_NAME 0\nSTORE_NAME 1\nLOAD_CONST 0\nSTORE_NAME 2\nLOAD_CONST 1\nSTORE_NAME 3\n"
        ),
        "{text}"
    );
    assert!(
        text.ends_with("LOAD_CLOSURE 0\nDUP_TOP\nSTORE_NAME 5\nRETURN_VALUE\n"),
        "{text}"
    );
    let m = child(&code, "m");
    assert_eq!(&*m.qualname, "C.m");
    assert_eq!(m.freevars.len(), 1);
    assert_eq!(
        ops(m),
        "LOAD_GLOBAL 0\nCALL_FUNCTION 0\nLOAD_METHOD 1\nCALL_METHOD 0\nRETURN_VALUE\n"
    );
    let top = ops(&code);
    assert!(top.starts_with("LOAD_BUILD_CLASS\nLOAD_CONST 0\nLOAD_CONST 1\nMAKE_FUNCTION 0\nLOAD_CONST 1\nLOAD_NAME 0\nCALL_FUNCTION 3\n"), "{top}");
}

#[test]
fn class_deref() {
    let code = ok("def f():\n    y = 1\n    class C:\n        x = y\n");
    let c = child(&code, "C");
    assert!(ops(c).contains("LOAD_CLASSDEREF 0\n"));
}

#[test]
fn comprehension_shape() {
    let code = ok("l = [x for x in a if x]\n");
    let lc = child(&code, "<listcomp>");
    assert_eq!(
        ops(lc),
        "BUILD_LIST 0\nLOAD_FAST 0\nFOR_ITER 9\nSTORE_FAST 1\nLOAD_FAST 1\nPOP_JUMP_IF_FALSE 2\nLOAD_FAST 1\nLIST_APPEND 2\nJUMP_ABSOLUTE 2\nRETURN_VALUE\n"
    );
    assert_eq!(&*lc.varnames[0], ".0");
    assert_eq!(
        ops(&code),
        "LOAD_CONST 0\nLOAD_CONST 1\nMAKE_FUNCTION 0\nLOAD_NAME 0\nGET_ITER\nCALL_FUNCTION 1\nSTORE_NAME 1\nLOAD_CONST 2\nRETURN_VALUE\n"
    );
    let g = ok("g = (x for x in a)\n");
    let ge = child(&g, "<genexpr>");
    assert!(ge.is_generator());
}

#[test]
fn walrus_in_comprehension_binds_outside() {
    let code = ok("def f():\n    [y := z for z in w]\n    return y\n");
    let f = child(&code, "f");
    assert_eq!(f.cellvars.iter().map(|s| &**s).collect::<Vec<_>>(), ["y"]);
    let lc = child(&code, "<listcomp>");
    assert!(ops(lc).contains("DUP_TOP\nSTORE_DEREF 0\n"));
}

#[test]
fn chained_compare() {
    let code = compile("a < b < c", "t.py", Mode::Eval).expect("ok");
    assert_eq!(
        ops(&code),
        "LOAD_NAME 0\nLOAD_NAME 1\nDUP_TOP\nROT_THREE\nCOMPARE_OP 0\nJUMP_IF_FALSE_OR_POP 9\nLOAD_NAME 2\nCOMPARE_OP 0\nJUMP_FORWARD 11\nROT_TWO\nPOP_TOP\nRETURN_VALUE\n"
    );
}

#[test]
fn try_except_named() {
    let code = ok("try:\n    a\nexcept E as e:\n    b\n");
    assert_eq!(
        ops(&code),
        "SETUP_FINALLY 5\nLOAD_NAME 0\nPOP_TOP\nPOP_BLOCK\nJUMP_FORWARD 24\n\
DUP_TOP\nLOAD_NAME 1\nCOMPARE_OP 10\nPOP_JUMP_IF_FALSE 23\nSTORE_NAME 2\nSETUP_FINALLY 19\n\
LOAD_NAME 3\nPOP_TOP\nPOP_BLOCK\nPOP_EXCEPT\nLOAD_CONST 0\nSTORE_NAME 2\nDELETE_NAME 2\nJUMP_FORWARD 24\n\
LOAD_CONST 0\nSTORE_NAME 2\nDELETE_NAME 2\nRERAISE\nRERAISE\nLOAD_CONST 0\nRETURN_VALUE\n"
    );
}

#[test]
fn return_inside_for_pops_iterator_and_runs_finally() {
    let code = ok("def f():\n    for x in y:\n        try:\n            return x\n        finally:\n            g()\n");
    let f = child(&code, "f");
    let text = ops(f);
    // return x: value, POP_BLOCK, inlined finally, ROT_TWO/POP_TOP iterator.
    assert!(text.contains("LOAD_FAST 0\nPOP_BLOCK\nLOAD_GLOBAL 1\nCALL_FUNCTION 0\nPOP_TOP\nROT_TWO\nPOP_TOP\nRETURN_VALUE\n"), "{text}");
}

#[test]
fn with_statement_shape() {
    let code = ok("with a as b:\n    c\n");
    assert_eq!(
        ops(&code),
        "LOAD_NAME 0\nSETUP_WITH 12\nSTORE_NAME 1\nLOAD_NAME 2\nPOP_TOP\nPOP_BLOCK\nLOAD_CONST 0\nDUP_TOP\nDUP_TOP\nCALL_FUNCTION 3\nPOP_TOP\nJUMP_FORWARD 18\nWITH_EXCEPT_START\nPOP_JUMP_IF_TRUE 15\nRERAISE\nPOP_TOP\nPOP_TOP\nPOP_EXCEPT\nLOAD_CONST 0\nRETURN_VALUE\n"
    );
}

#[test]
fn calls() {
    let code = compile("f(a, *b, c=1, **d)", "t.py", Mode::Eval).expect("ok");
    assert_eq!(
        ops(&code),
        "LOAD_NAME 0\nLOAD_NAME 1\nBUILD_TUPLE 1\nLOAD_NAME 2\nBUILD_TUPLE_UNPACK_WITH_CALL 2\nLOAD_CONST 0\nLOAD_CONST 1\nBUILD_MAP 1\nLOAD_NAME 3\nBUILD_MAP_UNPACK_WITH_CALL 2\nCALL_FUNCTION_EX 1\nRETURN_VALUE\n"
    );
    let code = compile("f(a, b=2)", "t.py", Mode::Eval).expect("ok");
    assert_eq!(
        ops(&code),
        "LOAD_NAME 0\nLOAD_NAME 1\nLOAD_CONST 0\nLOAD_CONST 1\nCALL_FUNCTION_KW 2\nRETURN_VALUE\n"
    );
}

#[test]
fn fstrings() {
    let code = compile("f'{a}b{c!r:>{w}}'", "t.py", Mode::Eval).expect("ok");
    assert_eq!(
        ops(&code),
        "LOAD_NAME 0\nFORMAT_VALUE 0\nLOAD_CONST 0\nLOAD_NAME 1\nLOAD_CONST 1\nLOAD_NAME 2\nFORMAT_VALUE 0\nBUILD_STRING 2\nFORMAT_VALUE 6\nBUILD_STRING 3\nRETURN_VALUE\n"
    );
    let code = compile("f'{x=}'", "t.py", Mode::Eval).expect("ok");
    assert_eq!(code.consts[0], Const::Str("x=".into()));
    assert!(ops(&code).contains("FORMAT_VALUE 2\nBUILD_STRING 2\n"));
}

#[test]
fn folding() {
    let code = compile("(1, 2 ** 100, -3, 'a' * 2)", "t.py", Mode::Eval).expect("ok");
    assert_eq!(ops(&code), "LOAD_CONST 0\nRETURN_VALUE\n");
    let code = compile("1 / 0", "t.py", Mode::Eval).expect("ok");
    assert!(ops(&code).contains("BINARY_TRUE_DIVIDE"));
    let code = compile("x in [1, 2]", "t.py", Mode::Eval).expect("ok");
    assert!(matches!(code.consts[0], Const::Tuple(_)));
}

#[test]
fn imports() {
    let code = ok("import a.b.c as d\n");
    assert_eq!(
        ops(&code),
        "LOAD_CONST 0\nLOAD_CONST 1\nIMPORT_NAME 0\nIMPORT_FROM 1\nROT_TWO\nPOP_TOP\nIMPORT_FROM 2\nROT_TWO\nPOP_TOP\nSTORE_NAME 3\nLOAD_CONST 1\nRETURN_VALUE\n"
    );
    let code = ok("from ..m import x as y\n");
    assert_eq!(code.consts[0], Const::Int(2.into()));
}

#[test]
fn modes() {
    let code = compile("1 + x", "t.py", Mode::Eval).expect("ok");
    assert_eq!(
        ops(&code),
        "LOAD_CONST 0\nLOAD_NAME 0\nBINARY_ADD\nRETURN_VALUE\n"
    );
    let code = compile("x\n", "<stdin>", Mode::Single).expect("ok");
    assert_eq!(
        ops(&code),
        "LOAD_NAME 0\nPRINT_EXPR\nLOAD_CONST 0\nRETURN_VALUE\n"
    );
}

#[test]
fn annotations() {
    let code = ok("x: int = 1\n");
    assert_eq!(
        ops(&code),
        "SETUP_ANNOTATIONS\nLOAD_CONST 0\nSTORE_NAME 0\nLOAD_NAME 1\nLOAD_NAME 2\nLOAD_CONST 1\nSTORE_SUBSCR\nLOAD_CONST 2\nRETURN_VALUE\n"
    );
}

#[test]
fn line_numbers_and_first_line() {
    let code = ok("x = 1\n\n@d\ndef f():\n    return 2\n");
    assert_eq!(code.lines[0], 1);
    let f = child(&code, "f");
    assert_eq!(f.first_line, 3);
    assert_eq!(f.lines[0], 5);
}

fn assert_error(src: &str, msg: &str, line: u32, col: u32) {
    let e = err(src);
    assert_eq!(
        (e.msg.as_str(), e.lineno, e.col),
        (msg, line, col),
        "source {src:?}: {e:?}"
    );
}

#[test]
fn syntax_errors() {
    assert_error("return 1\n", "'return' outside function", 1, 1);
    assert_error("x = 1\nbreak\n", "'break' outside loop", 2, 1);
    assert_error("continue\n", "'continue' not properly in loop", 1, 1);
    assert_error(
        "def f():\n    def g():\n        continue\n",
        "'continue' not properly in loop",
        3,
        9,
    );
    assert_error("yield 1\n", "'yield' outside function", 1, 1);
    assert_error("class C:\n    yield\n", "'yield' outside function", 2, 5);
    assert_error("1 = x\n", "cannot assign to literal", 1, 1);
    assert_error(
        "nonlocal x\n",
        "nonlocal declaration not allowed at module level",
        1,
        1,
    );
    assert_error(
        "def f():\n    nonlocal x\n",
        "no binding for nonlocal 'x' found",
        2,
        5,
    );
    assert_error(
        "def f():\n    x\n    global x\n",
        "name 'x' is used prior to global declaration",
        3,
        5,
    );
    assert_error(
        "def f(a, a):\n    pass\n",
        "duplicate argument 'a' in function definition",
        1,
        10,
    );
    assert_error("f(a=1, a=2)\n", "keyword argument repeated", 1, 8);
    assert_error(
        "f(a=1, b)\n",
        "positional argument follows keyword argument",
        1,
        8,
    );
    assert_error(
        "[*x for x in y]\n",
        "iterable unpacking cannot be used in comprehension",
        1,
        2,
    );
    assert_error(
        "*a = b\n",
        "starred assignment target must be in a list or tuple",
        1,
        1,
    );
    assert_error("await x\n", "'await' outside function", 1, 1);
    assert_error(
        "def f():\n    await x\n",
        "'await' outside async function",
        2,
        5,
    );
    assert_error(
        "async def f():\n    yield from x\n",
        "'yield from' inside async function",
        2,
        5,
    );
    assert_error(
        "async def f():\n    yield 1\n    return 2\n",
        "'return' with value in async generator",
        3,
        5,
    );
    assert_error(
        "def f():\n    return [x async for x in y]\n",
        "asynchronous comprehension outside of an asynchronous function",
        2,
        12,
    );
    assert_error(
        "def f():\n    async with x:\n        pass\n",
        "'async with' outside async function",
        2,
        5,
    );
    assert_error("x = (\n", "unexpected EOF while parsing", 2, 1);
    assert_error("x = = 1\n", "invalid syntax", 1, 5);
}

#[test]
fn indentation_errors() {
    let e = err("if x:\npass\n");
    assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
    assert_eq!(e.msg, "expected an indented block");
    let e = err("if x:\n        a\n    b\n");
    assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
    assert_eq!(e.msg, "unindent does not match any outer indentation level");
    let e = err("x\n    y\n");
    assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
    assert_eq!(e.msg, "unexpected indent");
    assert_eq!(e.text.as_deref(), Some("    y"));
}

#[test]
fn robustness_nested_parens() {
    big_stack(|| {
        let t = std::time::Instant::now();
        let src = "(".repeat(10 << 20);
        let e = compile(&src, "t.py", Mode::Exec).expect_err("too deep");
        assert_eq!(e.msg, "too many nested parentheses");
        assert_eq!((e.lineno, e.col), (1, 201));
        assert!(t.elapsed().as_secs_f64() < 2.0);
    });
}

#[test]
fn robustness_unary_chain_and_long_sum() {
    big_stack(|| {
        let src = format!("{}1\n", "-".repeat(100_000));
        assert_eq!(
            compile(&src, "t.py", Mode::Exec).expect_err("deep").msg,
            "too many nested expressions"
        );
        let src = format!("x = {}1\n", "not ".repeat(100_000));
        assert!(compile(&src, "t.py", Mode::Exec).is_err());
        let src = format!("x = {}1\n", "lambda: ".repeat(50_000));
        assert!(compile(&src, "t.py", Mode::Exec).is_err());
        let src = format!("x = {}1\n", "a if b else ".repeat(50_000));
        assert!(compile(&src, "t.py", Mode::Exec).is_err());
        let src = format!("x = 1{}\n", " + 1".repeat(100_000));
        // Folded or rejected, but never a crash.
        let _ = compile(&src, "t.py", Mode::Exec);
        let src = format!("x = a{}\n", " + a".repeat(100_000));
        let e = compile(&src, "t.py", Mode::Exec).expect_err("deep");
        assert_eq!(e.msg, "too many nested expressions");
    });
}

#[test]
fn robustness_big_list() {
    big_stack(|| {
        let t = std::time::Instant::now();
        let items: Vec<String> = (0..100_000).map(|i| i.to_string()).collect();
        let src = format!("x = [{}]\n", items.join(", "));
        let code = compile(&src, "t.py", Mode::Exec).expect("compiles");
        assert_eq!(code.stacksize, 100_000);
        check_code(&code);
        assert!(t.elapsed().as_secs_f64() < 10.0);
    });
}

#[test]
fn robustness_deep_indent() {
    let mut src = String::new();
    for d in 0..150 {
        src.push_str(&" ".repeat(d));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(150));
    src.push_str("pass\n");
    let e = err(&src);
    assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
    assert_eq!(e.msg, "too many levels of indentation");
}

#[test]
fn robustness_random_bytes() {
    big_stack(|| {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let alphabet =
            b"()[]{}:;,.=+-*/%<>!~'\"#\\ \n\tabcdefxyz0123456789_ifdeclassreturnyieldlambdanotf{}";
        for round in 0..3000 {
            let len = (next() % 64) as usize;
            let bytes: Vec<u8> = if round % 2 == 0 {
                (0..len).map(|_| next() as u8).collect()
            } else {
                (0..len)
                    .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                    .collect()
            };
            let src = String::from_utf8_lossy(&bytes);
            for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
                if let Ok(code) = compile(&src, "t.py", mode) {
                    check_code(&code);
                }
            }
        }
    });
}

fn warnings_of(src: &str) -> Vec<(u32, String)> {
    match compile_with_warnings(src, "t.py", Mode::Exec) {
        Ok((_, w)) => w.into_iter().map(|w| (w.lineno, w.msg)).collect(),
        Err(e) => panic!("unexpected error for {src:?}: {e:?}"),
    }
}

#[test]
fn syntax_warnings_in_compilation_order() {
    let w = warnings_of("x = 1\ny = (x is 5) if 5() else None[0]\nif 0:\n    [1]['a']\n");
    let msgs: Vec<&str> = w.iter().map(|(_, m)| m.as_str()).collect();
    assert_eq!(
        msgs,
        [
            "'int' object is not callable; perhaps you missed a comma?",
            "\"is\" with a literal. Did you mean \"==\"?",
            "'NoneType' object is not subscriptable; perhaps you missed a comma?",
            "list indices must be integers or slices, not str; perhaps you missed a comma?",
        ]
    );
    assert_eq!(w.iter().map(|(l, _)| *l).collect::<Vec<_>>(), [2, 2, 2, 4]);
}

#[test]
fn no_syntax_warnings_for_valid_uses() {
    let src =
        "x = None\nx is None; x is True; x is ...; (lambda: 1)(); {1: 2}[1]; [1][0]; 'ab'[1:]\n";
    assert!(warnings_of(src).is_empty());
    // A finally body is compiled twice but warns once.
    assert_eq!(warnings_of("try:\n    pass\nfinally:\n    5()\n").len(), 1);
}
