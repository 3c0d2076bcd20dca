//! Function objects and code objects.

use std::rc::Rc;

use crate::bytecode::{CodeObject, Const};
use crate::object::*;
use crate::vm::convert::*;
use crate::vm::{dictops, PyResult, Vm};

/// Turns a compile-time constant into an object.
pub fn const_to_value(vm: &mut Vm, c: &Const) -> Value {
    match c {
        Const::None => Value::none(),
        Const::Bool(b) => Value::bool(*b),
        Const::Ellipsis => ELLIPSIS.value(),
        Const::Int(i) => new_bigint(i.clone()),
        Const::Float(f) => new_float(*f),
        Const::Complex { re, im } => new_complex(*re, *im),
        Const::Str(s) => vm.intern(s),
        Const::Bytes(b) => new_bytes(b.to_vec()),
        Const::Tuple(items) => new_tuple(items.iter().map(|c| const_to_value(vm, c)).collect()),
        Const::FrozenSet(items) => {
            let vals: Vec<Value> = items.iter().map(|c| const_to_value(vm, c)).collect();
            crate::builtins::frozenset_of(vm, vals)
                .unwrap_or_else(|_| new_set_of_type(&FROZENSET_TYPE))
        }
        Const::Code(code) => new_code(vm, code.clone()),
    }
}

/// A runtime code object for compiled code.
pub fn new_code(vm: &mut Vm, code: Rc<CodeObject>) -> Value {
    let consts = code.consts.iter().map(|c| const_to_value(vm, c)).collect();
    let names = code.names.iter().map(|n| vm.intern(n)).collect();
    let varnames = code.varnames.iter().map(|n| vm.intern(n)).collect();
    let cell_names = code
        .cellvars
        .iter()
        .chain(code.freevars.iter())
        .map(|n| vm.intern(n))
        .collect();
    let filename = vm.intern(&code.filename);
    let name = vm.intern(&code.name);
    let global_cache = (0..code.names.len())
        .map(|_| std::cell::Cell::new(GlobalCache::default()))
        .collect();
    let attr_cache = (0..code.names.len())
        .map(|_| std::cell::Cell::new(AttrCache::default()))
        .collect();
    alloc(
        &CODE_TYPE,
        CodeData {
            code,
            global_cache,
            attr_cache,
            consts,
            names,
            varnames,
            cell_names,
            filename,
            name,
        },
    )
}

#[allow(clippy::too_many_arguments)]
pub fn new_function(
    vm: &mut Vm,
    code: Value,
    globals: Value,
    qualname: Value,
    defaults: Value,
    kwdefaults: Value,
    annotations: Value,
    closure: Value,
) -> Value {
    let cd = code.downcast::<CodeData>().expect("code");
    let name = cd.name.clone();
    let doc = match cd.consts.first() {
        Some(d)
            if d.is_exact(&STR_TYPE)
                && cd.code.flags & crate::bytecode::code_flags::OPTIMIZED != 0 =>
        {
            d.clone()
        }
        _ => Value::none(),
    };
    let module =
        dictops::get_str_key(&globals, &vm.names.__name__.clone()).unwrap_or_else(Value::none);
    alloc(
        &FUNCTION_TYPE,
        FunctionData {
            code,
            globals,
            name: Slot::new(name),
            qualname: Slot::new(qualname),
            defaults: Slot::new(defaults),
            kwdefaults: Slot::new(kwdefaults),
            closure,
            doc: Slot::new(doc),
            module: Slot::new(module),
            annotations: Slot::new(annotations),
            dict: Slot::null(),
        },
    )
}

pub fn function_getattr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let f = obj.downcast::<FunctionData>().expect("function");
    let or_none = |v: Value| if v.is_null() { Value::none() } else { v };
    Ok(Some(match name {
        "__name__" => f.name.get(),
        "__qualname__" => f.qualname.get(),
        "__doc__" => or_none(f.doc.get()),
        "__module__" => or_none(f.module.get()),
        "__defaults__" => or_none(f.defaults.get()),
        "__kwdefaults__" => or_none(f.kwdefaults.get()),
        "__code__" => f.code.clone(),
        "__globals__" => f.globals.clone(),
        "__closure__" => or_none(f.closure.clone()),
        "__annotations__" => {
            let a = f.annotations.get();
            if a.is_null() || a.is_none() {
                let d = new_dict();
                f.annotations.set(d.clone());
                d
            } else {
                a
            }
        }
        "__dict__" => {
            let d = f.dict.get();
            if d.is_null() {
                let d = new_dict();
                f.dict.set(d.clone());
                d
            } else {
                d
            }
        }
        _ => {
            let d = f.dict.get();
            if !d.is_null() {
                let k = vm.intern(name);
                if let Some(v) = dictops::get_str_key(&d, &k) {
                    return Ok(Some(v));
                }
            }
            return Ok(None);
        }
    }))
}

pub fn function_setattr(
    vm: &mut Vm,
    obj: &Value,
    name: &Value,
    value: Option<Value>,
) -> PyResult<Option<()>> {
    let f = obj.downcast::<FunctionData>().expect("function");
    let n = name.as_str().unwrap_or("");
    let v = value.clone().unwrap_or_else(Value::none);
    // CPython's type checks on the function's own attributes.
    let must_be = |what: &str| format!("{n} must be set to a {what} object");
    match n {
        "__name__" | "__qualname__" if v.downcast::<StrData>().is_none() => {
            return Err(vm.type_error(must_be("string")));
        }
        "__defaults__" if !v.is_none() && tuple_items(&v).is_none() => {
            return Err(vm.type_error(must_be("tuple")));
        }
        "__kwdefaults__" | "__annotations__"
            if !v.is_none() && v.downcast::<DictData>().is_none() =>
        {
            return Err(vm.type_error(must_be("dict")));
        }
        "__dict__" => {
            return match &value {
                Some(d) if d.downcast::<DictData>().is_some() => {
                    f.dict.set(d.clone());
                    Ok(Some(()))
                }
                Some(d) => Err(vm.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    d.ty().name()
                ))),
                None => Err(vm.type_error("cannot delete __dict__")),
            };
        }
        "__globals__" | "__closure__" | "__code__" | "__builtins__" => {
            return Err(vm.attribute_error("readonly attribute"));
        }
        _ => {}
    }
    match n {
        "__name__" => f.name.set(v),
        "__qualname__" => f.qualname.set(v),
        "__doc__" => f.doc.set(v),
        "__module__" => f.module.set(v),
        "__defaults__" => f.defaults.set(v),
        "__kwdefaults__" => f.kwdefaults.set(v),
        "__annotations__" => f.annotations.set(v),
        _ => {
            let mut d = f.dict.get();
            if d.is_null() {
                d = new_dict();
                f.dict.set(d.clone());
            }
            match value {
                Some(v) => dictops::set_str(&d, name.clone(), v),
                None => {
                    if dictops::remove(vm, &d, name)?.is_none() {
                        return Err(vm.attribute_error(n));
                    }
                }
            }
        }
    }
    Ok(Some(()))
}

pub fn code_getattr(_vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let c = obj.downcast::<CodeData>().expect("code");
    let code = &c.code;
    Ok(Some(match name {
        "co_name" => c.name.clone(),
        "co_filename" => c.filename.clone(),
        "co_firstlineno" => new_int(code.first_line as i64),
        "co_argcount" => new_int(code.argcount as i64),
        "co_posonlyargcount" => new_int(code.posonlyargcount as i64),
        "co_kwonlyargcount" => new_int(code.kwonlyargcount as i64),
        "co_flags" => new_int(code.flags as i64),
        "co_nlocals" => new_int(code.varnames.len() as i64),
        "co_stacksize" => new_int(code.stacksize as i64),
        "co_varnames" => new_tuple(c.varnames.to_vec()),
        "co_names" => new_tuple(c.names.to_vec()),
        "co_consts" => new_tuple(c.consts.to_vec()),
        "co_cellvars" => new_tuple(c.cell_names[..code.cellvars.len()].to_vec()),
        "co_freevars" => new_tuple(c.cell_names[code.cellvars.len()..].to_vec()),
        _ => return Ok(None),
    }))
}
