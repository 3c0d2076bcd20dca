//! The eval loop.
//!
//! Frames live on the per-thread value stack (`Vm::stack`): a frame's fast
//! locals, then its cells and free variables, then its operand stack. A
//! Python-to-Python call pushes a new [`Frame`] whose locals start where the
//! caller pushed the arguments, and the loop continues in the callee without
//! recursing on the native stack. Native code calling back into Python
//! (`sorted(key=…)`, `__eq__` from a dict lookup) re-enters `run_frame`.

use crate::builtins::exc;
use crate::bytecode::{self, CodeObject, CompareOp, Op};
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::ops::BinOp;
use crate::vm::{dictops, PyErr, PyResult, Vm};

/// A block-stack entry.
pub struct Block {
    pub kind: BlockKind,
    /// Handler instruction.
    pub handler: u32,
    /// Absolute value-stack height to restore.
    pub level: usize,
    /// For `ExceptHandler`: the previously handled exception.
    pub saved: Value,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BlockKind {
    Finally,
    ExceptHandler,
}

#[repr(C)]
pub struct Frame {
    /// The code object (a `CodeData`), kept alive by this reference.
    pub code: Value,
    pub globals: Value,
    /// The locals mapping of module and class bodies; NULL in functions.
    pub locals: Value,
    /// The function being run (NULL for module/class bodies).
    pub func: Value,
    /// Index of local 0 in `Vm::stack`.
    pub base: usize,
    /// Next instruction.
    pub pc: usize,
    /// Index into `Vm::blocks` where this frame's blocks start.
    pub block_base: usize,
    /// When this frame returns (or yields), `run_frame` returns.
    pub entry: bool,
    /// A coroutine run eagerly by an awaiting caller (no coroutine object
    /// yet): on return its value goes straight to the caller, past the
    /// caller's await; if it suspends, it becomes a coroutine object.
    pub eager: bool,
    /// The generator object running this frame, or NULL.
    pub generator: Value,
}

/// A suspended generator frame.
pub struct SavedFrame {
    pub frame: Frame,
    /// Locals, cells and the operand stack (relative to the frame's base).
    pub values: Vec<Value>,
    pub blocks: Vec<Block>,
    pub started: bool,
    pub finished: bool,
    /// The exception the suspended frame is handling (its own `except`
    /// block), restored while it runs; NULL when it handles none.
    pub handled: Value,
}

/// How a frame left the loop.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// GET_AWAITABLE, LOAD_CONST None, YIELD_FROM: what `await` compiles to.
const AWAIT_SEQUENCE_LEN: usize = 3;

#[inline(always)]
fn code_data(v: &Value) -> &CodeData {
    // SAFETY: frames only ever hold code objects in `code`.
    unsafe { v.payload_unchecked::<CodeData>() }
}

impl Vm {
    /// Runs a code object as a module or class body with the given namespace.
    pub fn run_code(&mut self, code: &Value, globals: &Value, locals: &Value) -> PyResult<Value> {
        let cd = code_data(code);
        let n = cd.code.varnames.len() + cd.cell_names.len();
        let base = self.stack.len();
        for _ in 0..n {
            self.stack.push(Value::NULL);
        }
        self.init_cells(cd, base, &Value::NULL);
        let frame = Frame {
            code: code.clone(),
            globals: globals.clone(),
            locals: locals.clone(),
            func: Value::NULL,
            base,
            pc: 0,
            block_base: self.blocks.len(),
            entry: true,
            eager: false,
            generator: Value::NULL,
        };
        match self.run_frame(frame)? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => Err(self.runtime_error("yield outside a generator")),
        }
    }

    /// Creates the cells of a frame whose locals start at `base` and copies
    /// the closure's cells after them.
    pub fn init_cells(&mut self, cd: &CodeData, base: usize, closure: &Value) {
        let code = &cd.code;
        let nlocals = code.varnames.len();
        for (i, arg) in code.cell2arg.iter().enumerate() {
            let init = match arg {
                Some(a) => self.stack[base + *a as usize].clone(),
                None => Value::NULL,
            };
            self.stack[base + nlocals + i] = new_cell(init);
        }
        if let Some(cells) = tuple_items(closure) {
            let start = base + nlocals + code.cellvars.len();
            for (i, c) in cells.iter().enumerate() {
                self.stack[start + i] = c.clone();
            }
        }
    }

    fn keyboard_interrupt(&mut self) -> PyErr {
        PyErr::new(crate::vm::errors::new_exception(
            &exc::KEYBOARD_INTERRUPT,
            vec![],
        ))
    }

    /// The error raised once the step budget is spent (and on every check after).
    fn budget_exhausted(&mut self) -> PyErr {
        self.new_error(&exc::RUNTIME_ERROR, "step budget exhausted")
    }

    /// Pushes `frame` and runs until it returns or yields.
    pub fn run_frame(&mut self, frame: Frame) -> PyResult<Exit> {
        if let Err(e) = self.enter_recursion() {
            self.stack.truncate(frame.base);
            return Err(e);
        }
        self.frames.push(frame);
        let r = self.eval_loop();
        self.leave_recursion();
        r
    }

    #[inline(always)]
    fn pop_frame_values(&mut self) -> Frame {
        let f = self.frames.pop().expect("frame");
        if self.blocks.len() > f.block_base {
            self.blocks.truncate(f.block_base);
        }
        f
    }

    /// Adds a traceback entry for the current instruction of the top frame.
    fn add_traceback(&mut self, err: &PyErr) {
        let f = self.frames.last().expect("frame");
        let cd = code_data(&f.code);
        let line = cd.code.line_at(f.pc.saturating_sub(1));
        if let Some(d) = err.exc.downcast::<ExceptionData>() {
            let tb = alloc(
                &TRACEBACK_TYPE,
                TracebackData {
                    next: Slot::new(d.traceback.get()),
                    code: f.code.clone(),
                    globals: f.globals.clone(),
                    lineno: line,
                },
            );
            d.traceback.set(tb);
        }
    }

    /// Sets `__context__` of a newly raised exception from the handled one.
    fn chain_context(&mut self, err: &PyErr) {
        let handled = self.handled.clone();
        if handled.is_null() || handled.is_none() || handled.is(&err.exc) {
            return;
        }
        if let Some(d) = err.exc.downcast::<ExceptionData>() {
            if d.context.is_null() {
                // Avoid cycles: cut the chain where it would loop back.
                let mut o = handled.clone();
                while let Some(od) = o.downcast::<ExceptionData>() {
                    let next = od.context.get();
                    if next.is_null() || next.is_none() {
                        break;
                    }
                    if next.is(&err.exc) {
                        if let Some(od) = o.downcast::<ExceptionData>() {
                            od.context.set(Value::NULL);
                        }
                        break;
                    }
                    o = next;
                }
                d.context.set(handled);
            }
        }
    }

    /// Finds a handler for `err` in the top frame. Returns false when the
    /// frame has none (the caller then pops the frame).
    fn unwind_to_handler(&mut self, err: &PyErr) -> bool {
        let block_base = self.frames.last().expect("frame").block_base;
        while self.blocks.len() > block_base {
            let b = self.blocks.pop().expect("block");
            match b.kind {
                BlockKind::ExceptHandler => {
                    self.stack.truncate(b.level);
                    self.handled = b.saved;
                }
                BlockKind::Finally => {
                    self.stack.truncate(b.level);
                    let prev = std::mem::replace(&mut self.handled, err.exc.clone());
                    self.blocks.push(Block {
                        kind: BlockKind::ExceptHandler,
                        handler: 0,
                        level: b.level,
                        saved: prev,
                    });
                    self.stack.push(err.exc.clone());
                    self.frames.last_mut().expect("frame").pc = b.handler as usize;
                    return true;
                }
            }
        }
        false
    }

    /// Handles an error raised while executing the top frame: returns Ok if
    /// a handler was found (execution continues in some frame of this run),
    /// Err if the error propagates out of the entry frame.
    pub(crate) fn handle_error(&mut self, mut err: PyErr) -> Result<(), PyErr> {
        loop {
            if !err.reraise {
                self.add_traceback(&err);
            }
            err.reraise = false;
            if self.unwind_to_handler(&err) {
                return Ok(());
            }
            let f = self.pop_frame_values();
            // A frame pushed by a call instruction has its callable just below.
            self.stack
                .truncate(if f.entry { f.base } else { f.base - 1 });
            if let Some(g) = f.generator.downcast::<GeneratorData>() {
                g.running.set(false);
            }
            if f.entry {
                if !f.generator.is_null() {
                    // Restore: the generator is finished.
                    self.finish_generator(&f.generator);
                }
                return Err(err);
            }
            // A Python-to-Python call: drop the callee's recursion count.
            self.depth -= 1;
        }
    }

    fn finish_generator(&mut self, g: &Value) {
        if let Some(gd) = g.downcast::<GeneratorData>() {
            // SAFETY: single-threaded; the generator is not running.
            unsafe {
                if let Some(sf) = (*gd.frame.get()).as_mut() {
                    sf.finished = true;
                    sf.values.clear();
                    sf.blocks.clear();
                }
            }
        }
    }

    pub(crate) fn eval_loop(&mut self) -> PyResult<Exit> {
        loop {
            match self.eval_inner() {
                Ok(exit) => return Ok(exit),
                Err(err) => {
                    if crate::builtins::gen::FINALIZERS_PENDING
                        .load(std::sync::atomic::Ordering::Relaxed)
                    {
                        // Objects dropped by the failing instruction warn
                        // at its location.
                        crate::builtins::gen::warn_never_awaited(self);
                    }
                    self.chain_context_if_new(&err);
                    self.handle_error(err)?;
                }
            }
        }
    }

    fn chain_context_if_new(&mut self, err: &PyErr) {
        if !err.reraise {
            self.chain_context(err);
        }
    }

    /// Executes instructions of the top frame (and frames it calls) until the
    /// entry frame exits or an error is raised.
    #[allow(clippy::cognitive_complexity)]
    fn eval_inner(&mut self) -> PyResult<Exit> {
        // The code object of the running frame, borrowed through a raw
        // pointer: the frame's `code` reference keeps it alive for as long as
        // the frame runs, and `reload!` switches to the next frame's code.
        let fi = self.frames.len() - 1;
        // SAFETY: see above.
        let mut cd: &CodeData = unsafe { &*(code_data(&self.frames[fi].code) as *const CodeData) };
        let mut code: &CodeObject = &cd.code;
        let mut pc = self.frames[fi].pc;
        let mut base = self.frames[fi].base;
        self.reserve_stack(code);

        macro_rules! frame {
            () => {
                self.frames.last_mut().expect("frame")
            };
        }
        macro_rules! save_pc {
            () => {
                frame!().pc = pc
            };
        }
        macro_rules! reload {
            () => {{
                let f = self.frames.last().expect("frame");
                // SAFETY: the frame's `code` keeps the code object alive while it runs.
                cd = unsafe { &*(code_data(&f.code) as *const CodeData) };
                code = &cd.code;
                pc = f.pc;
                base = f.base;
                self.reserve_stack(code);
            }};
        }
        // The value stack has room for the frame's `stacksize` (reserved on
        // frame entry), so pushes and pops skip Vec's capacity checks.
        macro_rules! pop {
            () => {{
                debug_assert!(self.stack.len() > base);
                // SAFETY: the compiler's stack accounting guarantees an
                // operand is there; the length shrinks before the read, so
                // the value is moved out exactly once.
                unsafe {
                    let n = self.stack.len() - 1;
                    self.stack.set_len(n);
                    std::ptr::read(self.stack.as_ptr().add(n))
                }
            }};
        }
        macro_rules! push {
            ($v:expr) => {{
                let v = $v;
                debug_assert!(self.stack.len() < self.stack.capacity());
                // SAFETY: `reserve_stack` made room for the frame's maximum depth.
                unsafe {
                    let n = self.stack.len();
                    std::ptr::write(self.stack.as_mut_ptr().add(n), v);
                    self.stack.set_len(n + 1);
                }
            }};
        }
        // `a <op> b` for two inline ints, computed in place on the operand
        // stack: inline ints own no references, so nothing is released.
        macro_rules! small_int_fast {
            ($f:expr) => {{
                let n = self.stack.len();
                if let (Some(x), Some(y)) = (
                    self.stack[n - 2].as_small_int(),
                    self.stack[n - 1].as_small_int(),
                ) {
                    let f: fn(i64, i64) -> Value = $f;
                    let r = f(x, y);
                    // SAFETY: both slots hold inline ints (no destructor to
                    // run); the top slot is dropped from the length and the
                    // result overwrites the other.
                    unsafe {
                        self.stack.set_len(n - 1);
                        std::ptr::write(self.stack.as_mut_ptr().add(n - 2), r);
                    }
                    continue;
                }
            }};
        }
        // Calls the callable at `stack[fpos]` with the `nargs` values above
        // it: a Python function continues in this loop in a new frame, any
        // other callable is called and its result replaces them.
        macro_rules! call_on_stack {
            ($fpos:expr, $nargs:expr) => {{
                let fpos = $fpos;
                save_pc!();
                if self.try_push_py_frame(fpos, $nargs, &[])? {
                    reload!();
                    continue;
                }
                let f = self.stack[fpos].clone();
                let args: Vec<Value> = self.stack.drain(fpos + 1..).collect();
                self.stack.pop();
                let r = tryv!(self.call(&f, &args, &[]));
                push!(r);
            }};
        }
        // After an instruction that can drop the last reference to an object
        // (del, rebinding a name, discarding a value, returning from a
        // frame): its `__del__` and weakref callbacks run at once, where the
        // program can observe them, as CPython's do.
        macro_rules! finalize_after_del {
            () => {
                if crate::builtins::gen::FINALIZERS_PENDING
                    .load(std::sync::atomic::Ordering::Relaxed)
                {
                    save_pc!();
                    crate::builtins::gen::run_pending_finalizers(self);
                }
            };
        }
        macro_rules! top {
            () => {
                self.stack.last().expect("value stack underflow")
            };
        }
        macro_rules! tryv {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => {
                        save_pc!();
                        return Err(e);
                    }
                }
            };
        }
        macro_rules! nlocals {
            () => {
                code.varnames.len()
            };
        }

        loop {
            let instr = code.instructions[pc];
            pc += 1;
            let arg = instr.arg;
            match instr.op {
                Op::NOP => {}
                Op::LOAD_FAST => {
                    let v = &self.stack[base + arg as usize];
                    if v.is_null() {
                        save_pc!();
                        let name = code.varnames[arg as usize].clone();
                        return Err(self.new_error(
                            &exc::UNBOUND_LOCAL_ERROR,
                            format!("local variable '{name}' referenced before assignment"),
                        ));
                    }
                    let v = v.clone();
                    push!(v);
                }
                Op::STORE_FAST => {
                    let v = pop!();
                    let old = std::mem::replace(&mut self.stack[base + arg as usize], v);
                    drop(old);
                    finalize_after_del!();
                }
                Op::DELETE_FAST => {
                    let old = self.stack[base + arg as usize].take();
                    if old.is_null() {
                        save_pc!();
                        let name = code.varnames[arg as usize].clone();
                        return Err(self.new_error(
                            &exc::UNBOUND_LOCAL_ERROR,
                            format!("local variable '{name}' referenced before assignment"),
                        ));
                    }
                    drop(old);
                    finalize_after_del!();
                }
                Op::LOAD_CONST => push!(cd.consts[arg as usize].clone()),
                Op::POP_TOP => {
                    pop!();
                    finalize_after_del!();
                }
                Op::ROT_TWO => {
                    let n = self.stack.len();
                    self.stack.swap(n - 1, n - 2);
                }
                Op::ROT_THREE => {
                    let v = pop!();
                    let n = self.stack.len();
                    self.stack.insert(n - 2, v);
                }
                Op::ROT_FOUR => {
                    let v = pop!();
                    let n = self.stack.len();
                    self.stack.insert(n - 3, v);
                }
                Op::DUP_TOP => {
                    let v = top!().clone();
                    push!(v);
                }
                Op::DUP_TOP_TWO => {
                    let n = self.stack.len();
                    let a = self.stack[n - 2].clone();
                    let b = self.stack[n - 1].clone();
                    push!(a);
                    push!(b);
                }
                Op::UNARY_POSITIVE | Op::UNARY_NEGATIVE | Op::UNARY_INVERT | Op::UNARY_NOT => {
                    let v = pop!();
                    let r = match instr.op {
                        Op::UNARY_POSITIVE => tryv!(self.unary_pos(&v)),
                        Op::UNARY_NEGATIVE => tryv!(self.unary_neg(&v)),
                        Op::UNARY_INVERT => tryv!(self.unary_invert(&v)),
                        _ => Value::bool(!tryv!(self.truthy(&v))),
                    };
                    push!(r);
                }
                Op::BINARY_ADD => {
                    small_int_fast!(|x, y| new_int(x + y));
                    let b = pop!();
                    let a = pop!();
                    let r = if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                        new_int(x + y)
                    } else if let (Some(x), Some(y)) = (exact_float(&a), exact_float(&b)) {
                        new_float(x + y)
                    } else if a.is_exact(&STR_TYPE) && b.is_exact(&STR_TYPE) {
                        crate::builtins::str::concat(&a, &b)
                    } else {
                        tryv!(self.binary_op(BinOp::Add, &a, &b))
                    };
                    push!(r);
                }
                Op::BINARY_SUBTRACT => {
                    small_int_fast!(|x, y| new_int(x - y));
                    let b = pop!();
                    let a = pop!();
                    let r = if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                        new_int(x - y)
                    } else if let (Some(x), Some(y)) = (exact_float(&a), exact_float(&b)) {
                        new_float(x - y)
                    } else {
                        tryv!(self.binary_op(BinOp::Sub, &a, &b))
                    };
                    push!(r);
                }
                Op::BINARY_MULTIPLY
                | Op::BINARY_MATRIX_MULTIPLY
                | Op::BINARY_POWER
                | Op::BINARY_MODULO
                | Op::BINARY_FLOOR_DIVIDE
                | Op::BINARY_TRUE_DIVIDE
                | Op::BINARY_LSHIFT
                | Op::BINARY_RSHIFT
                | Op::BINARY_AND
                | Op::BINARY_XOR
                | Op::BINARY_OR => {
                    let b = pop!();
                    let a = pop!();
                    let op = binop_of(instr.op);
                    let r = if let (Some(x), Some(y)) = (exact_float(&a), exact_float(&b)) {
                        match op {
                            BinOp::Mul => new_float(x * y),
                            BinOp::TrueDiv if y != 0.0 => new_float(x / y),
                            _ => tryv!(self.binary_op(op, &a, &b)),
                        }
                    } else if op == BinOp::Mod && a.is_exact(&STR_TYPE) {
                        tryv!(crate::builtins::str::percent_format(self, &a, &b))
                    } else {
                        tryv!(self.binary_op(op, &a, &b))
                    };
                    push!(r);
                }
                Op::INPLACE_ADD
                | Op::INPLACE_SUBTRACT
                | Op::INPLACE_MULTIPLY
                | Op::INPLACE_MATRIX_MULTIPLY
                | Op::INPLACE_POWER
                | Op::INPLACE_MODULO
                | Op::INPLACE_FLOOR_DIVIDE
                | Op::INPLACE_TRUE_DIVIDE
                | Op::INPLACE_LSHIFT
                | Op::INPLACE_RSHIFT
                | Op::INPLACE_AND
                | Op::INPLACE_XOR
                | Op::INPLACE_OR => {
                    match instr.op {
                        Op::INPLACE_ADD => small_int_fast!(|x, y| new_int(x + y)),
                        Op::INPLACE_SUBTRACT => small_int_fast!(|x, y| new_int(x - y)),
                        _ => {}
                    }
                    let b = pop!();
                    let a = pop!();
                    let op = binop_of(instr.op);
                    let r = if let (Some(x), Some(y), BinOp::Add) =
                        (a.as_small_int(), b.as_small_int(), op)
                    {
                        new_int(x + y)
                    } else if let Some(f) = float_inplace(&a, &b, op) {
                        new_float(f)
                    } else if op == BinOp::Add && a.is_exact(&STR_TYPE) && b.is_exact(&STR_TYPE) {
                        crate::builtins::str::concat(&a, &b)
                    } else if op == BinOp::Mod && a.is_exact(&STR_TYPE) {
                        tryv!(crate::builtins::str::percent_format(self, &a, &b))
                    } else {
                        tryv!(self.inplace_op(op, &a, &b))
                    };
                    push!(r);
                }
                Op::BINARY_SUBSCR => {
                    let k = pop!();
                    let o = pop!();
                    let r = if let (Some(l), Some(i)) = (
                        if o.is_exact(&LIST_TYPE) {
                            o.downcast::<ListData>()
                        } else {
                            None
                        },
                        k.as_small_int(),
                    ) {
                        let v = l.vec();
                        let idx = if i < 0 { i + v.len() as i64 } else { i };
                        if idx >= 0 && (idx as usize) < v.len() {
                            v[idx as usize].clone()
                        } else {
                            tryv!(self.getitem(&o, &k))
                        }
                    } else {
                        tryv!(self.getitem(&o, &k))
                    };
                    push!(r);
                }
                Op::STORE_SUBSCR => {
                    let k = pop!();
                    let o = pop!();
                    let v = pop!();
                    tryv!(self.setitem(&o, &k, v));
                }
                Op::DELETE_SUBSCR => {
                    let k = pop!();
                    let o = pop!();
                    tryv!(self.delitem(&o, &k));
                }
                Op::COMPARE_OP => {
                    match CompareOp::from_arg(arg) {
                        Some(CompareOp::Lt) => small_int_fast!(|x, y| Value::bool(x < y)),
                        Some(CompareOp::Le) => small_int_fast!(|x, y| Value::bool(x <= y)),
                        Some(CompareOp::Eq) => small_int_fast!(|x, y| Value::bool(x == y)),
                        Some(CompareOp::Ne) => small_int_fast!(|x, y| Value::bool(x != y)),
                        Some(CompareOp::Gt) => small_int_fast!(|x, y| Value::bool(x > y)),
                        Some(CompareOp::Ge) => small_int_fast!(|x, y| Value::bool(x >= y)),
                        _ => {}
                    }
                    let b = pop!();
                    let a = pop!();
                    let op = CompareOp::from_arg(arg).expect("valid compare op");
                    let r = if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                        Value::bool(match op {
                            CompareOp::Lt => x < y,
                            CompareOp::Le => x <= y,
                            CompareOp::Eq | CompareOp::Is => x == y,
                            CompareOp::Ne | CompareOp::IsNot => x != y,
                            CompareOp::Gt => x > y,
                            CompareOp::Ge => x >= y,
                            _ => tryv!(self.compare(&a, &b, op)).is_true_obj(),
                        })
                    } else if let (Some(x), Some(y), true) = (
                        exact_float(&a),
                        exact_float(&b),
                        (op as u8) <= CompareOp::Ge as u8,
                    ) {
                        Value::bool(match op {
                            CompareOp::Lt => x < y,
                            CompareOp::Le => x <= y,
                            CompareOp::Eq => x == y,
                            CompareOp::Ne => x != y,
                            CompareOp::Gt => x > y,
                            _ => x >= y,
                        })
                    } else {
                        tryv!(self.compare(&a, &b, op))
                    };
                    push!(r);
                }
                Op::JUMP_FORWARD => pc = arg as usize,
                Op::JUMP_ABSOLUTE => {
                    // Backward jumps (loops) spend the optional step budget.
                    if (arg as usize) < pc {
                        self.steps_left = self.steps_left.saturating_sub(1);
                        if self.steps_left == 0 {
                            save_pc!();
                            return Err(self.budget_exhausted());
                        }
                        if crate::signals::take_sigint() {
                            save_pc!();
                            return Err(self.keyboard_interrupt());
                        }
                    }
                    pc = arg as usize;
                }
                Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                    let v = pop!();
                    let t = if v.is_true_obj() {
                        true
                    } else if v.is_false_obj() {
                        false
                    } else {
                        tryv!(self.truthy(&v))
                    };
                    if t == (instr.op == Op::POP_JUMP_IF_TRUE) {
                        pc = arg as usize;
                    }
                }
                Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => {
                    let t = {
                        let v = top!().clone();
                        tryv!(self.truthy(&v))
                    };
                    if t == (instr.op == Op::JUMP_IF_TRUE_OR_POP) {
                        pc = arg as usize;
                    } else {
                        pop!();
                    }
                }
                Op::LOAD_GLOBAL => {
                    let f = self.frames.last().expect("frame");
                    let v = match load_global_cached(cd, arg as usize, &f.globals, &self.builtins) {
                        Some(v) => v,
                        None => {
                            let name = &cd.names[arg as usize];
                            match dictops::get_str_key(&f.globals, name) {
                                Some(v) => v,
                                None => match dictops::get_str_key(&self.builtins, name) {
                                    Some(v) => v,
                                    None => {
                                        save_pc!();
                                        let n = name.as_str().unwrap_or("?").to_string();
                                        return Err(
                                            self.name_error(format!("name '{n}' is not defined"))
                                        );
                                    }
                                },
                            }
                        }
                    };
                    push!(v);
                }
                Op::STORE_GLOBAL => {
                    let v = pop!();
                    let g = self.frames.last().expect("frame").globals.clone();
                    dictops::set_str(&g, cd.names[arg as usize].clone(), v);
                    finalize_after_del!();
                }
                Op::DELETE_GLOBAL => {
                    let g = self.frames.last().expect("frame").globals.clone();
                    let name = cd.names[arg as usize].clone();
                    if tryv!(dictops::remove(self, &g, &name)).is_none() {
                        save_pc!();
                        let n = name.as_str().unwrap_or("?").to_string();
                        return Err(self.name_error(format!("name '{n}' is not defined")));
                    }
                    finalize_after_del!();
                }
                Op::LOAD_NAME => {
                    let name = cd.names[arg as usize].clone();
                    let f = self.frames.last().expect("frame");
                    let locals = f.locals.clone();
                    let globals = f.globals.clone();
                    let mut found = None;
                    if !locals.is_null() {
                        if locals.is_exact(&DICT_TYPE) {
                            found = dictops::get_str_key(&locals, &name);
                        } else {
                            match self.getitem(&locals, &name) {
                                Ok(v) => found = Some(v),
                                Err(e) if e.is_instance(&exc::KEY_ERROR) => {}
                                Err(e) => {
                                    save_pc!();
                                    return Err(e);
                                }
                            }
                        }
                    }
                    let v = match found {
                        Some(v) => v,
                        None => match dictops::get_str_key(&globals, &name)
                            .or_else(|| dictops::get_str_key(&self.builtins, &name))
                        {
                            Some(v) => v,
                            None => {
                                save_pc!();
                                let n = name.as_str().unwrap_or("?").to_string();
                                return Err(self.name_error(format!("name '{n}' is not defined")));
                            }
                        },
                    };
                    push!(v);
                }
                Op::STORE_NAME => {
                    let v = pop!();
                    let locals = self.frames.last().expect("frame").locals.clone();
                    let name = cd.names[arg as usize].clone();
                    if locals.is_exact(&DICT_TYPE) {
                        dictops::set_str(&locals, name, v);
                    } else {
                        tryv!(self.setitem(&locals, &name, v));
                    }
                    finalize_after_del!();
                }
                Op::DELETE_NAME => {
                    let locals = self.frames.last().expect("frame").locals.clone();
                    let name = cd.names[arg as usize].clone();
                    let r = if locals.is_exact(&DICT_TYPE) {
                        tryv!(dictops::remove(self, &locals, &name)).is_some()
                    } else {
                        self.delitem(&locals, &name).is_ok()
                    };
                    if !r {
                        save_pc!();
                        let n = name.as_str().unwrap_or("?").to_string();
                        return Err(self.name_error(format!("name '{n}' is not defined")));
                    }
                    finalize_after_del!();
                }
                Op::LOAD_DEREF | Op::LOAD_CLASSDEREF => {
                    let idx = arg as usize;
                    if instr.op == Op::LOAD_CLASSDEREF {
                        let locals = self.frames.last().expect("frame").locals.clone();
                        let name = &cd.cell_names[idx];
                        if let Some(v) = dictops::get_str_key(&locals, name) {
                            push!(v);
                            continue;
                        }
                    }
                    let cell = &self.stack[base + nlocals!() + idx];
                    let v = cell
                        .downcast::<CellData>()
                        .map(|c| c.value.get())
                        .unwrap_or(Value::NULL);
                    if v.is_null() {
                        save_pc!();
                        return Err(self.unbound_deref(code, idx));
                    }
                    push!(v);
                }
                Op::STORE_DEREF => {
                    let v = pop!();
                    let cell = &self.stack[base + nlocals!() + arg as usize];
                    if let Some(c) = cell.downcast::<CellData>() {
                        c.value.set(v);
                    }
                }
                Op::DELETE_DEREF => {
                    let cell = self.stack[base + nlocals!() + arg as usize].clone();
                    let c = cell.downcast::<CellData>().expect("cell");
                    if c.value.is_null() {
                        save_pc!();
                        return Err(self.unbound_deref(code, arg as usize));
                    }
                    c.value.set(Value::NULL);
                }
                Op::LOAD_CLOSURE => {
                    let cell = self.stack[base + nlocals!() + arg as usize].clone();
                    push!(cell);
                }
                Op::LOAD_ATTR => {
                    let o = pop!();
                    let name = &cd.names[arg as usize];
                    let slot = &cd.attr_cache[arg as usize];
                    let c = slot.get();
                    if c.kind == ATTR_INSTANCE
                        && c.ty == o.ty() as *const TypeObject as usize
                        && c.epoch == type_epoch()
                    {
                        if let Some(v) = instance_dict_get(&o, name) {
                            push!(v);
                            continue;
                        }
                    }
                    let v = tryv!(self.getattr(&o, name));
                    self.fill_instance_attr_cache(slot, &o, name);
                    push!(v);
                }
                Op::STORE_ATTR => {
                    let o = pop!();
                    let v = pop!();
                    let name = &cd.names[arg as usize];
                    let slot = &cd.attr_cache[arg as usize];
                    let c = slot.get();
                    if c.kind == ATTR_INSTANCE
                        && c.ty == o.ty() as *const TypeObject as usize
                        && c.epoch == type_epoch()
                    {
                        if let Some(ds) = o.dict_slot() {
                            if ds.is_null() {
                                ds.set(new_dict());
                            }
                            dictops::set_str(ds.get_ref(), name.clone(), v);
                            continue;
                        }
                    }
                    tryv!(self.setattr(&o, name, v));
                    self.fill_instance_attr_cache(slot, &o, name);
                }
                Op::DELETE_ATTR => {
                    let o = pop!();
                    let name = cd.names[arg as usize].clone();
                    tryv!(self.delattr(&o, &name));
                }
                Op::LOAD_METHOD => {
                    let o = pop!();
                    let name = &cd.names[arg as usize];
                    let slot = &cd.attr_cache[arg as usize];
                    let c = slot.get();
                    if c.kind == ATTR_METHOD
                        && c.ty == o.ty() as *const TypeObject as usize
                        && c.epoch == type_epoch()
                        && instance_dict_get(&o, name).is_none()
                    {
                        // SAFETY: the type's dict holds the function while the epoch is unchanged.
                        let m = unsafe { Value::from_borrowed_ptr(c.value as *const ObjHeader) };
                        push!(m);
                        push!(o);
                        continue;
                    }
                    let (m, self_) = tryv!(self.load_method(&o, name));
                    if self_.is_some()
                        && m.downcast::<FunctionData>().is_some()
                        && self.type_hooks(o.ty()) == 0
                    {
                        slot.set(AttrCache {
                            ty: o.ty() as *const TypeObject as usize,
                            epoch: type_epoch(),
                            kind: ATTR_METHOD,
                            value: m.raw(),
                        });
                    }
                    match self_ {
                        Some(s) => {
                            push!(m);
                            push!(s);
                        }
                        None => {
                            push!(Value::NULL);
                            push!(m);
                        }
                    }
                }
                Op::CALL_FUNCTION
                | Op::CALL_METHOD
                | Op::CALL_FUNCTION_KW
                | Op::CALL_FUNCTION_EX
                    if crate::builtins::gen::FINALIZERS_PENDING
                        .load(std::sync::atomic::Ordering::Relaxed) =>
                {
                    // Close generators dropped while suspended in try/with
                    // blocks before the next call, then run the call itself.
                    // Warnings first, at the location recorded before this
                    // instruction (nearer to where the object died).
                    crate::builtins::gen::warn_never_awaited(self);
                    save_pc!();
                    crate::builtins::gen::run_pending_finalizers(self);
                    pc -= 1;
                }
                Op::CALL_METHOD => {
                    let argc = arg as usize;
                    let n = self.stack.len();
                    // Layout: [meth, self, args...] or [NULL, callable, args...].
                    let callable_pos = n - argc - 2;
                    let nargs = if self.stack[callable_pos].is_null() {
                        self.stack.remove(callable_pos);
                        argc
                    } else {
                        argc + 1
                    };
                    call_on_stack!(callable_pos, nargs);
                }
                Op::CALL_FUNCTION => {
                    let argc = arg as usize;
                    call_on_stack!(self.stack.len() - argc - 1, argc);
                }
                Op::CALL_FUNCTION_KW => {
                    let names = pop!();
                    let argc = arg as usize;
                    let fpos = self.stack.len() - argc - 1;
                    let f = self.stack[fpos].clone();
                    let args: Vec<Value> = self.stack.drain(fpos + 1..).collect();
                    self.stack.pop();
                    let kw = tuple_items(&names).map(|t| t.to_vec()).unwrap_or_default();
                    // The callee may look at its caller's position
                    // (sys._getframe(1).f_lineno, an awaited call site).
                    save_pc!();
                    let r = tryv!(self.call(&f, &args, &kw));
                    push!(r);
                }
                Op::CALL_FUNCTION_EX => {
                    let kwargs = if arg & 1 != 0 { Some(pop!()) } else { None };
                    let pargs = pop!();
                    let f = pop!();
                    save_pc!();
                    let r = tryv!(self.call_ex(&f, &pargs, kwargs.as_ref()));
                    push!(r);
                }
                Op::RETURN_VALUE => {
                    let v = pop!();
                    let f = self.pop_frame_values();
                    if f.entry {
                        self.stack.truncate(f.base);
                        if !f.generator.is_null() {
                            self.finish_generator(&f.generator);
                        }
                        return Ok(Exit::Return(v));
                    }
                    // The callable sat just below the callee's locals.
                    self.stack.truncate(f.base - 1);
                    self.depth -= 1;
                    // The caller reserved its stack on entry: no reserve here.
                    let caller = self.frames.last().expect("frame");
                    // SAFETY: the caller frame's `code` keeps its code object alive.
                    cd = unsafe { &*(code_data(&caller.code) as *const CodeData) };
                    code = &cd.code;
                    pc = caller.pc;
                    base = caller.base;
                    push!(v);
                    // The callee's locals died with its frame.
                    finalize_after_del!();
                }
                Op::MAKE_FUNCTION => {
                    let qualname = pop!();
                    let codeobj = pop!();
                    let closure = if arg & bytecode::make_function::CLOSURE != 0 {
                        pop!()
                    } else {
                        Value::NULL
                    };
                    let annotations = if arg & bytecode::make_function::ANNOTATIONS != 0 {
                        pop!()
                    } else {
                        Value::NULL
                    };
                    let kwdefaults = if arg & bytecode::make_function::KWDEFAULTS != 0 {
                        pop!()
                    } else {
                        Value::NULL
                    };
                    let defaults = if arg & bytecode::make_function::DEFAULTS != 0 {
                        pop!()
                    } else {
                        Value::NULL
                    };
                    let globals = self.frames.last().expect("frame").globals.clone();
                    let f = crate::builtins::func::new_function(
                        self,
                        codeobj,
                        globals,
                        qualname,
                        defaults,
                        kwdefaults,
                        annotations,
                        closure,
                    );
                    push!(f);
                }
                Op::BUILD_TUPLE => {
                    let n = self.stack.len() - arg as usize;
                    let items: Vec<Value> = self.stack.drain(n..).collect();
                    push!(new_tuple(items));
                }
                Op::BUILD_LIST => {
                    let n = self.stack.len() - arg as usize;
                    let items: Vec<Value> = self.stack.drain(n..).collect();
                    push!(new_list(items));
                }
                Op::BUILD_SET => {
                    let n = self.stack.len() - arg as usize;
                    let items: Vec<Value> = self.stack.drain(n..).collect();
                    let s = new_set();
                    for it in items {
                        tryv!(dictops::set_add(self, &s, it));
                    }
                    push!(s);
                }
                Op::BUILD_MAP => {
                    let n = self.stack.len() - 2 * arg as usize;
                    let items: Vec<Value> = self.stack.drain(n..).collect();
                    let d = new_dict_with_capacity(arg as usize);
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        tryv!(dictops::set(self, &d, k, v));
                    }
                    push!(d);
                }
                Op::BUILD_CONST_KEY_MAP => {
                    let keys = pop!();
                    let n = self.stack.len() - arg as usize;
                    let vals: Vec<Value> = self.stack.drain(n..).collect();
                    let d = new_dict_with_capacity(arg as usize);
                    let ks = tuple_items(&keys).map(|t| t.to_vec()).unwrap_or_default();
                    for (k, v) in ks.into_iter().zip(vals) {
                        tryv!(dictops::set(self, &d, k, v));
                    }
                    push!(d);
                }
                Op::BUILD_STRING => {
                    let n = self.stack.len() - arg as usize;
                    let mut s = String::new();
                    for v in &self.stack[n..] {
                        s.push_str(v.as_str().unwrap_or(""));
                    }
                    self.stack.truncate(n);
                    push!(new_string(s));
                }
                Op::BUILD_SLICE => {
                    let step = if arg == 3 { pop!() } else { Value::none() };
                    let stop = pop!();
                    let start = pop!();
                    push!(alloc(&SLICE_TYPE, SliceData { start, stop, step }));
                }
                Op::BUILD_LIST_UNPACK
                | Op::BUILD_TUPLE_UNPACK
                | Op::BUILD_TUPLE_UNPACK_WITH_CALL
                | Op::BUILD_SET_UNPACK => {
                    let n = self.stack.len() - arg as usize;
                    let parts: Vec<Value> = self.stack.drain(n..).collect();
                    let mut items = Vec::new();
                    for p in &parts {
                        match self.collect_iterable(p) {
                            Ok(v) => items.extend(v),
                            Err(e) => {
                                save_pc!();
                                if instr.op == Op::BUILD_TUPLE_UNPACK_WITH_CALL
                                    && e.is_instance(&exc::TYPE_ERROR)
                                    && !self.is_iterable(p)
                                {
                                    let fname = self.describe_callable(&self.stack[n - 1].clone());
                                    return Err(self.type_error(format!(
                                        "{fname} argument after * must be an iterable, not {}",
                                        p.ty().name()
                                    )));
                                }
                                return Err(e);
                            }
                        }
                    }
                    let r = match instr.op {
                        Op::BUILD_LIST_UNPACK => new_list(items),
                        Op::BUILD_SET_UNPACK => {
                            let s = new_set();
                            for it in items {
                                tryv!(dictops::set_add(self, &s, it));
                            }
                            s
                        }
                        _ => new_tuple(items),
                    };
                    push!(r);
                }
                Op::BUILD_MAP_UNPACK | Op::BUILD_MAP_UNPACK_WITH_CALL => {
                    let n = self.stack.len() - arg as usize;
                    let parts: Vec<Value> = self.stack.drain(n..).collect();
                    let d = new_dict();
                    for p in &parts {
                        let items = match self.mapping_items(p) {
                            Ok(i) => i,
                            Err(e) => {
                                save_pc!();
                                if instr.op == Op::BUILD_MAP_UNPACK_WITH_CALL
                                    && e.is_instance(&exc::ATTRIBUTE_ERROR)
                                {
                                    let fname = self.describe_callable(&self.stack[n - 2].clone());
                                    return Err(self.type_error(format!(
                                        "{fname} argument after ** must be a mapping, not {}",
                                        p.ty().name()
                                    )));
                                }
                                return Err(e);
                            }
                        };
                        for (k, v) in items {
                            if instr.op == Op::BUILD_MAP_UNPACK_WITH_CALL
                                && tryv!(dictops::get(self, &d, &k)).is_some()
                            {
                                save_pc!();
                                let fname = self.describe_callable(&self.stack[n - 2].clone());
                                let ks = k.as_str().unwrap_or("?").to_string();
                                return Err(self.type_error(format!(
                                    "{fname} got multiple values for keyword argument '{ks}'"
                                )));
                            }
                            tryv!(dictops::set(self, &d, k, v));
                        }
                    }
                    push!(d);
                }
                Op::LIST_APPEND => {
                    let v = pop!();
                    let n = self.stack.len();
                    let l = &self.stack[n - arg as usize];
                    l.downcast::<ListData>().expect("list").vec().push(v);
                }
                Op::SET_ADD => {
                    let v = pop!();
                    let n = self.stack.len();
                    let s = self.stack[n - arg as usize].clone();
                    tryv!(dictops::set_add(self, &s, v));
                }
                Op::MAP_ADD => {
                    let v = pop!();
                    let k = pop!();
                    let n = self.stack.len();
                    let d = self.stack[n - arg as usize].clone();
                    tryv!(dictops::set(self, &d, k, v));
                }
                Op::UNPACK_SEQUENCE => {
                    let seq = pop!();
                    let n = arg as usize;
                    let items: Vec<Value> =
                        if let Some(t) = tuple_items(&seq).filter(|t| t.len() == n) {
                            t.to_vec()
                        } else if let Some(l) = seq
                            .downcast::<ListData>()
                            .filter(|l| seq.is_exact(&LIST_TYPE) && l.vec().len() == n)
                        {
                            l.vec().clone()
                        } else {
                            tryv!(self.unpack_iterable(&seq, n, None))
                        };
                    for v in items.into_iter().rev() {
                        push!(v);
                    }
                }
                Op::UNPACK_EX => {
                    let seq = pop!();
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let items = tryv!(self.unpack_iterable(&seq, before, Some(after)));
                    for v in items.into_iter().rev() {
                        push!(v);
                    }
                }
                Op::GET_ITER => {
                    let v = pop!();
                    let it = tryv!(self.iter(&v));
                    push!(it);
                }
                Op::GET_YIELD_FROM_ITER => {
                    let v = top!().clone();
                    if v.downcast::<GeneratorData>().is_none() {
                        let it = tryv!(self.iter(&v));
                        pop!();
                        push!(it);
                    }
                }
                Op::FOR_ITER => {
                    let it = top!().clone();
                    match tryv!(self.next(&it)) {
                        Some(v) => push!(v),
                        None => {
                            pop!();
                            pc = arg as usize;
                        }
                    }
                }
                Op::SETUP_FINALLY => {
                    let level = self.stack.len();
                    self.blocks.push(Block {
                        kind: BlockKind::Finally,
                        handler: arg,
                        level,
                        saved: Value::NULL,
                    });
                }
                Op::POP_BLOCK => {
                    self.blocks.pop();
                }
                Op::POP_EXCEPT => {
                    let b = self.blocks.pop().expect("except handler block");
                    debug_assert_eq!(b.kind, BlockKind::ExceptHandler);
                    self.handled = b.saved;
                }
                Op::RERAISE => {
                    let e = pop!();
                    save_pc!();
                    return Err(PyErr {
                        exc: e,
                        reraise: true,
                    });
                }
                Op::RAISE_VARARGS => {
                    save_pc!();
                    let err = match arg {
                        0 => {
                            let h = self.handled.clone();
                            if h.is_null() || h.is_none() {
                                self.runtime_error("No active exception to reraise")
                            } else {
                                PyErr {
                                    exc: h,
                                    reraise: true,
                                }
                            }
                        }
                        1 => {
                            let e = pop!();
                            self.make_exception(&e)?
                        }
                        _ => {
                            let cause = pop!();
                            let e = pop!();
                            let err = self.make_exception(&e)?;
                            let cause = if cause.is_none() {
                                cause
                            } else if cause.as_type().is_some()
                                || cause.downcast::<ExceptionData>().is_some()
                            {
                                self.make_exception(&cause)?.exc
                            } else {
                                return Err(self.type_error(
                                    "exception causes must derive from BaseException",
                                ));
                            };
                            let d = err.data();
                            d.cause.set(cause);
                            d.suppress_context.set(true);
                            err
                        }
                    };
                    return Err(err);
                }
                Op::LOAD_ASSERTION_ERROR => push!(exc::ASSERTION_ERROR.to_value()),
                Op::SETUP_WITH => {
                    let mgr = pop!();
                    save_pc!();
                    let (exit_bound, r) = self.enter_context(&mgr, "__enter__", "__exit__")?;
                    push!(exit_bound);
                    let level = self.stack.len();
                    self.blocks.push(Block {
                        kind: BlockKind::Finally,
                        handler: arg,
                        level,
                        saved: Value::NULL,
                    });
                    push!(r);
                }
                Op::WITH_EXCEPT_START => {
                    let n = self.stack.len();
                    let e = self.stack[n - 1].clone();
                    let exit = self.stack[n - 2].clone();
                    let ty = e.ty().to_value();
                    let tb = e
                        .downcast::<ExceptionData>()
                        .map(|d| d.traceback.get())
                        .unwrap_or(Value::NULL);
                    let tb = if tb.is_null() { Value::none() } else { tb };
                    let r = tryv!(self.call(&exit, &[ty, e, tb], &[]));
                    push!(r);
                }
                Op::YIELD_VALUE => {
                    let v = pop!();
                    save_pc!();
                    return Ok(Exit::Yield(v));
                }
                Op::GET_AWAITABLE => {
                    use crate::builtins::coro::{get_awaitable_in, AwaitContext};
                    let v = pop!();
                    let ctx = match pc.checked_sub(2).map(|i| code.instructions[i].op) {
                        Some(Op::BEFORE_ASYNC_WITH) => AwaitContext::AEnter,
                        Some(Op::WITH_EXCEPT_START) => AwaitContext::AExit,
                        _ => AwaitContext::Await,
                    };
                    let a = tryv!(get_awaitable_in(self, v, ctx));
                    push!(a);
                }
                Op::GET_AITER => {
                    let v = pop!();
                    let a = tryv!(crate::builtins::coro::get_aiter(self, &v));
                    push!(a);
                }
                Op::GET_ANEXT => {
                    let aiter = top!().clone();
                    let a = tryv!(crate::builtins::coro::get_anext(self, &aiter));
                    push!(a);
                }
                Op::BEFORE_ASYNC_WITH => {
                    let mgr = pop!();
                    save_pc!();
                    let (exit_bound, r) = self.enter_context(&mgr, "__aenter__", "__aexit__")?;
                    push!(exit_bound);
                    push!(r);
                }
                Op::SETUP_ASYNC_WITH => {
                    let r = pop!();
                    let level = self.stack.len();
                    self.blocks.push(Block {
                        kind: BlockKind::Finally,
                        handler: arg,
                        level,
                        saved: Value::NULL,
                    });
                    push!(r);
                }
                Op::END_ASYNC_FOR => {
                    let e = pop!();
                    if !e.ty().is_subtype(&exc::STOP_ASYNC_ITERATION) {
                        save_pc!();
                        return Err(PyErr {
                            exc: e,
                            reraise: true,
                        });
                    }
                    let b = self.blocks.pop().expect("except handler block");
                    debug_assert_eq!(b.kind, BlockKind::ExceptHandler);
                    self.handled = b.saved;
                    pop!();
                }
                Op::YIELD_FROM => {
                    let v = pop!();
                    let sub = top!().clone();
                    save_pc!();
                    match self.send_to(&sub, v)? {
                        Exit::Yield(y) => {
                            // Re-run YIELD_FROM on resumption.
                            pc -= 1;
                            save_pc!();
                            if frame!().eager {
                                self.suspend_eager_frames();
                            }
                            return Ok(Exit::Yield(y));
                        }
                        Exit::Return(r) => {
                            pop!();
                            push!(r);
                        }
                    }
                }
                Op::LOAD_BUILD_CLASS => {
                    let bc = self.names.__build_class__.clone();
                    match dictops::get_str_key(&self.builtins, &bc) {
                        Some(v) => push!(v),
                        None => {
                            save_pc!();
                            return Err(self.name_error("__build_class__ not found"));
                        }
                    }
                }
                Op::SETUP_ANNOTATIONS => {
                    let locals = self.frames.last().expect("frame").locals.clone();
                    let key = self.names.__annotations__.clone();
                    if dictops::get_str_key(&locals, &key).is_none() {
                        dictops::set_str(&locals, key, new_dict());
                    }
                }
                Op::IMPORT_NAME => {
                    let fromlist = pop!();
                    let level = pop!();
                    let name = cd.names[arg as usize].clone();
                    let globals = self.frames.last().expect("frame").globals.clone();
                    save_pc!();
                    let m = self.import_name(&name, &globals, &fromlist, &level)?;
                    push!(m);
                }
                Op::IMPORT_FROM => {
                    let m = top!().clone();
                    let name = cd.names[arg as usize].clone();
                    save_pc!();
                    let v = self.import_from(&m, &name)?;
                    push!(v);
                }
                Op::IMPORT_STAR => {
                    let m = pop!();
                    let locals = self.frames.last().expect("frame").locals.clone();
                    save_pc!();
                    self.import_star(&m, &locals)?;
                }
                Op::PRINT_EXPR => {
                    let v = pop!();
                    save_pc!();
                    self.display_hook(&v)?;
                }
                Op::FORMAT_VALUE => {
                    let spec = if arg & bytecode::format_value::HAS_SPEC != 0 {
                        Some(pop!())
                    } else {
                        None
                    };
                    let v = pop!();
                    let v = match arg & bytecode::format_value::CONVERSION_MASK {
                        bytecode::format_value::STR => new_string(tryv!(self.str_of(&v))),
                        bytecode::format_value::REPR => new_string(tryv!(self.repr(&v))),
                        bytecode::format_value::ASCII => {
                            new_string(crate::builtins::ascii_of(&tryv!(self.repr(&v))))
                        }
                        _ => v,
                    };
                    let r = match spec {
                        None if v.is_exact(&STR_TYPE) => v,
                        None => new_string(tryv!(self.format(&v, ""))),
                        Some(s) => {
                            let s = s.as_str().unwrap_or("").to_string();
                            new_string(tryv!(self.format(&v, &s)))
                        }
                    };
                    push!(r);
                }
            }
        }
    }

    /// Records in `slot` that `name` on instances of `o`'s type is a plain
    /// instance-dict attribute, when that is so.
    fn fill_instance_attr_cache(
        &mut self,
        slot: &std::cell::Cell<AttrCache>,
        o: &Value,
        name: &Value,
    ) {
        let ty = o.ty();
        if !ty.is_heap() || ty.layout != Layout::Object || o.dict_slot().is_none() {
            return;
        }
        // Special names (`__class__`, `__dict__`) are never plain instance attributes.
        if name
            .as_str()
            .is_none_or(|n| n.starts_with("__") && n.ends_with("__"))
        {
            return;
        }
        if self.type_hooks(ty) != 0 || self.type_lookup_v(ty, name).is_some() {
            return;
        }
        slot.set(AttrCache {
            ty: ty as *const TypeObject as usize,
            epoch: type_epoch(),
            kind: ATTR_INSTANCE,
            value: 0,
        });
    }

    /// Makes room for a frame's operand stack (plus slack for the NULL
    /// marker of LOAD_METHOD and other fixed extras).
    #[inline(always)]
    fn reserve_stack(&mut self, code: &CodeObject) {
        self.stack.reserve(code.stacksize as usize + 8);
    }

    fn unbound_deref(&mut self, code: &CodeObject, idx: usize) -> PyErr {
        if idx < code.cellvars.len() {
            let name = code.cellvars[idx].clone();
            self.new_error(
                &exc::UNBOUND_LOCAL_ERROR,
                format!("local variable '{name}' referenced before assignment"),
            )
        } else {
            let name = code.freevars[idx - code.cellvars.len()].clone();
            self.name_error(format!(
                "free variable '{name}' referenced before assignment in enclosing scope"
            ))
        }
    }

    /// Builds the exception to raise from `raise X`.
    fn make_exception(&mut self, e: &Value) -> PyResult<PyErr> {
        if e.downcast::<ExceptionData>().is_some() {
            return Ok(PyErr::new(e.clone()));
        }
        if let Some(t) = e.as_type() {
            if t.is_subtype(&exc::BASE_EXCEPTION) {
                let inst = self.call(e, &[], &[])?;
                if inst.downcast::<ExceptionData>().is_none() {
                    return Err(self.type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        t.name(),
                        inst.ty().name()
                    )));
                }
                return Ok(PyErr::new(inst));
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// If the callable at `stack[fpos]` is a plain Python function, pushes
    /// its frame (arguments already in place) and returns true.
    #[inline]
    fn try_push_py_frame(
        &mut self,
        fpos: usize,
        nargs: usize,
        kwnames: &[Value],
    ) -> PyResult<bool> {
        let f = &self.stack[fpos];
        let Some(fd) = f.downcast::<FunctionData>() else {
            return Ok(false);
        };
        let code_v = fd.code.clone();
        let cd = code_data(&code_v);
        let code = &cd.code;
        let mut eager = false;
        {
            use bytecode::code_flags as cf;
            if code.flags & (cf::GENERATOR | cf::COROUTINE | cf::ASYNC_GENERATOR) != 0 {
                // A coroutine whose result the caller awaits at once runs
                // eagerly, in this loop like a plain call; everything else
                // that suspends gets its object from `Vm::call`.
                if code.flags & cf::COROUTINE == 0 || !self.eager_coro || !self.at_awaited_call() {
                    return Ok(false);
                }
                eager = true;
            }
        }
        let base = fpos + 1;
        let simple = kwnames.is_empty()
            && nargs == code.argcount as usize
            && code.kwonlyargcount == 0
            && code.flags & (bytecode::code_flags::VARARGS | bytecode::code_flags::VARKEYWORDS)
                == 0;
        let closure = fd.closure.clone();
        let globals = fd.globals.clone();
        if simple {
            let extra = code.varnames.len() + cd.cell_names.len() - nargs;
            let n = self.stack.len();
            self.stack.resize_with(n + extra, || Value::NULL);
        } else {
            let func = self.stack[fpos].clone();
            let args: Vec<Value> = self.stack.drain(base..).collect();
            let n = code.varnames.len() + cd.cell_names.len();
            self.stack.resize_with(base + n, || Value::NULL);
            if let Err(e) = self.bind_args(&func, cd, &args, kwnames, base) {
                self.stack.truncate(fpos);
                return Err(e);
            }
        }
        if !cd.cell_names.is_empty() {
            self.init_cells(cd, base, &closure);
        }
        self.depth += 1;
        self.steps_left = self.steps_left.saturating_sub(1);
        let interrupted = crate::signals::take_sigint();
        if self.depth > self.recursion_limit || self.steps_left == 0 || interrupted {
            self.depth -= 1;
            self.stack.truncate(fpos);
            if interrupted {
                return Err(self.keyboard_interrupt());
            }
            if self.steps_left == 0 {
                return Err(self.budget_exhausted());
            }
            return Err(self.new_error(&exc::RECURSION_ERROR, "maximum recursion depth exceeded"));
        }
        let func = self.stack[fpos].clone();
        if eager {
            // The callee's return value lands past the caller's
            // GET_AWAITABLE, LOAD_CONST None, YIELD_FROM.
            self.frames.last_mut().expect("frame").pc += AWAIT_SEQUENCE_LEN;
        }
        self.frames.push(Frame {
            code: code_v,
            globals,
            locals: Value::NULL,
            func,
            base,
            pc: 0,
            block_base: self.blocks.len(),
            entry: false,
            eager,
            generator: Value::NULL,
        });
        Ok(true)
    }

    /// `with` / `async with` entry: the manager's bound exit method and the
    /// result of calling its enter method. A missing method is an
    /// AttributeError naming it; CPython 3.8 checks `__enter__` first for
    /// `with` and `__aexit__` first for `async with`.
    fn enter_context(&mut self, mgr: &Value, enter: &str, exit: &str) -> PyResult<(Value, Value)> {
        let en = self.lookup_special(mgr, enter);
        let ex = self.lookup_special(mgr, exit);
        let exit_first = enter == "__aenter__";
        let (en, ex) = match (en, ex) {
            (Some(en), Some(ex)) => (en, ex),
            (None, Some(_)) => return Err(self.attribute_error(enter)),
            (Some(_), None) => return Err(self.attribute_error(exit)),
            (None, None) => {
                return Err(self.attribute_error(if exit_first { exit } else { enter }))
            }
        };
        let exit_bound = self.bind_descriptor(&ex, Some(mgr), &mgr.ty().to_value())?;
        let r = self.call_method_obj(&en, mgr, &[])?;
        Ok((exit_bound, r))
    }

    /// Whether the running frame's next instruction awaits the result of the
    /// call being made (GET_AWAITABLE marked by the compiler).
    fn at_awaited_call(&self) -> bool {
        let f = self.frames.last().expect("frame");
        let cd = code_data(&f.code);
        cd.code
            .instructions
            .get(f.pc)
            .is_some_and(|i| i.op == Op::GET_AWAITABLE && i.arg == 1)
    }

    /// An eagerly run coroutine frame (the top frame) suspends: it becomes a
    /// coroutine object, and its caller continues as though it had awaited
    /// that object and the object had yielded: suspended in its YIELD_FROM
    /// with the coroutine as the sub-iterator. Repeats for callers that were
    /// themselves running eagerly, up to a frame with an object of its own.
    fn suspend_eager_frames(&mut self) {
        while self.frames.last().is_some_and(|f| f.eager) {
            let f = self.frames.pop().expect("frame");
            let values: Vec<Value> = self.stack.drain(f.base..).collect();
            let blocks: Vec<Block> = self
                .blocks
                .drain(f.block_base..)
                .map(|b| Block {
                    level: b.level - f.base,
                    ..b
                })
                .collect();
            // The callable sat just below the callee's locals.
            self.stack.truncate(f.base - 1);
            self.depth -= 1;
            let func = f.func.clone();
            let coro = crate::builtins::gen::wrap_frame(
                f,
                values,
                blocks,
                &func,
                GenKind::Coroutine,
                true,
            );
            let caller = self.frames.last_mut().expect("awaiting frame");
            caller.pc -= 1;
            self.stack.push(coro);
        }
    }

    /// Sends a value into a generator or iterator (for YIELD_FROM).
    fn send_to(&mut self, sub: &Value, v: Value) -> PyResult<Exit> {
        if sub.downcast::<GeneratorData>().is_some() {
            return crate::builtins::gen::resume(self, sub, v, None);
        }
        if sub.downcast::<AwaitData>().is_some() {
            return crate::builtins::coro::await_send(self, sub, v, None);
        }
        let r = if v.is_none() {
            self.next(sub)?
        } else {
            let send = self.names.send.clone();
            let m = self.getattr(sub, &send)?;
            match self.call(&m, &[v], &[]) {
                Ok(r) => Some(r),
                Err(e) if e.is_instance(&exc::STOP_ITERATION) => {
                    return Ok(Exit::Return(stop_iteration_value(&e)));
                }
                Err(e) => return Err(e),
            }
        };
        Ok(match r {
            Some(y) => Exit::Yield(y),
            None => Exit::Return(self.take_stop_value()),
        })
    }

    /// The value of the StopIteration that ended the last `next` (None).
    pub fn take_stop_value(&mut self) -> Value {
        std::mem::replace(&mut self.last_stop_value, Value::none())
    }
}

/// `StopIteration.value` of an error.
pub fn stop_iteration_value(e: &PyErr) -> Value {
    e.data()
        .args
        .get()
        .downcast::<TupleData>()
        .and_then(|t| t.items.first().cloned())
        .unwrap_or_else(Value::none)
}

#[inline(always)]
fn binop_of(op: Op) -> BinOp {
    match op {
        Op::BINARY_ADD | Op::INPLACE_ADD => BinOp::Add,
        Op::BINARY_SUBTRACT | Op::INPLACE_SUBTRACT => BinOp::Sub,
        Op::BINARY_MULTIPLY | Op::INPLACE_MULTIPLY => BinOp::Mul,
        Op::BINARY_MATRIX_MULTIPLY | Op::INPLACE_MATRIX_MULTIPLY => BinOp::MatMul,
        Op::BINARY_POWER | Op::INPLACE_POWER => BinOp::Pow,
        Op::BINARY_MODULO | Op::INPLACE_MODULO => BinOp::Mod,
        Op::BINARY_FLOOR_DIVIDE | Op::INPLACE_FLOOR_DIVIDE => BinOp::FloorDiv,
        Op::BINARY_TRUE_DIVIDE | Op::INPLACE_TRUE_DIVIDE => BinOp::TrueDiv,
        Op::BINARY_LSHIFT | Op::INPLACE_LSHIFT => BinOp::LShift,
        Op::BINARY_RSHIFT | Op::INPLACE_RSHIFT => BinOp::RShift,
        Op::BINARY_AND | Op::INPLACE_AND => BinOp::And,
        Op::BINARY_XOR | Op::INPLACE_XOR => BinOp::Xor,
        _ => BinOp::Or,
    }
}

/// LOAD_GLOBAL through the per-name inline cache: a hit is two version
/// compares and an indexed load; a miss looks the name up and refills it.
#[inline(always)]
fn load_global_cached(
    cd: &CodeData,
    idx: usize,
    globals: &Value,
    builtins: &Value,
) -> Option<Value> {
    let (Some(g), Some(b)) = (
        globals.downcast::<DictData>(),
        builtins.downcast::<DictData>(),
    ) else {
        return None;
    };
    let (gt, bt) = (g.table(), b.table());
    let slot = &cd.global_cache[idx];
    let c = slot.get();
    if c.globals_keys == gt.keys_version {
        let table = if c.builtins_keys == 0 {
            Some(&*gt)
        } else if c.builtins_keys == bt.keys_version {
            Some(&*bt)
        } else {
            None
        };
        if let Some(t) = table {
            let e = &t.entries[c.index as usize];
            return Some(e.value.clone());
        }
    }
    let name = &cd.names[idx];
    let ks = name.downcast::<StrData>()?;
    let h = crate::vm::convert::str_hash(ks);
    let eq = |k: &Value| k.is(name) || k.downcast::<StrData>().is_some_and(|s| s.s == ks.s);
    if let Some(i) = gt.find_with(h, eq) {
        slot.set(GlobalCache {
            globals_keys: gt.keys_version,
            builtins_keys: 0,
            index: i as u32,
        });
        return Some(gt.entries[i].value.clone());
    }
    let i = bt.find_with(h, eq)?;
    slot.set(GlobalCache {
        globals_keys: gt.keys_version,
        builtins_keys: bt.keys_version,
        index: i as u32,
    });
    Some(bt.entries[i].value.clone())
}

/// An attribute from an object's instance `__dict__`, if it has one there.
#[inline(always)]
fn instance_dict_get(o: &Value, name: &Value) -> Option<Value> {
    let slot = o.dict_slot()?;
    let d = slot.get_ref();
    if d.is_null() {
        return None;
    }
    dictops::get_str_key(d, name)
}

/// The value of an exact `float` (not a subclass), for arithmetic fast paths.
#[inline(always)]
fn exact_float(v: &Value) -> Option<f64> {
    if v.is_ptr() && v.is_exact(&FLOAT_TYPE) {
        // SAFETY: the exact float type's instances carry FloatData.
        Some(unsafe { v.payload_unchecked::<FloatData>() }.0)
    } else {
        None
    }
}

/// `a op= b` for two exact floats and the four arithmetic operators.
#[inline(always)]
fn float_inplace(a: &Value, b: &Value, op: BinOp) -> Option<f64> {
    let (x, y) = (exact_float(a)?, exact_float(b)?);
    match op {
        BinOp::Add => Some(x + y),
        BinOp::Sub => Some(x - y),
        BinOp::Mul => Some(x * y),
        BinOp::TrueDiv if y != 0.0 => Some(x / y),
        _ => None,
    }
}
