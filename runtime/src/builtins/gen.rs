//! Generators: a suspended frame saved in the generator object and resumed
//! onto the value stack.

use std::cell::{Cell, UnsafeCell};

use crate::builtins::exc;
use crate::interp::{Block, BlockKind, Exit, Frame, SavedFrame};
use crate::object::*;
use crate::vm::{PyErr, PyResult, Vm};

thread_local! {
    /// Coroutine objects created on this thread (see [`coroutines_created`]).
    static COROUTINES_CREATED: Cell<u64> = const { Cell::new(0) };
}

/// How many coroutine objects this thread has created: by calling an
/// `async def` function without awaiting it at once, or when an eagerly
/// started coroutine suspends. Exposed as `cinder.coroutines_created()`, so
/// tests can prove the eager path allocates none.
pub fn coroutines_created() -> u64 {
    COROUTINES_CREATED.with(Cell::get)
}

/// Moves a freshly set-up frame (arguments bound on the stack) into a new
/// generator, coroutine or async generator (by its code flags).
pub fn new_generator(vm: &mut Vm, frame: Frame, func: &Value) -> Value {
    let values: Vec<Value> = vm.stack.drain(frame.base..).collect();
    let kind = GenKind::of_code_flags(code_flags_of(&frame.code)).unwrap_or(GenKind::Generator);
    wrap_frame(frame, values, Vec::new(), func, kind, false)
}

fn code_flags_of(code: &Value) -> u32 {
    code.downcast::<CodeData>().map_or(0, |c| c.code.flags)
}

/// Packs a frame's state (locals and operand stack `values`, handler
/// `blocks`, both relative to the frame) into a new suspended object.
pub fn wrap_frame(
    frame: Frame,
    values: Vec<Value>,
    blocks: Vec<Block>,
    func: &Value,
    kind: GenKind,
    started: bool,
) -> Value {
    if kind == GenKind::Coroutine {
        COROUTINES_CREATED.with(|c| c.set(c.get() + 1));
    }
    let fd = func.downcast::<FunctionData>().expect("function");
    let g = alloc(
        kind.type_object(),
        GeneratorData {
            frame: UnsafeCell::new(None),
            running: Cell::new(false),
            name: Slot::new(fd.name.get()),
            qualname: Slot::new(fd.qualname.get()),
            code: fd.code.clone(),
            kind,
            finalizer: Slot::null(),
            hooks_inited: Cell::new(false),
        },
    );
    let gd = g.downcast::<GeneratorData>().expect("generator");
    // SAFETY: the object was just created; nothing else refers to it.
    unsafe {
        *gd.frame.get() = Some(Box::new(SavedFrame {
            frame: Frame {
                base: 0,
                block_base: 0,
                entry: false,
                eager: false,
                generator: Value::NULL,
                ..frame
            },
            values,
            blocks,
            started,
            finished: false,
            handled: Value::NULL,
        }));
    }
    g
}

/// Whether `g` is suspended delegating to a sub-iterator (`yield from` or
/// `await`), rather than at a `yield` of its own.
pub fn is_delegating(g: &Value) -> bool {
    let Some(gd) = g.downcast::<GeneratorData>() else {
        return false;
    };
    // SAFETY: short read while not running.
    unsafe { (*gd.frame.get()).as_ref() }
        .is_some_and(|s| s.started && !s.finished && suspended_in_yield_from(s))
}

/// The object `g` is delegating to (`gi_yieldfrom`, `cr_await`), or None.
pub fn delegate_of(g: &Value) -> Value {
    if !is_delegating(g) {
        return Value::none();
    }
    let gd = g.downcast::<GeneratorData>().expect("generator");
    // SAFETY: short read while not running.
    unsafe { (*gd.frame.get()).as_ref() }
        .and_then(|s| s.values.last().cloned())
        .unwrap_or_else(Value::none)
}

/// Resumes `g` with `value` (or throws `throw` into it).
pub fn resume(vm: &mut Vm, g: &Value, value: Value, throw: Option<PyErr>) -> PyResult<Exit> {
    let gd = g.downcast::<GeneratorData>().expect("generator");
    let kind = gd.kind;
    if gd.running.get() {
        return Err(vm.value_error(format!("{} already executing", kind.noun())));
    }
    // SAFETY: the generator is not running, so no other borrow of its frame exists.
    let saved = unsafe { (*gd.frame.get()).take() };
    let Some(mut saved) = saved else {
        return Err(vm.value_error(format!("{} already executing", kind.noun())));
    };
    if saved.finished {
        // SAFETY: as above.
        unsafe { *gd.frame.get() = Some(saved) };
        let closing = throw
            .as_ref()
            .is_some_and(|e| e.is_instance(&exc::GENERATOR_EXIT));
        if kind == GenKind::Coroutine && !closing {
            return Err(vm.runtime_error("cannot reuse already awaited coroutine"));
        }
        return match throw {
            Some(e) => Err(e),
            None => Ok(Exit::Return(Value::none())),
        };
    }
    if !saved.started && throw.is_none() && !value.is_none() {
        // SAFETY: as above.
        unsafe { *gd.frame.get() = Some(saved) };
        let what = if kind == GenKind::Generator {
            "generator"
        } else {
            "coroutine"
        };
        return Err(vm.type_error(format!(
            "can't send non-None value to a just-started {what}"
        )));
    }
    // A generator suspended in `yield from` passes a thrown exception (and
    // close) on to the sub-iterator first.
    let mut throw = throw;
    let mut value = value;
    let mut skip_yield_from = false;
    if let (Some(e), true) = (&throw, saved.started && suspended_in_yield_from(&saved)) {
        let sub = saved.values.last().cloned().unwrap_or_else(Value::none);
        gd.running.set(true);
        let r = throw_into_subiterator(vm, &sub, e);
        gd.running.set(false);
        match r {
            Ok(SubResult::Yielded(v)) => {
                // SAFETY: as above; the frame stays suspended at YIELD_FROM.
                unsafe { *gd.frame.get() = Some(saved) };
                return Ok(Exit::Yield(v));
            }
            Ok(SubResult::Returned(v)) => {
                saved.values.pop();
                value = v;
                skip_yield_from = true;
                throw = None;
            }
            Ok(SubResult::NotDelegated) => {}
            Err(e2) => throw = Some(e2),
        }
    }
    let base = vm.stack.len();
    let block_base = vm.blocks.len();
    vm.stack.append(&mut saved.values);
    // The frame's exception state: the exception its own `except` block is
    // handling, else the resumer's (as CPython's exc_info stack). An
    // outermost handler block "restores" to the resumer's exception.
    let outer = vm.handled.clone();
    for b in saved.blocks.drain(..) {
        let prev = if b.kind == BlockKind::ExceptHandler && b.saved.is_null() {
            outer.clone()
        } else {
            b.saved
        };
        vm.blocks.push(Block {
            level: b.level + base,
            saved: prev,
            ..b
        });
    }
    let own = std::mem::replace(&mut saved.handled, Value::NULL);
    if !own.is_null() {
        vm.handled = own;
    }
    if saved.started && throw.is_none() {
        vm.stack.push(value);
    }
    let was_started = saved.started;
    saved.started = true;
    if skip_yield_from {
        saved.frame.pc += 1;
    }
    // The frame's references move to the running frame and back on suspension.
    let frame = Frame {
        code: std::mem::replace(&mut saved.frame.code, Value::NULL),
        globals: std::mem::replace(&mut saved.frame.globals, Value::NULL),
        locals: std::mem::replace(&mut saved.frame.locals, Value::NULL),
        func: std::mem::replace(&mut saved.frame.func, Value::NULL),
        base,
        pc: saved.frame.pc,
        block_base,
        entry: true,
        eager: false,
        generator: g.clone(),
    };
    // SAFETY: as above; the frame is parked while the generator runs.
    unsafe { *gd.frame.get() = Some(saved) };
    gd.running.set(true);
    if let Err(e) = vm.enter_recursion() {
        gd.running.set(false);
        vm.stack.truncate(base);
        vm.blocks.truncate(block_base);
        return Err(e);
    }
    vm.frames.push(frame);
    let r = match throw {
        Some(e) if !was_started => {
            // Throwing into a just-started generator raises at its first line.
            let _ = vm.frames.pop();
            vm.stack.truncate(base);
            vm.blocks.truncate(block_base);
            finish(g);
            Err(e)
        }
        Some(e) => match vm.handle_error(e) {
            Ok(()) => vm.eval_loop(),
            Err(e) => Err(e),
        },
        None => vm.eval_loop(),
    };
    vm.leave_recursion();
    gd.running.set(false);
    match r {
        Ok(Exit::Yield(v)) => {
            let f = vm.frames.pop().expect("generator frame");
            let own = std::mem::replace(&mut vm.handled, outer.clone());
            // SAFETY: the generator is suspended again; no borrow is alive.
            unsafe {
                if let Some(s) = (*gd.frame.get()).as_mut() {
                    // The saved vectors kept their capacity when they were
                    // moved onto the VM's stacks: refill them in place.
                    s.values.extend(vm.stack.drain(f.base..));
                    s.blocks
                        .extend(vm.blocks.drain(f.block_base..).map(|b| Block {
                            level: b.level - f.base,
                            saved: if b.kind == BlockKind::ExceptHandler && b.saved.is(&outer) {
                                Value::NULL
                            } else {
                                b.saved
                            },
                            ..b
                        }));
                    let in_handler = s.blocks.iter().any(|b| b.kind == BlockKind::ExceptHandler);
                    s.frame.pc = f.pc;
                    s.frame.code = f.code;
                    s.frame.globals = f.globals;
                    s.frame.locals = f.locals;
                    s.frame.func = f.func;
                    s.handled = if in_handler { own } else { Value::NULL };
                }
            }
            Ok(Exit::Yield(v))
        }
        Ok(Exit::Return(v)) => {
            vm.handled = outer;
            finish(g);
            Ok(Exit::Return(v))
        }
        Err(e) => {
            vm.handled = outer;
            finish(g);
            let stop = e.is_instance(&exc::STOP_ITERATION)
                || (kind == GenKind::AsyncGenerator && e.is_instance(&exc::STOP_ASYNC_ITERATION));
            if stop {
                let err = vm.runtime_error(format!("{} raised {}", kind.noun(), e.exc.ty().name()));
                err.data().cause.set(e.exc.clone());
                err.data().context.set(e.exc.clone());
                return Err(err);
            }
            Err(e)
        }
    }
}

fn finish(g: &Value) {
    let gd = g.downcast::<GeneratorData>().expect("generator");
    // SAFETY: not running; no borrow alive.
    unsafe {
        if let Some(s) = (*gd.frame.get()).as_mut() {
            s.finished = true;
            s.values.clear();
            s.blocks.clear();
        }
    }
}

fn is_finished(g: &Value) -> bool {
    let gd = g.downcast::<GeneratorData>().expect("generator");
    // SAFETY: short read while not running.
    unsafe { (*gd.frame.get()).as_ref().is_none_or(|s| s.finished) }
}

/// `next(gen)`.
pub fn next_gen(vm: &mut Vm, g: &Value) -> PyResult<Option<Value>> {
    match resume(vm, g, Value::none(), None)? {
        Exit::Yield(v) => Ok(Some(v)),
        Exit::Return(v) => {
            vm.last_stop_value = v;
            Ok(None)
        }
    }
}

fn this(vm: &mut Vm, args: &Args<'_>) -> PyResult<Value> {
    match args.pos().first() {
        Some(g) if g.downcast::<GeneratorData>().is_some() => Ok(g.clone()),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

/// Turns a resumption result into `send`'s: a yielded value, or StopIteration.
fn send_result(vm: &mut Vm, r: Exit) -> PyResult<Value> {
    match r {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(vm.stop_iteration(if v.is_none() { None } else { Some(v) })),
    }
}

pub fn gen_send(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let v = args.pos().get(1).cloned().unwrap_or_else(Value::none);
    match resume(vm, &g, v, None)? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(vm.stop_iteration(if v.is_none() { None } else { Some(v) })),
    }
}

fn gen_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(vm, &args)?;
    match resume(vm, &g, Value::none(), None)? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(vm.stop_iteration(if v.is_none() { None } else { Some(v) })),
    }
}

fn gen_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args)
}

pub fn gen_throw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let err = throw_args(vm, &args.pos()[1..])?;
    let r = resume(vm, &g, Value::none(), Some(err))?;
    send_result(vm, r)
}

/// The exception `throw(type[, value[, tb]])` raises, from its arguments.
pub fn throw_args(vm: &mut Vm, pos: &[Value]) -> PyResult<PyErr> {
    let t = pos
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("throw expected at least 1 argument, got 0"))?;
    let value = pos.get(1).cloned().filter(|v| !v.is_none());
    let err = if t.downcast::<ExceptionData>().is_some() {
        if value.is_some() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        PyErr::new(t)
    } else if let Some(ty) = t.as_type().filter(|ty| ty.is_subtype(&exc::BASE_EXCEPTION)) {
        // throw(Type, value): an instance of Type is raised as is; a tuple
        // is the constructor's arguments; anything else its one argument.
        let e = match value {
            Some(v) if v.ty().is_subtype(ty) => v,
            Some(v) => match v.downcast::<TupleData>() {
                Some(tup) => {
                    let items = tup.items.to_vec();
                    vm.call(&t, &items, &[])?
                }
                None => vm.call(&t, &[v], &[])?,
            },
            None => vm.call(&t, &[], &[])?,
        };
        PyErr::new(e)
    } else {
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            t.ty().name()
        )));
    };
    Ok(err)
}

/// `gen.close()`: throws GeneratorExit; a yield in response is an error.
pub fn gen_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let gd = g.downcast::<GeneratorData>().expect("generator");
    // SAFETY: short read while not running.
    let started = unsafe { (*gd.frame.get()).as_ref().is_some_and(|s| s.started) };
    if is_finished(&g) || !started {
        finish(&g);
        return Ok(Value::none());
    }
    let e = PyErr::new(crate::vm::errors::new_exception(
        &exc::GENERATOR_EXIT,
        vec![],
    ));
    let kind = gd.kind;
    match resume(vm, &g, Value::none(), Some(e)) {
        Ok(Exit::Yield(_)) => {
            Err(vm.runtime_error(format!("{} ignored GeneratorExit", kind.noun())))
        }
        Ok(Exit::Return(_)) => Ok(Value::none()),
        Err(e) if e.is_instance(&exc::GENERATOR_EXIT) || e.is_instance(&exc::STOP_ITERATION) => {
            Ok(Value::none())
        }
        Err(e) => Err(e),
    }
}

pub fn register() {
    crate::builtins::add_methods(
        &GENERATOR_TYPE,
        &[
            ("send", gen_send),
            ("throw", gen_throw),
            ("close", gen_close),
            ("__next__", gen_next),
            ("__iter__", gen_iter),
        ],
    );
}

pub fn gen_getattr(_vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let g = obj.downcast::<GeneratorData>().expect("generator");
    let prefix = match g.kind {
        GenKind::Generator => "gi_",
        GenKind::Coroutine => "cr_",
        GenKind::AsyncGenerator => "ag_",
    };
    if name == "__name__" {
        return Ok(Some(g.name.get()));
    }
    if name == "__qualname__" {
        return Ok(Some(g.qualname.get()));
    }
    let Some(attr) = name.strip_prefix(prefix) else {
        return Ok(None);
    };
    Ok(Some(match attr {
        "running" => Value::bool(g.running.get()),
        "code" => g.code.clone(),
        "frame" => {
            if is_finished(obj) {
                Value::none()
            } else {
                frame_snapshot(_vm, obj)
            }
        }
        "yieldfrom" if g.kind == GenKind::Generator => delegate_of(obj),
        "await" if g.kind != GenKind::Generator => delegate_of(obj),
        _ => return Ok(None),
    }))
}

/// `gi_frame`/`cr_frame`/`ag_frame` of a live object: a frame object with
/// its code, globals, current line and (while suspended) its locals.
fn frame_snapshot(vm: &mut Vm, obj: &Value) -> Value {
    let g = obj.downcast::<GeneratorData>().expect("generator");
    let Some(cd) = g.code.downcast::<CodeData>() else {
        return Value::none();
    };
    let code = &cd.code;
    let locals = crate::vm::convert::new_dict();
    // SAFETY: short read; while the object runs its frame's references are
    // on the VM's frame stack instead (NULL here).
    let saved = unsafe { (*g.frame.get()).as_ref() };
    let (mut globals, lineno) = match saved {
        Some(s) if !s.frame.globals.is_null() => {
            for (i, name) in code.varnames.iter().enumerate() {
                if let Some(v) = s.values.get(i).filter(|v| !v.is_null()) {
                    crate::vm::dictops::set_str(&locals, vm.intern(name), v.clone());
                }
            }
            let line = if s.started {
                code.line_at(s.frame.pc.saturating_sub(1))
            } else {
                code.first_line
            };
            (s.frame.globals.clone(), line)
        }
        _ => (Value::NULL, code.first_line),
    };
    if globals.is_null() {
        if let Some(f) = vm.frames.iter().rev().find(|f| f.generator.is(obj)) {
            globals = f.globals.clone();
        } else {
            globals = crate::vm::convert::new_dict();
        }
    }
    alloc(
        &FRAME_TYPE,
        FrameData {
            code: g.code.clone(),
            globals,
            locals,
            lineno,
            back: Value::none(),
        },
    )
}

enum SubResult {
    Yielded(Value),
    Returned(Value),
    /// The sub-iterator has no `throw`: raise in the delegating frame.
    NotDelegated,
}

fn suspended_in_yield_from(saved: &SavedFrame) -> bool {
    saved
        .frame
        .code
        .downcast::<CodeData>()
        .and_then(|c| c.code.instructions.get(saved.frame.pc).copied())
        .is_some_and(|i| i.op == crate::bytecode::Op::YIELD_FROM)
}

/// Throws `e` into the sub-iterator of a `yield from` (closing it first for
/// GeneratorExit, as PEP 380 specifies).
fn throw_into_subiterator(vm: &mut Vm, sub: &Value, e: &PyErr) -> PyResult<SubResult> {
    if e.is_instance(&exc::GENERATOR_EXIT) {
        if sub.downcast::<GeneratorData>().is_some() {
            gen_close(vm, Args::positional(std::slice::from_ref(sub)))?;
        } else {
            let k = vm.names.close.clone();
            if let Some(close) = vm.getattr_opt(sub, &k)? {
                vm.call(&close, &[], &[])?;
            }
        }
        return Ok(SubResult::NotDelegated);
    }
    if sub.downcast::<GeneratorData>().is_some() {
        let e2 = PyErr::new(e.exc.clone());
        return match resume(vm, sub, Value::none(), Some(e2))? {
            Exit::Yield(v) => Ok(SubResult::Yielded(v)),
            Exit::Return(v) => Ok(SubResult::Returned(v)),
        };
    }
    let k = vm.names.throw.clone();
    let Some(throw) = vm.getattr_opt(sub, &k)? else {
        return Ok(SubResult::NotDelegated);
    };
    match vm.call(&throw, std::slice::from_ref(&e.exc), &[]) {
        Ok(v) => Ok(SubResult::Yielded(v)),
        Err(err) if err.is_instance(&exc::STOP_ITERATION) => Ok(SubResult::Returned(
            crate::interp::stop_iteration_value(&err),
        )),
        Err(err) => Err(err),
    }
}

/// A suspended generator dropped while inside `try`/`with` blocks: it must be
/// closed (so `finally` clauses run), which needs the VM; the frame waits
/// here until the interpreter reaches its next check point.
struct PendingClose {
    frame: Box<SavedFrame>,
    name: Value,
    qualname: Value,
    code: Value,
    kind: GenKind,
}

impl PendingClose {
    /// A live object again around the dropped frame, to finish it with.
    fn revive(self, finalizer: Value) -> Value {
        alloc(
            self.kind.type_object(),
            GeneratorData {
                frame: UnsafeCell::new(Some(self.frame)),
                running: Cell::new(false),
                name: Slot::new(self.name),
                qualname: Slot::new(self.qualname),
                code: self.code,
                kind: self.kind,
                finalizer: Slot::new(finalizer),
                hooks_inited: Cell::new(true),
            },
        )
    }
}

thread_local! {
    /// Async generators dropped while their event loop's finalizer hook is
    /// set: the generator (rebuilt) is handed to the hook.
    static PENDING_AGEN_FINALIZE: std::cell::RefCell<Vec<(PendingClose, Value)>> = const { std::cell::RefCell::new(Vec::new()) };
    /// Qualified names of coroutines dropped before they ever ran, waiting
    /// for the "was never awaited" RuntimeWarning.
    static NEVER_AWAITED: std::cell::RefCell<Vec<Value>> = const { std::cell::RefCell::new(Vec::new()) };
}

thread_local! {
    static PENDING_CLOSE: std::cell::RefCell<Vec<PendingClose>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Set when `PENDING_CLOSE` is not empty (cheap to test in the eval loop).
pub static FINALIZERS_PENDING: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

impl Drop for GeneratorData {
    fn drop(&mut self) {
        let Some(frame) = self.frame.get_mut().take() else {
            return;
        };
        if self.kind == GenKind::Coroutine && !frame.started && !frame.finished {
            NEVER_AWAITED.with(|q| q.borrow_mut().push(self.qualname.get()));
            FINALIZERS_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        let finalizer = self.finalizer.get();
        if finalizer.is_none() {
            // Its finalizer hook already ran (once, as PEP 442 finalizers
            // do); it is simply freed now.
            return;
        }
        if self.kind == GenKind::AsyncGenerator && !finalizer.is_null() && !frame.finished {
            // The event loop's finalizer gets the generator back (to
            // schedule its aclose()), as CPython's asyncgen hooks.
            PENDING_AGEN_FINALIZE.with(|q| {
                q.borrow_mut().push((
                    PendingClose {
                        frame,
                        name: self.name.get(),
                        qualname: self.qualname.get(),
                        code: self.code.clone(),
                        kind: self.kind,
                    },
                    finalizer,
                ))
            });
            FINALIZERS_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
            return;
        }
        if frame.started && !frame.finished && !frame.blocks.is_empty() {
            let pending = PendingClose {
                frame,
                name: self.name.get(),
                qualname: self.qualname.get(),
                code: self.code.clone(),
                kind: self.kind,
            };
            PENDING_CLOSE.with(|q| q.borrow_mut().push(pending));
            FINALIZERS_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }
}

/// Issues the "coroutine ... was never awaited" RuntimeWarnings of
/// coroutines dropped since the last check, located at the running frame's
/// last recorded instruction (as near as the runtime tracks where the drop
/// happened).
pub fn warn_never_awaited(vm: &mut Vm) {
    while let Some(q) = NEVER_AWAITED.with(|q| {
        let mut q = q.borrow_mut();
        (!q.is_empty()).then(|| q.remove(0))
    }) {
        let name = q.as_str().unwrap_or("?").to_string();
        vm.warn_runtime(&format!("coroutine '{name}' was never awaited"), true);
    }
}

/// Closes generators that were dropped while suspended inside `try` or
/// `with` blocks, printing exceptions they raise as CPython's unraisable hook.
pub fn run_pending_finalizers(vm: &mut Vm) {
    FINALIZERS_PENDING.store(false, std::sync::atomic::Ordering::Relaxed);
    // Objects with __del__ first (in the order they died), then generators.
    while let Some(obj) = take_pending_del() {
        if let Some(del) = vm.lookup_special(&obj, "__del__") {
            if let Err(e) = vm.call_method_obj(&del, &obj, &[]) {
                vm.print_unraisable(&e.exc, &del);
            }
        }
        drop(obj);
    }
    warn_never_awaited(vm);
    crate::modules::weakref::run_pending(vm);
    while let Some((p, finalizer)) = PENDING_AGEN_FINALIZE.with(|q| q.borrow_mut().pop()) {
        // None marks "finalizer already ran": freed plainly next time.
        let g = p.revive(Value::none());
        if let Err(e) = vm.call(&finalizer, std::slice::from_ref(&g), &[]) {
            vm.print_unraisable(&e.exc, &finalizer);
        }
    }
    loop {
        let Some(p) = PENDING_CLOSE.with(|q| q.borrow_mut().pop()) else {
            return;
        };
        let g = p.revive(Value::NULL);
        if let Err(e) = gen_close(vm, Args::positional(std::slice::from_ref(&g))) {
            vm.print_unraisable(&e.exc, &g);
        }
    }
}
