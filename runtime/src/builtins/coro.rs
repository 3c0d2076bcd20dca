//! Coroutines and async generators: their methods, the awaitable objects
//! that drive them (`coroutine.__await__()`, `agen.asend()`, `athrow()`,
//! `aclose()`), and the await protocol used by GET_AWAITABLE, GET_AITER and
//! GET_ANEXT.
//!
//! Both kinds run on the generator machinery of `gen.rs`. An async
//! generator's frame suspends for two reasons: at a `yield` of its own (a
//! value for the `async for` consumer) or inside an `await` (a value for the
//! event loop, passed through). The awaitables tell them apart by where the
//! frame stopped (`gen::is_delegating`), so yields need no wrapping.

use std::cell::Cell;

use crate::builtins::exc;
use crate::builtins::gen::{self, is_delegating, resume, throw_args};
use crate::interp::Exit;
use crate::object::*;
use crate::vm::convert::{new_int, new_str};
use crate::vm::{PyErr, PyResult, Vm};

/// The iterator `await v` delegates to, with CPython's errors.
pub fn get_awaitable(vm: &mut Vm, v: Value) -> PyResult<Value> {
    get_awaitable_in(vm, v, AwaitContext::Await)
}

/// Where an awaitable is required, for the error message.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum AwaitContext {
    Await,
    AEnter,
    AExit,
}

pub fn get_awaitable_in(vm: &mut Vm, v: Value, ctx: AwaitContext) -> PyResult<Value> {
    if let Some(g) = v.downcast::<GeneratorData>() {
        match g.kind {
            GenKind::Coroutine => {
                if is_delegating(&v) {
                    return Err(vm.runtime_error("coroutine is being awaited already"));
                }
                return Ok(v);
            }
            GenKind::Generator if is_iterable_coroutine(g) => return Ok(v),
            _ => {}
        }
    }
    if let Some(a) = v.downcast::<AwaitData>() {
        if a.kind != AwaitKind::CoroWrapper {
            return Ok(v);
        }
    }
    let Some(m) = vm.lookup_special(&v, "__await__") else {
        let name = v.ty().name().to_string();
        return Err(vm.type_error(match ctx {
            AwaitContext::Await => format!("object {name} can't be used in 'await' expression"),
            AwaitContext::AEnter => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {name}"
            ),
            AwaitContext::AExit => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {name}"
            ),
        }));
    };
    let it = vm.call_method_obj(&m, &v, &[])?;
    if it
        .downcast::<GeneratorData>()
        .is_some_and(|g| g.kind == GenKind::Coroutine)
    {
        return Err(vm.type_error("__await__() returned a coroutine"));
    }
    let is_iter = matches!(it.ty().layout, Layout::Iterator | Layout::Awaitable)
        || it.is_exact(&GENERATOR_TYPE)
        || vm.lookup_special(&it, "__next__").is_some();
    if !is_iter {
        return Err(vm.type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            it.ty().name()
        )));
    }
    Ok(it)
}

/// A generator made awaitable by `types.coroutine` (CO_ITERABLE_COROUTINE).
fn is_iterable_coroutine(g: &GeneratorData) -> bool {
    g.code
        .downcast::<CodeData>()
        .is_some_and(|c| c.code.flags & crate::bytecode::code_flags::ITERABLE_COROUTINE != 0)
}

/// `async for`'s `aiter = x.__aiter__()`.
pub fn get_aiter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if v.downcast::<GeneratorData>()
        .is_some_and(|g| g.kind == GenKind::AsyncGenerator)
    {
        return Ok(v.clone());
    }
    let Some(m) = vm.lookup_special(v, "__aiter__") else {
        return Err(vm.type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            v.ty().name()
        )));
    };
    let it = vm.call_method_obj(&m, v, &[])?;
    let has_anext = it
        .downcast::<GeneratorData>()
        .is_some_and(|g| g.kind == GenKind::AsyncGenerator)
        || vm.lookup_special(&it, "__anext__").is_some();
    if !has_anext {
        return Err(vm.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            it.ty().name()
        )));
    }
    Ok(it)
}

/// `async for`'s awaitable of `aiter.__anext__()`.
pub fn get_anext(vm: &mut Vm, aiter: &Value) -> PyResult<Value> {
    if aiter
        .downcast::<GeneratorData>()
        .is_some_and(|g| g.kind == GenKind::AsyncGenerator)
    {
        init_hooks(vm, aiter)?;
        return Ok(new_await(AwaitKind::ASend, aiter, Value::none()));
    }
    let Some(m) = vm.lookup_special(aiter, "__anext__") else {
        return Err(vm.type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            aiter.ty().name()
        )));
    };
    let a = vm.call_method_obj(&m, aiter, &[])?;
    let name = a.ty().name().to_string();
    match get_awaitable(vm, a) {
        Ok(it) => Ok(it),
        Err(e) if e.is_instance(&exc::TYPE_ERROR) => {
            let err = vm.type_error(format!(
                "'async for' received an invalid object from __anext__: {name}"
            ));
            err.data().cause.set(e.exc.clone());
            err.data().context.set(e.exc.clone());
            Err(err)
        }
        Err(e) => Err(e),
    }
}

fn new_await(kind: AwaitKind, gen: &Value, value: Value) -> Value {
    let ty = match kind {
        AwaitKind::CoroWrapper => &CORO_WRAPPER_TYPE,
        AwaitKind::ASend => &ASYNC_GEN_ASEND_TYPE,
        AwaitKind::AThrow | AwaitKind::AClose => &ASYNC_GEN_ATHROW_TYPE,
    };
    alloc(
        ty,
        AwaitData {
            kind,
            gen: gen.clone(),
            value: Slot::new(value),
            state: Cell::new(AwaitState::Init),
        },
    )
}

/// The awaitable's payload, for a method called on it.
fn this_await(vm: &mut Vm, args: &Args<'_>) -> PyResult<Value> {
    match args.pos().first() {
        Some(a) if a.downcast::<AwaitData>().is_some() => Ok(a.clone()),
        _ => Err(vm.type_error("descriptor requires an awaitable object")),
    }
}

fn this_gen(vm: &mut Vm, args: &Args<'_>, kind: GenKind) -> PyResult<Value> {
    match args.pos().first() {
        Some(g)
            if g.downcast::<GeneratorData>()
                .is_some_and(|d| d.kind == kind) =>
        {
            Ok(g.clone())
        }
        _ => Err(vm.type_error(format!(
            "descriptor requires a '{}' object",
            kind.type_object().name()
        ))),
    }
}

/// Sends `v` into (or throws `throw` into) an awaitable: what its `send`,
/// `__next__` and `throw` do, and what YIELD_FROM does when it delegates to
/// one. Yield = a value for whoever drives the await; Return = the await's
/// result (the StopIteration value).
pub fn await_send(vm: &mut Vm, a: &Value, v: Value, throw: Option<PyErr>) -> PyResult<Exit> {
    let d = a.downcast::<AwaitData>().expect("awaitable");
    let gen = d.gen.clone();
    match d.kind {
        AwaitKind::CoroWrapper => resume(vm, &gen, v, throw),
        AwaitKind::ASend => {
            if d.state.get() == AwaitState::Closed {
                return Ok(Exit::Return(Value::none()));
            }
            let v = if d.state.get() == AwaitState::Init && throw.is_none() && v.is_none() {
                d.value.get()
            } else {
                v
            };
            d.state.set(AwaitState::Iter);
            let r = resume(vm, &gen, v, throw);
            agen_step(vm, d, &gen, r, false)
        }
        AwaitKind::AThrow | AwaitKind::AClose => {
            let closing = d.kind == AwaitKind::AClose;
            match d.state.get() {
                AwaitState::Closed => Ok(Exit::Return(Value::none())),
                AwaitState::Init => {
                    if gen_finished(&gen) {
                        d.state.set(AwaitState::Closed);
                        return Ok(Exit::Return(Value::none()));
                    }
                    if throw.is_none() && !v.is_none() {
                        return Err(vm.runtime_error(
                            "can't send non-None value to a just-started coroutine",
                        ));
                    }
                    d.state.set(AwaitState::Iter);
                    let err = match throw {
                        Some(e) => e,
                        None if closing => PyErr::new(crate::vm::errors::new_exception(
                            &exc::GENERATOR_EXIT,
                            vec![],
                        )),
                        None => PyErr::new(d.value.get()),
                    };
                    let r = resume(vm, &gen, Value::none(), Some(err));
                    agen_step(vm, d, &gen, r, closing)
                }
                AwaitState::Iter => {
                    let r = resume(vm, &gen, v, throw);
                    agen_step(vm, d, &gen, r, closing)
                }
            }
        }
    }
}

fn gen_finished(g: &Value) -> bool {
    let gd = g.downcast::<GeneratorData>().expect("generator");
    // SAFETY: short read while not running.
    unsafe { (*gd.frame.get()).as_ref() }.is_none_or(|s| s.finished)
}

/// Interprets one resumption of an async generator for its awaitable.
fn agen_step(
    vm: &mut Vm,
    d: &AwaitData,
    gen: &Value,
    r: PyResult<Exit>,
    closing: bool,
) -> PyResult<Exit> {
    match r {
        // Suspended inside an `await`: the value goes to the event loop.
        Ok(Exit::Yield(v)) if is_delegating(gen) => Ok(Exit::Yield(v)),
        Ok(Exit::Yield(v)) => {
            d.state.set(AwaitState::Closed);
            if closing {
                return Err(vm.runtime_error("async generator ignored GeneratorExit"));
            }
            // A value of the async generator: the result of this await.
            Ok(Exit::Return(v))
        }
        Ok(Exit::Return(_)) => {
            d.state.set(AwaitState::Closed);
            if closing {
                return Ok(Exit::Return(Value::none()));
            }
            Err(PyErr::new(crate::vm::errors::new_exception(
                &exc::STOP_ASYNC_ITERATION,
                vec![],
            )))
        }
        Err(e) => {
            d.state.set(AwaitState::Closed);
            if closing
                && (e.is_instance(&exc::STOP_ASYNC_ITERATION)
                    || e.is_instance(&exc::GENERATOR_EXIT))
            {
                return Ok(Exit::Return(Value::none()));
            }
            Err(e)
        }
    }
}

fn exit_to_send(vm: &mut Vm, r: Exit) -> PyResult<Value> {
    match r {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(vm.stop_iteration(if v.is_none() { None } else { Some(v) })),
    }
}

fn await_send_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this_await(vm, &args)?;
    let v = args.pos().get(1).cloned().unwrap_or_else(Value::none);
    let r = await_send(vm, &a, v, None)?;
    exit_to_send(vm, r)
}

fn await_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this_await(vm, &args)?;
    let r = await_send(vm, &a, Value::none(), None)?;
    exit_to_send(vm, r)
}

fn await_throw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this_await(vm, &args)?;
    let err = throw_args(vm, &args.pos()[1..])?;
    let r = await_send(vm, &a, Value::none(), Some(err))?;
    exit_to_send(vm, r)
}

fn await_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this_await(vm, &args)?;
    let d = a.downcast::<AwaitData>().expect("awaitable");
    if d.kind == AwaitKind::CoroWrapper {
        let g = d.gen.clone();
        return gen::gen_close(vm, Args::positional(std::slice::from_ref(&g)));
    }
    d.state.set(AwaitState::Closed);
    Ok(Value::none())
}

fn await_self(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this_await(vm, &args)
}

fn coro_await(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this_gen(vm, &args, GenKind::Coroutine)?;
    Ok(new_await(AwaitKind::CoroWrapper, &g, Value::none()))
}

/// On an async generator's first iteration: remember the event loop's
/// finalizer and tell the loop about the generator (`firstiter`).
fn init_hooks(vm: &mut Vm, g: &Value) -> PyResult<()> {
    let gd = g.downcast::<GeneratorData>().expect("async generator");
    if gd.hooks_inited.replace(true) {
        return Ok(());
    }
    if !vm.asyncgen_finalizer.is_null() {
        gd.finalizer.set(vm.asyncgen_finalizer.clone());
    }
    let first = vm.asyncgen_firstiter.clone();
    if !first.is_null() {
        vm.call(&first, std::slice::from_ref(g), &[])?;
    }
    Ok(())
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: an omitted
/// argument keeps its hook; None clears it.
pub fn set_asyncgen_hooks(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error("set_asyncgen_hooks() takes at most 2 arguments"));
    }
    let get = |i: usize, name: &str| {
        pos.get(i).cloned().or_else(|| {
            args.kwnames
                .iter()
                .position(|k| k.as_str() == Some(name))
                .map(|i| args.kwvalues()[i].clone())
        })
    };
    let updates = [get(0, "firstiter"), get(1, "finalizer")];
    for (v, what) in updates.iter().zip(["firstiter", "finalizer"]) {
        if let Some(v) = v {
            let callable = matches!(
                v.ty().layout,
                Layout::Function | Layout::BuiltinFunction | Layout::Method | Layout::Type
            ) || vm.lookup_special(v, "__call__").is_some();
            if !v.is_none() && !callable {
                return Err(
                    vm.type_error(format!("callable {what} expected, got {}", v.ty().name()))
                );
            }
        }
    }
    let [first, fin] = updates;
    if let Some(v) = first {
        vm.asyncgen_firstiter = if v.is_none() { Value::NULL } else { v };
    }
    if let Some(v) = fin {
        vm.asyncgen_finalizer = if v.is_none() { Value::NULL } else { v };
    }
    Ok(Value::none())
}

thread_local! {
    static ASYNCGEN_HOOKS_TYPE: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
}

/// The named pair `sys.get_asyncgen_hooks()` returns (a struct sequence in
/// CPython).
const ASYNCGEN_HOOKS_SRC: &str = "\
class asyncgen_hooks(tuple):
    __slots__ = ()
    __module__ = 'sys'
    def __new__(cls, firstiter, finalizer):
        return tuple.__new__(cls, (firstiter, finalizer))
    firstiter = property(lambda self: self[0])
    finalizer = property(lambda self: self[1])
    def __repr__(self):
        return 'asyncgen_hooks(firstiter=%r, finalizer=%r)' % (self[0], self[1])
";

/// `sys.get_asyncgen_hooks()`: `(firstiter, finalizer)`.
pub fn get_asyncgen_hooks(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    let or_none = |v: &Value| {
        if v.is_null() {
            Value::none()
        } else {
            v.clone()
        }
    };
    let pair = [
        or_none(&vm.asyncgen_firstiter),
        or_none(&vm.asyncgen_finalizer),
    ];
    let cls = match ASYNCGEN_HOOKS_TYPE.with(|c| c.borrow().clone()) {
        Some(c) => c,
        None => {
            let d = crate::vm::convert::new_dict();
            vm.exec_source(ASYNCGEN_HOOKS_SRC, "<sys>", crate::compile::Mode::Exec, &d)?;
            let k = vm.intern("asyncgen_hooks");
            let c = crate::vm::dictops::get_str_key(&d, &k).expect("asyncgen_hooks class");
            ASYNCGEN_HOOKS_TYPE.with(|t| *t.borrow_mut() = Some(c.clone()));
            c
        }
    };
    vm.call(&cls, &pair, &[])
}

fn agen_aiter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this_gen(vm, &args, GenKind::AsyncGenerator)
}

fn agen_anext(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this_gen(vm, &args, GenKind::AsyncGenerator)?;
    init_hooks(vm, &g)?;
    Ok(new_await(AwaitKind::ASend, &g, Value::none()))
}

fn agen_asend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this_gen(vm, &args, GenKind::AsyncGenerator)?;
    init_hooks(vm, &g)?;
    let v = args.pos().get(1).cloned().unwrap_or_else(Value::none);
    Ok(new_await(AwaitKind::ASend, &g, v))
}

fn agen_athrow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this_gen(vm, &args, GenKind::AsyncGenerator)?;
    init_hooks(vm, &g)?;
    let err = throw_args(vm, &args.pos()[1..])?;
    Ok(new_await(AwaitKind::AThrow, &g, err.exc))
}

fn agen_aclose(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this_gen(vm, &args, GenKind::AsyncGenerator)?;
    init_hooks(vm, &g)?;
    Ok(new_await(AwaitKind::AClose, &g, Value::none()))
}

fn coroutines_created(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(new_int(gen::coroutines_created() as i64))
}

/// `cinder._iterable_coroutine(func)`: a copy of generator function `func`
/// whose code carries CO_ITERABLE_COROUTINE, so `await` accepts its
/// generators (what `types.coroutine` does).
fn iterable_coroutine(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = args.pos().first().cloned().unwrap_or_else(Value::none);
    let Some(fd) = f.downcast::<FunctionData>() else {
        return Err(vm.type_error("_iterable_coroutine() expects a function"));
    };
    let Some(cd) = fd.code.downcast::<CodeData>() else {
        return Ok(f.clone());
    };
    use crate::bytecode::code_flags as cf;
    if cd.code.flags & cf::GENERATOR == 0 || cd.code.flags & cf::ITERABLE_COROUTINE != 0 {
        return Ok(f.clone());
    }
    let mut code = (*cd.code).clone();
    code.flags |= cf::ITERABLE_COROUTINE;
    let code = crate::builtins::func::new_code(vm, std::rc::Rc::new(code));
    Ok(alloc(
        &FUNCTION_TYPE,
        FunctionData {
            code,
            globals: fd.globals.clone(),
            name: Slot::new(fd.name.get()),
            qualname: Slot::new(fd.qualname.get()),
            defaults: Slot::new(fd.defaults.get()),
            kwdefaults: Slot::new(fd.kwdefaults.get()),
            closure: fd.closure.clone(),
            doc: Slot::new(fd.doc.get()),
            module: Slot::new(fd.module.get()),
            annotations: Slot::new(fd.annotations.get()),
            dict: Slot::new(fd.dict.get()),
        },
    ))
}

/// `cinder._caller_awaits()`: whether the Python function calling this is
/// itself being called at an awaited call site (`await f(...)`), with eager
/// evaluation on and `-X eager-gather` given. `asyncio.gather` then starts
/// its children eagerly, as Cinder's does. It is opt-in because children
/// then run before tasks scheduled earlier, an order CPython programs can
/// observe.
fn caller_awaits(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    let n = vm.frames.len();
    let opted_in = vm.xoptions.iter().any(|(k, _)| k == "eager-gather");
    if !vm.eager_coro || !opted_in || n < 2 {
        return Ok(Value::bool(false));
    }
    let f = &vm.frames[n - 2];
    let awaited = f.code.downcast::<CodeData>().is_some_and(|cd| {
        cd.code
            .instructions
            .get(f.pc)
            .is_some_and(|i| i.op == crate::bytecode::Op::GET_AWAITABLE && i.arg == 1)
    });
    Ok(Value::bool(awaited))
}

/// The native `cinder` module: runtime introspection specific to Cinder.
pub fn init_cinder_module(vm: &mut Vm, d: &Value) -> PyResult<()> {
    crate::modules::add_fn(vm, d, "coroutines_created", coroutines_created);
    crate::modules::add_fn(vm, d, "_iterable_coroutine", iterable_coroutine);
    crate::modules::add_fn(vm, d, "_caller_awaits", caller_awaits);
    let eager = Value::bool(vm.eager_coro);
    crate::vm::dictops::set_str(d, new_str("eager_coroutines"), eager);
    Ok(())
}

pub fn register() {
    use crate::builtins::add_methods;
    add_methods(
        &COROUTINE_TYPE,
        &[
            ("send", gen::gen_send),
            ("throw", gen::gen_throw),
            ("close", gen::gen_close),
            ("__await__", coro_await),
        ],
    );
    add_methods(
        &ASYNC_GENERATOR_TYPE,
        &[
            ("__aiter__", agen_aiter),
            ("__anext__", agen_anext),
            ("asend", agen_asend),
            ("athrow", agen_athrow),
            ("aclose", agen_aclose),
        ],
    );
    let common: [(&'static str, NativeFn); 5] = [
        ("send", await_send_m),
        ("throw", await_throw),
        ("close", await_close),
        ("__next__", await_next),
        ("__iter__", await_self),
    ];
    add_methods(&CORO_WRAPPER_TYPE, &common);
    for ty in [&ASYNC_GEN_ASEND_TYPE, &ASYNC_GEN_ATHROW_TYPE] {
        add_methods(ty, &common);
        add_methods(ty, &[("__await__", await_self)]);
    }
}
